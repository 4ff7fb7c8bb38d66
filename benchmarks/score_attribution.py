"""Quick attribution scorer for iterating on the engine (the official figures come from
``claimwatch eval attribution``, whose matching this reuses). Reads a PolNeAR jsonl at run
time, prints content / joint P, R, F1 and, with -v, a sample of missed gold contents.

Matching (pipeline.evaluation.attribution_scoring): a claim with a claimant or an
attribution cue matches a gold content span when they overlap by at least half of the
shorter span, one to one; joint also needs the claimant mention to overlap the gold source
(or both to be absent).

    python benchmarks/score_attribution.py /work/shared/eval/attribution_polnear_train.jsonl

With ``--learn-cues OUT`` it instead (re)generates the learned cue lexicon
(``pipeline/extract/data/attribution_cues.json``) from the gold cue spans of a TRAIN file:
one-word cues of attributions with a source, seen at least ``--min-count`` times, that are
a cue in at least ``--min-share`` of all their occurrences in the file's texts, minus the
verbs the hand-written lexicon already has and function words. Never run it on dev/test.

    python benchmarks/score_attribution.py /work/shared/eval/attribution_polnear_train.jsonl \
        --learn-cues pipeline/extract/data/attribution_cues.json
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipeline.evaluation.attribution_scoring import match_contents
from pipeline.extract import extract
from pipeline.extract.lexicon import COGNITION_VERBS, SPEECH_VERBS, STANCE_VERBS
from pipeline.models import Article, Claim

Span = tuple[int, int]


def _overlaps(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _predicted(claims: list[Claim]) -> list[tuple[Span, Span | None]]:
    out: list[tuple[Span, Span | None]] = []
    for claim in claims:
        if claim.claimant is None and claim.attribution_cue is None:
            continue
        source = claim.claimant.span if claim.claimant is not None else None
        out.append(((claim.span.start, claim.span.end),
                    (source.start, source.end) if source is not None else None))
    return out


def _match(
    pred: list[tuple[Span, Span | None]], gold: list[tuple[Span, Span | None]]
) -> Iterator[tuple[int, int]]:
    yield from match_contents([p[0] for p in pred], [g[0] for g in gold])


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(rows: list[dict[str, Any]], *, verbose: int = 0) -> dict[str, float]:
    tp_c = tp_j = npred = ngold = 0
    misses: list[str] = []
    for row in rows:
        body = row["text"]
        gold = [
            ((a["content"]["start"], a["content"]["end"]),
             (a["source"]["start"], a["source"]["end"]) if a["source"] else None)
            for a in row["attributions"]
            if a["content"] and a["content"]["text"].strip()
            and a["content"]["end"] > a["content"]["start"]
        ]
        result = extract(Article(id=row["id"], body=body), threshold=0.0)
        pred = _predicted(result.claims)
        npred += len(pred)
        ngold += len(gold)
        matched_g: set[int] = set()
        for i, j in _match(pred, gold):
            tp_c += 1
            matched_g.add(j)
            ps, gs = pred[i][1], gold[j][1]
            if (ps is None and gs is None) or (ps is not None and gs is not None
                                               and _overlaps(ps, gs)):
                tp_j += 1
            elif verbose > 1:
                misses.append(f"SRC pred={body[ps[0]:ps[1]] if ps else None!r} "
                              f"gold={body[gs[0]:gs[1]] if gs else None!r}")
        if verbose:
            for j, g in enumerate(gold):
                if j not in matched_g:
                    misses.append(f"MISS {body[g[0][0]:g[0][1]][:110]!r}")
    if verbose:
        random.seed(0)
        for line in random.sample(misses, min(60, len(misses))):
            print(line)
    pc, rc, fc = _prf(tp_c, npred, ngold)
    pj, rj, fj = _prf(tp_j, npred, ngold)
    return {"content_p": pc, "content_r": rc, "content_f1": fc, "joint_p": pj, "joint_r": rj,
            "joint_f1": fj, "predicted": npred, "gold": ngold}


_WORD = re.compile(r"[a-z]+")
# Prepositions and light verbs that PolNeAR marks as cues in a few fixed frames ("in a poll",
# "made the case"): as free-standing cues they would fire everywhere.
_NOT_CUES = frozenset({
    "in", "for", "of", "to", "on", "by", "from", "like", "has", "about", "among", "under",
    "made", "making", "put", "gave", "used", "takes", "share", "provided", "raised",
    "continues", "released", "favorite", "opponent", "according",
})


_PARTICLES = frozenset({"out", "about", "of", "to", "up", "on", "in", "at", "after", "for",
                        "against", "with", "off", "over", "into"})


def learn_cues(rows: list[dict[str, Any]], *, min_count: int, min_share: float) -> list[str]:
    """One-word gold cues (with a source) that are usually a cue where they occur."""
    as_cue: Counter[str] = Counter()
    everywhere: Counter[str] = Counter()
    for row in rows:
        everywhere.update(_WORD.findall(row["text"].lower()))
        for att in row["attributions"]:
            if att["cue"] and att["content"] and att["source"]:
                words = att["cue"]["text"].lower().split()
                # A phrasal cue ("lashed out at", "weighed in on") counts for its verb.
                if words and all(_WORD.fullmatch(w) for w in words) and all(
                        w in _PARTICLES for w in words[1:]):
                    as_cue[words[0]] += 1
    known = SPEECH_VERBS | STANCE_VERBS | COGNITION_VERBS
    return sorted(
        w for w, n in as_cue.items()
        if n >= min_count and n >= min_share * everywhere[w] and w not in known
        and w not in _NOT_CUES
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    parser.add_argument("--learn-cues", type=Path, default=None, metavar="OUT",
                        help="write the learned cue lexicon (TRAIN data only) and exit")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--min-share", type=float, default=0.1)
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    if args.learn_cues is not None:
        words = learn_cues(rows, min_count=args.min_count, min_share=args.min_share)
        doc = {"source": args.path.name, "min_count": args.min_count,
               "min_share": args.min_share, "cues": words}
        args.learn_cues.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
        print(f"{len(words)} cues -> {args.learn_cues}", file=sys.stderr)
        return 0
    if args.limit:
        rows = rows[: args.limit]
    figures = score(rows, verbose=args.verbose)
    print(f"{args.path.name}: {len(rows)} articles", file=sys.stderr)
    for key, value in figures.items():
        print(f"{key:12s} {value:.4f}" if isinstance(value, float) else f"{key:12s} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
