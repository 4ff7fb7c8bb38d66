"""Create claimwatch's topics with explicit partition counts, and name them from settings."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from kafka.admin import KafkaAdminClient, NewPartitions, NewTopic
from kafka.errors import InvalidPartitionsError, TopicAlreadyExistsError

from pipeline.settings import PUBLISHED_TABLE, Settings, changelog_topic

__all__ = [
    "DLQ_MAX_RECORD_BYTES",
    "TopicSpec",
    "ensure_topics",
    "grow_partitions",
    "match_changelog",
    "missing_topics",
    "partition_counts",
    "require_topics",
    "topic_specs",
]

#: The dead-letter topic's record limit, which the worker's producer must also allow: large
#: enough for a dead letter of any record the broker accepted on the input topic.
DLQ_MAX_RECORD_BYTES = 8 * 1024 * 1024

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    config: dict[str, str]


def topic_specs(settings: Settings) -> list[TopicSpec]:
    """The four topics, each with its partition count and retention.

    Claims are keyed by claim_id; compaction keeps the latest version of each claim so a
    dashboard reading history sees a replayed claim once. The DLQ keeps records a month.

    >>> [t.name for t in topic_specs(Settings())]
    ['articles', 'claims', 'claims.flagged', 'articles.dlq']
    """
    p = settings.partitions
    compact = {"cleanup.policy": "compact,delete", "retention.ms": str(30 * 24 * 3600 * 1000)}
    return [
        TopicSpec(settings.topic_articles, p, {}),
        TopicSpec(settings.topic_claims, p, compact),
        TopicSpec(settings.topic_flagged, p, compact),
        # a dead letter wraps a whole input record in base64, so it may exceed the 1 MB default
        TopicSpec(settings.topic_dlq, 1, {"retention.ms": str(30 * 24 * 3600 * 1000),
                                          "max.message.bytes": str(DLQ_MAX_RECORD_BYTES)}),
    ]


def ensure_topics(settings: Settings, specs: list[TopicSpec] | None = None) -> list[str]:
    """Create any missing topic; return the names created. Existing topics are left as they are."""
    specs = specs if specs is not None else topic_specs(settings)
    admin = KafkaAdminClient(**settings.client_config(client_id="claimwatch-admin"))
    try:
        existing = set(admin.list_topics())
        missing = [s for s in specs if s.name not in existing]
        created: list[str] = []
        for spec in missing:
            topic = NewTopic(
                name=spec.name,
                num_partitions=spec.partitions,
                replication_factor=settings.replication_factor,
                topic_configs=spec.config,
            )
            try:
                admin.create_topics([topic])
                created.append(spec.name)
                log.info("created topic %s (%d partition%s)", spec.name, spec.partitions,
                         "" if spec.partitions == 1 else "s")
            except TopicAlreadyExistsError:
                pass  # another process won the race; that is fine
        return created
    finally:
        admin.close()


def partition_counts(settings: Settings, names: list[str], attempts: int = 10) -> dict[str, int]:
    """How many partitions each existing topic of ``names`` has on the cluster.

    Metadata of a topic created a moment ago may still come back with an error or without
    its partitions; such a topic is asked again, up to ``attempts`` times.
    """
    admin = KafkaAdminClient(**settings.client_config(client_id="claimwatch-admin"))
    counts: dict[str, int] = {}
    try:
        wanted = list(names)
        for attempt in range(attempts):
            # (listed on each try: the listing too may lag behind a topic just created)
            listed = set(admin.list_topics())
            present = [n for n in wanted if n in listed]
            for topic in admin.describe_topics(present) if present else []:
                if topic.get("error_code", 0) == 0 and topic["partitions"]:
                    counts[topic["name"]] = len(topic["partitions"])
            wanted = [n for n in wanted if n not in counts]
            # a topic no listing has shown after the first tries does not exist
            if not wanted or (attempt >= 2 and not any(n in listed for n in wanted)):
                break
            time.sleep(0.3)
    finally:
        admin.close()
    return counts


def match_changelog(settings: Settings, table: str = PUBLISHED_TABLE) -> int:
    """The articles topic's partition count, which the worker's table ``table`` must have:
    its changelog topic (faust's ``GROUP-TABLE-changelog``), if it exists with fewer after
    ``claimwatch topics --grow``, is grown to match (faust refuses a mismatch)."""
    changelog = changelog_topic(settings.worker_group, table)
    have = partition_counts(settings, [settings.topic_articles, changelog])
    wanted = have.get(settings.topic_articles, settings.partitions)
    if have.get(changelog, wanted) > wanted:
        raise ValueError(
            f"topic {changelog} has {have[changelog]} partitions, {settings.topic_articles} "
            f"only {wanted}: faust needs them equal (was {settings.topic_articles} made again? "
            f"delete {changelog}, or use another worker group)")
    if changelog in have and have[changelog] < wanted:
        admin = KafkaAdminClient(**settings.client_config(client_id="claimwatch-admin"))
        try:
            admin.create_partitions({changelog: NewPartitions(wanted)})
        except InvalidPartitionsError:
            # another worker of the group, starting too, grew it first
            log.debug("topic %s was grown meanwhile", changelog)
        else:
            log.info("topic %s now has %d partitions, as %s has", changelog, wanted,
                     settings.topic_articles)
        finally:
            admin.close()
    return wanted


def grow_partitions(settings: Settings, specs: list[TopicSpec] | None = None) -> dict[str, int]:
    """Add partitions to topics that have fewer than their spec asks for (Kafka can only add).

    Returns the new count of each topic grown. New partitions take only new records; keyed
    records (claims by claim id) may then land in another partition than their older
    versions, so a compacted topic keeps both until the old ones expire.
    """
    specs = specs if specs is not None else topic_specs(settings)
    have = partition_counts(settings, [s.name for s in specs])
    grow = {s.name: s.partitions for s in specs if s.name in have and have[s.name] < s.partitions}
    if not grow:
        return {}
    admin = KafkaAdminClient(**settings.client_config(client_id="claimwatch-admin"))
    try:
        admin.create_partitions({name: NewPartitions(total) for name, total in grow.items()})
    finally:
        admin.close()
    for name, total in grow.items():
        log.info("topic %s now has %d partitions (was %d)", name, total, have[name])
    return grow


def missing_topics(
    settings: Settings, names: list[str] | None = None, wait: float = 0.0
) -> list[str]:
    """Which of ``names`` (default: claimwatch's topics) the cluster lacks.

    Raises KafkaError if the cluster is unreachable. A topic created a moment ago may not be
    in every broker's metadata yet, so missing ones are asked again for up to ``wait`` s.
    """
    wanted = names if names is not None else [s.name for s in topic_specs(settings)]
    admin = KafkaAdminClient(**settings.client_config(client_id="claimwatch-admin"))
    deadline = time.monotonic() + wait
    try:
        while True:
            existing = set(admin.list_topics())
            missing = [name for name in wanted if name not in existing]
            if not missing or time.monotonic() >= deadline:
                return missing
            time.sleep(0.5)
    finally:
        admin.close()


def require_topics(settings: Settings, names: list[str], hint: str = "") -> None:
    """Raise LookupError naming the first of ``names`` the cluster lacks (``hint`` appended).

    Producers and consumers given a missing topic retry it for their whole timeout, logging
    each metadata refresh; asking the admin API first fails in about a second instead.
    """
    missing = missing_topics(settings, names, wait=2.0)
    if missing:
        raise LookupError(f"topic {missing[0]!r} does not exist" + (f" ({hint})" if hint else ""))
