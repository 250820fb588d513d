"""The release of a person named in the "of" phrase, by name or by title ("ordered the release of
opposition leader Fatima Noor"), is a release (RETREAT release 0841), as the release of prisoners
or hostages already was; the release of a film or of funds is none."""

import dyad

PUBLISHED = "2024-03-12"  # a Tuesday


def events(text: str) -> list[dict]:
    return dyad.code(text, published=PUBLISHED)["events"]


def test_an_ordered_release_of_a_named_leader_is_a_release(nlp):
    found = events("President Ahmed Salim on Tuesday ordered the release of opposition leader Fatima Noor.")
    releases = [e for e in found if e["type"] == "RETREAT"]
    assert releases and releases[0]["mode"] == "release" and releases[0]["cameo"] == "0841"
    assert any("Fatima Noor" in m["text"] for m in releases[0]["recipient"])
    assert releases[0]["date"]["value"] == "2024-03-12"


def test_a_release_ordered_after_another_act_is_coded_too(nlp):
    found = events("The president dissolved parliament on Monday and ordered the release of jailed opposition "
                   "leader Fatima Noor.")
    assert {e["type"] for e in found} >= {"COERCE", "RETREAT"}


def test_the_release_of_a_thing_is_no_release_of_captives(nlp):
    for text in ("The studio announced the release of the film on Friday.",
                 "The government ordered the release of funds for the hospital on Monday."):
        assert not [e for e in events(text) if e["type"] == "RETREAT"], text


def test_a_release_ordered_in_an_after_clause_lends_no_recipient_to_the_main_act(nlp):
    # the court's order is its own act (its own subject), not a purpose of the participle above it
    found = events("Sri Lanka's president declared a state of emergency on Monday, suspending parts of the "
                   "constitution after the Supreme Court ordered the release of jailed opposition leaders.")
    declared = next(e for e in found if e["trigger"]["text"] == "declared")
    assert not any("opposition leaders" in m["text"] for m in declared["recipient"])
