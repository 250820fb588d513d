"""Who brokered, mediated or hosted the talks is a third party, not a side of the agreement made in them."""

import dyad


def recipients(text, trigger, published="2023-05-20"):
    event = next(e for e in dyad.code(text, published=published)["events"] if e["trigger"]["text"] == trigger)
    return [m["text"] for m in event["recipient"]]


def test_the_brokers_of_ceasefire_talks_are_no_recipients():
    found = recipients("Sudan's army and the Rapid Support Forces agreed on Saturday to a seven-day ceasefire in talks "
                       "brokered by Saudi Arabia and the United States in Jeddah.", "agreed")
    assert "United States" not in found and "Jeddah" not in found


def test_the_other_side_of_a_mediated_truce_stays_the_recipient():
    assert recipients("Israel agreed with Hamas on a truce in a deal mediated by Qatar and Egypt.", "agreed") == ["Hamas"]
