"""Text written to break a terminal app, a web page or an email, and a case built of it.

Case files come by email from people we do not know, so every layer must be safe on its own:
the loader refuses control and bidi characters, but a `Case` built in Python (or a draft from a
bundle) can still carry them to the exports. `hostile_case()` is that case; `hostile_case_yaml()`
is a case file that carries the same text through the loader (where it must be refused or kept
as plain text).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from appeal_tui.core.model import (
    Case,
    Letter,
    LetterExtras,
    Paragraph,
    Person,
    Recipient,
    Sender,
)

# Textual/Rich markup, including a clickable action and a stray closing tag (MarkupError).
MARKUP = "[bold]x[/] [/] [@click=app.quit]x[/] [link=https://evil.example]y[/link]"
# OSC: set the terminal's window title; CSI: clear the screen; a C1 CSI (0x9B) variant.
ESCAPES = "\x1b]0;pwned\x07 \x1b[2J \x9b2J"
NUL = "\x00"
BIDI = "\u202egnp.exe"  # RIGHT-TO-LEFT OVERRIDE: "exe.png" shown as something else
HTML = "<script>alert(1)</script><img src=x onerror=alert(2)>"
# A header injection: a line break, then a header of the attacker's choosing.
CRLF = "x\r\nBcc: evil@example.org"
LONG_LINE = "A" * 100_000

# Every hostile piece in one short string (the long line is added where a field allows it).
HOSTILE = f"{MARKUP} {ESCAPES} {NUL} {BIDI} {HTML} {CRLF}"
HOSTILE_LONG = f"{HOSTILE} {LONG_LINE}"

# Characters no export may contain when they came from the case: C0 controls except tab,
# newline and form feed (CR only as part of CRLF is checked separately), DEL and C1 controls.
FORBIDDEN_CONTROLS = frozenset(
    chr(c) for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)] if chr(c) not in "\t\n\f\r"
)

# Ids that try to leave their folder or trip a file system.
HOSTILE_IDS = (
    "../x",
    "..",
    ".",
    "/etc/passwd",
    "a\\b",
    "..\\..\\windows",
    "CON",
    "nul.txt",
    "a\x00b",
    "x" * 300,
    "",
    " ",
    "~",
    ".hidden",
    "a/../../b",
    "C:evil",
    "\u202e" + "txt.exe",
    "\x1b]0;pwned\x07",
)


def hostile(label: str, *, long: bool = False) -> str:
    """A hostile string that names the field it is in, so a leak says where it came from."""
    return f"{label}: {HOSTILE_LONG if long else HOSTILE}"


def hostile_case(case_id: str = "hostile") -> Case:
    """A case whose every string is hostile (built directly: the loader would refuse it)."""
    return Case(
        id=case_id,
        title=hostile("title"),
        country=hostile("country"),
        people=(
            Person(name=hostile("name"), also_known_as=(hostile("aka"),)),
            Person(group=hostile("group", long=True)),
        ),
        summary=hostile("summary", long=True),
        languages=("en", "fa"),
        asks={
            "en": (hostile("ask 1", long=True), hostile("ask 2")),
            "fa": (hostile("درخواست"),),
        },
        recipients=(
            Recipient(
                key="minister",
                role="primary",
                name=hostile("recipient"),
                title=hostile("rtitle"),
                organisation=hostile("org"),
                address=(hostile("street"), hostile("city", long=True)),
                country=hostile("rcountry"),
                email=("minister@example.org", "x@example.org\r\nBcc: evil@example.org", CRLF),
                fax=(hostile("fax"),),
                web=hostile("web"),
                twitter="@minister",
                salutation=hostile("salutation"),
                note=hostile("note"),
            ),
            Recipient(
                key="embassy",
                role="copy",
                name=hostile("copy name"),
                address=(hostile("copy street"),),
                email=("embassy@example.org",),
                twitter=hostile("handle"),
                salutations={"en": hostile("sal en"), "fa": hostile("sal fa")},
            ),
        ),
        reference=hostile("reference"),
        deadline=dt.date(2024, 6, 1),
        tags=(hostile("tag"),),
        background=hostile("background", long=True),
        letter={"en": LetterExtras(subject=hostile("subject"))},
        tips=hostile("tips"),
    )


def hostile_sender() -> Sender:
    """A writer whose details are hostile too (a draft from a bundle can carry them)."""
    return Sender(
        name=hostile("sender"),
        address=(hostile("sender street"),),
        city=hostile("sender city"),
        country=hostile("sender country"),
        email="writer@example.org",
    )


def hostile_letter(case: Case | None = None, *, language: str = "en") -> Letter:
    """A letter with hostile text in every part, as if composed from `hostile_case()`."""
    case = case or hostile_case()
    return Letter(
        case_id=case.id,
        language=language,
        direction="rtl" if language == "fa" else "ltr",
        mode="email",
        to_keys=("minister",),
        copy_keys=("embassy",),
        sender_block=(hostile("sender block"), hostile("sender street")),
        date=dt.date(2024, 5, 15),
        date_text=hostile("date"),
        recipient_block=(hostile("recipient block"), hostile("address", long=True)),
        subject=hostile("subject"),
        salutation=hostile("salutation"),
        paragraphs=(
            Paragraph(hostile("opening"), "opening"),
            Paragraph(hostile("ask", long=True), "ask"),
            Paragraph(hostile("own"), "own"),
        ),
        closing=hostile("closing"),
        signature=(hostile("signature"),),
        copy_heading=hostile("copy heading"),
        copies=(hostile("copy"),),
        notes=(hostile("note"),),
    )


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar that spells control characters as escapes."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 or 0x2028 <= ord(ch) <= 0x202E:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def hostile_case_yaml(*, raw: bool) -> str:
    """A case file carrying the hostile text. `raw`: control and bidi characters written as
    themselves (the loader must refuse the file); else as YAML escapes inside double quotes
    (the loader must still refuse them once decoded, or keep them as inert text)."""

    def value(label: str) -> str:
        text = hostile(label)
        if raw:
            # In a raw file the text must stay one plain line: no quotes to break out of.
            return "'" + text.replace("'", "''").replace("\r\n", " ") + "'"
        return _quoted(text)

    return f"""\
id: hostile-file
title: {value("title")}
country: {value("country")}
people:
  - name: {value("name")}
summary: {value("summary")}
languages: [en]
asks:
  en:
    - {value("ask")}
recipients:
  - key: minister
    role: primary
    name: {value("recipient")}
    email: minister@example.org
"""


def markup_only_case_yaml() -> str:
    """A case file whose text is markup and HTML only (no control characters): it must load,
    and its text must come through unchanged."""
    text = f"{MARKUP} {HTML}"
    q = _quoted
    return f"""\
id: markup-only
title: {q("title " + text)}
country: {q(text)}
people:
  - name: {q("name " + text)}
summary: {q("summary " + text + " " + LONG_LINE)}
languages: [en]
asks:
  en:
    - {q("ask " + text)}
recipients:
  - key: minister
    role: primary
    name: {q("recipient " + text)}
    email: minister@example.org
"""


def write_hostile_case_files(folder: Path) -> list[Path]:
    """Write the hostile case files into `folder` (for tests that load a library)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "hostile-raw.yaml": hostile_case_yaml(raw=True),
        "hostile-escaped.yaml": hostile_case_yaml(raw=False),
        "markup-only.yaml": markup_only_case_yaml(),
    }
    written = []
    for name, text in files.items():
        path = folder / name
        path.write_text(text, encoding="utf-8", newline="")
        written.append(path)
    return written
