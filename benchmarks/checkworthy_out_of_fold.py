"""An out-of-fold check-worthiness figure for the whole engine, from the training file only.

The shipped model is trained on all of CheckThat! 2024 English train, so scoring the
engine on that file says little, and the dev file must stay untouched by tuning. This
script trains a model exactly as ``claimwatch train checkworthy`` does, but on folds 1-4
(CRC-32 of the id, as everywhere in the project), puts it in the engine in place of the
shipped one, and scores the engine's sentence decisions on fold 0, which that model never
saw. Use it to compare engine changes; report the dev file's figure as the result.

    python benchmarks/checkworthy_out_of_fold.py [--train FILE] [--folds 5]

Prints a report on stderr and one JSON object on stdout. Takes about a minute.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
from pathlib import Path

import pipeline.extract.checkworthy as checkworthy
from pipeline.evaluation.datasets import default_eval_dir, fold_of, read_sentences
from pipeline.evaluation.engine_runs import predict_checkworthy
from pipeline.evaluation.sentence_scoring import score_sentences
from pipeline.extract import EXTRACTOR_VERSION
from pipeline.training.checkworthy_trainer import CheckworthyTraining, train_checkworthy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path,
                        default=default_eval_dir() / "checkworthy_ct24_train.jsonl")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()

    lines = [line for line in args.train.read_bytes().splitlines(keepends=True) if line.strip()]
    held_out_ids = {s.id for s in read_sentences(args.train) if fold_of(s.id, args.folds) == 0}
    with tempfile.TemporaryDirectory() as tmp:
        learning = Path(tmp) / "learning.jsonl"
        learning.write_bytes(b"".join(
            line for line in lines if json.loads(line)["id"] not in held_out_ids))
        model, _ = train_checkworthy(learning, CheckworthyTraining(),
                                     log=lambda m: print(m, file=sys.stderr))
        model_path = Path(tmp) / "model.json"
        model.save(model_path)
        # The engine reads its model through this cached loader; point it at the fold model.
        checkworthy.MODEL_PATH = model_path
        checkworthy.default_model.cache_clear()
        held_out = [s for s in read_sentences(args.train) if s.id in held_out_ids]
        summary = score_sentences(held_out, predict_checkworthy(held_out)).summary()
    summary.update(extractor_version=EXTRACTOR_VERSION, held_out_fold=f"0/{args.folds}",
                   file=args.train.name, machine=platform.processor() or platform.machine())
    print(f"engine on held-out fold 0/{args.folds} ({len(held_out)} sentences): "
          f"P {summary['precision']:.4f} R {summary['recall']:.4f} F1 {summary['f1']:.4f} "
          f"AP {summary['ap']:.4f}", file=sys.stderr)
    print(json.dumps(summary, sort_keys=True))


if __name__ == "__main__":
    main()
