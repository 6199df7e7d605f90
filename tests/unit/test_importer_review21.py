"""Mends of the regressions a review found in session 21's merge (invented documents)."""

from __future__ import annotations

import time

from appeal_tui.core.importer import delimited


def test_long_token_in_row_is_read_in_linear_time() -> None:
    # A long unbroken token (a pasted hash, a base64 blob) in a semicolon row or between
    # double-spaced parts: the sentence and e-mail tests must not backtrack over it.
    token = "q" * 8000
    started = time.perf_counter()
    delimited.record_rows(f"Herr Direktor; {token}; 8010 Graz; kontakt@beispiel.at\n")
    delimited.spaced_blocks(f"Direktor  {token}  Österreich\n")
    delimited.spaced_blocks(f"Direktor  {'1.' * 4000}x  Österreich\n")
    assert time.perf_counter() - started < 0.5
    # A row of short cells is still split.
    out = delimited.record_rows("Herr Direktor; Hauptplatz 1; 8010 Graz; kontakt@beispiel.at\n")
    assert out.split("\n")[:4] == [
        "Herr Direktor",
        "Hauptplatz 1",
        "8010 Graz",
        "kontakt@beispiel.at",
    ]
