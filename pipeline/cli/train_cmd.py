"""``claimwatch train``: rebuild the small bundled models from the shared training files."""

from __future__ import annotations

import json
from pathlib import Path

import click

from pipeline.cli.main import main
from pipeline.cli.options import build_settings
from pipeline.evaluation.datasets import EVAL_DIR_ENV, eval_dir_of
from pipeline.extract.checkworthy import MODEL_PATH as CHECKWORTHY_MODEL_PATH
from pipeline.extract.uncertainty import LEXICON_PATH, SELECTION_PATH
from pipeline.training.checkworthy_trainer import (
    CHECKWORTHY_TRAIN_FILE,
    CheckworthyTraining,
    train_checkworthy,
)
from pipeline.training.uncertainty_trainer import UNCERTAIN_TRAIN_FILE, train_uncertainty

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
    Takes about two minutes on one core.
    """
    train_file = (data_dir or eval_dir_of(build_settings())) / CHECKWORTHY_TRAIN_FILE
    if not train_file.is_file():
        raise click.UsageError(f"training file not found: {train_file} (set --data-dir)")
    model, report = train_checkworthy(train_file, CheckworthyTraining(seed=seed), log=_log)
    model.save(output)
    _log(f"wrote {output}")
    click.echo(json.dumps(report, sort_keys=True))


@train.command("uncertainty")
@_DATA_DIR
@click.option("--lexicon", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=LEXICON_PATH, show_default=True, help="Hand-written cue lexicon.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path),
              default=SELECTION_PATH, show_default=True, help="Selection file to write.")
def train_uncertainty_cmd(data_dir: Path | None, lexicon: Path, output: Path) -> None:
    """Choose which learnable cue phrases to use, on CoNLL-2010 Wikipedia train.

    Fold 0 of 5 (by id hash) is held out; greedy forward selection maximises F1 on
    folds 1-4. Reports 4-fold cross-validated and held-out precision, recall and F1.
    Check the held-out figure through the engine with
    `claimwatch eval uncertain FILE --fold 0/5`.
    """
    train_file = (data_dir or eval_dir_of(build_settings())) / UNCERTAIN_TRAIN_FILE
    if not train_file.is_file():
        raise click.UsageError(f"training file not found: {train_file} (set --data-dir)")
    selection, report = train_uncertainty(train_file, lexicon, log=_log)
    selection.save(output)
    _log(f"wrote {output}")
    click.echo(json.dumps(report, sort_keys=True))
