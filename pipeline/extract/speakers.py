"""Who speaks: the source phrase before a speech cue, or the subject of its clause.

Split from :mod:`pipeline.extract.speech`, which decides the pattern of each cue.
"""

from __future__ import annotations

from pipeline.extract.appositions import leading_name, name_run, source_with_apposition
from pipeline.extract.attributed import Offsets
from pipeline.extract.citing import quoted_aside, source_before_citing
from pipeline.extract.entity_types import is_anonymous
from pipeline.extract.lexicon import (
    CLAUSE_OPENERS,
    DEGREE_WORDS,
    FAMILIAR_WORDS,
    INQUIRY_NOUNS,
    MAKER_PARTICIPLE,
    PERSON_NOUNS,
    PUBLISHED_VERBS,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
    SUBJECT_PRONOUNS,
)
from pipeline.extract.occasions import before_time, occasion_only
from pipeline.extract.reporter_contacts import met_or_passing_on
from pipeline.extract.subjects_before import IMAGE_WORDS
from pipeline.extract.tokens import (
    Token,
    is_capital_adverb,
    is_quote,
    np_end_after,
    np_start_before,
    skip_prefix,
)

__all__ = ["clause_subject", "demonstrative_subject", "opening_adverbial",
           "source_before", "token_span"]

_CONJUNCTIONS = frozenset({"and", "but", "so", "then", "yet"})
_RESPONDENT_WORDS = frozenset({"surveyed", "polled", "questioned", "interviewed", "sampled"})


#: Prepositions that tie a second noun phrase to the first inside one description.
_LINK_PREPOSITIONS = frozenset({"for", "of", "in", "at", "about", "behind"})


def clause_subject(tokens: list[Token], k: int) -> Offsets | None:
    """The sentence's subject, for a participle with no attribution before it."""
    adverbial = start = opening_adverbial(tokens)
    if start + 2 < k and tokens[start + 1].text == ":" and tokens[start].text[0].isupper():
        start += 2  # a label: "Update: PTV revised its report and now says …"
    while start < k and tokens[start].lower in _CONJUNCTIONS:
        start += 1  # "And then Trump went on the attack, saying …"
    comma = next((i for i in range(start, min(k, start + 15)) if tokens[i].text == ","), None)
    if not adverbial and start < k and tokens[start].lower in CLAUSE_OPENERS:
        # "(But) after the vote, Trump …": the subject follows the opening phrase's comma
        return _subject_from(tokens, comma + 1, k) if comma is not None else None
    if not adverbial and comma is not None and (tokens[start].lower in _PHRASE_OPENERS or (
            comma - start < 6 and tokens[comma - 1].lower in _LATER) or (comma - start > 1 and (
            tokens[start].lower.endswith("ing") and tokens[start + 1].text[0].islower()))):
        # "Ahead of the primary, Clinton …", "But a few days later, Trump …", "Entering the
        # debate, Rubio …"; the comma that closes a list ("Amid protests in Paris, Lyon and
        # Marseille, Macron …"); if no subject follows any comma, the opening phrase is kept
        for at in (i for i in range(comma, min(k, start + 20)) if tokens[i].text == ","):
            found = _subject_from(tokens, at + 1, k)
            end = next((i for i in range(at + 1, k) if tokens[i].end == found[1]), k) if (
                found is not None) else k
            if found is not None and end + 1 < k and tokens[end + 1].lower not in _LISTING:
                return found
        found = _subject_from(tokens, comma + 1, k)  # ("Amid X, Senator Smith, a Republican,")
        if found is not None:
            return found
    return _subject_from(tokens, start, k)


def _subject_from(tokens: list[Token], start: int, k: int) -> Offsets | None:
    end = np_end_after(tokens, start, k)
    if end is not None and end + 1 < k and tokens[end].text == "," and (
            tokens[end + 1].lower in ("which", "who", "whose")) and any(
            t.text == "," for t in tokens[end + 2 : k]):
        # "The ministry, which is part of the government, does not … but says": the noun
        # before the relative clause
        return tokens[start].start, tokens[end - 1].end
    if end is None or end >= k or tokens[end].text == ",":
        # The phrase ran into an unknown verb ("Mr. Trump struck a tone, saying"): a name
        # or pronoun directly before a lower-case word is still the subject.
        end = name_run(tokens, start, k)
        if end is None:
            leading = leading_name(tokens, k - 1) if start == 0 else None
            if leading is None:
                return None
            end = leading[1]
    return tokens[start].start, tokens[end - 1].end


_PHRASE_OPENERS = frozenset({"ahead", "along", "amid", "despite", "following", "with", "without",
                             "unlike", "like", "throughout", "upon", "for", "under", "against"})
_LATER = frozenset({"later", "earlier", "ago"})
_LISTING = frozenset({",", "and", "or"})
_SCENE = frozenset({"standing", "wearing", "carrying", "holding", "sitting", "surrounded",
                    "speaking"})  # ("officials speaking on condition of anonymity said")


def opening_adverbial(tokens: list[Token]) -> int:
    """Index after an adverb phrase and comma that open the sentence ("Ultimately,",
    "More recently,"), or 0: the phrase is neither a speaker nor part of the subject."""
    comma = next((i for i in range(min(len(tokens), 4)) if tokens[i].text == ","), None)
    if not comma or not tokens[comma - 1].lower.endswith("ly"):
        return 0
    if not is_capital_adverb(tokens[0]) and not (
            tokens[0].lower in DEGREE_WORDS and tokens[comma - 1].text[0].islower()):
        return 0
    if any(t.lower not in DEGREE_WORDS and not t.lower.endswith("ly") for t in tokens[:comma]):
        return 0
    return comma + 1


def token_span(tokens: list[Token], source: tuple[int, int]) -> Offsets:
    return tokens[source[0]].start, tokens[source[1] - 1].end


def demonstrative_subject(tokens: list[Token], source: tuple[int, int]) -> bool:
    """Whether the source phrase is (or follows) ``this``/``that``/``these``/``those``."""
    return any(t.lower in ("this", "that", "these", "those")
               for t in tokens[max(source[0] - 1, 0) : source[0] + 1])


_ASIDE_PARTICIPLES = frozenset({"speaking", "requesting", "asking", "declining", "citing"})


def _anonymous_relative(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """"A nurse who asked not to be named for fear of reprisals said": the nurse with the
    clause (which makes the source anonymous), not "fear of reprisals"."""
    first = None  # the first "who" of "who treated the wounded(,) and who asked not to be"
    for i in range(j, max(j - 30, 0), -1):
        if tokens[i].text == "," and (i == j or tokens[i + 1].lower == "and" or (
                first is not None and i == first - 1 - (tokens[first - 1].lower == "and"))):
            continue  # the comma before the verb, or the one before ", and who"
        if tokens[i].text == "," and first is None and tokens[i + 1].lower in _ASIDE_PARTICIPLES:
            continue  # "Two witnesses who live there, speaking on condition of anonymity, said"
        if tokens[i].text in (",", ";", ":", "(", ")") or is_quote(tokens[i]):
            break
        if tokens[i].lower == "who":
            first = i
            if tokens[i - 1].lower != "and" and not (
                    tokens[i - 1].text == "," and tokens[i - 2].lower != "and"):
                break
    if first is None:
        return None
    end = j - 1 if tokens[j].text == "," else j
    # the clause decides: "who fled X last week" is no hiding
    hidden = is_anonymous(" ".join(t.text for t in tokens[first : end + 1]))
    outer = np_start_before(tokens, first - 1)
    if not hidden and outer is not None and end > first:  # "Three people who had seen the
        # memo said": the head and the clause together
        hidden = is_anonymous(" ".join(t.text for t in tokens[outer : end + 1]))
    return (outer, end + 1) if outer is not None and hidden else None


def source_before(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """Token range ``[start, end)`` of the source phrase before the cue at ``k``."""
    found = _source_before(tokens, k)
    if found is not None and occasion_only(tokens, *found):
        return None  # "but in a later interview said": where, not who
    if found is not None and found[0] > 1 and tokens[found[0] - 1].lower in _SPENDING and (
            tokens[k].lower.endswith("ing")):  # "Cruz spent Tuesday arguing that": Cruz argues
        spender = np_start_before(tokens, skip_prefix(tokens, found[0] - 2))
        return (spender, found[0] - 1) if spender is not None else None
    if found is not None and tokens[k].lower not in _BELIEVING and _nobody(
            [t.text for t in tokens[max(found[0] - 1, 0) : found[1]]
             if t.lower in ("no", "neither") or t.start >= tokens[found[0]].start]):
        return None  # "said no one had warned", "No group has claimed it": nobody speaks
    if found == (0, 1) and k == 1 and tokens[0].lower.endswith("ing") and any(t.text == ","
            for t in tokens[2:6]) and not tokens[1].lower.endswith(("ed", "s")) and (
            tokens[1].lower not in SPEECH_VERBS):  # "Facing criticism, Trump defended …"
        return None  # a participle, not a name ("Beijing put the toll at 12" has no comma)
    if found is not None and found[0] > 0 and tokens[found[0] - 1].text in _NAME_VERBS and (
            tokens[found[0]].lower == "the"):
        return found[0] - 1, found[1]  # "Save the Children said": one name, not "the Children"
    if found is not None and found[0] > 1 and tokens[found[0]].text in _NAME_VERBS and (
            tokens[found[0] - 1].lower == "to" and tokens[found[0] - 2].text[0].isupper()):
        outer = np_start_before(tokens, found[0] - 2)  # "The Committee to Protect Journalists"
        return (outer, found[1]) if outer is not None else found
    return found


_SPENDING = frozenset({"spent", "spends", "spend", "spending", "passed"})
_NOBODY = frozenset({"no one", "nobody", "none", "noone", "no-one", "neither"})


def _nobody(words: list[str]) -> bool:
    """"no one", "No group", "No other country", "None of the factions", "Neither side": a
    source that says nobody spoke (not "No Labels", a group's name)."""
    low = [w.lower() for w in words]
    return " ".join(low) in _NOBODY or (len(low) > 1 and (
        (low[0] in ("no", "neither") and words[1][:1].islower()) or low[:2] == ["none", "of"]))


_BELIEVING = frozenset({"thinks", "think", "believes", "believe", "knows", "know",
                        "knew", "expects", "expected", "doubts", "disputes", "denies"})
# "A lawsuit filed in federal court alleges": the lawsuit, not the court
_FILED = frozenset({"filed", "unsealed", "lodged", "submitted", "brought", "presented",
                    "quoted", "cited"})  # (and "an employee quoted in the complaint says")
# Capitalised verbs that open names of organisations ("Save the Children", "Stop the War")
_NAME_VERBS = frozenset({"Save", "Stop", "Protect", "Defend", "Feed", "End", "Ban", "Free"})


def _source_before(tokens: list[Token], k: int) -> tuple[int, int] | None:
    j = skip_prefix(tokens, k - 1)
    if j < 0:
        return None
    if tokens[j].lower in ("here", "there") and j > 0 and tokens[j - 1].text[0].isalpha():
        j -= 1  # "Her campaign workers here said", "residents there say"
    scene = next((i for i in range(j - 1, max(j - 12, 0), -1) if tokens[i].lower in _SCENE
                  or not tokens[i].text[0].isalnum()), None)  # "A man wearing a uniform said"
    if scene is not None and tokens[scene].lower in _SCENE:
        start = np_start_before(tokens, scene - 1)
        if start is not None and tokens[scene].lower == "speaking" and not any(
                t.lower.startswith("anonym") for t in tokens[scene : j + 1]):
            return start, scene  # "A soldier speaking to reporters said": the soldier
        if start is not None:
            return start, j + 1
    timed = before_time(tokens, j)
    if timed != j:  # "The RSF has in the past claimed": the auxiliary before the time too
        last = j
        j = skip_prefix(tokens, timed)
        if j < 0:
            return None
        if (tokens[j].lower in PUBLISHED_VERBS or tokens[j].lower in _CAPTURED) and j > 0:
            # "A report published in July said": the report, dated
            outer = np_start_before(tokens, j - 1)
            return (outer, last + 1) if outer is not None else None
    hidden = _anonymous_relative(tokens, j)
    if hidden is not None:
        return hidden
    aside = quoted_aside(tokens, j)
    if aside is not None:
        start = np_start_before(tokens, aside - 1)  # "Manafort, citing ''…,'' said"
        return (start, aside) if start is not None else None
    if tokens[j].text == ",":
        cited = source_before_citing(tokens, j)
        if cited is not None:
            return cited
    if tokens[j].text in (",", "—", "–", "-"):
        return _described_tag(tokens, j) or source_with_apposition(tokens, j) or (
            leading_name(tokens, j))
    if tokens[j].lower in _RESPONDENT_WORDS and j > 0:
        j -= 1  # "those surveyed say", "56 percent of Cuban-Americans polled said"
        if tokens[j].lower == "those":
            return j, j + 2
    captured = _images_captured(tokens, j)
    if captured is not None:
        return captured
    contact = met_or_passing_on(tokens, j)
    if contact is not None:
        return contact
    start = np_start_before(tokens, j)
    verb = start - 3 if start is not None and start > 3 and (tokens[start - 2].lower.endswith(
        "ly") or tokens[start - 2].lower == "online") else (start or 0) - 2
    if start is not None and start > 2 and tokens[start - 1].lower in PUBLISHED_VERBS and (
            tokens[start].lower in ("last", "this", "earlier")):
        outer = np_start_before(tokens, start - 2)  # "A study published last year in Nature"
        if outer is not None:
            return outer, j + 1
    if start is not None and start > 2 and ((tokens[start - 1].lower == "by" and (
            MAKER_PARTICIPLE.fullmatch(tokens[verb].text) is not None))
            or (tokens[start - 1].lower in ("in", "on") and (
                tokens[verb].lower in PUBLISHED_VERBS or tokens[verb].lower in _FILED))):
        # "Images reviewed by Reuters", "videos posted online by activists", "A study
        # published in The Lancet", "a post shared widely on X": the images, not Reuters
        if tokens[verb - 1].lower == "and":  # "Footage posted by residents and geolocated by",
            verb = next((i for i in range(verb - 2, max(verb - 10, 0), -1) if (  # "images taken
                MAKER_PARTICIPLE.fullmatch(tokens[i].text))), verb)  # on Tuesday and reviewed by"
        outer = np_start_before(tokens, verb - 1)
        if outer is not None:
            return outer, j + 1
    shared = _shared_times(tokens, start, j)
    if shared is not None:
        return shared
    described = _described_outer(tokens, start) if start else None
    if described is not None:
        return described, j + 1
    prep = next((i for i in range(start - 1, max(start - 4, 1), -1) if tokens[i].lower in (
        "with", "to", "on") and tokens[i - 1].lower in FAMILIAR_WORDS), None) if start else None
    envoy = start is not None and start > 2 and tokens[start - 1].lower in ("to", "at") and (
        tokens[start - 2].lower in _ENVOYS)  # "Iran's mission to the United Nations"
    prep = start - 1 if envoy and start is not None else prep
    if prep is not None and prep > 1:
        # "Officials familiar with earlier seizures said": the officials; "its ambassador"
        outer = np_start_before(tokens, prep - (1 if envoy else 2))
        if outer is not None:
            return outer, j + 1
    if start is not None and start > 1 and tokens[start - 1].lower in ("who", "that") and (
            tokens[start].lower not in SUBJECT_PRONOUNS) and (
            tokens[start - 2].lower not in _CLAUSE_NOUNS) and not (  # "no evidence that the video"
            tokens[start - 1].lower == "that" and tokens[start - 2].lower not in STATEMENT_NOUNS
            and (tokens[start].text[0].isupper() or tokens[j].lower.rstrip("s") in PERSON_NOUNS)):
        # "officials who spoke with The Huffington Post said": the officials (not in "an
        # attack that Moscow said was aimed at …": Moscow says it, of the attack)
        outer = np_start_before(tokens, start - 2)
        if outer is not None:
            return outer, start - 1
    who = next((i for i in range(start - 2, max(start - 5, 0), -1) if tokens[i].lower == "who"),
               None) if start is not None and start > 2 else None
    if who is not None and start is not None and tokens[who + 1].lower.endswith("ed") and all(
            tokens[i].text[0].isalnum() for i in range(who, start)):
        # "Two residents who fled Kyauktaw last week told Reuters": the residents
        outer = np_start_before(tokens, who - 1)
        if outer is not None:
            return outer, who
    by = next((i for i in (start - 1, start - 2) if i > 0 and tokens[i].lower in ("by", "of")
               and tokens[i - 1].lower in INQUIRY_NOUNS), None) if start is not None else None
    if by is not None:
        # "…, an investigation by the BBC found", "A Reuters review of X found": the inquiry
        outer = np_start_before(tokens, by - 1)
        if outer is not None:
            return outer, j + 1
    if start is None or (start > 1 and tokens[start - 1].lower == "by"):
        # "An analyst who goes by the name Frontline Atlas said": the analyst
        who = next((i for i in range(j, max(j - 10, 0), -1)
                    if tokens[i].lower in ("who", "whose")), None)
        if who is not None and who > 0 and all(
                tokens[i].text[0].isalnum() for i in range(who, j + 1)):
            outer = np_start_before(tokens, who - 1)
            if outer is not None:
                return outer, who
    return (start, j + 1) if start is not None else None


def _described_tag(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """``…, the Health Ministry, which is run by Hamas, said`` / ``…, a spokesman for the
    Arakan Army, the armed group that controls the area, said``: after a clause, a speaker
    set off by commas and then described (by a relative clause or an apposition) before the
    verb; the source runs from the speaker to the comma at ``j``."""
    inner = next((i for i in range(j - 1, max(j - 25, 0), -1) if tokens[i].text in ",;:"), None)
    if inner is None or tokens[inner].text != "," or tokens[inner + 1].lower not in (
            "which", "who", "whose", "the", "a", "an"):
        return None
    outer = next((i for i in range(inner - 1, max(inner - 12, 0), -1)
                  if tokens[i].text in ",;:"), None)
    if outer is None or tokens[outer].text != "," or outer < 3:
        return None
    start = np_start_before(tokens, inner - 1)
    if start != outer + 1 or tokens[start].lower not in ("the", "a", "an", "its", "their"):
        return None
    return start, j + 1


def _described_outer(tokens: list[Token], start: int) -> int | None:
    """Start of a described source whose description ends in one more prepositional phrase
    ("A person familiar with the planning for | the meeting said": the person, not the
    meeting), or None."""
    if start < 3 or tokens[start - 1].lower not in _LINK_PREPOSITIONS:
        return None
    outer = np_start_before(tokens, start - 2)
    if outer is None or not any(tokens[i].lower in FAMILIAR_WORDS and tokens[i + 1].lower in (
            "with", "to", "on") for i in range(outer + 1, start - 3)):
        return None
    return outer


def _images_captured(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """``Footage filmed near Bakhmut on Monday showed``: the footage, not Bakhmut or Monday;
    where and when the images were taken is no source."""
    for verb in range(j - 1, max(j - 10, 0), -1):
        if not tokens[verb + 1].text[0].isalnum():
            return None
        if tokens[verb].lower in _CAPTURED and tokens[verb + 1].lower in _WHERE_WHEN and (
                tokens[verb - 1].lower in IMAGE_WORDS):
            outer = np_start_before(tokens, verb - 1)
            return (outer, j + 1) if outer is not None else None
    return None


def _shared_times(tokens: list[Token], start: int | None, j: int) -> tuple[int, int] | None:
    """``A video shared more than two million times on social media claims``: the video;
    a count of times is how often it was shared, not who speaks."""
    if start is None or not any(t.lower == "times" for t in tokens[start : j + 1]):
        return None
    verb = next((i for i in range(start - 1, max(start - 5, 0), -1)
                 if tokens[i].lower in PUBLISHED_VERBS or tokens[i].lower in _VIEWED), None)
    if verb is None or not all(t.text[0].isalnum() for t in tokens[verb:start]):
        return None
    outer = np_start_before(tokens, verb - 1)
    return (outer, j + 1) if outer is not None else None


_CAPTURED = frozenset({"filmed", "taken", "shot", "recorded", "captured", "geolocated",
                      "photographed"})
_WHERE_WHEN = frozenset({"on", "in", "near", "at", "from", "over", "outside", "inside",
                         "during", "after", "before", "last", "this", "between", "since",
                         "around", "across"})
_VIEWED = frozenset({"viewed", "watched", "liked", "retweeted", "reposted", "forwarded"})
_ENVOYS = frozenset({"mission", "ambassador", "envoy", "representative", "delegation",
                     "embassy", "observer"})
_CLAUSE_NOUNS = frozenset({"evidence", "proof", "sign", "signs", "indication", "suggestion",
                           "fact", "idea", "possibility"})  # ("X's claim that": nominal.py)
