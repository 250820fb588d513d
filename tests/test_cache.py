"""Derived data kept between runs: built once per set of inputs, read back after."""

import pytest

from dyad.cache import derived
from dyad.extract import places


def test_a_built_object_is_read_back_until_its_inputs_change(tmp_path, monkeypatch):
    monkeypatch.setenv("DYAD_CACHE_DIR", str(tmp_path))
    builds = []

    def build():
        builds.append(1)
        return {"kyiv": (("Kyiv", "UKR"),)}

    assert derived("index", b"v1", build) == {"kyiv": (("Kyiv", "UKR"),)}
    assert derived("index", b"v1", build) == {"kyiv": (("Kyiv", "UKR"),)}
    assert len(builds) == 1
    derived("index", b"v2", build)  # an edited lexicon: built again, the old file replaced
    assert len(builds) == 2
    assert len(list(tmp_path.glob("index-*.pickle"))) == 1


def test_a_damaged_file_or_an_unwritable_directory_only_costs_a_build(tmp_path, monkeypatch):
    monkeypatch.setenv("DYAD_CACHE_DIR", str(tmp_path))
    derived("index", b"v1", lambda: [1])
    next(tmp_path.glob("index-*.pickle")).write_bytes(b"not a pickle")
    assert derived("index", b"v1", lambda: [2]) == [2]
    blocked = tmp_path / "file"
    blocked.write_text("a file where the directory should be")
    monkeypatch.setenv("DYAD_CACHE_DIR", str(blocked / "cache"))
    assert derived("index", b"v1", lambda: [3]) == [3]


def test_the_gazetteer_read_back_resolves_like_the_built_one():
    kyiv = places.lookup("Kyiv")
    assert (kyiv.country, kyiv.kind, round(kyiv.lat)) == ("UKR", "city", 50)
    assert "kyiv" in places.gazetteer() and "no such place name" not in places.gazetteer()
    with pytest.raises(KeyError):
        places.gazetteer()["no such place name"]


def test_an_edited_user_dictionary_is_compiled_again_not_read_back(tmp_path, monkeypatch):
    from dyad import lexicon
    from dyad.extract import actors
    from dyad.lexicon.actors.knowledge import knowledge_base

    monkeypatch.setenv(lexicon.USER_PATH_VARIABLE, str(tmp_path))
    monkeypatch.setenv("DYAD_CACHE_DIR", str(tmp_path / "cache"))  # the shipped knowledge's file stays
    (tmp_path / "actors").mkdir()
    people = tmp_path / "actors" / "people.yaml"
    try:
        people.write_text("- {name: Ivana Testova, country: SVN, sector: GOV}\n", encoding="utf-8")
        actors.clear_caches()
        assert ("ivana", "testova") in knowledge_base().names
        people.write_text("- {name: Petra Probna, country: SVN, sector: GOV}\n", encoding="utf-8")
        actors.clear_caches()
        names = knowledge_base().names
        assert ("petra", "probna") in names and ("ivana", "testova") not in names
    finally:
        monkeypatch.undo()
        actors.clear_caches()
