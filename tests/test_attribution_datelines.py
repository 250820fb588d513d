"""A lead's report ends with its speaker ("..., witnesses said"): what they said starts after the
dateline, which says where the reporter is (written for dyad, session 35)."""

import dyad
import pytest


@pytest.mark.parametrize("dateline", ["NAIROBI (Reuters) - ", "KISUMU, Kenya, Aug 15 (AP) - ", "NAIROBI, Aug 15 (AFP) - "])
def test_the_content_of_a_lead_report_leaves_out_the_dateline(dateline):
    text = f"{dateline}Kenyan police fired tear gas at opposition supporters in Kisumu on Tuesday, witnesses said."
    record = dyad.code(text, published="2017-08-15")
    report = next(a for a in record["attributions"] if a["cue"][0]["text"] == "said")
    assert report["content"][0]["text"].startswith("Kenyan police fired tear gas")


def test_without_a_dateline_the_content_is_the_whole_clause():
    text = "Kenyan police fired tear gas at opposition supporters in Kisumu on Tuesday, witnesses said."
    record = dyad.code(text, published="2017-08-15")
    report = next(a for a in record["attributions"] if a["cue"][0]["text"] == "said")
    assert report["content"][0]["start"] == 0
