"""Every bundled case × every phrasebook language it offers (and one it does not) × post and
email × every recipient: the letters a user would get, checked as a reader would check them.

- no placeholder (TODO, an unfilled {slot}, a bracketed hint) anywhere in the letter;
- the letter's sentences (subject, salutation, opening, asks, closing, copy list) are in the
  letter's language, checked by script and stop words (`language_check`); paragraphs marked
  for rewording are the writer's to replace and are not checked;
- the salutation the case or the phrasebook gives, and the date as the language writes it;
- for post: a postal address in the window, or a note saying there is none and how else to
  reach the recipient.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest
from language_check import foreign_text, without

from appeal_tui.core.compose import addressee, compose_letters, name_in_script
from appeal_tui.core.contacts import placeholder_in
from appeal_tui.core.dates import format_letter_date
from appeal_tui.core.letter_language import language_choice, offers
from appeal_tui.core.library import bundled_cases_dir, load_library
from appeal_tui.core.model import Case, Letter, Recipient, Sender, direction_of
from appeal_tui.core.phrasebook import (
    known_languages,
    normalise_salutation,
    phrasebook,
    recipient_kinds,
    recognise_gendered,
)

DAY = dt.date(2026, 3, 21)
SENDER = Sender(name="Ana Example", city="Berlin", country="Germany")
# 21 March 2026 as each phrasebook language writes a letter's date (Persian: Solar Hijri).
DATES = {
    "en": "21 March 2026",
    "es": "21 de marzo de 2026",
    "fr": "21 mars 2026",
    "de": "21. März 2026",
    "fa": "۱ فروردین ۱۴۰۵",
    "ar": "٢١ مارس ٢٠٢٦",
}


@cache
def _cases() -> dict[str, Case]:
    return dict(load_library([bundled_cases_dir()]).cases)


def _languages(case: Case) -> list[str]:
    """The phrasebook languages the case offers, and the first phrasebook language it does not."""
    offered = [code for code in case.languages if phrasebook(code) is not None]
    other = next(code for code in sorted(known_languages()) if not offers(case, code))
    return [*offered, other]


def _matrix() -> list[tuple[str, str, str]]:
    return [
        (case.id, language, mode)
        for case in _cases().values()
        for language in _languages(case)
        for mode in ("post", "email")
    ]


def test_the_matrix_covers_every_bundled_case_and_the_new_kinds() -> None:
    cases = _cases()
    assert len(cases) >= 7
    # A case with no English, a recipient reachable only by fax, a group named per language.
    assert any("en" not in c.languages for c in cases.values())
    assert any(r.fax and not r.address for c in cases.values() for r in c.recipients)
    assert any(p.group_forms for c in cases.values() for p in c.people)


def _names(case: Case) -> list[str]:
    """Proper names, which belong to no language: the people's, and recipients' names that
    the case writes once (a name given per language is checked like any text)."""
    names = [n for p in case.people for n in (p.name or "", *p.also_known_as) if n]
    names += [r.name for r in case.recipients if "name" not in r.forms]
    return names


def _letter_texts(letter: Letter) -> list[str]:
    texts = [letter.subject or "", letter.salutation, letter.closing, letter.copy_heading]
    texts += [p.text for p in letter.paragraphs if p.kind != "placeholder"]
    texts += list(letter.copies)
    return [t for t in texts if t.strip()]


def _every_text(letter: Letter) -> list[str]:
    return [
        *_letter_texts(letter),
        *letter.recipient_block,
        *letter.sender_block,
        letter.date_text,
        *(p.text for p in letter.paragraphs),
    ]


def _expected_salutation(recipient: Recipient, language: str) -> str | None:
    """What the letter should open with, by the rules of docs/letter-conventions.md (issue
    22), from the case and the phrasebook data: a salutation the case gives in the letter's
    language, in the phrasebook's form when it has the same words (else as written); in a
    language whose honorific follows the office (`kind_decides`), the form of the recipient's
    kind; else the translation of a salutation given in another language, the form of the
    kind, or the general form; each in the form for the recipient's gender. None when the
    case gives a salutation no phrasebook knows (kept as written, with a note), and for the
    right-to-left forms name the recipient and their office where the case gives them in
    the letter's script."""
    book = phrasebook(language)
    assert book is not None
    who = addressee(recipient)
    by_kind = book.salutation_for_kind(who.kind)
    given = recipient.salutations.get(language)
    sid: str | None = None
    if given:
        found = recognise_gendered(given, language)
        if found is None:
            return book.salutation_line(given)
        same_office = recipient_kinds().from_salutation.get(found[1]) == who.kind
        sid = by_kind if book.kind_decides and by_kind and not same_office else found[1]
        phrasebook_form = book.form(sid, who.gender)
        same_gender = not (found[2] and who.gender and found[2] != who.gender)
        if (
            not book.kind_decides
            and same_gender
            and phrasebook_form
            and normalise_salutation(given) != normalise_salutation(phrasebook_form)
        ):
            # The case's own words in its own language ("Dear Attorney General"), not
            # another office's form: case-format.md "used as written".
            return book.salutation_line(given.strip().rstrip(",:;.!").strip())
    elif book.kind_decides and by_kind:
        sid = by_kind
    else:
        texts = [t for t in (recipient.salutation, *recipient.salutations.values()) if t]
        for text in texts:
            found = recognise_gendered(text)
            if found is not None and found[1] in book.salutations:
                sid = found[1]
                break
        else:
            if by_kind:
                sid = by_kind
            elif recipient.salutation and _may_be_in(recipient.salutation, language):
                return None
            else:
                # None given, or only in other languages the app cannot translate: the
                # general form (a letter carries no words of another language).
                sid = book.generic
    name = title = ""
    if direction_of(language) == "rtl":
        # The name and office in the letter's script (an `also_known_as`, a `title` map).
        given = recipient.forms.get("name", {}).get(language, "")
        names = (recipient.name, *recipient.also_known_as, given)
        if book.salutation_names_as_given:
            # Only a name written in the letter's own alphabet (Arabic: no Persian ی, ک).
            names = tuple(n for n in names if _in_script(n) and not set(n) & set(book.script_map))
        name = name_in_script(names, language)
        name = name if _in_script(name) else ""
        forms = recipient.forms.get("title", {})
        title = next((t for t in (forms.get(language), recipient.title) if t and _in_script(t)), "")
    return book.salutation_line(book.form(sid, who.gender, name=name, title=title))


def _may_be_in(text: str, language: str) -> bool:
    rtl = any("\u0590" <= ch <= "\u08ff" for ch in text)
    return rtl if direction_of(language) == "rtl" else not rtl


def _in_script(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def _check_letter(case: Case, language: str, letter: Letter, recipients: list[Recipient]) -> None:
    where = f"{case.id} {language} {letter.mode} {letter.to_keys}"
    for text in _every_text(letter):
        for line in text.split("\n"):
            assert placeholder_in(line) is None, (where, line)
            assert "{" not in line and "}" not in line, (where, line)
    names = _names(case)
    for text in _letter_texts(letter):
        problem = foreign_text(without(text, names), language)
        assert problem is None, (where, problem)
    assert letter.date_text == DATES.get(language, format_letter_date(DAY, language)), where
    if len(recipients) == 1 or len({r.key for r in recipients}) == 1:
        expected = _expected_salutation(recipients[0], language)
        if expected is not None:
            assert letter.salutation == expected, where
        else:
            assert any("kept as written" in n for n in letter.notes), where
    # Classes of error a careful reading of every bundled letter found (issue 22):
    # no salutation in another script; Spanish contractions; the Persian honorific pronoun
    # of the addressee; an apposition in the list of people closed before the connector.
    ours = [p.text for p in letter.paragraphs if p.kind in ("opening", "placeholder")][:1]
    if direction_of(language) == "rtl":
        assert not any("a" <= ch.lower() <= "z" for ch in letter.salutation), where
    if language == "es":
        assert not any(f" {w} el " in t for t in ours for w in ("de", "a")), where
    if language == "fa" and len(recipients) == 1:
        who = addressee(recipients[0])
        wanted = phrasebook("fa").pronoun_for(who.kind, who.gender)  # type: ignore[union-attr]
        others = {"جنابعالی", "حضرتعالی", "سرکارعالی"} - {wanted}
        assert not any(o in t for o in others for t in ours), where
    labels = [p.group_forms.get(language, "") for p in case.people if p.group_forms]
    for label in labels:
        if (
            "," in label
            and len(case.people) > 1
            and label != case.people[-1].group_forms.get(language)
        ):
            closed = (f"{label}, ", f"{label}; ", f"{label}\u202f; ", f"{label}، ", f"{label}؛ ")
            assert any(c in t for c in closed for t in ours), (where, label)
    if letter.mode == "post":
        (recipient,) = recipients
        if recipient.address:
            assert all(line in letter.recipient_block for line in recipient.address), where
        else:
            assert any(
                f"No postal address is known for {recipient.name}" in n for n in letter.notes
            ), where


@pytest.mark.parametrize(("case_id", "language", "mode"), _matrix())
def test_letters_for_every_case_language_mode_and_recipient(
    case_id: str, language: str, mode: str
) -> None:
    case = _cases()[case_id]
    choice = language_choice(case, language)
    batches: list[list[Recipient]] = [[r] for r in case.recipients]
    if mode == "email":
        batches.append(list(case.recipients))
    for chosen in batches:
        letters = compose_letters(
            case,
            language,
            [r.key for r in chosen],
            SENDER,
            mode=mode,
            today=DAY,  # type: ignore[arg-type]
        )
        assert letters
        for letter in letters:
            to = [r for r in chosen if r.key in letter.to_keys]
            _check_letter(case, language, letter, to)
            asks = [p for p in letter.paragraphs if p.kind in ("ask", "placeholder")]
            assert len(asks) >= len(choice.asks) > 0
            if choice.offered and not choice.asks_to_reword:
                # Written in a language the case offers: nothing left for the writer to reword.
                assert all(p.kind != "placeholder" for p in letter.paragraphs), letter.paragraphs
            else:
                # Another language: the asks are marked, and the writer is told why.
                assert all(p.kind == "placeholder" for p in asks)
                assert any("not offered" in n for n in letter.notes)
            if mode == "email" and len(chosen) > 1:
                # Each copy is listed, or the writer is told which is left out and why.
                left_out = len(letter.copy_keys) - len(letter.copies)
                assert left_out == 0 or any("copy list leaves out" in n for n in letter.notes)
