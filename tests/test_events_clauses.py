"""Events told outside the main clause: what an act of force did (", killing 12"), relative
clauses, background clauses, coordinated verbs; each coded as a happening of its own, with the
status its clause gives it."""

import dyad

PUBLISHED = "2024-05-08"  # a Wednesday


def party(mention: dict) -> str:
    return mention["country"] or mention["code"]


def events(text: str) -> list[dict]:
    return dyad.code(text, published=PUBLISHED)["events"]


def by_trigger(text: str) -> dict[str, dict]:
    return {e["trigger"]["text"]: e for e in events(text)}


def test_killing_told_in_a_participle_is_an_assault_of_its_own(nlp):
    found = by_trigger("Government troops shelled the central market in Kadugli on Tuesday, killing nine traders, "
                       "a local official said.")
    shelling, killing = found["shelled"], found["killing"]
    assert killing["type"] == "ASSAULT" and killing["status"] == "asserted"
    assert {party(m) for m in killing["actor"]} == {party(m) for m in shelling["actor"]} == {"SDN"}
    assert killing["date"]["value"] == shelling["date"]["value"] == "2024-05-07"
    assert killing["location"]["name"] == shelling["location"]["name"] == "Kadugli"


def test_a_participle_takes_the_deeds_recipient_when_it_names_no_victim(nlp):
    found = by_trigger("Israeli jets bombed Hezbollah positions in southern Lebanon overnight, killing three.")
    assert {party(m) for m in found["killing"]["recipient"]} == {party(m) for m in found["bombed"]["recipient"]}


def test_killing_and_wounding_by_no_one_named_are_coded(nlp):
    found = by_trigger("A car bomb tore through a busy market in Baqubah on Monday, killing 14 people and "
                       "wounding dozens.")
    assert {"killing", "wounding"} <= set(found)
    assert found["killing"]["actor"] == [] and found["killing"]["date"]["value"] == "2024-05-06"


def test_a_participle_keeps_the_status_of_its_clause(nlp):
    found = by_trigger("The army denied that its soldiers had fired on the marchers in Bamako, killing two students.")
    assert found["killing"]["status"] == found["fired"]["status"] == "denied"
    found = by_trigger("The rebels did not attack the convoy near Bunia, killing nobody.")
    assert found["killing"]["status"] == "negated"
