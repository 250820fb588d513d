"""The subject after a fronted phrase ("In a telephone interview from Vilnius, Lithuanian President
Vytautas Landsbergis rejected ...") is the verb's subject, not an apposition to the phrase's last noun."""

import dyad


def codes(text: str, published: str) -> list[tuple]:
    record = dyad.code(text, published=published)
    return [(e["type"], [m["country"] for m in e["actor"]], [m["country"] for m in e["recipient"]])
            for e in record["events"]]


def test_the_speaker_after_a_fronted_interview_rejects():
    assert codes("In a telephone interview from Vilnius, Lithuanian President Vytautas Landsbergis flatly "
                 "rejected the Kremlin's new terms.", "1990-04-20") == [("REJECT", ["LTU"], ["RUS"])]


def test_a_subject_with_its_own_apposition_stays():
    # the verb has its subject; the name after it is that subject's apposition
    record = dyad.code("In Geneva, the UN human rights chief, Volker Turk, condemned the attack on the hospital.",
                       published="2023-09-21")
    assert [[m["text"] for m in e["actor"]] for e in record["events"]] == [["the UN human rights chief"]]
