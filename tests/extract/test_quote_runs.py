"""Quotations printed over several paragraphs belong to the speaker named in any of them."""

from __future__ import annotations

from pipeline.extract.quote_runs import linked_runs
from pipeline.extract.quotes import QuoteIndex
from tests.extract.claims import all_claims


def _runs(body: str) -> list[tuple[str, str]]:
    return [(body[a[0]:a[1]], body[b[0]:b[1]])
            for a, b in linked_runs(body, QuoteIndex(body).regions)]


def test_an_unclosed_paragraph_runs_on_into_a_paragraph_that_opens_with_a_mark() -> None:
    body = "He said: “We held.\n\n“We lost two men.\n\n“It is over,” he added."
    assert _runs(body) == [("“We held.", "“We lost two men."),
                           ("“We lost two men.", "“It is over,”")]


def test_a_closed_quotation_or_an_apostrophe_links_nothing() -> None:
    assert _runs("“We held,” he said.\n\n“We lost,” she said.") == []
    assert _runs("He grew up in the '80s in Houston\n\n\"It was hard,\" he said.") == []


def test_the_speaker_named_last_speaks_the_whole_run() -> None:
    claims = all_claims("Petrenko described the battle to reporters.\n\n“Our losses were small. "
                        "Two soldiers were wounded.\n\n“We will hold the village,” he added.")
    wounded = next(c for c in claims if "Two soldiers were wounded" in c.text)
    assert wounded.claimant is not None and wounded.claimant.name == "Petrenko"
    assert wounded.text.endswith("“We will hold the village,”")


def test_the_speaker_named_first_speaks_on_into_the_next_paragraph() -> None:
    claims = all_claims("The governor said: “Three drones hit the depot.\n\n“The fire is out "
                        "and nobody was hurt.”")
    fire = next(c for c in claims if "The fire is out" in c.text)
    assert fire.claimant is not None and fire.claimant.span is not None
    assert fire.claimant.span.text == "The governor"
    assert fire.text.startswith("“Three drones hit the depot.")


def test_a_paragraph_another_speaker_claims_ends_the_run() -> None:
    claims = all_claims("The governor said: “Three drones hit the depot.\n\n“Nobody was hurt,” "
                        "the mayor said.")
    depot = next(c for c in claims if "Three drones" in c.text)
    assert "Nobody" not in depot.text
    hurt = next(c for c in claims if "Nobody was hurt" in c.text)
    assert hurt.claimant is not None and hurt.claimant.name == "mayor"
