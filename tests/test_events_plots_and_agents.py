"""A plot is not the deed plotted ("plotted to kill a dissident" is no killing), and a nation's
"agents" are its spies (SPY), whose own country is not where they struck."""

import dyad


def events(text):
    return [(e["type"], e["status"], [m["code"] for m in e["actor"]], e["location"] and e["location"]["country"])
            for e in dyad.code(text, published="2018-03-12")["events"]]


def test_a_plot_to_kill_is_not_a_killing():
    assert events("Iranian agents plotted to kill a dissident in the Netherlands, Dutch officials said.") == [
        ("ASSAULT", "hypothetical", ["IRNSPY"], "NLD")]


def test_men_who_conspired_to_bomb_did_not_bomb():
    assert [e[1] for e in events("Two men conspired to bomb a synagogue in Berlin, prosecutors said.")] == ["hypothetical"]


def test_foreign_agents_are_spies_and_do_not_place_their_attack_at_home():
    found = events("Russian agents attacked a former spy with a nerve agent in Salisbury on Sunday.")
    assert found[0][:3] == ("ASSAULT", "asserted", ["RUSSPY"])
    assert found[0][3] != "RUS"
