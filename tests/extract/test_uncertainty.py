from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from pipeline.extract.uncertainty import (
    LEXICON_PATH,
    SELECTION_PATH,
    Cue,
    CueMatcher,
    CueSelection,
    default_matcher,
    find_uncertainty_cues,
    load_lexicon,
)
from pipeline.models import ReasonCode


def _codes(sentence: str) -> list[tuple[str, str]]:
    return [(c.code.value, c.text) for c in find_uncertainty_cues(sentence)]


@pytest.mark.parametrize(
    ("sentence", "code", "text"),
    [
        ("The strike reportedly killed 12 people.", "hedge", "reportedly"),
        ("The commander allegedly ordered the retreat.", "hedge", "allegedly"),
        ("The convoy appears to have turned back.", "hedge", "appears to"),
        ("Kyiv claimed that 40 drones were downed.", "hedge", "claimed"),
        ("The blast may have killed dozens.", "hedge", "may have"),
        ("The actual number of dead is likely to be far higher.", "hedge",
         "is likely to be far"),
        ("It is believed that the dam was mined.", "unattributed", "It is believed"),
        ("Some say the talks have failed.", "unattributed", "Some say"),
        ("Critics argue the plan is unaffordable.", "unattributed", "Critics argue"),
        ("It has been reported that the port was hit.", "unattributed", "It has been reported"),
        ("Which has been argued encourages quackery.", "unattributed", "been argued"),
        ("The video has yet to be independently verified.", "not_verified",
         "has yet to be independently verified"),
        ("The figures could not be independently confirmed.", "not_verified",
         "could not be independently confirmed"),
        ("An unverified video shows the tank.", "not_verified", "unverified"),
        ("If confirmed, it would be the largest capture.", "conditional", "If confirmed"),
        ("The ministry denied the report.", "disputed", "denied"),
        ("That figure may be an overstatement.", "disputed", "may be an overstatement"),
        ("The footage was independently verified.", "corroborated", "independently verified"),
    ],
)
def test_cue_kinds(sentence: str, code: str, text: str) -> None:
    assert (code, text) in _codes(sentence)


def test_offsets_point_into_the_sentence() -> None:
    sentence = "Officials said the claim, if true, has yet to be independently verified."
    cues = find_uncertainty_cues(sentence)
    assert cues
    for cue in cues:
        assert sentence[cue.start:cue.end] == cue.text


def test_seen_is_a_judgement_only_as_something() -> None:
    assert _codes("The fossils can be seen in the museum.") == []
    assert ("unattributed", "is seen as") in _codes("He is seen as a reformer.")
    assert ("unattributed", "is often seen") in _codes("The drug is often seen as a cure.")


def test_an_agent_makes_a_reporting_passive_no_weasel() -> None:
    assert ("unattributed", "was argued") not in _codes(
        "The case was argued by a state lawyer in May.")


def test_plain_statements_have_no_cue() -> None:
    assert find_uncertainty_cues("The ministry said 12 soldiers were killed on Tuesday.") == []
    assert find_uncertainty_cues("Parliament passed the budget by 300 votes to 120.") == []


def test_capitalised_cue_words_inside_a_sentence_are_names() -> None:
    assert _codes("The deal was signed in May 2019.") == []
    assert ("hedge", "May") not in _codes("Talks began on 3 May and may have stalled.")
    assert ("hedge", "may have") in _codes("Talks began on 3 May and may have stalled.")


def test_exceptions_keep_round_numbers_and_deaths_from_being_cues() -> None:
    assert _codes("Some 300 people marched.") == []
    assert _codes("The attack claimed 12 lives.") == []
    assert ("unattributed", "Some people") in _codes("Some people marched.")


def test_likely_after_a_form_of_be_hedges_but_a_forecast_with_to_is_no_cue() -> None:
    assert _codes("The attack was likely carried out by Russian drones.") == [
        ("hedge", "was likely")]
    assert _codes("The offensive is likely to stall before winter.") == []
    assert _codes("The strike is likely to have killed dozens.") == [
        ("hedge", "is likely to have")]
    assert _codes("Russian forces had likely made marginal gains near Pokrovsk.") == [
        ("hedge", "had likely")]


def test_the_longest_phrase_wins() -> None:
    assert _codes("Reuters could not independently verify the account.") == [
        ("not_verified", "could not independently verify")
    ]


def test_curly_apostrophes_and_unicode_keep_offsets_right() -> None:
    sentence = "İstanbul says it can’t independently verify the reports."
    cues = find_uncertainty_cues(sentence)
    assert [(c.code, sentence[c.start:c.end]) for c in cues] == [
        (ReasonCode.NOT_VERIFIED, "can’t independently verify")
    ]


def test_cue_is_frozen() -> None:
    cue = Cue(ReasonCode.HEDGE, 0, 3, "may")
    with pytest.raises(AttributeError):
        cue.start = 1  # type: ignore[misc]


def _lexicon(tmp_path: Path, entries: list[dict[str, object]]) -> Path:
    path = tmp_path / "lexicon.json"
    path.write_bytes(orjson.dumps({"format": "claimwatch-uncertainty-lexicon/1",
                                   "entries": entries}))
    return path


def test_lexicon_syntax_choices_optional_words_and_wildcards(tmp_path: Path) -> None:
    path = _lexicon(tmp_path, [
        {"code": "hedge", "phrases": ["is|was widely? thought", "said * be"]},
        {"code": "none", "phrases": ["said # be"]},
    ])
    matcher = CueMatcher(load_lexicon(path))
    assert [c.text for c in matcher.find("It was widely thought so.")] == ["was widely thought"]
    assert [c.text for c in matcher.find("It is thought so.")] == ["is thought"]
    assert [c.text for c in matcher.find("He said to be there.")] == ["said to be"]
    assert matcher.find("He said 3 be there.") == []
    assert matcher.fired("He said 3 be there.") == set()
    assert matcher.fired("It was widely thought so.") == {"is|was widely? thought"}


def test_lexicon_rejects_duplicates_and_leading_wildcards(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="twice"):
        load_lexicon(_lexicon(tmp_path, [{"code": "hedge", "phrases": ["may", "may"]}]))
    with pytest.raises(ValueError, match="starts with"):
        load_lexicon(_lexicon(tmp_path, [{"code": "hedge", "phrases": ["* may"]}]))


def test_selection_round_trips_and_decides_what_is_active(tmp_path: Path) -> None:
    path = _lexicon(tmp_path, [
        {"code": "hedge", "fixed": True, "phrases": ["perhaps"]},
        {"code": "unattributed", "phrases": ["many", "several"]},
    ])
    selection = CueSelection(learnt=frozenset({"many"}), evidence={"many": (10, 7)})
    saved = tmp_path / "selection.json"
    selection.save(saved)
    loaded = CueSelection.load(saved)
    assert loaded == selection
    active = sorted(p.key for p in load_lexicon(path) if loaded.active(p))
    assert active == ["many", "perhaps"]


def test_bundled_lexicon_and_selection_agree() -> None:
    keys = {p.key for p in load_lexicon(LEXICON_PATH)}
    selection = CueSelection.load(SELECTION_PATH)
    assert selection.learnt <= keys
    assert "CoNLL-2010" in selection.metadata["data"]["origin"]
    assert selection.metadata["held_out"]["f1"] > 0.0
    assert default_matcher().find("Perhaps.") != []


def test_cues_say_whether_their_phrase_was_learnt(tmp_path: Path) -> None:
    path = _lexicon(tmp_path, [
        {"code": "hedge", "fixed": True, "phrases": ["perhaps"]},
        {"code": "unattributed", "phrases": ["many"]},
    ])
    matcher = CueMatcher(load_lexicon(path))
    cues = matcher.find("Perhaps many left.")
    assert [(c.text, c.learnt) for c in cues] == [("Perhaps", False), ("many", True)]


@pytest.mark.parametrize("sentence", [
    "Kerry said that 100,000 refugees would be accepted.",
    "The report was cited in court.",
    "Her resignation was accepted on Monday.",
])
def test_a_plain_passive_of_a_reception_verb_is_no_weasel(sentence: str) -> None:
    assert find_uncertainty_cues(sentence) == []


@pytest.mark.parametrize(("sentence", "text"), [
    ("The figure is widely accepted.", "is widely accepted"),
    ("He is considered the best.", "is considered"),
    ("The album was described as a masterpiece.", "was described as"),
    ("He is credited with inventing it.", "is credited"),
])
def test_reception_passives_with_an_adverb_or_a_complement_are_weasels(
        sentence: str, text: str) -> None:
    assert [c.text for c in find_uncertainty_cues(sentence)] == [text]


def test_an_accusation_without_an_accuser_is_unattributed() -> None:
    assert [(c.code, c.text) for c in find_uncertainty_cues(
        "The militia has been repeatedly accused of looting.")] == [
        (ReasonCode.UNATTRIBUTED, "been repeatedly accused of")]
    assert find_uncertainty_cues("The militia was accused by the UN of looting.") == []


def test_missing_independent_confirmation_is_not_verified() -> None:
    assert ("not_verified", "Independent Confirmation Lacking") in _codes(
        "Officials Say Strike Hit Port; Independent Confirmation Lacking"
    )
    assert ("not_verified", "absence of independent verification") in _codes(
        "The toll rose, in the absence of independent verification."
    )


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("One study found the vaccine ineffective.", "One study"),
        ("Shelling continued in some areas overnight.", "in some areas"),
        ("The drug is widely used in hospitals.", "is widely"),
        ("He is often referred to as the father of the movement.", "often referred to"),
    ],
)
def test_phrases_training_picked_are_found_as_learnt(sentence: str, text: str) -> None:
    found = [c for c in find_uncertainty_cues(sentence) if c.text == text]
    assert found and all(c.learnt for c in found)


def test_expectation_phrases_are_candidates_only_when_trained() -> None:
    phrases = [p for p in load_lexicon() if p.key.startswith("is|are|was|were|be expected")]
    assert phrases and not any(p.fixed for p in phrases)


@pytest.mark.parametrize(
    ("sentence", "code", "text"),
    [
        # A reporting passive keeps its hedge with an adverb in between.
        ("It is also said to ward off the common cold.", "hedge", "is also said to"),
        ("He was widely reported to have fled the country.", "hedge", "was widely reported to"),
        # Agentless perfect passives of judging and reporting: nobody in particular.
        ("The effectiveness of the project has been questioned.", "unattributed",
         "has been questioned"),
        ("The drug has also been described as a miracle cure.", "unattributed",
         "has also been described"),
        ("Images of the saint have been reported on a rock.", "unattributed",
         "have been reported"),
        ("Concerns have been raised about the cost.", "unattributed",
         "Concerns have been raised"),
        ("Bush came under criticism for his rejection of the protocol.", "unattributed",
         "came under criticism"),
        ("The series has drawn criticism for its violence.", "unattributed", "drawn criticism"),
        ("The game received generally favorable reviews.", "unattributed",
         "received generally favorable reviews"),
        ("The film received critical acclaim.", "unattributed", "received critical acclaim"),
        ("According to legend, the king was buried here.", "unattributed",
         "According to legend"),
        ("Legend has it that the bell rang by itself.", "unattributed", "Legend has it"),
        # Missing evidence.
        ("There is no evidence that the soldiers were executed.", "not_verified",
         "There is no evidence"),
        ("The group presented no proof that the vote was rigged.", "not_verified",
         "no proof that"),
        ("This has never been proven to work.", "not_verified", "never been proven"),
        # Open questions, litotes and generalisations.
        ("It is not yet clear whether the bridge was hit.", "hedge", "not yet clear"),
        ("It is not impossible that he spent some time in Cork.", "hedge", "not impossible"),
        ("In general, collectors follow the catalogues.", "hedge", "In general,"),
    ],
)
def test_weasel_and_hedge_constructions(sentence: str, code: str, text: str) -> None:
    assert (code, text) in _codes(sentence)


def test_an_agent_makes_a_perfect_reporting_passive_no_weasel() -> None:
    assert not any(code == "unattributed" for code, _ in _codes(
        "The vocals have been described by the band as gibberish."))
    assert _codes("The river is called the Don.") == []
    # "called" and "proposed" are left out: "has been called off", "a law has been proposed"
    assert _codes("The match has been called off.") == []
    assert _codes("A new law has been proposed.") == []
    assert _codes("Collectors in general follow the catalogues.") == []


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The true toll could be several times higher, officials said.",
     "could be several times higher"),
    ("US intelligence assessed with moderate confidence that Russia was behind the attack.",
     "with moderate confidence"),
])
def test_an_estimate_that_may_be_far_off_or_held_with_moderate_confidence_is_hedged(
        sentence: str, cue: str) -> None:
    assert ("hedge", cue) in {(c.code, c.text) for c in find_uncertainty_cues(sentence)}


@pytest.mark.parametrize("sentence", [
    "Officials said, in the latest confrontation in the contested waters of the South China "
    "Sea.",
    "Fighting continued in the disputed region on Sunday.",
    "Kashmir is claimed in full by both countries.",
    "Both countries claim sovereignty over the islands.",
])
def test_contested_territory_and_territorial_claims_are_no_cues(sentence: str) -> None:
    assert find_uncertainty_cues(sentence) == []


@pytest.mark.parametrize("sentence", [
    "It was noted that Ukrainian forces had lost 300 servicemen.",
    "It was stressed that the strikes hit only military targets.",
    "It has been pointed out that the strikes hit only military targets.",
])
def test_an_impersonal_passive_of_state_media_style_is_unattributed(sentence: str) -> None:
    assert [c.code for c in find_uncertainty_cues(sentence)] == [ReasonCode.UNATTRIBUTED]


@pytest.mark.parametrize("sentence", [
    "Omani officials have hosted several rounds of talks since 2022.",
    "Journalists are not permitted within several kilometres of the frontier.",
])
def test_several_counting_rounds_or_distances_is_no_weasel(sentence: str) -> None:
    assert find_uncertainty_cues(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # News estimates and intentions read into movements: none of them was a cue.
        ("The number of people treated may be as high as 80.", "may be as high as"),
        ("Russia may be seeking to pin down Ukrainian reserves.", "may be seeking"),
        ("Russian forces likely lack sufficient manpower.", "likely lack"),
        ("The toll in his district could be close to 200.", "could be close to 200"),
        ("The number of dead might be more than 300.", "might be more than 300"),
    ],
)
def test_modal_estimates_and_assessed_intentions_are_hedges(sentence: str, text: str) -> None:
    assert ("hedge", text) in _codes(sentence)


def test_known_to_researchers_as_a_name_is_no_hedge() -> None:
    assert find_uncertainty_cues("The group, known to security researchers as Sandworm, struck "
                                 "the port.") == []
    assert [c.text for c in find_uncertainty_cues("He is known to have fled.")] == ["known to"]


def test_a_report_by_a_named_outlet_is_no_weasel() -> None:
    # Before: "according to a report by German broadcaster ARD" was flagged unattributed.
    assert [c.text for c in find_uncertainty_cues("It closed, according to a report.")] == [
        "according to a report"]
    assert find_uncertainty_cues("It closed, according to a report by the BBC.") == []


def test_bank_accounts_are_no_weasel_accounts() -> None:
    # Before: "withdrawals from some accounts" made a detective's testimony unattributed.
    assert find_uncertainty_cues("Records showed withdrawals from some accounts.") == []
    assert [c.text for c in find_uncertainty_cues("By some accounts, he fled.")] == [
        "some accounts"]


@pytest.mark.parametrize("sentence", [
    'Trump was "recycling debunked conspiracy theories," the spokesman said.',
    "He spread the baseless theory that the virus was made in a lab.",
])
def test_a_conspiracy_theory_named_as_such_is_no_hedge(sentence: str) -> None:
    assert find_uncertainty_cues(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The two men were known to each other, police said.",
    "The suspect was known to police.",
])
def test_known_to_someone_is_no_hedge(sentence: str) -> None:
    assert find_uncertainty_cues(sentence) == []
