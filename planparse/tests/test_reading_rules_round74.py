"""Round 74 (set 23): a province's letter upward that reports and then proposes, a ministry department's reply that
explains the law and asks one thing of a bare "địa phương", a directive whose closing paragraph has a ministry guide
and follow up, and a PDF text layer that writes "ư" as "ƣ". Made-up texts, each test failing without its rule."""

from __future__ import annotations

from planparse.reader import read_text


def test_a_text_layer_that_writes_u_horn_as_o_i_is_read_with_u_horn() -> None:
    """Some PDF fonts give "ư" as "ƣ" (U+01A3) and "Ư" as "Ƣ" (U+01A2): the reader puts the letter back."""
    text = read_text("Kính gửi: Sở Công Thƣơng\nBỘ CÔNG THƢƠNG\n".encode(), "txt")
    assert text.split("\n")[:2] == ["Kính gửi: Sở Công Thương", "BỘ CÔNG THƯƠNG"]
