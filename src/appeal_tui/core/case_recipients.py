"""The `recipients` of a case file: who letters go to, how to reach them, how to greet them."""

from __future__ import annotations

import functools

from appeal_tui.core.case_nodes import ID_PATTERN, Fields, NodeReader, suggest_id
from appeal_tui.core.contacts import is_email, is_handle, is_phone_number, placeholder_in
from appeal_tui.core.i18n import N_, _
from appeal_tui.core.model import ROLES, Recipient
from appeal_tui.core.yaml_nodes import MappingNode, Node, ScalarNode, SequenceNode, position

# Contact fields, what a valid value is, and what to write instead. (A phone number is not
# checked: letters are never sent to it, and it may carry opening hours.)
CONTACT_CHECKS = {
    "email": (is_email, N_("is not an email address; write it as name@example.org")),
    "fax": (
        is_phone_number,
        N_(
            "is not a fax number; write digits with spaces, e.g. +20 2 1234 5678 "
            "(put any remark in note:)"
        ),
    ),
    "twitter": (is_handle, N_("is not a handle; write it as @name (or @name@server)")),
}

_RECIPIENT_KEYS = (
    "key",
    "role",
    "name",
    "title",
    "organisation",
    "address",
    "country",
    "email",
    "fax",
    "phone",
    "web",
    "twitter",
    "salutation",
    "language",
    "note",
    "kind",
    "gender",
    "also_known_as",
)
_RECIPIENT_REQUIRED = {
    "key": N_("a short id such as minister"),
    "role": N_("primary or copy"),
    "name": N_("the person or office the letter is written to"),
}


def read_recipients(reader: NodeReader, node: Node | None) -> tuple[Recipient, ...]:
    items = reader.sequence(node, "recipients", example="\n  - key: ...")
    recipients: list[Recipient] = []
    roles: list[str | None] = []
    first_use: dict[str, tuple[int, int]] = {}
    for i, item in enumerate(items or ()):
        recipient, role = _recipient(reader, item, f"recipients[{i}]", first_use)
        roles.append(role)
        if recipient is not None:
            recipients.append(recipient)
    if items is not None:
        if not items:
            reader.report(
                node, _("recipients: empty; add at least one recipient with role: primary")
            )
        elif "primary" not in roles and None not in roles:
            reader.report(
                node,
                _(
                    "recipients: no recipient has role: primary; give the one the letters "
                    "are addressed to role: primary"
                ),
            )
    return tuple(recipients)


def _recipient(
    reader: NodeReader, item: Node, where: str, first_use: dict[str, tuple[int, int]]
) -> tuple[Recipient | None, str | None]:
    """The recipient (None after an error) and its role (None when missing or wrong)."""
    fields = reader.mapping(item, where)
    if fields is None:
        return None, None
    reader.check_keys(fields, _RECIPIENT_KEYS, where)
    for key, hint in _RECIPIENT_REQUIRED.items():
        if key not in fields:
            reader.report(
                item,
                _("{where}: missing '{key}'; add {key}: {hint}").format(
                    where=where, key=key, hint=_(hint)
                ),
            )
        elif reader.is_null(reader.value(fields, key)):
            reader.report(
                fields[key][0],
                _("{where}.{key}: empty; write {key}: {hint}").format(
                    where=where, key=key, hint=_(hint)
                ),
            )

    key_node = reader.value(fields, "key")
    key = reader.text(key_node, f"{where}.key") or ""
    if key and not ID_PATTERN.fullmatch(key):
        reader.report(
            key_node,
            _(
                "{where}.key: '{key}' may only use lowercase letters a-z, digits and "
                "hyphens; write for example key: {suggestion}"
            ).format(where=where, key=key, suggestion=suggest_id(key)),
        )
    elif key in first_use:
        line, _column = first_use[key]
        reader.report(
            key_node,
            _(
                "{where}.key: '{key}' is already used by another recipient (line "
                "{line}); give each recipient its own key"
            ).format(where=where, key=key, line=line),
        )
    elif key and key_node is not None:
        first_use[key] = position(key_node)

    role = reader.choice(reader.value(fields, "role"), f"{where}.role", ROLES)
    values = {
        name: reader.text(reader.value(fields, name), f"{where}.{name}", markdown=name == "note")
        for name in ("country", "web", "twitter", "note")
    }
    forms: dict[str, dict[str, str]] = {}
    for name in ("name", "title", "organisation"):
        values[name], given = reader.localised_text(reader.value(fields, name), f"{where}.{name}")
        if given:
            forms[name] = given
    language_node = reader.value(fields, "language")
    language = reader.text(language_node, f"{where}.language")
    reader.language(language_node, f"{where}.language", language)
    salutation, salutations = _salutation(reader, reader.value(fields, "salutation"), where)
    address = reader.text_list(reader.value(fields, "address"), f"{where}.address", lines=True)
    contacts = {
        name: tuple(
            reader.text_list(reader.value(fields, name), f"{where}.{name}", one_allowed=True) or ()
        )
        for name in ("email", "fax", "phone")
    }
    _check_contacts(reader, fields, where)
    kind, gender, also_known_as = _address(reader, fields, where)
    if reader.has_errors or values["name"] is None or role is None:
        return None, role
    recipient = Recipient(
        key=key,
        role=role,
        name=values["name"],
        title=values["title"],
        organisation=values["organisation"],
        address=tuple(address or ()),
        country=values["country"],
        email=contacts["email"],
        fax=contacts["fax"],
        phone=contacts["phone"],
        web=values["web"],
        twitter=values["twitter"],
        salutation=salutation,
        salutations=salutations,
        language=language,
        note=values["note"],
        forms=forms,
        kind=kind,
        gender=gender,
        also_known_as=also_known_as,
    )
    return recipient, role


@functools.cache
def kinds_and_genders() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The recipient kinds and the genders a case file may give (the phrasebook's kinds.yaml),
    as the choices of `NodeReader.choice`: made once, not for each recipient of each file."""
    from appeal_tui.core.phrasebook import recipient_kinds

    known = recipient_kinds()
    return tuple(known.kinds), tuple(known.genders)


def _address(
    reader: NodeReader, fields: Fields, where: str
) -> tuple[str | None, str | None, tuple[str, ...]]:
    """`kind`, `gender` and `also_known_as`: how letters address the recipient."""
    kinds, genders = kinds_and_genders()
    kind = reader.choice(reader.value(fields, "kind"), f"{where}.kind", kinds)
    gender = reader.choice(reader.value(fields, "gender"), f"{where}.gender", genders)
    aka = reader.text_list(
        reader.value(fields, "also_known_as"), f"{where}.also_known_as", one_allowed=True
    )
    return kind, gender, tuple(aka or ())


def _salutation(
    reader: NodeReader, node: Node | None, where: str
) -> tuple[str | None, dict[str, str]]:
    """One salutation as text, or one per language as a mapping."""
    where = f"{where}.salutation"
    if isinstance(node, MappingNode):
        entries = reader.mapping(node, where) or {}
        salutations: dict[str, str] = {}
        for code, (key_node, value) in entries.items():
            text = reader.text(value, f"{where}.{code}")
            if reader.language(key_node, f"{where}.{code}", code) and text:
                salutations[code] = text
        return None, salutations
    return reader.text(node, where), {}


def _check_contacts(reader: NodeReader, fields: Fields, where: str) -> None:
    """Each email, fax number and handle must be one: an error at its line and column.
    (Placeholders are reported where the text is read.)"""
    for name, (valid, hint) in CONTACT_CHECKS.items():
        node = reader.value(fields, name)
        if isinstance(node, ScalarNode):
            items: list[tuple[str, Node]] = [(f"{where}.{name}", node)]
        elif isinstance(node, SequenceNode):
            items = [(f"{where}.{name}[{i}]", item) for i, item in enumerate(node.value)]
        else:
            continue
        for path, item in items:
            if not isinstance(item, ScalarNode) or reader.is_null(item):
                continue
            value = str(item.value).strip()
            if value and placeholder_in(value) is None and not valid(value):
                shown = value if len(value) <= 40 else value[:39] + "…"
                reader.report(
                    item, _("{path}: '{shown}' {hint}").format(path=path, shown=shown, hint=_(hint))
                )
