"""What a dateline places and what it does not: it says where the reporter is, which is where
a deed told in the story's own words happened in local news; it does not place what a speaker's
quoted words only promise or describe, nor criticism (an act of words) that the parser first read
as an attack. A story without a dateline whose first place is an abbreviation ("U.S.") has none."""

import dyad

PUBLISHED = "2016-05-24"


def _places(text: str) -> dict[str, tuple | None]:
    record = dyad.code(text, published=PUBLISHED)
    return {e["trigger"]["text"]: e["location"] and (e["location"]["name"], e["location"]["country"])
            for e in record["events"]}


def test_quoted_promises_are_not_placed_by_the_dateline():
    text = ('DENVER - Bernie Sanders told supporters on Tuesday that his campaign would go on.\n\n'
            '"We are going to go marching into the convention with real momentum," Sanders said.\n\n'
            '"We have a wall of money to demolish," he added.\n')
    places = _places(text)
    assert places.get("marching") is None
    assert places.get("demolish") is None


def test_a_quoted_report_of_a_deed_done_keeps_the_dateline():
    text = 'KHARKIV - "Russian rockets hit three apartment blocks this morning," the mayor said.\n'
    assert _places(text)["hit"] == ("Kharkiv", "UKR")


def test_criticism_between_politicians_is_not_placed_by_the_dateline():
    text = "RICHMOND, Va. - Hillary Clinton attacked Donald Trump on Thursday.\n"
    record = dyad.code(text, published=PUBLISHED)
    event = next(e for e in record["events"] if e["trigger"]["text"] == "attacked")
    assert event["type"] == "ACCUSE"
    assert event["location"] is None


def test_an_abbreviation_first_named_is_no_dateline():
    text = ("The senator spoke about U.S. trade policy in a statement on Monday.\n\n"
            "Protesters marched outside her office.\n")
    assert _places(text)["marched"] is None


def test_what_is_done_again_and_again_is_not_placed_by_a_later_paragraphs_dateline():
    text = ("SPRINGFIELD, Ill. - Police arrested 12 protesters outside the statehouse on Monday.\n\n"
            "The arrests came after a week of rallies.\n\n"
            "Union members picket the statehouse every week, organisers said.\n")
    record = dyad.code(text, published=PUBLISHED)
    picket = next(e for e in record["events"] if e["trigger"]["text"] == "picket")
    assert picket["location"] is None
    arrested = next(e for e in record["events"] if e["trigger"]["text"] == "arrested")
    assert arrested["location"]["name"] == "Springfield"


def test_a_country_speaking_in_the_sentence_does_not_move_the_scene(nlp):
    # a country as the subject of another clause is a party, not the place of the arrests
    text = ("QUITO, March 3 (Reuters) - Riot police fired tear gas at students outside the national assembly in "
            "Quito on Tuesday.\n\nSoldiers detained about 80 protesters overnight, and Colombia said it would "
            "close its border crossings.")
    assert _places(text)["detained"] == ("Quito", "ECU")


def test_a_place_abroad_in_the_sentence_still_keeps_the_dateline_away(nlp):
    text = ("QUITO, March 3 (Reuters) - Riot police fired tear gas at students outside the national assembly in "
            "Quito on Tuesday.\n\nSoldiers detained about 80 migrants overnight in Colombia, officials said.")
    assert _places(text)["detained"][1] == "COL"
