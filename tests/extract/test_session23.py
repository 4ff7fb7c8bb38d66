"""Defects found in the twenty-third session (news and PolNeAR texts), as tests.

Each test names what the engine did wrong before the fix.
"""

from __future__ import annotations

import pytest

from pipeline.models import ClaimType, EntityType, ReasonCode
from tests.extract.claims import all_claims, claim_with


@pytest.mark.parametrize(("body", "speaker"), [
    # Was: the tag sentence made "to Reuters" the content and left the quotation unattributed
    ("“The war is over!” Smith said to Reuters.", "Smith"),
    ("“Sometimes us ex-diplomats need our fix!” Clinton said to People. She laughed.",
     "Clinton"),
    ("“Is the ceasefire holding?” the envoy asked reporters in Doha.", "envoy"),
])
def test_a_listener_after_a_quotation_is_no_content(body: str, speaker: str) -> None:
    claims = all_claims(body)
    quoted = claims[0]
    assert quoted.span.text.startswith("“")
    assert quoted.claimant is not None and quoted.claimant.name == speaker
    assert not any(c.span.text.lower().startswith(("to ", "reporters")) for c in claims)


@pytest.mark.parametrize("body", [
    "Elias asked the Supreme Court to intervene.",
    "Obama vowed to veto it.",
])
def test_what_someone_asked_for_or_vowed_is_still_content(body: str) -> None:
    claims = all_claims(body)
    assert any(c.claimant is not None for c in claims)


def test_a_name_with_jr_before_its_apposition_is_the_speaker() -> None:
    # Was: "Jr." read as the dotted abbreviation of a place ("Flint, Mich., said"): no speaker
    claims = all_claims("“The account has been suspended,” James B. Comey Jr., the director of "
                        "the FBI, said.")
    claimant = claim_with(claims, "account has been suspended").claimant
    assert claimant is not None and claimant.name.startswith("James B. Comey Jr.")


def test_he_after_an_unnamed_company_spokesman_is_that_spokesman() -> None:
    # Was: "company" made the spokesman a body, so "He" went back to the Houthi spokesman
    claims = all_claims('Houthi spokesman Yahya Saree said the tanker had been "directly hit".'
                        '\n\n"There is no fire and no damage," a company spokesman said. He said '
                        "the ship had no links to Israel.")
    claimant = claim_with(claims, "no links to Israel").claimant
    assert claimant is not None and claimant.name == "company spokesman"


def test_could_not_verify_the_document_reaches_the_documents_claims() -> None:
    # Was: "the document" was no anaphor: the verdict stood alone as a claim
    claims = all_claims("The internal report, seen by this newspaper, lists the names of 37 "
                        "people killed and 52 wounded. This newspaper was unable to "
                        "independently verify the authenticity of the document.")
    listed = claim_with(claims, "37 people killed")
    assert ReasonCode.NOT_VERIFIED in {r.code for r in listed.reasons}


def test_reports_reviewed_by_reporters_is_a_noun() -> None:
    # Was: "other bureau reports reviewed by reporters" was the bureau reporting a claim
    claims = all_claims("The document's format matches other bureau reports reviewed by "
                        "reporters.")
    assert all(c.claimant is None for c in claims)


def test_another_sides_killed_more_than_70_civilians_disputes_no_civilians_killed() -> None:
    # Was: "killed more than 70 civilians" (three words before the group) was not found
    claims = all_claims("The RSF said no civilians were killed in the camp.\n\nThe Sudanese "
                        "army said the RSF had killed more than 70 civilians in the camp.")
    assert ReasonCode.DISPUTED in {r.code for r in claim_with(claims, "no civilians").reasons}


def test_no_evidence_of_activity_before_the_strike_is_no_verdict_on_the_strike() -> None:
    # Was: "the strike" in a time phrase was read as what there is no evidence of
    claims = all_claims("OCHA said at least 47 people had been killed in the strikes.\n\n"
                        "Al Mezan said its field researchers had found no evidence of armed "
                        "activity at the site in the days before the strike.")
    assert ReasonCode.DISPUTED not in {r.code for r in claim_with(claims, "47 people").reasons}


def test_a_side_rejecting_that_account_rejects_anothers_not_its_own() -> None:
    # Was: the Israeli military's own two claims were disputed by its rejection
    claims = all_claims("The Israeli military said its aircraft had struck a Hamas compound "
                        "and had killed 14 militants.\n\nAl Mezan said its field researchers had "
                        "found no evidence of armed activity at the site.\n\nIsrael's military "
                        'rejected that account, saying it had "precise intelligence" that '
                        "senior militants were present.")
    assert ReasonCode.DISPUTED not in {r.code for r in claim_with(claims, "14 militants").reasons}
    assert any(ReasonCode.DISPUTED in {r.code for r in c.reasons} for c in claims
               if c.span.text.startswith("no evidence of armed activity"))


def test_a_side_that_later_rejects_its_own_account_still_disputes_it() -> None:
    claims = all_claims("Russia's Defence Ministry said its forces captured Krasnohorivka. The "
                        "Kremlin later rejected that account.")
    assert ReasonCode.DISPUTED in {r.code for r in claim_with(claims, "Krasnohorivka").reasons}


def test_imagery_that_appears_to_show_a_count_reports_it_hedged() -> None:
    # Was: "show" after "to" was read as a noun ("the drone show"): the count was lost
    claims = all_claims("New satellite imagery appears to show at least 180 structures burned "
                        "in the Abu Shouk camp, suggesting a renewed assault on the area.")
    shown = claim_with(claims, "180 structures")
    assert shown.claimant is not None and shown.claimant.name == "New satellite imagery"
    assert ReasonCode.HEDGE in {r.code for r in shown.reasons}


def test_an_assessment_with_confidence_and_a_day_before_that_keeps_its_source() -> None:
    # Was: two adjuncts between "assessed" and "that" left the claim without a source
    claims = all_claims("The Institute for the Study of War assessed with moderate confidence on "
                        "Tuesday that Russian forces are likely to intensify assaults on the "
                        "city's southern approaches in the coming weeks.")
    assessed = claim_with(claims, "Russian forces are likely")
    assert assessed.claimant is not None
    assert assessed.claimant.name == "Institute for the Study of War"
    assert assessed.span.text.startswith("Russian forces")


@pytest.mark.parametrize(("body", "unit"), [
    # Was: "young" (the head of an irregular plural was not found)
    ("The militia had abducted dozens of young men.", "men"),
    ("Gunmen killed 20 young men in the village.", "men"),
    ("Shelling killed 5 elderly women.", "women"),
])
def test_an_irregular_plural_after_a_modifier_is_the_unit(body: str, unit: str) -> None:
    units = {q.unit for c in all_claims(body) for q in c.quantities}
    assert unit in units


def test_a_breakdown_after_the_speech_tag_stays_in_the_toll() -> None:
    # Was: "…, including 19 children and 11 women" after the tag was dropped
    claims = all_claims("The death toll from the strikes has risen to 61, the health ministry "
                        "said on Monday, including 19 children and 11 women.")
    toll = claim_with(claims, "risen to 61")
    assert toll.span.text.endswith("11 women")
    assert {q.value for q in toll.quantities} >= {61, 19, 11}


def test_officials_speaking_on_condition_of_anonymity_are_the_source() -> None:
    # Was: the claimant was "condition of anonymity"
    claims = all_claims("Western officials speaking on condition of anonymity put the number "
                        "lower, at between 25,000 and 30,000.")
    claimant = claims[0].claimant
    assert claimant is not None and claimant.name.startswith("Western officials")
    assert claimant.entity_type == EntityType.ANONYMOUS


def test_a_soldier_speaking_to_reporters_is_the_source_not_the_reporters() -> None:
    # Was: the claimant was "reporters in Kyiv" (media)
    claims = all_claims("A soldier speaking to reporters in Kyiv said 20 tanks were destroyed.")
    claimant = claims[0].claimant
    assert claimant is not None and claimant.name == "soldier"


def test_the_official_after_one_of_the_officials_stays_anonymous() -> None:
    # Was: "the official said" lost the anonymity of "One of the officials, who spoke on
    # condition of anonymity"
    claims = all_claims("One of the officials, who spoke on condition of anonymity, said the "
                        'army had been told that fighters were in the market. "There were no '
                        'fighters there," the official said.')
    quoted = claim_with(claims, "no fighters there")
    assert quoted.claimant is not None and quoted.claimant.entity_type == EntityType.ANONYMOUS
    assert ReasonCode.ANONYMOUS_SOURCE in {r.code for r in quoted.reasons}


@pytest.mark.parametrize("body", [
    "Unconfirmed reports on social media say the president has resigned.",
    "According to unconfirmed reports on social media, the president has resigned.",
    "Unverified reports from the region say the dam has collapsed.",
    "Unconfirmed reports in Russian media said the dam had collapsed.",
])
def test_a_hedged_report_with_where_it_comes_from_still_flags_the_claim(body: str) -> None:
    # Was: asserted (a preposition after the head hid the hedge on the report)
    (claim,) = all_claims(body)
    assert ReasonCode.NOT_VERIFIED in {r.code for r in claim.reasons}


def test_a_hedge_on_someone_named_inside_the_source_still_flags_nothing() -> None:
    (claim,) = all_claims("A relative of one of the alleged captives said they were beaten.")
    assert ReasonCode.HEDGE not in {r.code for r in claim.reasons}


def test_a_correction_paragraph_keeps_the_corrected_claim_and_disputes_the_old_one() -> None:
    # Was: any line opening "Correction:" was page furniture: the new figure was lost and
    # the retracted "three civilians" stood unchallenged
    claims = all_claims("PTV reported that Indian artillery shelled villages in the Leepa "
                        "valley, killing three civilians.\n\nCorrection: PTV has since revised "
                        "its report and now says two civilians were wounded and no one was "
                        "killed.")
    corrected = claim_with(claims, "two civilians were wounded")
    assert corrected.claimant is not None and corrected.claimant.name == "PTV"
    old = claim_with(claims, "killing three civilians")
    assert ReasonCode.DISPUTED in {r.code for r in old.reasons}


def test_a_correction_note_about_the_page_is_still_no_claim() -> None:
    claims = all_claims("Ukraine said 40 drones were shot down.\n\nCorrection: This article was "
                        "amended on 12 March to correct the spelling of a village's name.")
    assert [c.span.text for c in claims] == ["40 drones were shot down"]


@pytest.mark.parametrize("line", ["LIVE: India-Pakistan border tensions - latest updates",
                                  "09:12 IST"])
def test_a_live_pages_title_and_time_stamps_are_no_claims(line: str) -> None:
    claims = all_claims(f"{line}\n\nPakistan's military says it shot down two Indian drones.")
    assert [c.span.text for c in claims] == ["it shot down two Indian drones"]


def test_a_live_pages_headline_with_a_claim_is_kept() -> None:
    claims = all_claims("Live updates: Israel strikes Beirut suburbs\n\nThe strikes hit "
                        "three buildings, the Lebanese health ministry said.")
    assert any("Beirut suburbs" in c.span.text for c in claims)


def test_a_party_saying_the_enemy_injured_its_crew_is_self_interested() -> None:
    # Was: no casualty type ("injuring" was no casualty word) and no self-interest
    (claim,) = all_claims("The Philippine Coast Guard said Chinese vessels had rammed a "
                          "Philippine supply boat, injuring four crew members.")
    assert ClaimType.CASUALTY in claim.claim_types
    assert claim.claimant is not None and claim.claimant.self_interested


def test_a_partys_admission_that_its_side_killed_civilians_is_not_self_interested() -> None:
    # Was: self-interested, as if the strike were a success it boasted of
    (claim,) = all_claims("An Ethiopian military drone strike on a market in the Amhara region "
                          "killed at least 37 civilians, according to two senior Ethiopian "
                          "officials.")
    assert claim.claimant is not None and not claim.claimant.self_interested
    (boast,) = all_claims("Russia's defence ministry said its forces killed 300 Ukrainian "
                          "soldiers.")
    assert boast.claimant is not None and boast.claimant.self_interested


def test_a_correction_line_of_two_sentences_keeps_its_second() -> None:
    claims = all_claims("PTV reported that Indian artillery shelled villages, killing three "
                        "civilians.\n\nCorrection: An earlier update quoted PTV as saying three "
                        "civilians were killed. PTV has since revised its report and now says "
                        "two civilians were wounded.")
    assert [c.span.text for c in claims][-1] == "two civilians were wounded"
    assert not any(c.span.text.startswith("Correction") for c in claims)


def test_an_assessment_named_in_a_said_in_phrase_is_not_the_verdicts_subject() -> None:
    # Was: "its latest assessment" (after "in") was taken as what had no evidence
    claims = all_claims("Russia's Defence Ministry said its forces had captured the village of "
                        "Zelene Pole.\n\nThe Institute for the Study of War said in its latest "
                        "assessment that it had seen no evidence confirming the capture of the "
                        "whole settlement.")
    captured = claim_with(claims, "captured the village")
    assert ReasonCode.DISPUTED in {r.code for r in captured.reasons}


def test_it_after_a_lab_that_spoke_is_the_lab() -> None:
    # Was: "It said" had no claimant ("the lab" was taken for a person)
    claims = all_claims("The images show scorched ground across the camp, the lab said in a "
                        "report released on Thursday. It said the pattern of burning was "
                        '"consistent with deliberate arson".')
    claimant = claim_with(claims, "pattern of burning").claimant
    assert claimant is not None and claimant.name == "lab"


def test_a_verb_inside_an_asked_whether_question_reports_nothing() -> None:
    # Was: "the Philippines would ask the United States to invoke …" was a claim (0.72)
    claims = all_claims("Asked whether the Philippines would ask the United States to invoke "
                        "the 1951 Mutual Defense Treaty, he said it was a decision for the "
                        "president.")
    assert not any(c.claimant is not None and c.claimant.name == "Philippines" for c in claims)


def test_unnamed_officials_with_a_document_are_anonymous_sources() -> None:
    # Was: typed official, asserted
    (claim,) = all_claims("A drone strike on a market killed at least 37 civilians, according "
                          "to two senior officials and an internal report seen by this "
                          "newspaper.")
    assert ReasonCode.ANONYMOUS_SOURCE in {r.code for r in claim.reasons}


def test_a_two_sentence_quotation_before_an_adding_clause_is_one_claim() -> None:
    # Was: its second sentence came out again as an unattributed claim (cw 0.96)
    claims = all_claims('"The army does not target civilians. The operations are directed '
                        'solely against armed groups," it said in a statement, adding that '
                        "claims of a strike were fabrications.")
    assert [c.claimant is not None for c in claims] == [True, True]


@pytest.mark.parametrize(("body", "said"), [
    ('As one European official put it: "Every spring we predict the big offensive. Sometimes '
     "it comes, sometimes it doesn't.\"", "one European official"),
    ("As one official put it, the offensive never came.", "one official"),
    ('As a commander phrased it, "We are holding, but barely."', "commander"),
])
def test_as_someone_put_it_gives_the_rest_to_them(body: str, said: str) -> None:
    # Was: no speaker, and the quotation split in two claims
    (claim,) = all_claims(body)
    assert claim.claimant is not None and claim.claimant.name == said
    assert not claim.span.text.startswith("As ")


def test_a_denial_answers_the_claim_with_its_verb_before_a_nearer_one_sharing_a_noun() -> None:
    # Was: "denied that the ship had been hit" disputed UKMTO's "the ship was proceeding"
    claims = all_claims('Houthi spokesman Yahya Saree said the tanker had been "directly hit" '
                        "and that a fire had broken out on board.\n\nUKMTO said the vessel and "
                        "crew were safe and the ship was proceeding to its next port of call.\n\n"
                        "The tanker's operator, Aegean Crest Shipping, denied that the ship had "
                        "been hit.")
    assert ReasonCode.DISPUTED in {r.code for r in claim_with(claims, "directly hit").reasons}
    assert ReasonCode.DISPUTED not in {r.code for r in claim_with(claims, "crew were safe").reasons}


def test_the_discrepancies_between_the_figures_reach_every_toll() -> None:
    # Was: only the army's count of militants and the writer's "It did not publish the names
    # of the two commanders." (then a claim of its own)
    claims = all_claims("The death toll has risen to 61, the health ministry said.\n\nOCHA said "
                        "at least 47 people had been killed in the strikes. Al Mezan said it had "
                        "documented the names of 58 people killed.\n\nThe Israeli military said "
                        "it had killed 14 militants, including two commanders. It did not publish "
                        "the names of the two commanders.\n\nThe discrepancies between the "
                        "figures could not be reconciled immediately.")
    for words in ("risen to 61", "47 people", "58 people"):
        assert ReasonCode.NOT_VERIFIED in {r.code for r in claim_with(claims, words).reasons}
    assert not any(c.span.text.startswith("It did not publish") for c in claims)


def test_but_did_not_say_whether_after_a_claim_is_a_question_left_open() -> None:
    # Was: scored 0.93 as CENTCOM's claim (the negation was not in the scored text)
    claims = all_claims("The U.S. Central Command said a U.S. destroyer had shot down one drone "
                        "over the Red Sea on Sunday, but did not say whether it was connected to "
                        "the attack on the tanker.")
    assert claim_with(claims, "whether it was connected").checkworthiness < 0.5
    assert claim_with(claims, "shot down one drone").checkworthiness >= 0.5


def test_a_nested_finding_ends_before_the_outer_verbs_second_that_clause() -> None:
    # Was: the footage's content ran on over the analyst's ", but that it was too early to say
    # whether …"
    claims = all_claims("Pasi Paroinen, an analyst with the Black Bird Group, said geolocated "
                        "footage published on Thursday showed Russian infantry in the centre of "
                        "the village, but that it was too early to say whether Moscow controlled "
                        "it fully.")
    shown = [c for c in claims if c.claimant is not None and c.claimant.name.startswith("footage")]
    assert [c.span.text for c in shown] == ["Russian infantry in the centre of the village"]


def test_a_page_correction_note_without_a_space_after_its_label_is_furniture() -> None:
    claims = all_claims("Ukraine said 40 drones were shot down.\n\nCorrection:This article was "
                        "amended on 12 March to correct the spelling of a village's name.")
    assert [c.span.text for c in claims] == ["40 drones were shot down"]
