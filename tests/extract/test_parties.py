"""Parties registry: packaged data, user files, matching of mentions to sides."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from pipeline.extract.parties import (
    DEFAULT_PARTIES_PATH,
    PartiesFileError,
    default_parties,
    load_parties,
)
from tests.extract.claims import all_claims


@pytest.mark.parametrize(
    ("mention", "name", "side"),
    [
        ("the Russian Defense Ministry", "Russian Defense Ministry", "russia"),
        ("Russia’s Defence Ministry", "Russian Defense Ministry", "russia"),
        ("RIA Novosti", "RIA Novosti", "russia"),
        ("The Donetsk People’s Republic (DPR)", "Donetsk People's Republic", "russia"),
        ("the General Staff of the Armed Forces of Ukraine", "Ukrainian General Staff",
         "ukraine"),
        ("the IDF", "Israel Defense Forces", "israel"),
        ("the Hamas-run health ministry", "Gaza Health Ministry", "hamas"),
        # the armed forces are not the coast guard, which speaks for itself
        ("The Armed Forces of the Philippines", "Armed Forces of the Philippines",
         "philippines"),
        ("the Philippine Coast Guard", "Philippine Coast Guard", "philippines"),
    ],
)
def test_named_parties(mention: str, name: str, side: str) -> None:
    party = default_parties().match(mention)
    assert party is not None and (party.name, party.side) == (name, side)


def test_demonym_with_an_official_head_is_a_party_voice() -> None:
    party = default_parties().match("a Russian military spokesperson")
    assert party is not None and party.side == "russia"
    assert default_parties().match("Ukrainian military sources") is not None


@pytest.mark.parametrize(
    "mention",
    ["a Ukrainian defense expert", "a military analyst based in Kyiv", "Reuters", "the RT-PCR test",
     "the ria of the valley", "Ajai Shukla, a defence analyst and former Indian army colonel"],
)
def test_not_parties(mention: str) -> None:
    assert default_parties().match(mention) is None


@pytest.mark.parametrize(("mention", "side"), [
    ("Moscow", "russia"), ("Russia", "russia"), ("Kyiv", "ukraine"), ("the Russian Federation",
                                                                       "russia"),
])
def test_a_place_name_alone_stands_for_its_side(mention: str, side: str) -> None:
    party = default_parties().match(mention)
    assert party is not None and party.side == side and party.entity_type.value == "government"


@pytest.mark.parametrize("mention", ["an analyst in Moscow", "experts on Russia",
                                     "a Kyiv resident"])
def test_a_place_name_inside_a_longer_mention_is_no_party(mention: str) -> None:
    assert default_parties().match(mention) is None


def test_adversaries_and_sides_in_text() -> None:
    reg = default_parties()
    assert reg.are_adversaries("russia", "ukraine") and not reg.are_adversaries("russia", "iran")
    assert reg.side_in("Ukrainian forces had shot down 37 drones") == "ukraine"
    assert reg.side_in("Special units captured a tank") is None


def test_user_file_extends_the_registry(tmp_path: Path) -> None:
    data = orjson.loads(DEFAULT_PARTIES_PATH.read_bytes())
    data["sides"]["ruritania"] = {"label": "Ruritanian side", "adversaries": ["russia"],
                                  "demonyms": ["Ruritanian"]}
    data["parties"].append({"name": "Ruritanian Army", "side": "ruritania",
                            "entity_type": "military", "aliases": ["Royal Guard"]})
    path = tmp_path / "parties.json"
    path.write_bytes(orjson.dumps(data))
    reg = load_parties(path)
    party = reg.match("the Royal Guard")
    assert party is not None and party.name == "Ruritanian Army" and party.side == "ruritania"
    assert reg.match("Ruritanian officials") is not None
    assert default_parties().match("the Royal Guard") is None


def test_wrong_format_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"parties": []}')
    with pytest.raises(ValueError, match="format"):
        load_parties(path)


@pytest.mark.parametrize(("content", "says"), [
    (b"[]", "not a claimwatch-parties/1 file (format='list')"),
    (b"{oops", "not JSON"),
    (b'{"format": "claimwatch-parties/1", "parties": [{"side": "x"}]}',
     'parties[0] needs a "name" and a "side"'),
    (b'{"format": "claimwatch-parties/1", "parties": '
     b'[{"name": "A", "side": "x", "entity_type": "wizard"}]}',
     "parties[0]: unknown entity_type 'wizard'"),
    (b'{"format": "claimwatch-parties/1", "sides": []}', '"sides" must map each side'),
    (b'{"format": "claimwatch-parties/1", "sides": {"x": {"metonyms": "Oz"}}}',
     "sides.x.metonyms must be a list"),
])
def test_a_bad_parties_file_is_named_with_the_reason(
    tmp_path: Path, content: bytes, says: str
) -> None:
    path = tmp_path / "parties.json"
    path.write_bytes(content)
    with pytest.raises(PartiesFileError) as caught:
        load_parties(path)
    assert str(caught.value).startswith(f"{path}: ") and says in str(caught.value)


def test_a_missing_parties_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(PartiesFileError, match="cannot read it"):
        load_parties(tmp_path / "absent.json")


@pytest.mark.parametrize(("mention", "side"), [
    ("Russia's regional governor", "russia"),
    ("Ukraine’s top general", "ukraine"),
    ("Kyiv's military spokesman", "ukraine"),
    ("a Ukrainian regional governor", "ukraine"),
])
def test_a_place_or_demonym_owning_an_office_is_its_side(mention: str, side: str) -> None:
    party = default_parties().match(mention)
    assert party is not None and party.side == side


@pytest.mark.parametrize("mention", ["Russia's oil exports", "Ukraine's farmers",
                                     "a Russian film director"])
def test_a_place_owning_no_office_is_no_party(mention: str) -> None:
    assert default_parties().match(mention) is None


@pytest.mark.parametrize(("mention", "side"), [
    ("Rwanda", "rwanda"), ("Kigali", "rwanda"), ("Congo's army spokesman", "drc"),
    ("the Africa Corps", "mali"), ("Al-Shabaab", "al_shabaab"), ("the Somali army", "somalia"),
    ("the state-run Global New Light of Myanmar", "myanmar_junta"), ("MRTV", "myanmar_junta"),
])
def test_the_packaged_file_knows_the_great_lakes_and_the_horn(mention: str, side: str) -> None:
    party = default_parties().match(mention)
    assert party is not None and party.side == side


def test_rwanda_denying_it_backs_m23_is_a_party_denial() -> None:
    reg = default_parties()
    assert reg.are_adversaries("rwanda", "drc") and reg.are_adversaries("somalia", "al_shabaab")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # A people in the plural is its side: "Ukrainians" had no side, so a ministry
        # reporting its own people's deaths was read as crediting itself with them.
        ("300 Ukrainians were killed", "ukraine"),
        ("40 Israelis", "israel"),
        ("more than 55,000 Palestinians", "hamas"),
    ],
)
def test_a_demonym_in_the_plural_names_its_side(text: str, side: str) -> None:
    assert default_parties().side_in(text) == side


def test_a_group_of_forces_is_a_formation_of_the_side_named() -> None:
    # Before: the head word was "group" (cut at "of"), which speaks for no side.
    party = default_parties().match("spokesman for Ukraine's Khortytsia group of forces")
    assert party is not None and party.side == "ukraine"
    assert default_parties().match("a Ukrainian group of activists") is None


@pytest.mark.parametrize(("mention", "side"), [
    ("Ukraine's human rights ombudsman, Dmytro Lubinets", "ukraine"),
    ("the Ukrainian ombudsman", "ukraine"),
    ("Russia's human rights commissioner Tatyana Moskalkova", "russia"),
])
def test_an_ombudsman_or_commissioner_speaks_for_the_side_named(mention: str, side: str) -> None:
    party = default_parties().match(mention)
    assert party is not None and party.side == side


@pytest.mark.parametrize("body", [
    "Yevgeny Balitsky, the Moscow-appointed governor, said Ukrainian forces had shelled a "
    "hospital.",
    "The Kremlin-installed governor, Yevgeny Balitsky, said Ukrainian forces had shelled a "
    "hospital.",
])
def test_an_official_appointed_by_moscow_is_on_russia_s_side(body: str) -> None:
    (claim,) = all_claims(body)
    assert claim.claimant is not None and claim.claimant.party == "russia"
    assert claim.claimant.self_interested


@pytest.mark.parametrize(("mention", "side"), [
    ("Sudan's army, which has been fighting the RSF since April 2023", "sudan_saf"),
    ("Mohammed Ali, who heads the RSF media office", "sudan_rsf"),  # the head names none
])
def test_the_head_of_a_mention_names_its_side_before_a_relative_clause(
        mention: str, side: str) -> None:
    party = default_parties().match(mention)
    assert party is not None and party.side == side


@pytest.mark.parametrize(("mention", "side"), [
    ("Israeli tallies", "israel"), ("Ukrainian estimates", "ukraine"),
])
def test_a_sides_own_tallies_speak_for_it(mention: str, side: str) -> None:
    party = default_parties().match(mention)
    assert party is not None and party.side == side


@pytest.mark.parametrize(("mention", "side"), [
    ("Ukraine's Kharkiv group", "ukraine"),  # a front's grouping of forces
    ("the Ministry of Health in Gaza", "hamas"),
    ("The pro-Russian channel Rybar", "russia"),  # a channel is a side's voice too
])
def test_a_named_grouping_of_forces_and_ochas_name_for_the_ministry_have_a_side(
        mention: str, side: str) -> None:
    party = default_parties().match(mention)
    assert party is not None and party.side == side
    assert default_parties().match("Ukraine's largest LGBT group") is None


@pytest.mark.parametrize(("speaker", "party"), [
    # Before: typed unknown, with no side
    ("The Russian-installed management of the plant", "russia"),
    ("The Russian management of the company", None),  # may run a firm
])
def test_an_installed_management_speaks_for_its_side(speaker: str, party: str | None) -> None:
    (claim,) = [c for c in all_claims(f"{speaker} said a Ukrainian drone had dropped an "
                                      "explosive device.") if c.claimant is not None]
    assert claim.claimant is not None and claim.claimant.entity_type == "organisation"
    assert claim.claimant.party == party


def test_a_sides_presidential_aide_speaks_for_it() -> None:
    # Before: no side, so blaming the enemy for shelling a hospital was not self-interested
    (claim,) = all_claims("Russia's presidential aide Yuri Ushakov said Ukrainian forces had "
                          "shelled a hospital.")
    assert claim.claimant is not None and claim.claimant.party == "russia"
    assert claim.claimant.self_interested


def test_the_blogger_with_a_relative_clause_is_the_blogger_named_before() -> None:
    # Before: "The blogger, who runs a Telegram channel," lost the Russian side
    claims = all_claims("A Russian military blogger claimed that Russian forces had encircled "
                        "Ukrainian troops near Novoselivka. The blogger, who runs a Telegram "
                        "channel, wrote that Russian units had captured the last supply road.")
    road = next(c for c in claims if c.text.endswith("supply road"))
    assert road.claimant is not None and road.claimant.party == "russia"
