"""Option checks shared by the commands (:mod:`pipeline.cli.options` and click ranges): a bad
value is refused with a usage error before anything connects or starts."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.cli import main


@pytest.mark.parametrize(
    ("args", "message"),
    [(["publish", "--topic", "", "x.txt"], "must not be empty"),
     (["subscribe", "--topic", " "], "must not be empty"),
     (["subscribe", "--idle-timeout", "-1"], "x>0"),
     (["demo", "--timeout", "-5"], "x>0"),
     (["demo", "--dashboard-port", "99999"], "1<=x<=65535")],
)
def test_bad_option_values_are_refused_before_anything_starts(
    args: list[str], message: str
) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert message in result.output
