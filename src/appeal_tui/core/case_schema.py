"""A case file's node tree -> a `Case`, collecting every problem with its line and column.

Paths in messages name the offending value the way an organiser would look for it:
`recipients[1].salutaton`, `asks.fa[0]`, `languages[2]`. List indexes count from 0.
Only `issued` and `deadline` (dates) and `format` (a whole number) are typed; every other
scalar is kept as the text written, so `country: NO` is "NO" and `postcode: 012345` keeps its 0.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, NamedTuple

from appeal_tui.core.case_nodes import ID_PATTERN, Fields, NodeReader, suggest_id
from appeal_tui.core.case_recipients import kinds_and_genders, read_recipients
from appeal_tui.core.i18n import N_, _
from appeal_tui.core.model import STATUSES, Case, LetterExtras, Person, Status
from appeal_tui.core.problems import Severity
from appeal_tui.core.yaml_nodes import MappingNode, Node

FORMAT_VERSION = 1
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

# What to write for a missing required key: "add title: <hint>".
_REQUIRED = {
    "title": N_("a one-line title"),
    "country": N_("the country where the case happens"),
    "summary": N_("| followed by a short summary on the next lines"),
    "languages": N_("[en, ...] (the languages letters may be written in)"),
    "asks": N_("with a list of asks under each language code, e.g. en:"),
    "recipients": N_("with at least one recipient that has role: primary"),
    "people": N_("with at least one '- name: ...' (or '- group: ...')"),
}
_TOP_KEYS = (
    "format",
    "id",
    "title",
    "reference",
    "issued",
    "deadline",
    "status",
    "updates",
    "country",
    "people",
    "tags",
    "summary",
    "background",
    "languages",
    "asks",
    "letter",
    "tips",
    "recipients",
)
# The top-level keys the case list shows (`listed_case` reads only these).
LISTED_KEYS = frozenset(
    ("id", "title", "reference", "deadline", "status", "country", "people", "tags", "languages")
)
# Keys a case file must have.
REQUIRED_KEYS = frozenset(_REQUIRED)
_PERSON_KEYS = ("name", "group", "also_known_as", "gender")
_LETTER_KEYS = ("subject",)


def build_case(
    reader: NodeReader,
    root: Node | None,
    default_id: str,
    *,
    source_path: str | None = None,
    source_hash: str | None = None,
) -> Case | None:
    """The case in `root`, or None when any error was reported to `reader`; `source_path` and
    `source_hash` are the case's (where it was read from)."""
    if root is None:
        reader.report(
            None, _("the file is empty; a case file starts with keys such as title:, country: ...")
        )
        return None
    if not isinstance(root, MappingNode):
        reader.report(root, _("a case file must be a mapping of keys (title: ..., country: ...)"))
        reader.sweep(root)
        return None
    top = reader.mapping(root, "")
    assert top is not None
    reader.check_keys(top, _TOP_KEYS, "")
    _check_required(reader, root, top)

    def node(key: str) -> Node | None:
        return reader.value(top, key)

    # Problems are sorted by where they are found, so the order of reading does not show.
    file_format = _format(reader, node("format"))
    listed = _listed_fields(reader, top, default_id, root)
    summary = reader.text(node("summary"), "summary", markdown=True)
    updates, background, tips = (
        reader.text(node(key), key, markdown=key in ("background", "tips"))
        for key in ("updates", "background", "tips")
    )
    issued = _date(reader, node("issued"), "issued")
    asks = _asks(reader, node("asks"), listed.languages)
    letter = _letter(reader, node("letter"))
    recipients = read_recipients(reader, node("recipients"))
    reader.finish()
    if reader.has_errors or listed.title is None or listed.country is None or summary is None:
        return None
    return listed.case(
        title=listed.title,
        country=listed.country,
        summary=summary,
        asks=asks,
        recipients=recipients,
        format=file_format,
        issued=issued,
        updates=updates,
        background=background,
        letter=letter,
        tips=tips,
        source_path=source_path,
        source_hash=source_hash,
    )


class _Listed(NamedTuple):
    """The fields of a case that the case list shows (`case_row.CaseRow`)."""

    case_id: str
    title: str | None
    country: str | None
    reference: str | None
    deadline: dt.date | None
    status: Status
    tags: tuple[str, ...]
    people: tuple[Person, ...]
    languages: list[str]

    def case(self, *, title: str, country: str, **others: Any) -> Case:
        """A `Case` of these fields (`title` and `country` known) and `others`."""
        return Case(
            id=self.case_id,
            title=title,
            country=country,
            people=self.people,
            languages=tuple(self.languages),
            reference=self.reference,
            deadline=self.deadline,
            status=self.status,
            tags=self.tags,
            **others,
        )


def _listed_fields(reader: NodeReader, top: Fields, default_id: str, root: Node) -> _Listed:
    def node(key: str) -> Node | None:
        return reader.value(top, key)

    return _Listed(
        _case_id(reader, node("id"), default_id, root),
        reader.text(node("title"), "title"),
        reader.text(node("country"), "country"),
        reader.text(node("reference"), "reference"),
        _date(reader, node("deadline"), "deadline"),
        reader.choice(node("status"), "status", STATUSES) or "open",
        tuple(reader.text_list(node("tags"), "tags") or ()),
        _people(reader, node("people")),
        _languages(reader, node("languages")),
    )


def listed_case(reader: NodeReader, root: Node | None, default_id: str) -> Case | None:
    """What the case list shows of the case in `root`, read as `build_case` reads it, from a
    mapping that may hold only the top-level keys of `LISTED_KEYS` (`case_row` composes just
    those): a `Case` with those fields and the others empty, or None on any error there.
    Nothing else of the file is checked: `build_case` does that."""
    if not isinstance(root, MappingNode):
        return None
    top = reader.mapping(root, "")
    assert top is not None
    listed = _listed_fields(reader, top, default_id, root)
    reader.finish()
    if reader.has_errors or listed.title is None or listed.country is None:
        return None
    return listed.case(
        title=listed.title, country=listed.country, summary="", asks={}, recipients=()
    )


def _check_required(reader: NodeReader, root: Node, top: Fields) -> None:
    """Missing keys are reported where the file's mapping starts; empty ones at their value."""
    for key, hint in _REQUIRED.items():
        if key not in top:
            reader.report(
                root,
                _("missing required key '{key}'; add {key}: {hint}").format(key=key, hint=_(hint)),
            )
        elif reader.is_null(reader.value(top, key)):
            reader.report(
                top[key][0], _("{key}: empty; write {key}: {hint}").format(key=key, hint=_(hint))
            )


def _format(reader: NodeReader, node: Node | None) -> int:
    value = reader.text(node, "format")
    if value is None:
        return FORMAT_VERSION
    # ASCII digits only: "²".isdigit() is True but int() refuses it; and int() refuses more
    # than 4,300 digits, so a long number is reported before it is converted.
    if not (value.isascii() and value.isdigit()) or len(value.lstrip("0")) > 9:
        reader.report(
            node,
            _("format: must be a whole number such as {format_version}").format(
                format_version=FORMAT_VERSION
            ),
        )
        return FORMAT_VERSION
    number = int(value)
    if number > FORMAT_VERSION:
        reader.report(
            node,
            _(
                "format: {number} is newer than this appeal-tui understands "
                "({format_version}); update appeal-tui"
            ).format(number=number, format_version=FORMAT_VERSION),
        )
    elif number < 1:
        reader.report(
            node, _("format: must be {format_version}").format(format_version=FORMAT_VERSION)
        )
    return number


def _case_id(reader: NodeReader, node: Node | None, default_id: str, root: Node) -> str:
    value = reader.text(node, "id")
    if value is not None:
        if not ID_PATTERN.fullmatch(value):
            reader.report(
                node,
                _(
                    "id: '{value}' may only use lowercase letters a-z, digits and hyphens; "
                    "write for example id: {suggestion}"
                ).format(value=value, suggestion=suggest_id(value)),
            )
        return value
    if ID_PATTERN.fullmatch(default_id):
        return default_id
    if ID_PATTERN.fullmatch(default_id.lower()):
        return default_id.lower()
    reader.report(
        root,
        _(
            "the file name does not make a valid id ('{default_id}'); add id: "
            "{suggestion} (lowercase letters a-z, digits and hyphens)"
        ).format(default_id=default_id, suggestion=suggest_id(default_id)),
    )
    return default_id


def _date(reader: NodeReader, node: Node | None, where: str) -> dt.date | None:
    value = reader.text(node, where)
    if value is None:
        return None
    if _DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            reader.report(
                node,
                _("{where}: {value} is not a real date; check the day and month").format(
                    where=where, value=value
                ),
            )
            return None
    reader.report(
        node,
        _("{where}: '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2016-02-28").format(
            where=where, value=value
        ),
    )
    return None


def _languages(reader: NodeReader, node: Node | None) -> list[str]:
    items = reader.sequence(node, "languages", example="[en, fa]")
    codes: list[str] = []
    for i, item in enumerate(items or ()):
        where = f"languages[{i}]"
        code = reader.text(item, where)
        if code is None:
            reader.report(
                item, _("{where}: empty; write a language code such as en").format(where=where)
            )
        elif code in codes:
            reader.report(
                item,
                _("{where}: '{code}' is listed twice").format(where=where, code=code),
                Severity.WARNING,
            )
        elif reader.language(item, where, code):
            codes.append(code)
    if items is not None and not items:
        reader.report(node, _("languages: empty; list at least one language code, e.g. [en]"))
    return codes


def _asks(
    reader: NodeReader, node: Node | None, languages: list[str]
) -> dict[str, tuple[str, ...]]:
    entries = reader.mapping(node, "asks")
    asks: dict[str, tuple[str, ...]] = {}
    for code, (key_node, value) in (entries or {}).items():
        where = f"asks.{code}"
        known = reader.language(key_node, where, code)
        items = reader.text_list(value, where)
        if not items:
            if items is not None or reader.is_null(value):
                reader.report(
                    key_node,
                    _("{where}: no asks; write at least one '- ask' line").format(where=where),
                )
            continue
        if known:
            asks[code] = tuple(items)
            if languages and code not in languages:
                reader.report(
                    key_node,
                    _(
                        "{where}: '{code}' is not in languages; add it there or remove these asks"
                    ).format(where=where, code=code),
                    Severity.WARNING,
                )
    if entries is not None and not entries:
        reader.report(node, _("asks: empty; give the asks under a language code, e.g. en:"))
    return asks


def _letter(reader: NodeReader, node: Node | None) -> dict[str, LetterExtras]:
    entries = reader.mapping(node, "letter")
    extras: dict[str, LetterExtras] = {}
    for code, (key_node, value) in (entries or {}).items():
        where = f"letter.{code}"
        known = reader.language(key_node, where, code)
        fields = reader.mapping(value, where)
        if fields is None:
            continue
        reader.check_keys(fields, _LETTER_KEYS, where)
        subject_node = fields.get("subject", (None, None))[1]
        subject = reader.text(subject_node, f"{where}.subject")
        if known:
            extras[code] = LetterExtras(subject=subject)
    return extras


def _gender(reader: NodeReader, fields: Fields, where: str) -> str | None:
    """A person's `gender` (issue 22): female or male, or None when the case does not say."""
    genders = kinds_and_genders()[1]
    return reader.choice(reader.value(fields, "gender"), f"{where}.gender", genders)


def _people(reader: NodeReader, node: Node | None) -> tuple[Person, ...]:
    items = reader.sequence(node, "people", example="\n  - name: ...")
    people: list[Person] = []
    for i, item in enumerate(items or ()):
        where = f"people[{i}]"
        fields = reader.mapping(item, where)
        if fields is None:
            continue
        reader.check_keys(fields, _PERSON_KEYS, where)
        name = reader.text(reader.value(fields, "name"), f"{where}.name")
        group, group_forms = reader.localised_text(reader.value(fields, "group"), f"{where}.group")
        aka = (
            reader.text_list(reader.value(fields, "also_known_as"), f"{where}.also_known_as") or ()
        )
        if name is None and group is None:
            reader.report(
                item,
                _("{where}: give a name: (or a group: for people with no single name)").format(
                    where=where
                ),
            )
        people.append(
            Person(
                name=name,
                group=group,
                also_known_as=tuple(aka),
                group_forms=group_forms,
                gender=_gender(reader, fields, where),
            )
        )
    if items is not None and not items:
        reader.report(node, _("people: empty; add at least one '- name: ...' or '- group: ...'"))
    return tuple(people)
