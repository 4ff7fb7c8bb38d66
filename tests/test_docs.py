"""The README documents every command and option, and its links lead somewhere."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from pipeline.cli.main import main

_ROOT = Path(__file__).resolve().parents[1]
_README = (_ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> Iterator[
        tuple[tuple[str, ...], click.Command]]:
    for name, command in sorted(group.commands.items()):
        path = (*prefix, name)
        if isinstance(command, click.Group):
            yield from _commands(command, path)
        else:
            yield path, command


_ALL = list(_commands(main))


def _documented(path: tuple[str, ...]) -> bool:
    # "claimwatch broker start|stop|status" documents each of the three.
    *parents, leaf = path
    pattern = r"`claimwatch " + "".join(re.escape(p) + " " for p in parents) + \
        r"(?:[\w-]+\\?\|)*" + re.escape(leaf) + r"(?:\\?\|[\w-]+)*[ `]"
    return re.search(pattern, _README) is not None


def test_the_walk_finds_the_commands() -> None:
    names = {" ".join(path) for path, _ in _ALL}
    assert {"publish", "worker", "replay", "broker start", "train uncertainty"} <= names


@pytest.mark.parametrize("path", [p for p, _ in _ALL], ids=lambda p: " ".join(p))
def test_every_command_is_in_the_readme(path: tuple[str, ...]) -> None:
    assert _documented(path), f"README has no `claimwatch {' '.join(path)}`"


@pytest.mark.parametrize(("path", "command"), _ALL, ids=[" ".join(p) for p, _ in _ALL])
def test_every_option_is_in_the_readme(path: tuple[str, ...], command: click.Command) -> None:
    missing = [opt for param in command.params if isinstance(param, click.Option)
               for opt in param.opts if opt.startswith("--") and opt != "--help"
               and f"`{opt}" not in _README and f"/{opt}" not in _README]
    assert not missing, f"claimwatch {' '.join(path)}: {missing} not in the README"


def _links(markdown: str) -> list[str]:
    return [m for m in re.findall(r"\]\(([^)\s]+)\)", markdown)
            if not re.match(r"[a-z]+:", m) and not m.startswith("#")]


@pytest.mark.parametrize("doc", ["README.md", *sorted(
    str(p.relative_to(_ROOT)) for p in (_ROOT / "docs").glob("*.md"))])
def test_relative_links_lead_to_files(doc: str) -> None:
    source = _ROOT / doc
    broken = [link for link in _links(source.read_text(encoding="utf-8"))
              if not (source.parent / link.split("#")[0]).exists()]
    assert not broken, f"{doc}: {broken}"


def test_a_broken_link_is_found(tmp_path: Path) -> None:
    assert _links("see [x](docs/nowhere.md#a), [y](https://e.org), [z](#top)") == \
        ["docs/nowhere.md#a"]
