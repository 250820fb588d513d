"""Armed men named by a community rather than a state are that state's rebels (issue 6): forces
of a faith or ethnic community of several states ("Moslem forces in east Bosnia", "Shiite
fighters") are rebels of where they are; an ethnic minority's forces ("ethnic Armenian forces
in Nagorno-Karabakh") are rebels, as its guerrillas already were. A state's forces stay MIL."""

import pytest

from actor_lookup import code_of as code


@pytest.mark.parametrize("text, phrase, expected", [
    ("Croat forces shelled Moslem forces in central Bosnia on Thursday, U.N. officials said.",
     "Moslem forces", "BIHREB"),
    ("Muslim fighters attacked a police post near Zamboanga in the southern Philippines.",
     "Muslim fighters", "PHLREB"),
    ("Ethnic Armenian forces in Nagorno-Karabakh shelled Azerbaijani positions overnight.",
     "Ethnic Armenian forces", "AZEREB"),
    ("Sunni fighters seized a police station in Ramadi, Iraqi officials said.", "Sunni fighters", "IRQREB"),
])
def test_community_forces_are_rebels(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    ("Armenian forces shelled Azerbaijani positions overnight.", "Armenian forces", "ARMMIL"),
    ("Muslim leaders in Bosnia condemned the attack on Sunday.", "Muslim leaders", "BIHREL"),
])
def test_state_forces_and_community_leaders_unchanged(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected
