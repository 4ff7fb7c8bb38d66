"""Accounts that contradict each other without a word of denial.

"Russia said its troops had captured Vuhledar. Ukraine said its forces were still holding
Vuhledar." No one "denies" anything, yet a reader must not take either claim as established: the two
adversaries (from the parties file) say opposite things about the same named place. The
rule is deliberately narrow: the sides must be adversaries, the claims close (at most two
sentences apart), sharing a capitalised place or a content word, and the later one must
carry a word that contradicts: "false" or "fabricated", or its own side "still" holding on
or having "repelled" the attack; or each side must make the other the doer of the same
event ("The army said the RSF shelled the market. The RSF said the army bombed it.").
Both claims then get a ``disputed`` reason naming the other side's account. Separately,
"X said that was untrue" disputes the claim just before it (see :func:`called_false`).

>>> from pipeline.extract.engine import extract
>>> from pipeline.models import Article
>>> body = ("Russia said its troops had captured Vuhledar. Ukraine said its forces were "
...         "still holding Vuhledar.")
>>> [c.status for c in extract(Article(id="a", body=body), threshold=0).claims]
['disputed', 'disputed']
"""

from __future__ import annotations

import re

from pipeline.extract.antecedent_scores import claim_stems
from pipeline.extract.drafts import Draft
from pipeline.extract.lexicon import FLAT_ADVERBS, UNINFORMATIVE_WORDS
from pipeline.extract.parties import PartyRegistry
from pipeline.extract.stems import word_stems
from pipeline.models import EntityType, Reason, ReasonCode, Span

__all__ = ["called_false", "contradicting_sides", "contradicting_speakers", "no_evidence_for",
           "same_subject", "understated"]

_WINDOW = 2  # sentences apart at most
_NEIGHBOURS = 8  # earlier sided claims looked at, at most
# Words of a side's own holding on or beating back ("its forces were still holding X"):
# they contradict only with that side as the subject ("shelling was still going on" does
# not). Verdict words ("false", "fabricated") contradict whoever is the subject.
_HOLDING = re.compile(
    r"\b(?:still|remain(?:s|ed)?|repell?ed|repulsed|thwarted|foiled|retain(?:s|ed)?"
    r"|continu(?:e|es|ed)\s+to\s+hold)\b", re.IGNORECASE)
_NEGATED_VERB = re.compile(r"\b(?:did|does|do|has|have|had|was|were)\s*(?:not|n['’]t)\s+"
                           r"(?:(?:been|be)\s+)?(?P<verb>[a-z]{3,})\b"
                           r"|\bnever\s+(?P<never>[a-z]{3,})\b")
_VERDICT = re.compile(r"\b(?:false|untrue|baseless|fake|fabricated|lies)\b", re.IGNORECASE)
_OWN_SUBJECT = re.compile(r"(?:its|their|our|we|it|they)\b", re.IGNORECASE)
# Both sides speak of forces and troops: those words link nothing.
# (also as stems: "Russian troops had suffered losses" and "Ukrainian troops had abandoned
# two positions" share the stem "troop" and no event)
_COMMON = UNINFORMATIVE_WORDS | {"forces", "force", "troops", "army", "military", "troop",
                                 "soldier", "soldiers", "fighter", "fighters", "unit", "units"}
_PLACE = re.compile(r"\b[A-Z][a-z]{3,}\b")
# A people's or a day's name: "Russian assaults" and "Russian forces" share no place.
_PEOPLE_OR_DAY = re.compile(r"(?:israelis?|iraqis?|yemenis?|pakistanis?|saudis?|somalis?|afghans?"
                            r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\w+(?:ians?|ese|ish))",
                            re.IGNORECASE)


# "Israeli officials said that was untrue": a verdict on the claim just before
_THAT_IS_FALSE = re.compile(
    r"[\"“‘']?(?:that|this|it|(?P<whole>the\s+(?:statement|claims|account|allegations"
    r"|accusations)))(?:\s+(?:was|is|were|are)|['’]s)\s+[\"“‘']?" + FLAT_ADVERBS
    + r"(?:not\s+true|untrue|false|a\s+lie|fiction|nonsense|baseless|fabricated|incorrect"
    r"|inaccurate|wrong)\b[\"”’']?(?:,?\s+and\s+(?:he|she|they|you)\s+knows?\s+it)?"
    # "said the statement was untrue and that its forces had …": a verdict, then its own claim
    r"(?:\W*$|(?P<more>,?\s+and\s+that\s))", re.IGNORECASE)


_ONLY_A_QUESTION = re.compile(r"\W*[^.!?]*\?\s*(?:[A-Z][A-Za-z.' ]{0,40}:\s*)?[\"“‘']?")


def called_false(body: str, drafts: list[Draft]) -> None:
    """"X said that was untrue" disputes the claim just before it (another speaker's) and is
    no claim of its own."""
    for at, draft in enumerate(drafts):
        verdict = _THAT_IS_FALSE.match(body, draft.span[0], draft.span[1]) if (
            draft.source is not None) else None
        if verdict is None or draft.source is None:
            continue
        earlier = next((d for d in reversed(drafts[:at]) if d.last < draft.first
                        and not d.meta and d.source is not None
                        and d.source.name != draft.source.name), None)
        if earlier is None or draft.first - earlier.last > 2 or (
                draft.first - earlier.last == 2 and not verdict.group("whole")
                and not _ONLY_A_QUESTION.fullmatch(body, earlier.span[1], draft.span[0])):
            # (a question between: "Q: X say Y. Can you confirm that? A: That's false."; a
            # sentence between "the statement" and its end: "(End of statement)")
            continue
        who = body[draft.source.mention[0] : draft.source.mention[1]]
        end = verdict.start("more") if verdict.group("more") else draft.span[1]
        text = body[draft.span[0] : end]
        # "the statement was untrue": all the statement said, not only its last sentence
        targets = _whole_statement(drafts, drafts.index(earlier)) if verdict.group(
            "whole") else [earlier]
        for target in targets:
            target.reasons.append(Reason(
                code=ReasonCode.DISPUTED, cue=text,
                span=Span(start=draft.span[0], end=end, text=text),
                explanation=f"Another source ({who}) says it is not true."))
        if not verdict.group("more"):
            draft.meta = draft.anaphoric = True


# "the breach was far larger than Norvance has acknowledged": what that speaker said is less
_MORE_THAN_ADMITTED = re.compile(
    r"\b(?:larger|bigger|higher|greater|worse|wider|more\s+serious|more\s+extensive)\s+than"
    r"\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|the\s+[a-z]+)\s+(?:has|had|have)\s+"
    r"(?:publicly\s+|so\s+far\s+)?(?:acknowledged|admitted|said|claimed|reported|disclosed"
    r"|stated|conceded)\b"
    # (not "higher than Apple had reported a year earlier": another period's figure)
    r"(?!\s+(?:(?:a|one|two|three|\d+)\s+(?:years?|months?|weeks?|quarters?)\s+(?:earlier|ago"
    r"|before)|last|in|for|previously|earlier|before)\b)")


def understated(body: str, drafts: list[Draft]) -> None:
    """"Three people familiar with the investigation said the breach was far larger than
    Norvance has acknowledged": Norvance's own account of it, just before, is disputed."""
    if " than " not in body:
        return  # most articles: no comparison at all
    for at, draft in enumerate(drafts):
        found = _MORE_THAN_ADMITTED.search(body, draft.span[0], draft.span[1]) if (
            draft.source is not None) else None
        if found is None or draft.source is None:
            continue
        who = found.group("who").lower().removeprefix("the ").split()
        earlier = next((d for d in reversed(drafts[:at]) if d.last < draft.first and not d.meta
                        and d.source is not None and draft.first - d.last <= 3
                        and any(w in d.source.name.lower().split() for w in who)), None)
        if earlier is not None:
            said = body[draft.source.mention[0] : draft.source.mention[1]]
            earlier.reasons.append(Reason(
                code=ReasonCode.DISPUTED, cue=found.group(),
                span=Span(start=found.start(), end=found.end(), text=found.group()),
                explanation=f"Another source ({said}) says it is more than was admitted."))


def _whole_statement(drafts: list[Draft], last: int) -> list[Draft]:
    """The claim at ``last`` and the run of claims of the same source just before it."""
    source = drafts[last].source
    run = [drafts[last]]
    for draft in reversed(drafts[max(0, last - 12) : last]):
        if draft.meta:
            continue
        if draft.source is None or source is None or draft.source.name != source.name:
            break
        run.append(draft)
    return run[::-1]


# "Election officials said there was no evidence that ballots were cast by dead voters"
_NO_EVIDENCE_THAT = re.compile(
    r"\bno\s+(?:credible\s+|scientific\s+|independent\s+|real\s+|immediate\s+)?(?:evidence"
    r"|proof|indications?|signs?)\s+(?:that|of|for)\s+", re.IGNORECASE)


_CHARGE_ANSWERED = re.compile(r"evidence|proof|that\s+$", re.IGNORECASE)
# "…, contradicting Tehran's assertion that X": the writer's (or the images') rebuttal of X
_CONTRADICTING = re.compile(
    r"\b(?:contradicting|contradicts|contradicted|refuting|refutes|refuted|belying|belies"
    r"|undermining|undermines)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:assertion|claim|account"
    r"|statement|version|insistence)s?\s+that\s+", re.IGNORECASE)


def no_evidence_for(body: str, drafts: list[Draft]) -> None:
    """Another source's "there is no evidence that X" (or "…, contradicting Tehran's
    assertion that X") disputes a claim of X made just before (within three sentences),
    when most of X's words are that claim's."""
    for at, draft in enumerate(drafts):
        found = _NO_EVIDENCE_THAT.search(body, draft.span[0], draft.span[1])
        if found is None:
            found = _CONTRADICTING.search(body, max(0, draft.span[0] - 80), draft.span[0] + 1)
            if found is not None and found.end() != draft.span[0]:
                found = None
            if found is not None:  # the nominal claim itself: the images dispute it too
                _contradicted(body, draft, found)
                rebutted = _content_stems(body[draft.span[0] : draft.span[1]])
                for earlier in reversed(drafts[:at]):
                    if draft.first - earlier.last > 3 or earlier.span[1] > found.start():
                        continue
                    shared = rebutted & _content_stems(body[earlier.span[0] : earlier.span[1]])
                    if earlier.source is not None and len(shared) >= 2 and (
                            5 * len(shared) >= 3 * len(rebutted)):
                        _contradicted(body, earlier, found)
                        break
                continue
        if found is None or (draft.source is None and found.start() > draft.span[0] + 20):
            continue  # (the outlet's own rebuttal opens its sentence: "There was no sign that")
        rebutted = _content_stems(body[found.end() : draft.span[1]])
        if not rebutted:
            continue
        for earlier in reversed(drafts[:at]):
            if draft.first - earlier.last > 3 or earlier.span[1] > found.start():
                continue
            if earlier.meta or earlier.source is None or (
                    draft.source is not None and earlier.source.name == draft.source.name):
                continue
            shared = rebutted & _content_stems(body[earlier.span[0] : earlier.span[1]])
            # a one- or two-word charge ("no evidence of any rigging") in the next sentence
            # needs one word in common, a longer one most of its words
            if (len(shared) >= 2 and 5 * len(shared) >= 3 * len(rebutted)) or (
                    shared and len(rebutted) <= 2 and draft.first - earlier.last <= 1
                    and _CHARGE_ANSWERED.search(found.group())):
                # (not "no sign of the suspect": the charge answered is evidence of a deed,
                # or a whole clause, "no sign that the ship was sinking")
                who = (body[draft.source.mention[0] : draft.source.mention[1]]
                       if draft.source is not None else "the article itself")
                cue = body[found.start() : found.end()].strip()
                earlier.reasons.append(Reason(
                    code=ReasonCode.DISPUTED, cue=cue,
                    span=Span(start=found.start(), end=found.start() + len(cue), text=cue),
                    explanation=f"Another source ({who}) says there is no evidence for it."))
                if draft.source is None:
                    draft.meta = True  # the outlet's rebuttal is no claim of its own
                break


def _contradicted(body: str, claim: Draft, found: re.Match[str]) -> None:
    # what "showed" the contradicting evidence confirms nothing of the claim it contradicts
    claim.reasons = [r for r in claim.reasons if r.code is not ReasonCode.CORROBORATED or (
        r.span is None or not found.start() - 150 < r.span.start < found.start())]
    cue = found.group().split()[0]
    claim.reasons.append(Reason(
        code=ReasonCode.DISPUTED, cue=cue,
        span=Span(start=found.start(), end=found.start() + len(cue), text=cue),
        explanation="The article says other evidence contradicts it."))


def _content_stems(text: str) -> frozenset[str]:
    stems, _ = word_stems(text)
    return frozenset(w for w in stems if len(w) >= 3 and w not in _COMMON and w not in _SHORT)


_SHORT = frozenset("""the and was for are has had its not but who any all can did his her our
    out one two may per via yet nor off how why own""".split())  # noqa: SIM905


def contradicting_sides(body: str, drafts: list[Draft], parties: PartyRegistry) -> None:
    """Give ``disputed`` reasons to pairs of adversaries' claims that contradict each other."""
    # sides known from the parties file, and armed bodies of no known side ("the army")
    sided = [d for d in drafts if d.source is not None and not d.meta
             and d.attribution is not None and (d.source.party is not None
                                                or d.source.entity_type is EntityType.MILITARY)]
    for at, later in enumerate(sided):
        if later.source is None:
            continue
        # a fixed number of neighbours keeps the pass linear when many claims share a
        # sentence (one long run-on sentence is "two sentences apart" from everything)
        for earlier in reversed(sided[max(0, at - _NEIGHBOURS) : at]):
            if later.first - earlier.last > _WINDOW:
                break
            if earlier.last >= later.first or earlier.source is None:
                continue  # one sentence (or a claim nested in another) is one account
            one, other = earlier.source.party, later.source.party
            known = one is not None and other is not None
            if one is not None and other is not None and not parties.are_adversaries(
                    one.side, other.side):
                continue
            # the contradiction words are looked for only now: most claims have no adversary
            # near them; with a side unknown, only blame each way shows two sides
            counter = _counter(body, later, parties) if known else None
            cue = (counter.start(), counter.end()) if counter is not None else (
                _blames_back(body, earlier, later, parties) or (
                    _negates(body, earlier, later) if known else None))
            if cue is None or not same_subject(body, earlier, later, peoples=False):
                continue
            _dispute(body, earlier, later, cue)
            _dispute(body, later, earlier, cue)
            break


# Words by which a claim's subject may name the speaker of the other claim ("the army").
_ACTOR_HEADS = frozenset({"army", "military", "group", "rebels", "militia", "forces", "troops",
                          "paramilitaries", "junta", "militants", "fighters"})


_WHERE = re.compile(r"\b(?:near|in|at|around|outside)\s+([A-Z][\w’'-]+)")


def _blames_back(body: str, earlier: Draft, later: Draft, parties: PartyRegistry,
                 ) -> tuple[int, int] | None:
    """"The army said the RSF shelled the market. The RSF said the army bombed it.": each
    side makes the other the doer of the same event; the later speech verb is the cue."""
    if earlier.attribution is None or later.attribution is None:
        return None
    one, other = (_WHERE.findall(body, *d.span) for d in (earlier, later))
    if one and other and not set(one) & set(other):
        return None  # "… near Avdiivka", "… near Krynky": two events, each blamed on the other
    if _doer_is(body, later, earlier, parties) and _doer_is(body, earlier, later, parties):
        return later.attribution.cue
    return None


def _doer_is(body: str, claim: Draft, speaker: Draft, parties: PartyRegistry) -> bool:
    """Whether the subject of ``claim`` is the side of ``speaker``'s source."""
    if speaker.source is None:
        return False
    subject = body[claim.span[0] : min(claim.span[1], claim.span[0] + 40)].split()[:4]
    if speaker.source.party is not None and (
            parties.side_in(" ".join(subject)) == speaker.source.party.side):
        return True
    mention = body[speaker.source.mention[0] : speaker.source.mention[1]].lower().split()
    heads = [w.strip(",.").lower() for w in subject[:3]]
    return any(w in _ACTOR_HEADS and w in mention for w in heads)


def _negates(body: str, earlier: Draft, later: Draft) -> tuple[int, int] | None:
    """"Kyiv said Russian forces shelled the village. Moscow said its forces did not shell
    the village.": the later claim denies the earlier one's verb; the negation is the cue."""
    denial = _NEGATED_VERB.search(body, later.span[0], later.span[1])
    if denial is None or _NEGATED_VERB.search(body, earlier.span[0], earlier.span[1]):
        return None
    verbs = word_stems(denial.group("verb") or denial.group("never"))[0]
    if verbs.isdisjoint(claim_stems(body, earlier)[0]):
        return None
    return denial.start(), denial.end()


def _counter(body: str, claim: Draft, parties: PartyRegistry) -> re.Match[str] | None:
    verdict = _VERDICT.search(body, claim.span[0], claim.span[1])
    if verdict is not None:
        return verdict
    holding = _HOLDING.search(body, claim.span[0], claim.span[1])
    if holding is None or claim.source is None or claim.source.party is None:
        return None
    subject = body[claim.span[0] : holding.start()]
    own = _OWN_SUBJECT.match(subject) is not None or (
        parties.side_in(subject) == claim.source.party.side)
    return holding if own else None


def same_subject(body: str, one: Draft, other: Draft,
                 ignore: frozenset[str] = _COMMON, *, peoples: bool = True) -> bool:
    """A place named in both, or a long content word (of five letters or more, not in
    ``ignore``) both use; without ``peoples``, no people's or day's name counts."""
    text_one, text_other = body[one.span[0] : one.span[1]], body[other.span[0] : other.span[1]]
    named_one, named_other = set(_PLACE.findall(text_one)), set(_PLACE.findall(text_other))
    # (a people's name is capitalised: "Russian" is one, "civilians" none)
    skip = set() if peoples else {w.lower() for w in named_one | named_other
                                  if _PEOPLE_OR_DAY.fullmatch(w)}
    places = {w for w in named_one & named_other if w.lower() not in skip}
    words_one, _ = word_stems(text_one)
    return bool(places) or any(len(w) >= 5 and w not in ignore and w not in skip
                               for w in words_one & word_stems(text_other)[0])


def contradicting_speakers(body: str, drafts: list[Draft]) -> None:
    """"Prosecutors say Whitcombe took bribes. His lawyer said his client never took any
    bribes.": a later speaker denies, in its own words, what another said just before
    (sides or not); both claims are disputed."""
    said = [d for d in drafts if d.source is not None and not d.meta
            and d.attribution is not None]
    for at, later in enumerate(said):
        if _NEGATED_VERB.search(body, later.span[0], later.span[1]) is None:
            continue  # most claims deny nothing: the pair search is skipped
        for earlier in reversed(said[max(0, at - _NEIGHBOURS) : at]):
            if later.first - earlier.last > _WINDOW:
                break
            if earlier.last >= later.first or earlier.source is None or later.source is None or (
                    earlier.source.name == later.source.name) or body.startswith(
                    ("whether ", "if "), earlier.span[0]):
                continue  # (a question asked is no claim to deny)
            cue = _negates(body, earlier, later)
            if cue is not None and _PAST_DENIAL.match(body, *cue) and _shared_object(
                    body, earlier, later, cue):
                _dispute(body, earlier, later, cue, "Another source ({}) contradicts it.")
                _dispute(body, later, earlier, cue, "Another source ({}) contradicts it.")
                break


# A denial that something happened ("never took", "did not order"), not of a wish, a view
# or what a picture shows ("don't want", "do not show")
_PAST_DENIAL = re.compile(
    r"(?:did\s*(?:not|n['’]t)|never|(?:has|have|had)\s*(?:not|n['’]t))\s+(?:been\s+)?"
    r"(?!(?:want|wanted|know|knew|known|think|thought|believe|believed|say|said|see|seen|saw"
    r"|show|shown|need|needed|like|liked|expect|expected|remember|recall|plan|intend|mean"
    r"|meant)\b)", re.IGNORECASE)


def _shared_object(body: str, one: Draft, other: Draft, denial: tuple[int, int]) -> bool:
    """A content word (four letters or more, as a stem: "brib") both claims use besides the
    denied verb: what is denied is the same thing."""
    verbs, _ = word_stems(body[denial[0] : denial[1]])
    words_one, _ = word_stems(body[one.span[0] : one.span[1]])
    words_other, _ = word_stems(body[other.span[0] : other.span[1]])
    return any(len(w) >= 4 and w not in _COMMON and w not in verbs and not w[0].isdigit()
               for w in words_one & words_other)


def _dispute(body: str, claim: Draft, other: Draft, cue: tuple[int, int],
             why: str = "The other side ({}) gives a contradicting account.") -> None:
    if claim.source is None or other.source is None or any(
            r.code == ReasonCode.DISPUTED for r in claim.reasons):
        return
    who = body[other.source.mention[0] : other.source.mention[1]]
    text = body[cue[0] : cue[1]]
    claim.reasons.append(Reason(
        code=ReasonCode.DISPUTED, cue=text, span=Span(start=cue[0], end=cue[1], text=text),
        explanation=why.format(who)))
