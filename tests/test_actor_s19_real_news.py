"""Actor resolution fixes of session 19, from errors on real wire sentences (paraphrased here)."""

import pytest

from actor_lookup import code_of
from helpers import coded_triples


def test_rebels_under_a_foreign_dateline_are_of_the_scene():
    # the dateline's town is where the reporter is, not the rebels' country
    triples = coded_triples("NAIROBI, Kenya (AP) — Militants ambushed the Somali interior minister's convoy "
                            "on Sunday, killing six of his guards, officials said.", "2019-03-04")
    assert ("ASSAULT", "SOM", "SOM") in triples and not any(t[1] == "KEN" for t in triples)


def test_the_dateline_alone_still_says_the_country(nlp):
    assert code_of(nlp, "KABUL (Reuters) - Insurgents attacked a NATO convoy on Monday.", "Insurgents") == "AFGREB"
