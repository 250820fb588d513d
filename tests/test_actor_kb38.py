"""Knowledge the blind sets' coders code one way in every set that names it: the Polisario Front
as Morocco's rebels (CAMEO codes a movement by the state it fights, and has no code of its own
for Western Sahara), the Zapatistas' English name, Jewish settlers as Israel's civilians wherever
they live, and a ruling coalition as the government."""

import pytest

from actor_lookup import code_of as code


@pytest.mark.parametrize("text, phrase, expected", [
    ("The Polisario Front said on Tuesday it would resume its armed struggle after Moroccan troops moved "
     "into a buffer zone.", "The Polisario Front", "MARREB"),
    ("Fighters of the Zapatista National Liberation Army blocked roads around two towns in Chiapas on Monday.",
     "the Zapatista National Liberation Army", "MEXREB"),
    ("Jewish settlers set fire to olive groves near the West Bank village of Burin, Palestinian officials said.",
     "Jewish settlers", "ISRCVL"),
    ("Kenya's ruling coalition expelled two senators on Wednesday for voting against the budget.",
     "Kenya's ruling coalition", "KENGOV"),
])
def test_kb38(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected
