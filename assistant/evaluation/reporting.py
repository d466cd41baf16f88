"""A Report as the text `assistant eval` prints: the index used, the table, what its rows and columns count, misses."""

from __future__ import annotations

import unicodedata

from .metrics import GROUPS, TURNS, Report
from .scoring import QuestionResult

ROW_NAMES = {
    None: "全部",
    "count": "数字 count",
    "fact": "事实 fact",
    "list": "列举 list",
    "lookup": "法规 lookup",
    "cited": "引用法规 cited",
    "draft": "起草 draft",
    "refuse": "拒答 refuse",
    TURNS: "对话轮次",
    "refuse: true": "应拒答",
    "followups": "追问轮次",
    "multi": "一问多答",
    "needs: ocr": "需OCR",
}
# (header, metrics key, display width)
COLUMNS = (
    ("题数", "questions", 5),
    ("hit@1", "hit@1", 7),
    ("hit@5", "hit@5", 7),
    ("MRR", "mrr", 6),
    ("答对率", "answer_accuracy", 8),
    ("不计禁词", "answer_accuracy_ignoring_forbid", 9),
    ("拒答准确", "refusal_accuracy", 9),
    ("误拒", "wrongly_refused", 5),
    ("禁词", "forbid_hits", 5),
    ("低置信", "low_confidence", 7),
    ("引用精度", "citation_precision", 9),
    ("无据数字", "unsupported_numbers", 9),
    ("p50ms", "p50_ms", 8),
    ("p95ms", "p95_ms", 8),
)
GROUP_LEGEND = {
    "refuse: true": "应拒答 = 全部 refuse:true 的问题和轮次（“拒答准确”即其中确实拒答的比例）",
    "followups": "追问轮次 = 对话第 2 轮起",
    "multi": "一问多答 = multi:true",
    "needs: ocr": "需OCR = needs: ocr",
}
NAME_WIDTH = 16
COLUMN_LEGEND = (
    "各列：答对率 = 严格计分：expect 各组都出现在回答中（不看〔n〕引用标记，也不看拒答后附的“相关内容”；"
    "数字须完整，期望“6”不算“16”“2016年”中的 6），不含任何 forbid 字符串，且拒答与否与 refuse 一致；"
    "不计禁词 = 同上但不看 forbid；拒答准确 = 拒答与否与 refuse 一致的比例；误拒 = 有答案却拒答的题数；"
    "禁词 = 含 forbid 字符串的题数（拒答后附的相关内容也算）；低置信 = 未能归纳、以原文引文作答的题数；"
    "引用精度 = 所引片段含标准证据的比例（只计给出证据的题）；无据数字 = 回答中在所引证据里找不到的数字个数；"
    "p50/p95 = 每题回答耗时（毫秒，不含评分用的检索）。"
)


ANSWER_EXCERPT = 160  # characters of a missed answer shown in the text report


def width(text: str) -> int:
    """Columns a terminal gives the text: two for each wide (CJK) character."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, columns: int, left: bool = False) -> str:
    space = " " * max(0, columns - width(text))
    return text + space if left else space + text


def cell(value) -> str:
    return "—" if value is None else (f"{value:.2f}" if isinstance(value, float) else str(value))


def table_line(name: str, values: list[str]) -> str:
    return pad(name, NAME_WIDTH, left=True) + "".join(pad(v, w) for v, (_, _, w) in zip(values, COLUMNS, strict=True))


def table_row(key: str | None, metrics: dict) -> str:
    return table_line(ROW_NAMES.get(key, str(key)), [cell(metrics[name]) for _, name, _ in COLUMNS])


def index_line(report: Report) -> str:
    size = f"{report.documents} 个文档、{report.chunks} 个片段"
    if not report.corpora:  # a Report built by hand (bench/) may name no location
        return f"索引：{report.index_location}（现有索引），{size}" if report.index_location else f"索引：{size}"
    built = f"由 {'、'.join(report.corpora)} 新建的临时索引 {report.index_location}（评测后删除）"
    failed = f"；{len(report.unreadable)} 个文件未能读取：{'、'.join(report.unreadable)}" if report.unreadable else ""
    return f"索引：{built}，{size}，建索引用时 {report.index_seconds:.1f} 秒{failed}"


def row_legend(report: Report) -> list[str]:
    """What each row counts, with this run's numbers."""
    turns = report.selected(TURNS)
    single = len(report.results) - len(turns)
    elsewhere = [r.question.kind for r in report.results if r.question.refuse and not r.question.is_turn]
    moved = "、".join(f"{k} {elsewhere.count(k)} 个" for k in dict.fromkeys(elsewhere) if k != "refuse")
    parts = [f"全部 = {single} 个单个问题 + {len(turns)} 个对话轮次"]
    parts.append(f"各类别 = 单个问题按文件中的 kind 分行，合计 {single}")
    if moved:
        parts[-1] += f"（refuse:true 的其他类问题留在本类：{moved}）"
    if turns:
        parts.append(f"对话轮次 = 对话文件的全部轮次（含应拒答的 {sum(r.question.refuse for r in turns)} 轮）")
    legend = ["各行：" + "；".join(parts) + "。"]
    groups = [GROUP_LEGEND[g] for g in GROUPS if report.selected(g)]
    if groups:
        legend.append("以下各行与上面重叠、另行统计：" + "；".join(groups) + "。")
    return legend


def miss_reason(r: QuestionResult) -> str:
    if r.refused and not r.question.refuse:
        return "误拒"
    if r.question.refuse and not r.refused:
        return "应拒答未拒答"
    if r.forbidden:
        return "含禁词 " + "、".join(r.forbidden)
    return "缺少期望内容"


def format_report(report: Report) -> str:
    data = report.to_json()
    lines = [index_line(report)]
    if report.warmup_ms is not None:
        lines.append(f"计时：先答 1 个预热问题（不计时，用时 {report.warmup_ms:.0f} 毫秒），之后逐题计时。")
    lines.append(table_line("类别", [header for header, _, _ in COLUMNS]))
    partition = [(None, data["overall"]), *data["by_kind"].items()]
    if data[TURNS]["questions"]:
        partition.append((TURNS, data[TURNS]))
    lines += [table_row(key, m) for key, m in partition]
    if data["groups"]:
        lines.append("（以下各行与上面重叠）")
        lines += [table_row(key, m) for key, m in data["groups"].items()]
    lines += row_legend(report)
    lines.append(COLUMN_LEGEND)
    talk = data["conversations"]
    if talk["conversations"]:
        lines.append(
            f"对话：{talk['conversations']} 组、{talk['turns']} 轮；逐轮答对率 {cell(talk['turn_accuracy'])}"
            f"（不计禁词 {cell(talk['turn_accuracy_ignoring_forbid'])}），"
            f"全部答对的对话 {talk['conversations_right']}/{talk['conversations']}"
        )
    misses = [r for r in report.results if not r.correct]
    if misses:
        lines.append(f"未答对（{len(misses)} 项；回答超过 {ANSWER_EXCERPT} 字只显示开头，全文用 --json）：")
        lines += [line for r in misses for line in miss_lines(r)]
    return "\n".join(lines)


def miss_lines(r: QuestionResult) -> list[str]:
    """A missed item: what was asked, the question it was read as (a follow-up rewritten with its history is
    the first clue to a wrong turn), what was expected and what was answered."""
    lines = [f"- {r.question.id}（{miss_reason(r)}）{r.question.question} → {excerpt(r.answer)}"]
    if r.resolved_question and r.resolved_question != r.question.question:
        lines.append(f"  按上文理解为：{r.resolved_question}")
    if r.question.expect:
        lines.append(f"  期望：{expected_text(r.question.expect)}")
    return lines


def expected_text(expect: list) -> str:
    """Every group must show; the alternatives of a group are joined by 或."""
    return "；".join("或".join(group) if isinstance(group, list) else str(group) for group in expect)


def excerpt(answer: str) -> str:
    """The answer's opening on one line: enough to see what was answered instead."""
    flat = " ".join(answer.split())
    return flat if len(flat) <= ANSWER_EXCERPT else flat[:ANSWER_EXCERPT] + "…"
