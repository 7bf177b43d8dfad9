"""HTML to a normalized :class:`Document`: visible blocks in reading order, chrome removed.

One pass of ``lxml.etree.iterwalk`` (no recursion, so deeply nested pages are safe);
no BeautifulSoup tree on this path. The parser never touches the network or the file
system (lxml's HTML parser loads no DTD and expands no external entity; ``no_network``
is set all the same). ``huge_tree`` lifts libxml2's silent cut at 256 levels of
nesting to 2048; a page deeper than that, or than ``max_element_depth``, is refused
rather than read in part.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from lxml import etree, html

from reviewparse.datafiles import cached, load_data
from reviewparse.document import LINE_BREAK, BlockKind, Document, DocumentBuilder, DocumentMeta
from reviewparse.errors import EmptyInputError, NotAPageError, TooDeeplyNestedError
from reviewparse.infobox import field_for_label
from reviewparse.metadata.harvest import harvest
from reviewparse.settings import ParseOptions

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK_KINDS = {
    "p": BlockKind.PARAGRAPH,
    "div": BlockKind.PARAGRAPH,
    "section": BlockKind.PARAGRAPH,
    "article": BlockKind.PARAGRAPH,
    "main": BlockKind.PARAGRAPH,
    "blockquote": BlockKind.PARAGRAPH,
    "pre": BlockKind.PARAGRAPH,
    "figure": BlockKind.PARAGRAPH,
    "figcaption": BlockKind.PARAGRAPH,
    "center": BlockKind.PARAGRAPH,
    "address": BlockKind.PARAGRAPH,
    "header": BlockKind.PARAGRAPH,
    "footer": BlockKind.PARAGRAPH,
    "body": BlockKind.PARAGRAPH,
    "ul": BlockKind.PARAGRAPH,
    "ol": BlockKind.PARAGRAPH,
    "dl": BlockKind.PARAGRAPH,
    "table": BlockKind.PARAGRAPH,
    "tr": BlockKind.PARAGRAPH,
    "tbody": BlockKind.PARAGRAPH,
    "thead": BlockKind.PARAGRAPH,
    "li": BlockKind.LIST_ITEM,
    "td": BlockKind.TABLE_CELL,
    "th": BlockKind.TABLE_CELL,
    "dt": BlockKind.TERM,
    "dd": BlockKind.DEFINITION,
    "hr": BlockKind.PARAGRAPH,
    "time": BlockKind.PARAGRAPH,
}
_NEVER_DROPPED = frozenset({"html", "body", "main", "article"})
_LONG_PARAGRAPH_CHARS = 150
_ARTICLE_PARAGRAPHS = 3
# Bounds on the look-ahead inside one container, so nested containers cost linear time.
_MAX_PARAGRAPHS_CHECKED = 200
_MAX_COMMENT_ELEMENTS_CHECKED = 500
_MAX_META_CHARS = 1_000
_TOKEN_SPLIT = re.compile(r"[\s_]+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_COMMENT_COUNT = re.compile(
    r"\b\d{1,6}\s+(?:comments?|responses?|replies|reactions?)\b|be the first to comment|"
    r"\bno comments\b|\bcomments?\s*\(\s*\d{1,6}\s*\)|댓글\s*\d{1,6}|"
    r"\b\d{1,6}\s+(?:comentarios|komentar|commentaires)\b|\b(?:comentarios|komentar)\s*\(\s*\d{1,6}\s*\)",
    re.IGNORECASE,
)


class _Rules:
    """Boilerplate rules from ``data/boilerplate.json``, as sets for fast lookups."""

    def __init__(self) -> None:
        data = load_data("boilerplate")
        self.drop_tags = frozenset(data["drop_tags"])
        self.drop_outside_article = frozenset(data["drop_outside_article"])
        self.class_tokens = frozenset(data["class_tokens"])
        self.keep_tokens = frozenset(data["keep_class_tokens"])
        self.comment_tokens = frozenset(data["comment_container_tokens"])


def _class_tokens(element: Any) -> set[str]:
    attrs = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    if not attrs.strip():
        return set()
    tokens = set(_TOKEN_SPLIT.split(attrs))
    for token in list(tokens):
        if "-" in token:
            tokens.update(token.split("-"))
    tokens.discard("")
    return tokens


def parse_html(text: str, options: ParseOptions) -> Document:
    """Build the normalized document of an HTML page."""
    text = _XML_DECLARATION.sub("", text, count=1)
    parser = html.HTMLParser(huge_tree=True, no_network=True, collect_ids=False)
    try:
        root = html.document_fromstring(text, parser=parser)
    except etree.ParserError as error:
        if "empty" in str(error).lower():
            raise EmptyInputError("no visible content: the page is only markup or comments") from error
        raise NotAPageError(f"not a readable HTML page ({error})") from error
    except (etree.LxmlError, ValueError, UnicodeError) as error:
        raise NotAPageError(f"not a readable HTML page ({error})") from error
    if any("excessive depth" in entry.message.lower() for entry in parser.error_log):
        raise TooDeeplyNestedError(
            "elements nest deeper than the HTML parser reads (2048 levels); the page is refused "
            "rather than read in part"
        )
    meta = _read_meta(root)
    embedded = harvest(root)
    meta.embedded, meta.embedded_warnings = embedded.items, embedded.warnings
    rules = _cached_rules()
    builder = DocumentBuilder(options.max_block_chars, options.max_text_chars)
    _walk(root, rules, builder, options.max_element_depth)
    return builder.build(meta, "html")


def _cached_rules() -> _Rules:
    return cached("html_rules", _Rules)


def _is_boilerplate(element: Any, tag: str, rules: _Rules, in_article: int) -> bool:
    if tag == "aside":
        tokens = _class_tokens(element)
        if tokens & rules.keep_tokens or (in_article and not tokens & rules.class_tokens):
            return False  # an info box set beside the article, or inside it, is content
        if _holds_info_table(element):
            return False  # a sidebar with the work's "Details" table: its other widgets still go
    if tag in rules.drop_tags:
        return True
    if tag in rules.drop_outside_article and not in_article:
        return True
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    if style and "display:none" in style.replace(" ", "").lower():
        return True
    if tag in _NEVER_DROPPED:
        return False
    tokens = _class_tokens(element)
    if not tokens or tokens & rules.keep_tokens or not tokens & rules.class_tokens:
        return False
    if tokens & rules.comment_tokens:
        return True
    return not _holds_article_text(element) and not _holds_info_table(element)


def _holds_article_text(element: Any) -> bool:
    """Whether a container holds running text: layout wrappers named "sidebar-fixed" or
    "right-rail" often wrap the article itself, so their class alone does not drop them."""
    long_paragraphs = 0
    for paragraph in islice(element.iter("p"), _MAX_PARAGRAPHS_CHECKED):
        if len(paragraph.text_content()) >= _LONG_PARAGRAPH_CHARS:
            long_paragraphs += 1
            if long_paragraphs >= _ARTICLE_PARAGRAPHS:
                return True
    # A blog engine's post body (Blogger writes <br> lines, no <p>): marked as the article
    for inner in islice(element.iter("div", "article", "section"), _MAX_PARAGRAPHS_CHECKED):
        if "articleBody" in (inner.get("itemprop") or "") or _class_tokens(inner) & _POST_BODY_TOKENS:
            return True
    return False


def _holds_info_table(element: Any) -> bool:
    """Whether a sidebar or widget holds the work's info box: a table or list of at least
    three known labels ("Network", "Episodes", "Director" ...), perhaps split over a "Crew" and
    a "Details" list. Its other widgets (popular posts, newsletter) hold none and are still dropped."""
    labels = 0
    for table in islice(element.iter("table", "dl"), _MAX_INFO_TABLES_CHECKED):
        for cell in islice(table.iter("th", "td", "dt"), _MAX_INFO_CELLS_CHECKED):
            text = " ".join(cell.text_content().split()).rstrip(":： ")
            if len(text) <= _MAX_LABEL_CHARS and field_for_label(text):
                labels += 1
                if labels >= _MIN_INFO_LABELS:
                    return True
    return False


_MAX_INFO_TABLES_CHECKED = 5
_MAX_INFO_CELLS_CHECKED = 80
_MAX_LABEL_CHARS = 30
_MIN_INFO_LABELS = 3


_POST_BODY_TOKENS = frozenset({"post-body", "entry-content", "article-body", "post-content", "articlebody"})


def _comment_count_text(element: Any, rules: _Rules) -> str | None:
    """The visible comment count inside a dropped comments container, if any."""
    if not (_class_tokens(element) & rules.comment_tokens) and element.tag != "form":
        return None
    candidates = element.iter("h1", "h2", "h3", "h4", "h5", "h6", "span", "a", "div", "p")
    for heading in islice(candidates, _MAX_COMMENT_ELEMENTS_CHECKED):
        content = heading.text_content()
        if len(content) > 200:
            continue
        match = _COMMENT_COUNT.search(content)
        if match:
            return match.group(0)
    return None


def _byline_text(element: Any, rules: _Rules) -> str | None:
    """The author credit inside a dropped post footer ("Diposting oleh Ayu Lestari"): blog
    engines put the byline there. Never from a comments section (commenters are no authors)."""
    if _class_tokens(element) & rules.comment_tokens or "footer" not in _class_tokens(element):
        return None
    for inner in islice(element.iter("span", "div", "p", "a"), _MAX_COMMENT_ELEMENTS_CHECKED):
        if (
            inner.get("rel") == "author"
            or inner.get("itemprop") == "author"
            or _class_tokens(inner) & _BYLINE_TOKENS
        ):
            text = " ".join(inner.text_content().split())
            if 0 < len(text) <= _MAX_FOOTER_BYLINE:
                return text
    return None


_BYLINE_TOKENS = frozenset({"author", "byline", "vcard"})
_MAX_FOOTER_BYLINE = 100


def _walk(root: Any, rules: _Rules, builder: DocumentBuilder, max_depth: int) -> None:
    pieces: list[str] = []
    depth = 0
    state = {"group": 0}
    group_stack: list[int | None] = [None]
    table_stack: list[int | None] = [None]
    cell_stack: list[int] = [0]
    skipped: set[Any] = set()
    in_article = 0

    # the bold words a paragraph opens with: (the element, where its text starts in pieces)
    bold: dict[str, Any] = {"element": None, "mark": 0, "text": None}

    def flush(kind: BlockKind, level: int = 0) -> None:
        lead, bold["text"], bold["element"] = bold["text"], None, None
        if pieces:
            raw = "".join(pieces)
            pieces.clear()
            if raw.strip():
                builder.add(
                    kind,
                    raw,
                    level=level,
                    group=group_stack[-1],
                    cell_index=cell_stack[-1],
                    container=table_stack[-1],
                    lead=lead,
                )

    current_kind: list[tuple[BlockKind, int]] = [(BlockKind.PARAGRAPH, 0)]
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        if builder.full:
            break  # the text limit is reached: the rest of the page is not read
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if event == "start":
            depth += 1
            if depth > max_depth:
                raise TooDeeplyNestedError(
                    f"elements nest deeper than the {max_depth}-level limit (max_element_depth)"
                )
            if not tag:  # comment or processing instruction: nothing visible
                walker.skip_subtree()
                skipped.add(element)
                continue
            if _is_boilerplate(element, tag, rules, in_article):
                count = _comment_count_text(element, rules)
                byline = _byline_text(element, rules)
                flush(*current_kind[-1])
                if count:
                    builder.add(BlockKind.META, count)
                if byline:
                    builder.add(BlockKind.META, byline)
                walker.skip_subtree()
                skipped.add(element)
                continue
            if tag in ("article", "main"):
                in_article += 1
            if tag == "br":
                pieces.append(LINE_BREAK)
            elif tag in _HEADINGS or tag in _BLOCK_KINDS:
                flush(*current_kind[-1])
                if tag in ("ul", "ol", "tr", "dl"):
                    state["group"] += 1
                    group_stack.append(state["group"])
                    cell_stack.append(0)
                elif tag == "table":
                    state["group"] += 1
                    table_stack.append(state["group"])
                if tag in _HEADINGS:
                    current_kind.append((BlockKind.HEADING, _HEADINGS[tag]))
                else:
                    current_kind.append((_BLOCK_KINDS[tag], 0))
            if tag in ("strong", "b") and bold["element"] is None and not "".join(pieces).strip():
                bold["element"], bold["mark"] = element, len(pieces)
            if element.text:
                pieces.append(element.text)
        else:
            depth -= 1
            if element is bold["element"]:
                bold["text"] = "".join(pieces[bold["mark"] :])
            if element in skipped:
                skipped.discard(element)
            elif tag in _HEADINGS or tag in _BLOCK_KINDS:
                flush(*current_kind[-1])
                current_kind.pop()
                if tag in ("ul", "ol", "tr", "dl"):
                    group_stack.pop()
                    cell_stack.pop()
                elif tag == "table":
                    table_stack.pop()
                elif tag in ("td", "th", "li", "dt", "dd"):
                    cell_stack[-1] += 1
                if tag in ("article", "main"):
                    in_article -= 1
            if element.tail:
                pieces.append(element.tail)
    flush(*current_kind[-1])


def _clean_meta(value: object) -> str | None:
    """An attribute or title text as the patterns may see it: spaces collapsed, length capped."""
    if not isinstance(value, str):
        return None
    cleaned = " ".join(value[: _MAX_META_CHARS * 4].split())[:_MAX_META_CHARS].strip()
    return cleaned or None


def _meta_table(root: Any) -> dict[str, str]:
    """Every <meta> by its property/name/itemprop (first non-empty value wins), read once."""
    table: dict[str, str] = {}
    for node in root.iter("meta"):
        value = _clean_meta(node.get("content") or node.get("value"))
        if not value:
            continue
        for attribute in ("property", "name", "itemprop"):
            key = node.get(attribute)
            if key and key not in table:
                table[key] = value
    return table


def _meta_content(metas: dict[str, str], *names: str) -> str | None:
    for name in names:
        if name in metas:
            return metas[name]
    return None


def _itemprop_date(root: Any) -> str | None:
    for node in root.xpath('//*[@itemprop="datePublished"]')[:1]:
        value = _clean_meta(node.get("content") or node.get("datetime") or node.text_content())
        if value:
            return value
    return None


def _read_meta(root: Any) -> DocumentMeta:
    metas = _meta_table(root)
    title_nodes = root.xpath("//title")
    title = _clean_meta(title_nodes[0].text_content()) if title_nodes else None
    canonical = root.xpath('//link[@rel="canonical"]/@href')
    language = _clean_meta(root.get("lang") or root.get("xml:lang"))
    return DocumentMeta(
        title=title,
        og_title=_meta_content(metas, "og:title", "twitter:title"),
        description=_meta_content(metas, "og:description", "description"),
        author=_meta_content(metas, "author", "article:author"),
        published=_meta_content(metas, "article:published_time")
        or _itemprop_date(root)
        or _meta_content(metas, "date", "pubdate", "publish-date", "sailthru.date"),
        url=_meta_content(metas, "og:url") or (_clean_meta(str(canonical[0])) if canonical else None),
        language=language.split("-")[0].lower() if language else None,
        site_name=_meta_content(metas, "og:site_name"),
    )
