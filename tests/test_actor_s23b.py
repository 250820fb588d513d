"""Actor resolution fixes of session 23's second round (issue 6)."""

import pytest

from actor_lookup import code_of


def _codes(nlp, text, phrase):
    from dyad.extract.actors import ActorResolver

    doc = nlp(text)
    start = text.index(phrase)
    return [m.code for m in ActorResolver(doc, None).resolve_all(doc.char_span(start, start + len(phrase)))]


@pytest.mark.parametrize("text, phrase, codes", [
    # leaders "in" two countries are each country's, as leaders "of" them are
    ("Senior officials in Vietnam and Cambodia pledged on Monday to settle their fishing dispute.",
     "Senior officials in Vietnam and Cambodia", ["VNMGOV", "KHMGOV"]),
    ("Lawmakers in Peru and Chile condemned the border incident.", "Lawmakers in Peru and Chile", ["PERLEG", "CHLLEG"]),
    # the event coder cuts the phrase before its "in": the same two sides
    ("Senior officials in Vietnam and Cambodia pledged on Monday to settle their fishing dispute.",
     "Senior officials", ["VNMGOV", "KHMGOV"]),
    # a nationality of the noun's own says whose they are; "in" then says only where
    ("German soldiers in Mali and Niger will come home by the end of the year.",
     "German soldiers in Mali and Niger", ["DEUMIL"]),
])
def test_role_noun_in_two_countries(nlp, text, phrase, codes):
    assert _codes(nlp, text, phrase) == codes


@pytest.mark.parametrize("text, phrase, code", [
    # a meeting's venue hosts the sides and says nothing of whose they are
    ("The government and the rebels said on Monday they would meet next month in Norway to resume talks.",
     "The government", None),
    ("The junta and the opposition alliance will hold a first round of talks in Geneva on Friday.",
     "The junta", None),
    # the story's own country still counts
    ("Kenya's government and striking doctors will meet in Nairobi on Friday.", "Kenya's government", "KENGOV"),
])
def test_a_venue_is_no_side_country(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


@pytest.mark.parametrize("text, phrase, code", [
    # a state's national security council is its government's, named in full or generically
    ("Pakistan's national security council met on Sunday after the border clash.", "Pakistan's national security council",
     "PAKGOV"),
    ("Armenia's Security and Defence Council ordered a partial mobilisation.", "Armenia's Security and Defence Council",
     "ARMGOV"),
    # the shared name is another country's when the phrase says whose, else still America's
    ("Turkey's National Security Council recommended extending the state of emergency.",
     "Turkey's National Security Council", "TURGOV"),
    ("The National Security Council met at the White House to weigh new sanctions.", "The National Security Council",
     "USAGOV"),
    # the UN's Security Council is no state's
    ("The Security Council voted to extend the peacekeeping mission in Haiti.", "The Security Council", "IGO"),
])
def test_national_security_councils(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code
