"""Which earlier claims a discourse link is about."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims, claim_with


def test_the_verdicts_own_words_pick_the_claim_it_answers() -> None:
    claims = all_claims("Only 40 aid trucks entered Gaza on Monday, the WFP said. Israeli strikes "
                        "killed 19 people, medics said. COGAT disputed the figure, saying 212 "
                        "trucks had entered.")
    disputed = [c.text for c in claims if "disputed" in {r.code for r in c.reasons}]
    assert disputed == ["Only 40 aid trucks entered Gaza on Monday"]


def test_a_plural_anaphor_takes_the_figures_just_given_not_a_count_paragraphs_up() -> None:
    # "those figures" had reached back past the lawyer's claim to the outlet's own count of
    # charges, three paragraphs up, and marked it unverified.
    claims = all_claims("Ngabo has pleaded not guilty to nine counts of war crimes.\n\n"
                        "His lawyer said the trial was unfair.\n\n"
                        "According to the indictment, between 25 and 40 men were killed. "
                        "Reuters was unable to independently confirm those figures.")
    assert [c.text for c in claims if c.status == "unverified"] == [
        "between 25 and 40 men were killed"]
    both = all_claims("Russia said it destroyed 12 tanks.\n\nUkraine said it shot down 20 drones."
                      "\n\nNeither side's figures could be verified.")
    assert [c.status for c in both] == ["unverified", "unverified"]


def test_a_bare_that_claim_is_the_nearest_claim_even_when_an_earlier_one_counts() -> None:
    # The count in the police claim had outweighed the mayor's nearer claim.
    claims = all_claims("Police said 40 men were killed. The mayor said the killings were "
                        "carried out by a rival armed group. Prosecutors rejected that claim.")
    assert [c.text for c in claims if c.status == "disputed"] == [
        "the killings were carried out by a rival armed group"]


def test_an_appositive_verdict_reaches_its_host_after_claims_as_a_verb() -> None:
    # "The air force claims" had been read as the anaphor "the claims", so the verdict went
    # to the ministry's claim before it.
    claims = all_claims("The ministry said two systems arrived in September. The air force "
                        "claims the systems have intercepted 90% of the missiles, a figure that "
                        "could not be independently confirmed.")
    assert [c.text for c in claims if "not_verified" in {r.code for r in c.reasons}] == [
        "the systems have intercepted 90% of the missiles"]


def test_denied_it_disputes_the_claim_and_citing_sources_is_no_claim() -> None:
    # "denied it" had taken "it" for a speaker and disputed only itself; ", citing
    # survivors and local officials" had been a claim whose content was the sources.
    claims = all_claims("The monitor said 34 people were killed, citing survivors and local "
                        "officials. The army denied it.")
    assert [(c.text, c.status) for c in claims] == [("34 people were killed", "disputed")]


def test_another_source_confirming_the_strike_corroborates_it_but_not_its_own() -> None:
    # "Russian officials confirmed the strike" had been a claim of its own ("the strike").
    claims = all_claims("Ukraine's General Staff said its forces struck an oil refinery in "
                        "Saratov overnight. Russian officials confirmed the strike.")
    assert [(c.text, c.status) for c in claims] == [
        ("its forces struck an oil refinery in Saratov overnight", "corroborated")]
    same = all_claims("The Russian Defence Ministry said its forces struck the depot. The "
                      "ministry later confirmed the strike.")
    assert "corroborated" not in {c.status for c in same}


def test_an_estimate_called_too_high_is_disputed() -> None:
    claims = all_claims("Ukraine's military intelligence said Moscow was producing 2,700 drones "
                        "a month. However, a Western official said the estimate was probably "
                        "too high.")
    drones = claims[0]
    assert drones.text == "Moscow was producing 2,700 drones a month"
    assert "disputed" in {r.code for r in drones.reasons}


def test_the_tag_after_a_quoted_dismissal_does_not_pick_the_claim() -> None:
    # Before: "the party said" after the quotation counted as the dismissal's own words,
    # and the claim naming the party (the vote count) was taken for "the fraud allegations".
    claims = all_claims(
        "Georgia's main opposition alliance said it had evidence of widespread fraud in the "
        "election. The Central Election Commission said the ruling Georgian Dream party won 54% "
        "of the vote. Georgian Dream founder Bidzina Ivanishvili dismissed the fraud allegations "
        'as "an attempt to drag the country into chaos," the party said in a statement.')
    assert [c.status for c in claims[:2]] == ["disputed", "asserted"]


def test_rejecting_the_account_disputes_all_the_speaker_just_said() -> None:
    # Before: only the nearest claim (and "responded, destroying …" was a speech cue whose
    # "it said" went to the troops).
    claims = all_claims(
        "At least seven civilians were killed when Indian forces shelled villages, Pakistan's "
        "military said. Pakistani troops responded, destroying several Indian posts, it said. "
        "India's army rejected the account.")
    assert [(c.status, c.claimant.name if c.claimant else None) for c in claims] == [
        ("disputed", "Pakistan's military"), ("disputed", "Pakistan's military")]


def test_a_named_sources_claims_are_all_it_just_claimed() -> None:
    # Before: "The group's claims" reached only the claim made with "claimed", not the one
    # made with "saying" in the same sentence.
    claims = all_claims(
        "A ransomware group known as BlackLotus claimed responsibility for the attack on "
        "Thursday, saying it had stolen 4 terabytes of data. The group's claims could not be "
        "independently verified.")
    assert [c.status for c in claims] == ["unverified", "unverified"]


def test_the_advance_not_confirmed_is_the_capture_claimed_just_before() -> None:
    claims = all_claims(
        "Viktor Hnatyuk, a Ukrainian army spokesman, estimated Russian losses in the sector at "
        "around 300 killed and wounded per day. Russian military bloggers claimed that Russian "
        "troops had entered the village of Udachne. The Russian Defence Ministry has not "
        "confirmed the advance.")
    verdicts = {c.text[:20]: [r.code for r in c.reasons if r.code == "not_verified"]
                for c in claims}
    assert verdicts["Russian troops had e"] == ["not_verified"]
    assert verdicts["Russian losses in th"] == []


def test_a_that_clause_after_the_verdict_names_the_claim_meant() -> None:
    claims = all_claims(
        "Sarea's claim that the ship was in danger of sinking is not supported by other "
        "accounts. The Houthis also said they had shot down a US MQ-9 Reaper drone over Marib. "
        "A US defence official said the military was aware of the claim but could not confirm "
        "that a drone had been lost.")
    unverified = [c.text for c in claims if any(r.code == "not_verified" for r in c.reasons)]
    assert unverified == ["they had shot down a US MQ-9 Reaper drone over Marib"]


def test_no_evidence_in_the_same_sentence_or_from_a_described_official() -> None:
    same = all_claims('A spokesman for the ministry said the group was "financed by foreign '
                      'intelligence services," but did not provide evidence for the claim.')
    assert "not_verified" in {r.code for r in same[0].reasons}
    perfect = all_claims("Israel says it has killed more than 17,000 militants, but has not "
                         "provided evidence.")
    assert "not_verified" in {r.code for r in perfect[0].reasons}
    later = all_claims("An Israeli military official, speaking on condition of anonymity, told "
                       "reporters that dozens of militants had used the school as a base. The "
                       "official did not provide evidence for the claim.")
    base = next(c for c in later if "base" in c.text)
    assert "not_verified" in {r.code for r in base.reasons}


def test_accounts_of_what_happened_are_the_events_just_told() -> None:
    claims = all_claims("Paramilitary fighters stormed three villages west of El Obeid over the "
                        "weekend, killing dozens of civilians, according to residents. Accounts "
                        "of what happened could not be independently verified.")
    assert [c.status for c in claims] == ["unverified"]


def test_a_named_owners_figure_is_that_persons_claim() -> None:
    claims = all_claims(
        "Carl Benning said his team had identified 4,800 ballots cast by dead voters. Gabriel "
        "Sterling said investigators had reviewed similar allegations and found four ballots "
        "cast in the names of dead people. The Associated Press could not independently verify "
        "Benning's figure.")
    unverified = [c.claimant.name for c in claims if c.claimant is not None
                  and any(r.code == "not_verified" for r in c.reasons)]
    assert unverified == ["Carl Benning"]


def test_the_claims_reach_every_claim_the_claimant_just_made() -> None:
    # Before: only the militia's last claim was marked, its first one stayed unverified
    # only by its own reasons.
    claims = all_claims("The militia said it had hit a target in Eilat. It also claimed three "
                        "attacks on the Golan Heights. The Israeli military said two drones had "
                        "been intercepted. Reuters could not verify the claims.")
    marked = [c.text for c in claims if "not_verified" in {r.code for r in c.reasons}]
    assert marked == ["it had hit a target in Eilat", "three attacks on the Golan Heights"]


def test_none_of_the_tolls_reaches_every_count_of_the_dead() -> None:
    # Before: "tolls" was no anaphor, so the sentence was a claim of its own.
    claims = all_claims(
        "Lt. Col. Marc Ekenge, a spokesman for the Congolese army, said 12 civilians and six "
        "assailants had been killed. CEPADHO, a human rights group, said at least 61 bodies "
        "had been recovered. None of the tolls could be independently confirmed.")
    assert [c.text for c in claims if "not_verified" in {r.code for r in c.reasons}] == [
        "12 civilians and six assailants had been killed",
        "at least 61 bodies had been recovered"]


def test_the_death_toll_is_the_count_of_the_dead_not_the_nearest_count() -> None:
    # Before: the caveat went to the army's count of destroyed vehicles.
    claims = all_claims(
        "Shelling killed at least 31 people at the camp on Sunday, a local activist group "
        "said. The army said its air force had destroyed 18 RSF combat vehicles east of the "
        "city. Reuters was unable to independently verify the death toll.")
    assert [c.text for c in claims if "not_verified" in {r.code for r in c.reasons}] == [
        "Shelling killed at least 31 people at the camp on Sunday"]


def test_the_armys_account_is_a_claim_of_the_army_or_none() -> None:
    # Before: the caveat about the army's account went to the footage described before it.
    claims = all_claims("Footage verified by the BBC showed bodies in the courtyard. The BBC "
                        "could not independently verify the army's account.")
    assert claim_with(claims, "bodies in the courtyard").status == "asserted"
    claims = all_claims("The army said its troops had killed 40 fighters. It said it destroyed "
                        "3 tanks. Footage verified by the BBC showed bodies in the courtyard. "
                        "The BBC could not independently verify the army's claims.")
    assert [c.text for c in claims if "not_verified" in {r.code for r in c.reasons}] == [
        "its troops had killed 40 fighters", "it destroyed 3 tanks"]


def test_a_named_speaker_reaches_its_claim_past_the_other_sides_answer() -> None:
    # Before: two sentences of Hamas's answer put the army's claim out of reach.
    claims = all_claims(
        "The Israeli military said it had carried out a strike on a Hamas command centre "
        "inside the school compound.\n\nHamas rejected the allegation. The group said in a "
        "statement that the claim was a blatant lie.\n\nThe Israeli military did not provide "
        "evidence for its assertion.")
    first = claim_with(claims, "command centre")
    assert "not_verified" in {r.code for r in first.reasons}


def test_the_armys_account_reaches_a_claim_of_the_armys_spokesman() -> None:
    # Before (during 1.20.0's work): only sources typed military counted, so the caveat
    # became a claim of its own.
    claims = all_claims("Lt. Col. Marc Ekenge, a spokesman for the Congolese army, said 12 "
                        "civilians had been killed in the attack. Reuters could not "
                        "independently verify the army's account.")
    assert [(c.text, c.status) for c in claims] == [
        ("12 civilians had been killed in the attack", "unverified")]


def _codes(claim_text: str, body: str) -> set[str]:
    return {str(r.code) for r in claim_with(all_claims(body), claim_text).reasons}


def test_a_body_named_by_two_words_is_found_far_back_and_no_one_else_takes_its_caveat() -> None:
    filler = " ".join(f"Smoke was seen over the village of Town{i} in the afternoon."
                      for i in range(2, 16))
    body = (f"Israeli strikes killed 11 people on Tuesday, Lebanon's health ministry said. "
            f"{filler} The army said 22 of its soldiers had been killed. The health ministry's "
            "figures could not be independently verified.")
    assert "not_verified" in _codes("killed 11 people", body)
    assert "not_verified" not in _codes("22 of its soldiers", body)


def test_casualty_figures_are_counts_not_a_dismissal_of_casualty_reports() -> None:
    body = ("A spokesperson for the Arakan Army said 41 people had been killed in the airstrike. "
            "The junta's spokesman has previously dismissed reports of civilian casualties from "
            'airstrikes as "fake news". Wire could not verify the casualty figures.')
    assert "not_verified" in _codes("41 people", body)
    assert "not_verified" not in _codes("civilian casualties", body)


def test_a_sides_account_is_all_it_just_told() -> None:
    body = ("Houthi spokesman Yahya Saree said the group had struck the tanker with missiles. He "
            "said the group acts in solidarity with Palestinians in Gaza. Wire could not "
            "independently confirm the Houthi account.")
    assert "not_verified" in _codes("struck the tanker", body)


def test_a_confirmed_toll_corroborates_no_other_claim_sharing_its_number() -> None:
    # Before: "the deaths of two boys" corroborated "two missiles had been intercepted"
    claims = all_claims("Konashenkov said that two Ukrainian Neptune missiles had been "
                        "intercepted over Crimea. The UN mission said it had confirmed the "
                        "deaths of two boys.")
    assert claim_with(claims, "missiles").status == "unverified"
    claims = all_claims("The ministry said two boys were killed in the strike. The UN mission "
                        "said it had confirmed the deaths of two boys.")
    assert claim_with(claims, "two boys were killed").status == "corroborated"


def test_a_speakers_own_caveat_on_what_it_just_said_is_on_that_claim() -> None:
    # Before: "had not been able to confirm it" reached the aid agencies' count before, the
    # ninth death stayed asserted, and "a Syrian man found in a forest" relayed it
    claims = all_claims("Aid agencies say at least eight people have died at the border. The "
                        "International Organization for Migration said it had received reports "
                        "of a ninth death, a Syrian man found in a forest on the Polish side, but "
                        "had not been able to confirm it.")
    assert claim_with(claims, "eight people").status == "asserted"
    ninth = claim_with(claims, "ninth death")
    assert ninth.status == "unverified" and ninth.claimant is not None
    assert ninth.claimant.via == []


def test_a_writers_verdict_between_a_sides_claims_does_not_cut_its_account() -> None:
    # Before: "the Russian version" reached only the drones, said after the writer's
    # "The ministry did not provide evidence for the figure."
    claims = all_claims("Russia's Defence Ministry said a strike had killed up to 60 foreign "
                        "mercenaries. The ministry did not provide evidence for the figure. It "
                        "said separately that its air defences had shot down 41 Ukrainian "
                        'drones. Kyiv dismissed the Russian version as "cynical lies".')
    assert claim_with(claims, "60 foreign mercenaries").status == "disputed"
    assert claim_with(claims, "41 Ukrainian drones").status == "disputed"


def test_the_number_is_the_count_just_given_not_an_earlier_casualty() -> None:
    body = ("A Chinese vessel fired a water cannon at a Philippine boat, injuring four sailors, "
            "the Philippine military said. The Philippine coast guard said at least eight "
            "Chinese vessels had shadowed the mission. The number could not be independently "
            "verified.")
    claims = all_claims(body)
    assert "not_verified" in {r.code for r in claim_with(claims, "eight Chinese").reasons}
    assert "not_verified" not in {r.code for r in claim_with(claims, "four sailors").reasons}


def test_a_company_denying_a_report_disputes_the_report_not_its_own_figures() -> None:
    body = ("Velora Inc reported revenue of $4.1 billion on Thursday. Bloomberg News reported "
            "earlier this month that the company was considering deeper cuts of up to 15% of "
            "staff. Velora denied that report on Thursday.")
    claims = all_claims(body)
    assert "disputed" in {r.code for r in claim_with(claims, "deeper cuts").reasons}
    assert "disputed" not in {r.code for r in claim_with(claims, "$4.1 billion").reasons}


def test_a_pronoun_claiming_what_images_show_is_the_speaker_and_the_images_its_claim() -> None:
    # Before: "claims" read as a noun, so "claims" spoke ("claims show the launcher") and the
    # verdict on "The images" reached nothing.
    body = ("The army published images it claims show the destroyed launcher. The images "
            "could not be verified.")
    claim = next(c for c in all_claims(body) if c.text == "show the destroyed launcher")
    assert claim.claimant is not None and claim.claimant.name == "army"
    assert {"hedge", "not_verified"} <= {r.code for r in claim.reasons}


def test_images_that_a_pronoun_said_showed_something_take_the_verdict_on_the_images() -> None:
    body = ("The army published images that it said showed the destroyed launcher. The images "
            "could not be verified.")
    claim = next(c for c in all_claims(body) if c.text == "showed the destroyed launcher")
    assert "not_verified" in {r.code for r in claim.reasons}


def test_declining_to_comment_on_another_matter_leaves_the_speakers_claim_asserted() -> None:
    # Before: the FDA's own statement was unverified by its "declined to comment on the trial"
    body = ("The Food and Drug Administration said it had not yet received an application for "
            "the drug and declined to comment on the trial.")
    claim = next(c for c in all_claims(body) if c.text.startswith("it had not yet received"))
    assert claim.status == "asserted" and claim.reasons == []


def test_silence_after_but_names_no_claim_of_a_third_party() -> None:
    # Before: the researcher's estimate was unverified by the FBI's "did not comment further"
    body = ("Brett Callahan, a researcher at the security firm Sentrix, estimated the group had "
            "hit more than 60 healthcare organisations since January. The FBI said it was aware "
            "of the incident but did not comment further.")
    claim = next(c for c in all_claims(body) if c.text.startswith("the group had hit"))
    assert "not_verified" not in {r.code for r in claim.reasons}


def test_a_sides_silence_on_a_claim_still_reaches_it() -> None:
    body = ("Ukraine's military said it had destroyed a Russian ammunition depot near Donetsk. "
            "Russia's defence ministry did not comment on the claim.")
    claim = next(c for c in all_claims(body) if "ammunition depot" in c.text)
    assert "not_verified" in {r.code for r in claim.reasons}


def test_a_verdict_in_a_quotations_second_sentence_reaches_the_police_version() -> None:
    # Before: "The police version" named no owner (no "'s"), and nothing was disputed
    body = ('Police said Reed reached toward his waistband before an officer fired. "There was '
            'no gun in his hand. The police version is simply false," said Benjamin Ortiz, a '
            'lawyer for the family.')
    claim = next(c for c in all_claims(body) if c.text.startswith("Reed reached"))
    assert claim.status == "disputed"


def test_a_named_speakers_missing_evidence_reaches_its_claims_made_through_it() -> None:
    # Before: only the army's first claim; "It said fighters had been using …" stayed asserted
    body = ("The army said it had struck a command centre inside the hospital. It said fighters "
            "had been using the building to store weapons. The army did not provide evidence.")
    claims = [c for c in all_claims(body) if c.claimant is not None]
    assert len(claims) == 2
    assert all("not_verified" in {r.code for r in c.reasons} for c in claims)


def test_figures_that_had_been_inflated_are_disputed() -> None:
    # Before: only "were inflated" was a verdict, not "had been inflated"
    claims = all_claims("At least 1,240 civilians were killed between January and June, the "
                        "United Nations human rights office said on Tuesday. A foreign ministry "
                        "spokesman, Karim Haddad, said the figures had been inflated by the "
                        "opposition.")
    assert claims[0].text.startswith("At least 1,240") and claims[0].status == "disputed"


def test_calling_a_video_a_staged_fake_disputes_what_it_shows() -> None:
    claims = all_claims('The video shows men in Ukrainian uniforms lying face down on a road '
                        'before soldiers open fire. Kremlin spokesman Dmitry Peskov called the '
                        'video "a staged fake".')
    assert claims[0].text.startswith("men in Ukrainian") and claims[0].status == "disputed"


def test_denying_the_reports_disputes_unnamed_officials_not_a_mediators_statement() -> None:
    claims = all_claims("Officials familiar with the talks said a ceasefire deal had been reached. "
                        "Qatar's foreign ministry said in a statement that significant progress "
                        "had been made. The Armenian foreign ministry denied the reports.")
    assert next(c for c in claims if c.text.startswith("a ceasefire")).status == "disputed"
    assert next(c for c in claims if c.text.startswith("significant")).status == "asserted"


def test_though_he_gave_no_details_stays_in_its_own_sentence() -> None:
    # Found by review: reaching back a sentence (for "The army did not provide evidence.")
    # also took the mayor's casualty claim for ", though he gave no details"
    claims = all_claims("Mayor Vitaliy Maletskyi said a drone hit a residential building, killing "
                        "one man and wounding six people. He said the strike also damaged an oil "
                        "refinery, though he gave no details.")
    assert "not_verified" not in {r.code for r in claims[0].reasons}
    assert "not_verified" in {r.code for r in claims[1].reasons}


def test_could_not_determine_is_a_verdict_on_the_damage() -> None:
    claims = all_claims("Lukoil said one processing unit had been damaged and temporarily halted. "
                        "Reuters could not independently determine the extent of the damage.")
    assert "not_verified" in {r.code for r in claims[0].reasons}


def test_rejecting_that_claim_for_a_reason_reaches_the_claim_the_reason_names() -> None:
    # Found by review: a version that dropped the reason's words disputed Israel's own claim
    claims = all_claims("Hamas said an Israeli strike on a school in Gaza City killed 30 people. "
                        "Israel said its troops had killed a Hamas commander in Rafah. The Israeli "
                        "military rejected that claim, saying the school had been used by Hamas "
                        "fighters.")
    assert claims[0].text.startswith("an Israeli strike") and claims[0].status == "disputed"
    assert claims[1].status != "disputed"


def test_provocation_said_of_an_event_concedes_it() -> None:
    # Found by review: "the attack was a provocation" disputed Israel's strike claim
    claims = all_claims("Israel said its jets struck Iranian military sites overnight. Iran said "
                        "the attack was a provocation and vowed to respond.")
    assert "disputed" not in {r.code for r in claims[0].reasons}


def test_asked_about_the_allegation_and_did_not_respond_is_silence_on_it() -> None:
    claims = all_claims("A Ukrainian official said Russian troops had executed five prisoners. The "
                        "Russian Defence Ministry was asked about the allegation and did not "
                        "respond.")
    assert "not_verified" in {r.code for r in claims[0].reasons}


@pytest.mark.parametrize("verdict", ["the claim was a provocation", "the claims were provocations"])
def test_a_provocation_is_a_verdict_on_a_claim(verdict: str) -> None:
    claims = all_claims(f"Russia said Ukraine had shelled the plant. Kyiv said {verdict}.")
    assert next(c for c in claims if c.text == "Ukraine had shelled the plant").status == (
        "disputed")


def test_no_alternative_count_leaves_the_speakers_dispute_unbacked() -> None:
    # Before: "He did not offer an alternative count." was a claim of its own
    claims = all_claims("A foreign ministry spokesman, Karim Haddad, said the UN's casualty "
                        "figures had been inflated by the opposition. He did not offer an "
                        "alternative count.")
    assert "not_verified" in {r.code for r in claims[0].reasons}
