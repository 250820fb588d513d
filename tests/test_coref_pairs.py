"""'The two sides', 'both groups', 'the two men': a definite plural that counts two parties
refers back to the last two of its kind named before it, one actor each."""

import pytest

import dyad


def _actors(text: str, trigger: str) -> list[tuple[str, str | None]]:
    events = [e for e in dyad.code(text, published="2025-05-19")["events"] if e["trigger"]["text"] == trigger]
    assert events, f"no event on {trigger!r}"
    return sorted({(m["text"], m["code"]) for e in events for m in e["actor"]})


@pytest.mark.parametrize("text, trigger, phrase, codes", [
    # parties named by coordinated adjectives: each is a side
    ("Ukrainian and Russian delegations met in Istanbul on Monday. The talks lasted just over an hour. "
     "The two sides agreed to meet again this week, a Ukrainian negotiator said.",
     "agreed", "The two sides", ["RUS", "UKR"]),
    ("Indian and Pakistani troops exchanged fire along the Line of Control on Friday. "
     "Both sides accused each other of violating the ceasefire.",
     "accused", "Both sides", ["INDMIL", "PAKMIL"]),
    # the city they met in is no party
    ("Israeli and Palestinian negotiators met in Cairo on Sunday. Both delegations condemned the attack in Hebron.",
     "condemned", "Both delegations", ["ISRGOV", "PSEGOV"]),
    # a state's army and a militia of the same country are two sides
    ("Sudan's army and the Rapid Support Forces have fought since April. "
     "The two armies agreed to a truce in Jeddah on Saturday.",
     "agreed", "The two armies", ["SDNMIL", "SDNREB"]),
    # people
    ("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday. "
     "The two men signed an agreement on energy cooperation.",
     "signed", "The two men", ["CHNGOV", "RUSGOV"]),
    # the rivals, the neighbours, words between
    ("Ethiopia and Eritrea fought a border war two decades ago. The rivals signed a peace deal in 2018.",
     "signed", "The rivals", ["ERI", "ETH"]),
    ("Ethiopia and Eritrea fought a border war two decades ago. The neighbours signed a peace deal in 2018.",
     "signed", "The neighbours", ["ERI", "ETH"]),
    ("Ethiopia and Eritrea fought a war. The two warring sides signed a peace deal in Algiers in 2000.",
     "signed", "The two warring sides", ["ERI", "ETH"]),
])
def test_a_pair_is_the_last_two_parties_named(text, trigger, phrase, codes):
    assert _actors(text, trigger) == sorted((phrase, c) for c in codes)


def test_two_unnamed_people_are_no_pair():
    text = "Two men were arrested in Nairobi on Friday after a robbery, Kenyan police said."
    events = dyad.code(text, published="2025-05-19")["events"]
    assert [m["code"] for e in events for m in e["recipient"]] == ["KENCVL"]


def test_a_pair_does_not_reach_past_a_paragraph_naming_others():
    text = ("India and Pakistan exchanged fire on Friday.\n\n"
            "Chinese Foreign Minister Wang Yi urged restraint and Russia offered to mediate.\n\n"
            "The two countries agreed to talks on Sunday.")
    events = dyad.code(text, published="2025-05-19")["events"]
    assert not any(m["country"] == "RUS" for e in events if e["trigger"]["text"] == "agreed" for m in e["actor"])
    # with only the pair's own people named between, it does
    text = ("India and Pakistan exchanged fire on Friday.\n\n"
            "Indian Prime Minister Narendra Modi said the army would respond.\n\n"
            "The two countries agreed to talks on Sunday.")
    assert _actors(text, "agreed") == [("The two countries", "IND"), ("The two countries", "PAK")]


def test_whoever_acts_on_the_pair_is_neither_side(nlp):
    from dyad.extract.actors import ActorResolver

    text = ("Israeli troops and Hamas fighters clashed in Gaza on Sunday. "
            "Egyptian officials said they had spoken to both sides in an effort to free hostages.")
    doc = nlp(text)
    start = text.index("both sides")
    span = doc.char_span(start, start + len("both sides"))
    mentions = ActorResolver(doc, None).resolve_all(span)
    assert [m.code for m in mentions] == ["ISRMIL", "PSEREB"]


def test_a_pronoun_no_one_was_named_for_acts_on_no_side():
    """An "it" that refers to no one named (here a story's first sentence) is no side of the
    pair it calls on; coding such a story failed on it."""
    text = ("It called on the two countries to show restraint. "
            "Police arrested five protesters in Lagos on Monday.")
    events = dyad.code(text, published="2025-05-19")["events"]
    assert [(e["type"], e["trigger"]["text"]) for e in events] == [("COERCE", "arrested")]
