"""A people's armed men within another country ("Bosnian Serb forces", "Croatian Serb gunners")
are rebels of that country, as "ethnic Armenian forces" are and as the blind sets' coders mark
them; a nationality of origin ("Greek Cypriot forces": Cyprus's) and a state's own forces stay MIL."""

import pytest

from actor_lookup import code_of as code


@pytest.mark.parametrize("text, phrase, expected", [
    ("Bosnian Serb gunners shelled the town of Bihac overnight, U.N. officials in Zagreb said.",
     "Bosnian Serb gunners", "BIHREB"),
    ("Croatian Serb forces fired rockets at Zagreb on Tuesday.", "Croatian Serb forces", "HRVREB"),
    ("Greek Cypriot forces held an exercise near the buffer zone on Monday.", "Greek Cypriot forces", "CYPMIL"),
    ("Bosnian government forces attacked Serb positions around Sarajevo.", "Bosnian government forces", "BIHMIL"),
])
def test_minority_forces(nlp, text, phrase, expected):
    assert code(nlp, text, phrase) == expected
