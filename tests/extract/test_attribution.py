"""Attribution patterns on hand-made sentences: content, source and kind."""

from __future__ import annotations

import pytest

from tests.extract.attributions import found as _atts
from tests.extract.claims import all_claims


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The ministry said on Tuesday that ten soldiers were captured.",
         ("ten soldiers were captured", "The ministry", "source_first")),
        ("“We captured ten soldiers,” the ministry said.",
         ("“We captured ten soldiers,”", "the ministry", "content_first")),
        ("Ten soldiers were captured, officials said.",
         ("Ten soldiers were captured", "officials", "content_first")),
        ("“It is over,” said a Ukrainian defense expert.",
         ("“It is over,”", "a Ukrainian defense expert", "inverted")),
        ("According to the ministry, 37 drones were shot down.",
         ("37 drones were shot down", "the ministry", "according")),
        ("37 drones were shot down, according to the ministry.",
         ("37 drones were shot down", "the ministry", "according")),
        ("Still, he said, officials have to decide who gets extra scrutiny.",
         ("officials have to decide who gets extra scrutiny", "he", "source_first")),
        ("He told reporters that the bridge had collapsed.",
         ("the bridge had collapsed", "He", "source_first")),
        ("The union will sit out the election, Phil Smith told POLITICO earlier this week.",
         ("The union will sit out the election", "Phil Smith", "content_first")),
        ("“It is a mistake,” said retired neurosurgeon Ben Carson.",
         ("“It is a mistake,”", "retired neurosurgeon Ben Carson", "inverted")),
        ("Cory James, 22, of Flint, Mich., said he had not given up hope.",
         ("he had not given up hope", "Cory James", "source_first")),
        ("By big margins, those surveyed say the economy should come first.",
         ("the economy should come first", "those surveyed", "source_first")),
        ("Gary Emineth, a former chairman, became a delegate and said he backs Trump.",
         ("he backs Trump", "Gary Emineth", "coordinated")),
        ("She paid off half of the loans in five years, but said she could not teach.",
         ("she could not teach", "She", "coordinated")),
        ("The senator clarified that the bill would not raise taxes.",
         ("the bill would not raise taxes", "The senator", "source_first")),
        ("Troops would be appropriate, candidate Ben Carson said after the debate.",
         ("Troops would be appropriate", "candidate Ben Carson", "content_first")),
        ("The report states that the ban was lifted in 2015.",
         ("the ban was lifted in 2015", "The report", "source_first")),
        ("It is believed that the commander was killed.",
         ("the commander was killed", None, "impersonal")),
    ],
)
def test_single_patterns(body: str, expected: tuple[str, str | None, str]) -> None:
    assert _atts(body)[0] == expected


def test_apposition_belongs_to_the_source() -> None:
    body = "Mr. Regalado, the Republican mayor of Miami, said the port was closed."
    assert _atts(body) == [("the port was closed", "Mr. Regalado, the Republican mayor of Miami,",
                            "source_first")]
    body = "A military analyst based in Kyiv, who requested anonymity, suggested that it failed."
    assert _atts(body)[0][1] == "A military analyst based in Kyiv, who requested anonymity,"


def test_agentless_passive_is_a_report_without_a_speaker() -> None:
    # The subject of "was asked" is who was asked, not who asks: the speaker is absent.
    body = "Trump was asked whether he would accept the result."
    assert _atts(body) == [("whether he would accept the result", None, "passive")]
    body = "The strike was reported by Reuters."
    assert _atts(body) == [("The strike", "Reuters", "passive")]


def test_opening_adverb_is_no_speaker() -> None:
    body = "Ultimately, Mr. Yanukovych disregarded Mr. Putin and refused to sign the deal."
    assert [a[1] for a in _atts(body)] == ["Mr. Yanukovych"]
    body = "Publicly, Trump feuds with his party and dismisses the approaches."
    assert [a[1] for a in _atts(body)] == ["Trump"]


def test_participle_reuses_the_source() -> None:
    body = "The ministry reiterated its position, citing a report that 37 drones fell."
    atts = _atts(body)
    assert atts[0] == ("its position", "The ministry", "source_first")
    assert atts[1] == ("37 drones fell", "The ministry", "participle")


def test_coordinated_speech_verbs_split_the_content() -> None:
    body = "He says the response was wrong and says he introduced a bill."
    assert _atts(body) == [("the response was wrong", "He", "source_first"),
                           ("he introduced a bill", "He", "coordinated")]


def test_quote_continuation_extends_the_content() -> None:
    body = "‘Forces exaggerate,’ the analyst said. ‘It is inflated.’\n\nNext paragraph."
    ((content, source, kind),) = _atts(body)
    assert content == "‘Forces exaggerate,’ the analyst said. ‘It is inflated.’"
    assert source == "the analyst" and kind == "content_first"


def test_quote_after_adding_goes_on_with_what_was_added() -> None:
    body = ('"He did not fight for it," Christie said, adding that he had fought for bills. '
            '"A leader must fight."')
    assert _atts(body) == [
        ('"He did not fight for it,"', "Christie", "content_first"),
        ('he had fought for bills. "A leader must fight."', "Christie", "participle"),
    ]


def test_a_quotation_closing_at_the_comma_ends_before_adding() -> None:
    # The closing quotation mark between the comma and "noting" had hidden the participle,
    # so the content ran on into what was noted next.
    body = 'The senator said the financial system was "corrupt," noting that it is strange.'
    assert _atts(body) == [
        ('the financial system was "corrupt,"', "The senator", "source_first"),
        ("it is strange", "The senator", "participle"),
    ]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # A clause after a semicolon is the writer's: the content had run on into it.
        ("Forbes said the United States has more billionaires; Wealth-X counts 585 there.",
         "the United States has more billionaires"),
        # Inside a quotation, and in a list closed by "; and", the semicolon is the speaker's.
        ('He said "we won; they lost" in the end.', '"we won; they lost" in the end'),
        ("She said they had rallied; marched; and organised protests.",
         "they had rallied; marched; and organised protests"),
    ],
)
def test_a_semicolon_ends_the_content_outside_quotations_and_lists(body: str,
                                                                    content: str) -> None:
    assert _atts(body)[0][0] == content


def test_a_quotation_with_its_own_speaker_is_no_continuation() -> None:
    # The reported speech before it had taken in the whole two-sentence quotation.
    body = ('The general said that Russia was preparing a new assault. "They are gathering new '
            'divisions. We are ready for them," he said.')
    assert _atts(body) == [
        ("Russia was preparing a new assault", "The general", "source_first"),
        ('"They are gathering new divisions. We are ready for them,"', "he", "content_first"),
    ]


def test_quote_after_referring_goes_on_with_the_quotation() -> None:
    body = '"It is over," he said, referring to Trump. "He cannot win."'
    assert _atts(body)[0] == ('"It is over," he said, referring to Trump. "He cannot win."',
                              "he", "content_first")


@pytest.mark.parametrize("share", ["Most", "Half", "Both"])
def test_a_share_of_a_named_group_speaks(share: str) -> None:
    body = f"{share} of them said they had loved working for Carrier."
    assert _atts(body) == [("they had loved working for Carrier", f"{share} of them",
                            "source_first")]


@pytest.mark.parametrize("body", [
    "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win.",
    "The ministry, calling the report “a provocation,” said the candidate could win.",
])
def test_a_quotation_in_an_aside_leaves_the_speaker_before_it(body: str) -> None:
    content, source, kind = _atts(body)[-1]
    assert (content, kind) == ("the candidate could win", "source_first")
    assert source in ("Mr. Manafort", "The ministry")


def test_and_said_after_a_quotation_keeps_the_first_verbs_speaker() -> None:
    body = ("De Blasio, speaking on WOR710, called Trump a “blowhard,” and said his remarks "
            "were propaganda.")
    assert _atts(body) == [("Trump a “blowhard,”", "De Blasio", "source_first"),
                           ("his remarks were propaganda", "De Blasio", "coordinated")]


@pytest.mark.parametrize("body", ["A think tank said the figures were inflated.",
                                  "The think-tank said the figures were inflated."])
def test_a_think_tank_is_a_source_not_a_verb(body: str) -> None:
    ((content, source, _),) = _atts(body)
    assert content == "the figures were inflated"
    assert source.lower().endswith(("think tank", "think-tank"))


@pytest.mark.parametrize(("body", "source"), [
    ("The RSF has been accused by rights groups of killing civilians in El Fasher.",
     "rights groups"),
    ("The RSF has been accused of killing civilians in El Fasher.", None),
])
def test_a_passive_accusation_holds_whom_it_accuses(body: str, source: str | None) -> None:
    ((content, found_source, kind),) = _atts(body)
    assert content == body.rstrip(".") and found_source == source and kind == "passive"


@pytest.mark.parametrize("body", [
    "The bank has found itself at the centre of the crisis.",
    "The senator found ways to press his agenda.",
    "Two nuns were found slain in their home.",
])
def test_finding_a_thing_is_no_finding(body: str) -> None:
    assert _atts(body) == []


def test_a_finding_is_reported() -> None:
    assert _atts("The inquiry found that the strike hit a school.") == [
        ("the strike hit a school", "The inquiry", "source_first")]
    assert _atts("The UN inquiry found no evidence that the army targeted civilians.") == [
        ("no evidence that the army targeted civilians", "The UN inquiry", "source_first")]


def test_a_name_a_group_gives_itself_is_part_of_the_source() -> None:
    assert _atts("A group calling itself NoName057(16) said it had targeted the portal.") == [
        ("it had targeted the portal", "A group calling itself NoName057(16)", "source_first")]


def test_a_party_that_has_ruled_a_country_reports_nothing() -> None:
    assert _atts("Frelimo, which has ruled Mozambique since 1975, won the vote.") == []
    assert _atts("The court ruled that the law was void.") == [
        ("the law was void", "The court", "source_first")]


def test_an_aside_on_anonymity_stays_with_the_source() -> None:
    ((_, source, _),) = _atts("A senior UN official, speaking on condition of anonymity, said "
                              "the shelling came from RSF positions.")
    assert source == "A senior UN official, speaking on condition of anonymity,"


@pytest.mark.parametrize(("body", "content"), [
    ("Lawrence Kanyuka said on X that the group had taken Rubaya.", "the group had taken Rubaya"),
    ("The commission announced late on Thursday that Chapo had won.", "Chapo had won"),
    ("A spokesperson said in a post on X, formerly Twitter, that the actions were dangerous.",
     "the actions were dangerous"),
    ("The ISW said in its Nov. 14 assessment that footage showed troops advancing.",
     "footage showed troops advancing"),
    ("Dmitry Peskov told reporters in Moscow he had no information.", "he had no information"),
])
def test_where_and_how_it_was_said_is_not_content(body: str, content: str) -> None:
    assert _atts(body)[0][0] == content


@pytest.mark.parametrize(("body", "source"), [
    ("IOWA POLLS TOO EARLY - Mark Blumenthal and Jon Cohen: “The polls ended too early.”",
     "Mark Blumenthal and Jon Cohen"),
    ("More from Jones: “The partisanship of a state is a starting point.”", "Jones"),
    ("Here’s Clinton in December 1992: “Our new direction must rest on learning.”", "Clinton"),
])
def test_a_name_and_a_colon_introduce_a_quotation(body: str, source: str) -> None:
    ((content, found, kind),) = _atts(body)
    assert (content[0], found, kind) == ("“", source, "label")


@pytest.mark.parametrize(("body", "content"), [
    ("Rubio flipped his choice on the spot – saying he was rooting for Manning.",
     "he was rooting for Manning"),
    ("Trump delivered a defense of “New York values,” saying the city embodied the bravery of "
     "America.",
     "the city embodied the bravery of America"),
    ("Silverman drew boos upon saying, “Hillary heard the people.”", "“Hillary heard the people.”"),
])
def test_a_participle_after_a_dash_a_quotation_or_upon_keeps_the_speaker(
        body: str, content: str) -> None:
    (found,) = [a for a in _atts(body) if a[2] == "participle"]
    assert found[0] == content and found[1] in ("Rubio", "Trump", "Silverman")


def test_colon_introduces_the_next_paragraph() -> None:
    body = "Breitbart News responded:\n\n“The solution is not more control.”"
    assert _atts(body) == [("“The solution is not more control.”", "Breitbart News", "colon")]


def test_quote_closing_its_own_sentence() -> None:
    body = "“Russia, if you are listening, find the emails.” Trump said."
    assert _atts(body) == [("“Russia, if you are listening, find the emails.”", "Trump",
                            "content_first")]


@pytest.mark.parametrize(
    "body",
    [
        "The claims were not verified by anyone in the region.",
        "The reported capture made headlines across the United States.",
        "Officials from the United States met in Geneva.",
        "Stocks rose sharply on Monday.",
        "Generally speaking, the port was hit.",
        "Clinton spoke with reporters after the rally.",
        "The much sought-after delegates are free agents.",
        "Winning New York is easier said than done.",
        "He fired his 40 laid-off employees.",
        "A worker named Antonio Arroyo was hired in May.",
        "The governor had nothing but praise for the firefighters.",
        "Some theologians have views that are the same as those of others.",
        "Pantun were not written down, the bards being illiterate.",
        "A state of perfect information is assumed in some models.",
        # negated checking and reports still to come state nothing
        "The Associated Press was unable to confirm the number.",
        "The claim has not been confirmed by Ukraine.",
        "Officials could not independently verify the footage.",
    ],
)
def test_no_attribution(body: str) -> None:
    assert _atts(body) == []


def test_verb_inside_a_long_quotation_is_not_a_new_attribution() -> None:
    body = "“The minister said nothing of value and the army said even less,” Smith wrote."
    assert [a[1] for a in _atts(body)] == ["Smith"]


def test_learned_cues_extend_the_verbs() -> None:
    from pipeline.extract.lexicon import LEARNED_CUES, SPEECH_VERBS

    assert LEARNED_CUES and not LEARNED_CUES & SPEECH_VERBS
    assert "barked" in LEARNED_CUES
    body = "The protesters barked that the election was stolen."
    assert _atts(body)[0][:2] == ("the election was stolen", "The protesters")


def test_requested_anonymity_is_not_content() -> None:
    body = "An aide, who requested anonymity, said the bill was dead."
    assert [a[0] for a in _atts(body)] == ["the bill was dead"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('Said Comey, "The error is painful."', ('"The error is painful."', "Comey", "inverted")),
        ("Mr. Trump struck a measured tone, saying he understood the burden.",
         ("he understood the burden", "Mr. Trump", "participle")),
        ("He stood out by saying he would talk to Putin.",
         ("he would talk to Putin", "He", "participle")),
        ("The inquiry found virtually nothing new.",
         ("virtually nothing new", "The inquiry", "source_first")),
    ],
)
def test_more_patterns(body: str, expected: tuple[str, str | None, str]) -> None:
    assert _atts(body)[0] == expected


def test_mixed_quote_marks_do_not_hide_the_verb() -> None:
    body = '“Roads are crumbling," she said.'
    assert _atts(body) == [('“Roads are crumbling,"', "she", "content_first")]


def test_according_to_takes_the_whole_phrase_as_source() -> None:
    body = ("According to early results of the exit poll conducted by Edison Research, "
            "Clinton led in Virginia.")
    assert _atts(body) == [("Clinton led in Virginia",
                            "early results of the exit poll conducted by Edison Research",
                            "according")]
    body = "He left the country years ago after, according to him, the network censured him."
    assert _atts(body)[0][:2] == ("the network censured him", "him")


def test_a_number_is_not_a_speaker() -> None:
    body = "Clinton leads by 271 pledged delegates, the count shows."
    assert all(a[1] != "271" for a in _atts(body))


def test_poll_as_source() -> None:
    body = "Trump leads Cruz by 9 points in the RealClearPolitics average of polls."
    assert _atts(body) == [("Trump leads Cruz by 9 points",
                            "the RealClearPolitics average of polls", "according")]
    assert _atts("He was interested in polls.") == []


def test_quote_continues_past_a_participle() -> None:
    body = ("“The timing was right,” Mr. Hedge said, referring to the resorts. “I assume the"
            " golf market was returning.”")
    assert _atts(body) == [
        (body,
         "Mr. Hedge", "content_first"),
        ("the resorts", "Mr. Hedge", "participle"),
    ]


def test_clause_only_forms() -> None:
    assert _atts("Sanders is counting on Western states Clinton might lose.") == []
    assert _atts("Those promises add up to more than $8.5 million.") == []
    assert _atts("The report states that turnout fell.")[0][:2] == ("turnout fell", "The report")


def test_places_called_states_are_no_cue() -> None:
    assert _atts("The Rust Belt states have suffered from the loss of jobs.") == []


def test_a_content_of_quote_marks_alone_is_dropped() -> None:
    body = "“I think she will,” Gillibrand replied. “I think she’s been clear.”"
    assert _atts(body) == [(body, "Gillibrand", "content_first")]


def test_headline_outer_verb_ends_the_nested_content() -> None:
    body = "Rebels Claims Capture of Tank Crew in Clashes, Reports Defense Ministry\n\nMore text."
    found = _atts(body)
    assert ("Capture of Tank Crew in Clashes", "Rebels", "source_first") in found
    outer = ("Rebels Claims Capture of Tank Crew in Clashes", "Defense Ministry", "inverted")
    assert outer in found


@pytest.mark.parametrize(
    "body",
    [
        "Officials said the sanctions target the Federal Security Service, State Duma deputies "
        "and 40 oligarchs.",
        "He said the attackers were from Dagestan, Counter-Terrorism Police and 12 soldiers died.",
    ],
)
def test_a_capitalised_verb_after_a_comma_ends_no_content_outside_headlines(body: str) -> None:
    content, _, _ = _atts(body)[0]
    assert content.endswith(("oligarchs", "died"))


def test_the_first_of_two_outer_verbs_ends_a_nested_headline_content() -> None:
    body = ("Rebels Claim Capture of Tank Crew, Reports Defense Ministry, citing Field "
            "Commanders\n\nMore text here.")
    assert ("Capture of Tank Crew", "Rebels", "source_first") in _atts(body)


def test_a_coordinated_clause_with_its_own_source_ends_the_content() -> None:
    body = "About a third said the party was hostile, and Smith said the party was fine."
    assert _atts(body) == [
        ("the party was hostile", "a third", "source_first"),
        ("the party was fine", "Smith", "source_first"),
    ]
    # A report inside a report stays whole: Moscow's words are what Reuters reported.
    nested = _atts("Reuters said Moscow said Kyiv claimed the town fell.")
    assert nested[0] == ("Moscow said Kyiv claimed the town fell", "Reuters", "source_first")


def test_a_gerund_right_after_the_verb_is_content() -> None:
    # Before: "cutting …" was taken for an adjunct participle, and the opening phrase
    # "Since earlier this year" became the content.
    body = ("Since earlier this year, Mr. Xi and other leaders have said cutting that output "
            "must be a key part of their program.")
    assert _atts(body) == [("cutting that output must be a key part of their program",
                            "Mr. Xi and other leaders", "source_first")]
    # After a comma a participle is still an adjunct of the quotation.
    assert _atts("“We will win,” she said, speaking to reporters in Kyiv.") == [
        ("“We will win,”", "she", "content_first")]


def test_a_cue_in_an_opening_clause_reports_up_to_its_comma() -> None:
    body = "Although he said the town had fallen, officials kept the roads open."
    assert _atts(body)[0] == ("the town had fallen", "he", "source_first")
    # A comma inside a quotation does not end the clause.
    quoted = 'Although he said "we are, in fact, winning" on Monday, the town fell.'
    assert _atts(quoted)[0][0].startswith('"we are, in fact, winning"')


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Scully's involvement was first reported by the New York Times.",
         [("Scully's involvement", "the New York Times", "passive")]),
        ("He was described by aides as tired.",
         [("He was described by aides as tired", "aides", "passive")]),
        # Without an auxiliary it is a participle: no attribution of its own.
        ("This development, announced by RIA Novosti, underscores the intensity of the clashes.",
         []),
        # An aside after the verb is not content; the clause before it is.
        ("The deficit will grow this year, the Budget Office reported on Tuesday -- a shift.",
         [("The deficit will grow this year", "the Budget Office", "content_first")]),
        ("This includes a special force, Secretary Ash Carter told a Senate panel Wednesday.",
         [("This includes a special force", "Secretary Ash Carter", "content_first")]),
    ],
)
def test_passive_asides_and_audiences(
    body: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _atts(body) == expected


def test_headline_label_names_the_speaker() -> None:
    body = "Paul Ryan: FBI decision defies explanation\n\nThe speaker was in Wisconsin."
    assert _atts(body)[0] == ("FBI decision defies explanation", "Paul Ryan", "label")


@pytest.mark.parametrize(
    "line",
    ["Sanders: 1,547", "EMAIL: fitcity@example.com", "Twitter: @Milbank",
     "Contributing: Ledyard King", "Photo: a tank near Kyiv"],
)
def test_labels_that_are_tallies_addresses_or_credits_say_nothing(line: str) -> None:
    assert _atts(line + "\n\nThe vote was held on Tuesday.") == []


def test_speaking_about_a_topic_is_a_report() -> None:
    body = "Obama spoke at the White House about the ruling on Tuesday."
    assert _atts(body) == [("at the White House about the ruling on Tuesday", "Obama",
                            "source_first")]


def test_an_affirmed_confirmation_is_still_a_report() -> None:
    assert _atts("The ministry confirmed that 12 soldiers were killed.") == [
        ("12 soldiers were killed", "The ministry", "source_first")]


def test_a_report_still_to_come_names_no_speaker() -> None:
    # only the evidential "is expected to" remains: "announce" is not the government's report
    assert _atts("The government is expected to announce new sanctions on Friday.") == [
        ("The government is expected to announce new sanctions on Friday", None, "evidential")]


def test_the_content_ends_before_but_another_party_declined_to_comment() -> None:
    body = ("The broadcaster TVN24 reported that the government would expel two Russian "
            "diplomats, but the foreign ministry declined to comment.")
    assert _atts(body)[0] == ("the government would expel two Russian diplomats",
                              "The broadcaster TVN24", "source_first")


def test_accused_after_a_count_is_a_participle_not_an_accusation() -> None:
    # "two accused of planning" had made "two" the accuser and dropped the sentence.
    assert _atts("Police detained five men, including two accused of planning an attack.") == []


def test_not_authorized_to_discuss_is_no_report() -> None:
    body = "An official, who was not authorized to discuss the talks, said they had stopped."
    assert [a[0] for a in _atts(body)] == ["they had stopped"]


def test_according_to_a_role_then_the_name_takes_both() -> None:
    body = ("According to the Ukrainian ombudsman, Dmytro Lubinets, the returning soldiers "
            "showed signs of torture.")
    assert _atts(body) == [("the returning soldiers showed signs of torture",
                            "Dmytro Lubinets", "according")]
    # a name that does the action is the content's subject, not the source's
    body = "According to the ministry, Ivan Petrov, a farmer, was killed in the strike."
    assert _atts(body)[0][:2] == ("Ivan Petrov, a farmer, was killed in the strike",
                                  "the ministry")


def test_a_trailing_report_does_not_swallow_an_earlier_according_to() -> None:
    claims = all_claims("About 500,000 people have been killed, according to some estimates, "
                        "and about 12 million have been displaced, the UN says.")
    assert [(c.text, c.claimant and c.claimant.name) for c in claims] == [
        ("About 500,000 people have been killed", "some estimates"),
        ("about 12 million have been displaced", "UN")]


def test_a_trailing_according_to_with_a_relative_clause_still_relays() -> None:
    claims = all_claims("JNIM said it had overrun an army post, according to SITE Intelligence "
                        "Group, which monitors jihadist websites.")
    shown = [c for c in claims if c.checkworthiness >= 0.5]
    assert [(c.text, c.claimant and [v.name for v in c.claimant.via]) for c in shown] == [
        ("it had overrun an army post", ["SITE Intelligence Group"])]


def test_a_date_alone_is_no_content() -> None:
    # a report's title: "Assessment" is a learned cue, "March 14" no claim of anybody's
    assert _atts("Russian Offensive Campaign Assessment, March 14") == []


def test_the_following_week_is_content_not_a_statement_announced() -> None:
    # review27: "the following" alone dropped the minister's claim
    (claim,) = all_claims("The minister said the following week would bring new sanctions.")
    assert claim.claimant is not None and claim.claimant.name == "minister"
