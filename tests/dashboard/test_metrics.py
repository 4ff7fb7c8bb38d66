"""The Prometheus text format."""

from __future__ import annotations

from pipeline.dashboard.metrics import Metric, render


def test_render_writes_help_type_and_sorted_escaped_labels() -> None:
    text = render(
        [
            Metric("a_total", "counter", "As.", [({"topic": "t\\1", "partition": "0"}, 3)]),
            Metric("b", "gauge", "B.", [({}, 0.5), ({"x": 'line\n"q"'}, 2.0)]),
            Metric("c", "gauge", "No samples."),
        ]
    )
    assert text.splitlines() == [
        "# HELP a_total As.",
        "# TYPE a_total counter",
        'a_total{partition="0",topic="t\\\\1"} 3',
        "# HELP b B.",
        "# TYPE b gauge",
        "b 0.5",
        'b{x="line\\n\\"q\\""} 2',
        "# HELP c No samples.",
        "# TYPE c gauge",
    ]
    assert text.endswith("\n")
