"""Known people under the spellings English news uses (issue 6): initials run together ("A.K.
Antony" for the KB's "A. K. Antony") and letters with no accent to drop written plain ("Lech
Walesa" for "Lech Wałęsa")."""

import pytest

from actor_lookup import mention_of


@pytest.mark.parametrize("text, phrase, name, code", [
    ("Defence Minister A.K. Antony said on Monday India would not be provoked.", "A.K. Antony", "A. K. Antony", "IND"),
    ("S.M. Krishna told reporters in New Delhi that talks with Pakistan would resume.", "S.M. Krishna",
     "S. M. Krishna", "IND"),
    ("Indonesian President B.J. Habibie promised free elections next year.", "B.J. Habibie", "B. J. Habibie", "IDN"),
    ("Polish President Lech Walesa vetoed the abortion bill on Friday.", "Lech Walesa", "Lech Wałęsa", "POL"),
    ("Syrian Foreign Minister Walid al-Moualem rejected the Arab League plan.", "Walid al-Moualem", "Walid Muallem",
     "SYR"),
])
def test_a_known_person_under_another_spelling(nlp, text, phrase, name, code):
    mention = mention_of(nlp, text, phrase)
    assert (mention.name, mention.country) == (name, code)
