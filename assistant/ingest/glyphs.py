"""Radical and compatibility code points -> the simplified characters they stand for.

PDF and OFD fonts (Chromium with Noto CJK, many office exporters) map everyday characters to the glyphs of
the Kangxi radicals (U+2F00–U+2FDF) or the CJK Radicals Supplement (U+2E80–U+2EFF); the text layer then
holds 户 as ⼾ and 门 as ⻔, and text pasted from such a PDF into a .docx or .txt carries them along.
NFKC maps the Kangxi radicals to the traditional form (⼾ -> 戶, ⾨ -> 門), which a simplified-Chinese
document never meant, and leaves the supplement alone: both are mapped here by table.
"""

from __future__ import annotations

import re
import unicodedata

# NFKC gives these traditional forms for Kangxi radicals (and compatibility ideographs); a simplified document
# meant the simplified one.
KANGXI_SIMPLIFIED = str.maketrans(
    "戶見貝車長門靑韋頁風飛馬鬥魚鳥鹵麥黃黽齊齒龍龜",
    "户见贝车长门青韦页风飞马斗鱼鸟卤麦黄黾齐齿龙龟",
)
# The supplement, which NFKC leaves alone: each code point -> the character (or component) its glyph draws.
RADICALS_SUPPLEMENT = str.maketrans(
    "⺁⺅⺇⺊⺌⺐⺒⺓⺖⺘⺙⺛⺜⺝⺟⺠⺡⺢⺣⺤⺦⺨⺩⺬⺭⺮⺰⺶⺼⺾⻁⻂⻃⻄⻅⻆⻇⻈⻉⻊⻋⻌⻏⻐⻑⻓⻔⻖⻗⻘⻙⻚⻛⻜⻝⻟⻠⻡⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻭⻮⻯⻰⻱⻲⻳",
    "厂亻几卜小尢巳幺忄扌攵旡日月母民氵氺灬爫丬犭王示礻竹纟羊月艹虎衤西西见角角讠贝足车辶阝钅长长门阝雨青韦页风飞食饣饣首马骨鬼鱼鸟卤麦黄黾齐齐齿齿龙龙龟龟龟",
)
# Kangxi radicals, and compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F): the unified character under
# another number, which NFKC gives back.
COMPATIBLE = re.compile("[\u2f00-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")


def unified(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group(0)).translate(KANGXI_SIMPLIFIED)


def normalise_glyphs(text: str) -> str:
    """Kangxi radicals, supplement radicals and compatibility ideographs -> the simplified characters they
    stand for; everything else (full-width punctuation and digits included) is left as it is."""
    return COMPATIBLE.sub(unified, text).translate(RADICALS_SUPPLEMENT)
