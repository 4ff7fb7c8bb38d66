"""One speech cue in one sentence: which pattern it is in, and its source and content.

Patterns (see :mod:`pipeline.extract.attribution` for the whole-article pass):

* source first:   ``The ministry said (on Tuesday) (that) CONTENT.``
* content first:  ``“CONTENT,” the ministry said.`` / ``CONTENT, officials said.``
* parenthetical:  ``CONTENT, Rubio said, CONTENT.``
* inverted:       ``“CONTENT,” said a Ukrainian defense expert.``
* according to:   ``According to the ministry, CONTENT.`` / ``CONTENT, according to X.``
* colon:          ``The ministry responded:`` followed by the quoted next paragraph;
* impersonal:     ``It is believed that CONTENT`` (no source: unattributed);
* participles:    ``…, adding that CONTENT`` reuse the source of their clause;
* coordination:   ``He says X and says Y`` splits into two contents with one source;
* passive:        ``CONTENT was first reported by X`` (fixed-word frames: ``frames.py``).
"""

from __future__ import annotations

import re

from pipeline.extract.asked import asked, asked_clause, asked_opening
from pipeline.extract.attributed import Attribution, Offsets, index_at, make_attribution
from pipeline.extract.citing import CITING_VERBS, IN_TURN_CITED
from pipeline.extract.content import (
    ADJUNCT_THAT,
    BY_AGENT,
    LISTENER_ONLY,
    OPENING,
    SINCE_RECORD,
    and_clause_after,
    comma_after,
    content_after,
    content_before,
    is_title_case,
    is_trivial,
    listener_tail,
    mid_sentence_quote,
)
from pipeline.extract.content_tails import dash_aside_end
from pipeline.extract.frames import according, as_said_by, cited_as, colon, fronted
from pipeline.extract.inverted import after_quote, inverted
from pipeline.extract.lexicon import (
    ARMED_WORDS,
    CALLERS_WORDS,
    LEARNED_CUES,
    RAISING_VERBS,
    SPEECH_VERBS,
    STATEMENT_NOUN_STEMS,
    VERB_NOUN_AMBIGUOUS,
)
from pipeline.extract.non_speech import acts_on_object, not_speaking
from pipeline.extract.noun_readings import (
    demonym_noun,
    noun_before_content,
    noun_reading,
    state_is_noun,
)
from pipeline.extract.participles import reduced_relative
from pipeline.extract.passives import ACCUSING, agentless_passive, passive, subject_clause
from pipeline.extract.quotes import QuoteIndex
from pipeline.extract.segment import Sentence
from pipeline.extract.sources import classify
from pipeline.extract.speakers import (
    clause_subject,
    demonstrative_subject,
    source_before,
    token_span,
)
from pipeline.extract.tokens import Token, is_quote, skip_prefix
from pipeline.extract.verb_content import content_for, relative_content
from pipeline.extract.verb_reading import (
    CHECKING,
    judges_statement,
    negated,
    no_report,
    other_sense,
)
from pipeline.models import EntityType

__all__ = ["is_headline", "one_cue"]

_PLACE_NEXT = re.compile(r"(?:down|up|out|off|in|on|at|into|from|over|under|here|there)\b",
                         re.IGNORECASE)
_PASSIVE = re.compile(r"\s+(?:by|as(?!\s+(?:many|much|few|little|high|low)\s+as\b))\b")
# What a poll reports: a figure or a standing ("leads", "ahead"), not "interested in polls".
_STANDING = re.compile(r"\d|\b(?:lead|leads|led|leading|ahead|behind|trail|trails|trailing"
                       r"|tied|beat|beats|edge|margin)\b")
# An "in …" phrase that is a time ("after polls closed") or holds a clause of its own.
_NOT_A_POLL = re.compile(r"\b(?:clos(?:e|ed|ing)|open(?:ed)?|after|said|say|says)\b")
_TOLD = frozenset({"told", "tells", "tell"})
# Where or when something was said, and nothing more: "on X shortly after midnight"
_WHERE_WHEN = re.compile(r"(?:on|in|at|via|from|late|early|shortly|overnight)\b[^,;:.!?“\"]{0,60}"
                         r"(?<!\bthat):?")
_GOES_ON = frozenset({"continued", "continues", "continue"})
_NOT_SPEAKERS = frozenset({EntityType.UNKNOWN, EntityType.DOCUMENT})
# Forms that report only before a that-clause (after "on Sunday"), a quotation or the end.
_CLAUSE_ONLY = frozenset({"state", "states", "add", "speaking", "assess", "assesses", "assessed",
                          "maintained", "maintain", "maintains"})
_EXCEPT_WORDS = frozenset({"nothing", "anything", "everything", "none"})  # "nothing but praise"
_NAME_NEXT = re.compile(r"\s+[A-Z“\"‘']")
_CLAUSE_NEXT = re.compile(r"\s*(?:that\b|[:,“\"‘.!?]|$)|" + ADJUNCT_THAT.pattern)
# Before these an -ed form is no finite verb; "this"/"that" may be a subject ("This showed").
_ARTICLES = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your"})
_PARTICIPLE_PREPS = frozenset({"by", "after", "while", "before", "without", "when", "upon"})
_SHOWING = frozenset({"showed", "shows", "show", "showing"})
# Who shows signs, wounds or symptoms rather than findings: people and their plural stand-ins
_BEARERS = frozenset({"them", "they", "prisoners", "detainees", "captives", "soldiers",
                      "victims", "bodies", "children", "patients", "survivors", "people",
                      "men", "women", "hostages", "civilians", "residents"})
_ING_WORD = re.compile(r"[a-z]+ing\b")
_IN_TURN = re.compile(r",\s+which\s+(?:in\s+turn\s+)?$")
_IN_TURN_AFTER = re.compile(r"\s+[^,;:]{1,60}" + IN_TURN_CITED)
_FORECAST_BEFORE = re.compile(r"\b(?:expected|forecast|predicted|anticipated|seen)\s+$")
_ASIDE_MARKS = frozenset({",", "–", "—"})  # "…, saying", "… – saying", "…,” saying"
# "citing a hospital source, put the toll at": the citing phrase, a comma, then its clause's verb
_ASIDE_THEN_VERB = re.compile(r"\s+[^,.;:“”\"]{1,60},\s+(?!and\b|but\b|which\b|who\b|that\b)"
                              r"(?:[a-z]+(?:ed|s)|put|set|gave|said|told)\b")
# "Thousands were ordered to evacuate": an order given, no statement
_INSTRUCTED = frozenset({"ordered", "told", "urged", "advised", "instructed", "warned"})
# An apposition judging the clause before it: "…, a claim Kyiv denied", "…, without details"
_JUDGES_LEFT = re.compile(
    r"(?:a|an)\s+(?:\w+\s+)?(?:" + "|".join(STATEMENT_NOUN_STEMS) + r")s?\b"
    r"|without\s+(?:giving|providing|offering|citing|presenting|elaborating)\b"
    # "…, the agency said on Tuesday, driven mainly by wars": the writer's explanation;
    # "…, the governor said, the latest in a series of strikes": the writer's background
    r"|(?:driven|fuelled|fueled|prompted|spurred)\s+(?:\w+ly\s+)?by\b|the\s+(?:latest|deadliest"
    r"|heaviest|biggest|largest|worst)\b|in\s+what\b|" + SINCE_RECORD
    # "…, the department said, fewer than economists had expected": the writer's yardstick
    + r"|(?:fewer|more|less|higher|lower|weaker|stronger|better|worse)\s+than\s+(?:[\w’'-]+\s+)"
    r"{0,3}?(?:had\s+|have\s+)?(?:expected|forecast|predicted|anticipated|estimated)\b"
    r"|(?:above|below|beating|missing|short\s+of)\s+(?:[\w’'-]+\s+){0,2}?(?:expectations"
    r"|forecasts|estimates)\b|(?:far|well|way)\s+(?:below|above|short\s+of)\b", re.IGNORECASE)
_CITING_ASIDE = re.compile(r"\s+[^,;:“\"]{1,80},\s*that\b")  # "said, citing X, that …"
# "SANA, citing a military source, said …": the aside names the origin; the verb, the statement
_CITING_BEFORE_VERB = re.compile(r"\s+[^,;:“\"]{1,80},\s*(?:also\s+|later\s+)?(?P<verb>[a-z]+)\b")
# "is expected to announce", "plans to say": a report still to come states nothing yet.
# ("likely to say" stays: "voters are more likely to say" reports a poll.)
_NOT_YET = frozenset({"expected", "set", "due", "poised", "scheduled", "plans", "planned",
                      "planning", "intends"})


# Verbs whose negation ("never said", "did not claim") leaves nobody claiming the content;
# "declined to say", "refused to confirm" are answered by other rules (they withhold).
_ASSERTING = frozenset({"said", "say", "says", "claim", "claimed", "claims", "state", "stated",
                        "states", "allege", "alleged", "alleges", "assert", "asserted",
                        "suggest", "suggested", "argue", "argued", "described", "describe"})
_NOT_NEGATING = frozenset({"declined", "refused", "failed", "unable"})
_ELLIPTIC = re.compile(r"(?:(?:him|her|them|us|me|it)\s+)?(?:to|so)\W*|(?:it|this|that)\W*")
_BLAME_TAKERS = frozenset({"trade", "traded", "trading", "shift", "shifted", "shifting", "share",
                           "shared", "lay", "laid", "deflect", "deflected", "take", "took",
                           "accept", "accepted", "the", "no", "attribute", "attributed",
                           "assign", "assigned", "apportion", "apportioned", "place", "placed"})
# "up from 76", "down from about 300", "compared with 40": an earlier count, no speaker
_COMPARED_COUNT = re.compile(r"(?:up|down|compared|than)\b[\w\s,]{0,20}?\d", re.IGNORECASE)
# "did not say whether …" leaves a question open: read as such elsewhere
_OPEN_QUESTION = frozenset({"whether", "how", "if", "what", "when", "why", "who", "where", "which"})


def _gerund_compound(tokens: list[Token], k: int) -> bool:
    """``Waiting lists fell``: a capitalised -ing word opening the clause makes the -s word
    after it a noun, not a verb with "Waiting" as its speaker."""
    prev = tokens[k - 1] if k else None
    return prev is not None and tokens[k].lower.endswith("s") and prev.lower.endswith("ing") and (
        prev.text[0].isupper()) and (k < 2 or not tokens[k - 2].text[0].isalnum())


# Things that happen, not speakers: "Explosions reported in Kyiv" is "were reported"
_HAPPENINGS = frozenset({"explosions", "explosion", "blasts", "blast", "casualties", "clashes",
                         "strikes", "attacks", "deaths", "gunfire", "outages", "shelling",
                         "fighting", "fires", "injuries", "cases", "sirens", "damage",
                         "shooting", "shootings", "looting", "protests", "arrests"})
_WHERE_REPORTED = frozenset({"in", "at", "near", "across", "on", "over", "around", "after",
                             "as", "outside", "inside", "along", "overnight"})


def one_cue(
    body: str,
    sentences: list[Sentence],
    index: int,
    tokens: list[Token],
    k: int,
    match: re.Match[str],
    quotes: QuoteIndex,
    previous: Attribution | None,
) -> Attribution | None:
    sentence = sentences[index]
    cue: Offsets = (match.start(), match.end())
    word = match.group().lower()
    if word == "according to" or as_said_by(tokens, k):
        return according(body, sentence, tokens, k + 2, cue, quotes)
    if k > 1 and tokens[k - 1].lower == "to" and tokens[k - 2].lower in _NOT_YET:
        return None
    if (word in CHECKING and negated(tokens, k)) or no_report(tokens, k):
        return None
    if word in _ASSERTING and negated(tokens, k) and not any(
            tokens[i].lower in _NOT_NEGATING for i in range(max(k - 4, 0), k)) and not (
            k + 1 < len(tokens) and tokens[k + 1].lower in _OPEN_QUESTION):
        return None  # "The governor never said the plant would close": nobody claims it
    if word in CITING_VERBS and k > 0:
        source = source_before(tokens, k)
        found = cited_as(body, sentences, index, cue,
                         token_span(tokens, source) if source is not None else None, quotes)
        if found is not None:
            return found
        if _IN_TURN.search(body, max(0, cue[0] - 16), cue[0]):
            return None  # "citing TASS, which in turn cited the ministry": a relay link
    if word in ("citing", "quoting") and _IN_TURN_AFTER.match(body, cue[1]):
        return None  # (and "citing" there reports nothing of its own)
    if word in ("citing", "quoting") and k > 1 and tokens[k - 1].text == "," and (
            tokens[k - 2].lower in SPEECH_VERBS) and _CITING_ASIDE.match(body, cue[1]):
        return None  # "said, citing X, that …": X is the origin of what was said
    if word in ("citing", "quoting", "asked") and k > 1 and tokens[k - 1].text == ",":
        # "SANA, citing a source, said …", "Peskov, asked about it, said …": the verb speaks
        verb = _CITING_BEFORE_VERB.match(body, cue[1])
        if verb is not None and verb.group("verb") in SPEECH_VERBS:
            return None
    if word == "in":  # "Clinton leads by 9 points in a new CNN poll": the poll is the source
        if not _STANDING.search(sentence.text) or _FORECAST_BEFORE.search(
                body, max(0, cue[0] - 14), cue[0]):  # ("the 5.3% expected in a Reuters poll")
            return None
        found = according(body, sentence, tokens, k + 1, cue, quotes)
        if found is not None and found.source is not None and _NOT_A_POLL.search(
                body, found.source[0], found.source[1]):
            return None  # "in the day after polls closed", "in a poll said they …": no poll
        return found
    if word.startswith("it "):  # "It was reported (by TVN24) that …"
        agent = BY_AGENT.match(body, cue[1], sentence.end)
        content = content_after(body, sentence, agent.end() if agent else cue[1], quotes)
        return make_attribution(content, cue, agent.span("who") if agent else None, sentence,
                                sentences, "impersonal")
    if k == 0 and word in ("said", "says"):
        return fronted(body, sentences, index, tokens, cue, quotes)
    if word == "asked" and asked_opening(tokens, k):
        return asked(body, sentence, tokens, k, cue)
    prev = tokens[k - 1] if k else None
    if word == "blame" and prev is not None and prev.lower in _BLAME_TAKERS:
        return None  # "Azerbaijan, Armenia trade blame over …": the noun
    if prev is not None and prev.lower in _ARTICLES and word.endswith("ed"):
        return None  # "the accused said", "the alleged victims": a noun or an adjective
    if (word.endswith("ed") or word == "told") and _PASSIVE.match(body, cue[1]):
        # "Her role was first reported by the Times": the agent speaks about the subject;
        # without an auxiliary ("announced by RIA Novosti", "described as") it is a
        # participle, not a statement.
        return passive(body, sentence, tokens, k, cue)
    if prev is not None and prev.lower in ("not", "never") and k >= 4 and tokens[k - 3].lower in (
            "which", "who") and tokens[k - 4].text == ",":
        return None  # "Bayline, which is not charged, said": an aside, no report
    if agentless_passive(tokens, k):
        # "Trump was asked whether …", "Pigs are considered unclean": a report whose
        # speaker the sentence leaves out; its subject is who was asked or what is said.
        after = content_for(word, body, sentence, cue[1], quotes)
        if after is None or _PLACE_NEXT.match(body, after[0]) or (
                "," in body[cue[1] : after[0]] and _ING_WORD.match(body, after[0])) or (
                word in _INSTRUCTED and body.startswith(" to ", cue[1])):  # "were ordered to"
            # "were written down", "is assumed in some models": no report; "A convoy was
            # attacked on Monday, killing three drivers": an event and what it did
            return None
        if body.startswith("to ", after[0]) or (word in ACCUSING and body.startswith(
                ("of ", "for "), after[0])) or (word in RAISING_VERBS and body.startswith(
                " to ", cue[1])):
            # "X are believed to have stolen data", "X was accused of theft": X is in the claim
            after = subject_clause(tokens, k, after[1]) or after
        return make_attribution(after, cue, None, sentence, sentences, "passive")
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if (word in VERB_NOUN_AMBIGUOUS or word in LEARNED_CUES) and (
            noun_reading(prev, word, nxt) or demonym_noun(tokens, k) or _gerund_compound(tokens, k)
            or any(tokens[i].lower in CHECKING for i in range(max(0, k - 2), k))):
        return None  # also the object of a checking verb: "could not verify (battlefield) reports"
    if word in _CLAUSE_ONLY and not _CLAUSE_NEXT.match(body, cue[1]):
        return None  # "key states", "speaking to reporters", "maintained positions": no report
    if not_speaking(body, word, cue[1]):
        return None  # "called the emir twice", "who spoke on condition of anonymity"
    if word in ("called", "named") and prev is not None and prev.text[0].islower() and (
            prev.lower not in CALLERS_WORDS) and _NAME_NEXT.match(body, cue[1]):
        return None  # "a website called Real News Right Now", "a worker named X": a name
    if reduced_relative(body, tokens, k, cue[1]):
        return None  # "The ceasefire announced on Monday has held": a participle of a noun
    if state_is_noun(prev, word, nxt):
        return None  # "the 15 states that have voted", "in Zamfara state": places
    quoted = after_quote(tokens, k)
    if prev is not None and k + 1 < len(tokens) and not word.endswith("ing") and (
            quoted or prev.text == ","):
        turned = inverted(body, sentence, tokens, k, cue, quotes)
        if turned is not None:
            return make_attribution(turned[0], cue, turned[1], sentence, sentences, "inverted")
    adverb = prev is not None and k > 2 and prev.lower.endswith("ly") and not (  # ", falsely
        previous is not None and previous.content[0] <= cue[0] < previous.content[1])  # saying"
    after_prep = prev is not None and k > 1 and (prev.lower in _PARTICIPLE_PREPS or (adverb and (
        tokens[k - 2].lower in _PARTICIPLE_PREPS or tokens[k - 2].text in _ASIDE_MARKS)))
    if prev is not None and (prev.text in _ASIDE_MARKS or quoted or after_prep) and (
            word.endswith("ing")):
        # "…, adding that CONTENT" / "… by saying CONTENT": the clause's source speaks
        subject = previous.source if previous is not None else clause_subject(
            tokens, k - 1 if after_prep else k)
        if subject is None or (word in ("citing", "quoting", "writing", "posting") and (
                _ASIDE_THEN_VERB.match(body, cue[1], sentence.end))):
            return None  # (", but the agency, citing a hospital source, put the toll at 20")
        after = content_for(word, body, sentence, cue[1], quotes)
        after = dash_aside_end(tokens, k, after)
        if after is not None and (other_sense(body, word, after[0]) or acts_on_object(
                body, word, after)):
            return None  # "…, adding to roughly 7 million displaced", "adding 10 days": sums
        return make_attribution(after, cue, subject, sentence, sentences, "participle")
    source = source_before(tokens, k)
    if source is not None and ((tokens[source[1] - 1].text != "%" and all(  # ("42% say")
            not t.text[0].isalpha() for t in tokens[source[0]:source[1]]))
            or _COMPARED_COUNT.match(body, tokens[source[0]].start)):
        # "by 271 pledged delegates", "…, up from 76 announced in the morning": no speaker
        source = None
    if source is not None and word in _SHOWING and tokens[source[1] - 1].lower in _BEARERS and (
            k + 1 < len(tokens) and tokens[k + 1].lower not in ("that", "how", ":")) and all(
            t.lower != "by" for t in tokens[source[0] : source[1]]):
        return None  # "Several of them showed signs of torture": people bear signs, not words
    if source is not None and word == "reported" and tokens[source[1] - 1].lower in (
            _HAPPENINGS) and k + 1 < len(tokens) and tokens[k + 1].lower in _WHERE_REPORTED:
        return None  # "Explosions reported in Kyiv": a headline's passive, no reporter
    if source is not None and word in LEARNED_CUES and demonstrative_subject(tokens, source):
        return None  # "This development underscores …": an event, not a speaker
    if source is not None and word in LEARNED_CUES and word not in SPEECH_VERBS and not (
            word.startswith("threat")) and any(
            t.lower in ARMED_WORDS for t in tokens[source[0] : source[1]]):
        return None  # "Gunmen attacked a village", "Troops withdrew from X": acts, not words
    j = skip_prefix(tokens, k - 1)
    if source is None and j > 0 and tokens[j].lower in ("and", "but") and (
            tokens[j - 1].lower not in _EXCEPT_WORDS):
        # "She smiled and said …": the subject of the first verb speaks.
        subject = previous.source if previous is not None and previous.source is not None and (
            not body[previous.content[1]:tokens[j].start].strip(" ,”\"'’")) else clause_subject(
            tokens, j)  # "called Trump a “blowhard,” and said …": who called him said it
        after = content_for(word, body, sentence, cue[1], quotes)
        if subject is not None and after is not None and not other_sense(body, word, after[0]) and (
                not acts_on_object(body, word, after)):
            return make_attribution(after, cue, subject, sentence, sentences, "coordinated")
    if source is None or judges_statement(tokens, source, k) or (
            source[0] > 0 and tokens[source[0] - 1].lower in ("how", "whether", "why") and (
                word.startswith("respond"))):
        return None  # "to simulate how the system responds to …": a question, no report
    after = content_for(word, body, sentence, cue[1], quotes)
    if after is not None and _ELLIPTIC.fullmatch(body, after[0], after[1]):
        return None  # "because Trump told them to": what he told them is left out
    before_source = tokens[source[0] - 1] if source[0] > 0 else None
    if before_source is not None and (before_source.text == "," or is_quote(before_source)) and (
            tokens[source[0]].lower not in ("which", "who")):  # ("X, which reported, citing")
        left = content_before(body, sentence, before_source, quotes)
        if left is not None and asked_clause(body, left[0]):
            left = None  # "Asked about X, Carson said, …": the question is not his content
        quoted = is_quote(before_source) or (source[0] >= 2 and is_quote(tokens[source[0] - 2]))
        if word in _GOES_ON and not quoted and classify(
                body[tokens[source[0]].start : tokens[source[1] - 1].end]) in _NOT_SPEAKERS:
            left = None  # "…, the strikes continued"; "…, Zelensky continued" is speech
        if quoted and left is not None and left[0] > sentence.start + 2:
            ends_here = after is None or is_trivial(body, after)
            left = mid_sentence_quote(body, sentence, left, ends_here)
        joined = and_clause_after(body, sentence, cue[1]) if left and (
            after is None or is_trivial(body, after)) else None
        if left is not None and joined is not None:  # "…, he said, and 27 were wounded"
            return make_attribution((left[0], joined), cue, token_span(tokens, source), sentence,
                                    sentences, "parenthetical")
        if left is not None and (after is None or is_trivial(body, after) or (
                word in _TOLD and LISTENER_ONLY.match(body, cue[1], sentence.end)) or (
                "," in body[cue[1] : after[0]] and _JUDGES_LEFT.match(body, after[0]))):
            # "…, the ministry said on Sunday, a claim that Kyiv did not confirm": what follows
            # the comma is a comment on the content before, not more of it
            return make_attribution(left, cue, token_span(tokens, source), sentence, sentences,
                                    "content_first")
        if left is not None and after is not None and (quoted or comma_after(body, cue[1])):
            if quoted and body[after[0]] not in OPENING and not body[
                    cue[1] : after[0]].strip().startswith(","):
                return make_attribution(left, cue, token_span(tokens, source), sentence, sentences,
                             "content_first")
            whole = (left[0], after[1])
            return make_attribution(whole, cue, token_span(tokens, source), sentence, sentences,
                                    "parenthetical")
    if after is not None and sentence.text.endswith(":") and _WHERE_WHEN.fullmatch(
            body, after[0], after[1]):
        # "The Israeli military posted on X shortly after midnight:" and the post below
        return colon(body, sentences, index, cue, token_span(tokens, source), quotes)
    if after is None or (source[0] == 0 and listener_tail(body, word, after, sentence.end)):
        if body[cue[1] : cue[1] + 2].strip().startswith(":"):
            return colon(body, sentences, index, cue, token_span(tokens, source), quotes)
        if source[0] == 0 and index > 0:
            # “… are missing.” Trump said. -- the quotation closed its own sentence.
            region = quotes.region_at(sentences[index - 1].end - 1)
            if region is not None and region[1] >= sentences[index - 1].end - 1:
                return Attribution(region, cue, token_span(tokens, source),
                                   index_at(sentences, region[0], index - 1), index,
                                   "content_first")
        return None
    after, inside = relative_content(body, tokens, source, after, quotes)
    if other_sense(body, word, after[0]) or noun_before_content(body, word, cue[1], after[0]) or (
            acts_on_object(body, word, after)):  # "Peacekeepers recorded 60 shells"
        return None  # "ships calling at Ukrainian ports", "on treason charges, the court said"
    return make_attribution(after, cue, token_span(tokens, source), sentence, sentences,
                            "relative" if inside else "source_first")  # inside ", which X said"


def is_headline(tokens: list[Token]) -> bool:
    """Whether a sentence's tokens are a title-case headline ("Election Is Rigged, Trump Says")."""
    return is_title_case((t.text for t in tokens), 3 if tokens[-1].text[0].isalnum() and any(
        t.text == "," for t in tokens) else 5)
