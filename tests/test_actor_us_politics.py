"""Actor resolution in domestic US political news (issue 6, session 18): candidates out of
office are their party's (PTY) on the article's date; a bare surname several known people share,
none named in full and none in office, takes the country they all share (and the sector their
roles share on the date) rather than nothing; federal agencies, the national party committees
and the political press are known bodies, also in the dotted style some papers write them in."""

import pytest

from actor_lookup import mention_of


@pytest.mark.parametrize("text, phrase, published, code, name", [
    # a candidate out of office speaks for the party whose nomination they seek
    ("Fiorina told supporters in Des Moines that she would cut the federal budget.", "Fiorina",
     "2015-09-20", "USAPTY", "Carly Fiorina"),
    ("Speaking at a rally in Nashua, Donald Trump promised to renegotiate trade deals.", "Donald Trump",
     "2016-01-30", "USAPTY", "Donald Trump"),
    # an office holder running for president keeps the office
    ("Kasich said the budget he signed in Columbus proved he could govern.", "Kasich",
     "2016-03-10", "USAGOV", "John Kasich"),
    ("Ryan said House Republicans would not take up the bill this year.", "Ryan",
     "2016-05-12", "USALEG", "Paul Ryan"),
])
def test_campaign_figures_by_their_role_on_the_date(nlp, text, phrase, published, code, name):
    mention = mention_of(nlp, text, phrase, published)
    assert mention is not None and (mention.code, mention.name) == (code, name)


def test_a_surname_of_several_former_presidents_keeps_their_country(nlp):
    text = "At the debate in Houston, Bush accused the front-runner of having no plan for the economy."
    mention = mention_of(nlp, text, "Bush", "2016-06-10")
    assert mention is not None and mention.country == "USA" and mention.sector == "ELI"


def test_namesakes_of_different_sectors_give_the_country_alone(nlp):
    # Hillary Clinton was a candidate in 2016, Bill Clinton a former president: which is not said
    mention = mention_of(nlp, "Clinton criticized the plan in a speech in Cleveland on Tuesday.",
                         "Clinton", "2016-06-14")
    assert mention is not None and mention.code == "USA" and mention.sector is None


def test_a_surname_after_another_given_name_is_still_no_one_known(nlp):
    mention = mention_of(nlp, "Jenna Bush said she would not run for the seat.", "Jenna Bush", "2016-06-10")
    assert mention is None or mention.country is None


@pytest.mark.parametrize("text, phrase, code", [
    ("The E.P.A. fined the refinery $3 million for the leak.", "The E.P.A.", "USAGOV"),
    ("Border Patrol agents detained 30 people near El Paso on Sunday.", "Border Patrol", "USACOP"),
    ("The Republican National Committee sued the state over its new voting rules.",
     "The Republican National Committee", "USAPTY"),
    ("The F.B.I. questioned the former aide for three hours.", "The F.B.I.", "USACOP"),
    ("The Congressional Budget Office said the plan would add $2 trillion to the debt.",
     "The Congressional Budget Office", "USALEG"),
    ("The Huffington Post asked the campaign for comment.", "The Huffington Post", "USAMED"),
])
def test_us_bodies_of_domestic_news(nlp, text, phrase, code):
    mention = mention_of(nlp, text, phrase, "2016-05-01")
    assert mention is not None and mention.code == code


def test_a_known_surname_the_tagger_leaves_unlabelled_is_no_foreign_town(nlp):
    # "Cruz" is also a town in Brazil; the senator the story does not place is no Brazilian
    from dyad import code_many

    record = next(iter(code_many([{"id": "c", "text": "Cruz slammed the deal as a betrayal.",
                                   "published": "2016-03-01"}])))
    actors = [m for e in record["events"] for m in e["actor"]]
    assert actors and all(m["country"] != "BRA" for m in actors)


@pytest.mark.parametrize("text, phrase, code", [
    # a body whose name holds an "and" is one actor, not two
    ("The Food and Drug Administration approved the vaccine on Friday.", "The Food and Drug Administration", "USAGOV"),
    ("The Department of Health and Human Services sued the state of Texas.",
     "The Department of Health and Human Services", "USAGOV"),
])
def test_a_name_with_and_is_one_body(nlp, text, phrase, code):
    from dyad import code_many

    record = next(iter(code_many([{"id": "x", "text": text, "published": "2016-05-01"}])))
    actors = [(m["text"], m["code"]) for e in record["events"] for m in e["actor"]]
    assert actors == [(phrase, code)]


def test_a_country_whose_name_holds_and_is_one_party(nlp):
    from dyad import code_many

    record = next(iter(code_many([{"id": "t", "text": "Trinidad and Tobago and Jamaica signed a fisheries accord.",
                                   "published": "2016-05-01"}])))
    actors = [m["code"] for e in record["events"] for m in e["actor"]]
    assert actors == ["TTO", "JAM"]
