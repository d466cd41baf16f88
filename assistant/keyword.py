"""Keyword side of hybrid retrieval: jieba tokens with Party terms, scored by BM25."""

from __future__ import annotations

import logging
import re
from functools import lru_cache

import numpy as np
from scipy import sparse

# Terms jieba would otherwise split; kept whole so a query for 讲党课 matches 讲党课.
PARTY_TERMS = tuple(
    [
        "三会一课",
        "四种形态",
        "第一种形态",
        "第二种形态",
        "第三种形态",
        "第四种形态",
        "民主生活会",
        "组织生活会",
        "讲党课",
        "微党课",
        "中央八项规定",
        "八项规定",
        "四风",
        "主题党日",
        "党风廉政",
        "廉政建设",
        "全面从严治党",
        "主体责任",
        "监督责任",
        "一岗双责",
        "民主集中制",
        "民主评议党员",
        "谈心谈话",
        "批评与自我批评",
        "党支部书记",
        "党委班子",
        "预备党员",
        "入党积极分子",
        "发展对象",
        "纪律处分",
        "留党察看",
        "开除党籍",
        "严重警告",
        "撤销党内职务",
        "党内政治生活",
        "廉洁自律",
        "红脸出汗",
        "咬耳扯袖",
        "末位表态",
        "庸懒散拖",
        "纪检监察",
        "巡视巡察",
        "党史学习教育",
        "廉洁风险",
        "风险点",
        "述职述廉",
        "礼品礼金",
        "消费卡",
        "问责",
        "学时",
        "下一步",
    ]
)
# Question words and fillers: frequent in questions, useless (or misleading) as evidence.
STOPWORDS = frozenset(
    [
        "的",
        "了",
        "和",
        "与",
        "及",
        "是",
        "在",
        "有",
        "对",
        "把",
        "被",
        "将",
        "为",
        "等",
        "也",
        "都",
        "就",
        "这",
        "那",
        "其",
        "之",
        "所",
        "以",
        "于",
        "或",
        "并",
        "中",
        "上",
        "下",
        "从",
        "向",
        "由",
        "给",
        "什么",
        "哪些",
        "哪个",
        "哪几",
        "哪几个",
        "哪几项",
        "哪几条",
        "哪几种",
        "哪一",
        "几个",
        "几次",
        "几项",
        "多少",
        "怎么",
        "怎样",
        "如何",
        "是否",
        "有没有",
        "吗",
        "呢",
        "吧",
        "啊",
        "请问",
        "请",
        "一下",
        "告诉",
        "我",
        "我们",
        "你",
        "内容",
        "情况",
        "一共",
        "总共",
        "共",
        "问",
    ]
)
TOKEN_OK = re.compile(r"[\w]", re.UNICODE)


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    for term in PARTY_TERMS:
        jieba.add_word(term, freq=200000)
    return jieba


def tokenize(text: str) -> list[str]:
    """Search-mode jieba tokens, lower-cased, without punctuation and stopwords."""
    tokens = _jieba().lcut_for_search(text.lower())
    return [t for t in (tok.strip() for tok in tokens) if t and TOKEN_OK.search(t) and t not in STOPWORDS]


class BM25Index:
    """Okapi BM25 over pre-tokenised documents, as one sparse matrix for fast scoring."""

    def __init__(self, ids: list[str], token_lists: list[list[str]], k1: float = 1.2, b: float = 0.75):
        self.ids = ids
        vocab: dict[str, int] = {}
        rows, cols, counts = [], [], []
        lengths = np.zeros(len(ids), dtype=np.float32)
        for row, tokens in enumerate(token_lists):
            lengths[row] = len(tokens)
            tf: dict[int, int] = {}
            for token in tokens:
                col = vocab.setdefault(token, len(vocab))
                tf[col] = tf.get(col, 0) + 1
            rows.extend([row] * len(tf))
            cols.extend(tf.keys())
            counts.extend(tf.values())
        self.vocab = vocab
        n = max(len(ids), 1)
        tf_matrix = sparse.csr_matrix((np.array(counts, dtype=np.float32), (rows, cols)), shape=(len(ids), len(vocab)))
        df = np.bincount(np.array(cols, dtype=np.int64), minlength=len(vocab)).astype(np.float32)
        idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5))
        self.idf = idf
        self.max_idf = float(np.log(1.0 + (n + 0.5) / 0.5))
        avg = float(lengths.mean()) if len(ids) else 1.0
        norm = k1 * (1 - b + b * lengths / max(avg, 1.0))
        tf_matrix = tf_matrix.tocoo()
        weights = tf_matrix.data * (k1 + 1) / (tf_matrix.data + norm[tf_matrix.row])
        weights *= idf[tf_matrix.col]
        self.matrix = sparse.csc_matrix((weights, (tf_matrix.row, tf_matrix.col)), shape=tf_matrix.shape)

    def search(self, query_tokens: list[str], k: int, allowed: np.ndarray | None = None) -> list[tuple[str, float]]:
        cols = sorted({self.vocab[t] for t in query_tokens if t in self.vocab})
        if not cols or not self.ids:
            return []
        scores = np.asarray(self.matrix[:, cols].sum(axis=1)).ravel()
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]

    def token_weight(self, token: str) -> float:
        """IDF of a token; a token no document contains weighs the most."""
        col = self.vocab.get(token)
        return self.max_idf if col is None else float(self.idf[col])
