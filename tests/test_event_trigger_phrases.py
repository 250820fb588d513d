"""The trigger of an event told by a verb and the event noun it carries is the phrase from one to
the other ("opened fire", "held talks"): annotators mark either word, and the span holds both."""

import pytest

import dyad

PUBLISHED = "2024-06-10"


def triggers(text: str) -> list[tuple[str, str]]:
    record = dyad.code(text, published=PUBLISHED)
    for event in record["events"]:
        span = event["trigger"]
        assert text[span["start"]:span["end"]] == span["text"]
    return [(e["trigger"]["text"], e["type"]) for e in record["events"]]


@pytest.mark.parametrize("text, expected", [
    ("Security forces opened fire on demonstrators in Khartoum on Monday.", ("opened fire", "ASSAULT")),
    ("The president declared a state of emergency in three provinces on Sunday.",
     ("declared a state of emergency", "COERCE")),
    ("The foreign ministers of Peru and Chile held talks in Lima on Tuesday.", ("held talks", "CONSULT")),
    ("Teachers went on strike in Nairobi on Monday over unpaid wages.", ("went on strike", "PROTEST")),
    ("The United States imposed new sanctions on Iran's oil sector on Friday.",
     ("imposed new sanctions", "SANCTION")),
    # the noun before its verb: the span still runs from one to the other
    ("A curfew was imposed on the city by the army on Friday.", ("curfew was imposed", "COERCE")),
])
def test_a_verb_carrying_an_event_noun_is_one_trigger_phrase(text, expected):
    assert triggers(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # what the act is done to is no event of its own: the verb alone names it
    ("Rebels seized the governor's residence in the provincial capital on Saturday.", ("seized", "ASSAULT")),
    ("Kenya deployed 400 police officers to Haiti on Tuesday.", ("deployed", "MOBILIZE")),
])
def test_an_object_that_names_no_event_stays_out_of_the_trigger(text, expected):
    assert triggers(text)[0] == expected


def test_a_negated_phrase_keeps_its_status():
    [event] = dyad.code("Police did not open fire on the crowd, witnesses said.", published=PUBLISHED)["events"]
    assert (event["trigger"]["text"], event["status"]) == ("open fire", "negated")
