"""Where and when a speaker acted, told by an aside on the subject (session 36, issue #7): "X,
speaking from Lubumbashi, called on ...", "X, on holiday in France, condemned ...", not "X, flying
home from a summit in Peru, rejected ..."; and "late in the day" as the story's day. Stories
written for these tests."""

from helpers import events_by_trigger


def test_called_on_after_a_set_off_participle_is_the_verb(nlp):
    # the parser read "called" as naming the subject ("a man called ..."), so the aside's town and
    # day were nobody's
    text = ("Rebels seized the airport of Bunia on Sunday. The president, speaking from the southern city of "
            "Lubumbashi on Monday, called on the rebels to lay down their arms.")
    doc = nlp(text)
    called = next(t for t in doc if t.text == "called")
    assert called.dep_ == "ROOT"
    assert [c.text for c in called.children if c.dep_ == "nsubj"] == ["president"]
    events = events_by_trigger(text, "2024-03-05")
    assert events["called"]["location"]["name"] == "Lubumbashi"
    assert events["called"]["date"]["value"] == "2024-03-04"


def test_an_aside_of_a_holiday_or_a_visit_places_the_words(nlp):
    text = ("LYON, July 9 (AFP) - Rioters burned cars and shops in Lyon overnight.\n\n"
            "President Jean Moreau, on holiday in Spain, condemned the violence on Saturday.")
    events = events_by_trigger(text, "2022-07-09")
    assert events["condemned"]["location"]["country"] == "ESP"
    text = ("Gunmen killed nine villagers near Mopti on Friday. The president, on a visit to Senegal, "
            "condemned the killings.")
    events = events_by_trigger(text, "2021-05-08")
    assert events["condemned"]["location"]["country"] == "SEN"


def test_an_aside_without_a_place_places_nothing(nlp):
    text = "Gunmen killed nine villagers near Mopti on Friday. The president, in a statement, condemned the killings."
    events = events_by_trigger(text, "2021-05-08")
    assert events["condemned"]["location"] is None


def test_where_the_speaker_flew_home_from_is_not_where_he_spoke(nlp):
    text = ("Protesters seized the airport on Tuesday. The prime minister, flying home from a summit in Chile, "
            "rejected their demand that he resign.")
    events = events_by_trigger(text, "2019-11-27")
    assert events["rejected"]["location"] is None
    # one speaking from afar is where he speaks from
    text = ("Protesters seized the main airport in Bangkok on Tuesday. Prime Minister Anan Chaiyo, "
            "speaking from Chiang Mai, rejected their demand that he step down.")
    events = events_by_trigger(text, "2019-11-27")
    assert events["rejected"]["location"]["name"] == "Chiang Mai"


def test_late_in_the_day_is_the_storys_day():
    text = ("OUAGADOUGOU (Reuters) - Protesters stormed parliament in Ouagadougou on Thursday. President "
            "Blaise Kabore dissolved the government late in the day and declared a state of emergency.")
    events = events_by_trigger(text, "2014-11-01")
    assert events["declared"]["date"]["value"] == "2014-10-30"
    text = ("Protesters stormed parliament in Ouagadougou on Thursday. Late in the day, the president "
            "declared a state of emergency.")
    events = events_by_trigger(text, "2014-11-01")
    assert events["declared"]["date"]["value"] == "2014-10-30"
