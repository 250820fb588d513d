"""Where events happened (session 39): regions news names without the words ISO 3166-2 writes in
their own language ("Liaoning province", not "Liaoning Sheng"), and a nationality after a comma
that says whose someone is, not where the town before it lies ("In Minsk, U.S. officials met")."""

import pytest

from helpers import coded_events


def place_at(text: str, trigger: str, published: str) -> dict | None:
    events = [e for e in coded_events(text, published) if e["trigger"]["text"] == trigger]
    assert events, f"no event at {trigger!r}"
    return events[0]["location"]


# A Chinese province or a South Korean one under a foreign dateline is where the deed was done,
# of its own country: not the reporter's town, and not a region of the dateline's country.
@pytest.mark.parametrize("text, trigger, country, name", [
    ("SEOUL, March 3 (Reuters) - Police in Liaoning province detained two South Korean missionaries "
     "on Tuesday, a church group said.", "detained", "CHN", "Liaoning"),
    ("TAIPEI, May 2 (Reuters) - Authorities in Fujian province seized a Taiwanese fishing boat and "
     "its crew of six on Friday.", "seized", "CHN", "Fujian"),
    ("TOKYO, Oct 9 (Kyodo) - Security officers in Guangxi detained a Japanese trader on Monday, "
     "the foreign ministry said.", "detained", "CHN", "Guangxi"),
    ("PYONGYANG, June 4 (AFP) - Riot police in Gyeonggi province arrested 30 activists who tried to "
     "launch balloons across the border.", "arrested", "KOR", "Gyeonggi"),
])
def test_a_province_named_without_its_native_type_word(text, trigger, country, name):
    place = place_at(text, trigger, "2019-06-01")
    assert place is not None
    assert (place["country"], place["name"]) == (country, name)


# "In Belgrade, U.S. envoy ...": the comma does not make the United States where Belgrade lies
@pytest.mark.parametrize("text, trigger, country, name", [
    ("SARAJEVO, Aug 3 (Reuters) - Bosnian Serb forces shelled the town overnight. In Belgrade, U.S. "
     "envoy Robert Frasure met Serbian President Slobodan Milosevic on Wednesday.", "met", "SRB", "Belgrade"),
    ("KYIV, May 9 (Reuters) - In Paris, Ukrainian ministers signed a defence accord with France on "
     "Thursday.", "signed", "FRA", "Paris"),
    ("TBILISI, July 2 (AFP) - In Moscow, Georgian diplomats held talks with Russian officials on "
     "Tuesday.", "talks", "RUS", "Moscow"),
])
def test_a_nationality_after_the_comma_is_whose_not_where(text, trigger, country, name):
    place = place_at(text, trigger, "2019-06-01")
    assert place is not None
    assert (place["country"], place["name"]) == (country, name)


# A qualifier that ends the name still says where the town lies
def test_a_country_after_the_comma_still_qualifies_the_town():
    place = place_at("Gunmen shot dead two police officers in Valencia, Venezuela, on Friday.", "shot", "2019-06-01")
    assert place is not None
    assert (place["country"], place["name"]) == ("VEN", "Valencia")


# The dateline's own country ("ERBIL, Iraq, ... -") is part of the dateline, not a place the lead's
# sentence names: a state's act on its own ground is still placed at home
@pytest.mark.parametrize("text, trigger, country", [
    ("ERBIL, Iraq, Sept 26 (Xinhua) - Turkey closed its airspace to flights from the region on Sunday.",
     "closed", "TUR"),
    ("OSH, Kyrgyzstan, June 14 (AP) - Tajikistan closed its border on Monday, a government official said.",
     "closed", "TJK"),
    ("GOMA, Congo, May 3 (Reuters) - Rwanda shut its frontier on Tuesday after shells landed near Gisenyi.",
     "shut", "RWA"),
])
def test_the_datelines_country_is_no_place_of_the_lead(text, trigger, country):
    place = place_at(text, trigger, "2017-09-30")
    assert place is not None and place["country"] == country


# "at Baghdad's request": the town that asked, not where the deed was done
@pytest.mark.parametrize("text, trigger, country", [
    ("Jordan closed its airspace to civilian flights on Friday at Washington's request.", "closed", "JOR"),
    ("Oman shut its border with Yemen on Monday at Riyadh's behest, officials said.", "shut", "OMN"),
])
def test_a_town_that_asked_is_no_place(text, trigger, country):
    place = place_at(text, trigger, "2017-09-30")
    assert place is not None and place["country"] == country


# "the capital's Chinatown": a part of the town told again, not a namesake district abroad
@pytest.mark.parametrize("text, trigger, country, name", [
    ("Protesters marched through Lima on Monday. Later, police fired tear gas at crowds in the city's "
     "Chinatown, witnesses said.", "fired", "PER", "Lima"),
    ("Unrest spread across Nukualofa on Thursday. Rioters burned shops in the capital's Chinatown, "
     "police said.", "burned", "TON", "Nuku‘alofa"),
])
def test_a_district_of_the_town_told_again(text, trigger, country, name):
    place = place_at(text, trigger, "2019-06-01")
    assert place is not None
    assert (place["country"], place["name"]) == (country, name)


# "spread to", "extended ... to": where the unrest or the measure now is, not the dateline's town;
# a clause of it beside another deed tells where else it went
@pytest.mark.parametrize("text, trigger, name", [
    ("KHARTOUM, Dec 20 (Reuters) - Police fired tear gas at bread protesters in Khartoum. Protests spread "
     "to Omdurman on Friday, witnesses said.", "Protests", "Omdurman"),
    ("LIMA, Jan 14 (Reuters) - The government extended a state of emergency to the southern city of "
     "Arequipa on Saturday.", "extended", "Arequipa"),
])
def test_what_spread_is_where_it_reached(text, trigger, name):
    place = place_at(text, trigger, "2019-06-01")
    assert place is not None and place["name"] == name


def test_a_clause_of_spreading_beside_a_deed_is_not_its_place():
    place = place_at("KHARTOUM, Dec 20 (Reuters) - Rioters burned shops in this capital overnight as unrest "
                     "spread to the nearby city of Omdurman, witnesses said.", "burned", "2019-06-01")
    assert place is not None and place["name"] == "Khartoum"


# "X's ambassador in Washington appealed": the town is the envoy's post, not where the words were said
@pytest.mark.parametrize("text, trigger", [
    ("Lebanon's ambassador in Paris appealed for French help to rebuild the port on Tuesday.", "appealed"),
    ("Iran's embassy in London rejected the accusation as baseless on Monday.", "rejected"),
])
def test_an_envoys_post_does_not_place_his_words(text, trigger):
    assert place_at(text, trigger, "2019-06-01") is None


# a deed of the mission is still where it stands
def test_a_missions_deed_is_at_its_post():
    place = place_at("The U.S. embassy in Kabul suspended visa services on Sunday after the attack.", "suspended",
                     "2019-06-01")
    assert place is not None and place["name"] == "Kabul"


# Armed forces in power act at home as a government does: a junta's decree is placed in its
# country, as "the government dissolved parliament" is; an army's attack, with no place named, is not.
@pytest.mark.parametrize("text, trigger, country", [
    ("Mali's junta dissolved all political parties on Wednesday.", "dissolved", "MLI"),
    ("Guinea's ruling junta suspended the constitution on Sunday.", "suspended", "GIN"),
    ("Burmese monks marched against the junta on Monday.", "marched", "MMR"),
    ("Malian troops attacked militants on Friday.", "attacked", None),
])
def test_a_ruling_military_acts_at_home(text, trigger, country):
    place = place_at(text, trigger, "2023-08-05")
    assert (place or {}).get("country") == country
