"""Events whole stories tell that dyad missed (session 42): a body named in the singular doing a
second act as "it" in the same sentence, borders and airports sealed or closed, rifles laid down,
a part in an alliance frozen, tariffs raised on another country's goods."""

import dyad


def _events(text: str, published: str = "2021-03-10") -> list[tuple]:
    return [(e["type"], e["cameo"], e["trigger"]["text"], tuple(m["code"] for m in e["actor"]),
             tuple(m["code"] for m in e["recipient"]), e["status"])
            for e in dyad.code(text, published=published)["events"]]


def _types(text: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in _events(text)]


# --- "..., and it warned": a body named in the singular is the "it" of its own sentence ------------------

def test_it_of_a_second_clause_is_the_army_of_the_first():
    events = _events("The Turkish army shelled villages near Afrin on Tuesday, and it warned the Syrian "
                     "government that more strikes would follow.")
    warned = [e for e in events if e[2] == "warned"]
    assert [(e[0], e[3], e[4]) for e in warned] == [("THREATEN", ("TURMIL",), ("SYRGOV",))]


def test_a_dummy_it_after_a_bodys_act_stays_no_actor():
    # "it is unclear whether": no act of the army's, whatever "it" is taken for
    assert _types("The Egyptian army arrested ten men, and it is unclear whether they will be charged.") == [
        ("COERCE", "173", "arrested")]


# --- borders and airports sealed or closed (CAMEO 191, restrict movement) ---------------------------------

def test_a_state_sealing_its_border():
    events = _events("Tajikistan sealed its border with Afghanistan on Friday.")
    assert [(e[0], e[1], e[2], e[3][0][:3]) for e in events] == [("COERCE", "191", "sealed", "TJK")]


def test_a_junta_closing_the_airport():
    events = _events("Niger's junta closed the airport in Niamey on Saturday.")
    assert [(e[0], e[1], e[2]) for e in events] == [("COERCE", "191", "closed")]


def test_a_deal_sealed_is_no_closure():
    assert not [t for t in _types("Kenya and Uganda sealed the pipeline agreement on Friday.") if t[0] == "COERCE"]


# --- rifles laid down: disarming (CAMEO 0873) -----------------------------------------------------------

def test_fighters_laying_down_their_rifles():
    events = _events("About 200 Colombian rebels laid down their rifles outside the town hall on Friday.")
    assert [(e[0], e[1]) for e in events] == [("RETREAT", "0873")]


def test_laying_down_a_rule_is_no_disarming():
    assert not _events("The Colombian court laid down strict rules for the vote.")


# --- a part in an alliance frozen: reduced relations (CAMEO 160) ------------------------------------------

def test_a_state_freezing_its_participation_in_an_alliance():
    events = _events("Belarus froze its participation in the Eastern Partnership on Friday.")
    assert [(e[0], e[1], e[2], e[3][0][:3]) for e in events] == [("SANCTION", "160", "froze", "BLR")]


# --- tariffs raised on another country's goods: a trade sanction (CAMEO 163) ------------------------------

def test_a_state_raising_tariffs_on_another_countrys_goods():
    events = _events("Canada raised tariffs on American steel on Monday.")
    assert [(e[0], e[1], e[2], e[3][0][:3], e[4][0][:3]) for e in events] == [
        ("SANCTION", "163", "raised", "CAN", "USA")]


def test_a_tax_raised_on_a_product_is_no_sanction():
    assert not _events("The Kenyan government raised the duty on cigarettes on Monday.")
    assert not _events("The Kenyan central bank raised interest rates on Monday.")


# --- "fired tear gas to disperse them and arrested 17": the arrest is no part of the purpose ----------------

def test_an_arrest_joined_to_a_purpose_infinitive_is_an_act_of_its_own():
    events = _events("Kenyan police fired tear gas to disperse about 300 protesters in Nairobi and arrested 17 of them.")
    assert ("COERCE", "173", "arrested") in [e[:3] for e in events]
    assert [e[3][0][:3] for e in events if e[2] == "arrested"] == ["KEN"]


def test_a_second_infinitive_stays_part_of_the_purpose():
    events = _events("Kenyan police fired tear gas to disperse about 300 protesters in Nairobi and arrest their leaders.")
    assert "arrest" not in [e[2] for e in events]
