"""Text as Chinese users search it: pinyin keys for names, and the normal form that
makes full-width and half-width, upper and lower case one."""
from __future__ import annotations

import unicodedata

from pypinyin import Style, lazy_pinyin


def normalise(text: str) -> str:
    """NFKC folds full-width to half-width (ＡＢＣ１２３ → ABC123), casefold folds case."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def pinyin_key(text: str) -> str:
    """Full pinyin and initials of a name, for the filters: 张三丰 → 'zhangsanfeng zsf'.
    Text without Chinese characters gives ''."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return ""
    syllables = lazy_pinyin(text, errors="ignore")
    initials = lazy_pinyin(text, style=Style.FIRST_LETTER, errors="ignore")
    full = "".join(syllables).lower()
    short = "".join(initials).lower()
    return f"{full} {short}"
