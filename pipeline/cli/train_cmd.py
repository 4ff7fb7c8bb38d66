"""``claimwatch train``: rebuild the small bundled models from the shared training files."""

from __future__ import annotations

import json
from pathlib import Path

import click

from pipeline.cli.main import main
from pipeline.evaluation.datasets import EVAL_DIR_ENV, default_eval_dir
from pipeline.extract.checkworthy import MODEL_PATH as CHECKWORTHY_MODEL_PATH
from pipeline.training.checkworthy_trainer import (
    CHECKWORTHY_TRAIN_FILE,
    CheckworthyTraining,
    train_checkworthy,
)

_DATA_DIR = click.option(
    "--data-dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    envvar=EVAL_DIR_ENV,
    help=f"Folder of the shared evaluation files [env {EVAL_DIR_ENV}; "
    "default ../shared/eval beside the repository].",
)


def _log(message: str) -> None:
    click.echo(message, err=True)


@main.group()
def train() -> None:
    """Retrain a bundled model, reproducibly (fixed seed, fixed folds).

    Each command reads only the TRAIN files of the shared evaluation data, reports its
    own held-out figures on stderr and as JSON on stdout, and overwrites the bundled
    model file unless --output says otherwise.
    """


@train.command("checkworthy")
@_DATA_DIR
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path),
              default=CHECKWORTHY_MODEL_PATH, show_default=True, help="Model file to write.")
@click.option("--seed", type=int, default=0, show_default=True, help="Shuffling seed.")
def train_checkworthy_cmd(data_dir: Path | None, output: Path, seed: int) -> None:
    """Train the check-worthiness model on CheckThat! 2024 English train.

    5-fold out-of-fold scores choose the calibration so 0.5 is the F1-optimal
    operating point; the final model is then trained on all training sentences.
    Takes about a minute on one core.
    """
    train_file = (data_dir or default_eval_dir()) / CHECKWORTHY_TRAIN_FILE
    if not train_file.is_file():
        raise click.UsageError(f"training file not found: {train_file} (set --data-dir)")
    model, report = train_checkworthy(train_file, CheckworthyTraining(seed=seed), log=_log)
    model.save(output)
    _log(f"wrote {output}")
    click.echo(json.dumps(report, sort_keys=True))
