"""Measuring the extraction engine on labelled data (``claimwatch eval``).

* :mod:`~pipeline.evaluation.datasets`: readers of the shared evaluation formats;
* :mod:`~pipeline.evaluation.engine_runs`: what counts as the engine's answer per task;
* :mod:`~pipeline.evaluation.sentence_scoring`, :mod:`~pipeline.evaluation.attribution_scoring`:
  how answers are scored (the exact definitions are in their docstrings);
* :mod:`~pipeline.evaluation.metrics`: counts, F1, average precision;
* :mod:`~pipeline.evaluation.report`: the printed report and its last-line JSON summary.
"""
