"""`claimwatch config` and `claimwatch schemas`: the broker-free admin commands."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main


def test_config_prints_every_setting_with_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMWATCH_TOPIC_FLAGGED", "desk.flagged")
    monkeypatch.setenv("CLAIMWATCH_SASL_PASSWORD", "s3cret")
    monkeypatch.setenv("CLAIMWATCH_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("CLAIMWATCH_SASL_USERNAME", "svc")
    result = CliRunner().invoke(main, ["config"])
    assert result.exit_code == 0, result.output
    assert 'CLAIMWATCH_TOPIC_FLAGGED="desk.flagged"' in result.output.splitlines()
    assert "# CLAIMWATCH_SASL_PASSWORD=***  (set, hidden)" in result.output.splitlines()
    assert "s3cret" not in result.output


def test_config_output_read_back_as_a_dot_env_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: unset settings were printed as null and read back as the text "null".
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLAIMWATCH_TOPIC_FLAGGED", "desk.flagged")
    first = CliRunner().invoke(main, ["config"])
    assert first.exit_code == 0, first.output
    assert "# CLAIMWATCH_SSL_CAFILE=  (unset)" in first.output.splitlines()
    (tmp_path / ".env").write_text(first.output, encoding="utf-8")
    monkeypatch.delenv("CLAIMWATCH_TOPIC_FLAGGED")
    again = CliRunner().invoke(main, ["config"])
    assert again.exit_code == 0, again.output
    assert again.output == first.output


def test_config_names_a_bad_variable_instead_of_a_traceback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CLAIMWATCH_PARTITIONS", "0")
    result = CliRunner().invoke(main, ["config"])
    assert result.exit_code == 2
    assert "invalid configuration: CLAIMWATCH_PARTITIONS (or its flag) = '0'" in result.output
    assert "pydantic.dev" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize(("name", "value", "says"), [
    ("CLAIMWATCH_BOOTSTRAP_SERVERS", "", "no server given"),
    ("CLAIMWATCH_BOOTSTRAP_SERVERS", "kafka", "'kafka' is not HOST:PORT"),
    ("CLAIMWATCH_BOOTSTRAP_SERVERS", "127.0.0.1:99999", "'127.0.0.1:99999' is not HOST:PORT"),
    ("CLAIMWATCH_SSL_CAFILE", "/nonexistent/ca.pem", "no such file: /nonexistent/ca.pem"),
    ("CLAIMWATCH_PARTIES_FILE", "/nonexistent/p.json", "no such file: /nonexistent/p.json"),
])
def test_bad_addresses_and_files_are_named_at_start(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, says: str
) -> None:
    monkeypatch.setenv(name, value)
    result = CliRunner().invoke(main, ["config"])
    assert result.exit_code == 2
    assert f"{name} (or its flag) = {value!r}: {says}" in result.output


def test_schemas_check_of_a_missing_folder_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["schemas", "--dir", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert "no schema folder" in result.output


def test_schemas_default_to_the_checkout_from_any_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # not the checkout root
    result = CliRunner().invoke(main, ["schemas"])
    assert result.exit_code == 0, result.output
    checkout = Path(__file__).resolve().parents[2] / "schemas"
    assert f"schemas in {checkout} match the models" in result.output


def test_schemas_without_a_checkout_say_how_to_name_the_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("pipeline.cli.admin_cmds.project_schema_dir", lambda: None)
    result = CliRunner().invoke(main, ["schemas"])
    assert result.exit_code == 2
    assert "name one with --dir PATH" in result.output


def test_a_stale_folder_given_with_dir_is_named_in_the_fix(tmp_path: Path) -> None:
    # Before: the hint said `claimwatch schemas --write`, which rewrites the checkout's files.
    assert CliRunner().invoke(main, ["schemas", "--write", "--dir", str(tmp_path)]).exit_code == 0
    stale = next(tmp_path.glob("*.json"))
    stale.write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(main, ["schemas", "--dir", str(tmp_path)])
    assert result.exit_code == 1
    assert f"(run `claimwatch schemas --write --dir {tmp_path}`)" in result.output


def test_a_saved_config_leaves_the_local_address_following_the_broker_port(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: `config > .env` pinned the derived 127.0.0.1:19092, so a broker moved with
    # CLAIMWATCH_BROKER_PORT and every client still asked the old port
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text(CliRunner().invoke(main, ["config"]).output, encoding="utf-8")
    monkeypatch.setenv("CLAIMWATCH_BROKER_PORT", "29092")
    moved = CliRunner().invoke(main, ["config"]).output.splitlines()
    assert any(line.startswith('# CLAIMWATCH_BOOTSTRAP_SERVERS="127.0.0.1:29092"')
               for line in moved)


def test_a_misspelt_variable_is_named_with_the_setting_meant(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Before: silently ignored, so the default address was used without a word
    monkeypatch.setenv("CLAIMWATCH_BOOTSTRAP_SERVER", "10.9.9.9:9092")
    result = CliRunner().invoke(main, ["config"])
    assert result.exit_code == 0
    assert ("warning: CLAIMWATCH_BOOTSTRAP_SERVER is no claimwatch setting and is ignored "
            "(did you mean CLAIMWATCH_BOOTSTRAP_SERVERS?)") in result.stderr
    # the test suite's own variables are no typo
    monkeypatch.delenv("CLAIMWATCH_BOOTSTRAP_SERVER")
    monkeypatch.setenv("CLAIMWATCH_TEST_CHROMIUM", "/usr/bin/chromium")
    assert "warning" not in CliRunner().invoke(main, ["config"]).stderr
