"""Readers: what a user gets from each kind of input, and the errors for bad input."""

import json

import pytest

from dyad.errors import DocumentError
from dyad.read import Document, read_paths
from dyad.read.jsonl import read_jsonl

REPORT = "Kenya's president met Somalia's president in Nairobi on Tuesday, officials said.\n"

PAGE = """<html><head><title>Talks stall | Example News</title>
<meta property="article:published_time" content="2025-07-04T10:00:00Z">
<link rel="canonical" href="https://example.org/world/talks-stall">
<meta property="og:site_name" content="Example News"></head>
<body><nav>Home | World | Sport</nav><article><h1>Talks stall</h1>
<p>Russian Foreign Minister Sergei Lavrov said on Friday that talks with Ukraine had stalled,
blaming Kyiv for the delay in a new round of negotiations in Istanbul.</p>
<p>"We are ready to meet," he told reporters, adding that Moscow would not accept new conditions.</p>
</article><footer>Copyright 2025 Example News</footer></body></html>"""


def read(*paths):
    return list(read_paths([str(p) for p in paths]))


def test_text_file_is_one_document_named_after_the_file(tmp_path):
    path = tmp_path / "kenya-somalia.txt"
    path.write_text(REPORT, encoding="utf-8")
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert (doc.id, doc.text, doc.warnings) == ("kenya-somalia", REPORT, [])


def test_markdown_and_a_utf8_byte_order_mark(tmp_path):
    path = tmp_path / "note.md"
    path.write_bytes(b"\xef\xbb\xbf" + "Café talks in Genève.".encode())
    [doc] = read(path)
    assert doc.text == "Café talks in Genève."


def test_windows_1252_text_is_read_with_a_warning(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("The minister\u2019s caf\xe9 remark drew protests.".encode("cp1252"))
    [doc] = read(path)
    assert doc.text == "The minister\u2019s caf\xe9 remark drew protests."
    assert "Windows-1252" in doc.warnings[0]


@pytest.mark.parametrize("name, data, reason", [
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
    ("blank.txt", b"  \n\n\t ", "empty document"),
    ("empty.md", b"", "empty document"),
])
def test_bad_files_are_named_with_a_reason(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    [error] = read(path)
    assert isinstance(error, DocumentError)
    assert error.where == str(path)
    assert reason in error.reason


def test_jsonl_lines_with_their_errors_in_place(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": REPORT, "title": "Talks", "published": "2025-07-03T08:00:00Z",
                    "url": "https://example.org/a1", "source": "Example", "extra": [1, 2]}),
        "{not json",
        json.dumps({"id": "a3", "title": "no text here"}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"id": "a6", "text": REPORT, "published": "last Tuesday"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = read(path)
    assert [r.where for r in results] == [f"{path}:{n}" for n in (1, 2, 3, 5, 6)]
    first, malformed, no_text, not_object, bad_date = results
    assert (first.id, first.title, first.published, first.url, first.source) == (
        "a1", "Talks", "2025-07-03", "https://example.org/a1", "Example")
    assert "malformed JSON" in malformed.reason
    assert "missing or empty 'text'" in no_text.reason
    assert "JSON object" in not_object.reason
    assert bad_date.published is None and "last Tuesday" in bad_date.warnings[0]


def test_jsonl_is_streamed_not_loaded_whole():
    consumed = []

    def lines():
        for n in range(10_000):
            consumed.append(n)
            yield json.dumps({"id": f"d{n}", "text": REPORT}).encode() + b"\n"

    stream = read_jsonl(lines(), "big.jsonl")
    first = next(stream)
    assert first.id == "d0"
    assert len(consumed) == 1


def test_html_page_gives_main_text_title_date_and_url(tmp_path):
    path = tmp_path / "talks-stall.html"
    path.write_text(PAGE, encoding="utf-8")
    [doc] = read(path)
    assert doc.id == "talks-stall"
    assert doc.title == "Talks stall"
    assert doc.published == "2025-07-04"
    assert doc.url == "https://example.org/world/talks-stall"
    assert "Sergei Lavrov said on Friday" in doc.text
    assert "Copyright" not in doc.text and "Sport" not in doc.text


def test_directory_is_read_recursively_in_order_skipping_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(REPORT)
    (tmp_path / "a.txt").write_text(REPORT)
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.txt").write_text(REPORT)
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c1", "text": REPORT}) + "\n")
    (tmp_path / "d.pdf").write_bytes(b"%PDF-1.4")
    results = read(tmp_path)
    assert [getattr(r, "id", None) for r in results] == ["a", "two", "c1", None]
    assert "unsupported file type '.pdf'" in results[-1].reason


def test_missing_path_is_an_error(tmp_path):
    [error] = read(tmp_path / "nowhere.txt")
    assert error.reason == "no such file or directory"


def test_a_broken_jsonl_line_says_where_on_the_line_it_breaks(tmp_path):
    path = tmp_path / "wires.jsonl"
    good = json.dumps({"id": "w1", "text": "Chile recalled its ambassador from Caracas on Monday."})
    path.write_text(good + '\n{"id": "w2", "text": "Peru closed its border\n', encoding="utf-8")
    first, broken = read(path)
    assert first.id == "w1"
    assert broken.where == f"{path}:2"
    assert broken.reason == "malformed JSON (Unterminated string starting at column 22)"


def test_a_json_list_item_that_is_not_an_article_is_not_called_a_jsonl_line(tmp_path):
    path = tmp_path / "desk.json"
    path.write_text(json.dumps([{"id": "d1", "text": "Egypt hosted ceasefire talks in Cairo."}, "Cairo"]),
                    encoding="utf-8")
    article, error = read(path)
    assert article.id == "d1"
    assert str(error) == f"{path}[1]: an article must be a JSON object"
