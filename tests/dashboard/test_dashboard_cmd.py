"""``claimwatch dashboard`` as a process: URL on stdout, logs on stderr, clean exit on SIGTERM.

(This tests ``pipeline/cli/dashboard_cmd.py``; it lives with the other dashboard tests.)
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.cli.dashboard_cmd import exposure_warning
from pipeline.settings import Settings
from pipeline.topics import ensure_topics


def _env(settings: Settings, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
    env.update(
        CLAIMWATCH_TOPIC_ARTICLES=settings.topic_articles,
        CLAIMWATCH_TOPIC_CLAIMS=settings.topic_claims,
        CLAIMWATCH_TOPIC_FLAGGED=settings.topic_flagged,
        **extra,
    )
    return env


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def test_help_names_every_option() -> None:
    result = CliRunner().invoke(main, ["dashboard", "--help"])
    assert result.exit_code == 0
    for option in ["--host", "--port", "--token", "--history", "--bootstrap-servers"]:
        assert option in result.output


@pytest.mark.kafka
def test_serves_prints_the_url_and_stops_cleanly_on_sigterm(kafka_settings: Settings) -> None:
    ensure_topics(kafka_settings)
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "dashboard", "--port", "0", "--history", "10",
         "-b", kafka_settings.bootstrap_servers],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=_env(kafka_settings, CLAIMWATCH_DASHBOARD_TOKEN="t0ken"),
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().decode().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/")
        assert _get(url)[0] == 401  # the token from the environment applies
        deadline = time.monotonic() + 45
        while True:
            status, body = _get(url + "healthz")
            if status == 200 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert status == 200, body
        assert set(json.loads(body)["feed"]["topics"]) == {
            kafka_settings.topic_articles, kafka_settings.topic_claims, kafka_settings.topic_flagged
        }  # fmt: skip
        status, page = _get(url, {"Authorization": "Bearer t0ken"})
        assert status == 200 and b"claimwatch" in page
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err.decode()
    assert out == b""  # nothing after the URL
    assert b"shutting down" in err and b"dashboard stopped" in err


@pytest.mark.parametrize(("host", "token", "warned"), [
    ("127.0.0.1", None, False), ("localhost", None, False), ("::1", None, False),
    ("0.0.0.0", None, True), ("192.168.1.20", None, True), ("0.0.0.0", "s3cret", False)])
def test_serving_beyond_loopback_without_a_token_is_warned_about(
    host: str, token: str | None, warned: bool
) -> None:
    settings = Settings(_env_file=None, dashboard_host=host, dashboard_token=token)
    message = exposure_warning(settings)
    assert (message is not None) is warned
    if message:
        assert "without an access token" in message and "CLAIMWATCH_DASHBOARD_TOKEN" in message
