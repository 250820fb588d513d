"""Surnames, titles and pronouns linked to the actor they refer to (dyad.extract.coref)."""

import datetime as dt
import re

import pytest

from dyad.extract.actors import ActorResolver


def _span(doc, phrase, occurrence=0):
    """The `occurrence`-th whole-word match of `phrase` ("he", not the "he" in "the")."""
    match = list(re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", doc.text))[occurrence]
    span = doc.char_span(match.start(), match.end())
    assert span is not None, f"{phrase!r} is not a token span"
    return span


CASES = [
    # name chains: a full name, then the surname alone
    ("Mikhail Petrov, a historian at Moscow State University, spoke at the forum. Petrov said the war "
     "would go on.", ("Petrov", 0), None, "Mikhail Petrov"),
    ("German Chancellor Olaf Scholz visited Kyiv. Scholz promised more tanks.", ("Scholz", 1), "2022-06-16",
     "Olaf Scholz"),
    # titles: the person who holds the office
    ("Vladimir Putin met Chinese leader Xi Jinping in Beijing. The Russian leader praised the ties.",
     ("The Russian leader", 0), "2024-05-16", "Vladimir Putin"),
    ("Vladimir Putin met Chinese leader Xi Jinping in Beijing. The Chinese president praised the ties.",
     ("The Chinese president", 0), "2024-05-16", "Xi Jinping"),
    # he / she: gender from the knowledge base
    ("Angela Merkel met Emmanuel Macron in Berlin. She said Europe must act.", ("She", 0), "2019-06-01",
     "Angela Merkel"),
    ("Angela Merkel met Emmanuel Macron in Berlin. She said Europe must act. He agreed.", ("He", 0),
     "2019-06-01", "Emmanuel Macron"),
    # gender from honorifics
    ("Ms. Kovacs met Mr. Novak on Friday. She said the meeting went well.", ("She", 0), None, "Kovacs"),
    ("Ms. Kovacs met Mr. Novak on Friday. He said the meeting went well.", ("He", 0), None, "Novak"),
    # two men: the subject that governs the pronoun, the main subject of the sentence before
    ("Trump told reporters that he and Putin had discussed Iran.", ("he", 0), "2025-07-03", "Donald Trump"),
    ("Trump spoke with Putin for two hours on Thursday. He said the call went well.", ("He", 0), "2025-07-03",
     "Donald Trump"),
    ("Putin met Xi in Moscow. Later, Lukashenko arrived. He said Belarus was ready.", ("He", 0), "2025-05-08",
     "Alexander Lukashenko"),
    ("Mikhail Petrov, a historian, told the radio station that Putin would not compromise. "
     "\"Moscow's position is entrenched,\" he said.", ("he", 0), "2025-07-03", "Mikhail Petrov"),
    # an object pronoun is not its own clause's subject
    ("Trump called Putin on Tuesday. Putin told him that the war would go on.", ("him", 0), "2025-07-03",
     "Donald Trump"),
    # a titled person the knowledge base lacks is an antecedent too
    ("A senior Iranian official spoke to reporters on Sunday. She said the talks were over.", ("She", 0), None,
     "senior Iranian official"),
    # a gender learnt from an earlier pronoun
    ("Jordan Blake met Casey Smith in Oslo. Blake said she was pleased with the talks. Smith said he "
     "would report back. On Friday she flew home.", ("she", 1), None, "Jordan Blake"),
    # they: the most recent group, organisation or country
    ("Protesters gathered outside parliament on Sunday. They demanded new elections.", ("They", 0), None,
     "Protesters"),
    ("Ukrainian officials met the envoy in Kyiv. They said the talks were useful.", ("They", 0), None,
     "Ukrainian officials"),
    # a headline's pronoun is the lead's subject, even past a photo caption and another man in
    # the headline
    ("Xi Tells Putin He Backs Peace Plan\n\nAn image shows the two leaders.\n\nChinese President Xi "
     "Jinping told Russian President Vladimir Putin on Friday that Beijing would back the plan.",
     ("He", 0), "2023-03-20", "Xi Jinping"),
    ("Macron Tells Scholz He Wants Joint Debt\n\nFrench President Emmanuel Macron told German Chancellor "
     "Olaf Scholz on Monday that Paris wanted joint borrowing.", ("He", 0), "2023-03-20", "Emmanuel Macron"),
    ("Merkel Says She Will Not Run Again\n\nGerman Chancellor Angela Merkel said on Monday that she "
     "would step down.", ("She", 0), "2018-10-29", "Angela Merkel"),
    # a first line that ends in a full stop is a sentence: its pronoun looks back
    ("Trump called Putin on Tuesday and he said the call went well.\n\nGerman Chancellor Olaf Scholz "
     "welcomed the call.", ("he", 0), "2023-01-10", "Donald Trump"),
    # he: the subject of the sentence before the quote, not a man from an earlier paragraph,
    # even when the tagger misses the titled name (no PERSON entity for "Ruben Brekelmans")
    ("Volodymyr Zelenskyy urged allies to hurry.\n\nDutch Defense Minister Ruben Brekelmans denied "
     "that aid had ended. \"Our support continues,\" he told reporters.", ("he", 0), "2025-03-14",
     "Ruben Brekelmans"),
    ("Volodymyr Zelenskyy urged allies to hurry.\n\nDefence Minister Rustem Umerov denied that aid "
     "had ended. \"Our support continues,\" he told reporters.", ("he", 0), "2025-03-14", "Rustem Umerov"),
    # same sentence: the subject before a name in a prepositional phrase
    ("Volodymyr Zelenskyy spoke by phone with Emmanuel Macron and urged allies to hurry, his office "
     "said.", ("his", 0), "2025-03-14", "Volodymyr Zelenskyy"),
    # they: a subject or its owner before a name in a prepositional phrase
    ("Moscow's position remains firm despite appeals from Ukrainians. They see no reason to compromise.",
     ("They", 0), "2025-07-03", "Russia"),
    # it: an organisation or country that is the subject of its own sentence
    ("The White House confirmed that it had halted some deliveries.", ("it", 0), "2025-07-03", "United States"),
]


@pytest.mark.parametrize("text, where, published, name", CASES, ids=[f"{c[1][0]}: {c[0][:40]}" for c in CASES])
def test_reference_resolves(nlp, text, where, published, name):
    doc = nlp(text)
    span = _span(doc, *where)
    mention = ActorResolver(doc, dt.date.fromisoformat(published) if published else None).resolve(span)
    assert mention is not None
    assert mention.name == name
    assert (mention.text, mention.start, mention.end) == (where[0], span.start_char, span.end_char)


def test_pronoun_carries_antecedent_codes(nlp):
    text = "Ukrainian President Volodymyr Zelenskyy visited Washington. He asked for more weapons."
    doc = nlp(text)
    mention = ActorResolver(doc, dt.date(2025, 2, 28)).resolve(_span(doc, "He"))
    assert (mention.text, mention.name, mention.country, mention.sector, mention.code, mention.kind) == (
        "He", "Volodymyr Zelenskyy", "UKR", "GOV", "UKRGOV", "person")
    assert text[mention.start:mention.end] == "He"


def test_it_is_not_an_actor_without_an_organisation(nlp):
    doc = nlp("It was raining in Kyiv when the talks began.")
    assert ActorResolver(doc, None).resolve(_span(doc, "It")) is None


def test_unresolved_he_is_an_unknown_person(nlp):
    doc = nlp("He said the bridge was closed.")
    mention = ActorResolver(doc, None).resolve(_span(doc, "He"))
    assert (mention.name, mention.country, mention.code, mention.kind) == (None, None, None, "person")


def test_he_and_putin_split(nlp):
    text = "Trump told reporters that he and Putin discussed Iran."
    doc = nlp(text)
    mentions = ActorResolver(doc, dt.date(2025, 7, 3)).resolve_all(_span(doc, "he and Putin"))
    assert [(m.text, m.name, m.code) for m in mentions] == [
        ("he", "Donald Trump", "USAGOV"), ("Putin", "Vladimir Putin", "RUSGOV")]


def test_possessive_pronoun_gives_the_envoy_a_country(nlp):
    text = "Trump said his special envoy would travel to Moscow."
    doc = nlp(text)
    mention = ActorResolver(doc, dt.date(2025, 7, 3)).resolve(_span(doc, "his special envoy"))
    assert (mention.country, mention.sector, mention.code) == ("USA", "GOV", "USAGOV")


QUOTES = [
    ('"We will not retreat," Zelenskyy said on Monday.', ("We", 0), "2025-03-03",
     ("Ukraine", "UKR", "GOV", "group")),
    ('"I am ready to meet," Putin told reporters.', ("I", 0), "2025-03-03",
     ("Vladimir Putin", "RUS", "GOV", "person")),
    # a quotation with no speaker of its own continues the one before
    ('Trump denied the report. "We haven\'t," he said. "We are giving weapons to them."', ("We", 1),
     "2025-07-03", ("United States", "USA", "GOV", "group")),
    # no speaker: an unknown group
    ('The banner read: "We want peace."', ("We", 0), None, (None, None, None, "group")),
]


@pytest.mark.parametrize("text, where, published, expected", QUOTES, ids=[q[0][:40] for q in QUOTES])
def test_first_person_is_the_speaker(nlp, text, where, published, expected):
    doc = nlp(text)
    span = _span(doc, *where)
    mention = ActorResolver(doc, dt.date.fromisoformat(published) if published else None).resolve(span)
    assert (mention.name, mention.country, mention.sector, mention.kind) == expected
    assert (mention.text, mention.start, mention.end) == (where[0], span.start_char, span.end_char)


def test_the_one_asked_does_the_act(nlp):
    """ "Baghdad asked Washington to withdraw its troops": "its" is Washington's."""
    doc = nlp("Kabul asked Washington to withdraw its troops by the end of the year.")
    span = doc.char_span(doc.text.index("its troops"), doc.text.index("its troops") + len("its troops"))
    assert ActorResolver(doc, None).resolve(span).country == "USA"


def test_the_two_leaders_are_the_heads_of_state_named_before_a_minister():
    import dyad

    text = ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Monday. "
            "Somalia's foreign minister Ahmed Moallim Fiqi said his country had not been consulted. "
            "The two leaders agreed to build a new road link between their countries.")
    events = [e for e in dyad.code(text, published="2024-03-05")["events"] if e["trigger"]["text"] == "agreed"]
    assert events and sorted(m["country"] for m in events[0]["actor"]) == ["ETH", "KEN"]
