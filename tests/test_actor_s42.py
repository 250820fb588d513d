"""Actor classes fresh blind text got wrong (session 42): a state's body noun beside the other
side's name that the parser hung on that side's plural noun as a compound, with no conjunct
("Senegal's government and Casamance Democratic Forces Movement rebels"), is two actors."""

import pytest


@pytest.mark.parametrize("text, phrase, expected", [
    ("Senegal's government and Casamance Democratic Forces Movement rebels reached a truce in Dakar on Sunday.",
     "Senegal's government and Casamance Democratic Forces Movement rebels", ["SENGOV", "SENREB"]),
    ("Indonesia's government and Free Aceh Movement rebels signed an accord on Monday.",
     "Indonesia's government and Free Aceh Movement rebels", ["IDNGOV", "IDNREB"]),
])
def test_state_body_beside_a_named_side(nlp, text, phrase, expected):
    from dyad.extract.actors import ActorResolver
    from dyad.extract.phrases import noun_phrase

    doc = nlp(text)
    start = text.index(phrase)
    words = doc.char_span(start, start + len(phrase))
    found = ActorResolver(doc, None).resolve_all(noun_phrase(words.root))
    assert [m.code for m in found] == expected

