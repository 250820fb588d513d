"""The sentence's verb after a participle phrase on its subject ("Protesters chanting slogans
gathered in Khartoum") is the verb, not a participle on the participle's object."""

import dyad


def test_a_crowd_chanting_slogans_gathered():
    events = dyad.code("Protesters chanting slogans gathered in central Khartoum on Monday.", published="2024-03-12")["events"]
    assert [(e["trigger"]["text"], e["type"], [m["text"] for m in e["actor"]]) for e in events] == [
        ("gathered", "PROTEST", ["Protesters"])]


def test_a_participle_with_its_doer_stays_a_passive():
    # "killed by police": the protesters are the victims, not the doers
    events = dyad.code("Protesters chanting slogans killed by police in Khartoum", published="2024-03-12")["events"]
    assert all(m["text"] != "Protesters" for e in events for m in e["actor"])


def test_a_quoted_chant_does_not_hide_the_verb():
    # the parser made "chanting" the root and "gathered" a participle on the chant
    events = dyad.code('Protesters chanting "Bread, freedom" gathered in central Khartoum and began their march, '
                       'but riot police quickly confronted them with tear gas.', published="2019-01-10")["events"]
    assert {(e["trigger"]["text"], e["type"]) for e in events} == {("gathered", "PROTEST"), ("confronted", "ASSAULT")}
