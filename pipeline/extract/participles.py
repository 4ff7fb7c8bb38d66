"""Past participles that describe a noun rather than report anything.

"The ceasefire announced on Monday has largely held", "drones believed to have been
jammed", "two accused of planning an attack" and "had not been allowed to call his family"
hold speech or report verbs that nobody uses to speak.
"""

from __future__ import annotations

import re

from pipeline.extract.tokens import Token, is_np_word
from pipeline.extract.verb_reading import COUNT_WORDS

__all__ = ["permission", "reduced_relative"]


# "The ceasefire announced on Monday has largely held": a participle, a place or time, and the
# main verb straight after it (no subject of its own between: "announced on Monday it has")
_REDUCED_RELATIVE = re.compile(
    r"\s+(?:(?:\w+ly|online)\s+)?(?:on|in|at(?!\s+(?:least|most)\b)|during|from|over|across|by"
    r"|overnight|last|earlier)\s+"
    r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:(?!(?:the|a|an|it|he|she|they|we|that)\b)"
    r"[\w’'-]+\s+){0,3}(?:has|have|had|is|are|was|were|will|would|could|can|may|might|did"
    r"|does|shows?|showed|claims?|claimed|include[sd]?|remains?|remained|continue[sd]?"
    r"|appears?|appeared|seems?|seemed)\b")
# A participle's place or time set off by commas: ", posted on Telegram,", ", issued late on
# Sunday,", ", announced Friday,"; "posted on X that …" is speech, with no comma after it
_SET_OFF = re.compile(r"\s+(?:(?:\w+ly|online|late|early)\s+)?(?:(?:on|in|at|to|via|from|during"
                      r"|over|overnight|last|earlier|by)\b[^,.;:“”\"]{0,60}|(?:Monday|Tuesday|Wednesday"
                      r"|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:\s+\w+)?),")
_COUNT_NOUNS = frozenset({"count", "figure", "figures", "toll", "number", "total", "tally",
                          "estimate", "estimates", "numbers"})
# A time ending the clause right after the participle: "the count reported a week ago."
_TIME_THEN_END = re.compile(
    r"\s+(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+"
    r"(?:ago|earlier|before)|(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|week|month|year)|yesterday|earlier)\s*(?:[.;,)]|$)")
_FINITE_NEXT = re.compile(r"\s+(?:did|does|do|was|were|is|are|has|have|had|will|would|could"
                          r"|can|may|might|must|should)\b")
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it"})
_RAISED = frozenset({"believed", "thought", "said", "reported", "alleged", "feared",
                     "presumed", "rumoured", "rumored", "suspected", "understood", "known"})
_AUXILIARY_BEFORE = frozenset({"has", "have", "had", "was", "were", "is", "are", "be", "been",
                               "being", "not", "also", "who", "which", "that"})


def reduced_relative(body: str, tokens: list[Token], k: int, cue_end: int) -> bool:
    """Whether the participle cue at ``k`` modifies the noun before it ("Casualties reported
    in the strike included three children", "drones believed to have been jammed", "the
    boxes shown did not match"), rather than reporting anything.

    >>> from pipeline.extract.tokens import tokenize
    >>> text = "The ceasefire announced on Monday has largely held."
    >>> reduced_relative(text, tokenize(text), 2, 23)
    True
    """
    word = tokens[k].lower
    if k == 0 or tokens[k - 1].lower in _AUXILIARY_BEFORE:
        return False
    if word in _RAISED and body.startswith((" to be ", " to have "), cue_end) and (
            tokens[k - 1].text == "," or is_np_word(tokens[k - 1])) and (
            not _object_raised(tokens, k)):
        return True  # "drones believed to have been jammed", "two men, said to be brothers"
    if word.endswith(("ed", "en", "wn")) and word != "said" and (
            tokens[k - 1].lower not in _PRONOUNS) and is_np_word(tokens[k - 1]) and (
            _FINITE_NEXT.match(body, cue_end) and not _object_raised(tokens, k)):
        return True  # "the ballot boxes shown did not match": a participle of the noun
    if not word.endswith("ed"):
        return False
    if word in ("estimated", "valued", "priced") and body.startswith(" at ", cue_end) and (
            is_np_word(tokens[k - 1]) and tokens[k - 1].text[0].islower()):
        return True  # "transit fees estimated at $400 million": the fees' estimate
    if word in ("accused", "suspected", "charged", "convicted") and k + 1 < len(tokens) and (
            tokens[k + 1].lower in ("of", "with")) and (tokens[k - 1].lower in COUNT_WORDS or (
            tokens[k - 1].text[0].isdigit() or tokens[k - 1].lower in ("one", "others", "some")
            or (is_np_word(tokens[k - 1]) and tokens[k - 1].lower not in _PRONOUNS))):
        # "five men, including two accused of planning an attack", "A former care-home
        # manager accused of stealing …": who is accused, not who accuses
        return True
    if tokens[k - 1].text == "," and k > 1 and is_np_word(tokens[k - 2]) and (
            _SET_OFF.match(body, cue_end)):
        return True  # "The statement, posted on Telegram, said": where it was posted
    if tokens[k - 1].lower in _COUNT_NOUNS and _TIME_THEN_END.match(body, cue_end):
        return True  # "more than double the count reported a week ago.": the count's date
    return _REDUCED_RELATIVE.match(body, cue_end) is not None


def _object_raised(tokens: list[Token], k: int) -> bool:
    """``what many people believed to be a campaign killer``: the noun believes."""
    i = k - 1
    while i >= 0 and is_np_word(tokens[i]):
        i -= 1
    if i < 0 or tokens[i].lower not in ("what", "which", "that", "whom"):
        return False
    # "a trip that investigators concluded was …" relates to a noun; "and that the boxes
    # shown did not match" opens a clause
    return tokens[i].lower != "that" or (i > 0 and is_np_word(tokens[i - 1]) and (
        tokens[i - 1].lower not in ("and", "or", "but")))


def permission(tokens: list[Token], k: int) -> bool:
    """"… and had not been allowed to call his family": a permission, not a second report."""
    return tokens[k].lower in ("allowed", "permitted") and k + 1 < len(tokens) and (
        tokens[k + 1].lower == "to")
