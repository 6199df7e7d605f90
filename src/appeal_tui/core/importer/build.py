"""The importer's steps in order: text, language, facts, asks, recipients, people -> a case."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from appeal_tui.core.case_recipients import CONTACT_CHECKS
from appeal_tui.core.i18n import _
from appeal_tui.core.importer.appeals import later_appeal
from appeal_tui.core.importer.asks import (
    REWORD,
    instruction_items,
    letter_asks,
    letter_opening,
    signable_ask,
    split_asks,
)
from appeal_tui.core.importer.case_writer import write_case
from appeal_tui.core.importer.doc_language import detect_language
from appeal_tui.core.importer.fields import (
    Reference,
    code_named_by_file,
    country_code,
    find_country,
    find_dates,
    find_deadline,
    find_issued,
    find_reference,
)
from appeal_tui.core.importer.hints import Locator
from appeal_tui.core.importer.language_forms import with_language_forms
from appeal_tui.core.importer.language_names import find_languages_line
from appeal_tui.core.importer.layout import document_lines
from appeal_tui.core.importer.mentions import mentioned_names
from appeal_tui.core.importer.name_cases import (
    PRINTED_TEXT,
    block_language,
    dative_nominative,
    dative_office,
    initials_dative,
)
from appeal_tui.core.importer.packs import group_items
from appeal_tui.core.importer.people import find_people
from appeal_tui.core.importer.phrases import ASKS_INTRO
from appeal_tui.core.importer.recipients import (
    FoundRecipients,
    Publisher,
    find_recipients,
    recipients_start,
    slug,
)
from appeal_tui.core.importer.report import ImportReport
from appeal_tui.core.importer.site_menus import is_site_menu
from appeal_tui.core.importer.text_extract import extract_text, text_lines_of
from appeal_tui.core.importer.title import find_title
from appeal_tui.core.importer.todo import is_todo, todo

SUMMARY_TODO = todo(
    "write a short summary in your own words: who is at risk, what happened to them, "
    "and what the letters ask for."
)


@dataclass(frozen=True)
class ImportResult:
    """The case as data (format order), its YAML text, the report, and whether anything an
    appeal needs (asks, recipients, languages or a reference) was found at all."""

    case: dict[str, Any]
    yaml_text: str
    report: ImportReport
    usable: bool
    # The languages an explicit "please write in ..." line gave, or None without such a line.
    stated_languages: list[str] | None = None
    # The comment lines above the YAML ("Imported by appeal-tui from ...").
    header: tuple[str, ...] = ()

    @property
    def case_id(self) -> str:
        return str(self.case["id"])

    def with_id(self, case_id: str) -> ImportResult:
        """The same case under another id (its file's name), without reading the text again."""
        case = {**self.case, "id": case_id}
        return replace(self, case=case, yaml_text=write_case(case, list(self.header)))


def _set_aside_unreadable_contacts(recipient: dict[str, Any]) -> None:
    """A fax, email or handle read in a shape `validate` refuses goes to the recipient's note,
    as printed, so that the case validates once its TODOs are filled whatever the text held
    (a last net: each reading writes the shapes it knows as `validate` reads them)."""
    set_aside: list[str] = []
    for key in ("fax", "email", "twitter"):
        valid = CONTACT_CHECKS[key][0]
        value = recipient.get(key)
        values = value if isinstance(value, list) else [value] if isinstance(value, str) else []
        kept = [v for v in values if not isinstance(v, str) or is_todo(v) or valid(v)]
        set_aside += [f"{key} '{v}'" for v in values if v not in kept]
        if len(kept) == len(values):
            continue
        if not kept:
            del recipient[key]
        else:
            recipient[key] = kept if isinstance(value, list) else kept[0]
    if set_aside:
        remark = "Printed as " + ", ".join(set_aside) + "; check and write it out by hand."
        recipient["note"] = f"{recipient['note']} {remark}" if recipient.get("note") else remark


def _sentence_start(text: str, position: int, floor: int) -> int:
    """Where the sentence containing `position` starts (not before `floor`)."""
    cut = max(text.rfind(mark, floor, position) for mark in (". ", "\n", "; ", ": "))
    return position if cut < floor else cut + 1


def import_document(
    raw: str,
    *,
    language: str | None = None,
    source: str | None = None,
    case_id: str | None = None,
) -> ImportResult:
    """Read an urgent action and build a case file from it. `language`: the document's language
    when detection is unsure; `case_id`: the id to give the case (else one is made from the
    country, the first person and the reference). Never raises on odd input; what is missing
    is in the report."""
    # (Mend30a: the text, for a name's case read back only from what it prints elsewhere.)
    token = PRINTED_TEXT.set(raw)
    try:
        return _import_document(raw, language=language, source=source, case_id=case_id)
    finally:
        PRINTED_TEXT.reset(token)


def _import_document(
    raw: str,
    *,
    language: str | None = None,
    source: str | None = None,
    case_id: str | None = None,
) -> ImportResult:
    """`import_document`'s reading."""
    extracted = extract_text(raw)
    text = extracted.text
    # (The printed text, not its markup: "<b>Ana</b>&nbsp;<b>Horvat</b>" prints "Ana Horvat";
    # `import_document` resets it when the reading ends.)
    PRINTED_TEXT.set(text)
    # The document's lines, read once (frozen): the cut below, the group's sections and the
    # report's hints all use them.
    lines = document_lines(text)
    # A page that holds several appeals (a digest, "appeals of the month", a group's mail-out):
    # the case is the first; the page is read up to where the second begins (round 29b).
    cut = later_appeal(
        text,
        {line.number: line.kind for line in lines},
        headings=extracted.headings,
        raw=raw,
        file_kind=extracted.kind,
    )
    if cut is not None:
        text = "\n".join(text.split("\n")[:cut]).rstrip() + "\n"
        lines = document_lines(text)
    report = ImportReport()
    detected = detect_language(text)
    document_language = detected.code
    if not detected.sure and language:
        document_language = language
    elif not detected.sure:
        report.check(
            _(
                "the document's language looks like '{code}' but that is unsure; pass --lang to say"
            ).format(code=detected.code)
        )
    elif language and language != detected.code:
        report.check(
            _("the document reads as '{code}', not '{language}'; '{code}' was used").format(
                code=detected.code, language=language
            )
        )

    reference = find_reference(text)
    if reference.reference in (None, reference.index) and extracted.kind != "html":
        # A reference printed only in the running head or foot of every page ("Seconda AU:
        # 12/22 Indice: ..."), which goes with the page furniture: still the document's.
        in_furniture = find_reference(raw)
        if in_furniture.reference not in (None, in_furniture.index):
            reference = in_furniture
    dates = find_dates(text)
    issued = find_issued(text, dates)
    deadline, deadline_clear = find_deadline(text, dates, issued)
    if issued is not None and issued == deadline:
        issued = None  # a page dated only by its deadline ("Fecha límite: ...") has no issue date

    # Asks: after the languages line up to the recipients, else from a model letter.
    languages_line = find_languages_line(text)
    asks: list[str] = []
    asks_end = 0
    if languages_line is not None:
        marker = recipients_start(text, languages_line.end)
        bound = _sentence_start(text, marker[0], languages_line.end) if marker else len(text)
        asks, used = split_asks(text[languages_line.end : bound], bounded=marker is not None)
        asks_end = languages_line.end + used
    ask_source, ask_intro = "languages line", ""
    intro = ASKS_INTRO.search(text) if not asks else None
    if intro is not None:
        marker = recipients_start(text, intro.end())
        bound = _sentence_start(text, marker[0], intro.end()) if marker else len(text)
        asks, used = split_asks(text[intro.end() : bound], bounded=marker is not None)
        asks_end = intro.end() + used
        ask_source, ask_intro = "intro", intro.group(0).strip()[:40]
    if not asks:
        asks = instruction_items(text, document_language)
        ask_source = "instructions"
    if not asks:
        asks, letter_end = letter_asks(text)
        ask_source = "model letter"
        asks_end = max(asks_end, letter_end)
    opening = letter_opening(text)

    # A line that is the publisher's name (as it signs) is no headline.
    title = find_title(text, extracted.headings, Publisher.of(text, raw).signs)
    first_country = country_code(find_country(title, text, []))
    found = find_recipients(
        text,
        document_language,
        case_country=first_country,
        letter_salutation=opening,
        source=raw,
        headings=extracted.headings,
    )
    # (Round 37f: a site's navigation or language menu line is no one's name.)
    menus = [r["name"] for r in found.recipients if is_site_menu(r.get("name"))]
    recipients = [r for r in found.recipients if r.get("name") not in menus]
    for recipient in recipients:
        # An address names its recipient in the dative ("Москальковой Татьяне Николаевне").
        fields: list[str] = []
        for k in ("name", "title", "organization", "address", "country"):
            got = recipient.get(k)
            fields += [v for v in (got if isinstance(got, list) else [got]) if isinstance(v, str)]
        got_country = recipient.get("country")
        block_country = country_code(got_country) if isinstance(got_country, str) else None
        # (Mend26d: the block's own language for the name as for the office, its letters,
        # street word or country first: "Сергею Иванову" in a short Russian text detected
        # as Ukrainian is "Сергей Иванов", not "Сергеь Иванов".)
        office_language = block_language(fields, document_language, block_country)
        if isinstance(recipient.get("name"), str):
            # (Mend26a: a man's dative where the gender is not told otherwise: "Андрію
            # Кузьміну" is "Андрій Кузьмін".)
            # (Round 27b: and with initials, "г-ну Примерову А. В." is "А. В. Примеров".)
            recipient["name"] = dative_nominative(
                initials_dative(recipient["name"], office_language), office_language
            )
        # (Session 26a: and an office so, "Генеральному прокурору X", "Министъра на X", in
        # the nominative by the office rows of the document's language.)
        for key in ("name", "title"):
            value = recipient.get(key)
            # (Mend26a: a name field only where an office noun of the tables is in it.)
            strict = key == "name"
            if isinstance(value, str):
                recipient[key] = dative_office(value, office_language, known_noun=strict)
            elif isinstance(value, dict):
                recipient[key] = {
                    code: dative_office(
                        v, block_language(fields, code, block_country), known_noun=strict
                    )
                    if isinstance(v, str)
                    else v
                    for code, v in value.items()
                }
    for recipient in recipients:
        _set_aside_unreadable_contacts(recipient)
    country = find_country(title, text, [r["country"] for r in recipients if r.get("country")])
    if reference.reference in (None, reference.index):
        # Round 40e: no reference in the text alone (or only the AI index); a code the file's
        # own name spells too, printed in the head ("QDN-UAC-117-2031", "Case: NOR3107").
        named = code_named_by_file(text, source, country_code(country))
        if named is not None and named.replace(" ", "") != (reference.index or "").replace(" ", ""):
            reference = Reference(named, reference.updates, reference.index)
    people, group, people_checks = find_people(
        text,
        title=title,
        asks=asks,
        # Nor are the streets and cities of their addresses (a recipient given in a sentence
        # leaves them in the running text).
        not_people=[r["name"] for r in recipients]
        + menus
        + [line for r in recipients for line in r.get("address", [])]
        + [r["country"] for r in recipients if isinstance(r.get("country"), str)]
        # Nor is the publisher ("© 2022 Org", "Appeal: ... – Org").
        + [name for name in found.publisher_names if name]
        # (Round 28a: nor the lines above a block's who that name no one.)
        + found.head_lines
        # Nor is anyone a chat or a thread mentions ("@Ana Souza"): its members.
        + mentioned_names(text),
        running_text=found.running_text,
    )

    # One appeal among a group's other items: people named only in the group's own sections
    # are no one at risk, and a block read there without a name is no recipient (a contact
    # list: "Branch Secretary: X — phone — e-mail").
    kinds = {line.number: line.kind for line in lines}
    seeds = [n - 1 for n, kind in kinds.items() if kind in ("write-to", "copies")] + [
        line.number - 1
        for key, line in found.first_lines.items()
        if any(
            r.get("key") == key and r["role"] == "primary" and not is_todo(r.get("name"))
            for r in recipients
        )
    ]
    placed = [r for r in recipients if r.get("key") in found.first_lines]
    theirs, outside = group_items(
        text,
        kinds,
        [[p.name, *p.also_known_as] for p in people],
        seeds,
        [found.first_lines[str(r["key"])].number - 1 for r in placed],
        headings=extracted.headings,
        raw=raw,
        file_kind=extracted.kind,
    )
    people = [p for n, p in enumerate(people) if n not in theirs]
    # (Only a block without a name: dropping named ones cost seven studied documents a
    # recipient each, whose blocks sat under a heading of their own.)
    dropped = [id(r) for n, r in enumerate(placed) if n in outside and is_todo(r.get("name"))]
    recipients = [r for r in recipients if id(r) not in dropped]

    case: dict[str, Any] = {"format": 1}
    id_parts = [(country_code(country) or "").lower()]
    first = people[0].name if people else (group or "case")
    if people and not slug(first):
        # A name in a script the slug cannot spell ("रमेश कुमार"): its Latin spelling, where
        # the text gives one (mend27b).
        first = next((a for a in people[0].also_known_as if slug(a)), first)
    id_parts.append(first)
    if reference.reference:
        id_parts.append(re.sub(r"\D+", "-", reference.reference.split(" ", 1)[-1]))
    if reference.updates:
        id_parts.append("update")
    case["id"] = case_id or slug(" ".join(p for p in id_parts if p)) or "imported-case"
    case["title"] = title or todo("a one-line title")
    for key, value in (
        ("reference", reference.reference),
        ("issued", issued),
        ("deadline", deadline),
        ("updates", reference.updates),
    ):
        if value:
            case[key] = value
    case["country"] = country or todo("the country where the case happens")
    if people or group:
        case["people"] = [
            {"name": p.name, **({"also_known_as": p.also_known_as} if p.also_known_as else {})}
            for p in people
        ] + ([{"group": group}] if group else [])
    else:
        case["people"] = [{"name": todo("the person or people at risk")}]
    case["summary"] = SUMMARY_TODO + "\n"

    codes = list(languages_line.codes) if languages_line else []
    ask_language = document_language
    if asks:
        # A German page may carry English asks: they are in the language they are written in.
        asks_detected = detect_language(" ".join(asks))
        if asks_detected.sure:
            ask_language = asks_detected.code
    languages = codes or [document_language]
    if asks and ask_language not in languages:
        languages.append(ask_language)
    for entry in recipients:
        own = entry.get("language")
        if own and own not in languages:
            languages.append(own)
    case["languages"] = languages
    letter_asks_ = [signable_ask(a, ask_language) for a in asks]
    reworded = [a for a in letter_asks_ if a.needs_rewording]
    case["asks"] = {
        ask_language: [a.text for a in letter_asks_]
        or [todo("what the letters ask for, one ask per line")]
    }
    if recipients and any(r["role"] == "primary" for r in recipients):
        case["recipients"] = recipients
    else:
        placeholder = {
            "key": "to-be-completed",
            "role": "primary",
            "name": todo("the official the letters are addressed to"),
            "note": "No recipient could be read from the document; fill this in before use.",
        }
        case["recipients"] = [placeholder, *recipients]
    known = document_language if (detected.sure or language) else None
    with_language_forms(case, known)

    where = Locator(lines, text_lines_of(raw) if extracted.kind != "html" else None)
    _report(
        report,
        case,
        locals_=dict(
            reference=reference,
            deadline_clear=deadline_clear,
            languages_line=languages_line,
            asks=asks,
            ask_source=ask_source,
            ask_intro=ask_intro,
            recipients=recipients,
            people=people,
            group=group,
            title=title,
            country=country,
            document_language=document_language,
            where=where,
        ),
    )
    for line in people_checks + found.checks:
        report.check(re.sub("\x00([^\x00]*)\x00", lambda m: _block_hint(where, found, m[1]), line))
    for ask in reworded:
        shown = ask.text[len(todo("")) :][:70]
        report.check(
            _("asks: '{ask}…' is an instruction to writers").format(ask=shown)
            + where.near_text(ask.text[len(todo(f"{REWORD}: ")) :], "asks")
        )
    usable = bool(asks or recipients or languages_line or reference.reference)
    header = [
        "Imported by appeal-tui" + (f" from {source}" if source else "") + ".",
        "Check every value against the published text, and the lines marked TODO.",
    ]
    stated = list(languages_line.codes) if languages_line else None
    return ImportResult(case, write_case(case, header), report, usable, stated, tuple(header))


def _block_hint(where: Locator, found: FoundRecipients, key: str) -> str:
    line = found.first_lines.get(key)
    return _("; look near {place}").format(place=where.name(line)) if line is not None else ""


def _report(report: ImportReport, case: dict[str, Any], locals_: dict[str, Any]) -> None:
    """The found lines, in the case's order, and a check line for each missing or unsure item."""
    reference = locals_["reference"]
    where: Locator = locals_["where"]
    report.add("title", case["title"])
    if is_todo(case["title"]):
        report.check(_("title: none found; replace the TODO") + where.near("title"))
    else:
        report.check(_("title: taken from the document; keep it short and in your own words"))
    if reference.reference:
        report.add("reference", reference.reference)
    else:
        report.check(_("reference: none found (UA 123/45)") + where.near("reference"))
    if reference.updates:
        report.add("updates", reference.updates)
    if "issued" in case:
        report.add("issued", case["issued"].isoformat())
    else:
        report.check(_("issued: no issue date found"))
    if "deadline" in case:
        report.add("deadline", case["deadline"].isoformat())
        if not locals_["deadline_clear"]:
            report.check(
                _("deadline: {date} read from unclear wording").format(
                    date=case["deadline"].isoformat()
                )
            )
    else:
        report.check(
            _("deadline: none found; add deadline: YYYY-MM-DD if the document gives one")
            + where.near("deadline")
        )
    if locals_["country"]:
        report.add("country", case["country"])
    else:
        report.check(_("country: not found; replace the TODO") + where.near("country"))
    people = locals_["people"]
    if people:
        named = ", ".join(p.name for p in people)
        group = _("; group: {group}").format(group=locals_["group"]) if locals_["group"] else ""
        report.add("people", f"{len(people)} ({named}){group}")
        report.check(_("people: check the names of the people at risk"))
    elif locals_["group"]:
        report.add("people", _("a group: {group}").format(group=locals_["group"]))
        report.check(_("people: no one is named; check the group description"))
    else:
        report.check(_("people: no name found; replace the TODO") + where.near("people"))
    report.check(_("summary: write it in your own words (marked TODO)") + where.near("people"))
    languages_line = locals_["languages_line"]
    if languages_line:
        report.add("languages", ", ".join(case["languages"]))
        extra = [c for c in case["languages"] if c not in languages_line.codes]
        if extra:
            report.check(
                _("languages: {codes} added (the asks or a target's language)").format(
                    codes=", ".join(extra)
                )
            )
    else:
        report.add("languages", ", ".join(case["languages"]) + _(" (no languages line)"))
        report.check(
            _("languages: no 'Please write in ...' line found; the document's language was used")
            + where.near("languages")
        )
    asks = locals_["asks"]
    language = locals_["document_language"]
    if asks:
        source = locals_["ask_source"]
        # TRANSLATORS: where the asks were found: "3 in es, from the model letter"; {n} asks,
        # {language} a language code; {intro} the document's own words before the list.
        if source == "intro":
            found = _("{n} in {language}, from the list after '{intro}'")
        elif source == "instructions":
            found = _("{n} in {language}, from a list of instructions to writers")
        elif source == "model letter":
            found = _("{n} in {language}, from the model letter")
        else:
            found = _("{n} in {language}, from the list after the languages line")
        report.add("asks", found.format(n=len(asks), language=language, intro=locals_["ask_intro"]))
        if source == "model letter":
            report.check(_("asks: taken from the model letter; check they are the asks"))
    else:
        report.check(_("asks: none found; replace the TODO") + where.near("asks"))
    recipients = locals_["recipients"]
    primary = sum(1 for r in recipients if r["role"] == "primary")
    copies = len(recipients) - primary
    report.add(
        "recipients",
        _("{n} ({primary} primary, {copies} copy)").format(
            n=len(recipients), primary=primary, copies=copies
        ),
    )
    report.add("salutations", str(sum(1 for r in recipients if "salutation" in r)))
    for kind in ("fax", "email", "phone"):
        total = sum(len(r.get(kind, [])) for r in recipients)
        report.add(kind, str(total))
    report.add("notes", str(sum(1 for r in recipients if "note" in r)))
    if not primary:
        report.check(
            _("recipients: no recipient found; replace the TODO recipient")
            + where.near("recipients")
        )
