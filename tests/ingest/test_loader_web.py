"""Web pages saved from a site: the article without menus, breadcrumbs, sidebars, link lists and footers."""

from __future__ import annotations

from pathlib import Path

from assistant.ingest.loaders import load

ARTICLE = [
    "一、总体情况",
    "今年以来，湖滨社区党委组织党员开展志愿服务36场次，服务群众2100余人次。",
    "二、主要做法",
    "（一）建强网格。社区划分网格9个，每个网格配备党员网格员2名，做到底数清、情况明。",
    "（二）办好实事。为辖区老年人开设助餐点2个，解决群众反映的停车难问题。",
    "中共湖滨社区委员会",
    "2024年7月2日",
]

MODERN_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>湖滨社区党委上半年工作总结_湖滨街道门户网</title></head>
<body>
<header><div class="logo">湖滨街道门户网</div><nav><a href="/">首页</a><a href="/dj">党建动态</a></nav></header>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/dj">党建动态</a></div>
<div class="main">
  <h1>湖滨社区党委上半年工作总结</h1>
  <div class="meta">发布时间：2024-07-03　来源：湖滨社区</div>
  <div class="article">{body}</div>
  <div class="prevnext"><p>上一篇：<a href="/1">湖滨社区召开七一表彰大会</a></p>
  <p>下一篇：<a href="/2">湖滨社区开展消夏晚会</a></p></div>
</div>
<aside><h3>相关新闻</h3><ul><li><a href="/3">湖滨社区开展廉政党课活动</a></li>
<li><a href="/4">湖滨社区举办党员发展对象培训</a></li></ul></aside>
<footer>版权所有：湖滨街道办事处　备案号：湖ICP备0000号</footer>
</body></html>"""

# An older site: table layout, no semantic tags, no <h1>, GBK.
OLD_PAGE = """<html><head><meta charset="gb2312"><title>湖滨社区党委上半年工作总结-湖滨街道办事处</title></head><body>
<div class="top">湖滨街道办事处</div>
<div class="menu"><a href="/">网站首页</a>　<a href="/a">街道概况</a>　<a href="/b">便民服务</a></div>
<table><tr><td class="left">
  <div class="position">您现在的位置：<a href="/">网站首页</a> &gt;&gt; 通知公告</div>
  <div class="title">湖滨社区党委上半年工作总结</div>
  <div class="content">{body}</div>
</td><td class="right">
  <div class="box"><div class="box_title">最新公告</div>
  <div><a href="/5">关于做好防汛工作的通知</a></div><div><a href="/6">城南社区开展便民服务</a></div></div>
</td></tr></table>
<div class="foot">版权所有　湖滨街道办事处　地址：湖滨路1号</div>
</body></html>"""

FURNITURE = ["首页", "当前位置", "上一篇", "下一篇", "相关新闻", "廉政党课", "版权所有", "最新公告", "便民服务", "防汛"]


def write_page(path: Path, page: str, encoding: str = "utf-8") -> Path:
    body = "".join(f"<p>{line}</p>" for line in ARTICLE)
    path.write_bytes(page.format(body=body).encode(encoding))
    return path


def test_modern_page_keeps_only_the_article(tmp_path):
    document = load(write_page(tmp_path / "总结.html", MODERN_PAGE))
    assert document.title == "湖滨社区党委上半年工作总结"
    assert document.text.split("\n") == ["湖滨社区党委上半年工作总结", *ARTICLE]
    for furniture in FURNITURE:
        assert furniture not in document.text


def test_old_table_layout_page_in_gbk(tmp_path):
    document = load(write_page(tmp_path / "总结.htm", OLD_PAGE, encoding="gbk"))
    assert document.title == "湖滨社区党委上半年工作总结"  # <title> without the site name
    assert document.text.split("\n") == ["湖滨社区党委上半年工作总结", *ARTICLE]
    for furniture in FURNITURE:
        assert furniture not in document.text


def test_data_table_in_an_article_carries_its_headers(tmp_path):
    table = (
        "<table><tr><th>网格</th><th>党员（名）</th><th>走访（户）</th></tr>"
        "<tr><td>第一网格</td><td>12</td><td>340</td></tr></table>"
    )
    page = MODERN_PAGE.replace("{body}", "{body}" + table.replace("{", "{{"))
    document = load(write_page(tmp_path / "表.html", page))
    assert "第一网格：党员12名，走访340户。" in document.text.split("\n")


def test_a_header_spanning_columns_names_each_column_below_it(tmp_path):
    table = (
        "<table><tr><th rowspan='2'>支部</th><th colspan='2'>党员（名）</th><th rowspan='2'>书记</th></tr>"
        "<tr><th>2023年</th><th>2024年</th></tr>"
        "<tr><td>机关支部</td><td>21</td><td>24</td><td>周岚</td></tr></table>"
    )
    page = MODERN_PAGE.replace("{body}", "{body}" + table.replace("{", "{{"))
    document = load(write_page(tmp_path / "表.html", page))
    assert "机关支部：2023年党员21名，2024年党员24名，书记为周岚。" in document.text.split("\n")


def test_a_lower_header_with_an_age_bound_names_its_column(tmp_path):
    table = (
        "<table><tr><th rowspan='2'>网格支部</th><th rowspan='2'>党员</th><th colspan='2'>其中</th></tr>"
        "<tr><th>流动党员</th><th>60岁以上党员</th></tr>"
        "<tr><td>东湖网格支部</td><td>27</td><td>3</td><td>11</td></tr></table>"
    )
    page = MODERN_PAGE.replace("{body}", "{body}" + table.replace("{", "{{"))
    lines = load(write_page(tmp_path / "网格.html", page)).text.split("\n")
    assert "东湖网格支部：党员27，其中流动党员3，其中60岁以上党员11。" in lines
    assert not any(line.startswith("流动党员") for line in lines)


# A county procuratorate's page: <title> is the site and column, the heading a centred bold line in a table
# layout; a sidebar with its own bold headings comes before the article.
PROCURATORATE_PAGE = """<html><head><meta charset="gb2312"><title>云溪县人民检察院--检务公开</title></head><body>
<table><tr><td><font size="6">云溪县人民检察院</font></td></tr>
<tr><td>当前位置：<a href="/">首页</a> &gt;&gt; <a href="/jwgk/">检务公开</a> &gt;&gt; 正文</td></tr></table>
<table><tr><td width="200"><div><b>栏目导航</b></div><ul><li><a href="#">检务动态</a></li><li><a href="#">廉政建设</a></li></ul>
<div align="center"><b>热点文章推荐</b></div></td>
<td><div align="center"><font size="5"><b>云溪县人民检察院党组2024年上半年全面从严治党工作情况</b></font></div>
<div align="center">发布时间：2024-07-09　来源：院办公室　浏览次数：532</div>
{body}</td></tr></table>
<div align="center">版权所有：云溪县人民检察院　ICP备00000000号</div></body></html>"""

# A modern page whose logo is an <h1>; the article's heading is an <h2 class="article-title">.
LOGO_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>门户网 | 湖滨社区党委上半年工作总结</title></head>
<body><div class="top"><h1 class="logo">湖滨街道门户网</h1></div>
<div class="main"><h2 class="article-title">湖滨社区党委上半年工作总结</h2>
<div class="article">{body}</div></div></body></html>"""

# No heading at all: only <title>, with the site's name first.
TITLE_ONLY_PAGE = """<html><head><meta charset="utf-8"><title>湖滨街道门户网_湖滨社区党委上半年工作总结</title></head>
<body><div class="article">{body}</div></body></html>"""


def test_heading_of_an_old_table_layout_page_not_the_site_title(tmp_path):
    document = load(write_page(tmp_path / "检察院.html", PROCURATORATE_PAGE, encoding="gbk"))
    assert document.title == "云溪县人民检察院党组2024年上半年全面从严治党工作情况"
    assert document.text.split("\n")[0] == document.title
    assert "检务公开" not in document.text and "栏目导航" not in document.text


def test_the_article_heading_not_the_logo(tmp_path):
    document = load(write_page(tmp_path / "总结.html", LOGO_PAGE))
    assert document.title == "湖滨社区党委上半年工作总结"


def test_site_name_before_or_after_the_title_is_dropped(tmp_path):
    document = load(write_page(tmp_path / "总结.html", TITLE_ONLY_PAGE))
    assert document.title == "湖滨社区党委上半年工作总结"
    assert document.text.split("\n") == ["湖滨社区党委上半年工作总结", *ARTICLE]


def test_a_long_heading_tag_is_still_the_title(tmp_path):
    """A class or centred bold line is a title up to 80 characters; an <h1> says it is one, whatever its length."""
    long_title = "关于认真学习贯彻落实" + "全面从严治党" * 12 + "工作要求的通知"
    page = MODERN_PAGE.replace("<h1>湖滨社区党委上半年工作总结</h1>", f"<h1>{long_title}</h1>")
    assert load(write_page(tmp_path / "通知.html", page)).title == long_title
