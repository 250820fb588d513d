"""A class noun with its members named after "including", "such as" or "like" ("several
countries including Turkey, Bolivia and Honduras") is every member as a party, the first too
(issue 6)."""

import pytest

from helpers import coded_events

PUBLISHED = "2024-03-11"


@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("Several African states including Kenya, Ghana and Senegal condemned the coup in Niger on Sunday.",
     "ACCUSE", {"KEN", "GHA", "SEN"}, {"NER"}),
    ("Western donors such as Norway and Denmark suspended aid to Uganda over the new law.",
     "SANCTION", {"NOR", "DNK"}, {"UGA"}),
])
def test_every_named_member_is_a_party(nlp, text, kind, actors, recipients):
    [event] = [e for e in coded_events(text, PUBLISHED) if e["type"] == kind]
    assert {m["country"] for m in event["actor"]} == actors
    assert {m["country"] for m in event["recipient"]} == recipients


def test_members_of_no_country_leave_the_class_alone(nlp):
    # "including a female officer" names no party of its own: the officers stay as they are
    events = coded_events("Gunmen killed four police officers, including a female officer, in an attack on a "
                          "police station in northern Nigeria.", PUBLISHED)
    [attack] = [e for e in events if e["type"] == "ASSAULT"]
    assert [(m["country"], m["sector"]) for m in attack["recipient"]] == [("NGA", "COP")]
