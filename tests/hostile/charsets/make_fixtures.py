"""Write the encoding fixtures in this folder from the texts below.

    python tests/hostile/charsets/make_fixtures.py

Each language's page is written in every encoding a saved page comes in: UTF-8
(declared, undeclared, with a byte-order mark), UTF-16 LE/BE with a mark (and LE
without one), its legacy encoding declared and undeclared, mis-declared (declared
UTF-8 over legacy bytes; declared ISO-8859-1 over UTF-8 bytes), and as mojibake (UTF-8
that was once read as windows-1252 and saved again as UTF-8). ``expected.json`` lists,
for each file, words the decoded, normalized text must contain.
``test_encodings.py`` checks the files match this script, then decodes them.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent

PAGES = {
    "ko": {
        "legacy": ("cp949", "euc-kr"),
        "title": "사랑의 불시착 리뷰",
        "body": [
            "방송: tvN, 16부작. 출연: 현빈, 손예진, 서지혜, 김정현.",
            "넷플릭스에서 볼 수 있습니다. 정말 재미있고 따뜻한 드라마였다.",
            "재벌 상속녀가 패러글라이딩 사고로 북한에 불시착하면서 이야기가 시작된다.",
        ],
        "words": ["사랑의 불시착", "현빈", "넷플릭스", "16부작", "드라마였다"],
    },
    "ja": {
        "legacy": ("cp932", "shift_jis"),
        "title": "愛の不時着 レビュー",
        "body": [
            "放送：tvN、全16話。出演：ヒョンビン、ソン・イェジン、ソ・ジヘ。",
            "ネットフリックスで配信中です。本当に面白くて温かいドラマでした。",
            "財閥の娘がパラグライダーの事故で北朝鮮に不時着するところから物語が始まります。",
        ],
        "words": ["愛の不時着", "ヒョンビン", "ネットフリックス", "全16話", "ドラマでした"],
    },
    "zh": {
        "legacy": ("gb18030", "gb2312"),
        "title": "爱的迫降 评论",
        "body": [
            "播出：tvN，共16集。主演：玄彬、孙艺珍、徐智慧。",
            "可以在网飞上观看。这是一部非常好看、非常温暖的电视剧。",
            "财阀千金因为滑翔伞事故迫降到了朝鲜，故事由此展开。",
        ],
        "words": ["爱的迫降", "玄彬", "网飞", "共16集", "电视剧"],
    },
    "zh-hant": {
        "legacy": ("big5", "big5"),
        "title": "愛的迫降 評論",
        "body": [
            "播出：tvN，共16集。主演：玄彬、孫藝珍、徐智慧。",
            "可以在網飛上觀看。這是一部非常好看、非常溫暖的電視劇。",
            "財閥千金因為滑翔傘事故迫降到了北韓，故事由此展開。",
        ],
        "words": ["愛的迫降", "玄彬", "網飛", "共16集", "電視劇"],
    },
    "fr": {
        "legacy": ("cp1252", "windows-1252"),
        "title": "Crash Landing on You — critique",
        "body": [
            "Diffusé sur tvN en 16 épisodes, avec Hyun Bin et Son Ye-jin.",
            "Un drame coréen « très réussi », à voir sur Netflix… L’été 2020, déjà.",
            "Une héritière s’écrase en parapente en Corée du Nord : c’est là que tout commence.",
        ],
        "words": ["Diffusé", "épisodes", "« très réussi »", "L’été", "Netflix…"],
    },
}


def html_page(page: dict[str, object], charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    paragraphs = "".join(f"<p>{line}</p>" for line in page["body"])  # type: ignore[attr-defined]
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>{page['title']}</title></head>"
        f"<body><article><h1>{page['title']}</h1>{paragraphs}</article></body></html>"
    )


def text_page(page: dict[str, object]) -> str:
    return "\n".join([str(page["title"]), "", *page["body"]]) + "\n"  # type: ignore[list-item]


def whatwg_1252(raw: bytes) -> str:
    """Bytes as a browser reads windows-1252 (the five unassigned bytes are C1 controls)."""
    unassigned = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    return "".join(chr(byte) if byte in unassigned else bytes([byte]).decode("cp1252") for byte in raw)


def variants(lang: str, page: dict[str, object]) -> dict[str, bytes]:
    codec, label = page["legacy"]  # type: ignore[misc]
    out = {
        f"{lang}-utf8-declared.html": html_page(page, "utf-8").encode("utf-8"),
        f"{lang}-utf8-undeclared.html": html_page(page, None).encode("utf-8"),
        f"{lang}-utf8-bom.html": b"\xef\xbb\xbf" + html_page(page, None).encode("utf-8"),
        f"{lang}-utf16le-bom.html": b"\xff\xfe" + html_page(page, None).encode("utf-16-le"),
        f"{lang}-utf16be-bom.html": b"\xfe\xff" + html_page(page, None).encode("utf-16-be"),
        f"{lang}-utf16le-nobom.html": html_page(page, None).encode("utf-16-le"),
        f"{lang}-{codec}-declared.html": html_page(page, label).encode(codec),
        f"{lang}-{codec}-undeclared.html": html_page(page, None).encode(codec),
        f"{lang}-{codec}-declared-utf8.html": html_page(page, "utf-8").encode(codec),
        f"{lang}-utf8-declared-latin1.html": html_page(page, "iso-8859-1").encode("utf-8"),
        f"{lang}-mojibake.html": whatwg_1252(html_page(page, "utf-8").encode("utf-8")).encode("utf-8"),
        f"{lang}-{codec}-undeclared.txt": text_page(page).encode(codec),
        f"{lang}-utf8-bom.txt": b"\xef\xbb\xbf" + text_page(page).encode("utf-8"),
        f"{lang}-utf16le-bom.txt": b"\xff\xfe" + text_page(page).encode("utf-16-le"),
    }
    if codec == "cp1252":  # UTF-8 declared over windows-1252 bytes is the same file as above
        out.pop(f"{lang}-{codec}-declared-utf8.html")
        out[f"{lang}-cp1252-declared-utf8.html"] = html_page(page, "utf-8").encode("cp1252")
    return out


def build() -> tuple[dict[str, bytes], dict[str, list[str]]]:
    files: dict[str, bytes] = {}
    expected: dict[str, list[str]] = {}
    for lang, page in PAGES.items():
        for name, data in variants(lang, page).items():
            files[name] = data
            expected[name] = list(page["words"])  # type: ignore[call-overload]
    return files, expected


def main() -> None:
    files, expected = build()
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"wrote {len(files)} files to {HERE}")


if __name__ == "__main__":
    main()
