"""dyad: news in, event data out.

    >>> import dyad
    >>> record = dyad.code("Russia and Ukraine held talks in Istanbul on Monday.", published="2025-05-19")
    >>> [(e["type"], [a["code"] for a in e["actor"]]) for e in record["events"]]
    [('CONSULT', ['RUS', 'UKR'])]

The pipeline lives in `dyad.pipeline`; these two names are its public face.
"""

__version__ = "0.1.0"
__all__ = ["code", "code_many", "__version__"]


def code(text, *, published=None, id="article", title=None) -> dict:
    """Code one article's text; returns the Article record (see README, "The record")."""
    from dyad.pipeline import code as code_one

    return code_one(text, published=published, id=id, title=title)


def code_many(articles, *, processes=1):
    """Code article dicts ({id, text, title?, url?, source?, published?}); yields records in order."""
    from dyad.pipeline import code_many as code_all

    return code_all(articles, processes=processes)
