"""End-to-end benchmark: articles through a real broker and real workers, timed.

Each run makes fresh topics and a fresh worker group, starts ``workers`` worker processes,
publishes ``articles`` copies of the sample article (each with its own id), and reads the
claims topic until every article's claims are in. It reports:

- publish rate: articles acknowledged by the broker per second (``acks=all``);
- end-to-end rate: articles per second from the first publish to the last claim seen;
- latency: per article, the claim record's broker timestamp minus the article's (median, p95).

Figures are medians over runs, printed with the machine they ran on. Timings on a shared
two-core machine are noisy; compare ratios (one worker against two), not absolutes.
"""

from __future__ import annotations

import logging
import statistics
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kafka.admin import KafkaAdminClient

from pipeline.child_process import ClaimwatchChild
from pipeline.extract import extract
from pipeline.inputs import read_inputs
from pipeline.models import Article, Claim
from pipeline.positions import StartAt
from pipeline.publish import Publisher
from pipeline.settings import Settings, changelog_topic, leader_topic
from pipeline.subscribe import tail
from pipeline.topics import ensure_topics
from pipeline.worker import READY_MESSAGE

__all__ = ["RunFigures", "bench_pipeline", "sample_articles"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunFigures:
    articles: int
    claims: int
    publish_per_s: float
    end_to_end_per_s: float
    latency_median_ms: float
    latency_p95_ms: float


def sample_articles(n: int, sample: Path) -> list[Article]:
    """``n`` copies of the sample article, each with its own id (and so its own claim ids)."""
    (record,) = read_inputs([str(sample)])
    assert record.article is not None
    base = record.article
    return [base.model_copy(update={"id": f"{base.id}-{i}"}) for i in range(n)]


def _start_workers(settings: Settings, count: int, logs: Path) -> list[ClaimwatchChild]:
    workers = [ClaimwatchChild(["worker"], settings, logs / f"bench-worker-{i}.log",
                               extra_env={"CLAIMWATCH_LOG_LEVEL": "INFO"})
               for i in range(count)]
    deadline = time.monotonic() + 120
    try:
        for i, worker in enumerate(workers):
            if not worker.wait_for_log(READY_MESSAGE, max(0.0, deadline - time.monotonic())):
                raise RuntimeError(f"worker {i} did not start; see {worker.log_path}")
    except BaseException:  # Ctrl-C while they start too: no worker is left running
        _stop(workers)
        raise
    return workers


def _stop(workers: list[ClaimwatchChild]) -> None:
    for worker in workers:  # all at once: each takes a while to leave the group
        worker.terminate()
    for worker in workers:
        worker.stop()


def _one_run(base: Settings, articles: list[Article], workers: int, logs: Path) -> RunFigures:
    suffix = uuid.uuid4().hex[:8]
    settings = base.model_copy(update={
        "topic_articles": f"bench-articles-{suffix}", "topic_claims": f"bench-claims-{suffix}",
        "topic_flagged": f"bench-flagged-{suffix}", "topic_dlq": f"bench-dlq-{suffix}",
        "worker_group": f"bench-{suffix}",
    })
    ensure_topics(settings)
    try:
        procs = _start_workers(settings, workers, logs)
    except BaseException:
        _delete_topics(settings)
        raise
    try:
        expected = {a.id for a in articles}
        claims_per_article = len(extract(articles[0]).claims)
        total_claims = claims_per_article * len(articles)
        start = time.monotonic()
        with Publisher(settings) as publisher:
            futures = [publisher.send(a) for a in articles]
            publisher.flush()
            sent_ms = {a.id: f.get(timeout=60).timestamp for a, f in zip(articles, futures,
                                                                          strict=True)}
        published = time.monotonic()
        last_ms: dict[str, int] = {}
        seen = 0
        deadline = time.monotonic() + 600
        for record in tail(settings, settings.topic_claims, StartAt(earliest=True),
                           heartbeat=True):
            if record is not None and record.value is not None:  # (not a retraction)
                claim = Claim.from_json(record.value)
                last_ms[claim.article_id] = max(last_ms.get(claim.article_id, 0),
                                                record.timestamp)
                seen += 1
            if seen >= total_claims and expected <= set(last_ms):
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"timed out: {seen}/{total_claims} claims")
        done = time.monotonic()
    finally:
        _stop(procs)
        _delete_topics(settings)
    latencies = sorted(last_ms[a] - sent_ms[a] for a in expected)
    return RunFigures(
        articles=len(articles), claims=seen,
        publish_per_s=len(articles) / (published - start),
        end_to_end_per_s=len(articles) / (done - start),
        latency_median_ms=statistics.median(latencies),
        latency_p95_ms=latencies[int(0.95 * (len(latencies) - 1))],
    )


def _delete_topics(settings: Settings) -> None:
    """The run's topics, faust's topics named after its group, and the group."""
    admin = KafkaAdminClient(**settings.client_config())
    topics = [settings.topic_articles, settings.topic_claims, settings.topic_flagged,
              settings.topic_dlq, leader_topic(settings.worker_group),
              changelog_topic(settings.worker_group)]
    try:  # leftovers are harmless: never hide the figures for them
        admin.delete_topics(topics)
    except Exception:
        log.debug("bench: deleting the topics failed", exc_info=True)
    try:
        for _ in range(15):  # the stopped workers' members may take a few seconds to leave
            errors = [err for _, err in admin.delete_groups([settings.worker_group])
                      if getattr(err, "errno", 0)]
            if not any(getattr(err, "errno", 0) == _GROUP_NOT_EMPTY for err in errors):
                break
            time.sleep(1.0)
    except Exception:
        log.debug("bench: deleting the group failed", exc_info=True)
    finally:
        admin.close()


_GROUP_NOT_EMPTY = 68  # Kafka's NON_EMPTY_GROUP


def bench_pipeline(settings: Settings, articles: list[Article], workers: int, runs: int,
                   logs: Path, say: Callable[[str], None]) -> list[RunFigures]:
    """``runs`` runs of the benchmark; returns each run's figures."""
    logs.mkdir(parents=True, exist_ok=True)
    results = []
    for i in range(runs):
        figures = _one_run(settings, articles, workers, logs)
        say(f"run {i + 1}/{runs}: {figures.end_to_end_per_s:.0f} articles/s end to end, "
            f"median latency {figures.latency_median_ms:.0f} ms")
        results.append(figures)
    return results
