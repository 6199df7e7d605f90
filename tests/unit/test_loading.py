"""Good case files load into the model with every value as written."""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from appeal_tui.core.loading import LoadResult, load_case_bytes, load_case_file

FULL = """\
format: 1
id: no-full-example
title: Journalist detained after reporting on a protest
reference: UA 012/24
issued: 2024-01-10
deadline: 2016-02-28
status: closed
updates: UA 264/12
country: NO
people:
  - name: Kari Nordmann
    also_known_as: [Kari N.]
  - group: members of a reporters' collective
tags: [journalist, detention]
summary: |
  Kari Nordmann was **detained** after reporting on a protest.

  She has not been charged.
background: |
  - first point
  - second point
languages: [en, "no", fa, pt-BR]
asks:
  en:
    - Release Kari Nordmann immediately.
    - Let her see a lawyer at 12:30 every day.
  fa:
    - کاری را آزاد کنید.
letter:
  en:
    subject: "Kari Nordmann: release her now"
tips: Be polite.
recipients:
  - key: minister
    role: primary
    name: Minister of Justice
    title: Minister
    organisation: Ministry of Justice
    address:
      - Postboks 8005 Dep
      - 012345 Oslo
    country: NO
    email: minister@example.org
    fax: ["+47 0000 0000", "+47 1111 1111"]
    phone: []
    salutation: {en: Dear Minister, "no": Kjære statsråd}
    language: "no"
    note: The fax number could not be confirmed.
  - key: embassy
    role: copy
    name: Ambassador
    address: |
      Embassy of Norway
      1 Example Street
    salutation: Your Excellency
    twitter: "@embassy"
    web: https://example.org/contact
    phone: yes
""".encode()


def load(data: bytes, path: str = "cases/full.yaml") -> LoadResult:
    result = load_case_bytes(data, path)
    assert result.problems == (), [p.format() for p in result.problems]
    assert result.case is not None
    return result


def test_plain_scalars_stay_strings() -> None:
    case = load(FULL).case
    assert case is not None
    assert case.country == "NO"  # YAML 1.1 would make this False
    assert case.reference == "UA 012/24"
    minister = case.recipient("minister")
    assert minister is not None
    assert minister.country == "NO"
    assert minister.address == ("Postboks 8005 Dep", "012345 Oslo")  # the zero is kept
    assert case.asks["en"][1] == "Let her see a lawyer at 12:30 every day."
    embassy = case.recipient("embassy")
    assert embassy is not None
    assert embassy.phone == ("yes",)


def test_zero_padded_number_keeps_its_zero() -> None:
    data = FULL.replace(b"reference: UA 012/24", b"reference: 012345")
    case = load(data).case
    assert case is not None
    assert case.reference == "012345"


def test_only_dates_and_format_are_typed() -> None:
    case = load(FULL).case
    assert case is not None
    assert case.issued == dt.date(2024, 1, 10)
    assert case.deadline == dt.date(2016, 2, 28)  # past deadlines are kept, not a problem
    assert case.format == 1
    assert case.status == "closed"
    assert not case.is_writable


def test_every_field_reaches_the_model() -> None:
    case = load(FULL).case
    assert case is not None
    assert case.id == "no-full-example"
    assert case.updates == "UA 264/12"
    assert case.person_label == "Kari Nordmann, members of a reporters' collective"
    assert case.people[0].also_known_as == ("Kari N.",)
    assert case.tags == ("journalist", "detention")
    assert case.summary == (
        "Kari Nordmann was **detained** after reporting on a protest.\n\nShe has not been charged."
    )
    assert case.background == "- first point\n- second point"
    assert case.languages == ("en", "no", "fa", "pt-BR")
    assert case.asks["fa"] == ("کاری را آزاد کنید.",)
    assert case.letter["en"].subject == "Kari Nordmann: release her now"
    assert case.tips == "Be polite."
    minister, embassy = case.recipients
    assert minister.is_primary and not embassy.is_primary
    assert minister.email == ("minister@example.org",)  # one address as text is a list of one
    assert minister.fax == ("+47 0000 0000", "+47 1111 1111")
    assert minister.salutation is None
    assert minister.salutations == {"en": "Dear Minister", "no": "Kjære statsråd"}
    assert minister.language == "no"
    assert minister.note == "The fax number could not be confirmed."
    assert embassy.address == ("Embassy of Norway", "1 Example Street")
    assert embassy.salutation == "Your Excellency"
    assert embassy.salutations == {}
    assert embassy.twitter == "@embassy"
    assert embassy.web == "https://example.org/contact"


def test_source_path_and_hash(tmp_path: Path) -> None:
    path = tmp_path / "full.yaml"
    path.write_bytes(FULL)
    case = load_case_file(path).case
    assert case is not None
    assert case.source_path == str(path)
    assert case.source_hash == hashlib.sha256(FULL).hexdigest()


def test_id_defaults_to_the_file_stem_or_the_given_default() -> None:
    data = FULL.replace(b"id: no-full-example\n", b"")
    assert load(data, "some/where/ua-12-2024.yaml").case.id == "ua-12-2024"  # type: ignore[union-attr]
    result = load_case_bytes(data, "<mail>", default_id="from-mail")
    assert result.case is not None
    assert result.case.id == "from-mail"


def test_byte_order_mark_and_windows_line_endings_are_fine() -> None:
    plain = load(FULL).case
    with_bom = load(codecs.BOM_UTF8 + FULL).case
    crlf = load(FULL.replace(b"\n", b"\r\n")).case
    assert plain is not None and with_bom is not None and crlf is not None
    assert with_bom.title == plain.title
    assert crlf.summary == plain.summary
    assert crlf.asks == plain.asks


def test_problem_lines_are_right_after_a_bom_and_with_crlf() -> None:
    data = codecs.BOM_UTF8 + FULL.replace(b"status: closed", b"status: shut").replace(
        b"\n", b"\r\n"
    )
    result = load_case_bytes(data, "x.yaml")
    assert [(p.line, p.column) for p in result.problems] == [(7, 9)]


def test_warnings_keep_the_case() -> None:
    result = load_case_bytes(FULL + b"organiser: Jo\n", "x.yaml")
    assert result.case is not None
    line = FULL.count(b"\n") + 1  # the line added after the file
    assert [p.format() for p in result.problems] == [
        f"x.yaml:{line}:1: warning: organiser: unknown key; it is ignored (check the spelling)"
    ]


def test_quoted_null_is_text_and_plain_null_is_nothing() -> None:
    case = load(FULL.replace(b"tips: Be polite.", b'tips: "null"')).case
    assert case is not None and case.tips == "null"
    case = load(FULL.replace(b"tips: Be polite.", b"tips: ~")).case
    assert case is not None and case.tips is None


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    result = load_case_bytes(data, "fuzz.yaml")
    assert (result.case is None) == result.has_errors


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(FULL) - 1), st.integers(0, len(FULL)), st.text(max_size=8))
def test_edited_good_file_never_raises(start: int, length: int, insert: str) -> None:
    data = FULL[:start] + insert.encode("utf-8", "replace") + FULL[start + length :]
    result = load_case_bytes(data, "fuzz.yaml")
    for problem in result.problems:
        assert problem.line is None or problem.line >= 1
        assert problem.column is None or problem.column >= 1
