"""Office holders a second pass of the gap audit (scripts/audit_office_gaps.py 1990 2024) found
missing in session 38: defence and foreign ministers of countries with none listed for years,
and people news names without a title (armed-group, opposition and dissident leaders, central
bank governors). A name alone, with no country word in the sentence, gives the person's country
and the sector of the office held on the story's date; after the office, a former office holder
(ELI). Sentences written for these tests."""

import pytest

from actor_lookup import code_of, mention_of


@pytest.mark.parametrize("text, phrase, published, code", [
    # defence ministers in office on the story's date
    ("Joris Voorhoeve told reporters the battalion would not be reinforced.", "Joris Voorhoeve",
     "1995-07-12", "NLDGOV"),
    ("Khalid al-Attiyah inspected the new air defence batteries on Tuesday.", "Khalid al-Attiyah",
     "2019-05-07", "QATGOV"),
    ("Leopoldo Cintra Frias said the army was ready for any hurricane season.", "Leopoldo Cintra Frias",
     "2015-06-02", "CUBGOV"),
    ("Abdul Rahim Wardak asked the donors for more helicopters.", "Abdul Rahim Wardak", "2009-03-18",
     "AFGGOV"),
    ("Kang Sun-nam warned that any provocation would meet an overwhelming response.", "Kang Sun-nam",
     "2023-07-20", "PRKGOV"),
    ("Oppah Muchinguri told the graduating cadets to stay loyal.", "Oppah Muchinguri", "2021-04-10",
     "ZWEGOV"),
    ("Joseph Beti Assomo visited the troops deployed in the far north.", "Joseph Beti Assomo",
     "2019-02-14", "CMRGOV"),
    ("Kalle Laanet signed the contract for the rocket launchers.", "Kalle Laanet", "2022-03-03", "ESTGOV"),
    ("Feng Shih-kuan said the drills would simulate a blockade.", "Feng Shih-kuan", "2017-04-11", "TWNGOV"),
    # earlier offices of people listed for a later one (people.yaml and people.tsv)
    ("Shigeru Ishiba said the destroyers would stay in the Indian Ocean.", "Shigeru Ishiba", "2003-05-20",
     "JPNGOV"),
    ("Bronislaw Komorowski said the brigade would be ready next year.", "Bronislaw Komorowski", "2001-02-15",
     "POLGOV"),
    # foreign ministers
    ("Mulambo Haimbe met the visiting delegation to discuss the debt talks.", "Mulambo Haimbe",
     "2024-03-05", "ZMBGOV"),
    ("Lemogang Kwape called for calm after the disputed vote next door.", "Lemogang Kwape", "2021-01-19",
     "BWAGOV"),
    ("Ali Bagheri Kani said the talks would continue after the funeral.", "Ali Bagheri Kani", "2024-06-12",
     "IRNGOV"),
    ("Morissanda Kouyate told the summit the transition would take three years.", "Morissanda Kouyate",
     "2022-07-04", "GINGOV"),
    # people named without a title
    ("Gibril Ibrahim said his fighters had repulsed the attack near the border.", "Gibril Ibrahim",
     "2014-05-10", "SDNREB"),
    ("Gibril Ibrahim said the budget would cut fuel subsidies.", "Gibril Ibrahim", "2022-01-12", "SDNGOV"),
    ("Riad Salameh said the reserves were enough to defend the pound.", "Riad Salameh", "2019-11-11",
     "LBNGOV"),
    ("Freeman Mbowe told supporters the party would boycott the vote.", "Freeman Mbowe", "2020-09-14",
     "TZAOPP"),
    ("Narges Mohammadi smuggled a letter out of prison.", "Narges Mohammadi", "2023-10-06", "IRNOPP"),
    ("Paul Malong ordered his troops to withdraw from the town.", "Paul Malong", "2016-07-12", "SSDMIL"),
    # after the office ended: a former office holder
    ("Joris Voorhoeve told a conference that the mission had lacked air support.", "Joris Voorhoeve",
     "2005-06-20", "NLDELI"),
    ("Abdul Rahim Wardak said the peace talks needed the neighbours.", "Abdul Rahim Wardak", "2015-02-02",
     "AFGELI"),
    ("Riad Salameh was questioned by investigators on Tuesday.", "Riad Salameh", "2024-09-03", "LBNELI"),
    ("Leopoldo Cintra Frias attended the parade as a guest.", "Leopoldo Cintra Frias", "2023-01-02",
     "CUBELI"),
])
def test_people_s38(nlp, text, phrase, published, code):
    assert code_of(nlp, text, phrase, published) == code


@pytest.mark.parametrize("text, phrase, published, code", [
    # a surname another listed person bears ("-" in people.tsv: Petar Stoyanov, Narcis Serra) is
    # not an alias, but the full name finds the minister
    ("Dimitar Stoyanov said the ministry would buy new fighters.", "Dimitar Stoyanov", "2023-01-10",
     "BGRGOV"),
    ("Eduardo Serra said the army would become fully professional.", "Eduardo Serra", "1997-02-11",
     "ESPGOV"),
])
def test_people_s38_shared_surnames(nlp, text, phrase, published, code):
    assert code_of(nlp, text, phrase, published) == code


def test_people_s38_surname_alone(nlp):
    """A later mention by the surname alone is the person the full name introduced."""
    text = "Joris Voorhoeve arrived on Monday. Voorhoeve said the battalion would stay."
    mention = mention_of(nlp, text, "Voorhoeve", "1995-07-12", last=True)
    assert mention is not None and mention.name == "Joris Voorhoeve" and mention.code == "NLDGOV"
