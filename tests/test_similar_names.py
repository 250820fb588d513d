"""The quick test of near-miss spellings answers as SequenceMatcher's ratio does."""

from difflib import SequenceMatcher

import pytest

from dyad.lexicon.actors.knowledge import _similar

PAIRS = [("gbagbo", "gbago"), ("bouteflika", "bouteflicka"), ("walesa", "wałęsa"), ("muallem", "moualem"),
         ("qureshi", "quraishi"), ("netanyahu", "nasrallah"), ("abbas", "assad"), ("zelenskyy", "zelensky"),
         ("kim", "kin"), ("", "putin")]


@pytest.mark.parametrize("threshold", [0.8, 0.85])
@pytest.mark.parametrize("a,b", PAIRS)
def test_same_answer_as_the_ratio(a, b, threshold):
    assert _similar(a, b, threshold) == (SequenceMatcher(None, a, b).ratio() >= threshold)
