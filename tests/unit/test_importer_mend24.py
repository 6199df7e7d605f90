"""Mends of the merge of session 24's importer rounds (merge24): tests on texts of our own."""

from __future__ import annotations

from appeal_tui.core.importer.recipient_lines import contact_strip


def test_a_run_that_sends_is_no_publishers_strip() -> None:
    # A recipient's run parted by bars or middle dots opens with a verb that sends: never the
    # publisher's contact strip (whose e-mail domains would then be the publisher's).
    assert not contact_strip(
        "Skriv till justitieministern Eva Prov | Justitiedepartementet | Storgatan 5 | "
        "10333 Stad | Frilandia | e-post: eva@just.example"
    )
    assert not contact_strip(
        "Napište ministrovi Janu Zkouškovi · Ministerstvo spravedlnosti · Vyšehradská 16 · "
        "128 10 Praha 2 · Česko · e-mail: min@just.example.cz"
    )
    # A labelled salutation among the parts is a recipient's too.
    assert not contact_strip(
        "Eva Prov | Justitiedepartementet | Storgatan 5 | 10333 Stad | e-post: eva@just.example"
        " | Salutation: Dear Minister"
    )
    # The publisher's own strip stays one.
    assert contact_strip(
        "Amnesty Freedonia · 8 Main Street · 10115 Capital · Tel. +99 30 1234567 · "
        "info@amnesty.example"
    )
