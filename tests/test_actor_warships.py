"""A warship named by its class noun and its name is its navy's ('the U.S. destroyer X')."""

from actor_lookup import code_of as code


def test_named_warships_are_their_navys(nlp):
    text = "Japan refused on Monday to let the U.S. destroyer Fitzgerald dock at Kobe."
    assert code(nlp, text, "the U.S. destroyer Fitzgerald") == "USAMIL"
    text = "The British frigate Montrose warned off three Iranian boats in the Gulf on Wednesday."
    assert code(nlp, text, "The British frigate Montrose") == "GBRMIL"
    text = "The American cruiser Yorktown fired on two Iranian gunboats on Sunday, the Pentagon said."
    assert code(nlp, text, "The American cruiser Yorktown") == "USAMIL"


def test_police_cruiser_stays_police(nlp):
    text = "A Chicago police cruiser struck a pedestrian on Friday night, the city said."
    assert code(nlp, text, "A Chicago police cruiser") == "USACOP"
