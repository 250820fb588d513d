import pytest

from dyad.nlp import pipeline


@pytest.fixture(scope="session")
def nlp():
    """The one spaCy pipeline, loaded once for the whole test session."""
    return pipeline()
