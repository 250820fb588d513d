"""Events whose trigger dyad found but whose doer it could not name (session 38): wire copy's
"the 68-year-old" and "the commodore" for a person named before, a quoted "I" or "we" whose
speaker is known, and a verb the parser joins to the clause a "said" reports."""

import pytest

from helpers import coded_events


def events_at(text: str, trigger: str, published: str) -> list[dict]:
    return [e for e in coded_events(text, published) if e["trigger"]["text"] == trigger]


def countries(mentions: list[dict]) -> list[str | None]:
    return [m["country"] for m in mentions]


# "the N-year-old" is the person the story has named, as "he" or "she" would be
@pytest.mark.parametrize("text, trigger, type_, actor", [
    ("Malian President Ibrahim Boubacar Keita dissolved parliament on Tuesday. The 73-year-old pledged "
     "to hold elections within six months.", "pledged", "AGREE", "MLI"),
    ("Kenyan President Uhuru Kenyatta addressed the nation on Sunday. \"Nobody will divide this "
     "country,\" the 57-year-old said in a televised speech, rejecting demands for a recount.", "rejecting", "REJECT", "KEN"),
    ("Zimbabwe's President Robert Mugabe met his cabinet in Harare on Monday. The 93-year-old later "
     "accused Britain of plotting against his government.", "accused", "ACCUSE", "ZWE"),
])
def test_an_age_stands_for_the_person_named_before(text, trigger, type_, actor):
    events = events_at(text, trigger, "2017-06-01")
    assert [e["type"] for e in events] == [type_]
    assert countries(events[0]["actor"]) == [actor]


def test_an_age_with_no_one_named_before_is_no_doer():
    # no person is named: nobody is known to have pledged or rejected anything
    text = ("The 70-year-old pledged to step down next year. \"Anyone who refuses to go will be "
            "punished,\" the 68-year-old said, rejecting calls for talks.")
    assert events_at(text, "pledged", "2017-06-01") == []
    assert events_at(text, "rejecting", "2017-06-01") == []


def test_an_age_before_a_noun_is_no_epithet():
    # "the 35-year-old officer" is an officer, not the president named before
    text = ("Gambian President Yahya Jammeh spoke on state radio on Monday. The 35-year-old officer "
            "accused the guards of beating prisoners.")
    events = events_at(text, "accused", "2016-06-01")
    assert all(m["name"] != "Yahya Jammeh" for e in events for m in e["actor"])


def test_the_commodore_is_the_commander_named_before():
    text = ("Fiji's military commander, Commodore Voreqe Bainimarama, seized power on Tuesday. The "
            "commodore had demanded that the government withdraw its amnesty bill.")
    events = events_at(text, "demanded", "2006-12-06")
    assert [e["type"] for e in events] == ["REQUEST"]
    assert [(m["country"], m["sector"]) for m in events[0]["actor"]] == [("FJI", "MIL")]


def test_armoured_vehicles_are_the_army():
    events = events_at("Armoured vehicles patrolled the streets of Harare on Wednesday.", "patrolled", "2017-11-15")
    assert [e["type"] for e in events] == ["MOBILIZE"]
    assert [(m["country"], m["sector"]) for m in events[0]["actor"]] == [("ZWE", "MIL")]


# what speakers do by saying it is done in their own "I" and "we"
@pytest.mark.parametrize("text, trigger, type_, actor", [
    ('Gabonese President Ali Bongo spoke by telephone from his palace. "I have not stepped down and I '
     'will not resign," he told a radio station.', "resign", "REJECT", "GAB"),
    ('Norwegian Foreign Minister Ine Eriksen Soreide met both delegations in Oslo. "We urge them to '
     'return to the table," she said.', "urge", "REQUEST", "NOR"),
])
def test_a_speakers_own_words_are_the_act(text, trigger, type_, actor):
    events = events_at(text, trigger, "2019-02-01")
    assert [e["type"] for e in events] == [type_]
    assert countries(events[0]["actor"]) == [actor]


def test_a_deed_told_in_we_with_no_one_named_stays_uncoded():
    # a speaker's account of what "we" are doing for "them" names no one it is done to
    text = ('German Chancellor Olaf Scholz spoke in Berlin. "We are sending them tanks and we are '
            'training their soldiers," he said.')
    assert [e for e in coded_events(text, "2023-02-01") if e["trigger"]["text"] in ("sending", "training")] == []


# a verb joined to a reported clause it cannot go on is the speaker's
@pytest.mark.parametrize("text, trigger, type_, actor", [
    ("The African Union said the takeover looks like a coup and demanded a swift return to civilian "
     "rule.", "demanded", "REQUEST", "IGO"),
    ("Kenyan President William Ruto has said the deployment will go ahead and has called for support "
     "from other African states.", "called", "REQUEST", "KEN"),
    ("Army chief Prayuth Chan-ocha took power in Thailand on Thursday. He said a new cabinet would be "
     "named within weeks and promised fresh elections.", "promised", "AGREE", "THA"),
])
def test_a_verb_beside_a_report_is_the_speakers(text, trigger, type_, actor):
    events = events_at(text, trigger, "2023-05-22")
    assert [e["type"] for e in events] == [type_]
    party = events[0]["actor"][0]
    assert (party["country"] or party["code"][:3]) == actor


def test_a_verb_that_goes_on_the_reported_clause_stays_its_subjects():
    # the rebels attacked and killed, not the army that reports it
    events = events_at("The army said the rebels had attacked the town and killed 20 people.", "killed", "2023-05-22")
    assert [m["sector"] for e in events for m in e["actor"]] == ["REB"]


# a meeting a side says it will not hold is its refusal, which needs no other side
@pytest.mark.parametrize("text, actor", [
    ('"Serbia will never negotiate its borders," Prime Minister Ana Brnabic said.', "SRB"),
    ('Cypriot President Nikos Anastasiades rejected the plan. "We will not sit down with them on these '
     'terms," he told parliament.', "CYP"),
])
def test_a_meeting_refused_is_a_rejection(text, actor):
    events = [e for e in coded_events(text, "2019-03-01") if e["trigger"]["text"] in ("negotiate", "sit")]
    assert [e["type"] for e in events] == ["REJECT"]
    assert countries(events[0]["actor"]) == [actor]


def test_a_meeting_not_held_is_no_event():
    assert events_at("Serbia did not negotiate with anyone on Monday.", "negotiate", "2019-03-01") == []


def test_two_people_of_one_government_are_two_sides():
    text = "Kenyan President William Ruto's office said he had spoken by phone with the deputy president."
    events = events_at(text, "spoken", "2023-05-22")
    assert [e["type"] for e in events] == ["CONSULT"]
    assert len({m["name"] for m in events[0]["actor"]}) == 2
    # one person alone holds no call
    assert events_at("President William Ruto spoke by phone on Monday.", "spoke", "2023-05-22") == []
