"""Speech-verb frames in :mod:`pipeline.extract.speech`: poll sources, anonymity, delegates."""

from __future__ import annotations

import pytest

from pipeline.extract.attribution import find_attributions
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.segment import split_sentences
from tests.extract.attributions import found
from tests.extract.claims import all_claims, claim_with


def _contents(body: str, cue: str) -> list[str]:
    found = find_attributions(body, split_sentences(body), QuoteIndex(body))
    return [body[a.content[0] : a.content[1]] for a in found if body[a.cue[0] : a.cue[1]] == cue]


def test_a_poll_is_a_source_but_a_time_after_the_polls_is_not() -> None:
    body = "Clinton leads Trump by 9 points in a new CNN poll."
    assert _contents(body, "in") == ["Clinton leads Trump by 9 points"]
    body = "Sanders led by 9 points in the day after polls closed in Iowa."
    assert _contents(body, "in") == []


def test_speaking_anonymously_and_pledged_delegates_report_nothing() -> None:
    assert _contents("She spoke to the newspaper on the condition of anonymity.", "spoke") == []
    assert _contents("An official spoke anonymously because of the talks.", "spoke") == []
    assert _contents("She won 20 pledged delegates in the state.", "pledged") == []
    assert _contents("He pledged to cut taxes.", "pledged") == ["to cut taxes"]


def test_a_statement_noun_with_its_that_clause_is_no_speaker() -> None:
    body = ("Clinton had captured 1,944 delegates heading into Tuesday’s primaries, a number "
            "that includes superdelegates, compared to Sanders’ 1,192.")
    assert _contents(body, "compared") == []


def _sources(body: str, cue: str) -> list[str | None]:
    found = find_attributions(body, split_sentences(body), QuoteIndex(body))
    return [None if a.source is None else body[a.source[0] : a.source[1]]
            for a in found if body[a.cue[0] : a.cue[1]] == cue]


def test_the_accused_is_a_speaker_not_a_speech_verb() -> None:
    body = "Lawyers for the accused said the evidence had been planted."
    assert _sources(body, "said") == ["Lawyers for the accused"]
    assert _contents(body, "accused") == []
    body = "A lawyer for the accused men said the evidence had been planted."
    assert _sources(body, "said") == ["A lawyer for the accused men"]
    assert _contents("Police accused the men of looting.", "accused") == ["the men of looting"]


def test_a_relative_clause_after_according_to_ends_before_the_main_clause() -> None:
    body = ("According to the health ministry, which said 1,200 people had been killed, the "
            "strikes continued.")
    assert _contents(body, "said") == ["1,200 people had been killed"]
    assert _contents(body, "According to") == ["the strikes continued"]
    assert _contents(body, "continued") == []  # only "“…,” he continued" is speech
    assert _contents("“We will win,” he continued.", "continued") == ["“We will win,”"]


def test_a_bare_finding_inside_what_was_said_is_no_second_report() -> None:
    body = "The IDF said its troops found weapons in a school compound."
    assert _contents(body, "found") == []
    body = "The IDF said its troops found that the tunnel was used by Hamas."
    assert _contents(body, "found") == ["the tunnel was used by Hamas"]


def test_a_statement_noun_with_a_participle_is_the_writers_comment() -> None:
    body = ("Kyiv says more than 12,000 civilians have been killed, a toll widely believed to "
            "be an undercount.")
    assert _contents(body, "says") == ["more than 12,000 civilians have been killed"]
    assert _contents(body, "believed") == []
    assert _sources("Russia lost 300 soldiers, a report said.", "said") == ["a report"]


def test_the_speakers_own_act_ends_what_was_said_without_a_comma() -> None:
    body = "Officials in Bryansk said a fire broke out but gave no details about its cause."
    assert _contents(body, "said") == ["a fire broke out"]
    body = "Officials said the troops advanced but did not take the town."
    assert _contents(body, "said") == ["the troops advanced but did not take the town"]


def test_whom_a_speaker_told_is_no_speaker_and_a_name_after_a_relative_clause_is_kept() -> None:
    body = ('"We are holding our positions," a Ukrainian commander, who gave only his call sign, '
            "Maverick, told AFP.")
    assert _sources(body, "told") == [
        "a Ukrainian commander, who gave only his call sign, Maverick,"]
    assert _contents(body, "told") == ['"We are holding our positions,"']


def test_evidence_reviewed_by_an_outlet_is_the_source() -> None:
    body = "Satellite images reviewed by Reuters showed at least four destroyed aircraft."
    assert _sources(body, "showed") == ["Satellite images reviewed by Reuters"]
    body = "Footage obtained by CNN shows that the bridge was hit."
    assert _sources(body, "shows") == ["Footage obtained by CNN"]


@pytest.mark.parametrize(("text", "content"), [
    ("Hundreds of civilians are thought to be trapped in the basement.",
     "Hundreds of civilians are thought to be trapped in the basement"),
    ("An estimated 10,000 people are thought to have fled.",
     "An estimated 10,000 people are thought to have fled"),
    ("The fighters are known to have used drones.", "The fighters are known to have used drones"),
])
def test_a_raising_passive_keeps_its_subject_in_the_claim(text: str, content: str) -> None:
    (claim,) = all_claims(text)
    assert claim.text == content


@pytest.mark.parametrize("body", [
    'The air force said 20 drones were "locally lost", a term it uses for drones believed to '
    "have been jammed.",
    "Police found two men believed to have been involved.",
    "Two men, said to be brothers, died in the strike.",
])
def test_a_noun_believed_to_be_something_says_nothing(body: str) -> None:
    # Before: "uses for drones", "two men" became believers of what they are.
    cue = next(w for w in ("believed", "said") if f"{w} to" in body)
    assert _sources(body, cue) == []


def test_a_speaker_said_to_somebody_still_speaks() -> None:
    assert _sources("Trump said to reporters that the talks had failed.", "said") == ["Trump"]


@pytest.mark.parametrize(("body", "cue"), [
    ("It said the footage had been filmed in 2019 and that the ballot boxes shown did not match "
     "those used in Moldova.", "shown"),
    ("The opposition accused the government of using fake-news claims to silence critics.",
     "claims"),
    ("The RSF said it had captured the town. Neither claim could be independently verified.",
     "claim"),
])
def test_participles_and_nouns_after_quantifiers_report_nothing(body: str, cue: str) -> None:
    assert _sources(body, cue) == []


def test_who_is_backed_by_a_party_is_no_report() -> None:
    body = ("Her rival Alexandr Stoianoglo, who is backed by the pro-Russian Socialists, received "
            "roughly 26% of the vote.")
    assert _sources(body, "backed") == []


@pytest.mark.parametrize("body", [
    "People familiar with the matter said Joe Biden had personally called the emir twice.",
    "Macron called Zelensky on Monday to discuss the talks.",
])
def test_a_telephone_call_is_no_report(body: str) -> None:
    assert _sources(body, "called") == []


def test_calling_something_a_name_still_reports() -> None:
    assert _sources("Israel called the figures exaggerated.", "called") == ["Israel"]


def test_a_clip_shared_millions_of_times_reports_nothing() -> None:
    body = ("The clip, which was shared more than 2 million times on TikTok, allegedly shows two "
            "women stuffing ballot boxes.")
    assert _sources(body, "shared") == []


@pytest.mark.parametrize(("body", "cue"), [
    ("The hospital admitted 40 wounded patients overnight.", "admitted"),
    ("Shelling continued from 10 p.m. until dawn, residents said.", "continued"),
    ("Peacekeepers recorded up to 60 projectiles overnight, a UNIFIL spokesperson said.",
     "recorded"),
    ("The campaign forced ships to divert around Africa, adding 10 to 14 days to voyages.",
     "adding"),
])
def test_verbs_acting_on_an_object_report_nothing(body: str, cue: str) -> None:
    assert _sources(body, cue) == []


@pytest.mark.parametrize(("body", "cue"), [
    ("Deaths are far higher than the official figures suggest, researchers said.", "suggest"),
    ("It was not clear how the Houthis had identified the Aegean Star as American.",
     "identified"),
])
def test_a_comparison_or_an_open_question_reports_nothing(body: str, cue: str) -> None:
    assert _sources(body, cue) == []


def test_more_than_half_of_voters_still_said() -> None:
    assert _sources("More than half of voters said the economy was weak.", "said") == [
        "half of voters"]


def test_reported_as_many_as_is_a_report_not_a_passive() -> None:
    # Before: " as" after "reported" was taken for "described as", so no source.
    (claim,) = all_claims("Local media reported as many as 30 deaths.")
    assert claim.claimant is not None and claim.claimant.name == "Local media"


def test_armed_formations_attack_rather_than_speak() -> None:
    (claim,) = all_claims("On 6 August, the armed formations attacked the Kursk region.")
    assert claim.attribution_cue is None and "strike" in claim.claim_types


def test_a_post_introduced_by_posted_on_x_with_a_colon_is_the_posters() -> None:
    claims = all_claims("The Israeli military posted on X shortly after midnight:\n\n\"IDF fighter "
                        "jets struck approximately 40 Hezbollah terror targets in southern "
                        "Lebanon.\"\n— Israel Defense Forces (@IDF) October 3, 2024")
    assert len(claims) == 1 and "40 Hezbollah" in claims[0].text
    assert claims[0].claimant is not None and claims[0].claimant.self_interested


def test_happenings_reported_somewhere_have_no_reporter() -> None:
    assert _contents("Explosions reported in Kyiv as Russia launches 40 drones.", "reported") == []
    assert _contents("No casualties reported after the strike on the port.", "reported") == []
    body = "Residents reported in interviews that 12 people had died."
    assert _contents(body, "reported") == ["12 people had died"]


def test_a_negated_speech_verb_attributes_nothing() -> None:
    assert _contents("The governor never said the plant would close.", "said") == []
    assert _contents("The senator did not claim that the bill would cut taxes.", "claim") == []
    body = "A spokesman said the mayor had never described the budget as balanced."
    assert _contents(body, "described") == []
    assert _contents(body, "said") == ["the mayor had never described the budget as balanced"]
    # withholding is read elsewhere; "not only said" is no negation
    body = "Kyiv not only said the dam was mined but released a map."
    assert _contents(body, "said") != []


@pytest.mark.parametrize(("body", "cue", "source", "content"), [
    ("She was warned by doctors that the virus was spreading.", "warned", "doctors",
     "the virus was spreading"),
    ("Residents were told by police that 12 people had died.", "told", "police",
     "12 people had died"),
])
def test_a_hearers_passive_gives_the_agent_the_that_clause(body: str, cue: str, source: str,
                                                            content: str) -> None:
    found = [a for a in find_attributions(body, split_sentences(body), QuoteIndex(body))
             if body[a.cue[0] : a.cue[1]] == cue]
    assert [(body[a.source[0] : a.source[1]] if a.source else None,
             body[a.content[0] : a.content[1]]) for a in found] == [(source, content)]


def test_a_relative_clause_in_an_apposition_ends_at_its_comma() -> None:
    body = ("Sen. James Lankford of Oklahoma, a Republican who negotiated the bill, said earlier "
            "this year that he had been warned by colleagues that passing it would hand Biden "
            "a political win.")
    said = claim_with(all_claims(body), "he had been warned")
    assert said.claimant is not None and said.claimant.name == "Sen. James Lankford of Oklahoma"


def test_how_something_responds_is_no_report() -> None:
    (claim,) = all_claims(
        "Researchers at Utrecht University used a climate model to simulate how the system "
        "responds to a gradual increase in fresh water, and found that it could shut down "
        "abruptly.")
    assert claim.text == "it could shut down abruptly"
    assert claim.claimant is not None
    assert claim.claimant.name == "Researchers at Utrecht University"


@pytest.mark.parametrize(("body", "expected"), [
    # people show signs, not findings: the ombudsman is the only speaker
    ("The freed prisoners showed signs of torture, the ombudsman said.",
     [("The freed prisoners showed signs of torture", "the ombudsman")]),
    # a passive event and what it did: no report at all
    ("A convoy was attacked on Monday, killing three drivers.", []),
])
def test_signs_shown_and_an_attack_suffered_are_no_reports(
        body: str, expected: list[tuple[str, str]]) -> None:
    assert [(content, source) for content, source, _ in found(body)] == expected


def test_an_earlier_count_is_no_speaker() -> None:
    # "announced" is a participle of "76": no second claim credited to "up from 76"
    claims = all_claims("The death toll has risen to at least 212, the disaster agency AFAD said "
                        "in its latest update, up from 76 announced in the morning.")
    assert [c.claimant.name if c.claimant else None for c in claims] == ["disaster agency AFAD"]


@pytest.mark.parametrize(("text", "claimants"), [
    # Before, each also gave a claim of a non-speaker: "count" (cue "reported"),
    # "laboratory testing" (cue "confirmed"), "no one" (cue "warned"); and Bayline's
    # statement had no claimant, with the cue "charged"
    ("The number of suspected cases has climbed to 412, the health directorate said, more "
     "than double the count reported a week ago.", ["health directorate"]),
    ("Only 118 of the cases have so far been confirmed by laboratory testing, the "
     "directorate said.", ["directorate"]),
    ("Marija Tomic said that no one had warned the village until the water was already in "
     "the streets.", ["Marija Tomic"]),
    ("Bayline Marine Services, which is not charged, said in a statement that it had paid 27 "
     "invoices to the consulting firm.", ["Bayline Marine Services"]),
])
def test_no_claim_of_a_date_a_test_nobody_or_an_aside(text: str, claimants: list[str]) -> None:
    assert [c.claimant.name if c.claimant else None for c in all_claims(text)] == claimants


@pytest.mark.parametrize("body", [
    "The economy added 143,000 jobs in January, the Labor Department said, fewer than "
    "economists had expected.",
    "The U.S. economy added 143,000 jobs in January, the Labor Department said on Friday, "
    "while revisions showed hiring was stronger than first reported.",
])
def test_a_figure_added_is_the_department_s_claim_not_the_economy_s(body: str) -> None:
    claims = all_claims(body)
    jobs = [c for c in claims if "143,000 jobs" in c.text]
    assert len(jobs) == 1 and jobs[0].text.endswith("143,000 jobs in January")
    assert jobs[0].claimant is not None and jobs[0].claimant.name == "Labor Department"
    assert jobs[0].checkworthiness >= 0.5


def test_a_figure_it_reported_is_no_report_of_what_follows() -> None:
    body = ("The Bureau of Labor Statistics revised December's figure up to 307,000 from the "
            "256,000 it reported last month, and November's to 261,000 from 212,000.")
    (claim,) = all_claims(body)
    assert claim.claimant is None and "256,000" in claim.text


def test_an_age_before_a_pronoun_speaker_is_no_figure() -> None:
    claims = all_claims('Even now at 86 she still says things such as, "We are not all equal."')
    assert any(c.claimant is not None and c.claimant.name == "she" for c in claims)


def test_a_report_that_attributes_deaths_is_the_source_of_the_attribution() -> None:
    # Before: "report" read as the verb, with "UN" as its speaker
    (claim,) = all_claims("The UN report attributed about 70% of the verified civilian deaths to "
                          "government forces.")
    assert claim.claimant is not None and claim.claimant.name == "UN report"
    assert claim.text.startswith("about 70%")
