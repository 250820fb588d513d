"""A state's forces bomb from the air (ASSAULT aerial, CAMEO 195); anyone else bombs with
explosives set off on the ground (ASSAULT explosives, CAMEO 183)."""

import pytest

import dyad


@pytest.mark.parametrize("text, mode, cameo", [
    ("Separatists bombed a police post in Bilbao on Saturday.", "explosives", "183"),
    ("Two men bombed a synagogue in the city centre, police said.", "explosives", "183"),
    ("Militants bombed a bus station in Quetta on Monday.", "explosives", "183"),
    ("Israeli jets bombed targets in Gaza on Monday.", "aerial", "195"),
    ("NATO bombed Serb positions near Sarajevo on Wednesday.", "aerial", "195"),
])
def test_who_bombs_says_how(text, mode, cameo):
    event = dyad.code(text, published="1995-08-31")["events"][0]
    assert (event["type"], event["mode"], event["cameo"]) == ("ASSAULT", mode, cameo)
