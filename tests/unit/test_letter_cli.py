"""`appeal-tui letter`: golden letters for the seed case, every bundled case, and clear errors.

The golden files in tests/golden/letters/ hold the exact text. After an intended change to a
letter's wording or layout, regenerate them with
`APPEAL_TUI_REGENERATE_GOLDEN=1 pytest tests/unit/test_letter_cli.py` and review the diff.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from appeal_tui.cli import main
from appeal_tui.core.compose import recipient_text, salutation_for
from appeal_tui.core.dates import format_letter_date, region_of
from appeal_tui.core.library import bundled_cases_dir, load_library
from appeal_tui.core.model import Case, Recipient

REPO = Path(__file__).resolve().parents[2]
GOLDEN = REPO / "tests" / "golden" / "letters"
REGENERATE = os.environ.get("APPEAL_TUI_REGENERATE_GOLDEN") == "1"
SEED = "ir-hossein-ronaghi-maleki"
DATE = "2016-01-20"
SENDER_ARGS = [
    "--name",
    "Ana Example",
    "--address",
    "12 Example Street",
    "--city",
    "10115 Berlin",
    "--country",
    "Germany",
    "--email",
    "ana@example.org",
]
# The writer's own paragraph in each seed language (our own words).
NOTES = {
    "en": "I am a nurse in Berlin, and I know how much a patient with one kidney needs care.",
    "es": "Soy enfermera en Berlín y sé cuánto necesita cuidados un paciente con un solo riñón.",
    "fr": "Je suis infirmière à Berlin et je sais combien un patient avec un seul rein a besoin "
    "de soins.",
    "fa": "من پرستاری در برلین هستم و می‌دانم بیماری که تنها یک کلیه دارد چقدر به مراقبت نیاز دارد.",
}


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["letter", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if REGENERATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
    assert path.exists(), f"missing golden file {path}: run with APPEAL_TUI_REGENERATE_GOLDEN=1"
    assert actual.encode("utf-8") == path.read_bytes()


@pytest.mark.parametrize("mode", ["post", "email"])
@pytest.mark.parametrize("language", ["fa", "en", "es", "fr"])
def test_seed_letters_match_the_golden_files(language: str, mode: str) -> None:
    code, out, err = _run(
        SEED, "--lang", language, "--mode", mode, "--date", DATE, "--format", "txt",
        "--note", NOTES[language], *SENDER_ARGS,
    )  # fmt: skip
    assert code == 0, err
    _check_golden(f"{SEED}-{language}-{mode}.txt", out)


def test_seed_persian_markdown_matches_the_golden_file() -> None:
    code, out, err = _run(
        SEED, "--lang", "fa", "--to", "primary", "--date", DATE, "--format", "md",
        "--note", NOTES["fa"], *SENDER_ARGS,
    )  # fmt: skip
    assert code == 0, err
    _check_golden(f"{SEED}-fa-primary.md", out)


def _library_cases() -> list[tuple[str, str]]:
    library = load_library([bundled_cases_dir()])
    return [(case.id, lang) for case in library.cases.values() for lang in case.languages]


def _expected_salutation(recipient: Recipient, language: str) -> str:
    # The one lookup letters use (kind, gender, per-language forms); the forms themselves are
    # checked against written-out tables in test_letter_conventions.py.
    return salutation_for(recipient, language)[0]


@pytest.mark.parametrize(("case_id", "language"), _library_cases())
def test_every_bundled_case_gives_one_letter_per_recipient(case_id: str, language: str) -> None:
    case = load_library([bundled_cases_dir()]).get(case_id)
    assert isinstance(case, Case)
    code, out, err = _run(case_id, "--lang", language, "--date", DATE, "--format", "txt")
    assert code == 0, err
    letters = out.split("\n\f\n")
    # Post goes to the recipients with a postal address; each other one is named on stderr
    # with the ways the case gives to reach them.
    postal = [r for r in case.recipients if r.address]
    assert len(letters) == len(postal)
    for recipient in case.recipients:
        if not recipient.address:
            assert f"skipped: no postal address for {recipient.name} ({recipient.key})" in err
            for fax in recipient.fax:
                assert f"fax {fax}" in err
    text_language = case.text_language
    for text, recipient in zip(letters, postal, strict=True):
        lines = text.splitlines()
        name = recipient_text(recipient, "name", language, text_language) or recipient.name
        assert name in lines
        title = recipient_text(recipient, "title", language, text_language) or recipient.title
        if title:
            assert title in lines
        for address_line in recipient.address:
            assert address_line in lines
        # The month names of the country the letter goes to (issue 22: «جانفي» in Algeria).
        region = region_of(recipient.country) or region_of(case.country)
        assert format_letter_date(dt.date(2016, 1, 20), language, region=region) in lines
        assert f"\n{_expected_salutation(recipient, language)}\n" in text
    assert "kept as written" not in err


def test_unknown_case_language_and_recipient_are_one_line_errors() -> None:
    code, out, err = _run("no-such-case", "--lang", "en")
    assert code == 2
    assert err.count("\n") == 1
    assert err.startswith("appeal-tui: error: unknown case 'no-such-case'; choose from: ")
    assert SEED in err

    code, out, err = _run(SEED, "--lang", "xx")
    assert code == 2 and err.count("\n") == 1
    assert "unknown language code 'xx'" in err and "fa, en, es, fr" in err

    code, out, err = _run(SEED, "--lang", "en", "--to", "supreme-leader,bogus")
    assert code == 2 and err.count("\n") == 1
    assert err == (
        f"appeal-tui: error: case {SEED} has no recipient 'bogus'; choose from: all, primary, "
        "supreme-leader, head-of-judiciary, tehran-prosecutor, iran-interests-section-us\n"
    )
    assert out == ""


def test_a_broken_case_file_prints_its_problems(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: [unclosed\n", encoding="utf-8")
    code, _out, err = _run(str(broken), "--lang", "en")
    assert code == 1
    assert str(broken) in err and "error" in err


def test_a_case_file_path_works(tmp_path: Path) -> None:
    path = bundled_cases_dir() / f"{SEED}.yaml"
    code, out, _ = _run(str(path), "--lang", "en", "--to", "primary", "--date", DATE)
    assert code == 0
    assert "Your Excellency," in out and "\f" not in out


def test_to_primary_and_date_switches() -> None:
    code, out, _ = _run(SEED, "--lang", "fa", "--to", "primary", "--date", DATE)
    assert code == 0
    assert "۳۰ دی ۱۳۹۴" in out.splitlines()
    code, out, _ = _run(
        SEED, "--lang", "fa", "--to", "primary", "--date", DATE, "--gregorian", "--latin-digits"
    )
    assert "20 ژانویه 2016" in out.splitlines()


def test_output_file_and_rich_format(tmp_path: Path) -> None:
    target = tmp_path / "letters.md"
    code, out, _err = _run(SEED, "--lang", "en", "-o", str(target), "--format", "md")
    assert code == 0 and out == ""
    # The subject, with its label, in bold: one per letter.
    assert target.read_text(encoding="utf-8").count("**Re: Hossein Ronaghi-Maleki") == 4
    code, out, _ = _run(SEED, "--lang", "en", "--to", "primary", "--format", "rich")
    assert code == 0
    assert "Your Excellency," in out and "╭" in out


def test_note_and_note_file_are_exclusive(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("I am a teacher.\n", encoding="utf-8")
    code, out, _ = _run(SEED, "--lang", "en", "--to", "primary", "--note-file", str(note))
    assert code == 0 and "\nI am a teacher.\n" in out
    code, _, err = _run(SEED, "--lang", "en", "--note", "x", "--note-file", str(note))
    assert code == 2 and "either --note or --note-file" in err


def test_output_file_is_never_replaced_and_is_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "letter.txt"
    target.write_text("an earlier letter", encoding="utf-8")
    code, _, err = _run(SEED, "--lang", "en", "--to", "primary", "--name", "Ana", "-o", str(target))
    assert code == 0
    assert target.read_text(encoding="utf-8") == "an earlier letter"
    written = tmp_path / "letter-2.txt"
    assert "Your Excellency" in written.read_text(encoding="utf-8")
    assert f"wrote 1 letter to {written}" in err
    assert written.stat().st_mode & 0o777 == 0o600


EGYPT = "eg-example-student-journalists"


def test_language_codes_in_any_case_are_accepted() -> None:
    code, out, err = _run(SEED, "--lang", "EN", "--to", "supreme-leader", "--date", DATE)
    assert code == 0, err
    assert "Your Excellency," in out


def test_a_language_the_case_does_not_offer_uses_english_asks_and_says_so() -> None:
    code, out, err = _run(SEED, "--lang", "de", "--to", "supreme-leader", "--date", DATE)
    assert code == 0, err
    assert f"Case '{SEED}' is not offered in German" in err
    assert "given in English" in err
    assert "[Reword in your own words] I respectfully urge you to allow" in out
    # Never the case's first language (Persian) in a German letter.
    assert not any("\u0600" <= ch <= "\u06ff" for ch in out)


def test_post_to_a_recipient_without_an_address_is_left_out_and_named() -> None:
    code, out, err = _run(EGYPT, "--lang", "en", "--date", DATE)
    assert code == 0, err
    assert "skipped: no postal address for Major General Adel Mahmoud Ragab " in err
    assert "reach them by fax +20 2 0000 0100" in err
    assert "Office of the Public Prosecution" in out and "Adel Mahmoud" not in out
    code, out, err = _run(EGYPT, "--lang", "en", "--to", "interior-minister")
    assert code == 1 and "no chosen recipient has a postal address" in err
    code, out, err = _run(EGYPT, "--lang", "en", "--to", "interior-minister", "--without-address")
    assert code == 0 and "Adel Mahmoud Ragab" in out
    assert "Send it by fax +20 2 0000 0100" in err


def test_example_case_and_passed_deadline_are_warned_about() -> None:
    code, _, err = _run(EGYPT, "--lang", "ar", "--to", "primary", "--date", "2026-05-02")
    assert code == 0
    assert f"warning: case '{EGYPT}' is an example for practice" in err
    assert f"warning: the deadline of case '{EGYPT}' (2026-04-30) has passed" in err
    _, _, err = _run(EGYPT, "--lang", "ar", "--to", "primary", "--date", "2026-04-01")
    assert "deadline" not in err


def test_eml_carries_from_date_and_message_id() -> None:
    code, out, err = _run(
        SEED, "--lang", "en", "--mode", "email", "--format", "eml", "--date", DATE,
        *SENDER_ARGS,
    )  # fmt: skip
    assert code == 0, err
    head = out.split("\r\n\r\n")[0]
    assert "From: Ana Example <ana@example.org>" in head
    assert "Date: Wed, 20 Jan 2016 12:00:00 +0000" in head
    assert "Message-ID: <" in head and "@example.org>" in head


def test_an_address_too_long_for_the_window_is_reported(tmp_path: Path) -> None:
    case = tmp_path / "long-address.yaml"
    lines = "\n".join(
        f"      - Building {i}, a very long street name that goes on and on" for i in range(8)
    )
    case.write_text(
        "title: T\ncountry: Testland\npeople:\n  - name: Ana Example\nsummary: S.\n"
        "languages: [en]\nasks:\n  en:\n    - Please release Ana Example.\nrecipients:\n"
        "  - key: office\n    role: primary\n    name: Office\n    address:\n" + lines + "\n",
        encoding="utf-8",
    )
    code, out, err = _run(str(case), "--lang", "en", "--format", "html")
    assert code == 0, err
    assert "warning: The address of Office is too long for the envelope window even at 8 pt" in err
    assert "too long for the envelope window" in out


@pytest.mark.parametrize(
    ("language", "heading"),
    [("en", "cc:"), ("es", "c. c.:"), ("fr", "Copie à\u00a0:"), ("fa", "رونوشت:")],
)
def test_post_letters_may_list_their_copies_under_a_localised_cc_line(
    language: str, heading: str
) -> None:
    code, out, err = _run(SEED, "--lang", language, "--cc", "--date", DATE, "--format", "txt")
    assert code == 0, err
    letters = out.split("\n\f\n")
    assert len(letters) == 4
    for text in letters:
        tail = text.rstrip("\n").split(f"\n{heading}\n")
        assert len(tail) == 2, text[-400:]
        assert len(tail[1].splitlines()) == 3  # the three other recipients
    code, out, _ = _run(SEED, "--lang", language, "--date", DATE, "--format", "txt")
    assert f"\n{heading}\n" not in out
