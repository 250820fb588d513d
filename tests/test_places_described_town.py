""""The port city", "the northern town", "the besieged city": a town told again by what it is
like is the town named before it, as "the city" is, even under a dateline of another town;
"the nearby town" or "the largest city" is not, nor is "the regional capital" the country's capital."""

import dyad


def _places(text, published="2021-05-12"):
    return {e["trigger"]["text"]: e["location"] for e in dyad.code(text, published=published)["events"]}


LEAD = ("NAIROBI, May 12 (Reuters) - Gunmen attacked a police station in Mombasa on Tuesday, killing four "
        "officers, police said.\n\n")


def test_the_port_city_is_the_town_named_before(nlp):
    place = _places(LEAD + "Police detained dozens of suspects overnight in a slum on the edge of the port city.")["detained"]
    assert place["name"] == "Mombasa"
    assert place["text"] == "the port city"


def test_a_town_described_by_its_compass_point(nlp):
    place = _places(LEAD + "Soldiers raided homes in the coastal city overnight.")["raided"]
    assert place["name"] == "Mombasa"


def test_the_nearby_town_is_another_town(nlp):
    place = _places(LEAD + "Police detained dozens of suspects overnight in the nearby town.")["detained"]
    assert place is None or place["name"] != "Mombasa"


def test_the_regional_capital_is_not_the_country_s_capital(nlp):
    text = ("ADDIS ABABA, May 12 (Reuters) - Gunmen attacked a police station in Gondar on Tuesday.\n\n"
            "Police detained dozens of suspects in the regional capital overnight.")
    place = _places(text)["detained"]
    assert place is None or place["name"] != "Addis Ababa" or place["text"] != "the regional capital"


def test_a_described_village_the_gazetteer_lacks_is_not_the_dateline(nlp):
    text = ("HONG KONG (AFP) - Hundreds of villagers in Xiaolingtou in southern China marched on Wednesday, "
            "defying a police cordon around the fishing village.\n\nPolice detained three men in the "
            "fishing village on Tuesday.")
    place = _places(text, "2012-03-07")["detained"]
    assert place is None or place["country"] == "CHN"
