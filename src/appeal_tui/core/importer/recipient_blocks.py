"""The lines of a recipient zone (see `layout`) -> one block of lines and fields per recipient.

A block ends at its salutation, at a new name or title after its address or contact details,
or where the document says that copies go to others ("Also send copies to", "Copies to",
diplomatic representatives). Everything here is about where blocks start and end; what the
lines mean is `recipient_lines`' job and what the fields hold is `contact_fields`'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from appeal_tui.core.importer import language_rows as rows
from appeal_tui.core.importer.alphabets import cut_salutation_run
from appeal_tui.core.importer.contact_fields import (
    EMAIL,
    HANDLE,
    Contacts,
    add_email,
    add_numbers,
    add_twitter,
    add_web,
)
from appeal_tui.core.importer.countries import split_country
from appeal_tui.core.importer.dates import find_dates
from appeal_tui.core.importer.flat_lines import split_flat
from appeal_tui.core.importer.phrases import (
    ADDRESS_LABEL,
    ADDRESS_WORDS,
    ADDRESSEE_LABEL,
    ARTICLE_PATTERN,
    COPIES,
    COPY_HEADING,
    DIPLOMATIC,
    DIPLOMATIC_OF,
    FIELD_LABEL,
    FIELD_LABELS,
    HARD_END,
    HONORIFIC_INSIDE,
    HONORIFIC_START,
    MISSION,
    MISSION_WORD_LIST,
    ORGANISATION_WORDS,
    PO_BOX,
    PREFERRED_LANGUAGE,
    RECIPIENTS_START,
    REGION_LINE,
    SALUTATION_START,
    SEND_TO_PATTERN,
    SHARE_BAR,
    SHORT_LABEL,
    TEMPLATE_LINE,
    TITLE_PHRASES,
    TITLE_START,
    TITLE_WORDS,
    WHO_LABEL,
    WRITE_TO_START,
    _alternatives,
    _every_word,
    field_of_label,
    open_label_at_end,
    who_label_kind,
)
from appeal_tui.core.importer.recipient_lines import (
    body_then_who,
    contact_strip,
    dative_office_wrapped,
    interpret,
    looks_like_organisation,
    looks_like_person,
    looks_like_title,
    name_and_office,
    split_title_and_name,
)

MAX_LINE = 2000
# A line this long with field labels is a whole block run together.
FLAT_LINE = 90
# (A spaced en dash parts an area code in print: "030 – 123 45 67".)
_ONLY_NUMBER = re.compile(r"^\+?[\d .\-–()/]{6,}(?:\s*\([^)]*\))*$")
_PARTICLES = frozenset(
    [
        *("of", "the", "de", "del", "la", "el", "du", "des", "der", "al", "and", "y", "et"),
        "und",
        # Italian and Portuguese ("Missione permanente della Repubblica ... delle Nazioni").
        *("della", "delle", "dello", "degli", "dei", "di", "da", "do", "dos", "das"),
    ]
)


# "1000 Bruxelles", "00162 Roma", "D-10117 Berlin", "Ciudad de México 06600", "SW1A 2AA London".
_POSTCODE_CITY = re.compile(
    r"(?:[A-Z]{1,2}-)?(?:\d{4,6}|\d{3}\s\d{2}|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})"
    r"\s+[A-ZÀ-Ý][\w'’\- ]{1,40}"
    r"|[A-ZÀ-Ý][\w'’\- ]{1,40}\s(?:\d{4,6}|[A-Z]{2}\s\d{5})(?:\s*(?:cedex|CEDEX))?",
)
_PIPE = re.compile(r"\s+[|¦]\s+")
_LABELLED_PART = re.compile(
    rf"(?:{FIELD_LABEL.pattern}|{ADDRESS_LABEL.pattern}|{WHO_LABEL.pattern})", re.IGNORECASE
)
_TRAILING_BRACKET = re.compile(r"\s*\(([^()]{3,60})\)\s*$")
# "Contact: Head of the Judiciary X, ...": the heading before a block run together on a line.
_CONTACT_HEADING = re.compile(
    r"^\s*(?:contacts?|kontakt|contacto|contato|contact\s+details|recipient|destinataire"
    r"|empfänger)\s*[:：]\s*",
    re.IGNORECASE,
)
_DASH_CONTACTS = re.compile(
    rf"\s+[–—-]\s+(?=(?:{EMAIL.pattern})|@\w|(?:fax|tel|phone|e-?mail)\b)", re.IGNORECASE
)
_NUMBER_LABEL = re.compile(r"^(fax|telefax|tel|phone|téléphone|teléfono)\.?\s*:?\s*", re.IGNORECASE)
_NUMBER_KINDS = {"fax": "fax", "telefax": "fax"} | dict.fromkeys(
    ("tel", "phone", "téléphone", "teléfono"), "phone"
)
_TRAILING_EMAIL = re.compile(rf"\s*[:,]\s*({EMAIL.pattern})\s*\.?$")
_ARTICLE = re.compile(
    r"^(?:(?:the|la|el|le|l['’]|a|o|die|der|den|het)\s+|l['’])(?=[A-ZÀ-Ý])", re.IGNORECASE
)


# A greeting in quotes and a sentence after it on the line of its label.
_QUOTED_THEN_SENTENCE = re.compile(
    r"\s*[\"“„«]([^\"“”„«»]{2,60})[\"”“»]\s*[.;]\s+[^\W\d_][^\n]{10,}"
)
# A surname with one or two initials ("Примерову А. В.", "Kowalski J.").
_SURNAME_INITIALS = re.compile(r"[^\W\d_][\w'’-]+,?\s+(?:[^\W\d_]\.\s?){1,2}")


@dataclass
class Block:
    """One recipient as written: role, unlabelled lines, labelled values, raw salutation."""

    role: str
    lines: list[str] = field(default_factory=list)
    contacts: Contacts = field(default_factory=Contacts)
    salutation: str | None = None
    # A copy to "diplomatic representatives accredited to your country": no address given.
    diplomatic_of: str | None = None
    generic_diplomatic: bool = False
    # The mission as the document names it ("the High Commission of Sri Lanka"), if it does.
    mission: str | None = None
    last_field: str | None = None
    has_fields: bool = False
    # In a zone a "write to" heading opened: a block of a name and an address is enough.
    vouched: bool = False
    # Where the block starts (an index into the document's lines), for the report.
    first_line: int | None = None
    # Its salutation was a line of advice after the blocks ('Suggested greeting: "Your
    # Excellency". Messages in ...'): the greeting of every official above without one.
    shared_greeting: bool = False
    # Round 36a: its address is over (a line alone after its contacts): a line that opens
    # no new block is none of its lines.
    sealed: bool = False

    @property
    def is_empty(self) -> bool:
        return not self.lines and not self.has_fields

    def finished_address(self) -> bool:
        """The lines end with a country, or with a postcode and a city ("1000 Bruxelles",
        "75016 Paris": an address in the reader's country, which needs no country line)."""
        if not self.lines:
            return False
        last = self.lines[-1].strip(" .;")
        parts = re.split(r",|\s[–—]\s", last)  # (a run may part its lines with dashes)
        return split_country(last) is not None or (
            (len(self.lines) >= 2 or len(parts) >= 2)
            and bool(_POSTCODE_CITY.fullmatch(parts[-1].strip()))
        )


# A semicolon, "and" and "to" (with an article) of any language: the next recipient of a run
# ("...; y a la Embajada ...", "...; and to the Embassy ...", "...; und an die Botschaft ...").
_AND_TO = (
    r"(?:"
    + "|".join(sorted({re.escape(w) for ws in rows.AND_BETWEEN_RECIPIENTS.values() for w in ws}))
    + rf")\s+(?:{SEND_TO_PATTERN})\s+(?:(?:{ARTICLE_PATTERN})\s+)?(?=[^\W\d_*]|\*)"
)
_AND_TO_NEXT = re.compile(rf";\s*{_AND_TO}", re.IGNORECASE)
_AND_TO_OPEN = re.compile(_AND_TO, re.IGNORECASE)
# Round 35e: a sentence that ends in a colon and one e-mail address ("and please send us a
# copy: x@y", "Mande também uma cópia para nós: x@y", "Копию просим направить нам: x@y").
_SENTENCE_THEN_EMAIL = re.compile(
    r"([^\W\d_][^:：@\d\n]{8,80}?)[ \t]*[:：][ \t]*"
    r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}[ \t]*\.?"
)

# Round 37e: a line that is one e-mail address and nothing else.
_BARE_EMAIL = re.compile(r"<?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}>?\.?")

# A field's label anywhere in those words, with or without its colon.
_LABEL_WORD = re.compile(
    rf"(?<![\w@/])(?:{_every_word(FIELD_LABELS)})(?!\w)",
    re.IGNORECASE,
)


# Mend 35e: "us" (the publisher) in any language, and an office anywhere in a sentence ("the
# ambassador", "the prison director", "rzecznika praw obywatelskich").
_COPY_TO_US = re.compile(
    rf"(?<!\w)(?:{_every_word(rows.COPY_TO_US)})(?!\w)",
    re.IGNORECASE,
)
# Mend 37e: a copy or leaving the list, asked for in a sentence over the publisher's e-mail.
_PUBLISHER_REQUEST = re.compile(
    rf"(?<!\w)(?:{_every_word(rows.PUBLISHER_REQUEST)})(?!\w)",
    re.IGNORECASE,
)
_OFFICE_ANYWHERE = re.compile(
    rf"(?<!\w)(?:{_alternatives(TITLE_PHRASES + TITLE_WORDS)})(?!\w)", re.IGNORECASE
)


def _own_copy_request(line: str, *, label_inside: bool = False) -> bool:
    """Round 35e: a sentence of three words or more naming no one (no capital past its first
    word, no mission) before a colon and an e-mail address: the publisher asks for a copy at
    its own address, below the last block; no line of that block, and no recipient.

    Mend 35e: the copy goes to the publisher: the sentence says "us" (`rows.COPY_TO_US`), or
    names no office and no body in small letters either ("Copies to the ambassador: x@y",
    "scrivete anche alla procura della repubblica: x@y" are read as before)."""
    m = _SENTENCE_THEN_EMAIL.fullmatch(line.strip())
    if m is None:
        return False
    label = _LABEL_WORD.search(m.group(1))
    if label is not None and (not label_inside or label.start() == 0):
        # "E-mail address of the office: x@y": a block's own field. (Round 37e: with the
        # e-mail on the line below, a label inside a sentence is a word of it: "Please send a
        # copy of your e-mail to us:", "mail ons via:".)
        return False
    sentence = m.group(1)
    words = sentence.split()
    return (
        len(words) >= 3
        and not any(w[:1].isupper() for w in words[1:])
        and DIPLOMATIC.search(sentence) is None
        and MISSION.search(sentence) is None
        and (
            _COPY_TO_US.search(sentence) is not None
            or (
                ORGANISATION_WORDS.search(sentence) is None
                and _OFFICE_ANYWHERE.search(sentence) is None
            )
        )
    )


def _request_over_email(line: str | None, below: str | None) -> bool:
    """Round 37e: a sentence that ends in a colon over a line that is one e-mail and nothing
    else, which `_own_copy_request` reads as the publisher's request when joined. Mend 37e:
    only when the sentence asks for a copy, says "us" or tells how to leave a list."""
    if line is None or below is None:
        return False
    line, below = line.strip(), below.strip()
    return (
        line.endswith((":", "："))
        and _BARE_EMAIL.fullmatch(below) is not None
        # Mend 37e: the sentence asks for something the publisher gets (a copy, "us", its
        # list left); "Letters can also be sent by email:" in a recipient's block introduces
        # that recipient's own address, which main kept.
        and (_COPY_TO_US.search(line) is not None or _PUBLISHER_REQUEST.search(line) is not None)
        and _own_copy_request(f"{line} {below}", label_inside=True)
    )


def _person_with_office(lines: list[str]) -> bool:
    """A block begun by one line that names a person and the office they hold ("X 大使",
    "대사 X"): its body comes next."""
    if len(lines) != 1:
        return False
    who = interpret(lines)
    return who.name is not None and who.title is not None and who.name != lines[0]


def _repeats_place(block: Block, strip: str) -> bool:
    """A line of the block holds a street of the strip (a part with a number and a word)."""
    text = " ".join(" ".join(line.split()) for line in block.lines)
    parts = [" ".join(p.split()) for p in re.split(r"\s[·|•–—]\s", strip)]
    return any(
        re.search(r"\d", p) and re.search(r"[^\W\d_]{3}", p) and len(p) >= 8 and p in text
        for p in parts
    )


@dataclass
class BlockReader:
    """Reads the lines of the recipients part in order and collects blocks."""

    strict: bool
    role: str = "primary"
    blocks: list[Block] = field(default_factory=list)
    current: Block | None = None
    pending_diplomatic: Block | None = None
    # "Copia a: Ambasciata di X" with no address on its line: the mission, unless the next
    # line gives its address or fields (then it is a block of its own).
    mission_line: str | None = None
    preferred_language: str | None = None
    blank_before: bool = False
    # The index of the line being read (set by the caller), recorded on the blocks it opens.
    line_number: int | None = None
    # A comma run that a sentence introduced on its line and that is wrapped onto the next.
    run_open: bool = False
    # The line read last was the publisher's contact strip (its wrapped tail may follow).
    after_strip: bool = False
    # The strip read last ended with its separator: its wrapped tail may open without one.
    strip_open: bool = False
    # A remark in brackets opened on a line above and not yet closed.
    remark_open: bool = False
    # After an envelope's "to whom" line under a block's name: its surname with initials next.
    envelope_open: bool = False
    # The line right below the one being read, when the caller knows it (set with
    # `line_number`).
    next_text: str | None = None
    # Round 37e: the line right above the one being read, when the caller knows it.
    previous_text: str | None = None

    def _awaits_body(self, line: str) -> bool:
        """An embassy's own name on a line under a person and their office (a block's body
        line, "郑泽光 大使" / "X国驻Y大使馆"), not a line that sends copies to the embassies."""
        current = self.current
        return (
            current is not None
            and not current.has_fields
            and not re.search(r"[\d@:：]", line)
            and len(line) <= 60
            and _person_with_office(current.lines)
        )

    def close(self) -> None:
        self.mission_line = None
        self.remark_open = False
        self.run_open = False
        block, self.current = self.current, None
        if block is None or block.is_empty:
            return
        if not block.lines and self.blocks:
            merge_fields(self.blocks[-1], block)
            return
        if self.pending_diplomatic is not None:
            if block.role == "copy" and is_embassy(block):
                # The document gave the embassy's address after all: that block replaces it.
                self.pending_diplomatic = None
            else:
                self._flush_diplomatic()
        self.blocks.append(block)

    def _flush_diplomatic(self) -> None:
        if self.pending_diplomatic is not None:
            self.blocks.append(self.pending_diplomatic)
            self.pending_diplomatic = None

    def finish(self) -> list[Block]:
        self.close()
        self._flush_diplomatic()
        return self.blocks

    def block(self) -> Block:
        if self.current is None:
            self.current = Block(self.role, first_line=self.line_number)
        return self.current

    def read_line(self, line: str) -> None:
        if not line:
            self.blank_before = True
            self.run_open = self.remark_open = False
            return
        if SHARE_BAR.match(line):
            self.close()  # the page's share buttons: the blocks above have ended
            return
        after_strip, self.after_strip = self.after_strip, False
        strip_open, self.strip_open = self.strip_open, False
        if after_strip and (_STRIP_TAIL.match(line) or strip_open):
            # "· PC 30-3417-8", "– Courriel : x@y": the strip above wrapped onto this line,
            # its separator first (or last on the strip's line: "... Tel. 555 ·" over
            # "x@y · @z"); no line of a block either.
            self.after_strip = True
            return
        if (
            self.remark_open
            or (
                line.startswith("(")
                and not re.match(r"\(\+?\d", line)  # "(01) 677 6361": a number's area code
                # "(korrekte Anrede: Exzellenz)": a field in brackets is read as one.
                and not FIELD_LABEL.match(line[1:].lstrip())
                and (self.current.salutation is not None if self.current else bool(self.blocks))
            )
        ):
            # "(Fax does not get through; try a telegram: ...)" under a finished block (its
            # salutation read), over one line or several: a remark on the block above, no
            # block's first line.
            self.remark_open = line.count("(") > line.count(")")
            return
        if contact_strip(line):
            self.after_strip = True
            self.strip_open = line.rstrip().endswith(_STRIP_ENDS)
            # The publisher's own contacts on one line (a page's footer): no line of a block,
            # which goes on below it (a page break inside a block); a block above that gives
            # the same street is the publisher's too ("Tell us: X, 7 rue Y" over "Org · 7 rue
            # Y · ...").
            if self.current is not None and _repeats_place(self.current, line):
                self.current = None
            return
        try:
            self._read_line(line)
        finally:
            self.blank_before = False

    def _read_line(self, line: str) -> None:
        if _own_copy_request(line):
            self.close()
            return
        if (
            _request_over_email(line, self.next_text)
            or _request_over_email(self.previous_text, line)
        ) and (self.current is None or self.current.lines):
            # Round 37e: "Send us a copy of your letter:" over "x@y" alone: the same
            # request written over two lines (the sentence may be outside the zone read).
            # (Not under a block read as fields with no line: closing it would give its
            # fields to the block above; a10's copy, whose run lost its lines.)
            self.close()
            return
        mission, self.mission_line = self.mission_line, None
        if mission is not None and self.pending_diplomatic is not None and _gives_address(line):
            # "Copia a: Ambasciata di X" / "Indirizzo: Via Y 16, 00141 Roma": its block.
            self.pending_diplomatic = None
            self.block().lines.append(mission)
        and_to = _AND_TO_OPEN.match(line) if self.role == "copy" else None
        if and_to is not None and (self.current is None or self.current.has_fields):
            # "e-mail: x@y;" over "and to the Embassy of Z, ...": the next copy recipient.
            self.close()
            line = line[and_to.end() :]
        run = _semicolon_block(line)
        if run is not None:
            # "Office: Name; body; street; city; country. Fax: ...": a block's lines.
            self.close()
            for part in run:
                self._read_line(part)
            self.close()
            return
        parts = _PIPE.split(line)
        if len(parts) >= 2 and any(_LABELLED_PART.match(p) for p in parts[1:]):
            # "To: Minister X | Address: ... | Email: ...": the bars part the lines of a block.
            for part in parts:
                self._read_line(part.strip())
            return
        start = WRITE_TO_START.match(line)
        if start is not None and ADDRESS_LABEL.match(line) and self.current and self.current.lines:
            start = None  # "Adresse : 65, rue Y" inside a block is its address, not a heading
        addressee = ADDRESSEE_LABEL.match(line)
        if addressee is not None and (
            TITLE_START.match(line[addressee.end() :])
            or HONORIFIC_START.match(line[addressee.end() :])
        ):
            start = addressee  # "To: Head of the Judiciary, X, ...": the block after it
        intro = RECIPIENTS_START.search(line) if start is None else None
        if intro is not None and len(line) - intro.end() > 10 and _who_next(line[intro.end() :]):
            # "Send your petitions before 31 May to: The Inspector General, Mr X, ...": the
            # sentence that introduces them, then the first block on the same line.
            start = intro
        if start is not None:
            # "Write to: Minister X, Office, ...": the heading, then a new block.
            self.close()
            line = line[start.end() :]
            # A run the sentence introduced goes on over the next lines until it ends.
            self.run_open = start is intro and not line.rstrip().endswith((".", ";", ":"))
        envelope, self.envelope_open = self.envelope_open, False
        if envelope and _SURNAME_INITIALS.fullmatch(line):
            return  # "Примерову А. В." under "Кому: Прокурору ...": the name again
        who = WHO_LABEL.match(line)
        if (
            who is not None
            and who_label_kind(who.group(1)) == "envelope"
            and self.current is not None
            and self.current.lines
            and not self.current.has_fields
        ):
            # "Кому: Прокурору ..." under the block's name: whom the envelope is for, again.
            self.envelope_open = True
            return
        if who is not None and not HARD_END.search(line):
            # "Nombre: X" / "Cargo: Fiscal General": a block written as a form; a name label
            # opens a new block.
            kind = who_label_kind(who.group(1))
            current = self.current
            if (
                current
                and current.lines
                and (kind == "recipient" or (kind == "name" and current.has_fields))
            ):
                self.close()
            line = line[who.end() :]
        bracket = _TRAILING_BRACKET.search(line)
        if bracket is not None and SALUTATION_START.match(bracket.group(1) + ","):
            # "..., Tashkent 100047, Uzbekistan (Dear Prosecutor General)": the greeting.
            self._read_line(line[: bracket.start()])
            self._read_fields(f"Salutation: {bracket.group(1)}")
            return
        bracketed = _bracketed_fields(line)
        if bracketed is not None:
            # "Office Mr X (street, city; fax 555)": the address and its fields in brackets
            # after who, parted by semicolons (round 27b).
            # (Who, however many words in lower case its office has: the bracket tells a
            # block's line, no sentence.)
            self._read_fields(bracketed[0])
            for part in bracketed[1:]:
                self._read_line(part)
            return
        if bracket is not None and bracket.start() > 0 and FIELD_LABEL.match(bracket.group(1)):
            # "... - e-mail x@y (saluto: Dear Minister)": a field in brackets after the line.
            self._read_line(line[: bracket.start()])
            self._read_fields(bracket.group(1))
            return
        if len(line) > MAX_LINE:
            # No line of an address block is this long: it is running text (or an attack).
            self.close()
            return
        if TEMPLATE_LINE.search(line) or re.fullmatch(r"\d{1,3}|\[[^\]]*\]", line):
            return
        if line.startswith("(") and line.endswith(")") and FIELD_LABEL.search(line):
            # "(korrekte Anrede: Dear Minister)", "(Subject: ...)": a field in brackets.
            line = line[1:-1]
        preferred = PREFERRED_LANGUAGE.search(line)
        if preferred:
            self.preferred_language = preferred.group(1).strip(" .")
            self.close()
            return
        if (
            COPY_HEADING.fullmatch(line)
            or _capitals_copies_heading(line)
            or _copies_heading_to(line)
        ):
            # "Copie" / "Cc" alone over the next block; "KOPIE ZAŠLETE NA", its colon left
            # out (the layout reads it as a copies heading by its capitals).
            self.close()
            self._flush_diplomatic()
            self.role = "copy"
            return
        copies = COPIES.search(line)
        if copies or (DIPLOMATIC.search(line) and not self._awaits_body(line)):
            prefix = line[: copies.start()] if copies else ""
            rest = line[copies.end() :] if copies else line
            again = COPIES.match(re.sub(r"^\s*/\s*", "", rest)) if copies else None
            if again is not None and rest.lstrip().startswith("/"):
                # "Kopien an / Copies à": the heading in two languages.
                rest = re.sub(r"^\s*/\s*", "", rest)[again.end() :]
            # "Copie à envoyer à : Ambassade ...": the heading goes on to its colon.
            to_colon = re.match(r"[^:：,.@\d]{1,30}?\s[:：]\s*|[^:：,.@\d\s]{1,30}[:：]\s*", rest)
            if to_colon and not FIELD_LABEL.match(rest.strip()):
                rest = rest[to_colon.end() :]
            # Only fields before "copies to" belong to the block ("... Salutation: X Copies to").
            if FIELD_LABEL.search(prefix) and not _is_prose(prefix):
                self._read_fields(prefix)
            self.close()
            self._flush_diplomatic()
            self.role = "copy"
            named = MISSION.match(_ARTICLE.sub("", rest.strip(" :")))
            if DIPLOMATIC.search(rest) or (named and not re.search(r"\d|@", rest)):
                # "Com cópia para a Embaixada de X no Brasil": the mission, no address given.
                self._diplomatic(rest)
                if named and not DIPLOMATIC.search(rest):
                    self.mission_line = _ARTICLE.sub("", rest.strip(" :.")).strip()
                elif copies is None and len(line) <= 60 and not re.search(r"[\d@:：]", line):
                    # "駐日カンボジア王国大使館" alone on its line: the mission, or, with an
                    # address below it, a block of its own.
                    self.mission_line = line.strip()
            elif (
                rest.strip(" :.")
                and (not _is_prose(rest) or _mission_name(rest))
                and (not line.endswith((":", "：")) or open_label_at_end(rest) is not None)
            ):
                # "Copies to: Minister X" is a block; "Send a copy to the Commission on Human
                # Rights:" introduces one. "Con copia a la Secretaría ...": the article goes.
                # (A label that ends the run has its value on the next line: "..., Fax:".)
                open_label = open_label_at_end(rest)
                if open_label is not None:
                    rest = rest.rstrip()[: rest.rstrip().rfind(",")]
                rest = _ARTICLE.sub("", rest.strip(" :"))
                # "...: X, street, e-mail: x@y; y a la Embajada de Z, ...": "and to" after a
                # semicolon opens the next copy recipient.
                first, *others = _AND_TO_NEXT.split(rest)
                self._read_fields(first)
                for other in others:
                    self.close()
                    self.role = "copy"
                    self._read_fields(other)
                if open_label is not None:
                    self.block().last_field = field_of_label(open_label)
            return
        head, colon, _ = line.partition(":")
        heading = bool(colon) and not re.search(r"[a-z]", head) and re.search(r"[A-Z]{3}", head)
        current = self.current
        if (
            self.blank_before
            and current is not None
            and current.has_fields
            and _short_sentence(line)
            and not FIELD_LABEL.search(line)
        ):
            # "Please copy appeals to the source if possible." after a block's fields and a
            # blank line: a remark to the reader, no line of the block.
            self.close()
            return
        if not FIELD_LABEL.search(line) and (_is_prose(line) or heading):
            # Prose, or a heading such as "APPEAL DEADLINE NOTICE: 16 August 2017". A remark
            # between a block's name and its fields does not end the block.
            current = self.current
            if heading or current is None or current.has_fields or not current.lines:
                self.close()
            return
        self._read_fields(line)

    def _ended_then_who(self, current: Block, text: str) -> bool:
        """Round 36b: after a blank line below a block that has ended (its contact fields read,
        or its last line a country or a postcode and place), a line of two words or more that
        goes on with no address (no number, street, place, country, label or field, and no
        bracket opened or closed on another line) is the next block's first line, whatever it
        names ("Zeitung X, Redaktion", "Kompas (newspaper)", a body no table knows). Not when it
        is words in small letters after its first and the line below opens a block itself: a
        word about that block ("Local human rights organisation" over the body's name).

        Mend 36a2: nor when it is a note or a sentence rather than a name (`_note_not_name`:
        "Letters in English are accepted", "Graag per aangetekende post", "With best regards",
        "Website www.x.org"): the block above has ended all the same, so the note is none of
        its lines, and the block is sealed (round 36a's flag) rather than a new one opened: a
        salutation below the note is the block's own, and a line below that opens no block
        ("Your name and address") is no one's."""
        if not current.lines or not (current.has_fields or current.finished_address()):
            return False
        below = self.next_text
        acronym = _acronym_over_its_address(text, below, current.lines + current.contacts.email)
        ended = not (
            len(text) > 80
            or (len(text.split()) < 2 and not acronym)
            or re.search(r"[\d:：@]", text)
            or text.startswith(("(", "["))
            # "finishers)", "X (par": a bracket opened or closed on another line, a wrap.
            or text.count("(") != text.count(")")
            or split_country(text) is not None
            or REGION_LINE.match(text)
            or _gives_address(text)
            or _is_prose(text)
            # (A region over its country; not a street line that ends with one.)
            or (below is not None and split_country(below) is not None and not acronym)
            or (below is not None and _who_next(below) and not _capital_past_first(text))
        )
        if ended and _note_not_name(text):
            current.sealed = True
            return False
        return ended

    def _region_above_country(self, current: Block, text: str) -> bool:
        """ "Chechenskaia Respublika" right above "Ruská federace", under an address with no
        field yet: the address's region (a block's first line is never right above a bare
        country line)."""
        below = self.next_text
        if below is None or current.has_fields or re.search(r"\d|@", text):
            return False
        country = split_country(below)
        return country is not None and not country[0] and not looks_like_title(text)

    def _diplomatic(self, text: str) -> None:
        of = DIPLOMATIC_OF.search(text)
        block = Block("copy", generic_diplomatic=True)
        block.diplomatic_of = of.group(1).strip() if of else None
        mission = MISSION.search(text)
        block.mission = mission.group(0).strip() if mission else None
        self.pending_diplomatic = block

    def _read_fields(self, line: str) -> None:
        pieces = _split_labels(line)
        if (
            len(pieces) > 1
            and pieces[0][0] is None
            and _full_sentence(pieces[0][1])
            and not _comma_run_address(pieces[0][1])
        ):
            # "Letters by 15 January, in Russian or German. Salutation: ...": the sentence
            # before the label is no line of a block.
            pieces = pieces[1:]
        flat = len(line) > FLAT_LINE and len(pieces) > 1 and pieces[0][0] is None
        if flat:
            # A whole block on one line: its own recipient, its identity cut into lines.
            # (Unless the line above ended its comma run open: "Mr X, President of Y," over
            # "Palace, Street, City. E-mail: ...", one block wrapped.)
            if not self._wrapped_run(line):
                self.close()
            # (A dash before the first label parts the fields: "... Country – Twitter : @x".)
            identity = _CONTACT_HEADING.sub("", pieces[0][1]).strip().rstrip(" .–—-")
            intro = RECIPIENTS_START.search(identity)
            if intro is not None:
                # "PLEASE SEND APPEALS BEFORE 14 JULY TO: Minister ..." on the same line.
                identity = identity[intro.end() :].strip()
            block = self.block()
            if _DASH_CONTACTS.search(identity):
                self._read_text(identity)  # "Office, Mr Y – y@example.org": who, then how
            elif identity.count(",") >= 2 and (
                len(identity.split(",")[0].split()) <= 6
                or split_title_and_name(identity.split(",")[0])[0] is not None
                # "Embassy of X in Y: Ambassador Z, street, ...": the body, then who.
                or len(body_then_who([identity.split(",")[0]])) == 2
            ):
                block.lines.append(identity)  # "Name, Office, Street, City": `interpret` cuts it
            elif identity:
                block.lines.extend(split_flat(identity))
            pieces = pieces[1:]
        for label, value in pieces:
            if label is None:
                self._read_text(value)
            else:
                self._read_field(field_of_label(label), value)
        if flat:
            self.close()

    def _wrapped_run(self, text: str) -> bool:
        """The block being read ends its last line open ("Mr X, President of Y,"), with no
        field yet and no blank line since: the next line goes on with it. (A comma run, not
        a line that only ends in a comma: some blocks end every line so, "Minister X," over
        "Ministry of Y,", and the next recipient's name may follow the country.)"""
        current = self.current
        return (
            current is not None
            and bool(current.lines)
            and current.lines[-1].endswith(",")
            and "," in current.lines[-1][:-1]
            and not current.has_fields
            and not self.blank_before
        )

    def _name_over_lines(self, text: str) -> bool:
        """Round 37e: after a blank line under a block that has given its fields, a line that
        is a name (no digit, colon or e-mail; no sentence, no note), with an address line or
        a contact field right below it: the next recipient, though no table knows its name (a
        group's acronym in capitals, a network's long name), not more of the block above."""
        below = (self.next_text or "").strip()
        current = self.current
        return (
            bool(below)
            # (Mend 37a: nor a heading or a country in capitals, "DEADLINE", "FREEDONIA".)
            and not _heading_in_capitals(
                text, below, current.lines + current.contacts.email if current else []
            )
            and not _under_a_heading(current.lines if current else [])
            and len(text) <= 120
            and text[:1].isupper()
            and re.search(r"[\d@:：]", text) is None
            and not text.endswith((".", ",", ";"))
            and not _note_not_name(text)
            and _gives_address(below)
        )

    def _read_text(self, text: str) -> None:
        text = text.strip(" |;")
        if not re.search(r"\w", text):
            return
        current = self.current
        if (
            current is None
            or not current.lines
            or self.blank_before
            or current.has_fields
            or current.salutation is not None
        ):
            text = _without_addressee_to(text)
        if (
            current is not None
            and current.last_field in ("fax", "phone")
            and _ONLY_NUMBER.match(text)
        ):
            add_numbers(current.contacts, current.last_field, text)
            return
        if current is not None and current.last_field == "twitter" and HANDLE.match(text):
            add_twitter(current.contacts, text)
            return
        if self.run_open and current is not None and len(current.lines) == 1:
            # "... to: The Inspector General of Police, Mr Daniel\nX, Headquarters, ...".
            current.lines[0] = f"{current.lines[0]} {text}"
            self.run_open = not text.endswith((".", ";"))
            return
        after_contacts = (
            current is not None
            and self.blank_before
            and _contacts_after_address(current)
            and not _LABEL_COLON.search(text)
            and "@" not in text
            and sum(ch.isdigit() for ch in text) < 7  # (a number alone: a fax, a phone)
            and not COPY_HEADING.match(text)
        )
        if (
            after_contacts
            and not self.next_text
            and not _opens_a_block(text)
            and not _still_of_the_address(text)
            # (After its salutation a block is over by main's rule: the line alone opens the
            # next block, "Kompas Daily (newspaper)" over its street.)
            and current is not None
            and current.salutation is None
        ):
            # Round 36a: a line alone between blank lines under a block that has given its
            # contacts (a model letter's heading, a note, a page's part count): the block's
            # address is over, and the line is none of it; nor is any line after it that
            # opens no new block (the model letter's text, the note's).
            assert current is not None
            current.sealed = True
            return
        dash = _DASH_CONTACTS.search(text)
        who = text[: dash.start()].strip(" ,;") if dash is not None and dash.start() > 0 else text
        # "Mr X, President of Y," over "Palace, Street, City": a comma run that the line
        # ends open goes on below (no new block starts after a trailing comma).
        opens = (
            current is not None
            and not self._wrapped_run(who)
            and (
                (_starts_new_block(current, who) and not self._region_above_country(current, who))
                or (self.blank_before and _after_address(current, who))
                or (self.blank_before and current.has_fields and _office_and_name(who))
                or (self.blank_before and current.has_fields and _who_then_address(who))
                or (self.blank_before and self._ended_then_who(current, who))
                or (self.blank_before and current.has_fields and self._name_over_lines(who))
                or (dash is not None and dash.start() > 0 and current.has_fields and _who_part(who))
            )
        )
        if current is not None and current.sealed and not opens and dash is None:
            return  # (round 36a: after its address and a line alone, no line of the block)
        if opens:
            # (The last: "Name, Office – @handle" under another such line: a recipient per
            # line, as a list of who's who gives them.)
            self.close()
        block = self.block()
        if dash is not None and dash.start() > 0:
            # "Minister of X, Mr Y – y@example.org, fax +1 555 0100, X: @y": who, then how.
            for piece in re.split(r",\s*", text[dash.end() :]):
                number = _NUMBER_LABEL.match(piece)
                if number is not None:
                    add_numbers(
                        block.contacts,
                        _NUMBER_KINDS[number.group(1).casefold()],
                        piece[number.end() :],
                    )
                elif FIELD_LABEL.match(piece):
                    self._read_fields(piece)
                elif EMAIL.search(piece):
                    add_email(block.contacts, piece)
                elif HANDLE.search(piece):
                    add_twitter(block.contacts, piece)
            block.has_fields = True
            text = text[: dash.start()].strip(" ,;")
        bracket = _TRAILING_BRACKET.search(text)
        if bracket is not None and bracket.start() > 0 and EMAIL.fullmatch(bracket.group(1)):
            # "H.E. X, Ambassador, ... at Geneva (mission@example.org)": the e-mail in brackets.
            add_email(block.contacts, bracket.group(1))
            block.has_fields = True
            text = text[: bracket.start()].strip(" ,;")
        trailing = _TRAILING_EMAIL.search(text)
        if trailing is not None and trailing.start() > 0:
            # "Secretaría de Derechos Humanos: derechos@example.org": the body, then its
            # address.
            add_email(block.contacts, trailing.group(1))
            block.has_fields = True
            text = text[: trailing.start()].strip(" ,;:")
        if EMAIL.fullmatch(text.strip(" .")):
            add_email(block.contacts, text)
            block.has_fields = True
        elif HANDLE.fullmatch(text):
            add_twitter(block.contacts, text)
            block.has_fields = True
        else:
            block.lines.append(text)
        block.last_field = None

    def _read_field(self, kind: str, value: str) -> None:
        if kind == "salutation":
            value, rest = _cut_salutation(value)
            quoted = re.fullmatch(r"\s*[\"“„«]([^\"“”„«»]+)[\"”“»]\s*", value)
            value = quoted.group(1) if quoted else value  # 'saluto: "Eccellenza"'
            advice = _QUOTED_THEN_SENTENCE.fullmatch(value)
            shared = False
            if advice is not None:
                # 'Suggested greeting: "Your Excellency". Messages in English are fine.'
                value, shared = advice.group(1), True
            block = self.block()
            if block.salutation is None:
                block.salutation = value
                block.shared_greeting = shared or (self.blank_before and block.has_fields)
            block.has_fields = True
            if rest:
                self.close()
                self._read_text(rest)
            return
        block = self.block()
        block.has_fields = True
        block.last_field = kind
        if kind in ("fax", "phone"):
            add_numbers(block.contacts, kind, value)
        elif kind == "email":
            add_email(block.contacts, value)
        elif kind == "twitter" or (kind == "telegram" and HANDLE.fullmatch(value.strip(" ."))):
            # ("Telegram: @x": an account, not a telegram's address; the case keeps one
            # handle, the others go in the note.)
            add_twitter(block.contacts, value)
        else:
            add_web(block.contacts, value, kind)


_STRIP_TAIL = re.compile(r"[·–—|•]\s")
_STRIP_ENDS = ("·", "–", "—", "|", "•")


_COPIES_TO_LAST = frozenset(w for ws in rows.COPIES_TO_LAST.values() for w in ws)


def _copies_heading_to(line: str) -> bool:
    """ "Копии направляйте в" alone on its line: a copy word, at most two words, and the word
    for "to" last (`language_rows.COPIES_TO_LAST`), no colon (round 27b)."""
    words = line.strip().split()
    if not 2 <= len(words) <= 4 or words[-1].casefold() not in _COPIES_TO_LAST:
        return False
    opening = COPY_HEADING.match(words[0])
    return opening is not None and opening.end() == len(words[0])


def _capitals_copies_heading(line: str) -> bool:
    """A heading in capitals alone on its line that names copies, without its colon ("ΚΑΙ
    ΑΝΤΙΓΡΑΦΑ ΣΤΗΝ", "KOPIE ZAŠLETE NA"): as `layout.classify` reads it."""
    return (
        line.isupper()
        and len(line.split()) <= 5
        # (It ends with its preposition, a short word: not "COPY OF THE JUDGMENT".)
        and len(line.split()[-1]) <= 5
        and not re.search(r"\d|@|[:：]", line)
        and COPIES.search(f"{line}:") is not None
    )


_LABEL_BEFORE_NUMBER = re.compile(r"([^\W\d_][^\s:()]{1,12})\s+(?=[(+\d])")


def _labelled(part: str) -> str:
    """ "факс (3172) 55-66-77": a field's label before its number without the colon; with
    it, when the label is one the field tables know."""
    if FIELD_LABEL.match(part):
        return part
    head = _LABEL_BEFORE_NUMBER.match(part)
    if head is not None:
        with_colon = f"{head.group(1)}: {part[head.end() :]}"
        if FIELD_LABEL.match(with_colon):
            return with_colon
    return part


def _bracketed_fields(line: str) -> list[str] | None:
    """ "Office Mr X (street, city; fax (555) 12-34)": who, then the parts of the bracket that
    closes the line (its own brackets nested), when a part after a semicolon, or the only
    part, is a labelled field; else None (round 27b)."""
    if not line.endswith(")") or len(line) > MAX_LINE:
        return None
    depth = 0
    start = -1
    for i in range(len(line) - 1, -1, -1):
        c = line[i]
        if c == ")":
            depth += 1
        elif c == "(":
            depth -= 1
            if depth == 0:
                start = i
                break
    if start <= 0 or not line[:start].strip():
        return None
    parts = [_labelled(p.strip()) for p in line[start + 1 : -1].split(";") if p.strip()]
    if not parts or not any(FIELD_LABEL.match(p) for p in parts[-1:] + parts[1:]):
        return None
    if len(parts) == 1 and not re.search(r"\d", parts[0]):
        return None
    return [line[:start].strip(), *parts]


def _split_labels(line: str) -> list[tuple[str | None, str]]:
    """ "Tehran Email: x Salutation: y" -> [(None, "Tehran"), ("Email", "x"),
    ("Salutation", "y")]."""
    marks = sorted(
        [(m.start(), m.end(), m.group(1)) for m in FIELD_LABEL.finditer(line)]
        + [(m.start(), m.end(), m.group(1)) for m in SHORT_LABEL.finditer(line)]
    )
    pieces: list[tuple[str | None, str]] = []
    position = 0
    label: str | None = None
    for start, end, name in marks:
        if start < position:
            continue
        pieces.append((label, line[position:start].strip()))
        label, position = name, end
    pieces.append((label, line[position:].strip()))
    return [
        (lab, val)
        for lab, val in pieces
        if lab is not None
        or (
            val
            # "Anrede / Formule d'appel : ...": the field's label in two languages.
            and not (val.endswith("/") and FIELD_LABEL.match(val.rstrip(" /") + ": x"))
        )
    ]


def _who_part(text: str) -> bool:
    """Who a recipient is, before the dash of their contacts: a name, an office or a body
    (its first comma part)."""
    first = text.split(",")[0].strip()
    return looks_like_person(first) or looks_like_title(first) or looks_like_organisation(first)


def _cut_salutation(value: str) -> tuple[str, str]:
    """A salutation ends at the end of its line, or where a next recipient's name begins."""
    cut = cut_salutation_run(value)
    if cut != value and cut.strip():
        return cut.strip(" ,;"), value[len(cut) :].strip()
    inside = HONORIFIC_INSIDE.search(value)
    if inside and inside.start() > 0:
        return value[: inside.start()].strip(" ,.;"), value[inside.start() :].strip()
    return value.strip(" ,;"), ""


def _full_sentence(text: str) -> bool:
    """Running text that ends as a sentence does ("... in Russian or German.")."""
    text = text.strip()
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower() and w not in _PARTICLES)
    return text.endswith((".", "!", "?")) and len(words) >= 6 and lower / len(words) >= 0.3


def _is_prose(text: str) -> bool:
    """A sentence of running text rather than a line of an address block."""
    words = text.split()
    if len(words) < 10:
        return False
    lower = sum(1 for w in words if w[:1].islower() and w not in _PARTICLES)
    if re.search(r"[^\W\d_]{3}[.!?]\s+[A-Z][^\W\d_]", text):
        # Two sentences: words in capitals are a sentence shouted ("PLEASE SEND APPEALS
        # NOW. Check with ..."), no office or body in capitals.
        lower += sum(1 for w in words if len(w) >= 4 and w.isupper())
    return lower / len(words) >= 0.45


def _mission_name(text: str) -> bool:
    """A mission's name that opens with its word and has no sentence's stop: in a language
    written in syllables, most of whose words are in lower case ("Đại sứ quán nước ... tại
    ..."), a long name counts as running text by its words alone."""
    head = _ARTICLE.sub("", text.strip(" :")).casefold()
    return not re.search(r"[.!?。]", text.strip(" .")) and head.startswith(MISSION_WORD_LIST)


def _short_sentence(text: str) -> bool:
    """A sentence of six words or more, most of them in lower case, that ends with its stop."""
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower() and w not in _PARTICLES)
    return len(words) >= 6 and text.endswith((".", "!", "?")) and lower / len(words) >= 0.5


# Words that open a name as often as they say "to" ("Al Sheikh X", "El X", "Da Silva").
_NAME_PARTICLES = frozenset("al el da de di do du la le".split())  # noqa: SIM905
# The word "to" before an inside address's courtesy title, with its colon or not (never one
# that is also a name's particle).
_ADDRESSEE_TO = re.compile(
    r"(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(
            {
                w
                for ws in rows.ADDRESSEE_TO.values()
                for w in ws
                if w.casefold() not in _NAME_PARTICLES
            },
            key=len,
        )[::-1]
    )
    + r")\s*[:：]?\s+"
)


def _without_addressee_to(text: str) -> str:
    """A block's first line without the word "to" before the addressee's courtesy title
    ("إلى السيد X", "To His Excellency X"). Not before a courtesy title and an office ("To His
    Excellency Ambassador X" reads its title whole, as it did), and never a word that is also a
    name's particle ("Al Sheikh X": the "Al" is the name's)."""
    to = _ADDRESSEE_TO.match(text)
    if to is None:
        return text
    rest = text[to.end() :]
    honorific = HONORIFIC_START.match(rest)
    if honorific is None or looks_like_title(rest[honorific.end() :].strip()):
        return text
    return rest


def _same_ending(block: Block, text: str) -> bool:
    """`text` ends its comma run as the block's one line did: with its stop, or with its
    postcode and place (or country)."""
    if block.lines[0].endswith("."):
        return text.endswith(".")
    return Block(block.role, lines=[text]).finished_address()


def _starts_new_block(block: Block, text: str) -> bool:
    if block.salutation is not None:
        return True
    if len(block.lines) == 1 and name_and_office(block.lines[0]) and name_and_office(text):
        # "cc:" / "Ms X, Minister of Justice" / "Mr Y, Minister of the Interior": a list of
        # recipients named with their office, a line each (no address: copies of a letter).
        return True
    if (
        len(block.lines) == 1
        and not block.has_fields
        and "," in text
        and block.lines[0].count(",") >= (1 if block.lines[0].endswith(".") else 2)
        and (block.lines[0].endswith(".") or block.finished_address())
        and _same_ending(block, text)
    ):
        # "Office X, street, 1000 City." over "Body Y (BY), City.": a comma run on one line
        # that ends with its stop (or its postcode and place) holds its whole recipient; the
        # next comma run is the next one, where it ends the same way (not "Ministry of X,
        # street, City" over its e-mail: the first line's office, then its address).
        return True
    if (
        not block.has_fields
        and len(block.lines) <= 3
        and len(dative_office_wrapped(block.lines)) < len(block.lines)
    ):
        # "Генеральному прокурору" / "Республики X": the country is the office's complement,
        # no address's end; the name comes next (round 27b).
        return False
    if not (block.has_fields or block.finished_address()):
        return False
    country = split_country(text)
    if country is not None and not country[0] and not block.has_fields:
        return False  # "302040 Orel" / "Russian Federation": the country ends the address
    if REGION_LINE.match(text) and not block.has_fields and not looks_like_title(text):
        return False  # "Urumqi 830041" / "Xinjiang Uyghur Autonomous Region": its region
    office, comma, person = text.partition(",")
    return (
        looks_like_title(text)
        or looks_like_person(text)
        or looks_like_organisation(text)
        or split_title_and_name(text)[0] is not None
        # "Name, direktør for X": a person, then the office in lower case after the comma.
        or name_and_office(text)
        # "Minister of Labour and Employment, Ms X": an office, then the name (and maybe
        # the address after it: "Procurador de X, Name, 12 Avenida 12-54, Zona 1").
        or bool(
            comma
            and looks_like_title(office)
            and looks_like_person(person.partition(",")[0].strip())
        )
    )


def _semicolon_block(line: str) -> list[str] | None:
    """ "Minister X: Name; Ministry; Street; City; Country. Fax: ... Salutation: ...": the
    lines of a block parted by semicolons (the office before a colon), then its fields."""
    label = FIELD_LABEL.search(line)
    who = line[: label.start()] if label else line
    if who.count("; ") < 2 or _is_prose(who):
        return None
    parts = [p.strip(" .") for p in who.split("; ")]
    office, colon, name = parts[0].partition(": ")
    if colon and looks_like_title(office):
        parts[0:1] = [office, name]
    fields = line[label.start() :] if label else ""
    return [p for p in parts if p] + ([fields] if fields else [])


def _comma_run_address(text: str) -> bool:
    """ "Name, Office, street, 12, City, 01008, Country.": a whole recipient as one comma run
    with its stop, its numbers and its country or postcode's place at the end, no sentence
    (round 27b)."""
    return (
        text.count(",") >= 3
        and bool(re.search(r"\d", text))
        and Block("copy", lines=[text]).finished_address()
    )


def _gives_address(text: str) -> bool:
    """A line of an address or a contact field ("Indirizzo: Via Y 16", "PEC: x@y", "12 rue
    X", "75016 Paris")."""
    return bool(
        ADDRESS_LABEL.match(text)
        or FIELD_LABEL.match(text)
        or EMAIL.search(text)
        or (ADDRESS_WORDS.search(text) and len(text) <= 100 and not _is_prose(text))
    )


def _office_and_name(text: str) -> bool:
    """ "Iran's Ambassador to the EU, Hossein X": something, then a person's name after the
    last comma, and no address."""
    dash = re.split(r"\s+[—–]\s+", text, maxsplit=1)
    if len(dash) == 2 and looks_like_person(dash[0]) and looks_like_title(dash[1]):
        return True  # "Name — Office"
    head, comma, name = text.rpartition(",")
    return bool(
        comma
        and head.strip()
        and looks_like_person(name.strip())
        and not ADDRESS_WORDS.search(text)
        and split_country(name.strip()) is None
    )


def _who_next(text: str) -> bool:
    """The text opens with who a block is for: an office, a courtesy word, a body or a name."""
    first = _ARTICLE.sub("", text.strip()).split(",", 1)[0].strip()
    return bool(
        TITLE_START.match(first)
        or HONORIFIC_START.match(first)
        or looks_like_organisation(first)
        or looks_like_person(first)
    )


def _who_then_address(text: str) -> bool:
    """ "Embassy of X in Y, 14 Some Gardens, London W2 4DU.": a comma run that opens with who
    (a body, an office or a person) and goes on with an address: after a blank line below a
    block's fields, the next recipient."""
    head, comma, rest = text.partition(",")
    return bool(
        comma
        and (looks_like_organisation(head) or looks_like_title(head) or looks_like_person(head))
        and (re.search(r"\d", rest) or ADDRESS_WORDS.search(rest))
    )


def _contacts_after_address(block: Block) -> bool:
    """Round 36a: a block whose lines were followed by its contacts (a fax, phone or e-mail
    read under them) is over at a blank line: an address comes before its contacts, so what
    follows the blank (a model letter's heading, a note, the text after the list) is none of
    its lines."""
    c = block.contacts
    return len(block.lines) >= 2 and bool(c.fax or c.phone or c.email)


def _opens_a_block(text: str) -> bool:
    """A line that may open the next recipient's block: an office, a person, a body, a
    courtesy word, or an office and a name on one line."""
    return (
        looks_like_title(text)
        or looks_like_person(text)
        or looks_like_organisation(text)
        or split_title_and_name(text)[0] is not None
        or HONORIFIC_START.match(text) is not None
        or name_and_office(text)
    )


def _still_of_the_address(text: str) -> bool:
    """Mend 36a1: a line alone after a block's contacts that is a line of its address all the
    same ("BELGIUM", "P.O. Box 4410"): a country the tables know, a post-office box or a
    region. (Not any line with a digit: "parte 2/2" is a part count, "URGENT ACTIONS 2026" a
    page's heading, though it has a place's and postcode's shape; nor one word in capitals:
    a country no table knows, or a model letter's heading, "MODELLBRIEF".)"""
    return bool(split_country(text) is not None or PO_BOX.match(text) or REGION_LINE.match(text))


# A label's colon ("Begin with: ...", "Note:"): a field of the block, not a line alone.
_LABEL_COLON = re.compile(r"[:：]")


def _note_not_name(text: str) -> bool:
    """Mend 36a2: a note or a sentence, not a name: a web address ("Website www.x.org"), or
    words past the first mostly in small letters (more than half of them, leaving out a
    bracket's words and a name's particles): "Letters in English are accepted", "Envoi postal
    uniquement", "Только почтой или факсом", "Nur Briefe auf dem Postweg erreichen ihn",
    "With best regards". A name's words past the first open with capitals ("Zeitung X,
    Redaktion", "Die Hoë Kommissaris van die Koninkryk van Norvalia"), or are a gloss in
    brackets ("Kompas (newspaper)")."""
    if re.search(r"\bwww\.|https?://", text, re.IGNORECASE):
        return True
    words = [w for w in re.sub(r"\([^)]*\)", " ", text).split()[1:] if w not in _PARTICLES]
    letters = [w.strip("\"'«»“”„(),.;") for w in words]
    lower = sum(1 for w in letters if w[:1].islower())
    return bool(letters) and lower * 2 > len(letters)


def _acronym_over_its_address(text: str, below: str | None, above: list[str]) -> bool:
    """Round 37a: one word in capitals ("UNIONX", "PAZ-NOR", "ACRONYM") right over a
    street with its number or an e-mail: a body known by its acronym, whose own block opens
    there. (A heading in capitals, "BACKGROUND" or "PUBLIC", has prose or a reference below
    it, and a country in capitals is a line of the address above.)

    Mend 37a: not a heading ("DEADLINE" over "12 May 2026, ... hearing", "HINWEIS" over "Bitte
    schreiben Sie bis 12. Mai 2026."): the line below holds a date or is a sentence, and a
    street needs a word of an address besides its number. Not a country (`above` is the
    block above's lines): a name in the country tables, a word of the address above
    ("FREEDONIA" under "11000 Freedonia City"), or a word over its embassy ("FREEDONIA" over
    "Embassy: 14 Park Road, London")."""
    if below is None or not _one_word_in_capitals(text) or _heading_in_capitals(text, below, above):
        return False
    if _under_a_heading(above):
        return False
    if EMAIL.search(below) and len(below) <= 80:
        return True
    return bool(
        re.search(r"\d", below)
        and ADDRESS_WORDS.search(re.sub(r"\d", " ", below))
        and not FIELD_LABEL.match(below)
        and not _is_prose(below)
    )


def _one_word_in_capitals(text: str) -> bool:
    return 3 <= len(text) <= 24 and text.isupper() and all(c.isalnum() or c in "-&." for c in text)


def _heading_in_capitals(text: str, below: str, above: list[str]) -> bool:
    """Mend 37a: one word in capitals that is a heading or a country, not a body's acronym:
    the line below holds a date or is a sentence ("DEADLINE" over "12 May 2026, ... hearing",
    "HINWEIS" over "Bitte schreiben Sie bis 12. Mai 2026.") or names an embassy ("FREEDONIA"
    over "Embassy: 14 Park Road, London"); or the word is in the country tables or is a word
    of the block above ("FREEDONIA" under "11000 Freedonia City")."""
    if not _one_word_in_capitals(text):
        return False
    word = text.casefold()
    return bool(
        find_dates(below)
        or _full_sentence(below)
        or _names_a_mission(below)
        or split_country(text) is not None
        or any(word in re.findall(r"[^\W_]+(?:-[^\W_]+)*", line.casefold()) for line in above)
    )


def _under_a_heading(lines: list[str]) -> bool:
    """Mend 37a: the block above took a heading in capitals and its line ("HINWEIS" / "Bitte
    schreiben Sie bis 12. Mai 2026."): what comes after is past the recipients, not a body
    ("AMNESTY" over its e-mail, the publisher's)."""
    return any(
        _heading_in_capitals(line, lines[i + 1], lines[:i])
        for i, line in enumerate(lines[:-1])
        if _one_word_in_capitals(line)
    )


# Mend 37a: the words of a mission or its head that `MISSION_WORD_LIST` lacks ("Embassies",
# "Embajador", "Mission:", "Chargé d'affaires", "Interests Section").
_MISSION_MORE = re.compile(r"embass|embajad|\bmission\b|chargé|interests section", re.IGNORECASE)


def _names_a_mission(line: str) -> bool:
    """Mend 37a: a line that names an embassy or a mission, in any language the mission
    table knows ("Embassy: 14 Park Road, London", "Посольство: ...")."""
    folded = line.casefold()
    return any(word in folded for word in MISSION_WORD_LIST) or bool(_MISSION_MORE.search(line))


def _capital_past_first(text: str) -> bool:
    """A word past the first opens with a capital letter ("Die Hoë Kommissaris", "Zeitung X")."""
    return any(word[:1].isupper() for word in text.split()[1:])


def _after_address(block: Block, text: str) -> bool:
    """After a blank line, an office or an honorific starts a new block once the current one
    has a name and an address line ("Minister of Justice" after "PO Box 12 / Capital")."""
    has_address = any(ADDRESS_WORDS.search(line) for line in block.lines[1:])
    opens = looks_like_title(text) or bool(HONORIFIC_START.match(text))
    return (
        len(block.lines) >= 3
        and has_address
        and (opens or split_title_and_name(text)[0] is not None)
    )


def is_embassy(block: Block) -> bool:
    # (A line "c/o Embassy of X" is where a letter to an official goes, not whom it is for.)
    head = " ".join(ln for ln in block.lines[:3] if not re.match(r"c/o\b", ln, re.I)).casefold()
    return bool(
        re.search(r"embass|embajad|ambassad|botschaft|\bmission|chargé|interests section", head)
    )


def merge_fields(into: Block, extra: Block) -> None:
    """`extra`'s contacts and salutation, added to `into`'s."""
    c, e = into.contacts, extra.contacts
    c.fax.extend(n for n in e.fax if n not in c.fax)
    c.phone.extend(n for n in e.phone if n not in c.phone)
    c.email.extend(a for a in e.email if a not in c.email)
    c.twitter = c.twitter or e.twitter
    c.web = c.web or e.web
    for note in e.notes:
        c.note(note)
    into.salutation = into.salutation or extra.salutation
    into.has_fields = True
