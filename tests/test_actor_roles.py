"""A person's role on the story's date (dyad.lexicon.actors.knowledge Entity.role_at), as the
resolver codes a name."""

import pytest

from actor_lookup import code_of as code


@pytest.mark.parametrize("published, expected", [
    ("2016-08-31", "BRAGOV"),  # the day the Senate removed her: the story of that day still has her in office
    ("2016-09-14", "BRAELI"),  # two weeks on she is a former president
])
def test_an_office_ending_on_the_story_date_still_holds(nlp, published, expected):
    assert code(nlp, "Senators voted to remove Rousseff, who called it a coup.", "Rousseff", published) == expected


@pytest.mark.parametrize("published, expected", [
    ("2009-06-20", "HNDGOV"),  # the knowledge base knows only the month his term ended (2009-06)
    ("2009-07-20", "HNDELI"),
])
def test_an_end_known_to_the_month_holds_through_that_month(nlp, published, expected):
    assert code(nlp, "Manuel Zelaya told supporters in Tegucigalpa that he would not step down.", "Manuel Zelaya",
                published) == expected


@pytest.mark.parametrize("text, phrase, published, expected", [
    # a role the knowledge base lacked, so the person was ELI (after an office) or had no sector
    # (before the first); the text's own title said what the knowledge base did not
    ("Opposition leader Viktor Yushchenko led a rally in Kiev on Sunday.", "Viktor Yushchenko", "2003-09-14",
     "UKROPP"),  # between his premiership and his presidency
    ("Nelson Mandela addressed ANC supporters in Soweto on Saturday.", "Nelson Mandela", "1992-06-20", "ZAFOPP"),
    ("PLO Chairman Yasser Arafat flew to Tunis on Monday.", "PLO Chairman Yasser Arafat", "1991-10-07", "PSEGOV"),
    ("Umaru Yar'Adua opened a new hospital in Katsina.", "Umaru Yar'Adua", "2004-03-01", "NGAGOV"),
    ("Home Minister L.K. Advani visited Srinagar on Friday.", "Home Minister L.K. Advani", "2000-08-04", "INDGOV"),
    ("Peter Cosgrove, the Australian defence chief, arrived in Baghdad.", "Peter Cosgrove", "2003-04-25", "AUSMIL"),
])
def test_roles_the_knowledge_base_lacked(nlp, text, phrase, published, expected):
    assert code(nlp, text, phrase, published) == expected
