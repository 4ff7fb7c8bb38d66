"""Adversaries' accounts that contradict each other without a word of denial."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims


def test_opposite_accounts_of_the_same_place_dispute_each_other() -> None:
    claims = all_claims("Russia said its troops had captured Vuhledar. Ukraine said its forces "
                        "were still holding Vuhledar.")
    assert [c.status for c in claims] == ["disputed", "disputed"]
    (reason,) = [r for r in claims[0].reasons if r.code == "disputed"]
    assert "Ukraine" in reason.explanation


def test_accounts_that_do_not_contradict_are_left_alone() -> None:
    claims = all_claims("Russia said it struck energy facilities in Kharkiv. Ukraine said "
                        "emergency crews were working in Kharkiv.")
    assert all("disputed" not in {r.code for r in c.reasons} for c in claims)


def test_one_sides_own_statements_never_dispute_each_other() -> None:
    claims = all_claims("Russia said its troops had captured Vuhledar. Moscow said its forces "
                        "were still advancing near Vuhledar.")
    assert all("disputed" not in {r.code for r in c.reasons} for c in claims)


def test_a_negation_or_still_about_something_else_is_no_contradiction() -> None:
    for later in ("Ukraine said Russian shelling had killed two civilians in Vuhledar, and "
                  "that evacuations were not possible.",
                  "Ukraine said Russian shelling was still going on in Vuhledar."):
        claims = all_claims(f"Russia said its troops had captured Vuhledar. {later}")
        assert all("disputed" not in {r.code for r in c.reasons} for c in claims), later


def test_said_that_was_untrue_disputes_the_claim_before_and_is_no_claim() -> None:
    claims = all_claims("Hamas said 120 prisoners would be freed. Israeli officials said that "
                        "was untrue.")
    assert [c.text for c in claims] == ["120 prisoners would be freed"]
    assert ("disputed", "that was untrue") in {(r.code, r.cue) for r in claims[0].reasons}


def test_each_side_blaming_the_other_for_the_same_event_disputes_both() -> None:
    claims = all_claims("The army said the RSF had shelled the market in El Fasher, killing 30 "
                        "people. The RSF said the army had bombed the market from the air.")
    assert [c.status for c in claims] == ["disputed", "disputed"]


def test_blame_one_way_is_no_contradiction() -> None:
    claims = all_claims("The army said the RSF had shelled the market in El Fasher. The RSF "
                        "said it had captured a base near the market.")
    assert "disputed" not in [c.status for c in claims]


def test_said_that_was_simply_not_true_disputes_the_claim_before() -> None:
    claims = all_claims("The Russian Defence Ministry says all of the drones were destroyed. "
                        "Marchenko said that was simply not true.")
    assert [c.text for c in claims] == ["all of the drones were destroyed"]
    assert ("disputed", "that was simply not true") in {(r.code, r.cue) for r in claims[0].reasons}


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("A tribunal ruled in 2016 that China had no legal basis, a decision Beijing rejects.",
     "China had no legal basis", "decision Beijing rejects"),
    ("The court found that the army had shelled the town, a ruling the government rejects.",
     "the army had shelled the town", "ruling the government rejects"),
])
def test_a_ruling_or_decision_that_a_party_rejects_is_disputed(
        text: str, content: str, cue: str) -> None:
    claims = all_claims(text)
    assert [c.text for c in claims] == [content]
    assert ("disputed", cue) in {(r.code, r.cue) for r in claims[0].reasons}


@pytest.mark.parametrize(
    "body",
    ["Kyiv said Russian forces shelled the village. Moscow said its forces did not shell the "
     "village.",
     "The Houthis said the missile hit its target. Israel said the missile did not hit its "
     "target."],
)
def test_an_adversary_negating_the_same_verb_disputes_both_claims(body: str) -> None:
    # A flat "did not shell" had been no contradiction without a verdict word.
    assert [c.status for c in all_claims(body)] == ["disputed", "disputed"]


def test_thats_false_disputes_the_claim_before_even_across_a_question() -> None:
    prose = all_claims('The Houthis say they hit a U.S. destroyer. "That\'s false," Pentagon '
                       "spokesman Patrick Ryder said.")
    assert prose[0].status == "disputed"
    briefing = all_claims("Q: The Houthis say they hit a U.S. destroyer. Can you confirm that?\n\n"
                          "GEN. RYDER: That's false. No U.S. Navy vessel was struck.")
    assert briefing[0].status == "disputed"


def test_no_evidence_that_the_same_thing_happened_disputes_it() -> None:
    claims = all_claims("Benning said 4,800 ballots were cast by dead voters. Election officials "
                        "said there was no evidence that ballots were cast by dead voters.")
    assert [r.cue for r in claims[0].reasons if r.code == "disputed"] == ["no evidence that"]
    # a rebuttal sharing only the subject disputes nothing
    claims = all_claims("A video claimed that COVID-19 vaccines have caused 17 million deaths. "
                        "The WHO said there was no evidence that COVID-19 vaccines alter human "
                        "DNA.")
    assert not any(r.code == "disputed" for r in claims[0].reasons)


def test_contradicting_an_assertion_disputes_it() -> None:
    claims = all_claims("Tehran said the attack caused no significant harm. Satellite images "
                        "showed three destroyed hangars, contradicting Tehran's assertion that "
                        "the attack caused no significant harm.")
    assert claims[0].text == "the attack caused no significant harm"
    assert claims[0].status == "disputed"
    assert claims[1].text == "three destroyed hangars"


@pytest.mark.parametrize("body", [
    # the outlet's own rebuttal, opening its sentence
    "The Houthis said the vessel was sinking. There was no sign that the ship was sinking.",
    # a one-word charge in the next sentence
    "Opposition leaders said the vote had been rigged. The election commission said there was "
    "no evidence of any rigging.",
])
def test_no_sign_or_evidence_of_the_charge_disputes_it(body: str) -> None:
    first = all_claims(body)[0]
    assert first.status == "disputed"


def test_no_sign_of_something_else_disputes_nothing() -> None:
    claims = all_claims("Officials said two people were killed. There was no sign of fighting "
                        "in the town.")
    assert claims[0].status != "disputed"


def test_the_statement_called_untrue_is_disputed_whole() -> None:
    body = ("BAKU (Wire) - Azerbaijan's Defence Ministry issued the following statement on "
            "Sunday. It is reproduced in full:\n\nUnits of the Armed Forces of Armenia fired on "
            "the positions of the Azerbaijan Army.\n\nAs a result, the enemy suffered losses in "
            "manpower.\n\n(End of statement)\n\nArmenia's Defence Ministry said the statement "
            'was "absolutely untrue" and that Azerbaijani forces had opened fire first.')
    claims = all_claims(body)
    for words in ("fired on the positions", "the enemy suffered losses"):
        assert "disputed" in {r.code for r in next(c for c in claims if words in c.text).reasons}
    armenian = next(c for c in claims if "opened fire first" in c.text)
    assert armenian.checkworthiness >= 0.5  # its own claim stays


def test_no_sign_of_the_person_sought_disputes_nothing() -> None:
    claims = all_claims("Police said the suspect fled north. There was no sign of the suspect.")
    assert all(c.status != "disputed" for c in claims)


def test_the_report_called_wrong_disputes_the_report_not_the_nearest_speaker() -> None:
    claims = all_claims("A UN report said 30 civilians were killed. The army said it had "
                        "repelled the attack. Officials said the report was wrong.")
    assert next(c for c in claims if "30 civilians" in c.text).status == "disputed"
    assert next(c for c in claims if "repelled" in c.text).status != "disputed"


def test_each_side_naming_the_other_in_different_events_is_no_contradiction() -> None:
    # Before: "troops" in both made them one event, each disputed by the other
    claims = all_claims("Ukraine's General Staff said Russian troops had suffered heavy losses "
                        "near Kupiansk. Russia's Defence Ministry said Ukrainian troops had "
                        "abandoned two positions east of the village.")
    assert all(r.code != "disputed" for c in claims for r in c.reasons)
    claims = all_claims("The army said RSF fighters shelled the market in El Fasher. The RSF "
                        "said army soldiers bombed the market.")
    assert [c.status for c in claims] == ["disputed", "disputed"]


def test_a_speaker_denying_anothers_claim_in_its_words_disputes_it() -> None:
    # Before: both asserted; only adversaries from the parties file could contradict
    claims = all_claims("Prosecutors say Whitcombe took more than $400,000 in bribes from a "
                        "dredging contractor. His lawyer, Daniel Rourke, said his client never "
                        "took any bribes.")
    assert [c.status for c in claims] == ["disputed", "disputed"]
    # a denial of something else is none
    claims = all_claims("Prosecutors say Whitcombe took bribes from a contractor. His lawyer "
                        "said his client never took a holiday that year.")
    assert [c.status for c in claims] == ["asserted", "asserted"]


def test_more_than_a_speaker_has_acknowledged_disputes_what_it_said() -> None:
    # Before: Norvance's "a limited number of its members" stayed asserted
    claims = all_claims("Norvance Health said on Monday that hackers had stolen personal data "
                        "belonging to a limited number of its members. But three people familiar "
                        "with the investigation said the breach was far larger than Norvance "
                        "has acknowledged.")
    assert claims[0].status == "disputed"


def test_higher_than_a_figure_of_another_period_disputes_nothing() -> None:
    # Review: "higher than Apple had reported a year earlier" disputed Apple's new figure
    claims = all_claims("Apple said it sold 50 million iPhones in the quarter. Analysts said "
                        "the figure was higher than Apple had reported a year earlier.")
    assert claims[0].status == "asserted"
