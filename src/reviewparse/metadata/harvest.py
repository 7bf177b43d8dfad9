"""Harvesting embedded metadata from an lxml tree: JSON-LD blocks (repaired where safe),
microdata and RDFa items, and OpenGraph / Twitter meta tags.

A small module of our own rather than extruct: extruct pulls in rdflib and html-text and
costs far more to import than the parse it serves; the subset of schema.org review pages
use is small. Broken blocks never stop a parse and never drop a valid sibling block.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

MAX_BLOCK_CHARS = 1_000_000
MAX_ITEMS = 500
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_LINE_COMMENT = re.compile(r"^\s*//[^\n]*$", re.MULTILINE)
_HTML_COMMENT = re.compile(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$")
_LINK_PROPS = frozenset({"url", "image", "sameAs", "logo", "thumbnailUrl", "contentUrl", "embedUrl"})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True, slots=True)
class EmbeddedItem:
    """One typed metadata object: where it came from and what it says."""

    source: str  # "jsonld", "microdata", "rdfa", "opengraph"
    block: int  # the block's place among the page's metadata blocks of that source
    pointer: str  # JSON Pointer of the item inside its block ("" for the block itself)
    data: dict[str, Any]

    @property
    def types(self) -> set[str]:
        raw = self.data.get("@type")
        values = raw if isinstance(raw, list) else [raw]
        return {str(value).rsplit("/", 1)[-1] for value in values if value}

    def locate(self, *path: str | int) -> str:
        """Where a property of this item sits: ``jsonld[0]/@graph/1/numberOfEpisodes``."""
        suffix = "".join(f"/{_escape(str(part))}" for part in path)
        return f"{self.source}[{self.block}]{self.pointer}{suffix}"


@dataclass(slots=True)
class Harvest:
    items: list[EmbeddedItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def harvest(root: Any) -> Harvest:
    """Every metadata item of the page (a parsed lxml HTML tree)."""
    result = Harvest()
    for index, script in enumerate(root.xpath('//script[contains(@type, "ld+json")]')):
        text = script.text or ""
        data, warning = parse_json_block(text, index)
        if warning:
            result.warnings.append(warning)
        if data is not None:
            _collect_typed("jsonld", index, "", data, result.items)
    for source, scope_attr, prop_attr in (
        ("microdata", "itemscope", "itemprop"),
        ("rdfa", "typeof", "property"),
    ):
        for index, element in enumerate(_top_scopes(root, scope_attr, prop_attr)):
            data = _scope_to_dict(element, scope_attr, prop_attr, depth=0)
            _collect_typed(source, index, "", data, result.items)
    opengraph = _opengraph(root)
    if opengraph:
        result.items.append(EmbeddedItem("opengraph", 0, "", opengraph))
    del result.items[MAX_ITEMS:]
    return result


def parse_json_block(text: str, index: int = 0) -> tuple[Any, str | None]:
    """Parse one JSON-LD block, repairing what is safe to repair.

    Returns the data (or None) and a warning when the block was repaired or skipped.
    """
    text = text.strip()
    if not text:
        return None, None
    if len(text) > MAX_BLOCK_CHARS:
        return None, f"JSON-LD block {index} skipped: over {MAX_BLOCK_CHARS} characters"
    try:
        return json.loads(text, strict=False), None
    except ValueError:
        pass
    repaired = _HTML_COMMENT.sub("", text)
    repaired = _BLOCK_COMMENT.sub("", _LINE_COMMENT.sub("", repaired))
    repaired = _CONTROL.sub(" ", repaired)
    if "&quot;" in repaired or "&#" in repaired or "&amp;" in repaired:
        repaired = html.unescape(repaired)
    repaired = _TRAILING_COMMA.sub(r"\1", repaired)
    for candidate in (repaired, _close_truncated(repaired)):
        if candidate is None:
            continue
        try:
            return json.loads(candidate, strict=False), f"JSON-LD block {index} repaired"
        except ValueError:
            continue
    values = _concatenated(repaired)
    if values:
        return values, f"JSON-LD block {index} held several JSON values"
    return None, f"JSON-LD block {index} skipped: not valid JSON"


def _close_truncated(text: str) -> str | None:
    """Close the brackets of a block cut off mid-way (drops a dangling partial member)."""
    stack: list[str] = []
    in_string = escaped = False
    last_safe = 0
    for position, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char in "{[":
            stack.append("}" if char == "{" else "]")
        elif char in "}]":
            if not stack:
                return None
            stack.pop()
            last_safe = position + 1
        elif char == ",":
            last_safe = position
    if not stack and not in_string:
        return None
    trimmed = text[:last_safe].rstrip().rstrip(",")
    depth: list[str] = []
    in_string = escaped = False
    for char in trimmed:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth.append("}" if char == "{" else "]")
        elif char in "}]" and depth:
            depth.pop()
    return trimmed + "".join(reversed(depth))


def _concatenated(text: str) -> list[Any]:
    decoder = json.JSONDecoder(strict=False)
    values: list[Any] = []
    position = 0
    while position < len(text):
        while position < len(text) and text[position] in " \t\r\n;,":
            position += 1
        if position >= len(text):
            break
        try:
            value, position = decoder.raw_decode(text, position)
        except ValueError:
            return values
        values.append(value)
    return values


def _collect_typed(source: str, block: int, pointer: str, data: Any, out: list[EmbeddedItem]) -> None:
    """Every object with an ``@type`` in a JSON value, with its pointer (iterative)."""
    stack: list[tuple[str, Any]] = [(pointer, data)]
    while stack and len(out) < MAX_ITEMS:
        path, value = stack.pop()
        if isinstance(value, dict):
            if "@type" in value:
                out.append(EmbeddedItem(source, block, path, value))
            for key, child in reversed(list(value.items())):
                if isinstance(child, (dict, list)):
                    stack.append((f"{path}/{_escape(str(key))}", child))
        elif isinstance(value, list):
            for position in range(len(value) - 1, -1, -1):
                if isinstance(value[position], (dict, list)):
                    stack.append((f"{path}/{position}", value[position]))


def _top_scopes(root: Any, scope_attr: str, prop_attr: str) -> list[Any]:
    return [element for element in root.xpath(f"//*[@{scope_attr}]") if element.get(prop_attr) is None]


def _nearest_scope(element: Any, scope_attr: str) -> Any:
    parent = element.getparent()
    while parent is not None and parent.get(scope_attr) is None:
        parent = parent.getparent()
    return parent


def _scope_to_dict(element: Any, scope_attr: str, prop_attr: str, depth: int) -> dict[str, Any]:
    type_attr = "itemtype" if scope_attr == "itemscope" else "typeof"
    data: dict[str, Any] = {"@type": (element.get(type_attr) or "Thing").split()[0]}
    if depth > 8:
        return data
    for child in element.xpath(f".//*[@{prop_attr}]"):
        if _nearest_scope(child, scope_attr) is not element:
            continue
        if child.get(scope_attr) is not None:
            value: Any = _scope_to_dict(child, scope_attr, prop_attr, depth + 1)
        else:
            text = " ".join(child.text_content().split())
            link = child.get("href") or child.get("src") or ""
            value = (
                child.get("content")
                or child.get("datetime")
                or (link if (child.get(prop_attr) or "") in _LINK_PROPS or not text else text)
            )
            value = value.strip()
        for name in (child.get(prop_attr) or "").split():
            key = name.rsplit("/", 1)[-1].split(":", 1)[-1]
            existing = data.get(key)
            if existing is None:
                data[key] = value
            elif isinstance(existing, list):
                existing.append(value)
            else:
                data[key] = [existing, value]
    return data


def _opengraph(root: Any) -> dict[str, Any]:
    """OpenGraph and Twitter tags as one pseudo-item typed from og:type."""
    values: dict[str, list[str]] = {}
    for meta in root.xpath("//meta[@property or @name]"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        if not key.startswith(("og:", "video:", "article:", "twitter:")):
            continue
        content = (meta.get("content") or meta.get("value") or "").strip()
        if content:
            values.setdefault(key, []).append(content)
    if not values:
        return {}
    og_type = (values.get("og:type") or ["website"])[0]
    return {
        "@type": f"og:{og_type}",
        **{key: items if len(items) > 1 else items[0] for key, items in values.items()},
    }
