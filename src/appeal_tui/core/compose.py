"""Composing letters: case + language + recipients + sender + the writer's words -> `Letter`s.

Pure and fast (a batch composes thousands per second): phrasebooks and dates are cached, no I/O
happens per letter, and case text is only ever substituted with plain replacement.

Post mode gives one letter per chosen recipient, each with its own address block and
salutation. Email mode gives one letter to the chosen primary recipient(s), naming the chosen
copies under "Copy to".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from appeal_tui.core.dates import format_letter_date, region_of
from appeal_tui.core.model import (
    Case,
    Letter,
    Mode,
    Paragraph,
    ParagraphKind,
    Person,
    Recipient,
    Sender,
    direction_of,
)
from appeal_tui.core.phrasebook import (
    Phrasebook,
    fill,
    normalise_salutation,
    phrasebook,
    recipient_kinds,
    recognise_gendered,
)

# Marks text the writer should put into their own words (asks in another language). It is the
# start of a paragraph in the editor's text; exports print it so nothing is sent by mistake.
PLACEHOLDER_MARK = "[Reword in your own words] "
# The empty paragraph of the template where the writer's own words go. Left as it is, it is
# dropped from the letter: it is an instruction, not text.
OWN_WORDS_PROMPT = "[Your own words: who you are, and why this case matters to you]"

FALLBACK_LANGUAGE = "en"


class ComposeError(ValueError):
    """The choices cannot make a letter: an unknown recipient key, or no recipient at all."""


@dataclass(frozen=True)
class ComposeOptions:
    """How dates are written: `native` is Solar Hijri for Persian and native digits for
    Persian and Arabic; `gregorian` / `latin` switch them off."""

    calendar: str = "native"
    digits: str = "native"


def _base(language: str) -> str:
    return language.split("-")[0].lower()


def _book_for(language: str) -> tuple[Phrasebook, bool]:
    """The phrasebook for `language`, or English with True when there is none."""
    book = phrasebook(language)
    if book is not None:
        return book, False
    fallback = phrasebook(FALLBACK_LANGUAGE)
    assert fallback is not None, "the English phrasebook ships with the package"
    return fallback, True


def asks_for(case: Case, language: str) -> tuple[tuple[str, ...], str | None]:
    """The case's asks for a letter in `language` and the language they are in.

    A language without asks gets the asks of the case's first language that has them (the
    caller marks them for rewording); (), None when the case has no asks at all.
    """
    for code in (language, _base(language)):
        if case.asks.get(code):
            return case.asks[code], code
    for code in (*case.languages, *case.asks):
        if case.asks.get(code):
            return case.asks[code], code
    return (), None


def _in_script_of(text: str, language: str) -> bool:
    """True when `text` is written in the script of `language` (Arabic or Hebrew letters for a
    right-to-left language, else anything)."""
    if direction_of(language) != "rtl":
        return True
    return any("\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufeff" for ch in text)


# --- Names in the letter's script, and lists (issue 22) -------------------------------------


def _script_fit(text: str, book: Phrasebook | None) -> int:
    """How many letters of `text` the letter's script would change (0: written as it writes)."""
    if book is None or not book.script_map:
        return 0
    return sum(1 for ch in text if ch in book.script_map)


def name_in_script(names: Sequence[str], language: str) -> str:
    """The first of `names` (a name and its other forms) written in the script of `language`:
    a right-to-left letter takes a name in its script when one is given, preferring the form
    its own alphabet writes (Arabic ي rather than Persian ی), with the letters of a related
    script converted (`script_map` of the phrasebook); else the first name as written."""
    book = phrasebook(language)
    usable = [n for n in names if n and n.strip()]
    if not usable:
        return ""
    in_script = [n for n in usable if _in_script_of(n, language)]
    if not in_script:
        return usable[0]
    best = min(in_script, key=lambda n: _script_fit(n, book))
    return book.to_script(best) if book is not None else best


def _person_name(person: Person, language: str, book: Phrasebook | None) -> str:
    if not person.name:
        return name_in_script((person.label, *person.also_known_as), language)
    name = name_in_script((person.name, *person.also_known_as), language)
    title = book.person_titles.get(person.gender or "", "") if book is not None else ""
    return f"{title} {name}" if title and name else name


def person_label(case: Case, language: str) -> str:
    """The people's names as a letter in `language` writes them: a right-to-left letter uses a
    name the case gives in that script (an `also_known_as`), else the name as written; the
    language's title before a name where it writes one (Persian «آقای»); joined as the
    language joins a list."""
    book = phrasebook(language)
    names = [_person_name(p, language, book) for p in case.people]
    return _joined(tuple(n for n in names if n), language)


@lru_cache(maxsize=1024)
def _joined(names: tuple[str, ...], language: str) -> str:
    """Names joined as the language writes a list ("A, B and C", "A y B", "الف، ب و ج"): by
    the phrasebook's list patterns, or by Babel for a language without a phrasebook."""
    if len(names) < 2:
        return "".join(names)
    book = phrasebook(language)
    joined = book.join(names) if book is not None else None
    if joined is not None:
        return joined
    from babel.core import UnknownLocaleError
    from babel.lists import format_list

    try:
        joined = format_list(list(names), locale=language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        joined = format_list(list(names), locale="en_GB")
    # Babel's Persian pattern carries a right-to-left mark; letters are stored without marks.
    return joined.replace("\u200f", "").replace("\u200e", "")


def _opening(case: Case, book: Phrasebook, language: str) -> str:
    return fill(
        book.opening,
        person=person_label(case, language),
        country=case.country,
        you=book.pronoun_default,
    )


def _template_paragraphs(case: Case, language: str) -> list[Paragraph]:
    book, _ = _book_for(language)
    paragraphs = [Paragraph(_opening(case, book, language), "opening")]
    asks, asks_language = asks_for(case, language)
    kind: ParagraphKind = "ask" if asks_language in (language, _base(language)) else "placeholder"
    paragraphs.extend(Paragraph(ask.strip(), kind) for ask in asks if ask.strip())
    return paragraphs


def template_body(case: Case, language: str) -> str:
    """The text the writer's editor is pre-filled with: the opening, the case's asks (marked
    with `PLACEHOLDER_MARK` when they are in another language), and `OWN_WORDS_PROMPT` where
    the writer's own paragraph goes. Paragraphs are separated by blank lines."""
    parts = [
        PLACEHOLDER_MARK + p.text if p.kind == "placeholder" else p.text
        for p in _template_paragraphs(case, language)
    ]
    parts.append(OWN_WORDS_PROMPT)
    return "\n\n".join(parts) + "\n"


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of `text`: separated by blank lines, trailing spaces and blank edges removed.

    Line breaks inside a paragraph are kept (an address, a poem)."""
    out: list[str] = []
    current: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = line.rstrip()
        if stripped.strip():
            current.append(stripped)
        elif current:
            out.append("\n".join(current))
            current = []
    if current:
        out.append("\n".join(current))
    return out


def _body_paragraphs(case: Case, language: str, body: str) -> list[Paragraph]:
    """The writer's edited body as paragraphs, each with the kind it has against the template;
    the own-words prompt, where it was left in, is dropped."""
    known = {p.text: p.kind for p in _template_paragraphs(case, language)}
    paragraphs: list[Paragraph] = []
    for raw in split_paragraphs(body):
        # The prompt is a line of the template, not of the letter: drop it wherever it stands,
        # also when the writer typed their paragraph straight below it.
        lines = raw.split("\n")
        kept = [line for line in lines if line.strip() != OWN_WORDS_PROMPT]
        text = "\n".join(kept).strip()
        if not text:
            continue
        if text.startswith(PLACEHOLDER_MARK.rstrip()):
            paragraphs.append(
                Paragraph(text[len(PLACEHOLDER_MARK.rstrip()) :].strip(), "placeholder")
            )
        else:
            kind = known.get(text, "own")
            paragraphs.append(Paragraph(text, "own" if kind == "placeholder" else kind))
    return paragraphs


def recipient_block(recipient: Recipient) -> tuple[str, ...]:
    """Name, title, organisation, address lines and country, as on an envelope."""
    lines = [recipient.name, recipient.title, recipient.organisation, *recipient.address]
    country = recipient.country
    if country and not (
        recipient.address and recipient.address[-1].strip().casefold() == country.casefold()
    ):
        lines.append(country)
    return tuple(line.strip() for line in lines if line and line.strip())


def sender_block(sender: Sender) -> tuple[str, ...]:
    """The writer's name, address lines, city, country and email, as at the top of a letter."""
    lines = [sender.name, *sender.address, sender.city, sender.country, sender.email]
    return tuple(line.strip() for line in lines if line and line.strip())


def signature(sender: Sender) -> tuple[str, ...]:
    """The writer's name, or empty lines to sign by hand."""
    return (sender.name.strip(),) if sender.name.strip() else ("", "", "")


# --- Salutations, honorifics and closings (issue 22) ---------------------------------------


@dataclass(frozen=True)
class _Salutation:
    line: str  # as it stands in the letter
    sid: str | None  # the phrasebook id, when known
    form: str | None  # the form in the letter's language, for closings that repeat it
    notes: tuple[str, ...] = ()
    kind: str | None = None  # the addressee's kind, when known (chooses the body's pronoun)
    gender: str = ""  # the addressee's gender, when known (some closings depend on it)


@dataclass(frozen=True)
class Addressee:
    """What the case tells about how to address a recipient: kind and gender, from the
    recipient's `kind` / `gender` fields, else from the salutations it gives (a feminine
    salutation in any language tells "female"; "Dear Minister" tells "minister")."""

    kind: str | None
    gender: str  # "female", "male" or "" (not known)


def _given_salutations(recipient: Recipient) -> list[str]:
    texts = [recipient.salutation] if recipient.salutation else []
    return texts + [t for t in recipient.salutations.values() if t]


def addressee(recipient: Recipient) -> Addressee:
    """The recipient's kind and gender, as the case gives or its salutations tell them."""
    kinds = recipient_kinds().from_salutation
    kind, gender = recipient.kind, recipient.gender or ""
    for text in _given_salutations(recipient):
        found = recognise_gendered(text)
        if found is None:
            continue
        gender = gender or found[2]
        kind = kind or kinds.get(found[1])
    return Addressee(kind, gender)


def _strip_punctuation(text: str) -> str:
    return text.strip().rstrip(",:;.!،؛").strip()


def _recipient_name(recipient: Recipient, language: str) -> str:
    """The recipient's name in the letter's script, or "" when the case gives none."""
    names = (recipient.name, *recipient.also_known_as)
    name = name_in_script(names, language)
    return name if _in_script_of(name, language) and direction_of(language) == "rtl" else ""


def _recipient_title(recipient: Recipient, language: str) -> str:
    """The recipient's title in the letter's script, for languages that name the office in
    the salutation (Persian «دادستان محترم …»); "" when the case gives none in that script."""
    title = recipient.title or ""
    return (
        title
        if title and direction_of(language) == "rtl" and _in_script_of(title, language)
        else ""
    )


def _gender_note(
    book: Phrasebook, sid: str, who: Addressee, name: str, title: str
) -> tuple[str, ...]:
    """A note when the form depends on the addressee's gender and the case does not say it."""
    form = book.salutations[sid]
    if who.gender or not form.gendered:
        return ()
    male, female = (book.form(sid, g, name=name, title=title) for g in ("male", "female"))
    if not (male or female) or male == female:
        return ()
    neutral = book.form(sid, "", name=name, title=title)
    used = f"'{neutral}'" if neutral else "no addressee line"
    return (
        f"The case does not say whether this recipient is a man or a woman, so {used} is "
        f"used. To a woman, write '{female}'; to a man, '{male}' (or add gender: to the "
        "recipient in the case).",
    )


def _phrasebook_form(
    sid: str, who: Addressee, recipient: Recipient, language: str, book: Phrasebook, fallback: bool
) -> _Salutation:
    name, title = _recipient_name(recipient, language), _recipient_title(recipient, language)
    form = book.form(sid, who.gender, name=name, title=title)
    notes = _gender_note(book, sid, who, name, title)
    return _Salutation(
        book.salutation_line(form),
        sid,
        None if fallback else form or None,
        notes,
        who.kind,
        who.gender,
    )


def _salutation(
    recipient: Recipient, language: str, book: Phrasebook, fallback: bool
) -> _Salutation:
    """The recipient's salutation in the letter's language, and what the writer should know.

    In order: a salutation the case gives in this language (its phrasebook form when the
    phrasebook knows it, so capitals and honorifics are the language's; else as written);
    the form of the recipient's kind where the language's honorific follows the office
    (`kind_decides`: Persian, Arabic); the translation of a salutation given in another
    language; the form of the recipient's kind; the salutation as written, with a note; the
    phrasebook's general form. The form agrees with the addressee's gender; without one,
    the language's neutral form is used.
    """
    who = addressee(recipient)
    by_kind = book.salutation_for_kind(who.kind)
    for code in (language, _base(language)):
        given = recipient.salutations.get(code)
        if not given:
            continue
        found = recognise_gendered(given, book.language)
        if found is None:
            return _Salutation(
                book.salutation_line(given), None, _strip_punctuation(given), (), who.kind
            )
        sid = by_kind if book.kind_decides and by_kind else found[1]
        return _phrasebook_form(sid, who, recipient, language, book, fallback)
    if book.kind_decides and by_kind:
        return _phrasebook_form(by_kind, who, recipient, language, book, fallback)
    candidates = _given_salutations(recipient)
    for text in candidates:
        found = recognise_gendered(text)
        if found is not None and found[1] in book.salutations:
            return _phrasebook_form(found[1], who, recipient, language, book, fallback)
    if by_kind:
        return _phrasebook_form(by_kind, who, recipient, language, book, fallback)
    if candidates:
        text = candidates[0]
        return _Salutation(
            text,
            None,
            None,
            (
                f"The salutation '{text}' is kept as written: the app cannot translate it. "
                "Check it suits the letter's language.",
            ),
            who.kind,
        )
    return _phrasebook_form(book.generic, who, recipient, language, book, fallback)


def salutation_for(recipient: Recipient, language: str) -> tuple[str, str, tuple[str, ...]]:
    """(salutation line, closing, notes) of a letter in `language` to `recipient`: the one
    lookup letters use, for other views (case sheets) to show the same."""
    book, fallback = _book_for(language)
    sal = _salutation(recipient, language, book, fallback)
    closing = book.closing_for(sal.sid, sal.form, sal.gender)
    return book.typeset(sal.line), book.typeset(closing), sal.notes


def _email_salutation(
    primaries: Sequence[Recipient], language: str, book: Phrasebook, fallback: bool
) -> _Salutation:
    each = [_salutation(r, language, book, fallback) for r in primaries]
    if len({normalise_salutation(s.line) for s in each}) == 1:
        return each[0]
    general = _phrasebook_form(
        book.generic, Addressee(None, ""), primaries[0], language, book, fallback
    )
    note = "The letter goes to several people with different salutations: a general one is used."
    return _Salutation(general.line, general.sid, general.form, (*general.notes, note))


def _localised(
    paragraphs: Sequence[Paragraph], book: Phrasebook, kind: str | None
) -> tuple[Paragraph, ...]:
    """The paragraphs as a letter to an addressee of `kind` writes them: the honorific
    pronoun that fits the addressee (Persian «حضرتعالی» to a senior cleric), and the
    language's typography (French apostrophes and no-break spaces)."""
    # Paragraphs in another language (marked for rewording) are left as they are.
    return tuple(
        p
        if p.kind == "placeholder"
        else Paragraph(book.typeset(book.with_pronoun(p.text, kind)), p.kind)
        for p in paragraphs
    )


def _subject(case: Case, language: str, book: Phrasebook) -> str:
    """The subject line with the language's label («Asunto: », «Objet : »), whether the case
    gives the subject or the phrasebook writes it from the people's names."""
    extras = case.letter.get(language) or case.letter.get(_base(language))
    text = (extras.subject if extras and extras.subject else "").strip()
    if not text:
        text = person_label(case, language)
    label = book.subject_prefix
    # A subject that already has the label, however spaced ("Objet: …"), gets it written the
    # language's way once; "Release …" does not start with "Re: ".
    if label and ":" in label and _unspaced(text).startswith(_unspaced(label)):
        text = text.split(":", 1)[1].strip()
    return book.typeset(label + text)


def _unspaced(text: str) -> str:
    return "".join(text.split()).casefold()


def _letter_region(case: Case, recipients: Sequence[Recipient]) -> str | None:
    """The country a letter goes to, as an ISO code: the recipients' (when they agree), else
    the case's. Chooses regional month names (Arabic «كانون الثاني» in the Levant)."""
    countries = {r.country for r in recipients if r.country}
    country = countries.pop() if len(countries) == 1 else case.country
    return region_of(country) or region_of(case.country)


def _copy_line(recipient: Recipient) -> str:
    parts = [recipient.name, recipient.title or recipient.organisation]
    return ", ".join(p.strip() for p in parts if p and p.strip())


def _chosen(case: Case, keys: Iterable[str]) -> list[Recipient]:
    wanted = list(dict.fromkeys(keys))
    if not wanted:
        raise ComposeError("choose at least one recipient")
    known = {r.key for r in case.recipients}
    for key in wanted:
        if key not in known:
            choices = ", ".join(r.key for r in case.recipients)
            raise ComposeError(f"unknown recipient '{key}'; choose from: {choices}")
    # The case's order, so letters come out the same however the keys were listed.
    return [r for r in case.recipients if r.key in wanted]


def _language_notes(
    case: Case, language: str, fallback: bool, asks_language: str | None
) -> list[str]:
    from appeal_tui.core.languages import language_name

    notes: list[str] = []
    name = language_name(language)
    if fallback:
        notes.append(
            f"There is no phrasebook for {name}: the salutation, opening and closing are in "
            f"English. Put them into {name} before sending."
        )
    if asks_language is not None and asks_language not in (language, _base(language)):
        notes.append(
            f"This case has no asks in {name}: they are given in "
            f"{language_name(asks_language)}, marked for you to put into your own words."
        )
    return notes


def compose_letters(
    case: Case,
    language: str,
    recipient_keys: Sequence[str],
    sender: Sender,
    *,
    body: str | None = None,
    own_text: str = "",
    mode: Mode = "post",
    today: dt.date | None = None,
    options: ComposeOptions = ComposeOptions(),
) -> list[Letter]:
    """The letters for these choices.

    `body` None: the template, with `own_text` as the writer's paragraph(s). `body` given: the
    writer's edited text, verbatim, split into paragraphs by blank lines. Raises
    `ComposeError` for an unknown recipient key or when no recipient is chosen.
    """
    chosen = _chosen(case, recipient_keys)
    book, fallback = _book_for(language)
    date = today or dt.date.today()
    _, asks_language = asks_for(case, language)
    notes = _language_notes(case, language, fallback, asks_language)
    if body is None:
        paragraphs = _template_paragraphs(case, language)
        own = [Paragraph(p, "own") for p in split_paragraphs(own_text)]
        paragraphs.extend(own)
        if not own:
            notes.append(
                "The letter has no words of your own yet: a sentence or two about who you are "
                "and why this case matters to you makes it count."
            )
    else:
        paragraphs = _body_paragraphs(case, language, body)
        if not any(p.kind == "own" for p in paragraphs):
            notes.append(
                "The letter has no words of your own yet: a sentence or two about who you are "
                "and why this case matters to you makes it count."
            )
    if any(p.kind == "placeholder" for p in paragraphs):
        notes.append("Some paragraphs are marked to be put into your own words before sending.")
    if not sender.name.strip():
        notes.append("No name is given: sign the letter by hand.")

    def shared(recipients: Sequence[Recipient], sal: _Salutation) -> dict[str, object]:
        region = _letter_region(case, recipients)
        return {
            "case_id": case.id,
            "language": language,
            "direction": direction_of(language),
            "mode": mode,
            "sender_block": sender_block(sender),
            "date": date,
            "date_text": format_letter_date(
                date, language, calendar=options.calendar, digits=options.digits, region=region
            ),
            "subject": _subject(case, language, book),
            "subject_label": book.typeset(book.subject_prefix),
            "paragraphs": _localised(paragraphs, book, sal.kind),
            "signature": signature(sender),
            "salutation": book.typeset(sal.line),
            "closing": book.typeset(book.closing_for(sal.sid, sal.form, sal.gender)),
            "notes": tuple(dict.fromkeys([*notes, *sal.notes])),
        }

    if mode == "email":
        primaries = [r for r in chosen if r.is_primary] or chosen[:1]
        copies = [r for r in chosen if r not in primaries]
        sal = _email_salutation(primaries, language, book, fallback)
        block: list[str] = []
        for r in primaries:
            if block:
                block.append("")
            block.extend(recipient_block(r))
        return [
            Letter(
                to_keys=tuple(r.key for r in primaries),
                copy_keys=tuple(r.key for r in copies),
                recipient_block=tuple(block),
                copy_heading=book.copy_to if copies else "",
                copies=tuple(_copy_line(r) for r in copies),
                **shared(primaries, sal),  # type: ignore[arg-type]
            )
        ]

    letters: list[Letter] = []
    for r in chosen:
        sal = _salutation(r, language, book, fallback)
        letters.append(
            Letter(
                to_keys=(r.key,),
                copy_keys=(),
                recipient_block=recipient_block(r),
                **shared((r,), sal),  # type: ignore[arg-type]
            )
        )
    return letters
