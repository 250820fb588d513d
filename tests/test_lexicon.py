"""The one lexicon loader: shipped files first, then users' YAML, TSV or CSV files of the same key."""

import pytest

from dyad import lexicon


@pytest.fixture
def user_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(lexicon.USER_PATH_VARIABLE, str(tmp_path))
    lexicon.load.cache_clear()
    yield tmp_path
    lexicon.load.cache_clear()


def test_user_files_in_every_format_are_appended_after_the_shipped_entries(user_dir):
    shipped = lexicon.load("places/stop_names")
    (user_dir / "places").mkdir()
    (user_dir / "places" / "stop_names.yaml").write_text("- {name: Harmony}\n", encoding="utf-8")
    (user_dir / "places" / "stop_names.tsv").write_text("name\tnote\nConcord\t\n", encoding="utf-8")
    (user_dir / "places" / "stop_names.csv").write_text(
        "# a town that is also a word\nname,note\n\"Plenty, NZ\",a comma inside quotes\n", encoding="utf-8")
    lexicon.load.cache_clear()
    entries = lexicon.load("places/stop_names")
    assert entries[:len(shipped)] == shipped
    assert entries[len(shipped):] == (
        {"name": "Harmony"}, {"name": "Concord", "note": None},
        {"name": "Plenty, NZ", "note": "a comma inside quotes"})


def test_a_yaml_file_that_is_not_a_list_is_refused_with_its_path(user_dir):
    (user_dir / "places").mkdir()
    (user_dir / "places" / "stop_names.yaml").write_text("name: Harmony\n", encoding="utf-8")
    with pytest.raises(ValueError, match="stop_names.yaml"):
        lexicon.load("places/stop_names")
