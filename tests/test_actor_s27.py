"""Actor classes of error met on the dev sets in session 27 (issue 6). Sentences written for
these tests."""

import pytest

from actor_lookup import code_of
from helpers import coded_events


@pytest.mark.parametrize("text, phrase, code", [
    # pupils are students (EDU), of the country where their school is
    ("Gunmen abducted 80 pupils from a boarding school in Kebbi state, Nigerian police said.", "80 pupils", "NGAEDU"),
    ("Bandits seized dozens of schoolgirls from their dormitory in Zamfara, Nigerian officials said.",
     "dozens of schoolgirls", "NGAEDU"),
    # "schoolchildren" tells an age as much as a school: civilians
    ("An air strike hit a bus carrying schoolchildren near Saada in Yemen.", "schoolchildren", "YEMCVL"),
])
def test_pupils(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


@pytest.mark.parametrize("text, phrase, code", [
    # a later name of a list after "former presidents" is a former president too (ELI)
    ("The court freed former prime ministers Yousaf Raza Gilani and Nawaz Sharif on bail on Monday.", "Nawaz Sharif",
     "PAKELI"),
    ("President Kim Dae-jung pardoned former presidents Chun Doo-hwan and Roh Tae-woo on Monday.", "Roh Tae-woo",
     "KORELI"),
])
def test_former_in_list(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


@pytest.mark.parametrize("text, phrase, code", [
    # a country's name before a title that the parser hung on the verb is still the title's country
    ("Chinese President Xi Jinping received Cook Islands Prime Minister Henry Puna in Beijing on Wednesday.",
     "Prime Minister Henry Puna", "COKGOV"),
    ("Cook Islands Prime Minister Henry Puna asked Wellington on Tuesday for more aid.",
     "Prime Minister Henry Puna", "COKGOV"),
    # the whole phrase, country and all, is the prime minister, not the country
    ("Chinese President Xi Jinping received Solomon Islands Prime Minister Manasseh Sogavare in Beijing on Wednesday.",
     "Solomon Islands Prime Minister Manasseh Sogavare", "SLBGOV"),
])
def test_country_before_title(nlp, text, phrase, code):
    assert code_of(nlp, text, phrase) == code


def test_country_before_title_in_events():
    events = coded_events("Chinese President Xi Jinping received Cook Islands Prime Minister Henry Puna in Beijing "
                          "on Wednesday.", "2019-05-02")
    assert any(m["code"] == "COKGOV" for e in events for m in e["recipient"])
