"""`Article.to_dict` gives exactly what `dataclasses.asdict` gives, as fresh dictionaries and lists."""

import dataclasses

from dyad.pipeline import code_documents
from dyad.read import document_from_dict

STORY = ("NAIROBI, May 6 (Wire) - Kenyan police arrested 40 protesters outside parliament on Tuesday, "
         "the interior ministry said.\n\n"
         "\"We will not allow violence in the capital,\" Interior Minister Joseph Kamau told reporters. "
         "Opposition leaders accused the government of silencing critics and called for talks with "
         "President William Ruto next week.")


def _article():
    [article] = code_documents([document_from_dict({"id": "s1", "text": STORY, "published": "2025-05-06"}, "s1")])
    return article


def test_the_record_is_asdicts():
    article = _article()
    record = article.to_dict()
    assert record == dataclasses.asdict(article)
    assert record["events"] and record["attributions"]  # a story with events, parties, dates and reports
    assert any(e["actor"] and e["date"] for e in record["events"])


def test_changing_the_record_leaves_the_article_alone():
    article = _article()
    record = article.to_dict()
    record["events"][0]["actor"].clear()
    record["events"][0]["trigger"]["text"] = "changed"
    record["warnings"].append("added")
    assert article.events[0].actor and article.events[0].trigger.text != "changed"
    assert article.warnings == []
    assert article.to_dict() == dataclasses.asdict(article)
