"""The model: frozen, typed, no I/O. Change instances with `dataclasses.replace`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal, get_args

Role = Literal["primary", "copy"]
ROLES: tuple[Role, ...] = get_args(Role)
Status = Literal["open", "closed"]
STATUSES: tuple[Status, ...] = get_args(Status)
Mode = Literal["post", "email"]
# Paper sizes of printed letters (export.html lays them out).
Paper = Literal["a4", "letter"]
Direction = Literal["ltr", "rtl"]

RTL_LANGUAGES = frozenset({"fa", "ar", "he", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"})


def direction_of(language: str) -> Direction:
    """Right-to-left for Persian, Arabic, Hebrew, Urdu and their neighbours; else left-to-right."""
    base = language.split("-")[0].lower()
    return "rtl" if base in RTL_LANGUAGES else "ltr"


@dataclass(frozen=True)
class Person:
    """Someone at risk: a named person, or a group with no single name."""

    name: str | None = None
    group: str | None = None
    also_known_as: tuple[str, ...] = ()
    # The group's description per language ({"es": "miembros del consejo ..."}), when the case
    # gives it as a map; `group` then holds the form in the case's text language.
    group_forms: dict[str, str] = field(default_factory=dict)
    # "female" or "male" when the case says (letters in some languages write a title before
    # the name: Persian «آقای», «خانم»); None when it does not.
    gender: str | None = None

    @property
    def label(self) -> str:
        return self.name or self.group or ""


@dataclass(frozen=True)
class Recipient:
    key: str
    role: Role
    name: str
    title: str | None = None
    organisation: str | None = None
    address: tuple[str, ...] = ()
    country: str | None = None
    email: tuple[str, ...] = ()
    fax: tuple[str, ...] = ()
    phone: tuple[str, ...] = ()
    web: str | None = None
    twitter: str | None = None
    # A salutation given as one string; its language is `salutation_language` when known
    # (the recipient's `language` is not assumed: organisers mostly write it in English).
    salutation: str | None = None
    # A salutation given per language: {"en": "Your Excellency", "es": "Excelencia"}.
    salutations: dict[str, str] = field(default_factory=dict)
    language: str | None = None
    note: str | None = None
    # `title` and `organisation` per language, when the case gives them as maps:
    # {"title": {"es": "Ministra del Interior", "fa": "..."}}. The plain fields then hold the
    # form in the case's text language (see `Case.text_language`).
    forms: dict[str, dict[str, str]] = field(default_factory=dict)
    # How letters address them (issue 22): `kind` is one of the kinds in
    # core/phrasebook/kinds.yaml ("minister", "cleric" ...), `gender` "female" or "male";
    # None when the case does not say. `also_known_as`: the name in other scripts.
    kind: str | None = None
    gender: str | None = None
    also_known_as: tuple[str, ...] = ()

    @property
    def is_primary(self) -> bool:
        return self.role == "primary"

    @property
    def channels(self) -> tuple[str, ...]:
        """The ways to reach this recipient: post, email, fax, web, social."""
        out: list[str] = []
        if self.address:
            out.append("post")
        if self.email:
            out.append("email")
        if self.fax:
            out.append("fax")
        if self.web:
            out.append("web")
        if self.twitter:
            out.append("social")
        return tuple(out)


@dataclass(frozen=True)
class LetterExtras:
    """Per-language extras a case may give for its letters."""

    subject: str | None = None


@dataclass(frozen=True)
class Case:
    id: str
    title: str
    country: str
    people: tuple[Person, ...]
    summary: str
    languages: tuple[str, ...]
    asks: dict[str, tuple[str, ...]]
    recipients: tuple[Recipient, ...]
    format: int = 1
    reference: str | None = None
    issued: dt.date | None = None
    deadline: dt.date | None = None
    status: Status = "open"
    updates: str | None = None
    tags: tuple[str, ...] = ()
    background: str | None = None
    letter: dict[str, LetterExtras] = field(default_factory=dict)
    tips: str | None = None
    # Where the case came from: the file's path and the sha256 of its bytes (drafts record it).
    source_path: str | None = None
    source_hash: str | None = None

    @property
    def person_label(self) -> str:
        return ", ".join(p.label for p in self.people if p.label)

    @property
    def text_language(self) -> str:
        """The language the case's plain text (a group, a recipient's title) is written in:
        English when the case offers English, else its first language."""
        if not self.languages or "en" in self.languages:
            return "en"
        return self.languages[0]

    @property
    def primary_recipients(self) -> tuple[Recipient, ...]:
        return tuple(r for r in self.recipients if r.is_primary)

    @property
    def is_writable(self) -> bool:
        return self.status == "open"

    def recipient(self, key: str) -> Recipient | None:
        for r in self.recipients:
            if r.key == key:
                return r
        return None


@dataclass(frozen=True)
class Sender:
    """The writer: name is required to finish a letter; the rest is optional."""

    name: str = ""
    address: tuple[str, ...] = ()
    city: str | None = None
    country: str | None = None
    email: str | None = None


ParagraphKind = Literal["opening", "ask", "own", "placeholder", "closing_line"]


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of a letter's body. `placeholder` marks text the writer should reword."""

    text: str
    kind: ParagraphKind = "own"


@dataclass(frozen=True)
class Letter:
    """A composed letter: plain data in logical order, never markup."""

    case_id: str
    language: str
    direction: Direction
    mode: Mode
    # Recipients the letter is addressed to (post: one; email: the primaries) and copies.
    to_keys: tuple[str, ...]
    copy_keys: tuple[str, ...]
    sender_block: tuple[str, ...]
    date: dt.date
    date_text: str
    recipient_block: tuple[str, ...]
    subject: str | None
    salutation: str
    paragraphs: tuple[Paragraph, ...]
    closing: str
    signature: tuple[str, ...]
    copy_heading: str = ""
    copies: tuple[str, ...] = ()
    # Things the writer should know (an untranslated salutation, asks in another language ...).
    notes: tuple[str, ...] = ()
    # The label `subject` starts with ("Asunto: ", "Objet : "): a letter shows it, an email's
    # Subject header leaves it out.
    subject_label: str = ""

    @property
    def body_text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)
