"""Cutting text at highlight boundaries, and finding words when offsets are wrong."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.dashboard.highlight import Mark, locate, segment

marks = st.builds(
    Mark,
    start=st.integers(-5, 60),
    end=st.integers(-5, 60),
    kind=st.sampled_from(["claim", "cue", "source"]),
)


@given(text=st.text(max_size=50), found=st.lists(marks, max_size=6))
def test_pieces_rebuild_the_text_and_carry_exactly_the_covering_marks(
    text: str, found: list[Mark]
) -> None:
    pieces = segment(text, found)
    assert "".join(p["text"] for p in pieces) == text
    assert all(p["text"] for p in pieces)  # no empty pieces
    position = 0
    for piece in pieces:
        end = position + len(piece["text"])
        expected = sorted(
            m.kind for m in found if max(0, m.start) <= position and min(len(text), m.end) >= end
        )
        assert sorted(m["kind"] for m in piece["marks"]) == expected
        position = end


def test_overlapping_marks_split_into_pieces_with_labels_and_refs() -> None:
    pieces = segment(
        "they reportedly won",
        [Mark(0, 19, "flagged", "claim", "c-1"), Mark(5, 15, "cue", "hedged", "c-1")],
    )
    assert [p["text"] for p in pieces] == ["they ", "reportedly", " won"]
    assert pieces[1]["marks"] == [
        {"kind": "flagged", "label": "claim", "ref": "c-1"},
        {"kind": "cue", "label": "hedged", "ref": "c-1"},
    ]


def test_no_marks_gives_one_plain_piece_and_empty_text_gives_none() -> None:
    assert segment("plain", []) == [{"text": "plain", "marks": []}]
    assert segment("", [Mark(0, 3, "cue")]) == []


def test_locate_trusts_a_matching_hint_and_otherwise_takes_the_nearest_match() -> None:
    text = "said, said and said"
    assert locate(text, "said", 6) == (6, 10)
    assert locate(text, "said", 13) == (15, 19)  # wrong offset: nearest real occurrence
    assert locate(text, "SAID", None) == (0, 4)  # case-insensitive fallback
    assert locate(text, "", 0) is None
    assert locate(text, "denied", 0) is None


def test_locate_never_returns_offsets_shifted_by_case_folding() -> None:
    # "ß" folds to "ss": a case-insensitive match would point at the wrong characters
    assert locate("Straße reportedly", "STRASSE") is None
    assert locate("Straße reportedly", "reportedly", 0) == (7, 17)
