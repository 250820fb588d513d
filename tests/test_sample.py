"""The bundled sample, as `dyad sample` shows it: the events and attributions a reader of that
wire report would mark, with their codes, statuses and speakers."""

import json

import pytest

from dyad.cli import main
from tests.helpers import spans_off_the_text


@pytest.fixture(scope="module")
def sample() -> dict:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["sample", "--json"]) == 0
    return json.loads(out.getvalue())


def event(sample: dict, trigger: str) -> dict:
    found = [e for e in sample["events"] if e["trigger"]["text"].lower() == trigger]
    assert found, f"no event triggered by {trigger!r}: {[e['trigger']['text'] for e in sample['events']]}"
    return found[0]


def codes(mentions: list[dict]) -> set[str]:
    return {m["country"] for m in mentions if m["country"]}


def attribution(sample: dict, cue: str, content_start: str) -> dict:
    for a in sample["attributions"]:
        cues = " ".join(c["text"] for c in a["cue"]).lower()
        content = " ".join(c["text"] for c in a["content"]).strip("“\"' ")
        if cue in cues and content.startswith(content_start):
            return a
    raise AssertionError(f"no attribution with cue {cue!r} and content {content_start!r}")


def test_every_span_matches_the_text(sample):
    assert spans_off_the_text(sample, sample["text"]) == []
    assert sample["published"] == "2025-03-14"


def test_the_phone_call_is_a_consultation_between_ukraine_and_france(sample):
    call = event(sample, "spoke")
    assert call["type"] == "CONSULT" and call["mode"] == "phone"
    assert codes(call["actor"]) | codes(call["recipient"]) == {"UKR", "FRA"}
    assert call["date"]["value"] == "2025-03-13"  # "on Thursday", published Friday 14 March
    assert call["status"] == "asserted"


def test_the_suspended_shipment_is_a_dutch_sanction_on_ukraine(sample):
    halt = event(sample, "suspended")
    assert halt["type"] == "SANCTION" and halt["cameo"].startswith("16")
    assert codes(halt["actor"]) == {"NLD"} and codes(halt["recipient"]) == {"UKR"}
    assert halt["status"] == "asserted"
    # reported by NOS: the event points at that attribution
    source = next(a for a in sample["attributions"] if a["id"] == halt["attribution"])
    assert "NOS" in source["source"]["text"]


def test_denied_and_negated_events_are_not_asserted(sample):
    assert event(sample, "ended")["status"] == "denied"  # "denied that the government had ended military aid"
    sanctions = event(sample, "imposed")  # "has not imposed new sanctions on Russia"
    assert sanctions["type"] == "SANCTION" and sanctions["status"] == "negated"
    assert codes(sanctions["recipient"]) == {"RUS"}


def test_shelling_of_kharkiv_is_a_russian_military_assault_in_ukraine(sample):
    shelling = event(sample, "shelled")
    assert shelling["type"] == "ASSAULT"
    assert [m["code"] for m in shelling["actor"]] == ["RUSMIL"]
    assert shelling["location"]["name"] == "Kharkiv" and shelling["location"]["country"] == "UKR"


def test_accusation_threat_and_planned_meeting(sample):
    accusation = event(sample, "accused")
    assert accusation["type"] == "ACCUSE" and codes(accusation["actor"]) == {"RUS"}
    threat = event(sample, "threatened")
    assert threat["type"] == "THREATEN" and codes(threat["actor"]) == {"HUN"}
    assert event(sample, "agreed")["type"] == "AGREE"


def test_speakers_resolved_through_pronouns(sample):
    quote = attribution(sample, "said", "Every day without new interceptors")
    assert quote["direct"] and quote["source"]["name"] == "Volodymyr Zelenskyy"
    # "Our support continues," he told reporters: he is the Dutch minister of the sentence before
    minister = attribution(sample, "told", "Our support continues")
    assert minister["direct"] and minister["source"]["name"] == "Ruben Brekelmans"
    assert minister["source"]["code"] == "NLDGOV"  # a defence minister: CAMEO codes the ministry GOVMIL, GOV first
    peskov = attribution(sample, "said", "Moscow would not take part")
    assert peskov["source"]["text"] == "He" and peskov["source"]["name"] == "Dmitry Peskov"


def test_reported_speech_with_organisations_and_vague_sources(sample):
    office = attribution(sample, "said", "Ukrainian President Volodymyr Zelenskyy spoke by phone")
    assert office["source"]["text"] == "his office" and not office["direct"]
    nos = attribution(sample, "according to", "The call came two days after the Netherlands")
    assert nos["source"]["country"] == "NLD" and nos["source"]["sector"] == "MED"
    diplomats = attribution(sample, "say", "The European Union has not imposed")
    assert diplomats["source"]["text"] == "diplomats"


def test_the_readme_shows_what_dyad_sample_prints():
    # the README's sample block is the first thing a new user compares with their own run
    import contextlib
    import io
    from pathlib import Path

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["sample"]) == 0
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("```text\n", 1)[1].split("```", 1)[0]
    assert [line.rstrip() for line in block.strip().splitlines()] == [
        line.rstrip() for line in out.getvalue().strip().splitlines()]
