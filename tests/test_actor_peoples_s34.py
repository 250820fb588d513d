"""Peoples and people of older wire copy: Hutu and Tutsi fighters are of Rwanda or Burundi,
whichever the story names; Panama's and the Soviet army's commanders of the 1980s."""

from actor_lookup import code_of as code


def test_hutu_rebels_are_of_the_state_the_story_names(nlp):
    text = "Rwanda vowed on Monday to send its troops into eastern Congo to hunt down Hutu rebels hiding in the forests."
    assert code(nlp, text, "Hutu rebels") == "RWAREB"
    text = "Burundi's army said on Sunday that Hutu rebels had attacked a camp near Bujumbura."
    assert code(nlp, text, "Hutu rebels") == "BDIREB"


def test_commanders_of_the_1980s(nlp):
    text = "American troops hunted for General Manuel Antonio Noriega in Panama City on Thursday."
    assert code(nlp, text, "General Manuel Antonio Noriega") == "PANMIL"
    text = "General Boris Gromov said on Tuesday that the withdrawal from Afghanistan was on schedule."
    assert code(nlp, text, "General Boris Gromov") == "RUSMIL"
