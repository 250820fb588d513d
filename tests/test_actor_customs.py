"""A nationality before a noun of custom or style ("a traditional Afghan way of seeking
forgiveness") names a culture, not the country of the story: a titled officer the sentence
gives no other country stays without one (issue 6)."""

from actor_lookup import code_of, mention_of


def test_a_custom_gives_no_country(nlp):
    text = ("On Friday, Rear Admiral John Harris tried to make amends by giving the family of the dead farmer "
            "three goats, a traditional Afghan way of seeking forgiveness.")
    mention = mention_of(nlp, text, "Rear Admiral John Harris")
    assert (mention.country, mention.sector) == (None, "MIL")


def test_a_nationality_of_a_party_still_does(nlp):
    text = "Brigadier General Ahmad Khan said the Afghan government would rebuild the bridge by the spring."
    assert code_of(nlp, text, "Brigadier General Ahmad Khan") == "AFGMIL"
