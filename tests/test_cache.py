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
