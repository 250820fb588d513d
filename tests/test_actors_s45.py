"""Actor mentions whose sector or country came out wrong: people past their last role outside the
state (a rebel leader the day after he was killed is no ex-official), an opposition leader called
a former minister in the month his role ended, lawyers (civilians, not elites), faiths named by
their believers ("Jehovah's Witnesses"), and people news names without a title."""

import pytest

from helpers import has_party as _has, parties as _parties, parties_of as _event


@pytest.mark.parametrize("text, published, trigger, role, name, country, sector", [
    # a rebel leader in the days after his role ended (killed, captured) is still the rebel leader
    ("Army commandos killed Velupillai Prabhakaran near a lagoon, officials said.", "2009-05-20",
     "killed", "recipient", "Prabhakaran", "LKA", "REB"),
    ("Anti-terrorism police captured Abimael Guzman in a house in Lima.", "1992-09-14",
     "captured", "recipient", "Guzman", "PER", "REB"),
    # a wartime commander years after the war, still at large: the rebel commander, not an ex-official
    ("Serbian police arrested Ratko Mladic in a farmhouse north of Belgrade.", "2011-05-26",
     "arrested", "recipient", "Mladic", "BIH", "REB"),
    # a candidate the day after he was shot is still the party's candidate
    ("A gunman shot dead Luis Donaldo Colosio at a campaign rally in Tijuana.", "1994-03-24",
     "shot", "recipient", "Colosio", "MEX", "PTY"),
    # the old reading stays: after an office of the state, an ex-official
    ("Police arrested Carlos Menem over arms sales to Croatia.", "2005-03-01",
     "arrested", "recipient", "Menem", "ARG", "ELI"),
])
def test_after_a_role_outside_the_state_the_person_keeps_its_sector(text, published, trigger, role, name,
                                                                      country, sector):
    _, actors, recipients = _event(text, trigger, published)
    mentions = actors if role == "actor" else recipients
    assert _has(mentions, name, country, sector), mentions


@pytest.mark.parametrize("published, sector", [
    # the opposition role the knowledge base ends in the month of his death still holds that month:
    # "a former deputy prime minister" is not what he is then
    ("2015-02-20", "OPP"),
    ("2012-06-11", "OPP"),
])
def test_former_minister_who_leads_the_opposition_in_the_month_his_role_ends(published, sector):
    _, _, recipients = _event("Police detained Boris Nemtsov, a former deputy prime minister, at a rally in Moscow.",
                              "detained", published)
    assert _has(recipients, "Nemtsov", "RUS", sector), recipients


def test_former_title_on_the_known_day_a_role_ended_stays_an_ex_official():
    _, _, recipients = _event("A gunman shot former prime minister Benazir Bhutto at a rally in Rawalpindi.",
                              "shot", "2007-12-27")
    assert _has(recipients, "Bhutto", "PAK", "ELI"), recipients


@pytest.mark.parametrize("text, role, sector", [
    # America's Justice Department is an executive department, as other states' justice ministries
    ("The Justice Department indicted seven Russian intelligence officers on Thursday.", "actor", "GOV"),
    ("The U.S. Justice Department charged two Chinese hackers with theft.", "actor", "GOV"),
])
def test_the_justice_department_is_the_government(text, role, sector):
    _, actors, _ = next(e for e in _parties(text, "2018-10-04") if e[1])
    assert _has(actors, "Justice Department", "USA", sector), actors


def test_a_court_stays_the_judiciary():
    _, actors, _ = _event("A federal court in Virginia sentenced the hacker to ten years in prison.", "sentenced",
                          "2018-10-04")
    assert _has(actors, "court", "USA", "JUD"), actors


@pytest.mark.parametrize("text, trigger, role, name, country, sector", [
    ("Police in Cairo detained a prominent human rights lawyer on Friday.", "detained", "recipient",
     "lawyer", "EGY", "CVL"),
    ("Masked men abducted two lawyers outside a courthouse in Lahore.", "abducted", "recipient",
     "lawyers", "PAK", "CVL"),
    # a former official is still an elite
    ("Police in Lagos arrested a former minister on Tuesday.", "arrested", "recipient",
     "former minister", "NGA", "ELI"),
])
def test_lawyers_are_civilians(text, trigger, role, name, country, sector):
    _, actors, recipients = _event(text, trigger)
    mentions = actors if role == "actor" else recipients
    assert _has(mentions, name, country, sector), mentions


@pytest.mark.parametrize("text, trigger, country", [
    ("Russian police raided a prayer meeting of Jehovah's Witnesses in the city of Oryol.", "raided", "RUS"),
    ("Police in Almaty detained eleven Jehovah's Witnesses on Sunday.", "detained", "KAZ"),
])
def test_a_faith_named_by_its_believers_is_religious(text, trigger, country):
    _, _, recipients = _event(text, trigger)
    assert _has(recipients, "Jehovah", country, "REL"), recipients


@pytest.mark.parametrize("text, published, trigger, role, name, country, sector", [
    # a hostage named beside foreigners held with her keeps her own country
    ("Soldiers freed Ingrid Betancourt, two British journalists and nine other hostages from guerrillas.",
     "2008-07-02", "freed", "recipient", "Betancourt", "COL", "CVL"),
    # before she was seized, the candidate
    ("Ingrid Betancourt accused the government of ignoring the guerrillas' victims.", "2002-01-15", "accused",
     "actor", "Betancourt", "COL", "PTY"),
    ("Ecuador offered Edward Snowden a passport, officials in Quito said.", "2013-06-25", "offered", "recipient",
     "Snowden", "USA", "CVL"),
    ("Anna Hazare urged parliament to pass the anti-graft bill.", "2011-08-20", "urged", "actor",
     "Hazare", "IND", "CVL"),
    ("A Tokyo court sentenced Shoko Asahara to death on Friday.", "2004-02-27", "sentenced", "recipient",
     "Asahara", "JPN", "REL"),
])
def test_people_news_names_without_a_title(text, published, trigger, role, name, country, sector):
    _, actors, recipients = _event(text, trigger, published)
    mentions = actors if role == "actor" else recipients
    assert _has(mentions, name, country, sector), mentions


@pytest.mark.parametrize("text, name, country, sector", [
    # a state's regulator is called its watchdog: the government
    ("Russia's communications watchdog blocked access to the messaging app on Monday.",
     "communications watchdog", "RUS", "GOV"),
    ("South Korea's financial watchdog fined the bank for breaching lending rules.", "financial watchdog", "KOR", "GOV"),
    # a watchdog of rights or of the press stays a non-governmental group
    ("A media freedom watchdog condemned the arrest of the reporter in Baku.", "media freedom watchdog", None, "NGO"),
    ("The rights watchdog accused Egyptian police of torturing detainees.", "rights watchdog", None, "NGO"),
])
def test_watchdogs(text, name, country, sector):
    _, actors, _ = _parties(text)[0]
    assert _has(actors, name, country, sector), actors


@pytest.mark.parametrize("text, name, sector", [
    # the president of a union or a party heads that body, not the state
    ("KAMPALA - The union's president accused the police of beating striking teachers.", "union's president", "LAB"),
    ("KAMPALA - The party's president accused the police of beating its supporters.", "party's president", "PTY"),
    # the country's president stays the state's
    ("KAMPALA - The country's president accused the police of beating striking teachers.", "country's president",
     "GOV"),
])
def test_president_of_a_body(text, name, sector):
    _, actors, _ = _event(text, "accused")
    assert _has(actors, name, "UGA", sector), actors
