"""The fixed-word attribution frames on their own: according to, evidential, colon."""

from __future__ import annotations

from pipeline.extract.attributed import Attribution
from pipeline.extract.attribution import find_attributions
from pipeline.extract.frames import according, evidential
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.segment import split_sentences
from pipeline.extract.tokens import tokenize
from tests.extract.claims import all_claims


def _texts(body: str, att: Attribution | None) -> tuple[str, str | None]:
    assert att is not None
    source = None if att.source is None else body[att.source[0] : att.source[1]]
    return body[att.content[0] : att.content[1]], source


def test_according_to_before_and_after_the_content() -> None:
    for body in ("According to the ministry, 37 drones were shot down.",
                 "37 drones were shot down, according to the ministry."):
        sentence = split_sentences(body)[0]
        tokens = tokenize(sentence.text, sentence.start)
        k = next(i for i, t in enumerate(tokens) if t.lower == "according")
        cue = (tokens[k].start, tokens[k + 1].end)
        made = according(body, sentence, tokens, k + 2, cue, QuoteIndex(body))
        assert _texts(body, made) == ("37 drones were shot down", "the ministry")


def test_a_trailing_according_to_covers_the_clause_after_a_semicolon() -> None:
    claims = all_claims("The ministry said 12 soldiers were killed in the attack; another 30 "
                        "were wounded, according to local officials.")
    assert [(c.text, c.claimant and c.claimant.name, c.claimant and len(c.claimant.via))
            for c in claims] == [("12 soldiers were killed in the attack", "ministry", 0),
                                 ("another 30 were wounded", "local officials", 0)]
    # a list closed by "and" is the source's as a whole
    body = "A was paid $1,000; B was paid $2,000; and C was paid $3,000, according to records."
    assert [c.text for c in all_claims(body)] == [body.split(", according")[0]]


def test_evidential_frames_have_the_sentence_as_content_and_no_source() -> None:
    cases = {
        "Trump is expected to deliver a victory speech later tonight.": "is expected to",
        "The president is not expected to run again.": "is not expected to",
        "Both objections seemed to carry little weight.": "seemed to",
        "It appears, though, that the game was not boring.": "It appears",
        "The Club for Growth is reportedly spending $1.5 million on ads.": "reportedly",
        "Rubio is widely seen as the best hope of the establishment.": "is widely seen as",
        "Cruz seemed lost.": "seemed",
        "Clinton appeared irritated by the question.": "appeared",
        "The offensive appears unlikely to succeed.": "appears",
    }
    for body, cue in cases.items():
        made = evidential(body, split_sentences(body)[0], QuoteIndex(body))
        assert made is not None, body
        assert body[made.cue[0] : made.cue[1]] == cue
        assert _texts(body, made) == (body.rstrip("."), None)
        assert made.kind == "evidential"


def test_evidential_needs_its_words_outside_quotations() -> None:
    for body in ("Clinton appeared on CNN on Sunday.", "The apparent winner is Smith.",
                 "He said, “It seems to me that we won.”", "Prices are expected."):
        assert evidential(body, split_sentences(body)[0], QuoteIndex(body)) is None, body


def test_evidential_only_where_no_one_is_named() -> None:
    body = ("The ministry said the bridge appears to be intact. "
            "The bridge appears to be intact. The port reportedly reopened.")
    atts = find_attributions(body, split_sentences(body), QuoteIndex(body))
    assert [(a.kind, body[a.cue[0] : a.cue[1]]) for a in atts] == [
        ("source_first", "said"), ("evidential", "appears to"), ("evidential", "reportedly")]


def test_a_persons_verb_after_a_nested_report_is_the_outer_speakers() -> None:
    claims = all_claims("A diplomat said preliminary information suggested the shooting was a "
                        "local incident, but cautioned that such incidents can spiral.")
    by_text = {c.text: c.claimant.span.text for c in claims if c.claimant is not None}
    assert by_text["such incidents can spiral"] == "A diplomat"
    assert by_text["preliminary information suggested the shooting was a local incident"] == (
        "A diplomat")


def test_according_to_without_a_comma_and_as_stated_by() -> None:
    (claim,) = all_claims("According to the Ministry of Health 31 civilians were killed in the "
                          "attack.")
    assert claim.text.startswith("31 civilians") and claim.claimant is not None
    assert claim.claimant.name == "Ministry of Health"
    claims = all_claims("Kursk is quiet now. As stated by the Minister of Defence, 35 tanks were "
                        "destroyed.")
    assert claims[0].claimant is None
    assert claims[1].text == "35 tanks were destroyed" and claims[1].claimant is not None


def test_according_to_the_law_is_a_manner() -> None:
    claims = all_claims("Israel's prison service denied the accusation, saying all prisoners had "
                        'been "treated according to the law."')
    assert all(c.claimant is not None and c.claimant.name == "Israel's prison service"
               for c in claims)


def test_a_post_below_wrote_colon_is_the_writers_whole_paragraph() -> None:
    (claim,) = all_claims("In a post, Israeli army spokesman Avichay Adraee wrote:\n\nResidents of "
                          "Aitaroun must evacuate immediately. Hezbollah stores rockets in 30 "
                          "homes in the village. Move north of the Awali river.")
    assert "30 homes" in claim.text and claim.claimant is not None
    assert claim.claimant.name.endswith("Avichay Adraee")


def test_a_translation_is_who_translated_not_who_says() -> None:
    # Before: "The group said in a statement" was a claim of the translation, and the
    # group's claim began with "according to a translation by …".
    claims = all_claims("Hamas said in a statement, according to a translation by the "
                        "Associated Press, that the Israeli army had shelled the hospital.")
    assert [(c.text, c.claimant.name if c.claimant else None) for c in claims] == [
        ("the Israeli army had shelled the hospital", "Hamas")]
    # the translator passed the words on: a relay, as an agency quoting a statement is
    assert claims[0].claimant is not None
    assert [v.name for v in claims[0].claimant.via] == ["Associated Press"]


def test_an_apposition_with_a_relative_clause_after_according_to_is_the_sources() -> None:
    (claim,) = all_claims(
        "According to the Assistance Association for Political Prisoners, a rights group that "
        "tracks killings by the military, more than 6,000 civilians have been killed since the "
        "2021 coup.")
    assert claim.text == "more than 6,000 civilians have been killed since the 2021 coup"


def test_what_is_said_in_a_relative_clause_ends_with_it() -> None:
    # Before: both contents ran on into the main clause ("…, pleaded not guilty on Tuesday")
    accused = all_claims(
        "Okafor, who is accused of stealing $4 million from the fund, pleaded not guilty.")
    assert [c.text for c in accused if c.attribution_cue] == [
        "who is accused of stealing $4 million from the fund"]
    said = all_claims("Okafor, who prosecutors say stole $4 million, pleaded not guilty.")
    assert [c.text for c in said if c.attribution_cue] == ["stole $4 million"]
