from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from pipeline.broker.errors import BrokerError
from pipeline.broker.jars import jars_ready, lib_dir_for, log4j2_version_for


def test_log4j2_pairs_with_kafka_release() -> None:
    assert log4j2_version_for("4.4.0") == "2.25.5"
    assert log4j2_version_for("4.3.1") == "2.25.4"
    assert log4j2_version_for("4.9.0").startswith("2.")


@pytest.mark.parametrize("version", ["3.9.2", "2.8.0", "latest"])
def test_pre_4_versions_are_refused(version: str) -> None:
    with pytest.raises(BrokerError, match=r"Kafka 4\.x"):
        log4j2_version_for(version)


def _stamped(tmp_path: Path, **overrides: str) -> tuple[Path, Path]:
    pom = tmp_path / "pom.xml"
    pom.write_text("<project/>")
    lib = lib_dir_for(tmp_path / "cache", "4.4.0")
    lib.mkdir(parents=True)
    stamp = {
        "kafka_version": "4.4.0",
        "log4j2_version": "2.25.5",
        "pom_sha256": hashlib.sha256(pom.read_bytes()).hexdigest(),
        **overrides,
    }
    (lib.parent / "lib.stamp.json").write_text(json.dumps(stamp))
    return pom, lib


def test_stamp_matching_pom_and_version_means_no_maven(tmp_path: Path) -> None:
    pom, lib = _stamped(tmp_path)
    assert jars_ready(pom, lib, "4.4.0")


def test_changed_pom_or_version_forces_resolution(tmp_path: Path) -> None:
    pom, lib = _stamped(tmp_path)
    assert not jars_ready(pom, lib, "4.3.1")
    pom.write_text("<project><!-- changed --></project>")
    assert not jars_ready(pom, lib, "4.4.0")


def test_missing_or_corrupt_stamp_forces_resolution(tmp_path: Path) -> None:
    pom, lib = _stamped(tmp_path)
    (lib.parent / "lib.stamp.json").write_text("{not json")
    assert not jars_ready(pom, lib, "4.4.0")
    (lib.parent / "lib.stamp.json").unlink()
    assert not jars_ready(pom, lib, "4.4.0")
