from __future__ import annotations

import base64
from pathlib import Path

import pytest

from pipeline.broker.assets import (
    REQUIRED_FILES,
    find_deploy_dir,
    new_cluster_id,
    render_server_properties,
)
from pipeline.broker.errors import BrokerError


def _parse(text: str) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in text.splitlines() if line and not line.startswith("#"))
    return {k.strip(): v.strip() for k, v in pairs}


def test_shipped_template_renders_loopback_single_node(tmp_path: Path) -> None:
    template = (find_deploy_dir() / "server.properties.in").read_text()
    props = _parse(
        render_server_properties(template, port=31001, controller_port=31002, data_dir=tmp_path)
    )
    assert props["listeners"] == "PLAINTEXT://127.0.0.1:31001,CONTROLLER://127.0.0.1:31002"
    assert props["advertised.listeners"] == props["listeners"]
    assert props["controller.quorum.bootstrap.servers"] == "127.0.0.1:31002"
    assert props["log.dirs"] == str(tmp_path)
    assert props["process.roles"] == "broker,controller"
    # one node: every internal topic must be creatable with a single replica
    assert props["offsets.topic.replication.factor"] == "1"
    assert props["transaction.state.log.min.isr"] == "1"
    # as in production: the tests then show that nothing relies on auto-created topics
    assert props["auto.create.topics.enable"] == "false"
    assert not any("@" in v for v in props.values())


def test_unknown_placeholder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BrokerError, match="@NOPE@"):
        render_server_properties("a=@NOPE@", port=1, controller_port=2, data_dir=tmp_path)


def test_cluster_ids_are_unique_kafka_uuids() -> None:
    ids = {new_cluster_id() for _ in range(500)}
    assert len(ids) == 500
    for cid in ids:
        assert len(cid) == 22 and not cid.startswith("-")
        assert len(base64.urlsafe_b64decode(cid + "==")) == 16


def _deploy_folder(path: Path, skip: str | None = None) -> Path:
    path.mkdir(parents=True)
    for name in REQUIRED_FILES:
        if name != skip:
            (path / name).write_text("x")
    return path


def test_locator_prefers_installed_package_then_source(tmp_path: Path) -> None:
    wheel = _deploy_folder(tmp_path / "wheel")
    repo = _deploy_folder(tmp_path / "repo")
    assert find_deploy_dir([wheel, repo]) == wheel
    assert find_deploy_dir([tmp_path / "missing", repo]) == repo


def test_locator_skips_incomplete_folders_and_explains(tmp_path: Path) -> None:
    partial = _deploy_folder(tmp_path / "partial", skip="pom.xml")
    with pytest.raises(BrokerError, match="partial"):
        find_deploy_dir([partial])


def test_default_candidates_find_the_repo_copy() -> None:
    assert (find_deploy_dir() / "pom.xml").read_text().count("kafka_2.13") == 1
