"""Session 46: where events happened (words reported where they were spoken; "the capital" after a
meeting abroad)."""

import pytest

import dyad
from helpers import place_name


def _place(text: str, trigger: str, published: str = "2016-09-14") -> str | None:
    return place_name(text, trigger, published)


@pytest.mark.parametrize("text, trigger, expected", [
    # what a speaker says his side will not do is placed where the speaking was: a fronted "In X,"
    ("LIMA, Sept 14 (Reuters) - Peru's navy seized two Chilean trawlers off its coast on Tuesday. In Santiago, "
     "Foreign Minister Jorge Vidal said Chile would not accept the seizure.", "accept", "Santiago"),
    # ... "said in X that ..."
    ("KABUL, Sept 14 (Reuters) - Taliban fighters attacked a police post in Ghazni on Tuesday. A State "
     "Department spokesman said in Washington that the United States would not negotiate with the group.",
     "negotiate", "Washington"),
    # ... "told reporters in X that he had ..."
    ("OSLO, Sept 14 (Reuters) - The premier told reporters in Bergen that she had accepted the minister's "
     "resignation.", "accepted", "Bergen"),
    # a verb the parser hangs on the reported clause is still the speaker's own, said where he spoke
    ("HANOI, Sept 14 (Reuters) - Vietnam protested on Tuesday. In Beijing, a foreign ministry spokesman said "
     "the boats were fishing legally and rejected Hanoi's protest.", "rejected", "Beijing"),
])
def test_what_a_speaker_says_his_side_will_do_is_placed_where_he_spoke(nlp, text, trigger, expected):
    assert _place(text, trigger) == expected


def test_a_deed_of_others_reported_from_a_town_is_not_placed_there(nlp):
    # gunmen's attack told by a spokesman in Kandahar was not done in Kandahar
    text = ("ISLAMABAD, Sept 14 (Reuters) - Pakistan closed a border crossing on Tuesday. An Afghan police "
            "spokesman said in Kandahar that gunmen had attacked a checkpoint.")
    assert _place(text, "attacked") != "Kandahar"


@pytest.mark.parametrize("text, trigger, expected", [
    # "the capital" after a town abroad where leaders met is still the dateline's country's capital
    ("DAKAR, Sept 14 (Reuters) - Senegal's opposition said on Sunday it would boycott the vote, two days after "
     "regional leaders meeting in Accra urged a dialogue. Hundreds of students marched near the capital on "
     "Friday.", "marched", "Dakar"),
    ("LUSAKA, Sept 14 (Reuters) - Ministers at a summit in Pretoria on Tuesday criticised Zambia's president, "
     "days after soldiers fired on protesters in the capital.", "fired", "Lusaka"),
])
def test_the_capital_after_a_meeting_abroad_is_the_datelines(nlp, text, trigger, expected):
    assert _place(text, trigger) == expected


def test_the_capital_after_a_scene_abroad_is_that_countrys(nlp):
    # a town abroad named as a scene, not a meeting, still gives "the capital" its country
    text = ("NAIROBI, Sept 14 (Reuters) - Ugandan police fired tear gas at protesters in Kampala on Tuesday, and "
            "soldiers later arrested two opposition leaders in the capital.")
    assert _place(text, "arrested") == "Kampala"


def test_the_old_town_is_a_quarter_of_the_storys_town(nlp):
    # "the Old Town" is an alternate name of Las Vegas in GeoNames; here the quarter of Vilnius
    text = ("Police in the Lithuanian capital, Vilnius, fired rubber bullets last night at youths who smashed "
            "windows and looted shops in the Old Town after a rally against spending cuts.")
    record = dyad.code(text, published="2016-09-14")
    event = next(e for e in record["events"] if e["trigger"]["text"] == "fired")
    assert event["location"]["name"] == "Vilnius"
    assert {m["country"] for m in event["recipient"]} <= {"LTU", None}
