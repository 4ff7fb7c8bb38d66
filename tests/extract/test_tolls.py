"""Casualty counts that two sources give differently dispute each other."""

from __future__ import annotations

import pytest

from tests.extract.claims import all_claims


def _disputes(text: str) -> list[set[str]]:
    return [{r.cue for r in c.reasons if r.code == "disputed"} for c in all_claims(text)]


def test_two_sources_counting_one_toll_differently_dispute_each_other() -> None:
    claims = all_claims("The health ministry in Gaza said 40 people were killed in the strike on "
                        "the market. The Israeli military put the number of dead at 12.")
    assert [c.status for c in claims] == ["disputed", "disputed"]
    (first,) = [r for r in claims[0].reasons if r.code == "disputed"]
    assert first.cue == "12" and first.span is not None
    assert "Israeli military" in first.explanation
    (second,) = [r for r in claims[1].reasons if r.code == "disputed"]
    assert second.cue == "40 people"


def test_a_shared_place_makes_one_event() -> None:
    assert _disputes("Local officials said at least 30 civilians died in the shelling of Izium. "
                     "The army said 8 civilians died in Izium.") == [
        {"8 civilians"}, {"at least 30 civilians"}]


@pytest.mark.parametrize("text", [
    # different places: two events
    "The ministry said 40 people were killed in Gaza on Tuesday. Ukrainian officials said 12 "
    "people were killed in Kharkiv.",
    # ranges that overlap agree: "at least 12" allows 40
    "Officials said at least 12 people were killed in the strike on the market. Medics said 40 "
    "people were killed in the strike on the market.",
    # one group may be part of the other
    "The ministry said 40 people were killed in the strike on the market. The army said it "
    "killed 12 militants in the strike on the market.",
    # deaths are not injuries
    "The ministry said 40 people were killed in the strike on the market. The army said 12 were "
    "wounded in the strike on the market.",
    # one source updating itself
    "The ministry said 40 people were killed in the strike. The ministry later put the toll at 52.",
    # a near figure is an update, not a dispute
    "Officials said 40 people died in the market fire. Medics said 42 people died in the fire "
    "at the market.",
])
def test_counts_that_need_not_disagree_are_left_alone(text: str) -> None:
    assert all(not d for d in _disputes(text)), text


def test_counts_far_apart_in_the_article_are_not_compared() -> None:
    filler = " ".join(f"Crews cleared debris on street {i}." for i in range(5))
    text = (f"The ministry said 40 people were killed in the strike on the market. {filler} "
            "The army put the number of dead at 12.")
    assert all(not d for d in _disputes(text))


def test_a_bare_toll_after_a_death_count_is_that_count() -> None:
    assert _disputes("ACLED said more than 2,600 people were killed in Niger last year. The "
                     "government put the toll at 900.") == [{"900"}, {"more than 2,600 people"}]


def test_two_sources_counting_the_displaced_differently_dispute_each_other() -> None:
    assert _disputes("The UN said 120,000 people had been displaced in Ituri. The governor said "
                     "300,000 people had been displaced in Ituri.") == [
        {"300,000 people"}, {"120,000 people"}]
    assert _disputes("The UN said 120,000 people had been displaced in Ituri. The governor said "
                     "300,000 people had been displaced in North Kivu.") == [set(), set()]


@pytest.mark.parametrize("text", [
    # a toll road, and a displaced count against a death count, count different things
    "The ministry said 40 people were killed. The company said the toll road carried 900 cars.",
    "The UN said 120,000 people had been displaced. The governor said 300 people were killed.",
])
def test_a_toll_road_and_other_measures_are_no_competing_count(text: str) -> None:
    assert _disputes(text) == [set(), set()]


def test_two_sources_in_one_sentence_counting_one_toll_dispute_each_other() -> None:
    assert _disputes("The governor said two people were killed in the blast, while the mayor, "
                     "who visited the site, said four people had died in the blast.") == [
        {"four people"}, {"two people"}]


def test_put_the_number_at_gives_another_count_of_what_was_just_counted() -> None:
    claims = all_claims("The Palestinian Prisoners' Society said Israel had released 183 "
                        "prisoners on Saturday. Israel's prison service put the number at 176.")
    assert [c.status for c in claims] == ["disputed", "disputed"]
    agreeing = all_claims("The ministry said 5 people were killed in 3 villages. The army put "
                          "the number at 5.")
    assert all(c.status != "disputed" for c in agreeing)


def test_a_multiplier_is_no_count() -> None:
    claims = all_claims('"The real number of civilian deaths in the province could be two or '
                        'three times higher," said Lena Abrahamsen of OCHA. The World Health '
                        "Organization said facilities in the province had recorded 4,100 "
                        "cholera cases, including 87 deaths.")
    assert all(c.status != "disputed" for c in claims)


def test_deaths_prevented_and_counts_of_other_scope_compete_with_nothing() -> None:
    claims = all_claims(
        "The CDC said the vaccines had prevented an estimated 3 million deaths in the United "
        "States alone. A study in The Lancet estimated that vaccines prevented 14.4 million "
        "deaths globally.")
    assert not any(r.code == "disputed" for c in claims for r in c.reasons)
    claims = all_claims(
        "The WHO said 3 million people died of the disease worldwide. The CDC said 1.1 million "
        "people died of the disease in the United States.")
    assert not any(r.code == "disputed" for c in claims for r in c.reasons)


def test_three_agencies_counting_one_toll_differently_dispute_each_other() -> None:
    claims = all_claims(
        "The council said 114 people had been confirmed dead. The Philippine National Police put "
        "the national toll at 126, while the Philippine Red Cross said it had counted at least "
        "140 dead.")
    assert [c.status for c in claims] == ["disputed", "disputed", "disputed"]


def test_a_toll_that_grew_since_is_no_rival_count() -> None:
    claims = all_claims("Israeli strikes killed 11 in southern Lebanon on Tuesday, the health "
                        "ministry said. The number of dead had doubled to 80, officials said.")
    assert [c.status for c in claims] == ["asserted", "asserted"]


def test_a_competing_toll_compares_counts_of_one_side_s_dead() -> None:
    body = ("Armenia's Defence Ministry said Azerbaijani forces had opened fire on Armenian "
            "positions, killing four Armenian soldiers and wounding 11. It said Armenian units "
            'had inflicted "significant losses" on the enemy. Azerbaijan\'s Defence Ministry '
            "blamed Armenia for the escalation, saying its troops had repelled a provocation. It "
            "said 30 Armenian servicemen had been killed and that it had lost two soldiers.")
    claim = next(c for c in all_claims(body) if "four Armenian soldiers" in c.text)
    disputes = [r.cue for r in claim.reasons if r.code == "disputed"]
    assert disputes == ["30 Armenian servicemen"]


def test_a_count_given_against_another_sources_number_disputes_it() -> None:
    # Before: "13 captives, not 12" disputed nothing
    claims = all_claims("Israel's Prime Minister's Office said 12 hostages had been handed over "
                        "to the Red Cross. The Qassam Brigades said it had handed over 13 "
                        "captives, not 12, and that Israel was deliberately distorting the "
                        "numbers.")
    assert claims[0].text.startswith("12 hostages") and claims[0].status == "disputed"
    same = all_claims("The ministry said 12 hostages were freed. The Red Cross said 12 hostages "
                      "were freed, not 10 as first reported.")
    assert same[0].status != "disputed"
