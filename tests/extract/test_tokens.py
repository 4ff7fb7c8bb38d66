"""Tokens and the noun-phrase walk used to find sources."""

from __future__ import annotations

import pytest

from pipeline.extract.tokens import np_end_after, np_start_before, skip_prefix, tokenize
from tests.extract.claims import all_claims


def _np_before(text: str, verb: str) -> str | None:
    tokens = tokenize(text)
    k = next(i for i, t in enumerate(tokens) if t.text == verb)
    j = skip_prefix(tokens, k - 1)
    start = np_start_before(tokens, j)
    return None if start is None else text[tokens[start].start : tokens[j].end]


def test_offsets_and_titles() -> None:
    text = "Mr. Smith, U.S. envoy, said DPR’s forces won."
    tokens = tokenize(text, offset=10)
    assert [t.text for t in tokens][:4] == ["Mr.", "Smith", ",", "U.S."]
    assert all(text[t.start - 10 : t.end - 10] == t.text for t in tokens)
    assert "DPR’s" in [t.text for t in tokens]


def test_source_phrases() -> None:
    assert _np_before("A spokesman for the Russian ministry said it", "said") == (
        "A spokesman for the Russian ministry")
    assert _np_before("The Donetsk People’s Republic (DPR) has claimed a win", "claimed") == (
        "The Donetsk People’s Republic (DPR)")
    assert _np_before("After the vote, he also said so", "said") == "he"
    assert _np_before("Ukrainian officials have repeatedly denied it", "denied") == (
        "Ukrainian officials")


def test_unnamed_sources_keep_their_description() -> None:
    assert _np_before("A source close to the ministry said 12 died", "said") == (
        "A source close to the ministry")
    assert _np_before("An aide close to Zelensky said so", "said") == "An aide close to Zelensky"
    assert _np_before("Officials briefed on the talks said so", "said") == (
        "Officials briefed on the talks")
    assert _np_before("A person familiar with the planning says so", "says") == (
        "A person familiar with the planning")
    assert _np_before("Two diplomats privy to the negotiations said so", "said") == (
        "Two diplomats privy to the negotiations")
    # Without the describing word the walk still stops at "to"; an -ing word after a bare
    # determiner is an adjective, not a speaker ("any lingering doubts").
    assert _np_before("It belongs to the ministry officials said", "said") == (
        "the ministry officials")
    assert _np_before("It dispelled any lingering doubts", "doubts") is None


def test_walk_stops_at_clause_words() -> None:
    assert _np_before("The war is over because officials said so", "said") == "officials"
    assert _np_before("It happened and said nothing", "said") is None


def test_control_verbs_and_negation_are_skipped() -> None:
    assert _np_before("Trump went on to say it", "say") == "Trump"
    assert _np_before("Voters don’t think so", "think") == "Voters"
    # Degree words before "likely to" belong to the verb group, not to the speaker.
    assert _np_before("Democratic voters are slightly more likely to say so", "say") == (
        "Democratic voters")
    assert _np_before("voters most and least likely to support her", "support") == "voters"


def test_capitalised_adverbs_are_not_names() -> None:
    assert _np_before("Eagerly anticipated it", "anticipated") is None
    assert _np_before("GOP Candidates Resoundingly Reject It", "Reject") == "GOP Candidates"
    # Names and quantity words that end in -ly stay in the phrase.
    assert _np_before("Kelly said it", "said") == "Kelly"
    assert _np_before("Schlafly said it", "said") == "Schlafly"
    assert _np_before("Nearly half said it", "said") == "Nearly half"


def test_np_after() -> None:
    tokens = tokenize("said a relative of one of the alleged captives.")
    end = np_end_after(tokens, 1, len(tokens))
    assert end is not None
    assert " ".join(t.text for t in tokens[1:end]) == "a relative of one of the alleged captives"
    assert np_end_after(tokens, len(tokens), len(tokens)) is None


def test_lower_case_that_changes_length_keeps_alignment() -> None:
    text = "İstanbul officials said it"
    tokens = tokenize(text)
    assert [t.lower for t in tokens][1:] == ["officials", "said", "it"]
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_words_join_over_single_inner_punctuation() -> None:
    toks = tokenize("a well-known rock'n'roll co-op -- end x.-y Smith’s", 5)
    assert [t.text for t in toks] == [
        "a", "well-known", "rock'n'roll", "co-op", "—", "end", "x", ".", "-", "y", "Smith’s",
    ]
    # a typewriter dash "--" is read as the dash it stands for, over its two characters
    assert all(t.end - t.start == len(t.text) for t in toks if t.text != "—")
    assert toks[4].end - toks[4].start == 2 and toks[1].start == 7


def test_a_past_verb_after_a_name_ends_the_phrase() -> None:
    # "placed" after "States" is the verb; "alleged" after "the" is an adjective.
    tokens = tokenize("The United States placed Pierre under sanctions")
    assert np_end_after(tokens, 0, len(tokens)) == 3
    tokens = tokenize("the alleged captives were freed")
    assert np_end_after(tokens, 0, len(tokens)) == 3
    tokens = tokenize("Russia's alleged victims were named")
    assert np_end_after(tokens, 0, len(tokens)) == 3



def test_a_slashed_acronym_is_one_name() -> None:
    assert [t.text for t in tokenize("the alliance AFC/M23 wrote")] == [
        "the", "alliance", "AFC/M23", "wrote"]
    assert [t.text for t in tokenize("and/or 24/7")] == ["and", "/", "or", "24", "/", "7"]


def test_a_number_with_thousands_commas_is_one_token() -> None:
    assert [t.text for t in tokenize("More than 1,000 people, 2,500.5 tonnes")] == [
        "More", "than", "1,000", "people", ",", "2,500.5", "tonnes"]


@pytest.mark.parametrize(("text", "content", "quantity"), [
    ("More than 1,000 people are reported to have been killed.",
     "More than 1,000 people are reported to have been killed", "More than 1,000 people"),
    ("Up to 5,000 troops are said to be massing near the border.",
     "Up to 5,000 troops are said to be massing near the border", "Up to 5,000 troops"),
])
def test_a_thousands_comma_cuts_no_clause(text: str, content: str, quantity: str) -> None:
    (claim,) = all_claims(text)
    assert claim.text == content
    assert [q.text for q in claim.quantities] == [quantity]

