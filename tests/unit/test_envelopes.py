"""Envelopes and address labels: the HTML (escaped, fetches nothing), the airmail rule, and the
`appeal-tui envelopes` command from cases, signers and collected drafts, over every bundled case.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from appeal_tui.cli import main
from appeal_tui.core.draft import new_draft
from appeal_tui.core.library import load_library
from appeal_tui.core.model import Recipient, Sender
from appeal_tui.export.envelopes import (
    AIRMAIL_MARK,
    LAYOUTS,
    Envelope,
    envelope_for,
    envelopes_to_html,
    needs_airmail,
    same_country,
)
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import Paths

HOSTILE = '<script>alert(1)</script> & "quoted" \x1b[2J [/] <img src=http://x/y>'


def _bundled(bundled_cases: Path) -> list[tuple[str, Recipient]]:
    library = load_library([bundled_cases])
    return [(c.id, r) for c in library.cases.values() for r in c.recipients if r.address]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_escapes_text_and_fetches_nothing(layout: str) -> None:
    env = Envelope(recipient=(HOSTILE, "Line 2"), sender=(HOSTILE,), recipient_country="Iran")
    page = envelopes_to_html([env], layout=layout)
    assert "<script" not in page and "<img" not in page and "\x1b" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;" in page
    assert "default-src 'none'" in page
    assert not re.search(r"<[a-z][^<>]*\s(src|href)=", page)
    assert "@page" in page


def test_envelope_page_size_and_labels_per_sheet() -> None:
    env = Envelope(recipient=("A",))
    assert "size: 220.0mm 110.0mm" in envelopes_to_html([env], layout="dl")
    assert "size: 229.0mm 162.0mm" in envelopes_to_html([env], layout="c5")
    assert "size: 162.0mm 114.0mm" in envelopes_to_html([env], layout="c6")
    sheets = envelopes_to_html([env] * 25, layout="labels-3x8")
    assert sheets.count('class="sheet"') == 2 and sheets.count('class="label"') == 25
    sheets = envelopes_to_html([env] * 14, layout="labels-2x7")
    assert sheets.count('class="sheet"') == 1 and sheets.count('class="label"') == 14


def test_bad_layout_and_empty_input_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown layout"):
        envelopes_to_html([Envelope(recipient=("A",))], layout="b4")
    with pytest.raises(ValueError, match="no envelopes"):
        envelopes_to_html([])


@pytest.mark.parametrize(
    ("recipient", "sender", "expected"),
    [
        ("Islamic Republic of Iran", "Germany", True),
        ("Islamic Republic of Iran", "Iran", False),
        ("Deutschland", "Germany", False),
        ("Colombia", "colombia ", False),
        ("Guatemala", None, True),  # unknown sender country: the mark, to be safe
        (None, "Germany", True),
    ],
)
def test_airmail_when_the_letter_goes_abroad(
    recipient: str | None, sender: str | None, expected: bool
) -> None:
    env = Envelope(recipient=("X",), recipient_country=recipient, sender_country=sender)
    assert needs_airmail(env) is expected
    assert needs_airmail(env, "always") is True and needs_airmail(env, "never") is False
    assert (AIRMAIL_MARK in envelopes_to_html([env])) is expected


def test_same_country_knows_names_in_other_languages() -> None:
    assert same_country("España", "Spain") and not same_country("Spain", "Portugal")


def test_every_bundled_recipient_with_an_address_gets_an_envelope(bundled_cases: Path) -> None:
    pairs = _bundled(bundled_cases)
    assert pairs
    sender = Sender("Ana Example", ("12 Some Street",), "Leeds", "United Kingdom", "a@example.org")
    for _case_id, recipient in pairs:
        env = envelope_for(recipient, sender)
        assert env.recipient[0] == recipient.name
        assert env.sender == ("Ana Example", "12 Some Street", "Leeds", "United Kingdom")
        page = envelopes_to_html([env])
        for line in env.recipient:
            assert line.replace("&", "&amp;").replace("'", "&#x27;") in page
        assert "a@example.org" not in page  # the return address is postal only
        assert AIRMAIL_MARK in page  # no bundled case is in the United Kingdom


def test_cli_from_cases_writes_one_envelope_per_postal_recipient(
    bundled_cases: Path, tmp_path: Path
) -> None:
    out = tmp_path / "env.html"
    result = CliRunner().invoke(
        main,
        ["envelopes", "ir-hossein-ronaghi-maleki", "--name", "Ana", "--country", "Iran",
         "--to", "primary", "-o", str(out)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.count('class="envelope"') == 1
    assert AIRMAIL_MARK not in page  # Iran to the Islamic Republic of Iran
    assert "wrote 1 DL envelope" in result.output
    # Never over an existing file: a numbered name beside it.
    again = CliRunner().invoke(
        main, ["envelopes", "ir-hossein-ronaghi-maleki", "--layout", "c5", "-o", str(out)]
    )
    assert again.exit_code == 0, again.output
    assert out.read_text(encoding="utf-8") == page
    assert "already exists" in again.output and (tmp_path / "env-2.html").exists()


def test_cli_with_signers_makes_a_set_per_signer(bundled_cases: Path, tmp_path: Path) -> None:
    signers = tmp_path / "s.csv"
    signers.write_text("name,city,country\nAna,Leeds,UK\nBo,Lyon,France\n", encoding="utf-8")
    out = tmp_path / "labels.html"
    result = CliRunner().invoke(
        main,
        ["envelopes", "ir-hossein-ronaghi-maleki", "--signers", str(signers),
         "--layout", "labels-2x7", "-o", str(out)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    postal = [r for c, r in _bundled(bundled_cases) if c == "ir-hossein-ronaghi-maleki"]
    assert page.count('class="label"') == 2 * len(postal)


def test_cli_errors_name_the_line_and_write_nothing(tmp_path: Path) -> None:
    signers = tmp_path / "s.csv"
    signers.write_text("name,email\nAna,not-an-email\n", encoding="utf-8")
    out = tmp_path / "e.html"
    result = CliRunner().invoke(
        main,
        ["envelopes", "ir-hossein-ronaghi-maleki", "--signers", str(signers), "-o", str(out)],
    )
    assert result.exit_code == 2
    assert f"{signers}:2:2: error:" in result.output
    assert not out.exists()
    for args in (["-o", str(out)], ["ir-hossein-ronaghi-maleki", "--from-drafts", "-o", str(out)]):
        bad = CliRunner().invoke(main, ["envelopes", *args])
        assert bad.exit_code == 2 and "Traceback" not in bad.output
    assert not out.exists()


def test_cli_from_drafts_uses_each_writers_return_address(data_dir: Path, tmp_path: Path) -> None:
    store = DraftStore(Paths(data_dir))
    for name, country, event, mode in [
        ("Ana <Writer>", "Iran", "W4R", "post"),
        ("Bo", "Germany", "W4R", "post"),
        ("Cy", "Germany", "W4R", "email"),
        ("Other", "Germany", "Elsewhere", "post"),
    ]:
        store.save(
            new_draft(
                "ir-hossein-ronaghi-maleki",
                language="en",
                recipients=("supreme-leader", "head-of-judiciary"),
                mode=mode,  # type: ignore[arg-type]
                sender=Sender(name, ("1 Road",), "Town", country),
                event=event,
            )
        )
    out = tmp_path / "env.html"
    result = CliRunner().invoke(
        main, ["envelopes", "--from-drafts", "--event", "w4r", "--layout", "c6", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.count('class="envelope"') == 4  # two post drafts x two recipients
    assert "Ana &lt;Writer&gt;" in page and "Other" not in page
    assert page.count(AIRMAIL_MARK) == 2  # Bo writes from Germany; Ana from Iran
    assert "1 draft of event 'w4r' is an email" in result.output
    none = CliRunner().invoke(main, ["envelopes", "--from-drafts", "--event", "nope", "-o", "x"])
    assert none.exit_code == 1 and "no drafts of event 'nope'" in none.output


def test_envelopes_from_drafts_come_in_the_order_the_letters_print(
    data_dir: Path, tmp_path: Path
) -> None:
    store = DraftStore(Paths(data_dir))
    for name, keys in [
        ("Ana", ("head-of-judiciary", "supreme-leader")),  # listed against the case's order
        ("Bo", ("tehran-prosecutor", "supreme-leader", "supreme-leader")),
    ]:
        store.save(
            new_draft(
                "ir-hossein-ronaghi-maleki",
                language="en",
                recipients=keys,
                sender=Sender(name, ("1 Road",), "Town", "UK"),
                event="W4R",
            )
        )
    letters, envelopes = tmp_path / "l.html", tmp_path / "e.html"
    printed_run = CliRunner().invoke(
        main, ["drafts", "print", "--event", "W4R", "-o", str(letters)]
    )
    assert printed_run.exit_code == 0, printed_run.output
    result = CliRunner().invoke(
        main, ["envelopes", "--from-drafts", "--event", "W4R", "-o", str(envelopes)]
    )
    assert result.exit_code == 0, result.output

    def first_lines(page: str) -> list[str]:
        return re.findall(r'<div class="recipient"[^>]*>\s*<bdi>([^<]*)</bdi>', page)

    printed = first_lines(letters.read_text(encoding="utf-8"))
    addressed = first_lines(envelopes.read_text(encoding="utf-8"))
    assert len(printed) == 4 and addressed == printed
