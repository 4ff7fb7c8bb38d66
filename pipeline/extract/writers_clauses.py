"""The writer's own clauses in a sentence that also reports somebody: before the reports
("Tehran has seized five tankers since 2019, often in what analysts describe as …") or
after the last one ("…; it did not fall by 40,000", "…, according to the energy ministry,
and dozens of villages remain cut off"). Each is the outlet's claim, not the source's.

>>> from pipeline.extract.segment import split_sentences
>>> body = "Prices rose, the agency said; the bank did not change its rates."
>>> (sentence,) = split_sentences(body)
>>> start, end = clause_after_report(body, sentence, body.index(";"))
>>> body[start:end]
'the bank did not change its rates'
"""

from __future__ import annotations

import re

from pipeline.extract.attributed import Offsets
from pipeline.extract.content import is_clause
from pipeline.extract.segment import Sentence

__all__ = ["clause_after_report", "writers_clause"]

# A clause that starts with its subject, not with an adverbial or a subordinate clause.
_MAIN_CLAUSE = re.compile(r"(?!(?:As|If|When|While|After|Before|Since|Although|Though|Because"
                          r"|In|On|At|For|With|Despite|Asked|According)\b)[A-Z]")


def writers_clause(body: str, sentence: Sentence, reported: int) -> Offsets | None:
    """The writer's main clause opening a sentence whose reports all come after it, up to
    the comma before them: "Tehran has seized at least five tankers since 2019, often in
    what analysts describe as retaliation" opens with the outlet's own claim."""
    # A semicolon closes the writer's whole clause ("shelled Kherson, killing three people;
    # Ukraine said …"): the commas before it are the clause's own.
    comma = max(body.rfind(",", sentence.start, reported),
                body.rfind(";", sentence.start, reported))
    if comma < 0 or body[comma + 1 : reported].count(" ") > 8:
        return None
    text = body[sentence.start : comma]
    if len(text.split()) < 5 or any(q in text for q in "\"“”") or not is_clause(text) or (
            _MAIN_CLAUSE.match(text) is None):
        return None
    return sentence.start, comma


_TURN = re.compile(r"\s*(?:;|,\s*(?:and|but|while)\s)")


def clause_after_report(body: str, sentence: Sentence, reported_end: int,
                            tagged: bool = False) -> Offsets | None:
    """The writer's clause after a semicolon that ends the sentence's last report: "The
    department said payrolls rose by 303,000; it did not fall by 40,000 as some feared";
    also after ", and" when the report ends with its source (``tagged``): "…, according to
    the energy ministry, and dozens of villages remain cut off"."""
    rest = body[reported_end : sentence.end]
    turn = _TURN.match(rest)
    if turn is None or (not tagged and not turn.group().strip().startswith(";")):
        return None
    start = reported_end + turn.end()
    while start < sentence.end and body[start].isspace():
        start += 1
    end = sentence.end
    while end > start and body[end - 1] in " .!?\n":
        end -= 1
    text = body[start:end]
    if len(text.split()) < 4 or any(q in text for q in "\"“”") or not is_clause(text) or (
            text.split()[0].lower() in ("and", "or")):
        return None
    return start, end
