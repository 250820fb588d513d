"""The `dyad code` contract: records in input order, errors named on stderr, exit status."""

import json
import subprocess
import sys

import pytest

from dyad.cli import main
from helpers import spans_off_the_text

CALL = ("Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Beijing "
        "on Tuesday, the Kremlin said.\n")
STRIKE = ("Israeli aircraft struck targets in southern Lebanon on Sunday, the army said. "
          "Hezbollah accused Israel of violating the ceasefire’s terms.\n")


@pytest.fixture
def mixed_dir(tmp_path):
    """Good articles with every kind of bad input mixed in."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "01-call.txt").write_text(CALL, encoding="utf-8")
    (d / "02-binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8)
    (d / "03-empty.txt").write_bytes(b"")
    (d / "04-latin.txt").write_bytes(STRIKE.encode("cp1252"))
    (d / "05-batch.jsonl").write_text("\n".join([
        json.dumps({"id": "j1", "text": STRIKE, "published": "2025-01-05"}),
        '{"id": "j2", "text": "unterminated',
        json.dumps({"id": "j3", "title": "no text"}),
        json.dumps({"id": "j4", "text": CALL}),
    ]) + "\n", encoding="utf-8")
    (d / "06-undecodable.jsonl").write_bytes(b'{"id": "u1", "text": "caf\xe9 \xff\xfe"}\n')
    return d


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines() if line.strip()], err


def test_mixed_directory_codes_every_good_article_and_names_every_bad_one(capsys, mixed_dir):
    status, records, err = run(capsys, "code", str(mixed_dir), "--published", "2025-07-01")
    assert status == 1
    assert [r["id"] for r in records] == ["01-call", "04-latin", "j1", "j4"]
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {mixed_dir / '02-binary.txt'}: binary file (not text)",
        f"error: {mixed_dir / '03-empty.txt'}: empty document",
        f"error: {mixed_dir / '05-batch.jsonl'}:2: malformed JSON (Unterminated string starting at column 22)",
        f"error: {mixed_dir / '05-batch.jsonl'}:3: missing or empty 'text'",
        f"error: {mixed_dir / '06-undecodable.jsonl'}:1: cannot decode the bytes as text (not UTF-8 or Windows-1252)",
    ]
    # --published fills in only where the document has no date of its own.
    assert [r["published"] for r in records] == ["2025-07-01", "2025-07-01", "2025-01-05", "2025-07-01"]
    assert "Windows-1252" in records[1]["warnings"][0]
    for record in records:
        assert spans_off_the_text(record, record["text"]) == []


def test_output_file_keeps_what_was_coded_before_a_failure(capsys, tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(CALL)
    bad.write_bytes(b"")
    out = tmp_path / "out.jsonl"
    status = main(["code", str(good), str(bad), "-o", str(out)])
    assert status == 1
    [record] = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["id"] == "good"


def test_all_good_exits_zero_and_every_contract_field_is_there(capsys, tmp_path):
    path = tmp_path / "call.txt"
    path.write_text(CALL)
    status, [record], _ = run(capsys, "code", str(path), "--published", "2025-05-20")
    assert status == 0
    assert set(record) >= {"id", "title", "url", "source", "published", "language", "events",
                           "attributions", "warnings"}
    [event] = [e for e in record["events"] if e["type"] == "CONSULT"]
    assert set(event) == {"id", "type", "mode", "context", "cameo", "quad_class", "score", "actor",
                          "recipient", "trigger", "sentence", "date", "location", "status",
                          "attribution", "confidence"}
    assert event["trigger"]["text"] == "talks"
    assert [a["code"] for a in event["actor"]] == ["RUSGOV"]
    assert [r["code"] for r in event["recipient"]] == ["CHNGOV"]
    assert event["date"]["value"] == "2025-05-20"
    [attribution] = record["attributions"]
    assert attribution["source"]["text"] == "the Kremlin"
    assert attribution["cue"][0]["text"] == "said"
    assert event["attribution"] == attribution["id"]


@pytest.mark.parametrize("argv", [
    ["code"],
    ["code", "x.txt", "--published", "July 3"],
    ["code", "x.txt", "--processes", "0"],
    ["frobnicate"],
])
def test_usage_errors_exit_2(capsys, argv):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2


def test_standard_input_text_and_jsonl_through_python_m_dyad():
    as_text = subprocess.run([sys.executable, "-m", "dyad", "code", "-", "--published", "2025-05-20"],
                             input=CALL, capture_output=True, text=True, timeout=120)
    assert as_text.returncode == 0, as_text.stderr
    assert json.loads(as_text.stdout)["id"] == "stdin"
    lines = json.dumps({"id": "s1", "text": CALL}) + "\n" + json.dumps({"id": "s2", "text": STRIKE}) + "\n"
    as_jsonl = subprocess.run([sys.executable, "-m", "dyad", "code", "-"],
                              input=lines, capture_output=True, text=True, timeout=120)
    assert [json.loads(line)["id"] for line in as_jsonl.stdout.splitlines()] == ["s1", "s2"]


def test_several_processes_give_the_same_records_in_the_same_order(capsys, mixed_dir):
    _, serial, _ = run(capsys, "code", str(mixed_dir))
    status, parallel, err = run(capsys, "code", str(mixed_dir), "--processes", "2")
    assert status == 1
    assert parallel == serial
