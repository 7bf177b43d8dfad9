"""What the page says about the review itself: author, published date, rating, comments,
takeaways. These are page-level, not per work."""

from __future__ import annotations

import re
from dataclasses import replace

from reviewparse.candidates import Candidate
from reviewparse.cues import cued, has_digit
from reviewparse.dates import find_dates, month_names
from reviewparse.document import Block, BlockKind, Document
from reviewparse.extract.credits import ARTICLE_BYLINE
from reviewparse.infobox import credit_among_labels, field_for_label, line_label
from reviewparse.names import is_person_name, leading_name, split_name_list
from reviewparse.sections import COMMENT_COUNT_LINE
from reviewparse.textutil import INLINE_BYLINE

_BYLINE = re.compile(
    r"^\s*(?:by|posted by|written by|words by|review by|reviewed by|author|authors?\(s\)|autor|reporter|"
    r"(?:posted|published|written)\s+on\s+[^\n|•·]{4,40}?\s+by|"  # "Posted on 9 March 2024 by Owen Teller"
    # "Publicado el 22 de marzo de 2025 por Dani Ortega", "Diposting pada 3 Juli 2024 oleh Sekar"
    r"publicad[oa]\s+el\s+[^\n|•·]{4,40}?\s+por|(?:diposting|dipublikasikan|diunggah)\s+pada\s+[^\n|•·]{4,40}?\s+oleh|"
    r"this entry was posted in\s[^\n]{2,200}?\s+by|"  # a WordPress footer
    r"thread starter|started by|original poster|"
    r"staff writer|staff reporter|correspondent|editor|columnist|critic|text|texto|compiled by|curated by|"
    r"autora|por|par|oleh|penulis|redacción|글쓴이|작성자|기자|escrito por|escrita por|publicado por|"
    r"ditulis oleh|diposting oleh|dipublikasikan oleh)(?!(?-i:[a-z]))"  # not "Portada"
    r"\s*[:：]?\s*@?(?P<name>[^\n|•·—–@]{2,80}?)\s*"
    r"(?:[|•·—–/@★☆]|\bon\b|\bat\b|\bel\b|\bpada\b|\ble\b|(?=\s+\d)|$|"
    r"(?=\s+(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d))",  # "by X Dec 28. 2025"
    re.IGNORECASE,
)
_BYLINE_LABEL_ONLY = re.compile(r"^\s*(?:by|author\(s\)|authors?|autor|oleh)\s*[:：]?\s*$", re.IGNORECASE)
_TAKEAWAY_HEADING = re.compile(
    r"^(?P<name>[A-Z][\w.-]{1,30}(?:\s+[A-Z][\w.-]{1,30})?)['’]s\s+"
    r"(?:takeaway|verdict|thoughts|review|take|opinion|final thoughts)",
    re.IGNORECASE,
)
_USERNAME = re.compile(r"^[\w.-]{3,40}$")
_LABEL_CUES = (
    "rating",
    "score",
    "verdict",
    "grade",
    "nota",
    "note",
    "puntuación",
    "calificación",
    "valoración",
    "nilai",
    "penilaian",
    "skor",
    "평점",
    "별점",
    "점수",
    "puntaje",
    "rated",
    "overall",
)
_RATING_PATTERNS = (
    (
        cued(
            r"\b(?:my\s+|mi\s+|제\s*)?(?:rating|score|verdict|grade|nota|note|puntuación|puntaje|calificación|"
            r"valoración|nilai|penilaian|skor|평점|별점|점수|rated|overall(?=\s*[:：]))"
            r"(?:\s+(?:final|finale|dari saya|dari aku|dariku|saya|aku|kami|akhir|pribadi|mine|overall|"
            r"personal|sementara)){0,2}(?:은|는)?"
            r"\s*[:：]?\s*(?:[★☆½⯨⯪⯩⯫]{1,12}\s*\(\s*)?"  # "내 별점: ★★★★☆ (4.5/5)": the number says more
            r"(?P<v>\d{1,3}(?:[.,]\d)?)\s*(?:/|out of|sobre|de|dari|of|sur)\s*"
            r"(?P<s>10|5|100|4)\b",
            _LABEL_CUES,
            re.IGNORECASE,
        ),
        "rating.labeled",
    ),
    (
        cued(
            r"\b(?:(?:I|I['’]d|I would|we|we['’]d)\s+(?:give|rate|gave|rated)\s+"
            r"(?:it|this(?:\s+\w+)?)\s+(?:a\s+)?"
            r"(?:solid\s+|strong\s+|generous\s+|well-deserved\s+|respectable\s+)?)"
            r"(?P<v>\d{1,3}(?:\.\d)?)\s*(?:/|out of)\s*(?P<s>10|5|100)\b",
            ("give", "gave", "rate"),
            re.IGNORECASE,
        ),
        "rating.i_give",
    ),
    (
        cued(
            r"(?<![\d.])(?P<v>\d(?:\.\d)?)\s+out of\s+(?P<s>5|10)\s+stars?\b|"
            # "4/5 stars", "3.5/5 estrellas", "4 stars out of 5", "4 dari 5 bintang"
            r"(?<![\d./])(?P<v2>\d(?:\.\d)?)\s*/\s*(?P<s2>5|10)\s+(?:stars?|estrellas|bintang|étoiles)\b|"
            r"(?<![\d.])(?P<v3>\d(?:\.\d)?)\s+(?:stars?|estrellas|bintang)\s+(?:out of|de|dari)\s+"
            r"(?P<s3>5|10)\b|"
            r"(?<![\d.])(?P<v4>\d(?:\.\d)?)\s+(?:dari|de)\s+(?P<s4>5|10)\s+(?:bintang|estrellas)\b",
            ("star", "estrella", "bintang", "étoile"),
            re.IGNORECASE,
        ),
        "rating.stars_out_of",
    ),
    (  # "10점 만점에 8.5점": a score out of a maximum, Korean style
        cued(r"(?<![\d.])(?P<s>10|5|100)\s*점\s*만점에\s*(?P<v>\d{1,3}(?:[.,]\d)?)\s*점", ("만점",)),
        "rating.korean_out_of",
    ),
)
_STARS = re.compile(r"(?P<full>★{1,10})(?P<half>½|⯨|⯪|⯩|⯫)?(?P<empty>☆*)")  # half-star glyphs too
_THIRD_PARTY = re.compile(
    r"\b(?:imdb|mydramalist|mdl|audience|rotten|metacritic|tomatometer|users?|"
    r"viewers?|letterboxd|douban|naver|viki|your|readers?|lecteurs|lectores|pembaca|votes?)\b",
    re.IGNORECASE,
)
_COMMENTS = re.compile(
    r"^(?:view\s+)?(?:(?:comments?|comentarios|komentar|commentaires|responses|respuestas|tanggapan|댓글)\s*[(:]?\s*(?P<a>\d{1,6})\s*(?:개|건)?\s*\)?$|(?P<b>\d{1,6})\s+(?:comments?|responses?|"
    r"replies|comentarios|komentar|thoughts on)\b|(?P<zero>be the first to comment|no comments(?: yet)?|"
    r"no responses yet|sin comentarios|belum ada komentar))",
    re.IGNORECASE,
)
_COMMENTS_WORD = re.compile(
    r"^\s*(?:comments?|comentarios|komentar|commentaires|responses|respuestas|replies|댓글|답글)\s*$",
    re.IGNORECASE,
)
_COUNT_IN_BYLINE = cued(
    r"(?P<b>\d{1,6})\s+(?:comments?|comentarios|komentar|commentaires|replies)\b|"
    r"\b(?:comments?|comentarios|komentar|commentaires|replies)\s*[:：]\s*(?P<c>\d{1,6})\b",
    ("comment", "comentario", "komentar", "repl"),
    re.IGNORECASE,
)
# "이 기사를 추천합니다 (128) 댓글 0": the count that ends a short line of page furniture
_TRAILING_COMMENT_COUNT = re.compile(
    r"(?:^|(?<=\s))(?:댓글|comments?)\s?[(:]?\s?(?P<a>\d{1,6})\)?$", re.IGNORECASE
)
_SHORT_FURNITURE = 60
_SPEECH_BUBBLE_COUNT = re.compile(r"(?:💬|🗨️?)\s*(?P<a>\d{1,6})(?!\s*[A-Za-z])")
_MORE_COMMENTS = re.compile(r"\b(?:more|older|newer|previous)\s+(?:comments|replies)\b", re.IGNORECASE)
_ACTION_BAR = re.compile(
    r"\b(?:share|save|reply|upvote|award|views?)\b", re.IGNORECASE
)  # "Replies: 11 · Views: 1,904"
# "sinkhole_sunday OP · 1d": a thread marks its original poster's replies
_AUTHOR_MARKED = re.compile(
    r"^\s*(?P<name>[^\W\d_][\w.' -]{2,40}?)\s*\((?:penulis|author|autor|autora|admin|writer|blogger|"
    r"작성자|글쓴이|블로그 주인)\)\s*$",
    re.IGNORECASE,
)
_ORIGINAL_POSTER = re.compile(r"^\s*(?:u/)?(?P<name>[\w.-]{3,30})\s+OP\b")
_LEADING_ICON = re.compile(r"^[^\w(]{1,4}\s*")
_MAX_COMMENT_LINE = 160  # "Thread starter X · Start date Nov 18, 2025 · Replies: 5 · Views: 3,118"
_TAKEAWAY_SPLIT = re.compile(r"\s*(?:—|–|\s-\s|:\s)|(?<=[.!?])\s")


def extract(
    document: Document, body_start: int, headline_start: int = 0, headline: str = ""
) -> list[Candidate]:
    """Candidates for review.* fields; ``body_start`` is where the first long paragraph starts,
    ``headline_start`` where the headline is (a byline above it belongs to something else)."""
    found: list[Candidate] = []
    blocks = document.blocks
    headline_index = next((i for i, b in enumerate(blocks) if b.start >= headline_start), 0)
    in_comments = False
    for index, block in enumerate(blocks):
        found.extend(_korean_signature(block))  # "김서진 기자 sjkim@stardaily.example" under the story
        signed = _NAME_WITH_EMAIL.match(block.text) if len(block.text) <= 90 else None
        if signed and is_person_name(signed.group("name")):  # "Jenna Park jenna.park@kstardaily.com"
            start = block.start + signed.start("name")
            found.append(
                Candidate(
                    "review.author",
                    signed.group("name"),
                    start,
                    start + len(signed.group("name")),
                    "review.author_signature",
                    0.8,
                )
            )
        if _AUTHOR_BOX.match(block.text) and index + 1 < len(blocks):
            found.extend(_author_box_name(blocks[index + 1]))
        poster = None
        if len(block.text) <= _SHORT_FURNITURE:  # "sinkhole_sunday OP · 1d", "Sasmita Ayudhiya (Penulis)"
            poster = _ORIGINAL_POSTER.match(block.text) or _AUTHOR_MARKED.match(block.text)
            if poster and poster.re is _AUTHOR_MARKED and not is_person_name(poster.group("name")):
                poster = None
        if poster:
            start = block.start + poster.start("name")
            name = poster.group("name")
            found.append(
                Candidate("review.author", name, start, start + len(name), "review.original_poster", 0.6)
            )
        if credit_among_labels(blocks, index):
            continue  # "Penulis: Kwon Na-young" in a drama's facts box
        for candidate in _author(block, blocks[index + 1 : index + 2], body_start):
            if candidate.start < headline_start:
                candidate = replace(candidate, confidence=candidate.confidence - 0.35)
            found.append(candidate)
        if headline_index - 3 <= index < headline_index + 80 and block.start <= body_start:
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            found.extend(_name_line(block, following if index > headline_index else None))
            found.extend(_article_byline(block))
            if (
                following is not None
                and _HANGUL_AUTHOR.match(block.text)
                and find_dates(following.text)
                and block.text.strip() not in _NOT_KOREAN_NAMES
            ):
                found.append(
                    Candidate(
                        "review.author",
                        block.text.strip(),
                        block.start,
                        block.start + len(block.text.strip()),
                        "review.author_over_date",
                        0.6,
                    )
                )
        lede = (
            _KOREAN_LEDE_REPORTER.match(block.text) if headline_index <= index < headline_index + 30 else None
        )
        if lede:  # "[스포츠온 이수민 기자] SBS 새 금토드라마 ...": the reporter who opens the story
            start = block.start + lede.start("name")
            name = lede.group("name")
            found.append(
                Candidate("review.author", name, start, start + len(name), "review.author_korean_lede", 0.85)
            )
        in_comments = in_comments or (block.start > body_start and _opens_comments(block.text))
        for rating in _rating(block):  # a reader's "10점 만점에 10점" below the comments' header
            found.append(replace(rating, confidence=_COMMENT_RATING) if in_comments else rating)
        if block.text == headline:
            found.extend(_headline_score(block))  # "QUICK TAKE: Sparrows of Mangwon — 7/10"
        found.extend(_comments(block))
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is not None and _COMMENTS_WORD.match(block.text) and following.text.strip().isdigit():
            count = following.text.strip()  # "댓글" over "6": a widget's label and its count
            found.append(
                Candidate(
                    "review.comments",
                    int(count),
                    following.start,
                    following.start + len(count),
                    "review.comments_label_over_count",
                    0.75,
                )
            )
        if block.section == "takeaway" and block.kind is BlockKind.LIST_ITEM:
            found.extend(_takeaway(block))
    found.extend(_published(document, body_start, found))
    found.extend(_meta_author(document))
    return found


# "ABOUT THE AUTHOR" over "Joanna Vlachos": the box under a story that presents its writer
_AUTHOR_BOX = re.compile(
    r"^\s*(?:about the (?:author|writer)|sobre (?:el autor|la autora)|acerca del autor|tentang penulis|"
    r"글쓴이 소개|작가 소개)\s*:?\s*$",
    re.IGNORECASE,
)
_MAX_AUTHOR_BOX_NAME = 40


def _author_box_name(block: Block) -> list[Candidate]:
    name = block.text.strip()
    if len(name) > _MAX_AUTHOR_BOX_NAME or not is_person_name(name):
        return []
    start = block.start + block.text.find(name)
    return [Candidate("review.author", name, start, start + len(name), "review.author_box", 0.7)]


def _author(block: Block, following: list[Block], body_start: int) -> list[Candidate]:
    if block.kind in (BlockKind.TABLE_CELL, BlockKind.TERM, BlockKind.DEFINITION):
        return []  # "Written by | X" in an info box credits the work, not the review
    if block.is_heading:
        match = _TAKEAWAY_HEADING.match(block.text)
        if match:
            return [
                Candidate(
                    "review.author",
                    match.group("name"),
                    block.start + match.start("name"),
                    block.start + match.end("name"),
                    "review.author_takeaway_heading",
                    0.8,
                )
            ]
    if len(block.text) > 120:
        return []
    if _BYLINE_LABEL_ONLY.match(block.text) and following:
        name = leading_name(following[0].text)
        if name and len(name.split()) >= 2 and len(name) >= len(following[0].text.strip()) - 1:
            return [
                Candidate(
                    "review.author",
                    name,
                    following[0].start,
                    following[0].start + len(name),
                    "review.author_byline_label",
                    0.85,
                )
            ]
    match = _BYLINE.match(block.text)
    if not match:
        return []
    raw = re.sub(r"^/?u/", "", match.group("name").strip())  # "Posted by u/moonlit_sundae": a Reddit user
    parts = [part for part, _ in split_name_list(raw)]
    names = [leading_name(part) for part in parts]
    whole = names and all(n and len(n) >= len(p.strip(" .")) - 1 for n, p in zip(names, parts, strict=True))
    name = ", ".join(n for n in names if n) if whole else leading_name(raw)
    if name is None and _USERNAME.match(raw) and not raw.isdigit():
        name = raw
    if not name:
        return []
    start = block.start + match.start("name")
    confidence = 0.9 if block.start <= body_start + 2000 else 0.6
    if _EDITOR_LINE.match(block.text):
        confidence -= 0.2  # "Editor: Dimas ..." under "Penulis: Intan ...": the writer is the author
    return [Candidate("review.author", name, start, start + len(name), "review.author_byline", confidence)]


_EDITOR_LINE = re.compile(r"^\s*(?:editor|redaktur|penyunting)\s*[:：]", re.IGNORECASE)


_TRAILING_BYLINE = re.compile(
    r"^(?:posted|published|updated)?\s*.{0,40}?\bby\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s*$"
)
_HANGUL_AUTHOR = re.compile(r"^\s*[가-힣]{2,10}\s*$")
_NOT_KOREAN_NAMES = frozenset({"입력", "수정", "등록", "작성", "기자", "승인", "발행", "편집"})
_KOREAN_LEDE_REPORTER = re.compile(
    r"^\s*[\[(【]\s*(?:[^\]\)】=]{1,20}[\s=])?(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)\s*[\])】]"
)
_KOREAN_REPORTER = re.compile(r"(?:^|\s)(?P<name>[가-힣]{2,4})\s*(?:기자|특파원|에디터)(?:\s|$|=)")
_NAME_WITH_EMAIL = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s+[\w.+-]+@[\w-]+\.[\w.]+\s*$"
)
_HEADLINE_SCORE = re.compile(r"(?:[—–|:-]\s*|\()(?P<v>\d{1,2}(?:[.,]\d)?)\s*/\s*(?P<s>10|5)\s*\)?\s*$")


def _headline_score(block: Block) -> list[Candidate]:
    match = _HEADLINE_SCORE.search(block.text) if len(block.text) <= _MAX_HEADLINE else None
    if match is None or float(match.group("v").replace(",", ".")) > float(match.group("s")):
        return []
    if _THIRD_PARTY.search(_same_clause_before(block.text, match.start())):
        return []  # "MyDramaList: 8.4/10" is the site's score
    value = (float(match.group("v").replace(",", ".")), float(match.group("s")))
    start = block.start + match.start("v")
    return [Candidate("review.rating", value, start, block.start + match.end("s"), "rating.headline", 0.75)]


_MAX_HEADLINE = 200
_LEAVE_A_COMMENT = re.compile(
    r"^\s*(?:leave a (?:comment|reply)|deja un comentario|tinggalkan komentar)\b", re.I
)
_COMMENT_RATING = 0.4  # a score below the comments' header is a reader's, not the review's


def _opens_comments(text: str) -> bool:
    """A line that heads the readers' comments: "댓글 24", "12 Comments", "Leave a reply"."""
    if len(text) > _COMMENTS_HEADER_CHARS:
        return False
    return any(pattern.match(text) for pattern in (COMMENT_COUNT_LINE, _COMMENTS_WORD, _LEAVE_A_COMMENT))


_COMMENTS_HEADER_CHARS = 40
_KOREAN_SIGNATURE = re.compile(r"^\s*(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)\s+[\w.+-]+@[\w-]+\.[\w.]+\s*$")


def _korean_signature(block: Block) -> list[Candidate]:
    if "@" not in block.text or ("기자" not in block.text and "특파원" not in block.text):
        return []
    found: list[Candidate] = []
    position = block.start
    for line in block.text.split("\n"):
        match = _KOREAN_SIGNATURE.match(line) if len(line) <= _SIGNATURE_CHARS else None
        if match:
            start = position + match.start("name")
            found.append(
                Candidate(
                    "review.author",
                    match.group("name"),
                    start,
                    start + len(match.group("name")),
                    "review.author_signature",
                    0.8,
                )
            )
        position += len(line) + 1
    return found


_SIGNATURE_CHARS = 90
_NEWS_DESK = re.compile(r"^(?:redacción|redaksi|newsroom|staff|desk|agencias?)\s*[·|:—–-]\s*", re.IGNORECASE)
_NAME_THEN_DATE = re.compile(
    r"^(?P<name>[가-힣]{2,10}|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*[-–—|·•,]?\s+(?=.*\d)"
)


_WRITTEN_BY = re.compile(r"\b(?:written|penned|edited|compiled|curated)\s+by\s+", re.IGNORECASE)


def _article_byline(block: Block) -> list[Candidate]:
    """ "A weekly letter about Asian dramas, written by Priya Nandakumar": the page's writer;
    "Minggu, 13 April 2025 | oleh Kinanthi Rahmaditya | 15 Komentar" too."""
    if len(block.text) > 160:
        return []
    inline = INLINE_BYLINE.search(block.text)
    if inline and find_dates(block.text):
        name = leading_name(block.text[inline.end() :])
        if name and len(name.split()) >= 2:
            start = block.start + inline.end()
            return [
                Candidate("review.author", name, start, start + len(name), "review.author_inline_byline", 0.8)
            ]
    for match in _WRITTEN_BY.finditer(block.text):
        if not ARTICLE_BYLINE.search(block.text[: match.end()]):
            continue
        name = leading_name(block.text[match.end() :])
        if name and len(name.split()) >= 2:
            start = block.start + match.end()
            return [
                Candidate(
                    "review.author", name, start, start + len(name), "review.author_article_byline", 0.8
                )
            ]
    return []


def _without_trailing_month(name: str) -> str:
    """ "Adam Chandler Dec 29 2014": the month starts the date, it does not end the name."""
    months = month_names()
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in months:
        words.pop()
    return " ".join(words)


_FOLLOW_BUTTON = re.compile(r"\s*[·•|]?\s*(?:Follow|Seguir|Ikuti|Subscribe|Suscribirse|구독)$")


def _meta_author(document: Document) -> list[Candidate]:
    """ "<meta name="author" content="Mirei Okafor">": a person's name there is the author
    (many sites put their own name there instead: those are not people)."""
    name = " ".join((document.meta.author or "").split())
    if not name or not is_person_name(name):
        return []
    start = document.text.find(name)
    start, end = (start, start + len(name)) if start >= 0 else (0, 0)
    return [Candidate("review.author", name, start, end, "review.author_meta", 0.7)]


_DATELINE = 90


def _name_line(block: Block, following: Block | None = None) -> list[Candidate]:
    """A line under the headline that is only a person's name (a byline without "By"),
    or a name followed by the date ("Dimas Pratama - 15 Juli 2023")."""
    trailing = (
        _TRAILING_BYLINE.match(block.text) if len(block.text) <= 80 and find_dates(block.text) else None
    )
    if trailing and is_person_name(trailing.group("name")):
        start = block.start + trailing.start("name")
        return [
            Candidate(
                "review.author",
                trailing.group("name"),
                start,
                start + len(trailing.group("name")),
                "review.author_dateline_by",
                0.85,
            )
        ]
    reporter = _KOREAN_REPORTER.search(block.text) if len(block.text) <= 40 else None
    if reporter:
        start = block.start + reporter.start("name")
        return [
            Candidate(
                "review.author",
                reporter.group("name"),
                start,
                start + len(reporter.group("name")),
                "review.author_korean_reporter",
                0.85,
            )
        ]
    desk = _NEWS_DESK.match(block.text)
    text = block.text[desk.end() :] if desk else block.text
    dated = _NAME_THEN_DATE.match(text)
    name = _without_trailing_month(dated.group("name")) if dated else ""
    if dated and len(text) <= 70 and find_dates(text[dated.start("name") + len(name) :]):
        if name in _NOT_KOREAN_NAMES or name.isupper():
            return []
        if re.match(r"[가-힣]", name) or is_person_name(name):
            start = block.start + (desk.end() if desk else 0) + dated.start("name")
            return [
                Candidate(
                    "review.author", name, start, start + len(name), "review.author_name_date_line", 0.6
                )
            ]
    text = _FOLLOW_BUTTON.sub("", block.text.strip().rstrip("/|•·")).strip()  # "Mirei Okafor Follow"
    over_dateline = (
        following is not None and len(following.text) <= _DATELINE and bool(find_dates(following.text))
    )
    if (block.is_heading and not over_dateline) or block.kind is BlockKind.TABLE_CELL:
        return []  # a name in a table cell is a credit or a cast member; a plain text's name line over
        # its dateline reads as a short heading line
    if len(text) > 40 or not is_person_name(text) or text.isupper():
        return []
    return [
        Candidate(
            "review.author",
            text,
            block.start,
            block.start + len(text),
            "review.author_name_line",
            0.6,
        )
    ]


_SCALE_WORDS = {"four": 4, "five": 5, "ten": 10, "cuatro": 4, "cinco": 5, "diez": 10, "empat": 4, "lima": 5}
_STAR_SCALE_AFTER = re.compile(
    r"\s*(?:/\s*(?P<stars>★{3,10})|"
    r"(?:out of|de|dari)\s+(?P<word>four|five|ten|cuatro|cinco|diez|empat|lima)\b)",
    re.IGNORECASE,
)
_ANOTHER_REVIEW = re.compile(r"\breview\s*[:–—-]\s+\S", re.IGNORECASE)


_CLAUSE_BREAKS = "|·•;\n"


def _same_clause_before(text: str, position: int) -> str:
    """Up to 40 characters before ``position``, from the last separator on: in
    "MyDramaList: 8.4 | Rating aku: 8/10" the site's name is not the second score's."""
    before = text[max(0, position - 40) : position]
    cut = max(before.rfind(separator) for separator in _CLAUSE_BREAKS)
    return before[cut + 1 :]


def _rating(block: Block) -> list[Candidate]:
    found: list[Candidate] = []
    text = block.text
    lowered = text.lower()
    for pattern, rule in _RATING_PATTERNS if has_digit(text) else ():
        for match in pattern.finditer(text, lowered):
            if _THIRD_PARTY.search(
                _same_clause_before(text, match.start()) + text[match.start() : match.end() + 15]
            ):
                continue
            groups = match.groupdict()  # one pattern may spell the value and scale several ways
            value = float(next(groups[k] for k in ("v", "v2", "v3", "v4") if groups.get(k)).replace(",", "."))
            scale = float(next(groups[k] for k in ("s", "s2", "s3", "s4") if groups.get(k)))
            if value <= scale:
                found.append(
                    Candidate(
                        "review.rating",
                        (value, scale),
                        block.start + match.start(),
                        block.start + match.end(),
                        rule,
                        0.85,
                    )
                )
    # not "'Fishbone Road' review: a slow-burn coastal noir – ★★★★", a link to another review
    other_review = _ANOTHER_REVIEW.search(text) is not None
    if len(text) <= 80 and "★" in text and not _THIRD_PARTY.search(text) and not other_review:
        for match in _STARS.finditer(text):
            full = len(match.group("full"))
            value = full + (0.5 if match.group("half") else 0.0)
            scale = full + len(match.group("empty")) + (1 if match.group("half") else 0)
            written_scale = _STAR_SCALE_AFTER.match(text, match.end())
            if written_scale:  # "★★★½ / ★★★★", "★★★½ out of four"
                scale = (
                    len(written_scale.group("stars") or "")
                    or _SCALE_WORDS[written_scale.group("word").lower()]
                )
            elif not match.group("empty"):
                scale = 5  # "★★★½" with no empty stars drawn: out of five, as such sites rate
            if scale in (4, 5, 10) and value <= scale:
                found.append(
                    Candidate(
                        "review.rating",
                        (value, float(scale)),
                        block.start + match.start(),
                        block.start + match.end(),
                        "rating.stars",
                        0.8,
                    )
                )
    return found


def _comments(block: Block) -> list[Candidate]:
    if len(block.text) > _MAX_COMMENT_LINE or _MORE_COMMENTS.search(block.text):
        return []  # "View more comments (56)" counts the comments not shown
    icon = _LEADING_ICON.match(block.text.strip())  # "💬 9 comentarios"
    skipped = icon.end() if icon else 0
    match = _COMMENTS.search(block.text.strip()[skipped:])
    if match is None:
        skipped = 0
    if match is None and len(block.text) <= _SHORT_FURNITURE:
        match = _TRAILING_COMMENT_COUNT.search(block.text.strip())
    if (
        not match
        and _COUNT_IN_BYLINE.search(block.text, block.text.lower())
        and (_BYLINE.match(block.text) or find_dates(block.text) or _ACTION_BAR.search(block.text))
    ):  # "412   💬 64 comments   Share   Save": a post's row of actions
        match = _COUNT_IN_BYLINE.pattern.search(block.text.strip())  # "6 Jul 2024 · 💬 42 comments"
    if not match and len(block.text) <= _SHORT_FURNITURE and _ACTION_BAR.search(block.text):
        match = _SPEECH_BUBBLE_COUNT.search(block.text.strip())  # "♥ 57   💬 9   ⟳ 4   Share"
    if not match:
        return []
    groups = match.groupdict()
    count = 0 if groups.get("zero") else int(groups.get("a") or groups.get("b") or groups.get("c") or 0)
    offset = block.start + (len(block.text) - len(block.text.lstrip())) + skipped
    return [
        Candidate(
            "review.comments",
            count,
            offset + match.start(),
            offset + match.end(),
            "review.comment_count",
            0.9,
        )
    ]


def _takeaway(block: Block) -> list[Candidate]:
    text = re.sub(r"^\s*(?:[-*•·]\s+|\d{1,2}[.)]\s+)", "", block.text)
    offset = block.start + (len(block.text) - len(text))
    head = _TAKEAWAY_SPLIT.split(text, maxsplit=1)[0].strip().rstrip(".")
    if not head or len(head) > 120:
        return []
    return [Candidate("review.takeaways", head, offset, offset + len(head), "review.takeaway_item", 0.8)]


def _work_fact_line(text: str) -> bool:
    """A "Label: value" line whose label names one of the work's facts (every label in
    ``data/labels.json`` does: none names the review's own date or author)."""
    label = line_label(text)
    return label is not None and field_for_label(label) is not None


def _published(document: Document, body_start: int, found: list[Candidate]) -> list[Candidate]:
    result: list[Candidate] = []
    author_spans = [c.start for c in found if c.field == "review.author"]
    for block in document.blocks:
        if block.start > body_start + 400:
            break
        if (len(block.text) > 160 and block.start >= body_start) or block.kind in (
            BlockKind.TABLE_CELL,
            BlockKind.TERM,
            BlockKind.DEFINITION,
        ):
            continue
        if _work_fact_line(block.text):
            continue  # "방송 : 2023년 10월 7일 ~ 11월 26일", "Aired: ...": the work's dates
        for mention in find_dates(block.text, block.start, slashed=True):
            iso = mention.iso()
            if iso and mention.day is not None:
                near_author = any(abs(mention.start - start) < 200 for start in author_spans)
                # a dateline under the byline over a date the headline above it mentions
                below_author = len(block.text) <= _DATELINE and any(
                    0 < mention.start - start < 200 for start in author_spans
                )
                in_byline = any(block.start <= start < block.end for start in author_spans)
                before = document.text[max(0, mention.start - 30) : mention.start]
                dateline = len(block.text) <= 60
                confidence = (
                    0.88
                    if in_byline
                    else 0.85
                    if below_author
                    else 0.84
                    if near_author
                    else 0.7
                    if dateline
                    else 0.45
                )
                if _UPDATED.search(before):
                    confidence = 0.45
                result.append(
                    Candidate(
                        "review.published",
                        iso,
                        mention.start,
                        mention.end,
                        "review.published_byline",
                        confidence,
                    )
                )
                break
    for block in document.blocks:
        dated = _PUBLISHED_LINE.match(block.text) if len(block.text) <= _SHORT_DATELINE else None
        mentions = (
            find_dates(block.text[dated.end() :], block.start + dated.end(), slashed=True) if dated else []
        )
        if mentions and mentions[0].iso() and mentions[0].day is not None:
            iso = mentions[0].iso()
            result.append(
                Candidate(
                    "review.published", iso, mentions[0].start, mentions[0].end, "review.published_line", 0.86
                )
            )
            break
    for block in document.blocks[:_KOREAN_DATELINE_BLOCKS]:
        short = _KOREAN_SHORT_DATELINE.search(block.text) if len(block.text) <= _SHORT_DATELINE * 2 else None
        if short:  # "입력 24.3.9. 10:02": a Korean news dateline with a two-digit year
            year, month, day = 2000 + int(short.group("y")), int(short.group("m")), int(short.group("d"))
            if 1 <= month <= 12 and 1 <= day <= 31:
                iso = f"{year:04d}-{month:02d}-{day:02d}"
                start = block.start + short.start("y")
                result.append(
                    Candidate(
                        "review.published",
                        iso,
                        start,
                        block.start + short.end("d"),
                        "review.published_line",
                        0.86,
                    )
                )
                break
    meta = document.meta.published
    if meta:
        dates = find_dates(meta)
        iso = dates[0].iso() if dates else None
        if iso:
            visible = next((c for c in result if c.value == iso), None)
            start, end = (visible.start, visible.end) if visible else (0, 0)
            result.append(Candidate("review.published", iso, start, end, "review.published_meta", 0.9))
    return result


# "Reviewed 15 Mar 2024", "Published: March 3, 2024" on a line of its own, wherever it sits
_PUBLISHED_LINE = re.compile(
    r"^\s*(?:reviewed|published|posted|publicado|diterbitkan|dipublikasikan)(?:\s+on)?\s*[:：]?\s*",
    re.IGNORECASE,
)
_SHORT_DATELINE = 50
_KOREAN_SHORT_DATELINE = re.compile(
    r"(?:입력|등록|작성일?|게시)\s*:?\s*(?P<y>\d{2})\.\s?(?P<m>\d{1,2})\.\s?(?P<d>\d{1,2})\.?(?!\d)"
)
_KOREAN_DATELINE_BLOCKS = 30
_UPDATED = re.compile(
    r"\b(?:updated|modified|last edited|actualizado|diperbarui|watched|rewatched|visto|ditonton)\b"
    r"[\s:]*(?:on\s+)?$",
    re.IGNORECASE,
)  # "Watched 14 Mar 2024" on a diary-style review: when it was seen, not published
