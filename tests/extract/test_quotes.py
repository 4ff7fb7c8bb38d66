"""Quotation regions: curly, straight, doubled and single quote marks; apostrophes."""

from __future__ import annotations

from pipeline.extract.quotes import QuoteIndex, find_quotes


def _quoted(body: str) -> list[str]:
    return [body[s:e] for s, e in find_quotes(body)]


def test_curly_and_straight_double_quotes() -> None:
    assert _quoted('“We won,” he said. "They lost," she said.') == ["“We won,”", '"They lost,"']


def test_single_curly_quotes_are_not_apostrophes() -> None:
    body = "‘It’s the DPR’s win,’ he said of the ‘South’ formation."
    assert _quoted(body) == ["‘It’s the DPR’s win,’", "‘South’"]


def test_doubled_apostrophes_as_quote_marks() -> None:
    assert _quoted("He called it a ''cultural war'' today.") == ["''cultural war''"]


def test_nested_quotes_stay_inside_the_outer_region() -> None:
    assert _quoted("“He said ‘no’ twice,” she said.") == ["“He said ‘no’ twice,”"]


def test_unclosed_quote_ends_at_the_paragraph() -> None:
    body = "“First paragraph of a long quote.\n\nSecond paragraph.”"
    assert _quoted(body)[0] == "“First paragraph of a long quote."


def test_mismatched_double_quote_marks_still_close() -> None:
    # Archives and CMS conversions mix marks: a curly open with a straight close, a curly
    # open "closed" with another opening curly mark, a straight open with a curly close.
    body = ('It was “a good citizen," who gave. “Apparently not,“ he said. '
            '"Why would you?” Lichtman said.')
    assert _quoted(body) == ['“a good citizen,"', "“Apparently not,“", '"Why would you?”']


def test_an_opening_mark_inside_a_quotation_does_not_close_it() -> None:
    assert _quoted("“He called it “fake” twice,” she said.") == ["“He called it “fake”"]


def test_apostrophes_alone_make_no_quote() -> None:
    assert _quoted("The soldiers' families don't know. It's rock'n'roll.") == []


def test_index_lookups() -> None:
    body = "A “b c” d “e”"
    index = QuoteIndex(body)
    assert index.region_at(body.index("b")) == (2, 7)
    assert index.region_at(0) is None
    assert index.overlapping(0, len(body)) == [(2, 7), (10, 13)]
