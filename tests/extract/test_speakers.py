"""Finding the source phrase before a speech cue."""

from __future__ import annotations

import pytest

from pipeline.extract.speakers import (
    clause_subject,
    demonstrative_subject,
    opening_adverbial,
    source_before,
    token_span,
)
from pipeline.extract.tokens import tokenize
from pipeline.models import EntityType
from tests.extract.claims import all_claims


def _source_text(text: str, cue: str) -> str | None:
    tokens = tokenize(text)
    k = next(i for i, t in enumerate(tokens) if t.text == cue)
    found = source_before(tokens, k)
    if found is None:
        return None
    start, end = token_span(tokens, found)
    return text[start:end]


def test_plain_and_appositive_sources() -> None:
    assert _source_text("The ministry said the strike hit a depot.", "said") == "The ministry"
    found = _source_text("Smith, a spokesman for the ministry, said it was late.", "said")
    assert found is not None and found.rstrip(",") == "Smith, a spokesman for the ministry"


def test_demonstrative_subjects_are_recognised() -> None:
    text = "This development underscores the intensity."
    tokens = tokenize(text)
    k = next(i for i, t in enumerate(tokens) if t.text == "underscores")
    found = source_before(tokens, k)
    assert found is not None and demonstrative_subject(tokens, found)
    tokens = tokenize("The ministry said so.")
    found = source_before(tokens, 2)
    assert found is not None and not demonstrative_subject(tokens, found)


def test_a_day_after_a_participle_is_not_the_speaker() -> None:
    text = "A poll from Marquette Law School released Wednesday found Clinton ahead."
    assert _source_text(text, "found") == "A poll from Marquette Law School"
    assert _source_text("Sean Spicer on Thursday evening said no.", "said") == "Sean Spicer"


def test_a_pronoun_after_that_is_the_speaker_not_the_noun_before() -> None:
    text = "He responded with a declaration that it found the agreement void."
    assert _source_text(text, "found") == "it"


def test_opening_adverbs_are_skipped_before_the_subject() -> None:
    for text, subject in [("Ultimately, Mr. Yanukovych refused and said no.", "Mr. Yanukovych"),
                          ("More recently, Rubio has shifted and said no.", "Rubio")]:
        tokens = tokenize(text)
        k = next(i for i, t in enumerate(tokens) if t.text == "and")
        assert opening_adverbial(tokens) == 2 if text.startswith("U") else 3
        found = clause_subject(tokens, k)
        assert found is not None and text[found[0] : found[1]] == subject
    assert opening_adverbial(tokenize("Kelly, a spokeswoman, said so.")) == 0
    assert opening_adverbial(tokenize("More people said so, officials say.")) == 0


def test_a_participle_s_subject_past_a_conjunction_and_a_verb_before_a_determiner() -> None:
    for text, subject in [
            ("And then Trump went on the attack, saying the talks failed.", "Trump"),
            ("But after the vote, Trump went on the attack, saying the talks failed.", "Trump"),
            ("Both parents stiffened their denunciation, saying he lacked empathy.",
             "Both parents")]:
        tokens = tokenize(text)
        k = next(i for i, t in enumerate(tokens) if t.text == "saying")
        found = clause_subject(tokens, k)
        assert found is not None and text[found[0] : found[1]] == subject


@pytest.mark.parametrize(("text", "mention"), [
    ("A nurse who asked not to be named said the morgue had received nine bodies.",
     "A nurse who asked not to be named"),
    ("A nurse who asked not to be named for fear of reprisals said the morgue had received "
     "nine bodies.", "A nurse who asked not to be named for fear of reprisals"),
    ("A doctor who spoke on condition of anonymity said 30 wounded had arrived.",
     "A doctor who spoke on condition of anonymity"),
    ("A soldier who declined to be identified said the unit had withdrawn.",
     "A soldier who declined to be identified"),
    ("A trader who did not want to be identified said the food was sold in Dilling.",
     "A trader who did not want to be identified"),
])
def test_an_anonymity_clause_without_commas_belongs_to_the_source(text: str, mention: str) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is not None and claim.claimant.span.text == mention
    assert claim.claimant.entity_type == "anonymous"


@pytest.mark.parametrize(("text", "name"), [
    ("On Monday, the governor, who visited the site, said 12 people had died.", "governor"),
    ("Speaking to Reuters, the mayor, who took office in May, said 12 people had died.",
     "mayor"),
    ("In an interview, the officer, who now serves in a training unit, said he received the "
     "order by radio.", "officer"),
])
def test_an_opening_phrase_is_no_part_of_the_speaker_with_a_relative_clause(
        text: str, name: str) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is not None and claim.claimant.name == name


@pytest.mark.parametrize(("text", "name"), [
    ("Five died in an attack that Moscow said was aimed at a command post.", "Moscow"),
    ("Five died in an attack that officials said was aimed at a command post.", "officials"),
])
def test_the_subject_inside_an_object_relative_clause_speaks(text: str, name: str) -> None:
    claim = next(c for c in all_claims(text) if c.text == "was aimed at a command post")
    assert claim.claimant is not None and claim.claimant.span.text == name


@pytest.mark.parametrize(("text", "mention"), [
    ("Several Telegram channels linked to the Russian military are claiming that a tank plant "
     "was destroyed.", "Several Telegram channels linked to the Russian military"),
    ("Accounts linked to the Ukrainian army posted that the bridge was hit.",
     "Accounts linked to the Ukrainian army"),
    ("Fighters loyal to the general said 40 tanks were lost.", "Fighters loyal to the general"),
])
def test_what_a_source_is_linked_to_does_not_speak(text: str, mention: str) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is not None and claim.claimant.span.text == mention


def test_its_ambassador_to_the_un_is_the_ambassador_not_the_un() -> None:
    claims = all_claims("Sudan's government welcomed the report. Its ambassador to the UN said it "
                        "was proof of foreign aggression.")
    assert claims[-1].claimant is not None
    assert claims[-1].claimant.span.text == "Its ambassador to the UN"


def test_according_to_a_source_who_did_not_want_to_be_named_is_anonymous() -> None:
    (claim,) = all_claims("The food was sold at a market in Dilling, according to a local trader "
                          "who did not want to be identified for fear of reprisals.")
    assert claim.claimant is not None and claim.claimant.entity_type == "anonymous"
    assert "anonymous_source" in {r.code for r in claim.reasons}


def test_a_lead_author_is_a_speaker() -> None:
    # Before: "lead" was taken for the verb, so the quotation had no speaker (and 0.48).
    (claim,) = all_claims('"Warming is playing a major role," said lead author Dr Caroline Holmes.')
    assert claim.claimant is not None and claim.claimant.name.endswith("Caroline Holmes")


def test_a_work_of_inquiry_by_someone_is_the_source() -> None:
    text = "The strike killed 12 people, an investigation by the BBC found."
    assert _source_text(text, "found") == "an investigation by the BBC"
    claims = all_claims(text)
    assert [(c.text, c.claimant and c.claimant.entity_type) for c in claims] == [
        ("The strike killed 12 people", "media")]


def test_a_count_of_shares_is_not_the_source() -> None:
    text = "A video shared more than two million times on social media this week claims it."
    assert _source_text(text, "claims") == (
        "A video shared more than two million times on social media")
    assert _source_text("A clip viewed 40,000 times on Telegram claims so.", "claims") == (
        "A clip viewed 40,000 times on Telegram")


def test_agence_france_presse_is_media() -> None:
    claims = all_claims("The footage was filmed in 2021 in New York, a fact-check by "
                        "Agence France-Presse found.")
    assert claims[0].claimant is not None and claims[0].claimant.entity_type == "media"


def test_a_review_of_things_is_the_source_not_the_things() -> None:
    text = "A Reuters review of earlier announcements found reasons for caution."
    assert _source_text(text, "found") == "A Reuters review of earlier announcements"


@pytest.mark.parametrize(("text", "source"), [
    ("Footage filmed near Bakhmut showed three tanks burning.", "Footage filmed near Bakhmut"),
    ("Footage filmed on Monday showed three tanks burning.", "Footage filmed on Monday"),
    ("Photos taken last week showed a crater 20 metres wide.", "Photos taken last week"),
    # Before: the source was "Aug. 2 and Aug. 19"
    ("Satellite images taken between Aug. 2 and Aug. 19 showed at least 140 tanks.",
     "Satellite images taken between Aug. 2 and Aug. 19"),
])
def test_where_and_when_images_were_taken_is_no_source(text: str, source: str) -> None:
    assert _source_text(text, "showed") == source


@pytest.mark.parametrize(("text", "name"), [
    ("Satellite images taken on Tuesday showed a crater 20 metres wide.",
     "Satellite images taken on Tuesday"),
    ("Documents obtained by Reuters show that the company paid $2 million to officials.",
     "Documents obtained by Reuters"),
])
def test_images_and_documents_are_documents(text: str, name: str) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is not None
    assert (claim.claimant.name, claim.claimant.entity_type) == (name, EntityType.DOCUMENT)


@pytest.mark.parametrize(("text", "source"), [
    ("A separate study published last year in Nature Communications estimated that the AMOC "
     "could collapse.", "A separate study published last year in Nature Communications"),
    ("A report published on Monday in The Lancet found that 40 people died.",
     "A report published on Monday in The Lancet"),
])
def test_when_and_where_a_study_was_published_is_no_source(text: str, source: str) -> None:
    cue = "estimated" if "estimated" in text else "found"
    assert _source_text(text, cue) == source


@pytest.mark.parametrize(("text", "source"), [
    ("A person familiar with the planning for the meeting said the talks will focus on it.",
     "A person familiar with the planning for the meeting"),
    ("A person familiar with the planning for Thursday's meeting said the talks will go on.",
     "A person familiar with the planning for Thursday's meeting"),
    ("An official briefed on the details of the deal said it would close.",
     "An official briefed on the details of the deal"),
])
def test_a_described_source_keeps_its_description_through_a_second_phrase(
        text: str, source: str) -> None:
    assert _source_text(text, "said") == source


@pytest.mark.parametrize(("text", "source"), [
    ("Israeli strikes killed 47 Palestinians, the Health Ministry, which is run by Hamas, said.",
     "the Health Ministry, which is run by Hamas,"),
    ("A strike killed at least 31 people, a spokesman for the Arakan Army, the armed group that "
     "controls the area, said.",
     "a spokesman for the Arakan Army, the armed group that controls the area,"),
])
def test_a_described_speaker_after_the_content_is_the_source(text: str, source: str) -> None:
    assert _source_text(text, "said") == source


@pytest.mark.parametrize("text", [
    "A doctor who treated the wounded and who asked not to be named said he counted 18 bodies.",
    "A doctor at a clinic who treated some of the wounded, and who asked not to be named for "
    "fear of reprisals, said he counted 18 bodies.",
])
def test_a_source_with_two_relative_clauses_keeps_both(text: str) -> None:
    found = _source_text(text, "said")
    assert found is not None and found.startswith("A doctor") and "not to be named" in found


def test_the_subject_before_a_relative_clause_speaks_in_a_coordinated_verb() -> None:
    text = ("The ministry, which is part of the government, does not distinguish between "
            "civilians and fighters but says most of the dead are women and children.")
    tokens = tokenize(text)
    k = next(i for i, t in enumerate(tokens) if t.text == "but")
    found = clause_subject(tokens, k)
    assert found is not None and text[found[0] : found[1]] == "The ministry"


def test_a_post_sharing_a_clip_is_the_speaker_not_the_clip() -> None:
    # Before: the claimant was "clip".
    claims = all_claims('A post sharing the clip says: "Kharkiv air defence just downed '
                        'another Su-34!"')
    assert [c.claimant.name if c.claimant else None for c in claims] == ["post sharing the clip"]


def test_the_subject_of_two_verbs_is_no_name_with_a_modal() -> None:
    # Before: the claimant of what ISW observed was "ISW cannot".
    claims = all_claims("Russian sources claimed that Ukraine lost 40 tanks. ISW cannot "
                        "independently verify this loss figure but observed footage showing "
                        "at least six destroyed vehicles.")
    assert [c.claimant.name if c.claimant else None for c in claims] == ["Russian sources", "ISW"]


def test_a_participle_with_a_time_after_it_ends_the_subject() -> None:
    # "published on March 13" is a reduced relative clause: the subject is the footage, not
    # its capitalised first word read as a name
    text = ("Geolocated footage published on March 13 shows Russian forces advancing near "
            "Toretsk, indicating that they have seized the mine.")
    (claim,) = [c for c in all_claims(text) if "seized" in c.text]
    assert claim.claimant is not None and claim.claimant.name == "Geolocated footage"
    assert claim.claimant.entity_type != EntityType.PERSON


@pytest.mark.parametrize(("text", "claimant"), [
    # Before: the court ("federal court in Chicago", typed government) was the accuser
    ("A class-action lawsuit filed in federal court in Chicago on Sunday alleges that Norvance "
     "failed to encrypt sensitive data.", "class-action lawsuit"),
    ("A 14-count indictment unsealed in federal court accuses him of wire fraud.",
     "14-count indictment"),
])
def test_a_filing_not_the_court_it_was_filed_in_alleges(text: str, claimant: str) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is not None
    assert (claim.claimant.name, claim.claimant.entity_type) == (claimant, "document")


def test_federal_charges_are_a_noun_and_the_allegation_is_hedged() -> None:
    # Before: "federal" charged, as a speaker, and the bribes were asserted
    (claim,) = all_claims("The former port chief pleaded not guilty on Tuesday to federal "
                          "charges that he took more than $400,000 in bribes.")
    assert claim.claimant is None
    assert ("hedge", "charges that") in [(r.code, r.cue) for r in claim.reasons]


@pytest.mark.parametrize("body", [
    "No group has claimed responsibility for the blast.",
    "Nobody has claimed responsibility for the blast.",
    "No group said it carried out the attack.",
    "No one claimed the attack.",
    "None of the armed groups said it had fired the rockets.",
])
def test_nobody_is_no_claimant_and_nothing_is_claimed(body: str) -> None:
    claims = all_claims(body)
    assert all(c.claimant is None for c in claims)
    assert all(c.checkworthiness < 0.5 for c in claims)


@pytest.mark.parametrize(("body", "name"), [
    ("A previously unknown group said it hacked the site.", "previously unknown group"),
    ("A newly formed militia said it attacked the base.", "newly formed militia"),
    ("A hacker using the name Voltz said he stole the data.", "hacker using the name Voltz"),
    ("A blogger going by the alias Frontline Atlas said the depot was hit.",
     "blogger going by the alias Frontline Atlas"),
])
def test_an_adverb_or_an_alias_stays_in_the_speakers_phrase(body: str, name: str) -> None:
    (claim,) = all_claims(body)
    assert claim.claimant is not None and claim.claimant.name == name


def test_footage_posted_by_some_and_geolocated_by_others_is_the_source() -> None:
    (claim,) = all_claims("Footage posted by local residents and geolocated by Reuters showed a "
                          "large plume of black smoke rising above the site.")
    assert claim.claimant is not None
    assert claim.claimant.name.startswith("Footage") and claim.claimant.entity_type == "document"


@pytest.mark.parametrize("sentence", [
    "Satellite images taken on Tuesday afternoon and reviewed by Reuters showed a vessel at its "
    "usual berth.",
    "Footage posted by residents and geolocated by Reuters showed smoke over the port.",
])
def test_pictures_made_and_reviewed_by_an_outlet_are_the_source_not_the_outlet(
        sentence: str) -> None:
    claim = all_claims(sentence)[0]
    assert claim.claimant is not None and claim.claimant.entity_type == "document"


@pytest.mark.parametrize(("sentence", "who"), [
    ("The town released a statement Wednesday saying the comments were false.", "town"),
    ("Russia's Defence Ministry published a video on Telegram claiming its drones had "
     "destroyed a Ukrainian tank.", "Russian Defense Ministry"),
])
def test_a_statement_or_video_a_body_published_speaks_for_that_body(
        sentence: str, who: str) -> None:
    (claim,) = all_claims(sentence)
    assert claim.claimant is not None and claim.claimant.name == who


def test_issuing_a_statement_saying_x_is_one_claim_x() -> None:
    claims = all_claims("The ministry issued a statement on Friday saying 12 soldiers had been "
                        "killed.")
    assert [c.text for c in claims if c.checkworthiness >= 0.5] == ["12 soldiers had been killed"]


@pytest.mark.parametrize(("text", "source"), [
    # Before: "live on the street, speaking on condition of anonymity,"
    ("Two witnesses who live on the street, speaking on condition of anonymity, said they "
     "heard shots.", "Two witnesses who live on the street, speaking on condition of anonymity"),
    # Before: "lives nearby"
    ("A man who lives nearby, speaking to Reuters, said he heard shots.",
     "A man who lives nearby"),
])
def test_a_relative_clause_and_an_aside_keep_their_head(text: str, source: str) -> None:
    assert _source_text(text, "said") == source


def test_shouting_at_someone_is_no_report_and_one_of_them_is_a_witness() -> None:
    # Before: "shout" reported "at Reed", and "heard officers" spoke for "One of them"
    claims = all_claims("Two witnesses said they heard officers shout at Reed. One of them said "
                        "at least five shots were fired.")
    assert all(c.attribution_cue is None or c.attribution_cue.text != "shout" for c in claims)
    shots = next(c for c in claims if c.text == "at least five shots were fired")
    assert shots.claimant is not None and shots.claimant.entity_type == "witness"


@pytest.mark.parametrize(("text", "speaker"), [
    # Before: "Ahead" and "a few days" were the speakers of the participle's claim
    ("Ahead of last week's primary, Clinton met with workers, telling them that the plant "
     "would stay open.", "Clinton"),
    ("But a few days later, Trump reversed himself yet again, telling CBS that the laws on "
     "abortion are set.", "Trump"),
    ("Amid the uproar, the senator went on television, saying that the bill was dead.",
     "senator"),
])
def test_a_participles_speaker_follows_an_opening_phrase(text: str, speaker: str) -> None:
    (claim,) = [c for c in all_claims(text) if c.attribution_cue is not None]
    assert claim.claimant is not None and claim.claimant.name == speaker
