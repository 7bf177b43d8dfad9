"""The page's languages: declared ``lang`` first, else a cheap look at its words and scripts."""

from __future__ import annotations

import re

from reviewparse.document import Document

_HANGUL = re.compile(r"[가-힣]")
_KANA = re.compile(r"[ぁ-んァ-ン]")
_HAN = re.compile(r"[一-鿿]")
_STOPWORDS = {
    "es": re.compile(r"\b(?:el|los|las|que|una|por|para|con|del|está|serie|película)\b", re.IGNORECASE),
    "id": re.compile(r"\b(?:yang|dan|ini|itu|dengan|untuk|tidak|akan|tayang|drakor)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:le|les|des|une|est|dans|pour|avec|qui|sur)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:the|and|is|of|with|this|that|for|was)\b", re.IGNORECASE),
}
_SAMPLE_CHARS = 20_000


def detect_languages(document: Document) -> tuple[str, ...]:
    """The page's main language first, then English (most pages mix in English terms)."""
    sample = document.text[:_SAMPLE_CHARS]
    main = document.meta.language
    if not main:
        if len(_HANGUL.findall(sample)) > 50:
            main = "ko"
        elif len(_KANA.findall(sample)) > 50:
            main = "ja"
        elif len(_HAN.findall(sample)) > 100:
            main = "zh"
        else:
            counts = {lang: len(pattern.findall(sample)) for lang, pattern in _STOPWORDS.items()}
            main = max(counts, key=lambda lang: counts[lang]) if any(counts.values()) else "en"
    return (main,) if main == "en" else (main, "en")
