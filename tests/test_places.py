"""Places geocoded offline from the article's context, and the place each event takes."""

import pytest

import dyad

from dyad.extract.places import find_places, lookup, place_for


@pytest.mark.parametrize("name, context, country, admin1", [
    ("Kyiv", frozenset(), "UKR", "UA.12"),
    ("Kiev", frozenset(), "UKR", "UA.12"),                   # an alternate spelling
    ("St. Petersburg", frozenset(), "RUS", "RU.66"),
    ("Washington", frozenset({"USA"}), "USA", "US.DC"),      # the capital, not the state or the English town
    ("Pokrovsk", frozenset({"UKR"}), "UKR", "UA.05"),        # the Ukrainian town, not the Russian one
    ("Pokrovsk", frozenset(), "UKR", "UA.05"),               # its own name and the larger town
    ("Kobani", frozenset({"SYR", "TUR"}), "SYR", None),      # an alternate name in context
    ("Paris", frozenset(), "FRA", None),
    ("Georgia", frozenset(), "GEO", None),                   # the country outranks the state
    ("Iowa", frozenset(), "USA", "US.IA"),
    ("the United States", frozenset(), "USA", None),
    # in American news, the well-known city over the American town of the same name
    ("Moscow", frozenset({"USA"}), "RUS", None),
    ("Geneva", frozenset({"USA"}), "CHE", None),
    ("Cairo", frozenset({"USA"}), "EGY", None),
    ("Odessa", frozenset({"USA", "UKR"}), "UKR", None),
    ("Lebanon", frozenset({"USA"}), "LBN", None),
    ("Jackson", frozenset({"USA"}), "USA", None),
    ("Tripoli", frozenset({"LBN"}), "LBN", None),             # the Lebanese city in a Lebanese story
    ("Hyderabad", frozenset({"PAK"}), "PAK", None),
    ("Helmand", frozenset(), "AFG", "AF-HEL"),               # first-level regions (ISO 3166-2)
    ("Borno", frozenset(), "NGA", "NG-BO"),                  # not Borna in Germany, an alternate name
    ("Georgia", frozenset({"USA"}), "GEO", None),            # the country, even in American news
    ("Donbas", frozenset(), "UKR", None),                    # regions the gazetteer lacks
    ("Nagorno-Karabakh", frozenset(), "AZE", None),
    ("Hodeidah", frozenset(), "YEM", None),                  # a spelling GeoNames does not hold
    ("Ladakh", frozenset(), "IND", "IN-LA"),                 # a union territory, written without its macron
    ("Virginia", frozenset(), "USA", "US.VA"),                # the state, not the Minnesota town of its name
    ("Wyoming", frozenset({"USA"}), "USA", "US.WY"),
    ("Congo", frozenset(), "COD", None),                     # the larger Congo, unless the story is of the other
    ("Congo", frozenset({"COG"}), "COG", None),
    ("North Kivu", frozenset(), "COD", None),                # English names of regions ISO gives in French
    ("Tuscany", frozenset(), "ITA", None),                   # not the Canadian town of that name
    ("Chiapas", frozenset(), "MEX", "MX-CHP"),               # the state, of which a town's other name is no namesake
    ("Jenin", frozenset(), "PSE", None),
    ("Tahrir Square", frozenset(), "EGY", None),             # landmarks
    ("Kremlin", frozenset(), "RUS", None),
])
def test_names_resolve_to_the_place_the_context_favours(name, context, country, admin1):
    found = lookup(name, context)
    assert found.country == country
    if admin1:
        assert found.admin1 == admin1


def test_a_small_town_abroad_known_only_by_another_spelling_is_not_meant():
    # "Banja" (a spa, in Serbian) is another name of small towns in Bulgaria and North Macedonia
    assert lookup("Banja", frozenset({"SRB"})) is None
    assert lookup("Leposavic", frozenset({"XKX", "SRB"})).country == "XKX"   # in the story's countries
    assert lookup("Banja") is not None                                       # no story to go by


def test_a_village_known_by_a_metropolis_s_name_only_as_another_spelling_is_not_meant(nlp):
    # a village of the dateline's country whose alternate name is "New York" is not the city
    assert lookup("New York", frozenset({"UKR"}), "UKR").country == "USA"
    record = dyad.code("KYIV, June 7 (Reuters) - Shelling damaged a dam on the river on Tuesday.\n\nThe U.N. Security "
                       "Council held an emergency meeting in New York on Tuesday evening.", published="2023-06-07")
    meeting = next(e for e in record["events"] if e["trigger"]["text"] == "meeting")
    assert meeting["location"]["country"] == "USA"


def test_a_name_written_without_its_accents_is_the_same_town():
    assert lookup("Sanliurfa").name == "Şanlıurfa"
    assert lookup("Lodz").country == "POL"


@pytest.mark.parametrize("name, country, lat", [
    ("Nikolayev", "UKR", 46.97),    # the city on the Black Sea, not the town near Lviv of that spelling
    ("El Alto", "BOL", -16.5),      # the Bolivian city the packaged table lacks
    ("Khankendi", "AZE", 39.82),
])
def test_listed_cities_outrank_their_namesakes(name, country, lat):
    found = lookup(name, frozenset({country}))
    assert found.country == country and abs(found.lat - lat) < 0.1


def test_a_listed_region_is_meant_rather_than_the_country_it_names():
    gaza = lookup("Gaza")
    assert (gaza.name, gaza.country, gaza.kind) == ("Gaza Strip", "PSE", "region")
    assert abs(gaza.lat - 31.4) < 0.2


@pytest.mark.parametrize("name, region, kind", [
    ("Rafah", False, "city"),      # a region named after its town: alone, the name means the town
    ("Rafah", True, "admin1"),     # "Rafah governorate"
    ("Kandahar", False, "city"),
    ("Jenin", False, "city"),      # a small town still

    ("New York", False, "city"),   # the city, not the state
    ("Helmand", False, "admin1"),  # no town of that name: the province
])
def test_a_region_named_after_its_town_is_meant_only_when_called_a_region(name, region, kind):
    assert lookup(name, region=region).kind == kind


@pytest.mark.parametrize("text, expected", [
    # the town of that name in that state, not the larger one elsewhere
    ("Police in Portland, Maine, arrested 12 people.", ("Portland", "USA", "US.ME")),
    ("Farmers marched in Springfield, Ohio, on Friday.", ("Springfield", "USA", "US.OH")),
    # AP's state abbreviations after a town ("Ore." is no Nigerian town)
    ("A gunman opened fire in Springfield, Ill., on Monday.", ("Springfield", "USA", "US.IL")),
])
def test_a_town_qualified_by_its_us_state_is_in_that_state(nlp, text, expected):
    first, second, *_ = find_places(nlp(text), frozenset())
    assert (first.name, first.country, first.admin1) == expected
    assert second.admin1 == expected[2]   # the state itself


@pytest.mark.parametrize("text, expected", [
    ("PORTLAND, Ore. (AP) — Police arrested 12 people.", ("Portland", "USA", "US.OR")),
    ("PORTLAND, Maine (AP) — Police arrested 12 people.", ("Portland", "USA", "US.ME")),
])
def test_a_datelines_state_places_its_town(nlp, text, expected):
    # the state is read into the dateline's town, and is no place of the lead of its own (session 39)
    places = find_places(nlp(text), frozenset())
    assert (places[0].name, places[0].country, places[0].admin1) == expected
    assert [p for p in places[1:] if p.start < text.index("(")] == []


@pytest.mark.parametrize("text, trigger, expected", [
    # the adjective names the village's country when the gazetteer does not know the village
    ("A stray missile killed two farmers in the Polish village of Zbrojewsko.", "killed", ("Zbrojewsko", "POL")),
    ("Rebels seized the Congolese mining town of Rubaya.", "seized", ("Rubaya", "COD")),
    # a landmark, but not a building of its name elsewhere
    ("Rioters stormed the U.S. Capitol on Wednesday.", "stormed", ("Capitol", "USA")),
    ("Protesters gathered at the state Capitol in Austin.", "gathered", ("Austin", "USA")),
])
def test_places_named_by_their_country_or_as_landmarks(nlp, text, trigger, expected):
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    found = place_for(token, find_places(doc, frozenset()))
    assert (found.name, found.country) == expected


@pytest.mark.parametrize("text, expected", [
    ("A gunman opened fire at a supermarket in Paris, Texas, on Saturday.", ("Paris", "USA", "US.TX")),
    ("Farmers protested in Paris on Saturday.", ("Paris", "FRA", "FR.11")),
    ("Protesters rallied in Tripoli, Lebanon, on Saturday.", ("Tripoli", "LBN", "LB.09")),
])
def test_a_town_qualified_by_its_state_or_country_is_in_it(nlp, text, expected):
    [place, *_] = find_places(nlp(text), frozenset())
    assert (place.name, place.country, place.admin1) == expected


def test_a_province_qualified_by_its_country_is_in_it(nlp):
    # "Morazan province, El Salvador": the country after the place noun, not Honduras's town of the name
    [place, *_] = find_places(nlp("Guerrillas attacked an army post in Morazan province, El Salvador, on Sunday."),
                              frozenset())
    assert place.country == "SLV"


def test_cities_carry_coordinates_within_a_few_km():
    kyiv = lookup("Kyiv")
    assert abs(kyiv.lat - 50.45) < 0.1 and abs(kyiv.lon - 30.52) < 0.1
    assert kyiv.geonameid == 703448


def test_ordinary_words_and_people_are_not_places():
    assert lookup("March") is None
    assert lookup("Plateau") is None
    assert lookup("Plateau", region=True).country == "NGA"  # "Plateau state"
    assert lookup("Nov") is None                            # "on Nov. 6", not the Tajik town


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed nine farmers in Plateau state on Sunday.", ("Plateau", "NGA")),
    ("A car bomb exploded in Mazar-e-Sharif overnight.", ("Mazār-e Sharīf", "AFG")),  # the tagger cut it at the hyphen
    ("A jury in Alexandria, Virginia, heard the case.", ("Alexandria", "USA")),
])
def test_names_the_tagger_or_a_stop_list_would_cut(nlp, text, expected):
    [place, *_] = find_places(nlp(text), frozenset())
    assert (place.name, place.country) == expected
    assert lookup("Trump") is None


@pytest.mark.parametrize("text, trigger, expected", [
    # the tagger stops at "del": the city of Zamboanga, or "Norte" alone, a region of Guinea-Bissau
    ("Marines clashed with bandits in Zamboanga del Norte province on Friday, the army said.", "clashed",
     ("Zamboanga del Norte", "PHL")),
    # "Spain" alone is the tagger's place, and the talks were not in Spain
    ("The foreign ministers of Venezuela and Guyana held talks in Port of Spain on Tuesday.", "talks",
     ("Port of Spain", "TTO")),
])
def test_a_place_name_cut_at_a_lower_case_particle_is_read_whole(text, trigger, expected):
    [record] = dyad.code_many([{"id": "x", "text": text, "published": "2024-05-10"}])
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    assert (event["location"]["name"], event["location"]["country"]) == expected


def test_places_in_an_article_with_offsets_and_a_dateline(nlp):
    text = ("KYIV, March 14 (Sample Wire) -- Russian forces shelled the city of Kharkiv overnight, "
            "officials said. Zelenskyy later flew to Paris.")
    doc = nlp(text)
    places = find_places(doc, frozenset({"UKR", "RUS"}))
    assert [(p.text, p.name, p.country) for p in places][:3] == [
        ("KYIV", "Kyiv", "UKR"), ("Kharkiv", "Kharkiv", "UKR"), ("Paris", "Paris", "FRA")]
    assert all(text[p.start:p.end] == p.text for p in places)
    shelled = next(t for t in doc if t.text == "shelled")
    assert place_for(shelled, places).name == "Kharkiv"


@pytest.mark.parametrize("text, trigger, expected", [
    ("Protesters rallied in Tbilisi on Sunday.", "rallied", "Tbilisi"),
    ("Israeli aircraft struck targets in southern Lebanon near Tyre.", "struck", "Tyre"),  # the town, not its country
    ("Russian troops advanced near Pokrovsk in eastern Ukraine.", "advanced", "Pokrovsk"),
    ("Putin met Xi in Beijing.", "met", "Beijing"),
    ("Trump sent his envoy to Moscow.", "sent", "Moscow"),       # a sending, as a trip, is placed where it goes
    ("Officials in Kyiv said Russia attacked a power plant.", "attacked", None),
    ("Bolsonaro supporters stormed Congress and the Supreme Court in Brasilia.", "stormed", "Brasília"),
    ("Protesters burned cars in Tehran, and the authorities arrested hundreds.", "arrested", None),
    ("Soldiers opened fire on a crowd in Bamako, and 12 people were killed.", "killed", "Bamako"),  # passive: there
    ("The military carried out air strikes in the Sagaing region.", "strikes", "Sagaing"),
    # a country with a compass word is a part of it, where things happen
    ("Hezbollah fighters fired rockets at northern Israel.", "fired", "Israel"),
    ("Hezbollah accused Israel of aggression.", "accused", None),
    # a material act aimed at or into a country happens there; words aimed at one do not
    ("Iran launched more than 300 drones at Israel.", "launched", "Israel"),
    ("Ukrainian troops advanced into Russia's Kursk region.", "advanced", "Kursk"),
    # a part of a country ("the north of Syria", "Ukraine's east"); a named part over its country
    ("Turkish jets struck Kurdish fighters in the north of Syria on Monday.", "struck", "Syria"),
    ("Russian forces advanced in Ukraine's east.", "advanced", "Ukraine"),
    ("Gunmen attacked a village in Nigeria's Benue state.", "attacked", "Benue"),
    # place nouns in the plural
    ("Ethiopian forces recaptured the towns of Dessie and Kombolcha last week.", "recaptured", "Dessie"),
    ("Russian jets struck rebel-held areas of Idlib.", "struck", "Idlib"),
    ("Government troops overran the rebel stronghold of Kidal on Tuesday.", "overran", "Kidal"),
    # the place fought over, the capital named beside its noun
    ("Congolese troops and M23 rebels fought for control of Bukavu.", "fought", "Bukavu"),
    ("The presidential guard detained the president in the capital Niamey.", "detained", "Niamey"),
    # a verb whose object is a place puts the act there, even a country
    ("Russia invaded Ukraine in 2022.", "invaded", "Ukraine"),
    # a town qualified by its country or state is in it ("Cornwall" alone is a Canadian city)
    ("G7 leaders met in Cornwall, England, over three days.", "met", "England"),
    # "the Somali capital" is Mogadishu
    ("Al Shabaab militants attacked a hotel in the Somali capital on Friday.", "attacked", "Mogadishu"),
    # a visit happens where it goes, a sending does not
    ("Joe Biden made a surprise visit to Kyiv on Monday.", "visit", "Kyiv"),
    # a lower-case word the tagger calls a proper noun is not a name
    ("Troops blew up the dam on the Dnipro river in southern Ukraine.", "blew", "Ukraine"),
    # a town inside the country the clause also names
    ("In Mali, soldiers patrolled the streets of Gao on Friday.", "patrolled", "Gao"),
    # an "-ing" clause beside the event shares its place, either way round
    ("Speaking at a summit in Nairobi, the president accused the rebels of lying.", "accused", "Nairobi"),
    # the mountains, hills or coast of a place are in it
    ("Soldiers clashed with insurgents in the mountains of Dagestan.", "clashed", "Russia"),
    ("Drones struck a market in Sumy on Monday, killing three people.", "killing", "Sumy"),
    # not an "after ..." clause, which happens elsewhere
    ("After meeting donors in Geneva, the minister announced new aid.", "announced", None),
    # a relative clause happens where the thing it describes is
    ("Officials condemned an air strike on a hospital in Khan Younis that killed 12 people.", "killed", "Khān Yūnis"),
    # where the subject is, if the clause names no place
    ("Students in Dhaka accused the government of rigging the vote.", "accused", "Dhaka"),
    # a "while" clause shares the event's place; an "-ing" clause beside its complement too
    ("The minister resigned on Friday while on a visit to Nairobi.", "resigned", "Nairobi"),
    ("The general urged troops to surrender, speaking on state television in Khartoum.", "urged", "Khartoum"),
    # what a town owns is in it, where an act is done to it or in it
    ("Russian artillery shelled Kherson's central market, Ukraine said.", "shelled", "Kherson"),
    ("An explosion tore through Aden's port on Sunday, killing six.", "killing", "Aden"),
    ("Artillery shelled the city's market. Kherson had 300,000 residents.", "shelled", None),
    # the object named by a clause ("what it called camps in Pakistan")
    ("Jets struck what officials called rebel camps in Yemen.", "struck", "Yemen"),
    # what is talked about is not where the talking happened
    ("Putin and Trump discussed the war in Ukraine on Thursday.", "discussed", None),
    ("Trump spoke to reporters before leaving for an event in Iowa that he and Xi discussed.", "discussed", None),
    ("The two leaders met in Sochi and discussed the war in Syria.", "met", "Sochi"),
])
def test_an_event_takes_the_place_its_clause_puts_it_in(nlp, text, trigger, expected):
    doc = nlp(text)
    places = find_places(doc, frozenset())
    token = next(t for t in doc if t.text == trigger)
    found = place_for(token, places)
    assert (found.name if found else None) == expected


def test_the_dateline_does_not_place_an_event_whose_sentence_names_places_abroad(nlp):
    text = ("BEIRUT, June 2 (Reuters) - Israeli aircraft struck targets overnight, the army said.\n\n"
            "In Washington, officials criticised the strikes. Iran accused Israel of aggression.")
    doc = nlp(text)
    places = find_places(doc, frozenset({"LBN"}))
    struck = next(t for t in doc if t.text == "struck")
    accused = next(t for t in doc if t.text == "accused")
    assert place_for(struck, places).name == "Beirut"
    assert place_for(accused, places) is None


@pytest.mark.parametrize("text, trigger, expected", [
    ("DAMASCUS, Dec 9 (Wire) - Rebels captured Homs on Saturday.", "captured", "Homs"),
    ("KYIV, March 14 (Wire) - Russian drones struck Odesa overnight.", "struck", "Odesa"),
    # a name only a place verb suggests is not a place unless it lies in the story's countries
    ("DAMASCUS, Dec 9 (Wire) - Police arrested Jackson on Saturday.", "arrested", "Damascus"),
    ("Trump attacked Obama on Saturday.", "attacked", None),   # not the Japanese town
])
def test_a_town_the_tagger_takes_for_a_name_is_a_place_after_a_place_verb(nlp, text, trigger, expected):
    doc = nlp(text)
    places = find_places(doc, frozenset({"USA"}) if "Trump" in text else frozenset())
    token = next(t for t in doc if t.text == trigger)
    found = place_for(token, places)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("KABUL, Aug 16 (Wire) - Taliban fighters seized the presidential palace on Sunday.", "seized", "Kabul"),
    # the reporter is in Washington; the attack is not
    ("WASHINGTON, March 3 (Wire) - Russia launched 150 drones overnight, Ukraine's air force said.",
     "launched", None),
    # after the dateline's paragraph, only in a story about the dateline's country
    ("WASHINGTON, March 3 (Wire) - Ukraine blamed Russia, and Kyiv said Russia had attacked Kharkiv and "
     "Ukraine's east.\n\nTroops shelled two villages overnight.", "shelled", None),
    ("KABUL, Aug 16 (Wire) - Taliban fighters seized the palace.\n\nOn Monday, US troops fired warning "
     "shots at the airport.\n\nThe Security Council met in New York.", "fired", "Kabul"),  # "US troops" is no place
])
def test_the_dateline_places_only_local_news(nlp, text, trigger, expected):
    doc = nlp(text)
    places = find_places(doc, frozenset())
    token = next(t for t in doc if t.text == trigger)
    found = place_for(token, places)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # "the city", "the capital", "the country" refer to the place named before them
    ("Protesters rallied in Tbilisi on Monday. Police arrested two men in the city later.", "arrested", "Tbilisi"),
    ("Thousands marched in Kenya on Sunday. Police fired tear gas in the capital.", "fired", "Nairobi"),
    ("KHARKIV, Ukraine (Wire) - Troops fought near the border town of Vovchansk.\n\n"
     "Glide bombs hit a residential area in the city overnight.", "hit", "Kharkiv"),  # a city, not the town
    ("Fighting broke out in Sudan. Protesters rallied across the country.", "rallied", "Sudan"),
    # nothing named before: nothing to refer to
    ("Police fired tear gas in the capital.", "fired", None),
    # but a nationality in the sentence says whose country or capital it is
    ("Kenyan police fired tear gas at protesters in the capital.", "fired", "Nairobi"),
    ("Thousands of Serbs protested across the country on Saturday.", "protested", "Serbia"),
    # a name of its own is not a reference ("the city of Kherson" is Kherson)
    ("Officials met in Kyiv on Monday. Protesters rallied in the city of Kherson.", "rallied", "Kherson"),
])
def test_the_city_or_the_capital_refers_to_the_place_named_before(nlp, text, trigger, expected):
    doc = nlp(text)
    places = find_places(doc, frozenset())
    token = next(t for t in doc if t.text == trigger)
    found = place_for(token, places)
    assert (found.name if found else None) == expected
    assert all(text[p.start:p.end] == p.text for p in places)


def test_a_town_inside_a_time_expression_is_still_a_town(nlp):
    doc = nlp("Russia launched hundreds of drones at Kyiv overnight into Monday.")
    assert [(p.text, p.country) for p in find_places(doc, frozenset())] == [("Russia", "RUS"), ("Kyiv", "UKR")]


def test_towns_the_tagger_misses_are_found_where_the_syntax_says_place(nlp):
    doc = nlp("Troops advanced near Pokrovsk and Kramatorsk. Paris Hilton arrived.")
    places = find_places(doc, frozenset({"UKR"}))
    assert [(p.text, p.country) for p in places] == [("Pokrovsk", "UKR"), ("Kramatorsk", "UKR")]


@pytest.mark.parametrize("text, trigger, expected", [
    # a statement reported under a dateline was not necessarily made there
    ("LAGOS, May 2 (Wire) - Gunmen kidnapped 20 pupils on Tuesday.\n\nThe African Union condemned the kidnapping.",
     "condemned", None),
    # a country someone goes to, or whose minister someone is, is no place abroad for the dateline
    ("HARARE, May 2 (Wire) - The president flew to China as police raided the opposition's offices.",
     "raided", "Harare"),
    ("HARARE, May 2 (Wire) - Police of Zambia's neighbour raided the opposition's offices.", "raided", "Harare"),
])
def test_the_dateline_places_acts_but_not_words(nlp, text, trigger, expected):
    doc = nlp(text)
    places = find_places(doc, frozenset())
    token = next(t for t in doc if t.text == trigger)
    found = place_for(token, places, object_locates=trigger != "condemned")
    assert (found.name if found else None) == expected


def test_the_capital_is_not_a_country_that_only_says_whose_someone_is(nlp):
    doc = nlp("The foreign ministers of Sweden and Norway arrived in Latvia. They met officials in the capital.")
    places = find_places(doc, frozenset())
    met = next(t for t in doc if t.text == "met")
    assert place_for(met, places).name == "Riga"


def test_a_town_as_object_of_a_verbal_act_is_a_participant_not_a_place(nlp):
    doc = nlp("Armenia accused Baku of ethnic cleansing, and Russian troops shelled Kharkiv.")
    places = find_places(doc, frozenset())
    accused = next(t for t in doc if t.text == "accused")
    shelled = next(t for t in doc if t.text == "shelled")
    assert place_for(accused, places, object_locates=False) is None
    assert place_for(shelled, places).name == "Kharkiv"
    # words aimed at a country do not happen there, as missiles aimed at it do
    doc = nlp("Trump lashed out at China.")
    lashed = next(t for t in doc if t.text == "lashed")
    assert place_for(lashed, find_places(doc, frozenset()), object_locates=False) is None


@pytest.mark.parametrize("text, expected", [
    ("PARIS, Texas (AP) — A tornado tore through the town.", ("Paris", "USA")),   # the dateline's state
    ("PARIS (Reuters) - Farmers blocked roads.", ("Paris", "FRA")),
    ("TRIPOLI, Lebanon (AP) — Gunmen clashed.", ("Tripoli", "LBN")),
    ("BOGOTÁ, Colombia (AP) — Rebels attacked a base.", ("Bogotá", "COL")),          # an accented capital
])
def test_a_datelines_country_or_state_places_its_town(nlp, text, expected):
    [dateline, *_] = find_places(nlp(text), frozenset())
    assert (dateline.name, dateline.country) == expected


def test_a_city_state_dateline_is_the_city_with_its_coordinates(nlp):
    [dateline, *_] = find_places(nlp("SINGAPORE, May 3 (Wire) - Ministers met."), frozenset())
    assert (dateline.country, round(dateline.lat)) == ("SGP", 1)


def test_a_country_named_only_as_a_party_does_not_make_news_foreign(nlp):
    # Britain and London are parties to an accusation; the story is still Hong Kong's
    text = ("HONG KONG (Wire) — Police stormed a campus on Monday.\n\nChina's envoy to Britain accused "
            "London of meddling.\n\nOfficers fired tear gas at students on Sunday.")
    doc = nlp(text)
    fired = next(t for t in doc if t.text == "fired")
    assert place_for(fired, find_places(doc, frozenset())).country == "HKG"


@pytest.mark.parametrize("text", [
    "KYIV, March 14, 2025 (Reuters) - Officials met.",
    "KYIV, 14 March 2025 (AFP) - Officials met.",     # the day before the month, as British and AFP copy write it
    "KYIV, 14 March (AFP) - Officials met.",
])
def test_a_dateline_with_its_year_still_names_its_place(nlp, text):
    places = find_places(nlp(text), frozenset())
    assert (places[0].text, places[0].country) == ("KYIV", "UKR")


def test_a_day_first_dateline_places_local_news_and_is_no_participant():
    record = dyad.code("MOMBASA, 3 June (AFP) - Police arrested 14 dock workers on Monday, the port authority said.",
                       published="2024-06-03")
    [arrest] = record["events"]
    assert (arrest["location"]["name"], arrest["location"]["country"]) == ("Mombasa", "KEN")
    assert [m["text"] for m in arrest["actor"]] == ["Police"] and arrest["date"]["value"] == "2024-06-03"


@pytest.mark.parametrize("text, trigger, expected", [
    # a village the gazetteer (towns of 5,000 or more) lacks is not the reporter's city: its own
    # name, the dateline's country, and no coordinates
    ("TBILISI, May 8 (Wire) - Russian troops shelled the village of Zemo Nikozi on Tuesday, officials said.",
     "shelled", ("Zemo Nikozi", "GEO", None)),
    ("ABUJA, May 8 (Wire) - Gunmen abducted 30 pupils from a school in the remote town of Kuriga on Monday.",
     "abducted", ("Kuriga", "NGA", None)),
    # the country a phrase on the town names, even abroad from the dateline
    ("NAIROBI, May 8 (Wire) - Militants raided a police post near the village of Bulo Haji in southern Somalia.",
     "raided", ("Bulo Haji", "SOM", None)),
    # no dateline and no country named for it: no place is guessed
    ("Militants raided a police post near the village of Bulo Haji on Monday.", "raided", None),
    # a town the gazetteer knows keeps its coordinates
    ("ABUJA, May 8 (Wire) - Gunmen attacked a market in the town of Bauchi on Monday.", "attacked",
     ("Bauchi", "NGA", 10)),
    # the town, not the region it is in
    ("In Darfur, militiamen attacked a United Nations compound in Nyala on Sunday.", "attacked", ("Nyala", "SDN", 12)),
])
def test_an_event_in_a_town_the_gazetteer_lacks_is_not_placed_in_the_datelines_city(text, trigger, expected):
    record = dyad.code(text, published="2024-05-08")
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    place = event["location"]
    found = place and (place["name"], place["country"], place["lat"] and round(place["lat"]))
    assert found == expected


def test_a_strike_on_what_a_report_names_is_placed_by_the_named_object(nlp):
    text = "Jets struck what the army said was a rebel depot in northern Syria on Tuesday."
    record = dyad.code(text, published="2024-05-08")
    [strike] = [e for e in record["events"] if e["trigger"]["text"] == "struck"]
    assert strike["location"]["country"] == "SYR" and strike["date"]["value"] == "2024-05-07"


@pytest.mark.parametrize("text, trigger, expected", [
    # a list of objects does not hide the place of the last one
    ("Rioters torched buses, shops and the offices of a mining company in central Lima on Friday.", "torched",
     ("Lima", "PER")),
    # the doer of a passive acts where its phrase puts it
    ("Two activists were sentenced by a military court in Cairo on Sunday.", "sentenced", ("Cairo", "EGY")),
])
def test_places_deeper_in_the_events_own_phrases(text, trigger, expected):
    record = dyad.code(text, published="2024-05-08")
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    assert (event["location"]["name"], event["location"]["country"]) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a deed is done where its doers are
    ("Security forces in Myanmar shot dead at least 20 protesters on Wednesday.", "shot", "MMR"),
    # words are not: a country in the speaker's phrase says whose the speaker is
    ("Opposition parties in Kenya accused the electoral commission of fraud.", "accused", None),
])
def test_a_country_in_the_subject_places_deeds_but_not_words(text, trigger, expected):
    record = dyad.code(text, published="2024-05-08")
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    assert (event["location"] and event["location"]["country"]) == expected


@pytest.mark.parametrize("text, expected", [
    # the occasion the parser hangs on the charge's clause is where the charging was done
    ("Kenya's president accused Uganda of arming the rebels in a speech in Nairobi on Tuesday.", ("Nairobi", "KEN")),
    ("The envoy accused Paris of meddling in Mali's affairs at a news conference in Bamako.", ("Bamako", "MLI")),
    # what the charge is about is not where it was made
    ("Kyiv accused Russia of shelling Kharkiv on Monday.", None),
])
def test_a_charge_is_placed_by_its_occasion_not_its_content(text, expected):
    record = dyad.code(text, published="2024-05-08")
    [charge] = [e for e in record["events"] if e["trigger"]["text"] == "accused"]
    place = charge["location"]
    assert (place and (place["name"], place["country"])) == expected


def test_doers_from_a_town_named_as_such_act_there():
    record = dyad.code("JOHANNESBURG, May 8 (Wire) - Residents of the mining town of Rustenburg protested against "
                       "the police on Monday.", published="2024-05-08")
    [protest] = [e for e in record["events"] if e["trigger"]["text"] == "protested"]
    assert (protest["location"]["name"], protest["location"]["country"]) == ("Rustenburg", "ZAF")


@pytest.mark.parametrize("text, trigger, expected", [
    # what the marchers were trying to do, and where: the scene (the parser hangs it on the marchers) ...
    ("LA PAZ, Nov 16 (Wire) - Soldiers opened fire on marchers trying to reach the fuel plant in the city of "
     "El Alto on Friday, killing nine people.", "fire", "El Alto"),
    ("LIMA, Jan 10 (Wire) - Police opened fire on a crowd trying to storm the governor's office in the city of "
     "Arequipa on Monday.", "fire", "Arequipa"),
    # ... or on the shooting
    ("LIMA, Jan 10 (Wire) - Police fired on a crowd trying to storm the governor's office in the city of "
     "Arequipa on Monday.", "fired", "Arequipa"),
    # where someone was heading is not where the act was done: the dateline, as without the participle
    ("LA PAZ, Nov 16 (Wire) - Soldiers opened fire on marchers on Friday, trying to stop them from reaching "
     "Cochabamba.", "fire", "La Paz"),
])
def test_what_a_participle_beside_the_event_sets_out_to_do_in_a_town_places_it(text, trigger, expected):
    import dyad

    [event] = [e for e in dyad.code(text, published="2020-01-01")["events"] if e["trigger"]["text"] == trigger]
    assert event["location"]["name"] == expected


@pytest.mark.parametrize("text, expected", [
    # where it was fired from, when nothing says where it fell (not the reporter's Seoul)
    ("SEOUL, Oct 4 (Wire) - North Korea fired a ballistic missile from the Sunan area of Pyongyang on Tuesday, "
     "the South's military said.", ("Sunan", "PRK")),
    ("Houthi rebels launched a wave of drones from Yemen on Tuesday, the coalition said.", (None, "YEM")),
    # North Korea's provinces by their English names
    ("SEOUL, South Korea (AP) — North Korea fired a short-range ballistic missile from the Jangyon area of "
     "South Hwanghae province on Thursday.", ("South Hwanghae", "PRK")),
    # where it fell comes first
    ("Hezbollah fired dozens of rockets from southern Lebanon at northern Israel on Friday.", (None, "ISR")),
])
def test_a_launch_is_placed_where_it_was_fired_from(text, expected):
    import dyad

    [event] = [e for e in dyad.code(text, published="2022-10-04")["events"]
               if e["trigger"]["text"] in ("fired", "launched")]
    name = event["location"]["name"] if event["location"]["lat"] is not None else None
    assert (name, event["location"]["country"]) == expected


def test_a_deed_of_years_before_the_story_is_not_put_in_the_datelines_town():
    import dyad

    text = ("MANAGUA, Nicaragua (AP) — Police raided the offices of an opposition newspaper on Tuesday.\n\n"
            "The government expelled the Red Cross in 2018, and police arrested dozens of opposition leaders in "
            "June last year.")
    events = {e["trigger"]["text"]: e for e in dyad.code(text, published="2021-08-11")["events"]}
    assert events["raided"]["location"]["name"] == "Managua"
    for trigger in ("expelled", "arrested"):
        background = events[trigger]["location"]
        assert (background["country"], background["lat"]) == ("NIC", None)  # the story's country, no town


def test_a_passive_sequel_happens_where_the_clause_before_it_is_set():
    import dyad

    text = "Police opened fire as protesters marched through Nairobi on Tuesday, and three people were wounded."
    [wounded] = [e for e in dyad.code(text, published="2024-06-26")["events"] if e["trigger"]["text"] == "wounded"]
    assert (wounded["location"]["name"], wounded["location"]["country"]) == ("Nairobi", "KEN")


@pytest.mark.parametrize("text, trigger, expected", [
    # the one place of the sentence, outside the event's clause and phrases
    ("Riot police detained dozens of people on Sunday as they cleared a sit-in that had blocked the centre "
     "of Nairobi for a week.", "detained", ("Nairobi", "KEN")),
    # not a clause with a subject of its own, nor one of another time, nor where a report was made
    ("Protesters rallied in Tehran on Friday, and police arrested hundreds of people.", "arrested", None),
    ("The army shelled rebel positions on Monday, two days after an attack on a market in Goma killed 12 people.",
     "shelled", None),
    ("Troops shelled a village overnight, officials in Kinshasa said on Tuesday.", "shelled", None),
])
def test_the_sole_place_of_the_sentence_places_an_event_that_names_none(text, trigger, expected):
    [event] = [e for e in dyad.code(text, published="2024-05-06")["events"] if e["trigger"]["text"] == trigger]
    place = event["location"]
    assert (place and (place["name"], place["country"])) == expected


@pytest.mark.parametrize("text, expected", [
    # towns of 1,000 to 5,000 people are in the gazetteer, with their coordinates
    ("Hezbollah fired anti-tank missiles at homes in Metula on Monday.", ("Metula", "ISR")),
    ("Italian police arrested three smugglers in Lampedusa on Tuesday.", ("Lampedusa", "ITA")),
])
def test_a_small_town_is_placed_with_its_coordinates(text, expected):
    [event] = dyad.code(text, published="2024-05-06")["events"]
    place = event["location"]
    assert (place["name"], place["country"]) == expected and place["lat"] is not None


@pytest.mark.parametrize("text", [
    # the tagger cuts the department's name to "Valle", a Norwegian village of 300 people
    "Army troops and guerrillas clashed in Valle del Cauca on Thursday.",
])
def test_a_little_known_village_of_a_country_the_story_never_names_is_no_place(text):
    [event] = dyad.code(text, published="2021-05-07")["events"]
    assert event["location"] is None
    assert all(m["country"] != "NOR" for m in event["actor"])


@pytest.mark.parametrize("word", ["Congress", "Union", "Liberty"])
def test_a_small_town_named_by_an_english_word_is_no_place(word):
    assert lookup(word) is None or lookup(word).population >= 5000


@pytest.mark.parametrize("text, expected", [
    # a domestic act whose doer's words name the country happens in it (no town, no coordinates)
    ("Kenyan police arrested 40 opposition supporters on Tuesday.", "KEN"),
    ("Chileans rejected the proposed constitution in a referendum on Sunday.", "CHL"),
    ("Colombian voters narrowly rejected the peace deal in a referendum on Sunday.", "COL"),
    # a government's, a party's or lawmakers' words are said wherever they were (a vote is cast at home)
    ("The Ethiopian government on Monday denied the report.", None),
    ("Kenya's main opposition party denied any role in the attack.", None),
    ("Iranian lawmakers threatened on Sunday to close the Strait of Hormuz.", None),
    # a country's own words, a person, an armed force, or a doer the text does not tie to a country
    ("Hungary threatened on Monday to veto the package.", None),
    ("French President Emmanuel Macron condemned the attack.", None),
    ("Russian troops shelled positions on Monday.", None),
    ("Police arrested 40 opposition supporters on Tuesday.", None),
])
def test_a_domestic_act_with_no_place_named_is_placed_in_its_country(text, expected):
    [event] = dyad.code(text, published="2024-05-06")["events"]
    place = event["location"]
    assert (place and place["country"]) == expected and (place is None or place["lat"] is None)


def test_there_after_a_verb_is_the_place_named_last():
    text = ("Gunmen attacked a church in Owo on Sunday. Police said 22 worshippers were killed there.\n\n"
            "Protesters gathered in Minsk on Monday. There were no arrests, but police detained two journalists.")
    places = {e["trigger"]["text"]: e["location"] for e in dyad.code(text, published="2024-05-06")["events"]}
    assert (places["killed"]["text"], places["killed"]["name"], places["killed"]["country"]) == ("there", "Owo", "NGA")
    assert places["detained"] is None  # "There were" names no place


def test_a_domestic_act_reported_from_abroad_is_not_placed_in_the_datelines_town():
    text = "KAMPALA, May 3 (Reuters) - Tanzanian police fired tear gas at opposition supporters on Saturday."
    [event] = dyad.code(text, published="2025-05-03")["events"]
    assert (event["location"]["country"], event["location"]["lat"]) == ("TZA", None)


def test_the_lead_deed_named_again_goes_on_where_the_lead_put_it():
    text = ("ISLAMABAD, June 2 (Reuters) - Pakistani jets bombed militant hideouts in eastern Afghanistan on Sunday, "
            "officials said.\n\nA Taliban spokesman said the strikes hit a religious school.")
    [hit] = [e for e in dyad.code(text, published="2025-06-02")["events"] if e["trigger"]["text"] == "hit"]
    assert hit["location"]["country"] == "AFG"  # not the dateline's Islamabad


@pytest.mark.parametrize("agency", ["Reuters", "AP", "AFP"])
def test_the_agency_credited_after_the_dateline_does_not_choose_its_town(agency):
    # Reuters is British; "WASHINGTON (Reuters)" is still the American capital, and the police there American
    text = f"WASHINGTON ({agency}) - Police arrested 12 protesters on Tuesday."
    [event] = dyad.code(text, published="2021-05-05")["events"]
    assert (event["location"]["name"], event["location"]["country"]) == ("Washington", "USA")
    assert event["actor"][0]["country"] == "USA"


def _places_by_trigger(text: str, published: str = "2024-05-06") -> dict[str, dict | None]:
    return {e["trigger"]["text"]: e["location"] for e in dyad.code(text, published=published)["events"]}


def test_each_of_two_joined_deeds_keeps_its_own_town():
    places = _places_by_trigger("Rebel soldiers seized the radio station near the harbour in Mombasa and attacked "
                                "the airport in Nairobi before dawn on Sunday.")
    assert (places["seized"]["name"], places["attacked"]["name"]) == ("Mombasa", "Nairobi")


@pytest.mark.parametrize("text, trigger, expected", [
    # a participle set off beside the subject says where the speaker was
    ("Ruto, speaking in Mombasa after flying in from Nairobi, condemned the attack on Sunday.", "condemned", "Mombasa"),
    # a "where" clause happens at the place it describes
    ("The suspect was flown to Nairobi, where a court sentenced him to life in prison on Monday.", "sentenced", "Nairobi"),
    # a town naming the building the event happened in
    ("The former dictator was arrested in a London clinic on Tuesday.", "arrested", "London"),
    # driven out of a town, taken away from one
    ("Soldiers drove the rebels out of the town of Kindu on Sunday.", "drove", "Kindu"),
    ("Troops evacuated civilians from the besieged city of Mariupol on Sunday.", "evacuated", "Mariupol"),
    ("The army withdrew from Kisangani on Sunday.", "withdrew", "Kisangani"),
])
def test_places_given_beside_the_clause_or_by_the_building_or_the_origin(text, trigger, expected):
    assert _places_by_trigger(text)[trigger]["name"] == expected


def test_a_lower_case_word_before_a_noun_is_no_town():
    # "metro" is also a town in Indonesia
    places = _places_by_trigger("Students protested against a rise in metro fares on Monday.")
    assert places["protested"] is None


@pytest.mark.parametrize("text, trigger, expected", [
    ("KANO, Nigeria (AP) - Gunmen killed a police officer outside a mosque in this northern city on Friday.",
     "killed", ("this northern city", "Kano")),
    ("ABUJA, Nigeria (AP) - Police arrested twenty protesters here on Tuesday.", "arrested", ("here", "Abuja")),
])
def test_this_city_and_here_are_the_datelines_town(text, trigger, expected):
    place = _places_by_trigger(text)[trigger]
    assert (place["text"], place["name"]) == expected


def test_this_city_without_a_dateline_is_no_place():
    assert _places_by_trigger("Police arrested twenty protesters in this city on Tuesday.")["arrested"] is None


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed seven soldiers on Monday, the army said. The attack took place near the town of Kidal.", "Kidal"),
    ("Gunmen killed seven soldiers on Monday, the army said. The ambush happened outside Mopti.", "Mopti"),
    ("BAMAKO, Mali (Reuters) - Gunmen killed seven soldiers on Monday, the army said. "
     "The attack near Kidal was the deadliest this year.", "Kidal"),  # not where the reporter is
    ("Gunmen killed seven soldiers on Monday, the army said. A separate attack took place near Kidal.", None),
    ("Gunmen killed seven soldiers on Monday, the army said. The killings drew condemnation in Paris.", None),
])
def test_the_next_sentence_places_the_deed_it_names_again(text, expected):
    place = _places_by_trigger(text)["killed"]
    assert (place and place["name"]) == expected


def test_a_surname_of_someone_the_story_names_is_that_person_not_a_town():
    # Uige in Angola was once called Carmona
    places = _places_by_trigger("Thousands rallied on Saturday behind businessman Pedro Carmona. Carmona, who "
                                "dissolved the assembly on Friday, was arrested on Sunday.")
    assert places["dissolved"] is None and places["arrested"] is None


def test_the_enclave_named_before_is_that_place_even_unknown():
    text = ("Serb forces overran the enclave of Zepa on Tuesday, officials said.\n\nGunmen shelled the "
            "city of Tuzla on Monday. Their artillery had first shelled the enclave last week.")
    events = dyad.code(text, published="1995-07-26")["events"]
    last = [e for e in events if e["trigger"]["text"] == "shelled"][-1]
    assert last["location"] is None or last["location"]["name"] != "Tuzla"


def test_a_deed_named_again_only_in_passing_does_not_move_it():
    text = ("TULSA (AP) - A bomb tore through the courthouse on Wednesday, killing nine people.\n\n"
            "Police traced the van used in the attack to a garage in Wichita, Kansas.")
    place = _places_by_trigger(text, "1996-05-02")["tore"]
    assert place["name"] == "Tulsa"


@pytest.mark.parametrize("text, expected", [
    # the larger Marysville is in Washington state; the Australian town is too small for the gazetteer
    ("Arsonists attacked the town of Marysville, northeast of Melbourne, on Saturday.", ("Marysville", "AUS")),
    ("Police raided a barricade near Oka, 40 km west of Montreal, on Wednesday.", ("Oka", "CAN")),  # not Japan's
])
def test_a_town_said_to_lie_in_a_direction_from_another_is_in_its_country(text, expected):
    [event] = dyad.code(text, published="2009-02-09")["events"]
    assert (event["location"]["name"], event["location"]["country"]) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a story without a dateline is where its lead puts it, as a dateline's town is local news's
    ("Soldiers raided three churches in Kinshasa before dawn yesterday, witnesses said. The raids "
     "began after police fired tear gas at worshippers marching near the cathedral.", "fired", "Kinshasa"),
    ("Riot police stormed a hotel in Maputo on Tuesday, freeing 20 hostages. The gunmen had seized "
     "the building during a wedding on Sunday.", "seized", "Maputo"),
    ("Riot police stormed a hotel in Maputo on Tuesday.\n\nThe gunmen had seized the building during "
     "a wedding on Sunday.", "seized", "Maputo"),  # a later paragraph of a story of the same country
    # not an order a named person gave, wherever he was
    ("Soldiers clashed with students in Dhaka on Monday. President Abdul Rahman banned two opposition "
     "newspapers.", "banned", None),
    # nor a sentence of another country's people, nor a claim that went out on a website
    ("Soldiers shelled a market in Donetsk on Monday. A day earlier, Ukrainian and Russian delegations "
     "had met on the Belarusian border.", "met", None),
    ("Bombs tore through two buses in central Manila on Monday. A group calling itself the Islamic "
     "Front claimed responsibility on a website.", "claimed", None),
    # a later paragraph of a story that names places of another country is not surely the lead's
    ("Riot police stormed a hotel in Maputo on Tuesday.\n\nPolice in Harare said on Monday that gunmen "
     "had seized the building during a wedding.", "seized", None),
    ("Riot police stormed a hotel in Maputo on Tuesday.\n\nThe gunmen had seized the building during a "
     "wedding, officials said. In Harare, police arrested two suspects.", "seized", None),
])
def test_a_story_without_a_dateline_is_where_its_lead_puts_it(text, trigger, expected):
    place = _places_by_trigger(text).get(trigger)  # (a claim may be no event of its own)
    assert (place and place["name"]) == expected


@pytest.mark.parametrize("text, trigger, name, country", [
    # towns news names that the packaged GeoNames table lacks, or holds only under another spelling
    ("Indian jets struck a camp near the town of Balakot on Tuesday.", "struck", "Balakot", "PAK"),
    ("Kurdish-led fighters captured the village of Baghouz on Saturday.", "captured", "Baghouz", "SYR"),
    ("Turkish drones struck a checkpoint in Qamishli on Monday.", "struck", "Qamishli", "SYR"),
    ("Hezbollah fighters clashed with Israeli troops near Khiam on Sunday.", "clashed", "Khiam", "LBN"),
])
def test_towns_the_packaged_gazetteer_lacks(text, trigger, name, country):
    place = _places_by_trigger(text)[trigger]
    assert (place["name"], place["country"]) == (name, country) and place["lat"] is not None


@pytest.mark.parametrize("text, name, country", [
    # a district the gazetteer lacks is of the one country the story knows, without a point
    ("Maoist rebels ambushed an army patrol in Rukum district on Friday, Nepal's army said.", "Rukum", "NPL"),
    ("Maoist rebels ambushed an army patrol in Kalikot district on Friday, the Royal Nepal Army said.",
     "Kalikot", "NPL"),
    ("Gunmen killed four teachers in Balochistan's Kech district on Sunday, Pakistani police said.", "Kech", "PAK"),
])
def test_a_district_the_gazetteer_lacks_is_of_the_storys_country(text, name, country):
    [place] = _places_by_trigger(text).values()
    assert (place["name"], place["country"], place["lat"]) == (name, country, None)


@pytest.mark.parametrize("text, trigger, expected", [
    # leaving or ending an office is a decision made wherever its maker was: no dateline's town
    ("KABUL, May 3 (Reuters) - Afghanistan's finance minister resigned on Tuesday, citing differences "
     "with the president.", "resigned", None),
    ("LIMA, May 3 (Reuters) - President Pedro Castillo dissolved Congress on Wednesday, hours before a vote "
     "on his impeachment.", "dissolved", None),
    # stepping down and firing someone from office are such acts too (not firing on crowds)
    ("QUITO, March 9 (Reuters) - The head of the central bank stepped down on Friday, two days after "
     "the currency fell 20 percent.", "stepped", None),
    ("LUSAKA, June 4 (Reuters) - The president fired his finance minister, Felix Mutati, on Monday "
     "after a row over the budget.", "fired", None),
    ("LUSAKA, June 4 (Reuters) - Police fired on opposition supporters outside the party's offices on "
     "Monday.", "fired", "Lusaka"),
    # unless its own words place it
    ("The prime minister resigned at a rally in Lahore on Tuesday, aides said.", "resigned", "Lahore"),
])
def test_leaving_an_office_takes_no_town_but_its_own(text, trigger, expected):
    place = _places_by_trigger(text).get(trigger)
    assert (place and place["name"]) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a part or the edge of a town, a town's own district, is in the town
    ("Clashes erupted in Mombasa on Wednesday and spread to Nairobi on Thursday. On Friday the army imposed a "
     "curfew in parts of the capital.", "curfew", "Nairobi"),
    ("Gunmen killed 30 people in a suburb on the northern edge of Algiers on Monday night.", "killed", "Algiers"),
    ("A truck bomb tore through a bank in the heart of Colombo's business district on Friday, killing six.",
     "tore", "Colombo"),
    # a town said to do something ("prompting Moscow to send", "accusing Ankara of") is a party, not the scene
    ("Georgian troops launched an offensive on Thursday, prompting Moscow to send in armoured columns.",
     "launched", None),
    ("The European Union imposed duties on Chinese steel on Friday, accusing Beijing of dumping.", "imposed", None),
])
def test_parts_of_a_town_are_in_it_and_a_town_told_to_act_is_a_party(text, trigger, expected):
    place = _places_by_trigger(text).get(trigger)
    assert (place and place["name"]) == expected


@pytest.mark.parametrize("text, name, country", [
    # a town and its region tagged as one name are the town, qualified by the region
    ("Police dismantled the blockade of a border bridge in Windsor, Ontario, on Sunday.", "Windsor", "CAN"),
    # a common noun the tagger took into the name is not part of it
    ("DENPASAR, Indonesia (Reuters) - A car bomb destroyed a crowded nightclub in Kuta beach district late "
     "on Saturday.", "Kuta", "IDN"),
])
def test_a_name_the_tagger_joined_or_padded_is_the_place(text, name, country):
    [place] = [p for p in _places_by_trigger(text).values() if p]
    assert (place["name"], place["country"]) == (name, country)


@pytest.mark.parametrize("text, trigger", [
    # a deed its own words put across a border did not happen in the dateline's town
    ("SRINAGAR, India (Reuters) - Indian troops shelled army posts on Monday, a day after militants killed "
     "four soldiers in a cross-border raid.", "killed"),
    ("AMMAN, Jan 4 (Reuters) - Jordanian troops arrested 12 men on Sunday, two days after gunmen ambushed a "
     "patrol in a raid across the border.", "ambushed"),
])
def test_a_deed_across_a_border_is_not_in_the_datelines_town(text, trigger):
    assert _places_by_trigger(text)[trigger] is None


@pytest.mark.parametrize("text, country, has_point", [
    # a city-state is a city: events there have its point
    ("Police fired tear gas at protesters in Hong Kong on Sunday.", "HKG", True),
    ("Police arrested two men in Singapore on Sunday.", "SGP", True),
    ("Police arrested two men in Luxembourg on Sunday.", "LUX", False),  # a country with a capital
])
def test_a_city_state_is_placed_at_its_city(text, country, has_point):
    [place] = _places_by_trigger(text).values()
    assert (place["country"], place["lat"] is not None) == (country, has_point)


@pytest.mark.parametrize("text, trigger, expected", [
    # a nationality of two words is one adjective: "Northern Irish" is British, "South Korean" Korean
    ("A car bomb exploded in the Northern Irish border town of Strabane on Friday, police said.",
     "exploded", ("Strabane", "GBR")),
    ("Troops shelled the Sri Lankan coastal village of Mullivaikkal on Monday, rebels said.",
     "shelled", ("Mullivaikkal", "LKA")),
    # an island is a region of its country, even one the gazetteer does not know
    ("North Korean gunners fired shells onto the South Korean island of Baengnyeong on Friday.",
     "fired", ("Baengnyeong", "KOR")),
    # the centre of a town is in the town
    ("Militants set off a bomb in the crowded centre of the Iraqi market town of Tuz Khurmatu.",
     "set", ("Tuz Khurmatu", "IRQ")),
])
def test_a_town_named_through_a_nationality_of_two_words_or_its_centre(nlp, text, trigger, expected):
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    found = place_for(token, find_places(doc, frozenset()))
    assert (found.text, found.country) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a deed named as the subject of an active verb is where that verb puts it
    ("LAGOS (Reuters) - A bomb exploded at a bus station in Kano on Friday. Minutes later, a second blast hit "
     "the police headquarters in Kaduna, the main city of the north, killing at least six.", "blast", "Kaduna"),
    # also when the parser takes the verb for a clause on the noun and the next clause's verb for its own
    ("ABUJA (Reuters) - Minutes later a second blast ripped through a market in Kaduna, and another tore "
     "through a church in the town of Zaria.", "blast", "Kaduna"),
    # troops, police or aid sent somewhere are placed where they were sent, as a trip is
    ("Kenya deployed 400 police officers to Haiti on Tuesday.", "deployed", "Haiti"),
])
def test_a_deed_is_where_its_verb_or_its_destination_puts_it(text, trigger, expected):
    place = _places_by_trigger(text, published="2019-04-22")[trigger]
    assert (place and place["name"]) == expected


def test_a_saints_church_is_no_town_of_the_saints_name(nlp):
    # "St Joseph's Cathedral" is not Saint Joseph, Missouri, even in a story that names Americans
    doc = nlp("Gunmen stormed St Joseph's Cathedral in Kaduna on Sunday.")
    stormed = next(t for t in doc if t.text == "stormed")
    assert place_for(stormed, find_places(doc, frozenset({"USA"}))).name == "Kaduna"


@pytest.mark.parametrize("text, expected", [
    # news hyphenates names GeoNames writes as one word ("Pétionville")
    ("Gunmen killed a judge at his home in Pétion-Ville on Tuesday.", ("HTI", 18.5)),
    ("Police fired tear gas at protesters in Petion-Ville on Tuesday.", ("HTI", 18.5)),
    # a town no table of populated places holds, listed in places/regions
    ("Russian troops seized the abandoned town of Pripyat on Thursday.", ("UKR", 51.4)),
])
def test_towns_by_another_hyphenation_or_listed(text, expected):
    [place] = [p for p in _places_by_trigger(text).values() if p]
    assert (place["country"], round(place["lat"], 1)) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # the small tagger may take a rare town's name for a number
    ("Police shot dead at least 14 people in the western town of Zhanaozen on Friday, prosecutors said.",
     "shot", "Zhanaozen"),
    # a town the event's own sentence names is nearer the deed than the reporter's dateline, even
    # when the parser hangs it on the targets ("on protesting farmers ... in the town of X")
    ("BISHKEK (Reuters) - Police opened fire on protesting farmers and their supporters in the southern "
     "town of Aravan on Friday.", "fire", "Aravan"),
    ("LAGOS (Reuters) - Soldiers opened fire on protesting students and their teachers in the northern "
     "city of Kano on Monday, witnesses said.", "fire", "Kano"),
    # where the targets were at the time, told in a relative clause, is where it happened
    ("NAIROBI (Reuters) - Police fired tear gas at traders who were blocking a highway near the town of "
     "Naivasha on Monday.", "fired", "Naivasha"),
    ("BAMAKO (Reuters) - Gunmen attacked a market where villagers were selling cattle in the town of Mopti "
     "on Sunday, killing 12 people.", "attacked", "Mopti"),
])
def test_a_town_of_the_events_own_sentence_places_it_before_the_dateline(text, trigger, expected):
    place = _places_by_trigger(text, published="2021-06-14")[trigger]
    assert (place and place["name"]) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # the dateline still places local news whose sentence names no town of its own
    ("NAIROBI (Reuters) - Police fired tear gas at traders who were blocking a highway on Monday.",
     "fired", "Nairobi"),
    # a town in a clause of another time, or where a report was made, is not the deed's
    ("KYIV (Reuters) - Russian drones struck a power plant overnight, officials in Lviv said.", "struck", "Kyiv"),
    ("NAIROBI (Reuters) - Police fired tear gas at protesters on Monday, a day after a rally in Mombasa.",
     "fired", "Nairobi"),
])
def test_the_dateline_still_places_a_deed_whose_sentence_names_no_town_of_it(text, trigger, expected):
    place = _places_by_trigger(text, published="2021-06-14")[trigger]
    assert (place and place["name"]) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a country named as a partner ("a pact with China") is no place abroad: the dateline still
    # places local news
    ("SEOUL (Reuters) - Riot police detained dozens of students on Monday who were protesting against a "
     "trade deal with Japan.", "detained", "Seoul"),
    ("TAIPEI (Reuters) - Police arrested 30 activists on Sunday after they stormed the legislature in protest "
     "against a services pact with China.", "arrested", "Taipei"),
])
def test_a_country_named_as_a_partner_does_not_take_the_dateline_away(text, trigger, expected):
    place = _places_by_trigger(text, published="2021-06-14")[trigger]
    assert (place and place["name"]) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a site named as a compound of what was struck or seized is where it happened: a listed base,
    # or the town that names the plant
    ("Iranian missiles struck the Ain al-Asad air base in western Iraq on Wednesday.", "struck",
     "Ain al-Asad air base"),
    ("Rockets hit Bagram air base north of Kabul on Tuesday.", "hit", "Bagram air base"),
    # and still the town of what is done there
    ("The former dictator was arrested in a London clinic on Tuesday.", "arrested", "London"),
])
def test_sites_news_names_and_sites_named_by_their_town(text, trigger, expected):
    place = _places_by_trigger(text, published="2021-06-14")[trigger]
    assert (place and place["name"]) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a decision one person or a court makes is made wherever they were, not where the reporter is
    ("QUITO, March 4 (Wire) - President Lucio Gutierrez imposed tariffs on Peruvian rice on Monday.",
     "imposed", None),
    ("LIMA, March 4 (Wire) - A Peruvian court froze the assets of a mining company on Monday.", "froze", None),
    ("ACCRA, March 4 (Wire) - Police detained 40 protesters on Monday.\n\nJudge Kofi Mensah ordered the arrest "
     "of the union's leader on Tuesday.", "ordered", None),
    # what police or troops do, and a state of emergency, which applies to the country, stay placed
    ("QUITO, March 4 (Wire) - Police arrested 40 protesters on Monday.", "arrested", "Quito"),
    ("QUITO, March 4 (Wire) - President Lucio Gutierrez declared a state of emergency on Monday.",
     "declared", "Quito"),
])
def test_the_dateline_does_not_place_a_decision_of_one_person_or_a_court(text, trigger, expected):
    [event] = [e for e in dyad.code(text, published="2005-03-04")["events"] if e["trigger"]["text"] == trigger]
    assert (event["location"] or {}).get("name") == expected


@pytest.mark.parametrize("text, expected", [
    # an ocean named as an adjective is no town (Pacific, Missouri; Atlantic, Iowa)
    ("Rioters burned shops in the Pacific nation on Monday.", []),
    ("Police raided the Atlantic port of Nouadhibou.", [("Nouadhibou", "MRT")]),
    ("Atlantic City police arrested two men.", [("Atlantic City", "USA")]),
])
def test_an_ocean_as_an_adjective_is_not_a_town(nlp, text, expected):
    assert [(p.text, p.country) for p in find_places(nlp(text), frozenset())] == expected


def test_a_city_before_a_colon_is_a_dateline_as_papers_write_it():
    # "Peshawar:" says where the reporter is, as "PESHAWAR -" does: the story's deeds are where
    # its first sentences put them (the lead's remote village, then Bannu), later ones too
    text = ("Peshawar: Gunmen attacked a police checkpoint in a remote village on Sunday, killing three "
            "officers, officials said. The gunmen stormed the post in the town of Bannu before dawn.\n\n"
            "Police later arrested four suspects.")
    [record] = dyad.code_many([{"id": "x", "text": text, "published": "2024-05-13"}])
    places = {e["trigger"]["text"]: e["location"] and e["location"]["name"] for e in record["events"]}
    assert places["attacked"] == "Bannu" and places["arrested"] == "Bannu"
    # a country before a colon is the headline's topic, no dateline that places anything
    [record] = dyad.code_many([{"id": "y", "text": "Colombia: Rebels attacked a police station on Monday.",
                                "published": "2024-05-13"}])
    assert record["events"][0]["location"] is None


MALI_AMBUSH = ("Gunmen attacked a police post before dawn on Monday, killing four officers, the interior ministry "
               "said.\n\nThe attack was the third this month {where}.")


@pytest.mark.parametrize("text, trigger, expected", [
    # a deed of force or of a crowd that names no place is where its story is: the story names
    # Mali twice (a region of it, the country) and no other country
    (MALI_AMBUSH.format(where="in the Mopti region of central Mali, where Malian forces are fighting jihadists"),
     "attacked", ("Mali", "MLI")),
    ("Protesters blocked the main highway for a third day on Tuesday, demanding lower fuel prices.\n\nThe unrest "
     "began last week in the Ecuadorian city of Guayaquil and has spread to Quito, officials said.",
     "blocked", ("Ecuador", "ECU")),
    # not in a story of two countries
    (MALI_AMBUSH.format(where="near the border between Mali and Burkina Faso"), "attacked", None),
    # nor an arrest, decided or done wherever the police were
    ("Police arrested a dozen opposition supporters on Monday, the interior ministry said.\n\nThe arrests came a "
     "week after protests in the Mopti region of central Mali, where Malian forces are fighting jihadists.",
     "arrested", None),
])
def test_a_deed_of_force_with_no_place_is_in_the_country_of_its_story(text, trigger, expected):
    [record] = dyad.code_many([{"id": "x", "text": text, "published": "2024-05-13"}])
    [event] = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    place = event["location"]
    assert (place and (place["name"], place["country"])) == expected
    assert place is None or place["lat"] is None  # the country, no town
