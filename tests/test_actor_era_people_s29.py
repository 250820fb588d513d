"""People of 1975-2001 wire news the knowledge base gained in session 29 (issue 6, kb33), and the
`surname` column that let the ones whose last name is another listed person's, a place or a common
word in (Raymond Barre beside Siad Barre, Zenko Suzuki, Humberto Ortega). Sentences written for
these tests."""

import pytest

from actor_lookup import code_of, mention_of
from dyad.lexicon.actors.knowledge import knowledge_base


@pytest.mark.parametrize("text, phrase, published, code", [
    # in office on the story's date
    ("Arnaldo Forlani promised parliament a new budget within a month.", "Arnaldo Forlani", "1981-02-11",
     "ITAGOV"),
    ("George Iacovou flew to Athens for talks on the island's future.", "George Iacovou", "1988-10-03",
     "CYPGOV"),
    ("Pascoal Mocumbi asked the donors for more food aid for the drought areas.", "Pascoal Mocumbi",
     "1992-03-17", "MOZGOV"),
    ("Yunus Khalis said his fighters would keep attacking the garrison at Jalalabad.", "Yunus Khalis",
     "1989-04-02", "AFGREB"),
    ("Nuon Chea ordered the guerrillas to boycott the ceasefire talks.", "Nuon Chea", "1992-06-20", "KHMREB"),
    ("Alioune Blondin Beye shuttled between Luanda and Bailundo with a new draft.", "Alioune Blondin Beye",
     "1996-09-08", "IGO"),
    ("Arbi Barayev demanded a ransom for the four engineers.", "Arbi Barayev", "1998-10-12", "RUSREB"),
    # no date: the office the person held last
    ("Marrack Goulding urged both sides to respect the truce.", "Marrack Goulding", None, "IGO"),
    ("Tengiz Kitovani ordered his troops into Sukhumi.", "Tengiz Kitovani", None, "GEOGOV"),
    ("Abdul Karim Kabariti said Jordan would not join the embargo.", "Abdul Karim Kabariti", None, "JORGOV"),
    # after the office ended: a former office holder
    ("Giovanni Spadolini warned that the coalition would not survive the vote.", "Giovanni Spadolini",
     "1991-05-06", "ITAELI"),
])
def test_era_office_holders_s29(nlp, text, phrase, published, code):
    assert code_of(nlp, text, phrase, published) == code


@pytest.mark.parametrize("text, phrase, published, name, code", [
    # full names whose last word stays another's alias
    ("Raymond Barre said the franc would not be devalued.", "Raymond Barre", "1979-06-12", "Raymond Barre",
     "FRAGOV"),
    ("Humberto Ortega said the army would be cut by a third.", "Humberto Ortega", "1991-02-05",
     "Humberto Ortega", "NICMIL"),
    ("Zenko Suzuki promised Washington a bigger share of the defence burden.", "Zenko Suzuki",
     "1981-05-08", "Zenko Suzuki", "JPNGOV"),
    ("Sahabzada Yaqub Khan met the Afghan delegation in Geneva.", "Sahabzada Yaqub Khan", "1986-03-03",
     "Sahabzada Yaqub Khan", "PAKGOV"),
    # the namesake keeps the surname
    ("Barre told the clan elders in Mogadishu that the army would restore order.", "Barre", "1988-08-01",
     "Siad Barre", "SOMGOV"),
    ("Ortega told a rally in Managua that the elections would go ahead.", "Ortega", None, "Daniel Ortega",
     None),
])
def test_surname_left_to_namesake(nlp, text, phrase, published, name, code):
    mention = mention_of(nlp, text, phrase, published)
    assert mention is not None and mention.name == name
    if code:
        assert mention.code == code


def test_lone_surname_after_full_name_is_that_person(nlp):
    text = ("Raymond Barre met the union leaders in Paris on Tuesday. "
            "Barre told them that wages would be frozen for another year.")
    mention = mention_of(nlp, text, "Barre", "1980-02-05", last=True)
    assert mention is not None and mention.name == "Raymond Barre" and mention.code == "FRAGOV"


def test_surname_column_names_no_one_alone():
    kb = knowledge_base()
    assert not kb.names_a_person("Suzuki")  # a company's name, not Japan's prime minister of 1980-82
    assert kb.names_a_person("Barre")  # still Siad Barre's
