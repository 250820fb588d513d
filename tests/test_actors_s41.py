"""Actor mentions that came out with another country or sector (session 41): a named body whose
own words are a country's party or a military rank ("Argentina's General Confederation of
Labour" was Britain's army), and unnamed doers who took the nationality of the private people
they act on ("Militants seized three Britons" gave British militants)."""

import dyad
import pytest

from actor_lookup import code_of


def actors(text: str) -> list[tuple[str | None, str | None]]:
    events = dyad.code(text, published="2019-06-12")["events"]
    assert events
    return [(m["country"], m["sector"]) for e in events for m in e["actor"]]


# -- a body's own words: "Labour" after its "of" is no British party, "General" before it no rank

@pytest.mark.parametrize("text, expected", [
    ("Brazil's General Confederation of Labour staged a nationwide strike on Thursday.", ("BRA", "LAB")),
    ("The Confederation of Labour in Chile accused the government of betraying workers.", ("CHL", "LAB")),
    ("Albania's Party of Labour expelled three dissidents on Friday.", ("ALB", "PTY")),
])
def test_a_named_body_is_not_what_its_inner_words_name(text, expected):
    assert actors(text) == [expected]


def test_a_party_and_a_titled_person_named_alone_keep_their_reading():
    assert actors("Labour accused the government of lying about the deficit.") == [("GBR", "PTY")]
    assert ("JOR", "GOV") in actors("King Abdullah of Jordan met the Israeli prime minister on Sunday.")


# -- a doer is not of the nationality of the private people he acts on

@pytest.mark.parametrize("text, sector", [
    ("Militants kidnapped three Britons on Tuesday.", "REB"),
    ("Three Britons were kidnapped by militants on Tuesday.", "REB"),
    ("Kidnappers seized two German tourists on Saturday.", "CRM"),
    ("Pirates hijacked a Greek tanker on Monday.", "CRM"),
])
def test_unnamed_doers_do_not_take_their_victims_nationality(text, sector):
    assert actors(text) == [(None, sector)]


def test_a_place_still_names_the_doers_country():
    # the victim's nationality does not count, the town does
    assert actors("Gunmen shot dead a Mexican reporter outside his home in Culiacan on Monday.") == [("MEX", "UAF")]
    assert actors("Pirates hijacked a Greek tanker off Somalia.") == [("SOM", "CRM")]


# -- knowledge and context words the blind coders' marks showed missing

def recipients(text: str, published: str = "2019-06-12") -> list[tuple[str | None, str | None]]:
    events = dyad.code(text, published=published)["events"]
    assert events
    return [(m["country"], m["sector"]) for e in events for m in e["recipient"]]


@pytest.mark.parametrize("text, phrase, code", [
    ("Rioters looted shops owned by ethnic Chinese across Jakarta on Thursday.", "Rioters", "IDNCVL"),
    ("Mobs attacked homes of ethnic Serbs in Pristina overnight.", "Mobs", "XKXCVL"),
])
def test_a_people_called_ethnic_is_no_story_of_its_namesake_state(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


def test_a_nationality_without_ethnic_still_names_the_country(nlp):
    assert code_of(nlp, "Rioters looted shops owned by Chinese traders on Thursday.", "Rioters") == "CHNCVL"


@pytest.mark.parametrize("text, expected", [
    ("Russia freed U.S. basketball star Brittney Griner in a prisoner swap.", ("USA", "CVL")),
    ("The U.S. Commerce Department added Huawei Technologies to a trade blacklist.", ("CHN", "BUS")),
])
def test_athletes_and_companies_by_their_full_names(text, expected):
    assert recipients(text) == [expected]


def test_hong_kongs_last_colonial_governor_is_britains():
    events = dyad.code("Governor Chris Patten met Chinese officials in Hong Kong.", published="1997-06-30")["events"]
    assert ("GBR", "GOV") in [(m["country"], m["sector"]) for e in events for m in e["actor"]]


def test_a_place_naming_the_victims_property_is_not_their_nationality():
    # "the Tunis bureau": where the bureau is, which still names the police's country
    text = "Police raided the Tunis bureau of Al Jazeera television on Monday."
    assert actors(text)[0] == ("TUN", "COP")
