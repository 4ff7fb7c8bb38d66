"""Defects found in review 53 (eight conflict reports written for the review), as tests.

Each test names what the engine did before the fix.
"""

from __future__ import annotations

from pipeline.models import ReasonCode
from tests.extract.claims import all_claims, claim_with


def test_a_side_does_not_dispute_its_own_sides_claim() -> None:
    # Before: "Moscow denies targeting civilians" disputed the Russian defence ministry's
    # own count of downed drones, through the shared words "Russian" and "Ukrainian".
    body = ("Russia's defence ministry said its air defences had destroyed 94 Ukrainian drones "
            "over Russian territory overnight. Moscow denies targeting civilians, though "
            "thousands have been killed in Russian strikes on Ukrainian cities, according to "
            "the United Nations.")
    claims = all_claims(body)
    drones = claim_with(claims, "94 Ukrainian drones")
    assert ReasonCode.DISPUTED not in {r.code for r in drones.reasons}
    # nor does a denial dispute the claim it stands inside
    outer = claim_with(claims, "Moscow denies targeting")
    assert all(r.cue != "denies" for r in outer.reasons if r.code == ReasonCode.DISPUTED)


def test_a_count_in_what_a_source_denies_is_not_its_count() -> None:
    # Before: "Another source (Moscow) gives a different count: thousands."
    body = ("Moscow denies targeting civilians, though thousands have been killed in Russian "
            "strikes, according to the United Nations. The governor said the death toll had "
            "risen to 17.")
    toll = claim_with(all_claims(body), "risen to 17")
    assert not any("(Moscow)" in r.explanation for r in toll.reasons)


def test_forward_posts_are_positions_not_a_speech_verb() -> None:
    # Before: 'fire on forward' was the claimant of "India's army said … opened", cue 'posts'
    body = ('India\'s army said Pakistani troops opened "unprovoked" fire on forward posts in '
            "the Poonch sector.")
    claims = all_claims(body)
    assert [c.claimant.name for c in claims if c.claimant] == ["India's army"]


def test_ignored_calls_are_no_speech() -> None:
    # Before: a claim 'to stop' by 'shots at suspects', cue 'calls'
    body = ("The Israeli military said its troops had fired warning shots at suspects who "
            "ignored calls to stop.")
    assert len(all_claims(body)) == 1


def test_citing_people_described_by_a_clause_names_sources_not_a_claim() -> None:
    # Before: 'residents who were searching for bodies' was a claim of the activists
    body = ("Local activists said the death toll could be as high as 60, citing residents who "
            "were searching for bodies.")
    claims = all_claims(body)
    assert len(claims) == 1 and claims[0].text == "the death toll could be as high as 60"


def test_a_monitor_relying_on_a_network_of_sources_is_named() -> None:
    # Before: anonymous, named with its whole apposition
    body = ("The Syrian Observatory for Human Rights, a Britain-based monitor that relies on a "
            "network of sources inside Syria, said 89 people had been killed.")
    (claim,) = all_claims(body)
    assert claim.claimant is not None
    assert claim.claimant.name == "Syrian Observatory for Human Rights"
    assert claim.claimant.entity_type == "organisation"
    assert ReasonCode.ANONYMOUS_SOURCE not in {r.code for r in claim.reasons}


def test_a_headlines_sudan_army_is_the_sudanese_armed_forces() -> None:
    # Before: party None ("Sudan army" was not in the parties file)
    (claim,) = all_claims("Sudan army says it repelled RSF assault on El Obeid")
    assert claim.claimant is not None and claim.claimant.party == "sudan_saf"


def test_almost_certain_is_estimative_language() -> None:
    # Before: asserted, no reason ("with moderate confidence" was a hedge already)
    body = 'The NCSC said it was "almost certain" that the group was behind the campaign.'
    (claim,) = all_claims(body)
    assert ReasonCode.HEDGE in {r.code for r in claim.reasons}


def test_harm_to_ships_crews_and_the_speakers_own_people_is_blame() -> None:
    # Before: all three asserted, with no self-interest
    for body in ("Ukraine's navy said Russian forces had struck a grain ship, injuring two "
                 "crew members.",
                 "The Gaza health ministry said Israeli troops killed 31 Palestinians.",
                 'Hamas accused Israel of turning aid sites into "death traps."'):
        (claim,) = all_claims(body)
        assert claim.claimant is not None and claim.claimant.self_interested, body


def test_the_video_is_the_claim_said_in_a_video() -> None:
    # Before: "The video could not be verified" went to the officers' toll, counted but
    # said in no video, and the gang leader's claim stayed asserted
    body = ("A police union official said at least four officers had been killed. The gang "
            "leader said in a video that his fighters controlled the town. The video could not "
            "be independently verified.")
    claims = all_claims(body)
    assert ReasonCode.NOT_VERIFIED in {r.code for r in claim_with(claims, "controlled").reasons}
    assert ReasonCode.NOT_VERIFIED not in {
        r.code for r in claim_with(claims, "four officers").reasons}


def test_the_police_are_not_an_unnamed_police_union_official() -> None:
    # Before: "The police say …" took the anonymous union official as claimant
    body = ("A police union official, who spoke on condition of anonymity, said at least four "
            "officers had been killed. The police say they operate within the law.")
    police = claim_with(all_claims(body), "within the law")
    assert police.claimant is not None and police.claimant.entity_type != "anonymous"
    assert police.claimant.name.lower() == "police"


def test_an_observatory_is_an_organisation_and_a_gang_leader_no_official() -> None:
    # Before: 'Observatory'/person; 'gang leader'/official; 'Jimmy Cherizier'/official
    (claim,) = all_claims("In March, violence on the coast killed about 1,500 people, "
                          "according to the Observatory.")
    assert claim.claimant is not None and claim.claimant.entity_type == "organisation"
    for body in ("A gang leader said in a video that his fighters controlled the town.",
                 "Jimmy Cherizier, the former police officer who leads the Viv Ansanm gang "
                 "coalition, said his fighters now controlled the town."):
        (claim,) = all_claims(body)
        assert claim.claimant is not None and claim.claimant.entity_type == "person", body


def test_a_verdict_on_casualty_claims_reaches_only_casualty_claims() -> None:
    # Before: "The claims about casualties" made every claim before it not verified
    body = ("A police union official said at least four officers had been killed. The United "
            "Nations said gangs control about 90 percent of Port-au-Prince. Residents said gang "
            "members had set fire to several homes. The claims about casualties on both sides "
            "could not be verified.")
    claims = all_claims(body)
    flagged = [c.text for c in claims
               if ReasonCode.NOT_VERIFIED in {r.code for r in c.reasons}]
    assert flagged == ["at least four officers had been killed"]


def test_battlefield_reports_are_no_appeal_for_weapons() -> None:
    # Before: "on allies to provide more Patriot systems" was an unverified battlefield report
    body = ("Zelensky said the attack showed that Moscow was not interested in peace, calling on "
            "allies to provide more Patriot systems. Reuters could not independently verify the "
            "battlefield reports of either side.")
    appeal = claim_with(all_claims(body), "Patriot systems")
    assert ReasonCode.NOT_VERIFIED not in {r.code for r in appeal.reasons}


def test_a_hedge_between_the_verb_and_its_clause_qualifies_the_clause() -> None:
    # Before: the inner claim "the intrusions were linked …" was asserted, with no hedge
    body = ("Mandiant said it assessed with moderate confidence that the intrusions were linked "
            "to a GRU unit.")
    inner = next(c for c in all_claims(body) if c.text.startswith("the intrusions"))
    assert ReasonCode.HEDGE in {r.code for r in inner.reasons}


def test_calling_a_claim_a_pretext_disputes_it() -> None:
    # Before: the kidnapping accusation stayed asserted
    body = ("Bedouin tribal leaders said the Druze factions had kidnapped a merchant on the "
            'highway. Druze factions said the kidnapping claim was "a pretext" for an attack.')
    kidnap = claim_with(all_claims(body), "kidnapped a merchant")
    assert ReasonCode.DISPUTED in {r.code for r in kidnap.reasons}


def test_denying_involvement_disputes_the_accusation_of_a_body_of_that_side() -> None:
    # Before: the accusation stayed asserted ("denied involvement." with no "in …", and the
    # GRU was in no party of the parties file)
    for body in ("The GRU has been accused by Western governments of a string of "
                 "cyberattacks. Russia has consistently denied involvement.",
                 "Western governments accused the GRU of a string of cyberattacks. Russia has "
                 "consistently denied involvement."):
        accusation = claim_with(all_claims(body), "cyberattacks")
        assert ReasonCode.DISPUTED in {r.code for r in accusation.reasons}, body


def test_a_named_side_having_nothing_to_do_with_it_disputes_the_attribution() -> None:
    # Before: only "it/they/he … had nothing to do with" denied a part
    body = ("The NCSC said the group APT28 was behind the campaign. Kremlin spokesman Dmitry "
            "Peskov said Russia had nothing to do with any hacking operations.")
    attribution = claim_with(all_claims(body), "APT28")
    assert ReasonCode.DISPUTED in {r.code for r in attribution.reasons}


def test_another_speakers_while_clause_ends_the_content() -> None:
    # Before: Hamas's accusation ran on over the Israeli official's claim, and took its hedge
    body = ('Hamas accused Israel of turning aid sites into "death traps," while an Israeli '
            "official said Hamas gunmen may have been responsible for some of the shooting.")
    accusation = claim_with(all_claims(body), "death traps")
    assert "official" not in accusation.text
    assert ReasonCode.HEDGE not in {r.code for r in accusation.reasons if r.cue == "may have"}


def test_the_tolls_reach_every_count_of_the_dead() -> None:
    # Before: "put the security forces' toll at 18" was no casualty claim, and "the tolls"
    # reached the monitor's count only
    body = ("The Syrian Observatory for Human Rights said 89 people had been killed, including 14 "
            "members of the security forces. The interior ministry put the security forces' toll "
            "at 18. AFP could not independently confirm the tolls.")
    claims = all_claims(body)
    for words in ("89 people", "toll at 18"):
        assert ReasonCode.NOT_VERIFIED in {r.code for r in claim_with(claims, words).reasons}


def test_the_group_is_the_body_named_not_a_headlines_aid_group() -> None:
    # Before: the headline's unnamed "aid group" was taken for "The group"
    body = ("Drone strike kills dozens, aid group says\n\nA drone strike killed at least 37 "
            "civilians, according to the Sudan Doctors Network. The group blamed the RSF for the "
            "attack.")
    blamed = claim_with(all_claims(body), "the RSF")
    assert blamed.claimant is not None and blamed.claimant.name == "Sudan Doctors Network"


def test_a_place_after_the_counted_people_is_no_unit() -> None:
    # Before: unit 'near' ("at least 31 Palestinians near")
    body = ("The Gaza health ministry said Israeli troops killed at least 31 Palestinians near an "
            "aid site.")
    (claim,) = all_claims(body)
    assert [q.unit for q in claim.quantities] == ["palestinians"]


def test_told_reporters_then_a_present_tense_clause() -> None:
    # Before: the content began with "reporters"
    (claim,) = all_claims("Kremlin spokesman Dmitry Peskov told reporters the Russian military "
                          "only targets military sites.")
    assert claim.text == "the Russian military only targets military sites"
