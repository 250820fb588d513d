"""A finite verb the small parser hangs on the noun after it as an adjective ("Myanmar's military
seized power": "seized" an amod of "power", no verb left) is read as the verb it is."""

import dyad
from dyad.nlp import pipeline

PUBLISHED = "2024-05-08"  # a Wednesday


def by_trigger(text: str) -> dict[str, dict]:
    return {e["trigger"]["text"]: e for e in dyad.code(text, published=PUBLISHED)["events"]}


def countries(mentions: list[dict]) -> set[str]:
    return {m["country"] or m["code"] for m in mentions}


def test_a_coup_told_with_a_misread_verb_is_coded_with_its_doer_and_day(nlp):
    found = by_trigger("Myanmar's military seized power on Monday and detained Aung San Suu Kyi.")
    assert found["seized"]["type"] == "COERCE" and countries(found["seized"]["actor"]) == {"MMR"}
    assert found["seized"]["date"]["value"] == "2024-05-06"
    assert countries(found["detained"]["actor"]) == {"MMR"}
    found = by_trigger("Niger's military seized power early on Wednesday and said it was holding the president.")
    assert found["seized"]["type"] == "COERCE" and countries(found["seized"]["actor"]) == {"NER"}
    assert found["seized"]["date"]["value"] == "2024-05-08"


def test_a_misread_participle_in_a_sentence_with_no_verb_is_the_verb(nlp):
    found = by_trigger("Russia's military fired missiles at Kyiv overnight.")
    assert found["fired"]["type"] == "ASSAULT"
    assert countries(found["fired"]["actor"]) == {"RUS"} and countries(found["fired"]["recipient"]) == {"UKR"}


def test_the_dateline_before_a_misread_verb_is_not_the_root(nlp):
    doc = pipeline()("BAMAKO, March 3 (Wire) - Mali's military seized power on Monday, arresting the interim "
                     "president, and troops fired on protesters in the capital.")
    verb = next(t for t in doc if t.text == "seized")
    assert verb.dep_ == "ROOT" and verb.pos_ == "VERB"
    assert {c.text: c.dep_ for c in verb.children}.get("military") == "nsubj"
    assert {c.text: c.dep_ for c in verb.children}.get("power") == "dobj"


def test_real_adjectives_stay_adjectives(nlp):
    for text, word in (("Seized weapons were displayed at a news conference on Friday.", "Seized"),
                       ("Israel's withdrawal from the occupied territories was discussed on Monday.", "occupied"),
                       ("The seized weapons were destroyed on Monday.", "seized")):
        doc = pipeline()(text)
        assert next(t for t in doc if t.text == word).dep_ == "amod", text


def test_a_second_verb_after_and_misread_as_an_adjective_is_a_deed_of_its_own(nlp):
    # "threatened sanctions" hung as an adjective on a conjunct of the first verb's object
    found = by_trigger("Canada condemned the crackdown and threatened sanctions, while Iran's president praised the army.")
    assert found["threatened"]["type"] == "THREATEN" and countries(found["threatened"]["actor"]) == {"CAN"}
    assert found["condemned"]["type"] == "ACCUSE"
    # "torched vehicles" hung as an adjective on a noun the parser joined to the first verb
    found = by_trigger("Security forces arrested the mayor on Friday, hours after questioning him, as armed men "
                       "besieged this southern city and torched vehicles.")
    assert found["torched"]["type"] == "ASSAULT" and found["torched"]["date"]["value"] == "2024-05-03"
    doc = pipeline()("The African Union condemned the killings and threatened sanctions, while Russia's foreign "
                     "minister welcomed the vote.")
    verb = next(t for t in doc if t.text == "threatened")
    assert verb.dep_ == "conj" and verb.head.text == "condemned"
    assert {c.text: c.dep_ for c in verb.children}.get("sanctions") == "dobj"


def test_an_adjective_after_and_on_a_conjunct_object_stays_an_adjective(nlp):
    for text, word in (("Aid groups helped refugees and displaced families in the camps.", "displaced"),
                       ("The army freed the hostages and captured rebels were taken to the capital.", "captured"),
                       ("Tuareg rebels and allied Islamist fighters rolled into the town on Tuesday.", "allied")):
        doc = pipeline()(text)
        assert next(t for t in doc if t.text == word).dep_ == "amod", text
