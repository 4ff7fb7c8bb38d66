"""Sources with an apposition, and sentences that open with a name and a comma."""

from __future__ import annotations

import pytest

from pipeline.extract.appositions import leading_name, source_with_apposition
from pipeline.extract.tokens import tokenize
from tests.extract.claims import all_claims


def _text(text: str, found: tuple[int, int] | None) -> str | None:
    tokens = tokenize(text)
    if found is None:
        return None
    return text[tokens[found[0]].start : tokens[found[1] - 1].end]


def test_an_apposition_belongs_to_the_source() -> None:
    text = "Sims — a teacher — says the school was hit."
    tokens = tokenize(text)
    j = [t.text for t in tokens].index("—", 2)
    assert _text(text, source_with_apposition(tokens, j)) == "Sims — a teacher —"


def test_a_sentence_opening_with_a_name_and_a_comma() -> None:
    text = "Cory James, 22, of Flint, Mich., said he would vote."
    tokens = tokenize(text)
    j = [t.text for t in tokens].index("said") - 1
    assert _text(text, leading_name(tokens, j)) == "Cory James"


def test_a_name_after_a_place_noun_is_the_places() -> None:
    (claim,) = all_claims("The mayor of the worst-hit town, Dogansehir, told broadcaster NTV that "
                          "nearly half of the town's buildings had been destroyed.")
    assert claim.claimant is not None
    assert claim.claimant.name == "mayor of the worst-hit town, Dogansehir"


def test_a_persons_name_after_a_place_noun_is_the_person() -> None:
    (claim,) = all_claims("The mayor of the city, Vitali Klitschko, said two people were killed.")
    assert claim.claimant is not None and claim.claimant.name == "Vitali Klitschko"


@pytest.mark.parametrize(("text", "claimant", "kind"), [
    # Before: the first sentence of the quotation had no claimant, and the second ran on
    # into the role ('This is a hybrid attack," the EU's foreign policy chief')
    ('"The regime is using migrants as weapons. This is a hybrid attack," the EU\'s foreign '
     'policy chief, Josep Borrell, told reporters.', "Josep Borrell", "official"),
    ('"My client never took a dime. He is innocent," his lawyer, Daniel Rourke, said.',
     "Daniel Rourke", "person"),
])
def test_a_quotation_before_a_role_and_a_name_is_all_the_named_persons(
        text: str, claimant: str, kind: str) -> None:
    (claim,) = all_claims(text)
    assert claim.text.startswith('"') and claim.text.endswith(',"')
    assert claim.claimant is not None
    assert (claim.claimant.name, claim.claimant.entity_type) == (claimant, kind)


@pytest.mark.parametrize("text", [
    # Before: the second "said" found no speaker after "after", and its claim was lost
    "The silence comes two days after the Huffington Post, which originally said it would "
    "cover the campaign as entertainment, said it would treat the campaign as news.",
    "The talks resumed when the ministry, which had walked out in May, said it would treat "
    "the campaign as news.",
])
def test_a_source_with_a_relative_clause_after_a_subordinator_speaks(text: str) -> None:
    claim = next(c for c in all_claims(text) if c.text.startswith("it would treat"))
    assert claim.claimant is not None
    assert claim.claimant.name in ("Huffington Post", "ministry")
