"""Actor resolution fixes of session 17 (issue 6): militias and gangs that a "pro-" modifier puts
on a government's side are CAMEO's pro-government militia (PRM) of the country whose government
they back; against it they stay rebels."""

import pytest

from actor_lookup import mention_of


@pytest.mark.parametrize("text, phrase, code", [
    ("Pro-government militias burned three villages in Darfur on Monday, witnesses said.",
     "Pro-government militias", "SDNPRM"),
    ("Pro-Syrian militiamen shelled a refugee camp near Tripoli in northern Lebanon on Sunday.",
     "Pro-Syrian militiamen", "SYRPRM"),
    ("Armed pro-government gangs attacked opposition supporters in Caracas on Sunday.",
     "Armed pro-government gangs", "VENPRM"),
])
def test_pro_government_militias(nlp, text, phrase, code):
    mention = mention_of(nlp, text, phrase)
    assert mention is not None and mention.code == code


def test_anti_government_militias_stay_rebels(nlp):
    mention = mention_of(nlp, "Anti-government militias seized the town of Bor in South Sudan on Friday.",
                         "Anti-government militias")
    assert mention is not None and mention.code == "SSDREB"
