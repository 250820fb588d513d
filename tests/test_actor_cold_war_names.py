"""Countries and bodies under the names wire copy of the 1960s to the 1990s gave them (the era
of much of the PLOVER gold standard): "Dahomey", "Nyasaland", "the GDR", "Bonn" for West
Germany's government, the Red Army, the Viet Cong, guerrilla movements that later became parties."""

import pytest

import dyad

CASES = [
    ("Dahomey accused Togo on Tuesday of sheltering the plotters.", "1965-03-02", "Dahomey", "BEN"),
    ("Nyasaland police arrested 40 nationalist leaders in Blantyre.", "1959-03-04", "Nyasaland police", "MWICOP"),
    ("Persia protested to Britain over the seizure of the tanker.", "1951-06-20", "Persia", "IRN"),
    ("Tanganyika signed a border agreement with Kenya on Friday.", "1963-08-09", "Tanganyika", "TZA"),
    ("Bechuanaland asked Britain for famine relief.", "1965-07-01", "Bechuanaland", "BWA"),
    ("The GDR expelled two West German correspondents on Monday.", "1976-12-20", "The GDR", "DEU"),
    ("Bonn recalled its ambassador from Tehran on Wednesday.", "1987-02-11", "Bonn", "DEUGOV"),
    ("South Vietnam accused Cambodia of harbouring guerrillas.", "1966-05-03", "South Vietnam", "VNM"),
    # the Soviet Union's bodies are Russia's, as the Soviet Union is
    ("Red Army units shelled villages near Herat on Sunday.", "1985-04-15", "Red Army units", "RUSMIL"),
    ("The Supreme Soviet rejected the plan on Thursday.", "1990-06-14", "The Supreme Soviet", "RUSLEG"),
    ("The KGB arrested two American diplomats in Leningrad.", "1986-09-01", "The KGB", "RUSSPY"),
    ("Viet Cong guerrillas attacked a U.S. base near Pleiku.", "1965-02-07", "Viet Cong guerrillas", "VNMREB"),
    ("The Red Brigades kidnapped a senior magistrate in Rome.", "1978-03-17", "The Red Brigades", "ITAREB"),
    ("The Phalangists accused Syria of shelling east Beirut.", "1978-10-02", "The Phalangists", "LBNPTY"),
    # a guerrilla movement before it laid down its arms, a party after
    ("SWAPO guerrillas ambushed a South African patrol.", "1984-06-02", "SWAPO guerrillas", "NAMREB"),
    ("ZAPU guerrillas shot down a Rhodesian airliner.", "1978-09-04", "ZAPU guerrillas", "ZWEREB"),
    ("M-19 guerrillas seized the Palace of Justice in Bogota.", "1985-11-07", "M-19 guerrillas", "COLREB"),
    ("The Warsaw Pact condemned the NATO exercise on Friday.", "1983-11-12", "The Warsaw Pact", "IGO"),
]


@pytest.mark.parametrize("text, published, phrase, code", CASES, ids=[c[2] for c in CASES])
def test_an_old_name_gives_the_country_and_sector(text, published, phrase, code):
    events = dyad.code(text, published=published)["events"]
    parties = {m["text"]: m["code"] for e in events for m in e["actor"] + e["recipient"]}
    assert parties.get(phrase) == code, parties
