"""A town or city that a material act or a threat of one is done to stands for its people (CVL),
as PLOVER coders code it; a country keeps no sector, and a capital in an act of words is its government."""

import dyad


def recipient_codes(text, published="2024-03-12"):
    return {e["trigger"]["text"]: [m["code"] for m in e["recipient"]] for e in dyad.code(text, published=published)["events"]}


def test_a_shelled_city_is_its_people():
    assert recipient_codes("Russian forces shelled Kharkiv on Monday.")["shelled"] == ["UKRCVL"]


def test_a_bombed_capital_is_its_people_not_its_government():
    assert recipient_codes("Russian jets bombed Kyiv overnight.")["bombed"] == ["UKRCVL"]


def test_a_part_of_a_bombed_capital_is_its_people():
    # "west Beirut", "central Sarajevo": a quarter of the capital is still where its people live
    assert recipient_codes("Druze gunners shelled west Beirut overnight.", "1986-02-03")["shelled"] == ["LBNCVL"]
    assert recipient_codes("Serb artillery pounded central Sarajevo on Friday.", "1994-01-22")["pounded"] == ["BIHCVL"]


def test_a_threatened_city_is_its_people():
    assert recipient_codes("North Korea threatened to strike Seoul with missiles.")["threatened"] == ["KORCVL"]


def test_an_invaded_country_keeps_no_sector():
    assert recipient_codes("Russia invaded Ukraine in February.")["invaded"] == ["UKR"]


def test_a_capital_accused_is_its_government():
    assert recipient_codes("Kyiv accused Moscow of war crimes on Monday.")["accused"] == ["RUSGOV"]


def test_the_reporter_s_town_is_no_target_of_a_deed_aimed_at_no_one_named():
    # the dateline places the attack; what it was aimed at is the country, not Kabul's people
    record = dyad.code("KABUL (Reuters) - Taliban fighters attacked a checkpoint on Monday, police said.",
                       published="2024-03-12")
    attack = next(e for e in record["events"] if e["trigger"]["text"] == "attacked")
    assert [(m["code"], m["name"]) for m in attack["recipient"]] == [("AFG", "Afghanistan")]
