"""The files in ``deploy/kafka`` and what is made from them: the rendered config and a cluster id.

The same folder is shipped inside the wheel as ``pipeline/_deploy/kafka`` (hatch force-include),
so the locator tries the installed place first and the source checkout second.

>>> text = render_server_properties("port=@PORT@ c=@CONTROLLER_PORT@ d=@DATA_DIR@", port=1,
...                                  controller_port=2, data_dir=Path("/x"))
>>> text
'port=1 c=2 d=/x'
>>> cid = new_cluster_id()
>>> len(cid), cid[0] != "-"
(22, True)
"""

from __future__ import annotations

import base64
import re
import uuid
from collections.abc import Iterable
from pathlib import Path

from pipeline.broker.errors import BrokerError

__all__ = [
    "REQUIRED_FILES",
    "deploy_candidates",
    "find_deploy_dir",
    "new_cluster_id",
    "render_server_properties",
]

REQUIRED_FILES = (
    "pom.xml",
    "server.properties.in",
    "log4j2-server.properties",
    "log4j2-tools.properties",
)

_PLACEHOLDER = re.compile(r"@[A-Z_]+@")
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def deploy_candidates() -> list[Path]:
    """Where ``deploy/kafka`` may be: inside the installed package, then in the source checkout."""
    return [_PACKAGE_ROOT / "_deploy" / "kafka", _PACKAGE_ROOT.parent / "deploy" / "kafka"]


def find_deploy_dir(candidates: Iterable[Path] | None = None) -> Path:
    """The first candidate folder holding every file in :data:`REQUIRED_FILES`."""
    tried = list(candidates if candidates is not None else deploy_candidates())
    for folder in tried:
        if all((folder / name).is_file() for name in REQUIRED_FILES):
            return folder
    raise BrokerError(
        "cannot find the Kafka deploy files (pom.xml, server.properties.in, log4j2-*.properties); "
        "looked in: " + ", ".join(str(p) for p in tried)
    )


def render_server_properties(
    template: str, *, port: int, controller_port: int, data_dir: Path
) -> str:
    """Fill the ``@NAME@`` placeholders; an unknown one is a template bug, so it raises."""
    values = {
        "@PORT@": str(port),
        "@CONTROLLER_PORT@": str(controller_port),
        "@DATA_DIR@": str(data_dir),
    }
    unknown = sorted(set(_PLACEHOLDER.findall(template)) - values.keys())
    if unknown:
        raise BrokerError(f"server.properties.in has unknown placeholders: {', '.join(unknown)}")
    return _PLACEHOLDER.sub(lambda m: values[m.group(0)], template)


def new_cluster_id() -> str:
    """A random Kafka cluster id: a UUID as 22 characters of unpadded URL-safe base64.

    Kafka's own ``Uuid.randomUuid()`` never returns one starting with ``-`` because its command-line
    parsers would read it as an option; the same rule is kept here.
    """
    while True:
        text = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode("ascii")
        if not text.startswith("-"):
            return text
