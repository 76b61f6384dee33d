"""HTML pages: trafilatura's main text and metadata, headings as subheadings, encodings respected."""

from __future__ import annotations

from pathlib import Path

from frontwire.ingest import Skipped, read_bytes, read_paths
from frontwire.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_page_main_text_and_metadata() -> None:
    [page] = list(read_paths([FIXTURES / "page_kremenchuk.html"]))
    assert isinstance(page, Article)
    assert page.title == "Missile strike on Kremenchuk shopping centre kills at least 18"
    assert page.url == "https://www.kyivpost.com/post/2022/06/28/kremenchuk-mall-strike"  # canonical link
    assert page.published == "2022-06-28"
    assert page.outlet == "Kyiv Post"
    assert page.language == "en"
    paragraphs = page.body.split("\n\n")
    assert paragraphs[0].startswith("A Russian missile struck a busy shopping centre")
    assert len(paragraphs) == 4
    # Boilerplate, scripts, the repeated <h1> and the <h2> are not body.
    for noise in ("Subscribe", "Copyright", "window.analytics", "Moscow denies targeting the mall"):
        assert noise not in page.body
    assert page.body.count("Missile strike on Kremenchuk") == 0
    subheading = {"text": "Moscow denies targeting the mall", "before_paragraph": 2}
    assert page.metadata["subheadings"] == [subheading]
    assert page.metadata["format"] == "html"


def test_html_in_a_declared_legacy_charset() -> None:
    html = (
        '<html><head><meta charset="windows-1252"><title>Kherson</title></head><body><article>'
        "<p>Les frappes russes ont touché vendredi le centre de Kherson, tuant deux civils selon "
        "l\u2019administration régionale, qui a décrété un couvre-feu.</p>"
        "<p>Les secouristes ont travaillé toute la nuit dans les décombres du marché couvert.</p>"
        "</article></body></html>"
    ).encode("cp1252")
    [page] = list(read_bytes(html, source="k.html", hint="text/html"))
    assert isinstance(page, Article)
    assert "l\u2019administration régionale" in page.body
    assert page.language == "fr"
    assert page.metadata["encoding"] == "cp1252"


def test_garbage_markup_is_read_or_skipped_never_raised() -> None:
    for data in (
        b"<html><body><p>unclosed <b>tags <i>everywhere",
        b"<<<<>>>>" * 100,
        b"<html></html>",
        b"<?xml version='1.0'?><html><body>" + b"<div>" * 3000 + b"deep</body></html>",
    ):
        results = list(read_bytes(data, source="junk.html", hint=".html"))
        assert len(results) == 1
        assert isinstance(results[0], Skipped)
        assert results[0].reason.startswith(("malformed", "HTML page has no main text"))


def test_page_saved_as_txt_is_still_read_as_html() -> None:
    data = (FIXTURES / "page_kremenchuk.html").read_bytes()
    [page] = list(read_bytes(data, source="saved.txt", hint=".txt"))
    assert isinstance(page, Article)
    assert page.metadata["format"] == "html"
    assert "<p>" not in page.body and "window.analytics" not in page.body


def test_a_copyright_year_is_not_a_publication_date() -> None:
    body = "<p>Fighters clashed with the army near the border, killing several soldiers, officials said.</p>"
    footer = "<footer>Copyright 2019 Example News</footer>"
    undated = f"<html><body><article>{body}</article>{footer}</body></html>"
    [page] = list(read_bytes(undated.encode(), source="x.html", hint=".html"))
    assert isinstance(page, Article)
    assert page.published is None
    dated = undated.replace("<article>", '<article><time datetime="2021-03-04">4 March</time>')
    [page] = list(read_bytes(dated.encode(), source="y.html", hint=".html"))
    assert isinstance(page, Article)
    assert page.published == "2021-03-04"


def test_dateline_paragraph_at_the_top_of_a_page_is_furniture() -> None:
    page = (
        "<html><head><title>Village strike</title></head><body><article><h1>Village strike</h1>"
        '<p class="dateline">Published April 12, 2023 - Meridian</p>'
        "<p>BANGKOK (Meridian) - The military said on Wednesday it had carried out an air strike on a "
        "village "
        "in the Sagaing region, where witnesses said dozens of people were killed.</p>"
        "<p>Rights groups called for an independent investigation into the attack.</p>"
        "</article></body></html>"
    )
    [article] = list(read_bytes(page.encode(), source="m.html", hint=".html"))
    assert isinstance(article, Article)
    assert article.body.startswith("BANGKOK (Meridian) - The military said")
    assert article.published == "2023-04-12"
    assert article.agency == "Meridian"
    assert article.metadata["dateline"] == "Published April 12, 2023 - Meridian"
