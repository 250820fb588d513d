"""Bodies the actor lexicon lacked (session 16, issue 6): an "international" court or tribunal is
set up by states together (IGO JUD), not the court of the country it sits in; a peacekeeping
mission or force is its body's soldiers (IGO MIL for the UN's); a supertanker is its owner's
(BUS)."""

import pytest

from actor_lookup import mention_of


@pytest.mark.parametrize("text, phrase, code", [
    ("Manila welcomed a ruling by an international tribunal in The Hague on the disputed reef.",
     "an international tribunal", "IGOJUD"),
    ("An international court in Freetown sentenced the former rebel leader to 50 years.",
     "An international court", "IGOJUD"),
    ("Gunmen ambushed a U.N. peacekeeping mission near Gao on Sunday, killing two soldiers.",
     "a U.N. peacekeeping mission", "IGOMIL"),
    ("Somali pirates hijacked a Greek-owned supertanker in the Arabian Sea on Monday.",
     "a Greek-owned supertanker", "GRCBUS"),
])
def test_bodies(nlp, text, phrase, code):
    mention = mention_of(nlp, text, phrase)
    assert mention is not None and mention.code == code


def test_a_national_court_keeps_its_country(nlp):
    mention = mention_of(nlp, "Kenya's Supreme Court annulled the presidential election on Friday.",
                         "Kenya's Supreme Court")
    assert mention is not None and mention.code == "KENJUD"
