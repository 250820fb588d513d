"""Actor mentions that came out with another country or sector (session 42): a body or role
noun owned by a country as an event's object ("accused Venezuela's government") was read as the
country alone, and police acting on foreigners whose own words name them ("freed three French
tourists") took the foreigners' country."""

import dyad
import pytest


def parties(text: str, trigger: str, side: str) -> list[tuple[str | None, str | None]]:
    events = dyad.code(text, published="2019-06-12")["events"]
    found = [e for e in events if e["trigger"]["text"] == trigger]
    assert found, [e["trigger"]["text"] for e in events]
    return [(m["country"], m["sector"]) for m in found[0][side]]


# -- a possessive country before a body or role noun: the country and the noun's sector, as object

@pytest.mark.parametrize("text, trigger, expected", [
    ("The opposition accused Bolivia's government of rigging the count.", "accused", ("BOL", "GOV")),
    ("Insurgents ambushed Mali's army near the border on Tuesday.", "ambushed", ("MLI", "MIL")),
    ("Officers detained Zambia's police chief at the airport.", "detained", ("ZMB", "COP")),
    ("The tribunal sentenced Peru's former president to ten years in prison.", "sentenced", ("PER", "ELI")),
    ("Washington criticised Iran's foreign ministry over the arrests.", "criticised", ("IRN", "GOV")),
])
def test_possessed_body_as_object(text, trigger, expected):
    assert parties(text, trigger, "recipient") == [expected]


@pytest.mark.parametrize("text, trigger, expected", [
    ("Ghana's parliament rejected the budget on Monday.", "rejected", ("GHA", "LEG")),
    ("Chile's navy intercepted a fishing boat off the coast.", "intercepted", ("CHL", "MIL")),
])
def test_possessed_body_as_subject_stays(text, trigger, expected):
    assert parties(text, trigger, "actor") == [expected]


@pytest.mark.parametrize("text, trigger, expected", [
    # a thing the country owns still stands for the country
    ("Ottawa rejected Norway's proposal on fishing quotas.", "rejected", ("NOR", None)),
    ("Seoul condemned Pyongyang's missile launch.", "condemned", ("PRK", "GOV")),
])
def test_possessed_thing_stays_the_owner(text, trigger, expected):
    assert parties(text, trigger, "recipient") == [expected]


# -- police acting on foreigners named as such take no country from them

@pytest.mark.parametrize("text, trigger", [
    ("Police arrested three French tourists on Monday.", "arrested"),
    ("Police detained two Kenyans at a roadblock.", "detained"),
    ("Two Danish tourists were abducted on Monday. Police freed them on Wednesday.", "freed"),
])
def test_police_take_no_country_from_foreigners(text, trigger):
    assert parties(text, trigger, "actor") == [(None, "COP")]


@pytest.mark.parametrize("text, trigger, expected", [
    # a crowd marches at home: the police facing it are of its country
    ("Police fired tear gas at Kenyan protesters on Monday.", "fired", ("KEN", "COP")),
    ("Venezuelan demonstrators marched on Monday. Police dispersed them with water cannon.", "dispersed", ("VEN", "COP")),
    # a nationality on the police themselves
    ("Ugandan police arrested two Kenyans on Monday.", "arrested", ("UGA", "COP")),
])
def test_police_of_a_crowd_or_named_keep_their_country(text, trigger, expected):
    assert parties(text, trigger, "actor") == [expected]


def test_people_facing_their_parliament_stay_domestic():
    assert parties("Ghanaians demonstrated outside parliament on Monday.", "demonstrated", "recipient") == [("GHA", "LEG")]


# -- a list of sides the parser hangs on the last side's name: "Serbian and Kosovo Albanian negotiators"

def test_list_hung_on_the_last_sides_name():
    text = "Serbian and Kosovo Albanian officials met face to face in Geneva on Tuesday."
    events = dyad.code(text, published="2006-03-14")["events"]
    met = [e for e in events if e["trigger"]["text"] == "met"][0]
    assert sorted((m["country"], m["sector"]) for m in met["actor"]) == [("SRB", "GOV"), ("XKX", "GOV")]


def test_list_of_plain_nationalities_stays():
    events = dyad.code("Egyptian and Sudanese negotiators met in Khartoum on Tuesday.", published="2019-06-12")["events"]
    met = [e for e in events if e["trigger"]["text"] == "met"][0]
    sides = met["actor"] + met["recipient"]  # the host may be the recipient
    assert sorted((m["country"], m["sector"]) for m in sides) == [("EGY", "GOV"), ("SDN", "GOV")]


def test_pronoun_owner_of_a_body_noun_stays():
    events = dyad.code("The OSCE said on Monday it would close its mission in Georgia.", published="2009-06-12")["events"]
    close = [e for e in events if e["trigger"]["text"] == "close"]
    assert close and all(m["text"] != "its mission" for m in close[0]["recipient"])


def test_a_persons_party_as_object_stands_for_the_person():
    # the possessor is a person, not a state: "conservatives" alone has no country
    events = dyad.code("Members of the Social Democrats voted on Sunday to back a coalition with Chancellor "
                       "Angela Merkel's conservatives.", published="2018-03-05")["events"]
    support = next(e for e in events if e["type"] == "SUPPORT")
    assert [m["country"] for m in support["recipient"]] == ["DEU"]
