"""Fighters named by the ruler they fight are of his country, as those loyal to him are."""

from actor_lookup import code_of as code


def test_rebels_opposed_to_a_ruler(nlp):
    text = ("Turkish jets struck targets near the city of Idlib on Friday that Russian officials said were held by "
            "rebels opposed to President Bashar al-Assad.")
    assert code(nlp, text, "rebels opposed to President Bashar al-Assad") == "SYRREB"


def test_forces_loyal_to_a_ruler(nlp):
    text = "Forces loyal to President Laurent Gbagbo shelled a district of Abidjan, French officials said."
    assert code(nlp, text, "Forces loyal to President Laurent Gbagbo") == "CIVMIL"
