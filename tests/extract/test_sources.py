"""Source mentions to claimants: entity types, anonymity, parties, coreference."""

from __future__ import annotations

import pytest

from pipeline.extract.entity_types import clean_name
from pipeline.extract.sources import SourceResolver, classify, is_anonymous
from pipeline.models import EntityType
from tests.extract.claims import all_claims, claim_with


@pytest.mark.parametrize(
    ("mention", "kind"),
    [
        ("RIA Novosti", "media"), ("the New York Times", "media"),
        ("a Ukrainian defense expert", "expert"), ("a military analyst", "expert"),
        ("a relative of one of the captives", "witness"), ("local residents", "witness"),
        ("a Russian military spokesperson", "official"), ("Ukrainian officials", "official"),
        ("the army", "military"), ("the Kremlin", "government"), ("a new report", "document"),
        ("the Trump campaign", "organisation"), ("Ms. Warren", "person"),
        ("an official who was not authorized to speak", "anonymous"),
        ("two sources familiar with the talks", "anonymous"), ("the weather", "unknown"),
        ("officials briefed on the talks", "anonymous"), ("an aide close to Zelensky", "anonymous"),
        ("two diplomats privy to the negotiations", "anonymous"),
    ],
)
def test_classify(mention: str, kind: str) -> None:
    assert classify(mention) == kind


def test_anonymity_and_names() -> None:
    assert is_anonymous("A military analyst based in Kyiv, who requested anonymity,")
    assert not is_anonymous("A military analyst based in Kyiv")
    assert clean_name("A military analyst based in Kyiv, who requested anonymity,") == (
        "military analyst based in Kyiv")


def _resolve_all(body: str, mentions: list[str]) -> list[tuple[str, str]]:
    resolver = SourceResolver(body)
    out = []
    pos = 0
    for mention in mentions:
        start = body.index(mention, pos)
        info = resolver.resolve((start, start + len(mention)))
        assert body[info.mention[0] : info.mention[1]] == mention.rstrip(" ,")
        out.append((info.name, str(info.entity_type)))
        pos = start + len(mention)
    return out


def test_pronouns_take_a_compatible_earlier_source() -> None:
    body = "Ms. Warren said it. The ministry said no. She said yes. It denied that."
    assert _resolve_all(body, ["Ms. Warren", "The ministry", "She", "It"]) == [
        ("Ms. Warren", "person"), ("ministry", "government"), ("Ms. Warren", "person"),
        ("ministry", "government")]


def test_nominals_take_the_named_source_with_the_same_head() -> None:
    body = ("This was announced with reference to the Russian Defense Ministry. "
            "According to the ministry, it worked.")
    assert _resolve_all(body, ["the ministry"]) == [("Russian Defense Ministry", "military")]


def test_nominal_prefers_the_earlier_source_with_that_head() -> None:
    body = "A military analyst, who requested anonymity, said so. The analyst said more."
    names = _resolve_all(body, ["A military analyst, who requested anonymity,", "The analyst"])
    assert names == [("military analyst", "anonymous"), ("military analyst", "anonymous")]


def test_relative_pronoun_takes_the_noun_before_it() -> None:
    body = "Officials met Mr. Reid, who said the talks failed."
    assert _resolve_all(body, ["who"]) == [("Mr. Reid", "person")]


def test_party_names_and_party_voices() -> None:
    body = "The Russian Defense Ministry said so. A Russian military spokesperson agreed."
    resolver = SourceResolver(body)
    ministry = resolver.resolve((0, 28))
    start = body.index("A Russian")
    voice = resolver.resolve((start, start + len("A Russian military spokesperson")))
    assert ministry.name == "Russian Defense Ministry" and ministry.party is not None
    assert voice.name == "Russian military spokesperson" and voice.party is not None
    assert voice.party.side == "russia" and voice.entity_type == "official"


def test_an_agency_is_media_only_as_a_news_agency() -> None:
    assert classify("the International Atomic Energy Agency").value == "organisation"
    assert classify("the state news agency").value == "media"
    assert [classify(m).value for m in ("U.N.", "the UN", "Aid groups", "who", "Kim Jong Un")] == [
        "organisation", "organisation", "organisation", "person", "person"]


@pytest.mark.parametrize("mention", [
    "a Ukrainian commander, who gave only his call sign, Maverick,",
    "a soldier who gave only his first name, Oleh",
    "a fighter identified only as Sasha",
])
def test_a_source_known_only_by_a_first_name_or_call_sign_is_anonymous(mention: str) -> None:
    assert classify(mention).value == "anonymous"


@pytest.mark.parametrize(("mention", "kind"), [
    ("Sudan Doctors Network, a medical group", "organisation"),
    ("Richard Horsey, a Myanmar adviser at the International Crisis Group", "expert"),
    ("Delta Marine", "organisation"),
    ("Nordhaven Terminals", "organisation"),
    ("Insurers", "organisation"),
    ("John Smith, a reporter for the Times", "media"),
])
def test_what_an_apposition_or_a_company_word_says_the_source_is(mention: str, kind: str) -> None:
    assert classify(mention).value == kind


@pytest.mark.parametrize(("mention", "anonymous"), [
    ("A Western diplomat", True),
    ("one senior humanitarian official", True),
    ("Two government officials", True),
    ("A senior UN official, speaking on condition of anonymity,", True),
    ("Ukrainian officials", False),
    ("A Ukrainian official, Oleh Kiper,", False),
    ("a spokesman for the army", False),
])
def test_a_described_person_with_no_name_is_anonymous(mention: str, anonymous: bool) -> None:
    assert is_anonymous(mention) is anonymous


@pytest.mark.parametrize(("mention", "kind"), [
    ("Iran", "government"), ("Rwanda", "government"), ("the United States", "government"),
    ("US", "government"), ("UNIFIL", "organisation"), ("OCHA", "organisation"),
    ("European Commission", "government"), ("Philippine Coast Guard", "military"),
    ("Israel's Prison Service", "government"), ("Aegean Bulk Carriers", "organisation"),
    ("Mr. Smith", "person"), ("Trump", "person"),
    # media, charities and a survey office (before: unknown, person and document)
    ("Local media", "media"), ("Russian state media", "media"), ("social media users", "unknown"),
    ("The White Helmets", "organisation"), ("Medical charity Doctors of the World",
                                            "organisation"),
    ("U.S. Geological Survey", "government"), ("Fact-checkers", "media"),
    ("Medecins Sans Frontieres", "organisation"), ("Save the Children", "organisation"),
    ("Estonia's Information System Authority", "government"),
    # companies by their legal form, and outlets by their initials (before: person)
    ("Dubai-based Sigma Trade FZE", "organisation"), ("the FT", "media"),
    # a description up to its head noun; labs, monitors and the UN's offices (before:
    # military, document, unknown, government)
    ("DeepState, a monitoring group with close ties to the military", "organisation"),
    ("Yale University's Humanitarian Research Lab", "expert"),
    ("The IPC, a global hunger monitor", "organisation"),
    ("The U.N. humanitarian office OCHA", "organisation"), ("WHO", "organisation"),
])
def test_countries_acronyms_and_bodies_are_no_persons(mention: str, kind: str) -> None:
    assert classify(mention).value == kind


def test_an_armed_groups_spokesman_is_an_official_whom_he_takes_up() -> None:
    assert classify("Houthi military spokesman Yahya Saree").value == "official"
    assert classify("Hamas").value == "organisation"


def test_the_group_is_the_armed_group_named_last_not_the_state_force() -> None:
    claims = all_claims("Sudan's army said the RSF shelled the market. The paramilitary group "
                        "said the army had bombed the market itself.")
    group = next(c for c in claims if "bombed" in c.text)
    assert group.claimant is not None and group.claimant.party == "sudan_rsf"


def test_a_head_word_inside_another_word_names_nobody() -> None:
    claims = all_claims("Mediators said the talks went on. The official, who was not "
                        "authorised to brief the media, said talks stalled.")
    stalled = next(c for c in claims if "stalled" in c.text)
    assert stalled.claimant is not None and stalled.claimant.name != "Mediators"


def test_who_and_us_in_capitals_are_an_organisation_and_a_country() -> None:
    for body, kind in (("WHO said 120 patients were evacuated from the hospital.", "organisation"),
                       ("The hospital lost power, WHO said.", "organisation"),
                       ("The strike hit a depot, the US said.", "government")):
        (claim,) = all_claims(body)
        assert claim.claimant is not None and claim.claimant.entity_type == kind, body
        assert claim.status == "asserted", body


def test_it_after_an_organisation_opening_the_sentence_before_is_that_organisation() -> None:
    claims = all_claims("The health ministry said the strike killed 14 patients. The Israeli "
                        "military gave another version. In a statement, it said its jets had "
                        "struck a Hamas command centre.")
    jets = next(c for c in claims if "jets" in c.text)
    assert jets.claimant is not None and jets.claimant.party == "israel"


def test_the_statement_is_its_issuers() -> None:
    claims = all_claims("The Malian army said in a statement that it had repelled an attack near "
                        "Gao. The statement said more than 30 fighters were killed.")
    killed = next(c for c in claims if "30 fighters" in c.text)
    assert killed.claimant is not None and killed.claimant.name == "Malian army"


def test_we_outside_quotations_is_the_writers_and_he_takes_up_a_commander() -> None:
    claims = all_claims("Local traders said the market was empty. We found no sign of tents in "
                        "satellite images from May.")
    tents = next(c for c in claims if "tents" in c.text)
    assert tents.claimant is not None and tents.claimant.name == "the authors"
    claims = all_claims("“We will hold,” the commander said. “We have enough ammunition,” he "
                        "added.")
    assert [c.claimant.name if c.claimant else None for c in claims] == ["commander"] * 2


@pytest.mark.parametrize(("sentence", "mention", "party"), [
    ("Russia's regional governor, Vyacheslav Gladkov, said two people were killed.",
     "Vyacheslav Gladkov", "russia"),
    ("Oleh Syniehubov, the regional governor, said two people were killed.",
     "Oleh Syniehubov, the regional governor", None),
])
def test_a_mention_ends_before_the_comma_that_closes_it(
        sentence: str, mention: str, party: str | None) -> None:
    (claim,) = all_claims(sentence)
    assert claim.claimant is not None and claim.claimant.span is not None
    assert (claim.claimant.span.text, claim.claimant.party) == (mention, party)


def test_one_of_them_is_a_member_of_the_anonymous_group_before() -> None:
    claims = all_claims("Two industry sources said the tanker was hit by a drone. One of them "
                        "said the crew had been evacuated.")
    crew = claim_with(claims, "evacuated")
    assert crew.claimant is not None and crew.claimant.name == "Two industry sources"
    assert "anonymous_source" in {r.code for r in crew.reasons}


def test_a_counted_field_of_sources_is_anonymous_and_so_is_the_sources_after() -> None:
    claims = all_claims("Premiums rose to 1%, according to three marine insurance sources. The "
                        "sources said insurers were pulling out.")
    for claim in claims:
        codes = {r.code for r in claim.reasons}
        assert "anonymous_source" in codes and "unattributed" not in codes


def test_a_named_bodys_experts_are_no_weasel_words() -> None:
    (claim,) = all_claims("U.N. experts said Rwanda had deployed 4,000 troops in Congo.")
    assert "unattributed" not in {r.code for r in claim.reasons}


@pytest.mark.parametrize(("sentence", "name", "kind"), [
    ("Clara Dunmore, head of marine at London broker Halcyon Risk, said premiums had tripled.",
     "Clara Dunmore", "official"),
    ("Ian Brodsky, a researcher at the Kyiv School of Economics, said exports fell 20%.",
     "Ian Brodsky", "expert"),
    ("Maria Lopez, 34, said her house was hit.", "Maria Lopez", "person"),
    ("Sudan Doctors Network, a medical group, said 40 people were killed.",
     "Sudan Doctors Network", "organisation"),
])
def test_a_name_and_its_apposition_give_the_name_and_the_kind(
        sentence: str, name: str, kind: str) -> None:
    # The apposition stays in the mention (the span a reader sees), not in the name.
    (claim,) = all_claims(sentence)
    assert claim.claimant is not None and (claim.claimant.name, claim.claimant.entity_type) == (
        name, kind)
    assert claim.claimant.span is not None and "," in claim.claimant.span.text


def test_a_surname_later_is_the_person_named_with_an_apposition() -> None:
    claims = all_claims("Clara Dunmore, head of marine at Halcyon Risk, said premiums had "
                        "tripled. Dunmore said insurers were nervous.")
    assert [c.claimant.name if c.claimant else None for c in claims] == ["Clara Dunmore"] * 2


def test_images_a_body_published_show_what_the_body_shows() -> None:
    claims = all_claims("JNIM said it had seized the base. The group published photographs "
                        "showing armed men standing over bodies.")
    shown = claim_with(claims, "armed men")
    assert shown.claimant is not None and shown.claimant.name == "JNIM"
    assert shown.claimant.span is not None and shown.claimant.span.text == "photographs"


@pytest.mark.parametrize("headline", [
    "Ukrainian drones hit Russian refinery in Saratov, source says",
    "Russia moves air defences to Crimea, sources say",
])
def test_a_headlines_bare_source_is_anonymous(headline: str) -> None:
    (claim,) = all_claims(headline)
    assert "anonymous_source" in {r.code for r in claim.reasons}


@pytest.mark.parametrize(("text", "kind"), [
    ("NetBlocks said connectivity fell to 20% of normal levels.", "organisation"),
    ("Flightradar24 said 30 flights were diverted.", "organisation"),
    ("DeepState said Russian forces advanced near Pokrovsk.", "organisation"),
    ("McCain said 20 soldiers were killed.", "person"),
    ("DeSantis said 20 soldiers were killed.", "person"),
])
def test_a_capital_or_digit_inside_one_word_names_a_brand_not_a_surname(
        text: str, kind: str) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is not None and claim.claimant.entity_type == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("Maxar said its satellite images showed 40 destroyed vehicles.", "organisation"),
    ("Airwars said in a statement that its researchers had documented 20 deaths.",
     "organisation"),
    ("Ambrey said his crew saw 20 drones.", "person"),
    ("Smith said the army and its allies lost 20 soldiers.", "person"),
])
def test_a_one_word_name_speaking_of_its_own_is_an_organisation(text: str, kind: str) -> None:
    claim = all_claims(text)[0]
    assert claim.claimant is not None and claim.claimant.entity_type == kind


@pytest.mark.parametrize("text", [
    "The talks had stalled, three sources said.",
    "The airstrip has been used to fly weapons to the RSF, according to three people with "
    "direct knowledge of the operation.",
    "According to informed sources in the emergency services, a fire broke out at a fuel depot.",
])
def test_sources_counted_or_described_but_not_named_are_anonymous(text: str) -> None:
    (claim,) = all_claims(text)
    assert claim.claimant is not None and claim.claimant.entity_type == "anonymous"
    assert "anonymous_source" in {r.code for r in claim.reasons}


@pytest.mark.parametrize("text", [
    "The army said 30 rebels were killed. The rebels said they had lost only two fighters.",
    "The army said rebels had shelled the market. The militants denied shelling the market.",
    "The army said it had retaken the town. The militia said its fighters still held the town.",
])
def test_an_armed_group_is_never_the_state_force_heard_before(text: str) -> None:
    claims = all_claims(text)
    assert claims[0].claimant is not None and claims[0].claimant.name == "army"
    assert claims[-1].claimant is not None and claims[-1].claimant.name != "army"


@pytest.mark.parametrize(("text", "name"), [
    ("A police officer said 60 flights had arrived. The contractor said the cargo included "
     "drones. He said he had seen crates of ammunition.", "contractor"),
    ("Officials claimed the school was shelled. The UN coordinator condemned the attack. "
     "\"Strikes on homes must stop,\" she wrote on X.", "UN coordinator"),
])
def test_he_or_she_takes_the_nearest_single_person_never_a_group(text: str, name: str) -> None:
    claim = all_claims(text)[-1]
    assert claim.claimant is not None and claim.claimant.name == name


@pytest.mark.parametrize(("text", "mention"), [
    ("New Delhi in turn accused Islamabad of shelling villages.", "New Delhi"),
    ("The army, for its part, said 12 rebels were killed.", "The army"),
    ("Azerbaijan, however, said its forces had destroyed two Armenian posts.", "Azerbaijan"),
    ("Kyiv, meanwhile, said 40 drones were downed.", "Kyiv"),
])
def test_discourse_adverbs_are_no_part_of_the_source(text: str, mention: str) -> None:
    claim = all_claims(text)[0]
    assert claim.claimant is not None and claim.claimant.span.text == mention


@pytest.mark.parametrize("text", [
    "The clip uses an AI-generated voice to make President Maia Sandu appear to say that all "
    "men must report for duty.",
    "A fabricated video appearing to show the president announcing a mobilisation was viewed "
    "2 million times.",
])
def test_words_a_fake_puts_in_someones_mouth_are_not_theirs(text: str) -> None:
    for claim in all_claims(text):
        assert claim.claimant is None or claim.claimant.name not in (
            "Maia Sandu", "President Maia Sandu", "president"), claim.claimant


def test_making_someone_say_something_is_no_fake() -> None:
    (claim,) = all_claims("The strikes made Zelensky say that Ukraine needs more air defence.")
    assert claim.claimant is not None and claim.claimant.name == "Volodymyr Zelensky"


def test_i_outside_a_quotation_is_the_writer() -> None:
    claims = all_claims("Civilian deaths have fallen, according to local health officials. "
                        "Still, I believe the mediators deserve more credit.")
    assert claims[-1].claimant is not None and claims[-1].claimant.name == "the authors"


def test_the_ministry_is_the_one_that_just_gave_its_account() -> None:
    claims = all_claims("Armenia's Defence Ministry said Azerbaijani units opened fire. "
                        "Azerbaijan's Defence Ministry gave a different account. \"Our units "
                        "suppressed the enemy firing points,\" the ministry said.")
    assert claims[-1].claimant is not None
    assert claims[-1].claimant.name == "Azerbaijani Defence Ministry"


def test_the_group_after_an_armed_group_named_army_is_that_group() -> None:
    claims = all_claims("The Arakan Army said it captured the town. The group said 40 soldiers "
                        "surrendered.")
    assert claims[-1].claimant is not None and claims[-1].claimant.name == "Arakan Army"


def test_she_never_takes_up_a_group_with_an_es_plural() -> None:
    # "witnesses" (witness + es) was not seen as plural, so "She" became the witnesses.
    claims = all_claims("Maria Kessler said witnesses would describe the attack. She said the "
                        "bodies were buried in two mass graves.")
    graves = claim_with(claims, "mass graves")
    assert graves.claimant is not None and graves.claimant.name == "Maria Kessler"


def test_it_takes_up_a_think_tank() -> None:
    # A think tank is typed an expert, a person type, so "it" had skipped it for the
    # satellite imagery before.
    claims = all_claims("Satellite imagery shows that Russia has moved 300 vehicles. The think "
                        "tank said the build-up is intended to support an offensive, though it "
                        "said Russia might be seeking to pin down reserves.")
    reserves = claim_with(claims, "pin down reserves")
    assert reserves.claimant is not None and reserves.claimant.name == "think tank"


def test_another_after_anonymous_sources_is_one_of_them() -> None:
    # "Another said" had been a named, asserted source.
    claims = all_claims("Three people familiar with the matter said Berlin had delivered two "
                        "systems. One of the people said Berlin was considering a third. Another "
                        "said the government was wary of publicising the deliveries.")
    wary = claim_with(claims, "wary")
    assert wary.claimant is not None and wary.claimant.entity_type == "anonymous"
    assert "anonymous_source" in {r.code for r in wary.reasons}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # A company or a fleet named without an organisation word had been typed a person,
        # which "it" never takes up.
        ("Columbia Shipmanagement said it had lost contact with the vessel. It said the crew "
         "were mostly Indian nationals.", "Columbia Shipmanagement"),
        ("The Fifth Fleet said the ship was seized. In a statement, it said the tanker had "
         "been boarded.", "Fifth Fleet"),
    ],
)
def test_it_takes_up_a_company_or_a_fleet(body: str, name: str) -> None:
    last = all_claims(body)[-1]
    assert last.claimant is not None and last.claimant.name == name


@pytest.mark.parametrize(
    "mention",
    ["A resident, who declined to give his name,",
     "A spokesman for the group, who gave his name only as Ko Thiha,",
     "A nurse, who asked that her name not be used,"],
)
def test_more_ways_of_withholding_a_name_are_anonymous(mention: str) -> None:
    assert is_anonymous(mention)


def test_she_takes_up_one_woman_reached_by_phone() -> None:
    # ", reached by phone," had stayed in the speaker's name, which then ended in "phone",
    # no person: "She" went back to the UN spokesperson.
    claims = all_claims("A UN spokesperson said airstrikes had tripled. One woman, reached by "
                        "phone, said she had lost her husband. She said the village had been "
                        "bombed twice.")
    bombed = claim_with(claims, "bombed twice")
    assert bombed.claimant is not None and bombed.claimant.name == "One woman"


def test_a_dated_apposition_is_no_part_of_the_name() -> None:
    assert clean_name("An analysis by the group Bellingcat, published on Tuesday,") == (
        "analysis by the group Bellingcat")


def test_save_the_children_is_one_name() -> None:
    (claim,) = all_claims("Save the Children said 12 children were killed.")
    assert claim.claimant is not None and claim.claimant.name == "Save the Children"


def test_the_statement_is_of_the_body_that_posted_since() -> None:
    claims = all_claims('"The vessel is proceeding," the company said in a statement. U.S. Central '
                        "Command said in a post on X that the Houthis fired two missiles. "
                        '"These reckless attacks endanger mariners," the statement said.')
    assert claims[-1].claimant is not None
    assert claims[-1].claimant.name == "U.S. Central Command"


def test_an_acronym_defined_in_brackets_is_no_known_alias() -> None:
    claims = all_claims("A ransom note was a decoy, according to Estonia's Information System "
                        "Authority (RIA), which said no ransom had been paid.")
    assert all(c.claimant is not None and c.claimant.party is None for c in claims)


def test_the_company_is_the_one_named_not_one_described() -> None:
    # Before: "a Russian company" in a claim was taken for the name "the company" meant.
    text = ("Among the end users was a Russian company that makes missiles, the FT said. "
            "Dubai-based Sigma Trade FZE denied any wrongdoing. The company said it complied.")
    resolver = SourceResolver(text)
    resolver.resolve((text.index("the FT"), text.index("the FT") + 6))
    start = text.index("Dubai")
    resolver.resolve((start, start + len("Dubai-based Sigma Trade FZE")))
    at = text.index("The company")
    assert resolver.resolve((at, at + len("The company"))).name == "Dubai-based Sigma Trade FZE"


def test_a_party_named_with_its_acronym_and_a_description_is_that_party() -> None:
    text = "The Inter-Services Public Relations (ISPR), the military's media wing, said so."
    info = SourceResolver(text).resolve((0, text.index(", said")))
    assert (info.name, info.entity_type) == ("Pakistan Armed Forces", "military")  # was media
    text = "Jay Tarriela, the coast guard spokesman, said so."
    assert SourceResolver(text).resolve((0, text.index(", said"))).name == "Jay Tarriela"


def test_the_company_is_no_body_named_only_by_another_common_noun() -> None:
    # Before: "The company said" after "The union said" was the union.
    text = "The union said 10,000 workers struck. The company said only 2,000 walked out."
    resolver = SourceResolver(text)
    resolver.resolve((0, 9))
    at = text.index("The company")
    assert resolver.resolve((at, at + len("The company"))).name == "company"


def test_the_body_a_spokesperson_spoke_for_is_that_body_when_named_again() -> None:
    # Before: "According to the agency" and then "It said" were the spokesperson, then the
    # campaign group heard before.
    claims = all_claims(
        "The group, Parents for Vaccine Transparency, said its analysis showed harm. \"Our "
        "review found no increased risk,\" a spokesperson for the agency said. According to "
        "the agency, about 4.3 million doses have been given. It said 310 reports were received.")
    assert [c.claimant.name for c in claims[2:] if c.claimant] == ["agency", "agency"]


def test_a_bare_name_described_elsewhere_as_a_firm_is_no_person() -> None:
    text = ("The Danish shipping company Maersk operates the vessel. Maersk said the vessel was "
            "struck by a missile. Navalny said he was poisoned in August 2020.")
    kinds = [(c.claimant.name, c.claimant.entity_type) for c in all_claims(text) if c.claimant]
    assert kinds == [("Maersk", "organisation"), ("Navalny", "person")]
    later = all_claims("Ambrey, a British maritime security firm, said the ship was hit. Ambrey "
                       "added that two drones had struck the hull near the waterline.")
    assert [c.claimant and c.claimant.entity_type for c in later] == ["organisation"] * 2


def test_it_after_a_possessive_command_giving_another_account_is_that_command() -> None:
    text = ("The Houthis said they had hit the tanker with two missiles. The US military's "
            "Central Command (CENTCOM) gave a different account. In a post on X, it said the "
            "tanker had been struck by a single drone boat.")
    claim = claim_with(all_claims(text), "single drone boat")
    # (CENTCOM is a party since review 58, on the U.S. side: "it" is the command, not the
    # Houthis whose claim came before)
    assert claim.claimant is not None and claim.claimant.party == "united_states"
    assert "Central Command" in claim.claimant.name


def test_the_group_after_a_described_research_group_is_that_group() -> None:
    text = ("Colonel Arvid Sten, a spokesman for the Ukrainian general staff, denied the "
            "report. Lumen, an open-source research group, found that the photographs were "
            "first published in 2019. \"We found no evidence that a school was hit on that "
            "date,\" the group said in its report.")
    claims = all_claims(text)
    quoted = claim_with(claims, "We found no evidence")
    assert quoted.claimant is not None and quoted.claimant.name == "Lumen"
    assert claim_with(claims, "first published").status == "asserted"


@pytest.mark.parametrize(
    ("mention", "kind"),
    [("Lumen, an open-source research group", "organisation"),
     ("Deep State, a Ukrainian monitoring project", "organisation"),
     ("Smith, a spokesman for the ministry", "official"),
     ("Ian Brodsky, a researcher at the Kyiv School of Economics", "expert")],
)
def test_a_description_is_typed_by_its_head_noun(mention: str, kind: str) -> None:
    assert classify(mention) == kind


def test_who_after_a_name_and_an_age_is_the_named_person() -> None:
    text = ('"There was no warning," said Samira Hassouna, 39, who said she had lost her '
            "husband and two of her children.")
    claim = claim_with(all_claims(text), "lost her husband")
    assert claim.claimant is not None and claim.claimant.name == "Samira Hassouna"
    assert claim.status == "asserted"


def test_who_without_a_comma_takes_up_the_head_noun_and_its_anonymity() -> None:
    text = ("The ministry quoted acting Kursk governor Pavel Lebedinsky as saying the enemy group "
            "was destroyed. RIA Novosti carried a different version, citing a source in the "
            "security services who said 28 attackers had been killed.")
    claim = next(c for c in all_claims(text) if c.text.startswith("28 attackers"))
    assert claim.claimant is not None and claim.claimant.entity_type == "anonymous"
    assert claim.claimant.name == "source in the security services"
    assert "anonymous_source" in {r.code for r in claim.reasons}


def test_a_publisher_with_an_adverb_and_a_long_description_of_what_it_released() -> None:
    text = ("The Defence Ministry later released a 42-second video on its Telegram channel that "
            "it said showed the aftermath of the fighting.")
    claim = claim_with(all_claims(text), "aftermath")
    assert claim.claimant is not None and claim.claimant.name == "Defence Ministry"


def test_an_army_spokesman_in_apposition_speaks_for_the_army_just_heard() -> None:
    text = ("Sudan's army said it had repelled the RSF attack. An army spokesman, Brigadier "
            'General Nabil Abdallah, said the army was "in full control" of the road.')
    claim = claim_with(all_claims(text), "full control")
    assert claim.claimant is not None and claim.claimant.party == "sudan_saf"
    assert claim.claimant.self_interested


def test_we_in_a_transcript_turn_is_whoever_holds_the_turn() -> None:
    text = ("MAJ. GEN. PATRICK RYDER: U.S. forces conducted strikes on six Houthi launch sites in "
            "Yemen. We assess that all six were destroyed.\n\nQ: Has Iran provided targeting "
            "intelligence to the Houthis?\n\nGEN. RYDER: We know that Iran has provided the "
            "Houthis with the weapons to carry out these attacks.")
    claims = all_claims(text)
    names = [c.claimant.name if c.claimant else None for c in claims]
    assert names[1] == "MAJ. GEN. PATRICK RYDER" and "all six" in claims[1].text
    assert names[-1] == "GEN. RYDER" and "Iran has provided" in claims[-1].text
    column = all_claims("We found no sign of the tents the ministry described in its report.")
    assert column[0].claimant is not None and column[0].claimant.name == "the authors"


def test_a_bare_name_that_says_what_it_had_done_is_a_body() -> None:
    (claim,) = all_claims("Ukrenergo said it had cut power to industrial consumers.")
    assert claim.claimant is not None and claim.claimant.entity_type == "organisation"
    (person,) = all_claims("Navalny said it had been a setup by the security services.")
    assert person.claimant is not None and person.claimant.entity_type == "person"


def test_she_is_the_woman_just_named_not_the_man_heard_before() -> None:
    text = ('"They hit an ambulance on this road," said a drone operator who gave only his call '
            'sign, Shaman. Halyna, 71, declined to give her surname. "My daughter begs me to '
            'leave," she said, standing beside a window covered with plywood. "Three weeks ago '
            'a bomb fell on the school across the road."')
    claims = all_claims(text)
    bomb = claim_with(claims, "a bomb fell")
    assert bomb.claimant is not None and bomb.claimant.name == "Halyna"
    assert "daughter" in bomb.text  # one quotation run, hers


def test_mediators_between_two_sides_are_on_neither() -> None:
    (claim,) = all_claims("Egypt and Qatar, which have been mediating between Israel and Hamas, "
                          "said talks would resume in Cairo on Monday.")
    assert claim.claimant is not None and claim.claimant.party is None
    (serving,) = all_claims("A commander, who serves with the Russian army, said 20 tanks were "
                            "destroyed.")
    assert serving.claimant is not None and serving.claimant.party == "russia"


@pytest.mark.parametrize("mention", [
    "The Centers for Disease Control and Prevention", "the FDA", "the Federal Reserve",
    "the Bureau of Labor Statistics", "the Treasury", "the National Weather Service"])
def test_federal_agencies_are_government(mention: str) -> None:
    assert classify(mention).value == "government"


@pytest.mark.parametrize(("mention", "kind"), [
    ("White House press secretary Sarah Collins", "official"),
    ("the Kremlin press service", "government"),
    ("the Associated Press", "media"),
])
def test_a_press_secretary_is_no_media(mention: str, kind: str) -> None:
    assert classify(mention).value == kind


def test_she_after_a_press_secretary_is_the_press_secretary() -> None:
    claims = all_claims(
        "Former President Donald Trump said on Tuesday that the economy was failing. White House "
        "press secretary Sarah Collins said the claim was false. \"The system is broken,\" she "
        "told reporters.")
    claimant = claims[-1].claimant
    assert claimant is not None and claimant.name.endswith("Sarah Collins")


def test_the_agency_is_the_public_body_named_since_the_last_source() -> None:
    claims = all_claims(
        "Veridia said in a statement that it was cooperating fully with investigators. The "
        "Securities and Exchange Commission filed a parallel civil lawsuit on Friday. The agency "
        "said Veridia had overstated its annual revenue by about $45 million.")
    claimant = claim_with(claims, "overstated").claimant
    assert claimant is not None
    assert (claimant.name, claimant.entity_type) == ("Securities and Exchange Commission",
                                                     "government")


def test_a_us_party_tag_is_no_part_of_the_name_and_a_surname_is_the_person() -> None:
    claims = all_claims(
        "Rep. Jim Jordan, R-Ohio, said the FBI had targeted parents at school board meetings. "
        "Jordan said the bureau had opened 25 investigations. Sen. Elizabeth Warren (D-Mass.) "
        "said the bank had paid its CEO $39 million.")
    assert [(c.claimant.name, c.claimant.entity_type) for c in claims if c.claimant] == [
        ("Rep. Jim Jordan", "official"), ("Rep. Jim Jordan", "official"),
        ("Sen. Elizabeth Warren", "official")]


def test_economists_surveyed_by_an_outlet_are_experts() -> None:
    assert classify("Economists surveyed by Bloomberg").value == "expert"
    assert classify("Analysts polled by Reuters").value == "expert"


def test_the_rebels_are_not_the_medical_group_heard_last() -> None:
    claims = all_claims("The medical group blamed the rebels for the attack. The rebels rejected "
                        "the accusation, saying their forces were not in the area.")
    denial = claim_with(claims, "not in the area")
    assert denial.claimant is not None and denial.claimant.name == "rebels"


@pytest.mark.parametrize("pronoun", ["It", "The group"])
def test_a_body_with_a_two_word_name_is_described_before_it_and_taken_up_again(
        pronoun: str) -> None:
    claims = all_claims("Opposition leaders said the election had been stolen. A local "
                        "monitoring group, My Vote, said its observers had seen carousel voting "
                        f"in 12 districts. {pronoun} estimated that between 40,000 and 60,000 "
                        "votes were affected.")
    for words in ("carousel voting", "40,000"):
        claimant = claim_with(claims, words).claimant
        assert claimant is not None and claimant.name == "My Vote", words
        assert claimant.entity_type == EntityType.ORGANISATION


def test_a_body_named_again_by_its_words_keeps_its_side() -> None:
    claims = all_claims("Azerbaijan's Defence Ministry said units of the Armenian army had fired "
                        "on its positions. The Ministry of Defence warned that all responsibility "
                        "for the tension lies with the leadership of Armenia.")
    claimant = claim_with(claims, "all responsibility").claimant
    assert claimant is not None and claimant.party is not None
    assert claimant.party == "azerbaijan"


def test_one_part_of_a_coordinated_source_taken_up_is_that_part() -> None:
    claims = all_claims("A hacking group breached three providers, according to cybersecurity "
                        "researchers and people familiar with the investigation. The researchers "
                        "cautioned that some of the tools were shared among several groups.")
    claimant = claim_with(claims, "tools were shared").claimant
    assert claimant is not None and claimant.name == "cybersecurity researchers"
    assert claimant.entity_type == EntityType.EXPERT


def test_a_named_spokesman_for_a_group_is_no_organisation() -> None:
    (claim,) = all_claims("A spokesman for the aid group, Jens Laerke, said the convoy was hit.")
    assert claim.claimant is not None and claim.claimant.entity_type != EntityType.ORGANISATION


def test_a_body_with_and_in_its_name_taken_up_is_the_whole_body() -> None:
    claims = all_claims("The Department of Health and Human Services said 30 people fell ill. "
                        "The department said the outbreak was contained.")
    names = [c.claimant.name for c in claims if c.claimant]
    assert names == ["Department of Health and Human Services"] * 2


@pytest.mark.parametrize("text", [
    "Yahya Saree said the group had hit a US destroyer with two missiles. He added that 20 "
    "American sailors had been killed.",
    "Dmitry Peskov said Russian forces had captured the town of Kupiansk. He added that 200 "
    "Ukrainian soldiers had surrendered there.",
])
def test_he_takes_up_a_sides_spokesman_named_as_the_side(text: str) -> None:
    # Before: "He" stayed a person of no side, and the enemy losses were asserted
    first, second = all_claims(text)
    assert second.claimant is not None and first.claimant is not None
    assert second.claimant.name == first.claimant.name and second.claimant.self_interested


def test_it_in_the_same_sentence_is_the_name_that_spoke_in_it() -> None:
    # Before: "it" skipped "Dubai Airports" (a name typed person) for the meteorology centre
    claims = all_claims("The National Center of Meteorology said the country recorded 254 "
                        "millimetres of rain. Dubai Airports said on Wednesday that it had "
                        "cancelled 1,244 flights, but it said the airport had not been closed.")
    closed = claim_with(claims, "not been closed")
    assert closed.claimant is not None and closed.claimant.name == "Dubai Airports"


def test_an_age_after_a_titled_name_is_no_part_of_it() -> None:
    # Before: "Plant director Oleksandr Kravets, 58"
    (claim,) = all_claims("Plant director Oleksandr Kravets, 58, told reporters that around 120 "
                          "workers had been on the morning shift.")
    assert claim.claimant is not None
    assert claim.claimant.name == "Plant director Oleksandr Kravets"


def test_it_after_a_person_in_the_same_sentence_is_not_that_person() -> None:
    # Review: "Smith said …, but it said" gave "it" to Smith
    claims = all_claims("Smith said the company had cut 200 jobs, but it said it would hire "
                        "again next year.")
    assert [c.claimant.name if c.claimant else None for c in claims][-1] != "Smith"


def test_a_follow_up_naming_an_unnamed_source_s_description_stays_anonymous() -> None:
    body = ("A third official, a Western diplomat briefed on the talks, said the hostages "
            "included three French nationals. The diplomat cautioned that previous rounds had "
            "collapsed at the last moment.")
    claim = claim_with(all_claims(body), "previous rounds")
    assert claim.claimant is not None and claim.claimant.entity_type == "anonymous"
    assert "anonymous_source" in {r.code for r in claim.reasons}


def test_according_to_a_rights_group_citing_witnesses_then_the_group() -> None:
    body = ("According to the Emergency Lawyers, a rights group that monitors abuses, citing "
            "witnesses in the town, RSF fighters detained dozens of men. The group said the toll "
            "was likely to rise.")
    claims = all_claims(body)
    detained = claim_with(claims, "detained")
    assert detained.text == "RSF fighters detained dozens of men"
    assert detained.claimant is not None and detained.claimant.name == "witnesses in the town"
    assert [r.name for r in detained.claimant.via] == ["Emergency Lawyers"]
    toll = claim_with(claims, "likely to rise")
    assert toll.claimant is not None and toll.claimant.name == "Emergency Lawyers"


def test_a_ministry_of_another_portfolio_is_not_the_one_heard_before() -> None:
    body = ("China's foreign ministry said it was not aware of any shipments. Iran's state news "
            "agency IRNA, citing the defence ministry, said a missile had been test-fired.")
    resolver = SourceResolver(body)
    resolver.resolve((0, 24))
    start = body.index("the defence ministry")
    other = resolver.resolve((start, start + len("the defence ministry")))
    assert other.party is None and "Foreign" not in other.name
    again = "Russia's Defence Ministry said so. The defense ministry said more."
    resolver = SourceResolver(again)
    first = resolver.resolve((0, 25))
    start = again.index("The defense ministry")
    assert resolver.resolve((start, start + 20)).name == first.name  # a spelling, no portfolio


@pytest.mark.parametrize(("text", "who"), [
    ("A ransomware group calling itself BlackVault said it had stolen data from Nordhaven "
     "Logistics. The company denied that any customer data had been stolen.",
     "Nordhaven Logistics"),
    ("A ransomware group calling itself BlackVault claimed the attack on Nordhaven Logistics. "
     "The company said it had notified the Dutch data protection authority.",
     "Nordhaven Logistics"),
    # the firm heard last stays the company, whatever firm it names since
    ("Velora Inc said hackers had breached Nordhaven Logistics. The company said it had "
     "notified the Dutch data protection authority.", "Velora Inc"),
])
def test_the_company_is_a_firm_not_the_group_heard_last(text: str, who: str) -> None:
    claim = all_claims(text)[-1]
    assert claim.claimant is not None and claim.claimant.name == who


def test_the_health_ministry_in_an_interview_is_not_the_defence_ministry_named_before() -> None:
    claims = all_claims("Q: The Russian Defence Ministry says its strikes only target military "
                        "facilities.\n\nKovalenko: I see children with shrapnel wounds.\n\nQ: The "
                        "health ministry says supplies are adequate nationwide.")
    supplies = claim_with(claims, "supplies are adequate")
    assert supplies.claimant is not None and supplies.claimant.party is None
    assert "Defen" not in supplies.claimant.name


@pytest.mark.parametrize(("text", "words", "side"), [
    ("Ukraine's General Staff reported 187 combat engagements. The General Staff said "
     "Ukrainian forces had destroyed 1,210 Russian personnel.", "1,210", "ukraine"),
    ("China's coast guard said the Philippine vessel had rammed its ship. The coast guard "
     "released a video that it said showed the collision.", "the collision", "china"),
])
def test_a_staff_or_guard_named_again_keeps_its_side(text: str, words: str, side: str) -> None:
    claim = claim_with(all_claims(text), words)
    assert claim.claimant is not None and claim.claimant.party == side


def test_the_agency_is_the_agency_named_since_even_after_another_agency_spoke() -> None:
    # Before: "The agency" was Ukraine's military intelligence agency, and "attribute blame"
    # was a report by "attribute"
    claims = all_claims("Ukraine's military intelligence agency denied any involvement. The IAEA "
                        "did not attribute blame for the attack. The agency said its experts had "
                        "not been able to confirm the number of injured.")
    experts = next(c for c in claims if c.text.startswith("its experts"))
    assert experts.claimant is not None and experts.claimant.name == "IAEA"
    assert experts.claimant.party is None
    assert all(c.claimant is None or c.claimant.name != "attribute" for c in claims)


def test_it_is_not_what_the_body_said_it_owns() -> None:
    # Before: "It said" was "its parallel vote tabulation", the thing ISFED said put the share
    claims = all_claims("A monitoring group, ISFED, said its parallel vote tabulation put the "
                        "ruling party's share at 52%. It said it had received reports of busing "
                        "from 23 districts.")
    busing = next(c for c in claims if c.text.startswith("it had received"))
    assert busing.claimant is not None and busing.claimant.name == "ISFED"
