"""Adversarial input: the engine never raises, finishes in bounded time, keeps spans exact.

The time bound is generous and only guards against catastrophic regex backtracking (which
takes minutes, not milliseconds); speed itself is measured in benchmarks/.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract import extract
from pipeline.extract.engine import MAX_BODY_CHARS
from pipeline.models import Article

_WORDS = [
    "said", "the", "ministry", "“", "”", "‘", "’", "'", '"', "''", ",", ".", "Mr.", "U.S.",
    "according", "to", "reportedly", "at", "least", "ten", "37", "drones", "if", "confirmed",
    "claim", "has", "yet", "be", "independently", "verified", "who", "—", "(DPR)", "\n", "\n\n",
    "Russian", "Defense", "Ministry", "told", "reporters", "that", "citing", "RIA", "Novosti",
    "with", "reference", "This", "figure", "may", "an", "overstatement", ":", "-", "1.",
    "between", "5", "and", "7", "percent", "$2.5", "billion", "\x00", "\u200b", "\t",
]
_BOUND_SECONDS = 20


@contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    def _raise(signum: int, frame: object) -> None:
        raise TimeoutError(f"extract took more than {seconds}s")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _check(body: str) -> None:
    if not body.strip():
        return
    article = Article(id="fuzz", body=body)
    with _time_limit(_BOUND_SECONDS):
        result = extract(article, threshold=0.0)
    for claim in result.claims:
        assert body[claim.span.start : claim.span.end] == claim.span.text == claim.text
        s = claim.sentence_span
        assert body[s.start : s.end] == s.text
        assert 0.0 <= claim.checkworthiness <= 1.0
        spans = [q.span for q in claim.quantities] + [r.span for r in claim.reasons if r.span]
        if claim.claimant is not None:
            spans += [claim.claimant.span] + [v.span for v in claim.claimant.via]
        for span in spans:
            assert span is not None and 0 <= span.start <= span.end <= len(body)
            assert body[span.start : span.end] == span.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=300).map(" ".join))
def test_news_like_token_soup(body: str) -> None:
    _check(body)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=2000))
def test_random_unicode(body: str) -> None:
    _check(body)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), min_size=1, max_size=3000))
def test_ascii_including_control_characters(body: str) -> None:
    _check(body)


def test_very_long_sentence_without_punctuation() -> None:
    _check(" ".join(["the ministry said officials reported that forces"] * 20_000))


def test_megabyte_of_quote_marks() -> None:
    _check("“" * 300_000 + "’" * 300_000 + '"' * 300_000 + "''" * 100_000)
    _check("He said “the war ‘is’ over,” she said. " + "‘We won’ " * 100_000)


def test_long_body_is_cut_and_says_so() -> None:
    body = "The ministry said 12 soldiers were killed. " * 10_000
    result = extract(Article(id="long", body=body), threshold=0.0)
    assert result.supported and result.note and "first" in result.note
    assert max(c.span.end for c in result.claims) <= MAX_BODY_CHARS


def test_many_nested_appositions_and_commas() -> None:
    _check("Smith, " * 50_000 + "said the war is over.")


def test_long_word_and_digits() -> None:
    _check("a" * 200_000 + " 1" * 100_000 + " said " + "9" * 50_000)


def test_many_sentences() -> None:
    _check("The ministry said 12 soldiers were killed. " * 5_000)


def test_regex_worst_cases() -> None:
    _check("He told " + "Alpha " * 3_000 + "that it was over.")
    _check("1, " * 50_000 + "soldiers died")
    _check("(" * 20_000 + "said" + ")" * 20_000)
    _check("at least " * 20_000 + "ten")
    _check("The " + "Big " * 5_000 + "ministry said so. The ministry said it again.")
    _check("“" + "a, " * 100_000 + "” he said.")


def test_runs_of_spaces_after_cues_and_many_pronoun_links() -> None:
    # each once took tens of seconds: two \s* around an optional comma, a lazy phrase after
    # "cited" and a scan of every earlier claim for each "He gave no figures"
    _check(("TASS cited" + " " * 1_150 + "x. ") * 170)
    _check("He said 14 died. He gave no figures. " * 5_000)
    _check("The ministry said the army" + " " * 20_000 + "but gave no evidence.")
    _check(("X said the army won" + " " * 1_000 + ", but the claim could not be confirmed. ") * 150)


def test_wire_constructions_repeated() -> None:
    # the 1.9.0 patterns: estimates, likenesses, citing asides, closing relays, no-comment
    # follow-ups, "either claim", "If confirmed" and runs of spaces inside them
    _check("The ministry put the death toll at 1 " * 3_000)
    _check("a man resembling " * 5_000 + "Zelenskyy said X.")
    _check("SANA, citing a source in " * 3_000 + "said it.")
    _check("Peskov said Moscow did it, TASS reported " * 2_000)
    _check("The Kremlin did not respond to a request for comment " * 3_000)
    _check("Reuters could not verify either claim " * 3_000)
    _check("If confirmed, " * 5_000)
    _check("The group did not say how" + " " * 20_000 + "it had gathered the figures.")
    _check("The ministry put the toll at" + " " * 20_000 + "40, officials said.")


def test_1_10_constructions_repeated() -> None:
    # the 1.10.0 patterns: page furniture, roles before names, adjuncts before "that",
    # groups naming themselves, trailing "citing", object pronouns of checking verbs
    _check("By " + "Olena Harmash and " * 5_000 + "Max")
    _check("(Reporting by " + "Tom Balmforth in Kyiv; " * 3_000 + ")")
    _check("Image caption: " + "smoke rises. " * 5_000)
    _check("The RSF's spokesman, " * 3_000 + "Al-Fateh Qurashi, said it.")
    _check("He said on X, formerly Twitter, " * 3_000 + "that it fell.")
    _check("A group calling itself " * 5_000 + "NoName said it.")
    _check("The army said it won, citing witnesses " * 3_000)
    _check("Reuters could not verify this " * 5_000)
    _check("The group said " * 5_000 + "it won.")


def test_1_11_constructions_repeated() -> None:
    # quotations run over paragraphs, glued units, negated denials, reprinted statements
    _check("He said: “We held.\n\n" * 3_000 + "“It is over,” he added.")
    _check("“We held,” he said. “We lost.\n\n" * 3_000)
    _check("The road is 140km-long and 20t " * 5_000)
    _check("The army did not deny that " * 5_000 + "it fired.")
    _check("The following is the text of a statement by the army:\n\n“We held.\n\n" * 2_000)


def test_1_20_constructions_repeated() -> None:
    # a transcript's every answer once searched the whole text before it for the interviewee
    # (4,000 answers took 80 s); denials of a part, tolls, units, second that-clauses
    _check("Reuters spoke to Bo Aung Naing.\n\n" + "Q: How many?\n\nA: We took 12.\n\n" * 4_500)
    _check("Olena Kovalenko, a nurse in Kyiv, spoke to us. " * 2_000 + "A: We stayed.")
    _check("The RSF denied any involvement in the attack. " * 4_000)
    _check("None of the tolls could be independently confirmed. " * 4_000)
    _check("A Ukrainian brigade operating in the Pokrovsk direction " * 3_000 + "said it won.")
    _check("Ukraine said Russia launched drones and that " * 4_000 + "it shot them down.")
