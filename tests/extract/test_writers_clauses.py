"""The writer's own clauses beside a report (pipeline.extract.writers_clauses)."""

from __future__ import annotations

from pipeline.extract.segment import split_sentences
from pipeline.extract.writers_clauses import clause_after_report


def _after(body: str, report_end: str, tagged: bool) -> str | None:
    (sentence,) = split_sentences(body)
    found = clause_after_report(body, sentence, body.index(report_end) + len(report_end), tagged)
    return body[found[0] : found[1]] if found else None


def test_a_clause_after_the_source_of_a_report_is_the_writers() -> None:
    body = ("Roughly one in five homes still has no electricity, according to the energy "
            "ministry, and dozens of villages remain cut off by landslides.")
    assert _after(body, "the energy ministry", tagged=True) == (
        "dozens of villages remain cut off by landslides")


def test_but_after_a_reports_own_content_is_no_claim_of_its_own() -> None:
    # "The group has claimed dozens of attacks, but few have been confirmed": a check of
    # the claim, read elsewhere
    body = "The group has claimed dozens of such attacks, but few have been confirmed by them."
    assert _after(body, "attacks", tagged=False) is None
