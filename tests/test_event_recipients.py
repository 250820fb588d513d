"""Party assignment (issue 5): recipients that a promise, refusal or demand names
outside its object, on sentences written for these tests."""

from helpers import coded_events
import dyad

PUBLISHED = "2025-03-10"


def party(mention: dict) -> str:
    return mention["country"] or mention["code"]


def triples(text: str, published: str = PUBLISHED) -> set[tuple]:
    return {(e["type"], frozenset(party(m) for m in e["actor"]), frozenset(party(m) for m in e["recipient"]))
            for e in dyad.code(text, published=published)["events"] if e["status"] in ("asserted", "future")}


def test_an_act_agreed_under_a_deal_is_agreed_with_the_deals_other_party():
    assert ("AGREE", frozenset({"TCD"}), frozenset({"FRA"})) in triples(
        "Chad agreed on Tuesday to cut its troop numbers in the north under a deal reached with France.")
    assert ("AGREE", frozenset({"COL"}), frozenset({"USA"})) in triples(
        "Colombia agreed on Friday to extradite two drug lords under a treaty signed with the United States in 1979.")


def test_a_refusal_under_a_scheme_is_aimed_at_the_schemes_owner():
    # not at the migrants, the state's own charges once taken in, nor at no one
    assert ("REJECT", frozenset({"HUN"}), frozenset({"IGO"})) in triples(
        "Hungary refused on Monday to accept any asylum seekers under a European Union quota plan.")
    assert ("REJECT", frozenset({"SVK"}), frozenset({"IGO"})) in triples(
        "The Slovak government said on Thursday it would not take in any migrants under the European Union "
        "relocation scheme.")


def test_where_a_deal_was_signed_is_no_party_to_it():
    assert triples("Ethiopia's rival factions agreed on Sunday to share power under a deal signed in Nairobi.") == {
        ("AGREE", frozenset({"ETH"}), frozenset())}


def test_a_call_for_someone_to_act_is_made_of_them():
    # the small parser makes "for" the mark of the infinitive clause: still a call, made of its subject
    assert ("REQUEST", frozenset({"KEN"}), frozenset({"ETH"})) in triples(
        "Kenya's president called on Friday for Ethiopia to pull its troops out of the border town of Moyale.")
    assert ("REQUEST", frozenset({"IGO"}), frozenset({"IGO"})) in triples(
        "The African Union appealed for the United Nations to send more peacekeepers to Darfur.")
    # what was called for has not happened: no sanctions by Britain
    found = triples("The exiled opposition leader called for Britain to impose sanctions on the military junta.")
    assert any(t == "REQUEST" and recipients == frozenset({"GBR"}) for t, _, recipients in found)
    assert not any(t == "SANCTION" for t, _, _ in found)


def test_an_ultimatum_is_aimed_at_whoever_must_meet_its_condition():
    # before what the threatened act would be done to, and a capital there is its government
    assert ("THREATEN", frozenset({"SEN"}), frozenset({"IGO"})) in triples(
        "Senegal has threatened to pull its 1,500 peacekeepers out of the joint mission in Darfur if the "
        "United Nations publishes a report on their conduct, according to a government letter.")
    assert ("THREATEN", frozenset({"NGA"}), frozenset({"NGA"})) in triples(
        "Nigerian militants threatened on Sunday to attack more oil terminals unless Abuja freed their leader.")
    # whom a warning names stays its recipient
    assert ("THREATEN", frozenset({"TUR"}), frozenset({"SYR"})) in triples(
        "Turkey's defence minister warned Syria's Kurdish militias on Monday that Turkey would strike hard at "
        "their bases if they fired on its border towns.")


def test_a_promise_or_refusal_for_a_named_party_is_aimed_at_it():
    assert ("AGREE", frozenset({"RUS"}), frozenset({"IRN"})) in triples(
        "Russia offered on Tuesday to reprocess nuclear fuel for Iran at a plant in Siberia.")
    assert ("REJECT", frozenset({"CHN"}), frozenset({"USA"})) in triples(
        "China refused on Friday to renew press visas for American journalists.")
    # not a role or a span of time
    assert not any(recipients for _, _, recipients in triples(
        "The minister agreed on Monday to stand for president next year."))


def test_a_body_that_names_its_owner_is_not_its_leaders():
    # "a U.N. team led by an American" is the U.N.'s; "observers sent by the EU" stay the EU's
    assert ("SANCTION", frozenset({"SDN"}), frozenset({"IGO"})) in triples(
        "Khartoum expelled a European Union delegation headed by a French diplomat on Monday.")
    assert ("REJECT", frozenset({"ISR"}), frozenset({"IGO"})) in triples(
        "Israel rejected observers sent by the European Union.")


def test_a_deal_reached_with_another_party_is_agreed_with_it():
    # the one who reached it is the actor, the one it was reached with the recipient
    assert triples("Uganda reached an agreement with Tanzania on Monday to build a crude oil pipeline.") == {
        ("AGREE", frozenset({"UGA"}), frozenset({"TZA"}))}
    assert ("AGREE", frozenset({"ARG"}), frozenset({"IGO"})) in triples(
        "Argentina struck a deal with the International Monetary Fund on Friday to refinance $44 billion of debt.")
    # both named as its subject are both its actors
    assert triples("Uganda and Tanzania reached an agreement on Monday to build a crude oil pipeline.") == {
        ("AGREE", frozenset({"UGA", "TZA"}), frozenset())}


def test_every_party_a_promised_meeting_is_between_is_a_recipient():
    # the second of two coordinated parties hangs on the first, not on "between"
    assert triples("Kazakhstan offered on Monday to host a meeting between Armenian Prime Minister Nikol Pashinyan "
                   "and Azerbaijani President Ilham Aliyev in Astana.") == {
        ("AGREE", frozenset({"KAZ"}), frozenset({"ARM", "AZE"}))}
    assert triples("Iraq refused on Tuesday to let Russian and French inspectors enter the presidential palaces.") == {
        ("REJECT", frozenset({"IRQ"}), frozenset({"RUS", "FRA"}))}


def test_a_stateless_armed_groups_fighters_are_not_of_the_country_they_strike():
    # Islamic State's or al Qaeda's men are the group's wherever they attack; local rebels and
    # unnamed gunmen are still of the country where they strike
    assert ("ASSAULT", frozenset({"REB"}), frozenset({"NGA"})) in triples(
        "Islamic State fighters attacked an army base in northeastern Nigeria on Saturday, killing 11 soldiers.")
    assert ("ASSAULT", frozenset({"REB"}), frozenset({"MLI"})) in triples(
        "Al Qaeda militants stormed a hotel in Mali's capital Bamako on Friday.")
    assert ("ASSAULT", frozenset({"MLI"}), frozenset({"MLI"})) in triples(
        "Rebels attacked an army base in northern Mali on Friday.")


def test_a_receiver_named_before_what_is_given_is_the_recipient():
    (loan,) = coded_events("The International Monetary Fund has decided to give Argentina up to 50 billion dollars.", "2018-06-08")
    assert [m["country"] for m in loan["recipient"]] == ["ARG"]
    (aid,) = coded_events("The United States gave Ukraine 300 million dollars in military aid on Friday.", "2018-06-08")
    assert (aid["type"], [m["country"] for m in aid["recipient"]]) == ("AID", ["UKR"])
