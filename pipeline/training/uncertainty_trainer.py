"""Training of the uncertainty cue selection behind ``claimwatch train uncertainty``.

The lexicon (``pipeline/extract/data/uncertainty_lexicon.json``) is hand-written; training
only decides which of its non-fixed phrases to use. Protocol (fixed, no randomness):

1. Read the CoNLL-2010 Task 1 Wikipedia weasel/hedge *training* file (the only one we
   have) and split it by CRC-32 of the id into 5 folds. Fold 0 is HELD OUT: nothing is
   learnt from it, and it was not read while the lexicon was written. Folds 1-4 learn.
2. A sentence counts as uncertain when any used phrase with a code in
   :data:`UNCERTAIN_CODES` fires in it (the same rule ``claimwatch eval uncertain`` applies
   to the engine's reasons). Fixed phrases are always used.
3. Greedy forward selection on the learning sentences: repeatedly add the non-fixed phrase
   that raises F1 the most, while F1 rises by at least ``min_gain``; phrases firing in fewer
   than ``min_support`` learning sentences are never candidates (too little evidence).
4. The selection is also run inside a 4-fold split of the learning sentences, to report a
   cross-validated figure; the held-out fold 0 figure is reported last. The shipped
   selection is the one learnt on all of folds 1-4, so fold 0 stays a true held-out set
   for ``claimwatch eval uncertain FILE --fold 0/5``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from pipeline.evaluation.datasets import fold_of, read_sentences
from pipeline.evaluation.metrics import Counts, binary_counts
from pipeline.evaluation.sentence_scoring import UNCERTAIN_CODES
from pipeline.extract.uncertainty import CueMatcher, CuePhrase, CueSelection, load_lexicon

__all__ = ["UNCERTAIN_CODES", "UNCERTAIN_TRAIN_FILE", "UncertaintyTraining", "train_uncertainty"]

UNCERTAIN_TRAIN_FILE = "uncertain_wikiweasel_train.jsonl"

_ORIGIN = (
    "CoNLL-2010 Shared Task 1, Wikipedia weasel/hedge sentences, training part "
    "(Farkas et al., 2010), as shared/eval/uncertain_wikiweasel_train.jsonl "
    "(from ChristopherLiew/Crypto-Uncertainty-Index)"
)


@dataclass(frozen=True)
class UncertaintyTraining:
    folds: int = 5
    held_out_fold: int = 0
    inner_folds: int = 4
    min_support: int = 3
    min_gain: float = 0.0005


def _select(
    fired: Sequence[frozenset[str]],
    labels: Sequence[bool],
    fixed: frozenset[str],
    settings: UncertaintyTraining,
) -> frozenset[str]:
    """Greedy forward selection of learnt phrases maximising F1 on these sentences."""
    positives = sum(labels)
    covered = [bool(keys & fixed) for keys in fired]
    tp = sum(1 for c, y in zip(covered, labels, strict=True) if c and y)
    fp = sum(1 for c, y in zip(covered, labels, strict=True) if c and not y)
    where: dict[str, list[int]] = {}
    for index, keys in enumerate(fired):
        for key in keys - fixed:
            where.setdefault(key, []).append(index)
    candidates = {k for k, hits in where.items() if len(hits) >= settings.min_support}
    chosen: set[str] = set()

    def f1(true_pos: int, false_pos: int) -> float:
        denominator = true_pos + false_pos + positives
        return 2 * true_pos / denominator if denominator else 0.0

    while True:
        current = f1(tp, fp)
        best: tuple[float, str, int, int] | None = None
        for key in sorted(candidates - chosen):
            new = [i for i in where[key] if not covered[i]]
            gained_tp = sum(1 for i in new if labels[i])
            score = f1(tp + gained_tp, fp + len(new) - gained_tp)
            if score >= current + settings.min_gain and (best is None or score > best[0]):
                best = (score, key, gained_tp, len(new) - gained_tp)
        if best is None:
            return frozenset(chosen)
        _, key, gained_tp, gained_fp = best
        chosen.add(key)
        tp, fp = tp + gained_tp, fp + gained_fp
        for i in where[key]:
            covered[i] = True


def _predict(fired: Sequence[frozenset[str]], used: frozenset[str]) -> list[bool]:
    return [bool(keys & used) for keys in fired]


def train_uncertainty(
    train_file: Path,
    lexicon: Path,
    settings: UncertaintyTraining | None = None,
    *,
    log: Callable[[str], None] = lambda message: None,
) -> tuple[CueSelection, dict[str, Any]]:
    """Select the learnt phrases; returns the selection and a report with held-out figures."""
    settings = settings or UncertaintyTraining()
    rows = read_sentences(train_file)
    expanded = load_lexicon(lexicon)
    # Every expansion of a phrase with optional words is matched ("it is widely believed"
    # and "it is believed"); keyed by phrase only to look up its code and fixedness.
    phrases: dict[str, CuePhrase] = {p.key: p for p in expanded}
    matcher = CueMatcher(expanded)
    counted = {k for k, p in phrases.items() if p.code in UNCERTAIN_CODES}
    fixed = frozenset(k for k in counted if phrases[k].fixed)
    fired = [frozenset(matcher.fired(row.text) & counted) for row in rows]
    labels = [row.label for row in rows]
    folds = [fold_of(row.id, settings.folds) for row in rows]
    learn = [i for i, f in enumerate(folds) if f != settings.held_out_fold]
    held = [i for i, f in enumerate(folds) if f == settings.held_out_fold]
    log(f"read {len(rows)} sentences ({sum(labels)} uncertain); learning on {len(learn)}, "
        f"holding out {len(held)} (fold {settings.held_out_fold} of {settings.folds})")

    inner = [fold_of(rows[i].id + "#inner", settings.inner_folds) for i in learn]
    cross = Counts()
    for k in range(settings.inner_folds):
        fit = [i for i, f in zip(learn, inner, strict=True) if f != k]
        test = [i for i, f in zip(learn, inner, strict=True) if f == k]
        used = fixed | _select([fired[i] for i in fit], [labels[i] for i in fit], fixed, settings)
        cross = cross + binary_counts(
            _predict([fired[i] for i in test], used), [labels[i] for i in test]
        )
        log(f"inner fold {k + 1}/{settings.inner_folds} done")
    log(f"cross-validated on the learning folds: P={cross.precision:.3f} "
        f"R={cross.recall:.3f} F1={cross.f1:.3f}")

    learnt = _select([fired[i] for i in learn], [labels[i] for i in learn], fixed, settings)
    # The held-out figure uses the real matcher (overlaps resolved as at run time).
    shipped = CueMatcher(p for p in expanded if p.fixed or p.key in learnt)
    held_counts = binary_counts(
        [any(c.code in UNCERTAIN_CODES for c in shipped.find(rows[i].text)) for i in held],
        [labels[i] for i in held],
    )
    log(f"held-out fold: P={held_counts.precision:.3f} R={held_counts.recall:.3f} "
        f"F1={held_counts.f1:.3f}")

    seen: Counter[str] = Counter()
    uncertain: Counter[str] = Counter()
    for i in learn:
        seen.update(fired[i])
        if labels[i]:
            uncertain.update(fired[i])
    report: dict[str, Any] = {
        "data": {"sentences": len(rows), "learning": len(learn), "held_out": len(held)},
        "cross_validated": _figures(cross),
        "held_out": _figures(held_counts),
        "learnt": sorted(learnt),
    }
    metadata = {
        "trained_by": "claimwatch train uncertainty",
        "data": {"origin": _ORIGIN, "file": train_file.name, **report["data"]},
        "settings": asdict(settings),
        "cross_validated": report["cross_validated"],
        "held_out": report["held_out"],
        "evidence_is": "[learning sentences the phrase fires in, of them labelled uncertain]",
    }
    selection = CueSelection(
        learnt=learnt,
        evidence={k: (n, uncertain[k]) for k, n in seen.items()},
        metadata=metadata,
    )
    return selection, report


def _figures(counts: Counts) -> dict[str, float | int]:
    return {
        "precision": round(counts.precision, 4),
        "recall": round(counts.recall, 4),
        "f1": round(counts.f1, 4),
        "tp": counts.tp,
        "fp": counts.fp,
        "fn": counts.fn,
    }
