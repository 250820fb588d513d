"""Visas imposed on a country's citizens end their free travel (SANCTION 163), and a no-fly zone
imposed over a city restricts movement (COERCE restrict 191), also as the second act of a sentence
("denounced the raid as a coup attempt and imposed a no-fly zone over the capital")."""

import dyad


def coded(text):
    record = dyad.code(text, published="2024-05-20")
    return [(e["trigger"]["text"], e["type"], e["cameo"], [m["country"] for m in e["recipient"]])
            for e in record["events"] if e["status"] == "asserted"]


def test_visas_imposed_on_a_nations_citizens_are_a_sanction():
    assert ("imposed", "SANCTION", "163", ["RUS"]) in coded(
        "Georgia expelled the Russian envoy on Friday and imposed visas on Russian citizens.")


def test_a_no_fly_zone_imposed_after_a_denunciation_is_coded_too():
    assert [(t, ty, c) for t, ty, c, _ in coded(
        "The interim authorities denounced the raid as a coup attempt and imposed a no-fly zone over the capital.")] == [
        ("denounced", "ACCUSE", "111"), ("imposed", "COERCE", "191")]
