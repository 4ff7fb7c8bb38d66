"""The readable report of an evaluation run and its one-line JSON summary.

The summary is a flat JSON object and is always the last line ``claimwatch eval`` prints:
``task``, ``file``, ``n``, ``precision``, ``recall``, ``f1`` and the task's own figures (see
:mod:`pipeline.evaluation.sentence_scoring` and
:mod:`pipeline.evaluation.attribution_scoring` for their definitions), plus the extractor
version and the run's wall-clock speed.

>>> lines = render("checkworthy", {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "n": 4})
>>> lines[0]
'claimwatch eval checkworthy'
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

__all__ = ["render", "summary_line"]

_LABELS = {
    "checkworthy": "sentence holds a check-worthy claim",
    "uncertain": "sentence is hedged or weasel-worded",
    "attribution": "attributed claim: content and source",
}

_ROWS: dict[str, list[tuple[str, str]]] = {
    "checkworthy": [("decision", ""), ("average precision", "ap"), ("mean AP over groups", "map")],
    "uncertain": [("decision", ""), ("average precision", "ap"), ("mean AP over groups", "map")],
    "attribution": [("content", "content_"), ("source mention", "source_"),
                    ("joint (content + source)", "joint_")],
}


def _figure(value: Any) -> str:
    if value is None:
        return "n/a"  # undefined on this slice (no positive item, or no positive decision)
    return f"{value:.4f}" if isinstance(value, float) else str(value)


def render(task: str, summary: Mapping[str, Any]) -> list[str]:
    """Human-readable lines for a summary (without the JSON line)."""
    lines = [f"claimwatch eval {task}", f"  positive = {_LABELS.get(task, task)}"]
    for key in ("file", "n", "threshold", "extractor_version"):
        if key in summary:
            lines.append(f"  {key:<18} {_figure(summary[key])}")
    lines.append("")
    lines.append(f"  {'':<26} {'precision':>9} {'recall':>9} {'f1':>9}")
    for title, prefix in _ROWS.get(task, [("decision", "")]):
        if prefix in ("ap", "map"):
            if prefix in summary:
                lines.append(f"  {title:<26} {_figure(summary[prefix]):>9}")
            continue
        keys = [f"{prefix}precision", f"{prefix}recall", f"{prefix}f1"]
        if all(k in summary for k in keys):
            values = " ".join(f"{_figure(summary[k]):>9}" for k in keys)
            lines.append(f"  {title:<26} {values}")
    counts = [k for k in ("tp", "fp", "fn", "predicted", "gold", "matched") if k in summary]
    if counts:
        lines.append("  " + "  ".join(f"{k}={summary[k]}" for k in counts))
    if "source_accuracy" in summary:
        lines.append(f"  source correct on matched content: {summary['source_accuracy']:.4f}")
    if "note" in summary:
        lines.append(f"  note: {summary['note']}")
    if "seconds" in summary:
        lines.append(f"  {summary['n']} items in {summary['seconds']:.1f} s")
    return lines


def summary_line(summary: Mapping[str, Any]) -> str:
    """The summary as one JSON line, keys sorted."""
    return json.dumps(dict(summary), sort_keys=True, ensure_ascii=False)
