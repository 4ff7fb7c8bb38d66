"""Combined check-worthiness: the model score moved by explainable evidence."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.drafts import Draft
from pipeline.extract.worthiness import _label, combined_checkworthiness
from pipeline.models import Article, ClaimType, Quantity, QuantityQualifier, Span
from tests.extract.claims import all_claims, claim_with

_TEXT = "Forces captured ten soldiers near the village on Tuesday morning"


def _draft(**fields: object) -> Draft:
    draft = Draft((0, len(_TEXT)), 0, 0)
    for key, value in fields.items():
        setattr(draft, key, value)
    return draft


_TEN = Quantity(text="ten soldiers", span=Span(start=16, end=28, text="ten soldiers"), value=10,
                qualifier=QuantityQualifier.EXACT, unit="soldiers")


def test_evidence_moves_the_score() -> None:
    plain = combined_checkworthiness(_TEXT, _draft())
    q = _TEN
    richer = combined_checkworthiness(_TEXT, _draft(quantities=[q], types=[ClaimType.CAPTURE]))
    meta = combined_checkworthiness(_TEXT, _draft(meta=True))
    opinion = combined_checkworthiness(_TEXT, _draft(tags=frozenset({"opinion"})))
    assert 0.0 < meta < plain < richer < 1.0
    assert opinion < plain


def test_questions_and_fragments_score_low() -> None:
    question = "Did forces capture ten soldiers near the village on Tuesday?"
    assert combined_checkworthiness(question, _draft()) < combined_checkworthiness(
        _TEXT, _draft())
    assert combined_checkworthiness("Thanks a lot", _draft()) < 0.5


def test_what_somebody_asked_scores_like_a_question() -> None:
    asked = "whether forces captured ten soldiers near the village on Tuesday"
    assert combined_checkworthiness(asked, _draft(quantities=[_TEN], types=[ClaimType.CAPTURE]),
                                    "asked") < 0.5
    rich = _draft(quantities=[_TEN], types=[ClaimType.CAPTURE])
    assert combined_checkworthiness(asked, rich, "asked") < combined_checkworthiness(
        asked, rich, "said")
    # "if" after a speech verb is a condition, not a question.
    assert combined_checkworthiness(asked, _draft(), "said") == combined_checkworthiness(
        asked, _draft())


def test_the_sentence_around_a_claim_is_blended_in() -> None:
    alone = combined_checkworthiness(_TEXT, _draft())
    assert combined_checkworthiness(_TEXT, _draft(), context=0.99) > alone
    assert combined_checkworthiness(_TEXT, _draft(), context=0.01) < alone


def test_a_question_left_open_is_capped_under_the_cut() -> None:
    claims = extract(Article(id="w", body=(
        "Lebanon's health ministry said three people were killed. It did not say whether the "
        "dead included fighters. The ministry declined to say how many soldiers had died."))).claims
    assert [c.text for c in claims] == ["three people were killed"]


def test_a_label_in_an_aside_is_capped_but_a_reported_label_is_not() -> None:
    claims = extract(Article(id="w", body=(
        "Pro-Russian Telegram channels claimed that Ukrainian forces had withdrawn from "
        'Krynky, but Kyiv\'s spokesman denied the reports, calling them "Russian propaganda".'
    ))).claims
    assert [c.text for c in claims if c.text.startswith("them")] == []
    # "He called it a disaster" reports a label that is often worth checking
    assert not _label("it a disaster", "called") and _label("them a threat", "calling")


def test_a_request_for_comment_named_after_an_outlet_is_nothing_said() -> None:
    body = "Frelimo, which won the vote, did not respond to AFP's requests for comment."
    claims = extract(Article(id="a", body=body), threshold=0.0).claims
    assert all(c.checkworthiness < 0.5 for c in claims)


def test_a_negated_report_or_an_unanswered_request_claims_nothing() -> None:
    body = ("The army has not reported losing any aircraft this week. The ministry did not "
            "reply to a request for comment. The army reported losing two aircraft.")
    shown = [c.text for c in extract(Article(id="t", body=body)).claims]
    assert shown == ["losing two aircraft"]


def test_a_claim_the_article_says_needs_checking_passes_the_default_cut() -> None:
    # Before: 0.43, so the flagged claim never reached the flagged-claims topic.
    (claim,) = all_claims("According to two people familiar with the matter, Qatar had played a "
                          "central role in the talks.")
    assert claim.status == "unverified" and claim.checkworthiness >= 0.5


def test_commenting_on_a_topic_claims_nothing() -> None:
    # Before: "directly on the drone claim" scored 0.68 and reached the flagged topic in
    # the demo, as an anonymous source's claim.
    body = ("Ukrainian military sources have not commented directly on the drone claim, though "
            "experts suggest that drone use has increased. The minister commented on the report "
            "on Friday.")
    shown = [c.text for c in extract(Article(id="c", body=body)).claims]
    assert shown == ["drone use has increased"]


def test_a_claim_put_about_by_nobody_named_passes_the_default_cut() -> None:
    # Before: 0.33, so the bundled sample's "It is believed" claim never reached the
    # flagged topic; "many say" still earns nothing (in debates it mostly marks opinion).
    (claim,) = all_claims("It is believed that the mediators will present a final proposal "
                          "next week.")
    assert claim.status == "unattributed" and claim.checkworthiness >= 0.5
    (vague,) = all_claims("Many people say the talks will fail.")
    assert vague.status == "unattributed" and vague.checkworthiness < 0.5


@pytest.mark.parametrize(("text", "words"), [
    ("Egypt and Qatar, which have been mediating between Israel and Hamas, condemned the "
     "strike.", "the strike"),
    ("The United Nations said it was alarmed and called on both sides to protect civilians.",
     "both sides"),
    ("Rights groups have criticised the mechanism, saying few reviews led to prosecutions.",
     "the mechanism"),
    ('The embassy denied any involvement, calling the accusation "another groundless '
     'provocation."', "groundless"),
])
def test_reactions_demands_and_labels_state_nothing(text: str, words: str) -> None:
    claim = next(c for c in all_claims(text) if words in c.text)
    assert claim.checkworthiness < 0.5


def test_a_speakers_own_record_of_condemning_stays_a_claim() -> None:
    claims = all_claims("I have roundly condemned those acts.")
    assert max(c.checkworthiness for c in claims) >= 0.5


@pytest.mark.parametrize(("body", "words"), [
    ("The Israeli military said it was looking into the report.", "looking into"),
    ("The OCHA said it was aware of reports of the strike.", "aware of"),
    ("Russia said 90 Ukrainians were released. It was not immediately clear which account "
     "was accurate.", "which account"),
    ("The hospital said it was investigating.", "investigating"),
    ("Police said they were investigating the incident.", "investigating"),
    ('The French foreign ministry said it was following the situation closely and would not '
     'comment on "ongoing efforts".', "following"),
    ("The AIU said it would not comment further while the case was ongoing.", "comment"),
])
def test_a_holding_answer_or_an_open_question_scores_under_the_cut(body: str, words: str) -> None:
    (claim,) = [c for c in all_claims(body) if words in c.text]
    assert claim.checkworthiness < 0.5


def test_what_an_investigation_treats_a_death_as_stays_a_claim() -> None:
    (claim,) = all_claims("Police said they were investigating the death as a homicide.")
    assert claim.checkworthiness >= 0.5


def test_what_a_speaker_did_not_deny_is_not_her_claim() -> None:
    claims = all_claims("Lena Ortiz said no decision had been made. She did not deny that the "
                        "memo existed.")
    assert claim_with(claims, "memo existed").checkworthiness < 0.5
    assert claim_with(claims, "no decision").checkworthiness >= 0.5


def test_the_outlet_on_its_own_reporting_scores_under_the_cut() -> None:
    (claim,) = all_claims("We were not able to reach Azerbaijani civilians near the line.")
    assert claim.checkworthiness < 0.5
