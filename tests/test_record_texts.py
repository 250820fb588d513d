"""The texts a record gives are the article's own characters at the offsets it gives."""

import dyad

TEXT = ("KHARTOUM, June 2 (Wire) - The Sudanese army shelled the rebel positions outside the city of "
        "El Fasher on Sunday,  the rebels said.\n\nLater, the two sides agreed to hold talks in Jeddah.")


def test_an_events_sentence_is_the_articles_text():
    record = dyad.code(TEXT, published="2025-06-03")
    [shelling] = [e for e in record["events"] if e["type"] == "ASSAULT"]
    sentence = shelling["sentence"]
    assert sentence["text"] == TEXT[sentence["start"]:sentence["end"]]
    assert sentence["text"].startswith("The Sudanese army shelled") and "the rebels said." in sentence["text"]


def test_an_unnamed_actor_is_named_by_its_phrase_without_the_article():
    record = dyad.code(TEXT, published="2025-06-03")
    [shelling] = [e for e in record["events"] if e["type"] == "ASSAULT"]
    [target] = shelling["recipient"]
    assert (target["text"], target["name"], target["code"]) == ("the rebel positions", "rebel positions", "SDNREB")
