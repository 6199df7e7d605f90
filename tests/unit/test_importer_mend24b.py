"""Mends of the merge of session 24's importer rounds (invented documents)."""

from __future__ import annotations

from appeal_tui.core.importer.passed_on import without_adverbials


def test_without_adverbials_long_run_of_short_parts_is_linear() -> None:
    line = "in english, " * 17_000 + "Ms Vela Drom"
    assert without_adverbials(line)
    # Reaching this line is the test.
    assert without_adverbials("vor dem 3. Mai, höflich, Herrn Ilo Varn") == "Herrn Ilo Varn"
