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
