"""A claimant that denies something: the claim is the denied content, marked as denied, and
a denial that is itself negated ("did not deny") disputes nothing."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims as _claims
from tests.extract.claims import claim_with as _by_text


@pytest.mark.parametrize("sentence", [
    "Moscow denied targeting the hospital.",
    "Russia has denied that its forces struck the hospital.",
    "RSF denies killing civilians near the hospital.",
])
def test_a_claimants_own_denial_is_marked_denied(sentence: str) -> None:
    claim = _by_text(_claims(sentence), "hospital")
    assert claim.denied
    assert claim.status == "disputed"


def test_an_assertion_is_not_marked_denied() -> None:
    claim = _by_text(_claims("The army said its forces struck the hospital."), "hospital")
    assert not claim.denied


@pytest.mark.parametrize("sentence", [
    "The army did not deny that its troops had shelled the market.",
    "The Kremlin has never denied sending troops to the market.",
    "The army hasn't disputed that its troops shelled the market.",
])
def test_a_negated_denial_is_no_denial(sentence: str) -> None:
    claim = _by_text(_claims(sentence), "market")
    assert not claim.denied
    assert "disputed" not in {r.code for r in claim.reasons}


def test_a_denial_of_its_own_sides_acts_is_explained_as_a_denial() -> None:
    claim = _by_text(_claims("Russia has denied that its forces struck the hospital."),
                     "hospital")
    (interest,) = [r for r in claim.reasons if r.code == "self_interested_source"]
    assert "denies" in interest.explanation


@pytest.mark.parametrize("denial", ["The army denied this.", "The army denied it.",
                                    "The army rejects that."])
def test_a_denial_of_a_pronoun_disputes_the_claim_before(denial: str) -> None:
    claims = _claims(f"The RSF said it had seized Babanusa. {denial}")
    seized = _by_text(claims, "seized Babanusa")
    assert "disputed" in {r.code for r in seized.reasons}
    assert [c.text for c in claims] == [seized.text]  # "this" is no claim of its own


def test_a_claim_that_something_is_false_disputes_that_thing_not_itself() -> None:
    claims = _claims("Activists said a video showed RSF fighters executing prisoners. The RSF "
                     "spokesman said the video was fabricated.")
    video = _by_text(claims, "executing prisoners")
    assert ("disputed", "was fabricated") in {(r.code, r.cue) for r in video.reasons}
    spokesman = _by_text(claims, "was fabricated")
    assert "disputed" not in {r.code for r in spokesman.reasons}


@pytest.mark.parametrize("sentence", ["DeepState showed the village as contested.",
                                      "The army spokesman said the video was fabricated."])
def test_a_dispute_word_in_a_sourced_claim_is_no_dispute_of_it(sentence: str) -> None:
    (claim,) = _claims(sentence)
    assert claim.status != "disputed"


@pytest.mark.parametrize(("sentence", "claim"), [
    ("The army said it killed 40 militants in the raid, a claim the government denies.",
     "it killed 40 militants in the raid"),
    ("The army said dozens were killed in the raid, which the group rejects.",
     "dozens were killed in the raid"),
    ("Officials said he was expelled from the police in 2009, an account former colleagues "
     "dispute.", "he was expelled from the police in 2009"),
])
def test_a_denial_closing_the_sentence_ends_the_claim_and_disputes_it(sentence: str,
                                                                     claim: str) -> None:
    (found,) = _claims(sentence)
    assert found.text == claim
    assert found.status == "disputed"


def test_another_voice_after_though_inside_the_claim_disputes_it() -> None:
    (claim,) = _claims("At least 40 people were killed, the ministry said on Monday, though aid "
                       "groups put the figure lower.")
    assert ("disputed", "put the figure lower") in {(r.code, r.cue) for r in claim.reasons}


@pytest.mark.parametrize(("sentence", "claim"), [
    ("The ministry said 40 people were killed and made no mention of the hospital.",
     "40 people were killed"),
    ("The prime minister's office confirmed 96 prisoners would be freed but gave a lower "
     "figure for women.", "96 prisoners would be freed"),
])
def test_a_second_verb_phrase_of_the_speaker_ends_the_claim(sentence: str, claim: str) -> None:
    assert [c.text for c in _claims(sentence)] == [claim]


@pytest.mark.parametrize(("sentence", "claim_text"), [
    ("Rights groups have accused Malian soldiers of killing civilians, accusations the "
     "government denies.", "Malian soldiers of killing civilians"),
    ("Ukraine says Russian troops executed prisoners, allegations Moscow denies.",
     "Russian troops executed prisoners"),
    ("Residents said soldiers looted shops, charges the army rejects.", "soldiers looted shops"),
    ("Witnesses said troops fired on protesters, an accusation the army rejects.",
     "troops fired on protesters"),
])
def test_a_plural_or_accusation_tail_disputes_the_claim_and_speaks_for_nobody(
        sentence: str, claim_text: str) -> None:
    # The writer's closing "…, allegations Moscow denies" is no claim of "allegations Moscow".
    (claim,) = _claims(sentence)
    assert claim.text == claim_text and claim.status == "disputed"


def test_a_quoted_dismissal_disputes_the_reports() -> None:
    claims = _claims('The Arakan Army said its fighters had captured Kyauktaw. The junta said '
                     'the reports were "baseless propaganda".')
    assert _by_text(claims, "Kyauktaw").status == "disputed"


@pytest.mark.parametrize("denial", ["Moscow denies targeting civilians.",
                                    "Moscow denied having targeted civilians."])
def test_denying_an_act_in_the_claims_words_disputes_it(denial: str) -> None:
    claims = _claims("Ukrainian officials say Russian drone operators have been deliberately "
                     f"targeting civilians and ambulances. {denial}")
    assert _by_text(claims, "drone operators").status == "disputed"


@pytest.mark.parametrize("tail", ["allegations Moscow rejects", "allegations Moscow has rejected",
                                  "claims the Kremlin has long denied"])
def test_a_writers_tail_disputes_in_any_tense(tail: str) -> None:
    claims = _claims("Polish officials say Russian intelligence has recruited people through "
                        f"Telegram to carry out arson attacks, {tail}.")
    assert claims[0].status == "disputed"


def test_a_claim_rejected_by_the_other_side_is_disputed() -> None:
    claims = _claims("Ukrainian forces have recaptured the village of Kruhliakivka, the commander "
                     "of Ukraine's Khortytsia group of forces said on Friday, a claim rejected by "
                     "Moscow.")
    assert claims[0].status == "disputed"


@pytest.mark.parametrize("denied", [
    "any involvement in the attack", "any link to the attack",
    "responsibility for the attack", "carrying out the attack", "having shelled the market",
])
def test_denying_a_part_in_an_event_does_not_dispute_its_toll(denied: str) -> None:
    # Before: the toll of the attack was marked disputed by the RSF's denial.
    claims = _claims("The ministry said 55 people had died in the attack on the market. "
                     f"The RSF denied {denied}.")
    assert _by_text(claims, "55 people").status == "asserted"


@pytest.mark.parametrize("text", [
    "The ministry said the RSF shelled the market, killing 55 people. The RSF denied any "
    "involvement in the attack.",
    # the denier named by its side or its full name, not the same word
    "The ministry said the Rapid Support Forces shelled the market, killing 55 people. The "
    "RSF denied any involvement in the attack.",
    "Ukraine said a Russian missile struck the market, killing 55 people. Moscow denied any "
    "involvement in the strike.",
    "The government blamed the RSF for the attack on the market, which killed 55 people. "
    "The RSF denied carrying out the attack.",
])
def test_denying_a_part_in_an_event_disputes_who_blamed_the_denier(text: str) -> None:
    assert _by_text(_claims(text), "55 people").status == "disputed"


def test_a_denial_disputes_every_recent_claim_that_blames_the_denier() -> None:
    # Before: only the accusation just before the denial was disputed.
    claims = _claims(
        "Shelling by the Rapid Support Forces killed at least 31 people at the camp on Sunday, "
        "the El Fasher Resistance Committee said.\n\nThe committee said the victims included 12 "
        "women and five children. It accused the RSF of deliberately targeting civilians.\n\n"
        "The RSF denied attacking the camp.")
    assert _by_text(claims, "31 people").status == "disputed"
    assert _by_text(claims, "deliberately targeting").status == "disputed"
    assert _by_text(claims, "12 women").status == "asserted"  # names no one to blame


def test_a_denial_does_not_dispute_what_the_denier_is_said_to_have_done_for_good() -> None:
    # A claim that names the RSF and the camp but blames it for nothing stays as it was.
    claims = _claims("Aid workers said the RSF had allowed food convoys into the camp last "
                     "week. The committee accused the RSF of shelling the camp on Sunday. The "
                     "RSF denied attacking the camp.")
    assert _by_text(claims, "food convoys").status == "asserted"
    assert _by_text(claims, "shelling the camp").status == "disputed"


@pytest.mark.parametrize("anaphor", ["the findings", "the claims"])
def test_a_plural_rejection_with_no_accusation_disputes_every_recent_claim(anaphor: str) -> None:
    claims = _claims("The army said it killed 30 fighters. It said 12 villages were "
                        f"retaken. The rebels rejected {anaphor}.")
    for words in ("30 fighters", "12 villages"):
        assert "disputed" in {r.code for r in _by_text(claims, words).reasons}, words


@pytest.mark.parametrize(("text", "denied", "kept"), [
    # Before: "denied this, saying Y" disputed the denier's own Y, and the residents'
    # looting stayed asserted
    ("Residents said soldiers had looted dozens of shops in the town on Monday. A military "
     "spokesman denied this, saying soldiers had only guarded the market.",
     "looted dozens of shops", "only guarded the market"),
    # Before: "rejected that" skipped the lawmaker's claim for the count before it
    ("A district chief, who asked not to be named, said at least 30 children had died in his "
     "area. Opposition lawmaker Paul Adjovi said the government had ignored repeated warnings "
     "from doctors. A ministry spokesman, Jean-Baptiste Houngbo, rejected that.",
     "ignored repeated warnings", "30 children"),
])
def test_a_denial_of_this_or_that_is_of_the_claim_just_before(
        text: str, denied: str, kept: str) -> None:
    claims = _claims(text)
    assert _by_text(claims, denied).status == "disputed"
    assert all(r.code != "disputed" for r in _by_text(claims, kept).reasons)


def test_a_denial_answering_an_earlier_claim_still_denies_its_own_content() -> None:
    body = ("Officials said a deal to free 18 hostages was close. Mali's military government "
            "denied that it was negotiating with the group and said any reports of a prisoner "
            'swap were "pure speculation".')
    claims = _claims(body)
    assert _by_text(claims, "it was negotiating").status == "disputed"
    assert _by_text(claims, "18 hostages").status == "disputed"


def test_pure_speculation_is_a_verdict_not_a_hedge() -> None:
    (claim,) = _claims("Mali's military government said any reports of a prisoner swap were "
                          '"pure speculation".')
    codes = {r.code for r in claim.reasons}
    assert "hedge" not in codes and "self_interested_source" not in codes
    assert "casualty" not in claim.claim_types


def test_a_dispute_backed_by_the_disputer_s_analysis_corroborates_nothing() -> None:
    body = ("Northmoor said the true number of households affected was closer to 85,000. Ofgem "
            "disputed that figure, saying its own analysis showed the number was higher.")
    codes = {r.code for r in _by_text(_claims(body), "85,000").reasons}
    assert "disputed" in codes and "corroborated" not in codes


def test_a_speakers_own_statement_is_not_disputed_by_its_denial_of_another_thing() -> None:
    claims = _claims("Nordhaven Logistics said on Monday it was investigating a cybersecurity "
                     "incident at its warehouses, but denied that any customer data had been "
                     "stolen.")
    assert _by_text(claims, "investigating").status == "asserted"
    assert _by_text(claims, "customer data had been stolen").denied


def test_a_denial_of_any_role_disputes_the_blame_before_it() -> None:
    claims = _claims("The network blamed the paramilitary Rapid Support Forces for the shelling. "
                     "The RSF denied any role in the shelling.")
    assert _by_text(claims, "Rapid Support Forces for the shelling").status == "disputed"


def test_a_blame_with_its_charge_stays_a_claim_before_a_saying_clause() -> None:
    claims = _claims("The network blamed the paramilitary Rapid Support Forces for the shelling, "
                     "saying most of the dead were women and children.")
    assert [c.text for c in claims] == ["the paramilitary Rapid Support Forces for the shelling",
                                        "most of the dead were women and children"]


def test_neither_confirming_nor_denying_disputes_nothing_and_claims_nothing() -> None:
    # Before: the gang's claim was disputed by "denied", and "nor denied that patient data
    # had been taken" was a claim of "company neither"
    body = ("The gang said on its leak site that it had stolen 1.2 terabytes of patient data. "
            "The company neither confirmed nor denied that patient data had been taken, saying "
            "only that its investigation was ongoing.")
    claims = _claims(body)
    stolen = next(c for c in claims if c.text == "it had stolen 1.2 terabytes of patient data")
    assert stolen.status == "unverified"  # (review: an open question is no check either)
    assert {r.code for r in stolen.reasons} >= {"not_verified"}
    assert "disputed" not in {r.code for r in stolen.reasons}
    (answer,) = [c for c in claims if c is not stolen]
    assert answer.text == "its investigation was ongoing"
    assert answer.claimant is not None and answer.claimant.name == "company"
    assert "disputed" not in {r.code for r in answer.reasons}
