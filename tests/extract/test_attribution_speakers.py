"""Who the source is, on whole sentences: determiners, appositions, adjuncts, times and
contractions around the speaker (the speaker rules of :mod:`pipeline.extract.speakers` seen
through :func:`find_attributions`)."""

from __future__ import annotations

import pytest

from tests.extract.attributions import found as _atts
from tests.extract.claims import all_claims, claim_with


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Nearly three in five said they are much less likely to vote.", "three in five"),
        ("Another says the United States has twice as many as China.", "Another"),
        ("Many believe the vote was rigged.", "Many"),
    ],
)
def test_a_determiner_alone_can_be_the_source(body: str, source: str) -> None:
    assert [a[1] for a in _atts(body)] == [source]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A relative clause after the speaker ends the name; before, it ran into the clause
        # and the attribution was dropped.
        ('Fiorina was not one for "engaging her team in decision-making," said one former '
         "executive who requested anonymity to protect his business.",
         ('"engaging her team in decision-making,"',
          "one former executive who requested anonymity to protect his business", "inverted")),
        # After a closing quotation, words after the speaker do not undo the attribution.
        ('"We won," said Smith before the rally in Ohio.', ('"We won,"', "Smith", "inverted")),
        # A that-clause opening with a prepositional phrase is content, and one word before a
        # comma is a sentence adverb, not content.
        ("Nevertheless, Cuban said that in a race between Trump and Cruz, he would back Trump.",
         ("in a race between Trump and Cruz, he would back Trump", "Cuban", "source_first")),
    ],
)
def test_inverted_and_that_clause_edges(body: str, expected: tuple[str, str | None, str]) -> None:
    assert _atts(body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Democrats had “put the biggest crack” in the glass ceiling, she said in a video message.",
         ("Democrats had “put the biggest crack” in the glass ceiling", "she", "content_first")),
        ("This is not about me, President Obama told his closest advisers.",
         ("This is not about me", "President Obama", "content_first")),
        ("''The court expresses no view on the merits'' of the case, the unsigned opinion said.",
         ("''The court expresses no view on the merits'' of the case", "the unsigned opinion",
          "content_first")),
        ("“We will take back control,” Jeff Weaver, Sanders’ campaign manager, said.",
         ("“We will take back control,”", "Jeff Weaver, Sanders’ campaign manager,",
          "content_first")),
        ("The state officials whose laws have been invalidated say the real change has come.",
         ("the real change has come", "The state officials", "source_first")),
        ("Her campaign workers here said they have been working the state since the spring.",
         ("they have been working the state since the spring", "Her campaign workers",
          "source_first")),
    ],
)
def test_speaker_and_adjunct_edges(body: str, expected: tuple[str, str | None, str]) -> None:
    assert _atts(body) == [expected]


def test_a_clause_after_the_verb_is_not_an_inverted_speaker() -> None:
    # Before: "Trump’s campaign manager yanked her out of the way" became the speaker.
    body = ("Fields, along with Washington Post reporter Ben Terris, say Trump’s campaign "
            "manager yanked her out of the way.")
    assert _atts(body) == [("Trump’s campaign manager yanked her out of the way",
                            "Fields, along with Washington Post reporter Ben Terris,",
                            "source_first")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Before: "ministry reported" read as a noun phrase ("the ministry report"), and the
        # core war-news sentence had no attribution.
        ("The defense ministry reported that 12 soldiers died.",
         [("12 soldiers died", "The defense ministry", "source_first")]),
        ("The military reported the capture of the town.",
         [("the capture of the town", "The military", "source_first")]),
        ("The army claims the town fell.", [("the town fell", "The army", "source_first")]),
        ("The army claims were false.", []),
        ("The military claims of 500 dead were denied.", []),
        # A time phrase between the speaker and the verb.
        ("RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.",
         [("the party was not in a crisis", "RNC spokesman Sean Spicer", "source_first")]),
        # "he’s …" after the verb is a clause, not an inverted speaker; "though" is no part
        # of the speaker (as PolNeAR marks it).
        ("Sanders won.\n\nMurphy, though, said he’s with former secretary of state Clinton.",
         [("he’s with former secretary of state Clinton", "Murphy", "source_first")]),
    ],
)
def test_subject_nouns_times_and_contractions(
    body: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _atts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Even the field's biggest hawks, like Rubio and Bush, say the troops should be Arab.",
         ("the troops should be Arab", "the field's biggest hawks, like Rubio and Bush,",
          "source_first")),
        ('"That is clear," Senate Majority Leader Mitch McConnell, R-Ky., said.',
         ('"That is clear,"', "Senate Majority Leader Mitch McConnell, R-Ky.,", "content_first")),
    ],
)
def test_appositions_after_an_adverb_or_an_abbreviation(
    body: str, expected: tuple[str, str | None, str]
) -> None:
    assert _atts(body) == [expected]


def test_a_participle_of_saying_is_said_by_the_clause_subject_not_its_verb() -> None:
    claim = claim_with(all_claims(
        "The United States placed Pierre under sanctions on Tuesday, saying his militia had "
        "killed at least 40 civilians."), "40 civilians")
    assert claim.claimant is not None and claim.claimant.span is not None
    assert claim.claimant.span.text == "The United States"


def test_a_noun_ending_like_a_participle_is_part_of_the_speaker() -> None:
    claim = claim_with(all_claims(
        "Pakistani security forces killed 16 militants in North Waziristan, the military's "
        "media wing said in a statement."), "16 militants")
    assert claim.claimant is not None and claim.claimant.span is not None
    assert claim.claimant.span.text == "the military's media wing"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("A report published in July said that 4,000 Rwandan soldiers were fighting alongside M23.",
     "A report published in July"),
    ("A report released on Monday said 40 people had died.", "A report released on Monday"),
])
def test_a_dated_publication_is_the_speaker(sentence: str, speaker: str) -> None:
    (claim,) = all_claims(sentence)
    assert claim.claimant is not None and claim.claimant.span is not None
    assert claim.claimant.span.text == speaker


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "Will" and "May" are also names: the modal and the month had ended the speaker
        # before it began, so the quotation lost its speaker.
        ('"It is an expensive model," said Will Doyle.',
         ('"It is an expensive model,"', "Will Doyle", "inverted")),
        ('"It is expensive," said Theresa May.', ('"It is expensive,"', "Theresa May", "inverted")),
        ("Will Doyle said the model is expensive.",
         ("the model is expensive", "Will Doyle", "source_first")),
        ("May Chen, the mayor, said the bridge was closed.",
         ("the bridge was closed", "May Chen, the mayor,", "source_first")),
    ],
)
def test_a_name_that_is_also_a_modal_or_a_month(
        body: str, expected: tuple[str, str | None, str]) -> None:
    assert _atts(body) == [expected]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("It was reported in May and some lawmakers had mentioned China as a suspect.",
         "some lawmakers"),
        # (a negated "May Not Have Suggested" attributes nothing: "He" speaks)
        ("Trump May Not Have Suggested A Registry, But He Said He Supported One", "He"),
    ],
)
def test_the_month_and_a_headlines_modal_stay_words(body: str, source: str) -> None:
    assert source in [a[1] for a in _atts(body)]
    assert not any("May" in (a[1] or "") for a in _atts(body))


@pytest.mark.parametrize(
    "body",
    ["The commander ordered the killings, prosecutors told judges.",
     "The commander ordered the killings, prosecutors told judges on Monday, as his lawyers "
     "insisted he was not there."],
)
def test_whom_a_source_told_is_no_content(body: str) -> None:
    # "judges" (no listener word the lexicon knew) had become the content, and the charge
    # before the comma was lost.
    assert _atts(body)[0] == ("The commander ordered the killings", "prosecutors",
                              "content_first")


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # "assessed" reports only before a that-clause: an adjunct before "that" had made
        # it no cue at all; "daily" had become the content's first word.
        ("ISW assessed on Sunday that Russian forces will attack.", "Russian forces will attack"),
        ("ISW assessed with moderate confidence that Russian forces will attack.",
         "Russian forces will attack"),
        ("Moscow claims daily that Ukraine is losing the war.", "Ukraine is losing the war"),
    ],
)
def test_an_adjunct_between_the_verb_and_that(body: str, content: str) -> None:
    assert [a[0] for a in _atts(body)] == [content]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "claims" after an evaluation and "report" before "put" are nouns: each had made a
        # second, junk attribution ("baseless" claims '" the spokesman said').
        ('"These are baseless claims," the spokesman said.',
         [('"These are baseless claims,"', "the spokesman", "content_first")]),
        ("A United Nations report put the toll at 34.",
         [("the toll at 34", "A United Nations report", "estimate")]),
    ],
)
def test_nouns_that_look_like_speech_verbs(body: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    assert _atts(body) == expected


def test_a_document_with_its_date_is_the_source() -> None:
    # The date had been taken for the speaker ("2 October lists …").
    body = "A defence ministry document dated 2 October lists more than 100 missiles."
    assert [a[1] for a in _atts(body)] == ["A defence ministry document dated 2 October"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The apposition describing the source had opened the content.
        ("According to the Syrian Observatory for Human Rights, a Britain-based war monitor, 80 "
         "people were treated.",
         ("80 people were treated",
          "the Syrian Observatory for Human Rights, a Britain-based war monitor", "according")),
        ("According to Hryhorov, the regional governor, four civilians were killed.",
         ("four civilians were killed", "Hryhorov, the regional governor", "according")),
        ("According to the ministry, the strike, which hit a school, killed 12.",
         ("the strike, which hit a school, killed 12", "the ministry", "according")),
    ],
)
def test_according_to_a_source_and_its_apposition(
        body: str, expected: tuple[str, str, str]) -> None:
    assert _atts(body) == [expected]


def test_a_stance_object_ends_before_a_second_act_of_its_speaker() -> None:
    # The condemnation had run on into "and renewed his appeal …"; the second verb's speaker
    # is the first verb's, not the sentence's opening noun ("The anxiety").
    body = ("Zelensky condemned the strike as \"deliberate terror\" and renewed his appeal for "
            "air defences.")
    assert _atts(body)[0] == ('the strike as "deliberate terror"', "Zelensky", "source_first")
    body = ("The anxiety was underscored when Ryan lamented the state of the campaign and "
            "criticized the identity politics on display.")
    assert [a[1] for a in _atts(body)] == ["Ryan", "Ryan"]


@pytest.mark.parametrize("opener", ["Meanwhile,", "However,", "On Friday,"])
def test_an_opening_word_before_a_name_and_its_apposition(opener: str) -> None:
    # The apposition ("an ethnic armed group") had been taken for the speaker.
    body = (f"{opener} the Arakan Army, an ethnic armed group, said it had captured a "
            "battalion headquarters.")
    assert [a[1] for a in _atts(body)] == ["the Arakan Army, an ethnic armed group,"]


def test_a_rejection_after_an_apposition_is_not_an_inverted_speaker() -> None:
    # Before: "the US version" was the speaker of "Iran's … spokesman, Esmaeil Baghaei".
    body = "Iran's foreign ministry spokesman, Esmaeil Baghaei, rejected the US version."
    assert [(content, kind) for content, _, kind in _atts(body)] == [
        ("the US version", "source_first")]


@pytest.mark.parametrize(("body", "content"), [
    ("A Ukrainian drone attack set fire to a refinery early on Wednesday, the regional governor "
     "said, the latest in a series of strikes on Russian energy infrastructure.",
     "A Ukrainian drone attack set fire to a refinery early on Wednesday"),
    ("Negotiators are close to a deal for a five-day ceasefire, two officials said on Wednesday, "
     "though they cautioned that details could still change.",
     "Negotiators are close to a deal for a five-day ceasefire"),
])
def test_the_writers_tail_after_a_parenthetical_speaker_is_no_content(body: str,
                                                                      content: str) -> None:
    assert _atts(body)[0][0] == content


@pytest.mark.parametrize("body", [
    "The governor said two people were killed, while the mayor, who visited the site, said four "
    "people had died.",
    "The governor said two people were killed, but the mayor, who visited the site, said four "
    "people had died.",
])
def test_a_second_speaker_with_a_relative_clause_after_while_speaks(body: str) -> None:
    assert [(content, source) for content, source, _ in _atts(body)] == [
        ("two people were killed", "The governor"),
        ("four people had died", "the mayor, who visited the site,")]


def test_a_report_by_a_group_with_an_apposition_is_the_source() -> None:
    body = ("An analysis by the investigation group Bellingcat, published on Tuesday, found that "
            "fragments at the site matched a guided missile.")
    assert [(content, source) for content, source, _ in _atts(body)] == [
        ("fragments at the site matched a guided missile",
         "An analysis by the investigation group Bellingcat, published on Tuesday,")]


def test_a_verb_coordinated_after_a_free_relative_is_the_outer_speakers() -> None:
    body = ('The ECOWAS bloc condemned what it called an "attempted coup" and said it would hold '
            "an emergency summit on Sunday.")
    assert [(content, source) for content, source, _ in _atts(body)] == [
        ('what it called an "attempted coup"', "The ECOWAS bloc"),
        ('an "attempted coup"', "it"),
        ("it would hold an emergency summit on Sunday", "The ECOWAS bloc")]


@pytest.mark.parametrize(("body", "content"), [
    ("Famine is taking place in two districts, the IPC said on Thursday, the first such "
     "determination in the country since 2004.", "Famine is taking place in two districts"),
    ("Estonia accused Russia's military intelligence of a cyberattack that paralysed the port "
     "for three days, the most serious attack on the country since 2007.",
     "Russia's military intelligence of a cyberattack that paralysed the port for three days"),
])
def test_a_record_the_writer_sets_the_content_against_is_no_content(body: str,
                                                                    content: str) -> None:
    assert _atts(body)[0][0] == content


def test_he_after_according_to_a_named_role_is_that_person() -> None:
    # Before: "He" went to Zelenskyy, as "the Ukrainian ombudsman, Dmytro Lubinets" was
    # no person's name.
    claims = all_claims(
        "Ukrainian President Volodymyr Zelenskyy said on X that 150 Ukrainians had returned "
        "home. According to the Ukrainian ombudsman, Dmytro Lubinets, the returning soldiers "
        "showed signs of torture. He said some had lost up to 30 kilograms.")
    assert [c.claimant.name if c.claimant else None for c in claims[1:]] == [
        "Dmytro Lubinets", "Dmytro Lubinets"]
