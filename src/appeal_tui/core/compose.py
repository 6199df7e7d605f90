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
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple, TypedDict

from appeal_tui.core.asks import letter_form
from appeal_tui.core.choices import ChoiceError, parse_recipients
from appeal_tui.core.dates import format_letter_date, region_of
from appeal_tui.core.i18n import N_, _, in_every_language, ui_language
from appeal_tui.core.letter_language import LanguageChoice, language_choice, text_in
from appeal_tui.core.model import (
    Case,
    Direction,
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
from appeal_tui.core.postal import has_postal_address, other_ways

# Marks text the writer should put into their own words (asks in another language). It is the
# start of a paragraph in the editor's text; exports print it so nothing is sent by mistake.
PLACEHOLDER_MARK = "[Reword in your own words] "
# The empty paragraph of the template where the writer's own words go. Left as it is, it is
# dropped from the letter: it is an instruction, not text.
# (In the interface language: the writer reads it in the editor; it never reaches a letter,
# whatever language it was written in.)
# The brackets stay out of the catalogs (no translation may add brackets, which look like markup).
OWN_WORDS_PROMPT_WORDS = N_("Your own words: who you are, and why this case matters to you")
OWN_WORDS_PROMPT = f"[{OWN_WORDS_PROMPT_WORDS}]"


FALLBACK_LANGUAGE = "en"


class ComposeError(ValueError):
    """The choices cannot make a letter: an unknown recipient key, or no recipient at all."""


@dataclass(frozen=True)
class ComposeOptions:
    """How dates are written: `native` is Solar Hijri for Persian and native digits for
    Persian and Arabic; `gregorian` / `latin` switch them off."""

    calendar: str = "native"
    digits: str = "native"
    # Post letters list the other chosen recipients under a "cc:" line, as formal letters do.
    copies_in_post: bool = False


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


def _in_script_of(text: str, language: str) -> bool:
    """True when `text` is written in the script of `language` (Arabic or Hebrew letters for a
    right-to-left language, else anything)."""
    if direction_of(language) != "rtl":
        return True
    return any("\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufeff" for ch in text)


def _group_in(person: Person, case: Case, language: str) -> str | None:
    """A group's description in `language`: the form the case gives, else None."""
    return text_in(person.group, person.group_forms, language, case.text_language)


def groups_missing(case: Case, language: str) -> list[str]:
    """The groups (as written) the case does not describe in `language`."""
    return [
        p.group
        for p in case.people
        if p.group and not p.name and _group_in(p, case, language) is None
    ]


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
    language's title before a name where it writes one (Persian «آقای»); a group is described
    in the letter's language where the case gives that form (else as written, and
    `groups_missing` says so); joined as the language joins a list."""
    book = phrasebook(language)
    names: list[str] = []
    for person in case.people:
        if not person.name and person.group:
            label = _group_in(person, case, language) or person.group
        else:
            label = _person_name(person, language, book)
        if label:
            names.append(label)
    return _joined(tuple(names), language)


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
    # Contractions where the template meets a name: «de el sindicato» -> «del sindicato».
    return book.contract(
        fill(
            book.opening,
            person=person_label(case, language),
            country=case.country,
            you=book.pronoun_default,
        )
    )


def letter_asks(choice: LanguageChoice) -> list[Paragraph]:
    """The asks of `choice` as letter paragraphs: each in letter form (`core.asks`), marked
    `placeholder` when it is in another language or an instruction that needs rewording."""
    out: list[Paragraph] = []
    for ask in choice.asks:
        if not ask.strip():
            continue
        form = letter_form(ask, choice.asks_language or choice.language)
        reword = choice.asks_to_reword or form.needs_rewording
        out.append(Paragraph(form.text, "placeholder" if reword else "ask"))
    return out


def _template_paragraphs(case: Case, language: str) -> list[Paragraph]:
    book, _found = _book_for(language)
    # An opening that names a group in another language is for the writer to put right.
    opening_kind: ParagraphKind = "placeholder" if groups_missing(case, language) else "opening"
    paragraphs = [Paragraph(_opening(case, book, language), opening_kind)]
    paragraphs.extend(letter_asks(language_choice(case, language)))
    return paragraphs


def template_body(case: Case, language: str) -> str:
    """The text the writer's editor is pre-filled with: the opening, the case's asks (marked
    with `PLACEHOLDER_MARK` when they are in another language), and `OWN_WORDS_PROMPT` where
    the writer's own paragraph goes. Paragraphs are separated by blank lines."""
    parts = [
        PLACEHOLDER_MARK + p.text if p.kind == "placeholder" else p.text
        for p in _template_paragraphs(case, language)
    ]
    parts.append(f"[{_(OWN_WORDS_PROMPT_WORDS)}]")
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
        prompts = {f"[{words}]" for words in in_every_language(OWN_WORDS_PROMPT_WORDS)}
        kept = [line for line in lines if line.strip() not in prompts]
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


def recipient_text(
    recipient: Recipient, field_name: str, language: str, text_language: str
) -> str | None:
    """A recipient's `name`, `title` or `organisation` in `language` (`letter_language.text_in`)."""
    plain = getattr(recipient, field_name)
    return text_in(plain, recipient.forms.get(field_name, {}), language, text_language)


def recipient_block(
    recipient: Recipient, language: str | None = None, text_language: str = "en"
) -> tuple[str, ...]:
    """Name, title, organisation, address lines and country, as on an envelope. With
    `language`, the name, title and organisation take the form the case gives in that
    language; else (and the postal lines always) they stay as the case writes them, for the
    post office to read."""

    def shown(field_name: str) -> str | None:
        plain: str | None = getattr(recipient, field_name)
        if language is None:
            return plain
        return recipient_text(recipient, field_name, language, text_language) or plain

    heads: list[str] = []
    for field_name in ("name", "title", "organisation"):
        line = (shown(field_name) or "").strip()
        # A case may give an office as both its name and its organisation: print it once.
        if line and line.casefold() not in {head.casefold() for head in heads}:
            heads.append(line)
    lines = [*heads, *recipient.address]
    country = recipient.country
    if country and not (
        recipient.address and recipient.address[-1].strip().casefold() == country.casefold()
    ):
        lines.append(country)
    return tuple(line.strip() for line in lines if line and line.strip())


def sender_block(sender: Sender) -> tuple[str, ...]:
    """The writer's name, address lines, city, country and email, as at the top of a letter."""
    lines = [sender.name, *sender.address, sender.city, sender.country, sender.email]
    # (A list made once per letter of a batch: stripped once, not twice.)
    return tuple([text for line in lines if line and (text := line.strip())])


def signature(sender: Sender) -> tuple[str, ...]:
    """The writer's name, or empty lines to sign by hand."""
    return (sender.name.strip(),) if sender.name.strip() else ("", "", "")


# --- Salutations, honorifics and closings (issue 22) ---------------------------------------


class _SharedFields(TypedDict):
    """The fields every letter of one composing shares (`Letter`'s, by name)."""

    case_id: str
    language: str
    direction: Direction
    mode: Mode
    sender_block: tuple[str, ...]
    date: dt.date
    date_text: str
    subject: str | None
    subject_label: str
    paragraphs: tuple[Paragraph, ...]
    signature: tuple[str, ...]
    salutation: str
    closing: str
    notes: tuple[str, ...]


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
    """The recipient's name in the letter's script, or "" when the case gives none: an
    `also_known_as` first (a bare name, as the salutation adds the honorific), else the
    case's `name` form for the language."""
    forms = recipient.forms.get("name") or {}
    given = forms.get(language) or forms.get(_base(language))
    names = (recipient.name, *recipient.also_known_as, *([given] if given else []))
    book = phrasebook(language)
    if book is not None and book.salutation_names_as_given:
        # Only a name the case writes in this alphabet: a converted Persian spelling
        # («خامنه‌اي») is not how Arabic writes the name («خامنئي»).
        names = tuple(
            n for n in names if n and _in_script_of(n, language) and not _script_fit(n, book)
        )
    name = name_in_script(names, language)
    return name if _in_script_of(name, language) and direction_of(language) == "rtl" else ""


def _recipient_title(recipient: Recipient, language: str) -> str:
    """The recipient's title in the letter's script, for languages that name the office in
    the salutation (Persian «دادستان محترم …»): the case's `title` for that language (its
    per-language map), else the title as written when it is in that script; "" when the
    case gives none in that script."""
    forms = recipient.forms.get("title") or {}
    candidates = (forms.get(language), forms.get(_base(language)), recipient.title)
    if direction_of(language) != "rtl":
        return ""
    return next((t for t in candidates if t and _in_script_of(t, language)), "")


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
                book.salutation_line(given),
                None,
                _strip_punctuation(given),
                (),
                who.kind,
                who.gender,
            )
        # Where the office decides the honorific, the kind's form replaces a form for another
        # office; a form for the same office (a district prosecutor's) is kept.
        same_office = recipient_kinds().from_salutation.get(found[1]) == who.kind
        sid = by_kind if book.kind_decides and by_kind and not same_office else found[1]
        result = _phrasebook_form(sid, who, recipient, language, book, fallback)
        return _as_written_when_same_office(result, given, found[2], who, book)
    if book.kind_decides and by_kind:
        return _phrasebook_form(by_kind, who, recipient, language, book, fallback)
    candidates = _given_salutations(recipient)
    for text in candidates:
        found = recognise_gendered(text)
        if found is not None and found[1] in book.salutations:
            return _phrasebook_form(found[1], who, recipient, language, book, fallback)
    if by_kind:
        return _phrasebook_form(by_kind, who, recipient, language, book, fallback)
    plain = recipient.salutation
    if plain and _may_be_in(plain, language):
        # A salutation given without a language may be in the letter's: kept, and flagged.
        return _Salutation(
            plain,
            None,
            None,
            (
                f"The salutation '{plain}' is kept as written: the app cannot translate it. "
                "Check it suits the letter's language.",
            ),
            who.kind,
            who.gender,
        )
    general = _phrasebook_form(book.generic, who, recipient, language, book, fallback)
    if not candidates:
        return general
    # Only salutations in other languages, none the app can translate: a letter carries no
    # words of another language, so the language's general form is used, and the writer told.
    note = _(
        "The case gives the salutation only in other languages ('{salutation}'), in a form the "
        "app cannot translate: the general form is used. Give the recipient's kind (kind:) or "
        "a salutation in the letter's language in the case to address them by their office."
    ).format(salutation=candidates[0])
    return replace(general, notes=(*general.notes, note))


def _may_be_in(text: str, language: str) -> bool:
    """False when `text` is surely not in `language`: written in another script (Latin
    letters in a Persian letter, Arabic letters in a French one)."""
    if direction_of(language) == "rtl":
        return _in_script_of(text, language)
    return not any("\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufeff" for ch in text)


def _as_written_when_same_office(
    result: _Salutation, given: str, given_gender: str, who: Addressee, book: Phrasebook
) -> _Salutation:
    """The case's own words for a salutation it gives in the letter's language ("Dear Attorney
    General" stays so, where the phrasebook would say "Dear Prosecutor General"): the phrasebook
    form is used only for its capitals and punctuation (the same words), for languages where the
    office decides the honorific (`kind_decides`), and where the words name the wrong gender."""
    if book.kind_decides or not result.form:
        return result
    if given_gender and who.gender and given_gender != who.gender:
        return result
    if normalise_salutation(given) == normalise_salutation(result.form):
        return result
    words = _strip_punctuation(given)
    return replace(result, line=book.salutation_line(words), form=words)


class SalutationLookup(NamedTuple):
    """What `salutation_for` finds: the salutation line, the closing that goes with it, the
    notes for the writer, and whether the app knows the form (`known`: given for the
    language, or a phrasebook form; False when it is kept as written)."""

    line: str
    closing: str
    notes: tuple[str, ...]
    known: bool


def salutation_for(recipient: Recipient, language: str) -> SalutationLookup:
    """(salutation line, closing, notes, known) of a letter in `language` to `recipient`: the
    one lookup letters use, for other views (case sheets) to show the same."""
    book, fallback = _book_for(language)
    sal = _salutation(recipient, language, book, fallback)
    closing = book.closing_for(sal.sid, sal.form, sal.gender)
    given_here = any(
        text and code in (language, _base(language)) for code, text in recipient.salutations.items()
    )
    return SalutationLookup(
        book.typeset(sal.line),
        book.typeset(closing),
        sal.notes,
        given_here or sal.sid is not None,
    )


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


# Languages whose letters are not written in Latin script (besides the right-to-left ones).
_NON_LATIN = frozenset(
    {"ru", "uk", "be", "bg", "mk", "el", "hy", "ka", "zh", "ja", "ko", "hi", "bn", "ta", "te",
     "th", "km", "lo", "my", "am", "ti", "si", "ne", "mr", "gu", "pa", "kn", "ml", "mn"}
)  # fmt: skip


def _latin(text: str) -> bool:
    return all(not ch.isalpha() or ch < "\u0250" or "\u1e00" <= ch <= "\u1eff" for ch in text)


def name_in(recipient: Recipient, language: str, text_language: str) -> str | None:
    """A recipient's name in a letter in `language`: the form the case gives for it; else,
    when the case gives one Latin form besides forms in other scripts (a person's name
    spelled per script), that form for a Latin-script letter; else, for a name the case
    writes once, that name. None when the case translates the name (an office's name) but
    not into this language."""
    found = recipient_text(recipient, "name", language, text_language)
    forms = recipient.forms.get("name")
    if found is not None or not forms:
        return found or recipient.name
    latin = [text for text in forms.values() if _latin(text)]
    base = _base(language)
    if len(latin) == 1 and direction_of(language) == "ltr" and base not in _NON_LATIN:
        return latin[0]
    return None


# The comma between a name and a title, where a language does not write ", ".
_COMMAS = {"fa": "، ", "ar": "، ", "ur": "، ", "ps": "، ", "ckb": "، ", "sd": "، ", "ug": "، "}


def copy_line(recipient: Recipient, language: str, text_language: str) -> str | None:
    """A line of the copy list: the name (its form in the letter's language where the case
    gives one), and the title (or organisation) in the letter's language; a title the case
    gives only in another language is left out. None when the case gives the name per
    language but not in this one (an office's name such as "Embassy of ..." is text)."""
    office = recipient_text(recipient, "title", language, text_language) or recipient_text(
        recipient, "organisation", language, text_language
    )
    name = name_in(recipient, language, text_language)
    if name is None:
        return None
    # (An office the case also gives as the name is named once.)
    parts = [
        name,
        office if office and office.strip().casefold() != name.strip().casefold() else None,
    ]
    comma = _COMMAS.get(_base(language), ", ")
    return comma.join(p.strip() for p in parts if p and p.strip())


def _localised(
    paragraphs: Sequence[Paragraph], book: Phrasebook, kind: str | None, gender: str = ""
) -> tuple[Paragraph, ...]:
    """The paragraphs as a letter to an addressee of `kind` and `gender` writes them: the
    honorific pronoun that fits the addressee (Persian «حضرتعالی» to a senior cleric,
    «سرکارعالی» to a woman), and the language's typography (French apostrophes and no-break
    spaces)."""
    # Paragraphs marked for rewording may be in another language: no typography of this
    # one; the pronoun is changed in them too (an opening of ours marked for a group's name).
    return tuple(
        Paragraph(book.with_pronoun(p.text, kind, gender), p.kind)
        if p.kind == "placeholder"
        else Paragraph(book.typeset(book.with_pronoun(p.text, kind, gender)), p.kind)
        for p in paragraphs
    )


def _subject(case: Case, language: str, book: Phrasebook) -> str | None:
    """The subject line with the language's label («Asunto: », «Objet : »), whether the case
    gives the subject or the phrasebook writes it from the people's names; None (no subject
    line) when the case names a group only in another language and gives no subject."""
    extras = case.letter.get(language) or case.letter.get(_base(language))
    text = (extras.subject if extras and extras.subject else "").strip()
    if not text:
        if groups_missing(case, language):
            return None
        label = person_label(case, language)
        text = label[:1].upper() + label[1:]
    if not text:
        return None
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


def _chosen(case: Case, keys: Iterable[str]) -> list[Recipient]:
    wanted = list(keys)
    if not wanted:
        raise ComposeError(_("choose at least one recipient"))
    try:
        chosen = set(parse_recipients(case, wanted))
    except ChoiceError as e:
        raise ComposeError(str(e)) from None
    # The case's order, so letters come out the same however the keys were listed.
    return [r for r in case.recipients if r.key in chosen]


def _language_notes(case: Case, choice: LanguageChoice) -> list[str]:
    """What the writer is told about the letter's language (the one rule's notice), about a
    group the case does not describe in it, and about asks to reword."""
    from appeal_tui.core.languages import language_name

    notes: list[str] = []
    notice = choice.notice()
    if notice:
        notes.append(notice)
    name = language_name(choice.language, ui_language())
    for group in groups_missing(case, choice.language):
        notes.append(
            _(
                "The case describes the group '{group}' only in another language: put "
                "it into {name} in the opening (marked for rewording)."
            ).format(group=group, name=name)
        )
    if not choice.asks_to_reword and any(
        letter_form(a, choice.asks_language or choice.language).needs_rewording for a in choice.asks
    ):
        notes.append(
            _(
                "Some asks are written as instructions to writers, not as your "
                "request: they are marked for you to put into your own words."
            )
        )
    return notes


def _postal_note(recipient: Recipient) -> str | None:
    """Post mode, a recipient with no postal address: say how else to reach them."""
    if has_postal_address(recipient):
        return None
    ways = other_ways(recipient)
    how = (
        _(" Send it by {ways}.").format(ways="; ".join(ways))
        if ways
        else _(" The case gives no other contact.")
    )
    return _("No postal address is known for {name}: the envelope window stays empty.{how}").format(
        name=recipient.name, how=how
    )


def _post_copies(
    recipient: Recipient, chosen: Sequence[Recipient], language: str, text_language: str
) -> tuple[str, ...]:
    """The copy list of a post letter to `recipient`: every other chosen recipient, in the
    letter's language (a name the case gives only in other languages is left out)."""
    lines = (copy_line(r, language, text_language) for r in chosen if r.key != recipient.key)
    return tuple(line for line in lines if line)


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
    notes = _language_notes(case, language_choice(case, language))
    text_language = case.text_language
    if body is None:
        paragraphs = _template_paragraphs(case, language)
        own = [Paragraph(p, "own") for p in split_paragraphs(own_text)]
        paragraphs.extend(own)
        if not own:
            notes.append(
                _(
                    "The letter has no words of your own yet: a sentence or two about who "
                    "you are and why this case matters to you makes it count."
                )
            )
    else:
        paragraphs = _body_paragraphs(case, language, body)
        if not any(p.kind == "own" for p in paragraphs):
            notes.append(
                _(
                    "The letter has no words of your own yet: a sentence or two about who "
                    "you are and why this case matters to you makes it count."
                )
            )
    if any(p.kind == "placeholder" for p in paragraphs):
        notes.append(_("Some paragraphs are marked to be put into your own words before sending."))
    if not sender.name.strip():
        notes.append(_("No name is given: sign the letter by hand."))

    def shared(
        recipients: Sequence[Recipient], sal: _Salutation, extra: Sequence[str] = ()
    ) -> _SharedFields:
        return {
            "case_id": case.id,
            "language": language,
            "direction": direction_of(language),
            "mode": mode,
            "sender_block": sender_block(sender),
            "date": date,
            "date_text": format_letter_date(
                date,
                language,
                calendar=options.calendar,
                digits=options.digits,
                region=_letter_region(case, recipients),
            ),
            "subject": _subject(case, language, book),
            "subject_label": book.typeset(book.subject_prefix),
            "paragraphs": _localised(paragraphs, book, sal.kind, sal.gender),
            "signature": signature(sender),
            "salutation": book.typeset(sal.line),
            "closing": book.typeset(book.closing_for(sal.sid, sal.form, sal.gender)),
            "notes": tuple(dict.fromkeys([*notes, *sal.notes, *extra])),
        }

    if mode == "email":
        primaries = [r for r in chosen if r.is_primary] or chosen[:1]
        copies = [r for r in chosen if r not in primaries]
        sal = _email_salutation(primaries, language, book, fallback)
        copy_lines = [(r, copy_line(r, language, text_language)) for r in copies]
        missing = [r.name for r, line in copy_lines if line is None]
        if missing:
            notes.append(
                _(
                    "The copy list leaves out {names}: the case gives the name only in other "
                    "languages. Add it in your words."
                ).format(names="; ".join(missing))
            )
        block: list[str] = []
        for r in primaries:
            if block:
                block.append("")
            block.extend(recipient_block(r, language, text_language))
        return [
            Letter(
                to_keys=tuple(r.key for r in primaries),
                copy_keys=tuple(r.key for r in copies),
                recipient_block=tuple(block),
                copy_heading=book.typeset(book.copy_to) if copies else "",
                copies=tuple(book.typeset(line) for _r, line in copy_lines if line),
                **shared(primaries, sal),
            )
        ]

    letters: list[Letter] = []
    for r in chosen:
        sal = _salutation(r, language, book, fallback)
        postal = _postal_note(r)
        cc = _post_copies(r, chosen, language, text_language) if options.copies_in_post else ()
        letters.append(
            Letter(
                to_keys=(r.key,),
                copy_keys=(),
                recipient_block=recipient_block(r, language, text_language),
                copy_heading=book.typeset(book.cc or book.copy_to) if cc else "",
                copies=tuple(book.typeset(line) for line in cc),
                **shared((r,), sal, [postal] if postal else []),
            )
        )
    return letters
