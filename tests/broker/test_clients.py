"""Both Kafka clients claimwatch uses, against the real broker the session starts.

kafka-python serves the CLI, publisher and admin work; aiokafka is what faust-streaming's workers
run on. These tests pin down that the broker version and its config suit both.
"""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka import TopicPartition as AioTopicPartition
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import NewTopic
from kafka.structs import OffsetAndMetadata

from pipeline.settings import Settings

pytestmark = pytest.mark.kafka

N = 12


def _consume(settings: Settings, topic: str, count: int) -> list[tuple[int, int, bytes]]:
    consumer = KafkaConsumer(
        topic,
        **settings.client_config(
            group_id=settings.worker_group,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
            consumer_timeout_ms=30_000,
        ),
    )
    seen: list[tuple[int, int, bytes]] = []
    try:
        for record in consumer:
            seen.append((record.partition, record.offset, record.value))
            if len(seen) == count:
                break
        consumer.commit()
    finally:
        consumer.close()
    return seen


def test_kafka_python_produce_group_consume_and_admin(kafka_settings: Settings) -> None:
    topic = kafka_settings.topic_articles
    group = kafka_settings.worker_group
    admin = KafkaAdminClient(**kafka_settings.client_config())
    try:
        admin.create_topics({topic: {"num_partitions": 3, "replication_factor": 1}})
        admin.wait_for_topics([topic], timeout_ms=30_000)
        assert topic in admin.list_topics()

        producer = KafkaProducer(**kafka_settings.client_config(acks="all"))
        for i in range(N):
            producer.send(topic, key=f"k{i}".encode(), value=f"v{i}".encode()).get(timeout=30)
        producer.close()

        seen = _consume(kafka_settings, topic, N)
        assert sorted(v for _, _, v in seen) == sorted(f"v{i}".encode() for i in range(N))
        per_partition = Counter(p for p, _, _ in seen)
        assert len(per_partition) > 1  # keys spread over the 3 partitions

        groups = {g["group_id"]: g for g in admin.list_groups()}
        assert group in groups
        committed = admin.list_group_offsets({group: None})[group]
        assert {tp.partition: om.offset for tp, om in committed.items()} == dict(per_partition)

        # rewind one partition: a group with no members accepts new offsets
        rewound = TopicPartition(topic, next(iter(per_partition)))
        result = admin.alter_group_offsets(group, {rewound: OffsetAndMetadata(0, "", -1)})
        assert all(err.__name__ == "NoError" for err in result.values())
        after = admin.list_group_offsets({group: None})[group]
        assert after[rewound].offset == 0

        again = _consume(kafka_settings, topic, per_partition[rewound.partition])
        assert {p for p, _, _ in again} == {rewound.partition}
        assert sorted(o for _, o, _ in again) == list(range(per_partition[rewound.partition]))
    finally:
        admin.close()


async def _aiokafka_round_trip(settings: Settings) -> tuple[list[bytes], int]:
    topic = settings.topic_claims
    bootstrap = settings.bootstrap_servers
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for i in range(N):
            await producer.send_and_wait(topic, f"c{i}".encode())
    finally:
        await producer.stop()

    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=settings.worker_group,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        values: list[bytes] = []
        while len(values) < N:
            record = await asyncio.wait_for(consumer.getone(), timeout=30)
            values.append(record.value)
        await consumer.commit()
        committed = await consumer.committed(AioTopicPartition(topic, 0))
    finally:
        await consumer.stop()
    return values, committed


def test_aiokafka_produce_and_group_consume(kafka_settings: Settings) -> None:
    admin = KafkaAdminClient(**kafka_settings.client_config())
    try:  # the local broker, like most production clusters, does not auto-create topics
        admin.create_topics([NewTopic(kafka_settings.topic_claims, 1, 1)])
    finally:
        admin.close()
    values, committed = asyncio.run(_aiokafka_round_trip(kafka_settings))
    assert values == [f"c{i}".encode() for i in range(N)]
    assert committed == N

    admin = KafkaAdminClient(**kafka_settings.client_config())
    try:
        groups = {g["group_id"] for g in admin.list_groups()}
    finally:
        admin.close()
    assert kafka_settings.worker_group in groups
