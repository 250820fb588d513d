"""Event coding fixes of session 25, each from a construction met in real news, in sentences
written for dyad."""

import pytest

from helpers import types_by_trigger

PUBLISHED = "2024-05-06"


def test_an_infinitives_object_is_not_the_object_of_a_verb_with_its_own(nlp):
    # the force is what the president asked for, not what he used
    found = types_by_trigger("The new president of Somalia used a rare appearance before the Security Council on "
                             "Friday to request an international peacekeeping force.", PUBLISHED)
    assert "used" not in found
    assert found.get("request", (None,))[0] == "REQUEST"


@pytest.mark.parametrize("text", [
    "The army used force to disperse the crowd on Friday.",
    "Police used force against the strikers on Monday.",
])
def test_force_used_is_still_an_assault(nlp, text):
    assert "ASSAULT" in {type_ for type_, _ in types_by_trigger(text, PUBLISHED).values()}
