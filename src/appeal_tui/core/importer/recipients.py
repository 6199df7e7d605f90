"""Every recipient of an urgent action as case-file mappings, and what the organiser must check."""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any

from appeal_tui.core.i18n import _
from appeal_tui.core.importer import language_rows as rows
from appeal_tui.core.importer.addressing import address_fields
from appeal_tui.core.importer.alphabets import (
    case_endings_of,
    glosses_dropped,
    initials_repeat,
    same_in_two_scripts,
)
from appeal_tui.core.importer.column_heads import column_heads
from appeal_tui.core.importer.contact_fields import (
    EMAIL,
    HANDLE,
    add_numbers,
    add_twitter,
    blank_greeting,
    opens_salutation,
    parse_salutation,
    salutation_language,
    without_blanks,
)
from appeal_tui.core.importer.countries import (
    count_countries,
    country_in,
    english_name,
    is_territory_name,
    split_country,
)
from appeal_tui.core.importer.dates import fold, month_numbers
from appeal_tui.core.importer.fields import FIELD_SEPARATOR, is_file_reference_line
from appeal_tui.core.importer.language_forms import short_text_language
from appeal_tui.core.importer.language_names import codes_in, language_code
from appeal_tui.core.importer.layout import (
    Line,
    Zone,
    document_lines,
    furniture,
    is_date_line,
    recipient_zones,
    salutation_after,
)
from appeal_tui.core.importer.letters import (
    copies_heading,
    copy_entries,
    copy_opener,
    signature_lines,
    stacked_lines,
)
from appeal_tui.core.importer.name_cases import Printed, printed_nominative, printed_words
from appeal_tui.core.importer.phrases import (
    ADDRESS_WORDS,
    ADDRESSEE_LABEL,
    COPIES,
    COPY_HEADING,
    DIPLOMATIC,
    FIELD_LABEL,
    HONORIFIC_START,
    LEGAL_FOOTER,
    LETTER_CLOSING,
    MISSION,
    MISSION_WORD_LIST,
    NOT_NAME_WORDS,
    NUMBER_FIELD_NO_COLON,
    ORGANISATION_WORDS,
    PREFERRED_LANGUAGE,
    PUBLISHER_CONTACT,
    PUBLISHER_WORDS,
    RECIPIENTS_HEADING,
    RECIPIENTS_START,
    REPORT_BACK,
    SALUTATION_FOR,
    SALUTATION_START,
    SENDER_LABEL,
    SIGN_OFF,
    _every_word,
    field_of_label,
)
from appeal_tui.core.importer.prose_recipients import (
    NAME_JOINS,
    asks_to_send,
    complete_named,
    country_keys,
    embassy_aside,
    gives_address,
    named_only,
    opens_with_recipient,
    paragraph_blocks,
    prose_blocks,
    says_address_follows,
    sends_to,
    sends_to_from,
    sentence_greetings,
)
from appeal_tui.core.importer.recipient_blocks import Block, BlockReader, is_embassy, merge_fields
from appeal_tui.core.importer.recipient_lines import (
    Identity,
    contact_strip,
    heading_as_title,
    interpret,
    looks_like_organisation,
    looks_like_person,
    looks_like_title,
    name_and_office,
    strip_names,
    title_without_courtesy,
)
from appeal_tui.core.importer.streets import (
    named_after_a_date,
    street_abbreviation,
    street_first,
)
from appeal_tui.core.importer.todo import is_todo, todo


def _rows_rejoined(blocks: list[Block]) -> list[Block]:
    """A table row read cell by cell, its salutation in the first cell ("Name / Office /
    Ministry / Salutation: ..." and then "Street / City / Country / Fax ... / E-mail ..."):
    the reader ends a block at its salutation, and the address and contacts after it make a
    block of no one. Such a block (no person, no office, no salutation of its own, but a
    contact) after one of the same role that has a salutation and no contact, address or
    number is the same recipient's rest."""
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        c = block.contacts
        if (
            above is not None
            and above.role == block.role
            and (above.salutation or above.contacts.salutation)
            and not (above.contacts.fax or above.contacts.phone or above.contacts.email)
            and not any(re.search(r"\d", ln) for ln in above.lines)
            and 2 <= len(above.lines) <= 4
            and (c.fax or c.email or c.phone)
            and not (block.salutation or c.salutation)
            and block.lines
            and not looks_like_person(block.lines[0])
            and not any(looks_like_title(ln) for ln in block.lines)
        ):
            above.lines.extend(block.lines)
            a = above.contacts
            a.fax.extend(c.fax)
            a.phone.extend(c.phone)
            a.email.extend(c.email)
            if a.twitter is None:
                a.twitter = c.twitter
            a.more_handles.extend(c.more_handles)
            continue
        out.append(block)
    return out


@dataclass
class FoundRecipients:
    """The recipients (case-file mappings, in order), where their part of the text started,
    and lines for the report."""

    recipients: list[dict[str, Any]] = field(default_factory=list)
    start: int | None = None
    checks: list[str] = field(default_factory=list)
    # The document's text with the recipient zones blanked out (for finding people).
    running_text: str = ""
    # Where each recipient's block starts, for the report's hints.
    first_lines: dict[str, Line] = field(default_factory=dict)
    # The names of the publisher's own blocks, left out (no recipient, and no one at risk).
    publisher_names: list[str] = field(default_factory=list)
    # (Round 28a) Lines above a block's who that name no one, left out of it (`interpret`).
    head_lines: list[str] = field(default_factory=list)


def recipients_start(text: str, after: int) -> tuple[int, int] | None:
    """(where the sentence introducing the recipients starts, where the recipients start)."""
    candidates: list[tuple[int, int]] = []
    start = RECIPIENTS_START.search(text, after)
    if start:
        candidates.append((start.start(), start.end()))
    heading = RECIPIENTS_HEADING.search(text, after)
    if heading:
        candidates.append((heading.start(), heading.end()))
    return min(candidates) if candidates else None


def slug(text: str) -> str:
    """ "Minister of Défense" -> "minister-of-defense" (ASCII letters, digits and hyphens)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", " ", ascii_text.lower()).split()
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > 40:
            break
        out = f"{out}-{word}" if out else word
    return out


def _unique(key: str, used: set[str]) -> str:
    candidate, n = key, 2
    while candidate in used:
        candidate = f"{key}-{n}"
        n += 1
    used.add(candidate)
    return candidate


_TO_COLON = re.compile(r"(?:\bto|\ban|\ba|à)\s*[:：]\s*", re.IGNORECASE)


def _slashed_block(text: str) -> list[str] | None:
    """The lines of an address written in a sentence with slashes between its lines."""
    if text.count("/") < 3:
        return None
    intros = list(_TO_COLON.finditer(text))
    if not intros:
        return None
    intro = intros[-1]
    parts = [p.strip(" .;") for p in text[intro.end() :].split("/")]
    if len(parts) < 4 or not all(0 < len(p) <= 80 for p in parts):
        return None
    return parts if split_country(parts[-1]) is not None else None


# Replaced in the report by where the recipient's block starts ("; look near line 12: ...").
KEY_HINT = "\x00{key}\x00"


def _publisher_contact(lines: list[Line], zone: Zone) -> bool:
    """A zone below a line that introduces the publisher's contact ("To contact the
    Observatory, call the emergency line:", "お問い合わせ"): its own address and numbers, not a
    recipient."""
    i = zone.start - 1
    while i >= 0 and lines[i].kind == "blank":
        i -= 1
    heads = [lines[k].text for k in (i, zone.start) if 0 <= k < len(lines)]
    return any(PUBLISHER_CONTACT.search(t) for t in heads)


# A mailing list's own lines, in any language: a transport header no letter prints ("List-Id:",
# "In-Reply-To:", "Message-ID:"), an mbox's "From x@y Wed Nov 5 ..." separator, a list
# server's address ("https://lists.example/mailman/listinfo/x", "LISTSERV@", "x-request@").
_LIST_MACHINERY = re.compile(
    r"^\s*(?:List-(?:Id|Unsubscribe|Post|Archive|Help|Subscribe)|In-Reply-To|References"
    r"|Message-ID|Return-Path|Received|MIME-Version|Content-Type|Content-Transfer-Encoding"
    r"|X-Mailer|X-BeenThere|Precedence)\s*:"
    r"|^From\s+\S+@\S+\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b"
    r"|/(?:mailman|pipermail)/|/listinfo/|\blistserv@|\bsympa@|[\w.]-request@",
    re.IGNORECASE,
)
# (Mend 30b) Of those, the ones an address block may print as ordinary words: a letter's
# "References: file OC/77", "Received:", "Content-Type:", an office's "foi-request@" or
# "records-request@" (a list server's is at a "lists." host: "x-request@lists.example"). Such a
# header is machinery only beside a second one; such an address, never by itself.
_LIST_MACHINERY_WEAK = re.compile(
    r"\s*(References|Received|Content-Type|Precedence)\s*:|[\w.]-request@(?!list)",
    re.IGNORECASE,
)


def _list_machinery(block: Block) -> bool:
    """A block that holds a mailing list's own lines (a digest's head with its list server's
    address, a message's transport headers): the list's, no one written to. A line an address
    block may print too (`_LIST_MACHINERY_WEAK`) counts only as said there."""
    headers: set[str] = set()
    for text in [*block.lines, *block.contacts.email]:
        for match in _LIST_MACHINERY.finditer(text):
            weak = _LIST_MACHINERY_WEAK.match(text, match.start())
            if weak is None:
                return True
            if weak.group(1):
                headers.add(weak.group(1).casefold())
    return len(headers) >= 2


def _nameless(block: Block) -> bool:
    """Lines that name no one and give no way to reach anyone (a page's title lines above
    a country): no recipient."""
    c = block.contacts
    return (
        not block.generic_diplomatic
        and interpret(block.lines).name is None
        and not (c.email or c.fax or c.phone or c.twitter or c.web)
        and block.salutation is None
    )


def _sender_head(block: Block, lines: list[Line]) -> bool:
    """A letter's head: lines that name no one and no office, right above the letter's date
    line (the sender's own address, set above the date and the inside address)."""
    if block.first_line is None or block.salutation is not None:
        return False
    who = interpret(block.lines)
    if who.title is not None or (
        # (A letter head's name is often the sender's in capitals: "HUMAN RIGHTS WATCH".)
        who.name is not None and looks_like_person(who.name) and not who.name.isupper()
    ):
        return False
    at = next((i for i, line in enumerate(lines) if line.number > block.first_line), None)
    if at is None:
        return False
    while at < len(lines) and lines[at].kind != "blank":
        at += 1
    while at < len(lines) and lines[at].kind == "blank":
        at += 1
    if at >= len(lines) or lines[at].kind != "date":
        return False
    # The inside address follows the date (a block, not running text).
    after = next((line for line in lines[at + 1 :] if line.kind != "blank"), None)
    return after is not None and after.kind in ("short", "anchor")


def _letterhead(block: Block, first_prose: int | None) -> bool:
    """Round 35e: a block above the text's first sentence (`first_prose`, a line number) that
    no heading introduced, under no copies heading, with no salutation, naming no office and no
    person in mixed case: the publisher's letterhead ("ORG NAME / Its Programme / street /
    city", "Case postale 21 – street – postcode city" over its e-mail), as `_address_inside`
    takes such a block to be. Only blocks before every recipient are judged (a page's side
    column of addresses may be read before its first sentence)."""
    if (
        first_prose is None
        or block.first_line is None
        or block.first_line + 1 >= first_prose
        or block.vouched
        or block.role != "primary"
        or block.generic_diplomatic
        or block.salutation is not None
        or not block.lines
    ):
        return False
    who = interpret(block.lines)
    if who.title is not None and looks_like_title(who.title):
        return False  # an office (a body's name in capitals read as the title is none)
    return who.name is None or who.name.isupper() or not looks_like_person(who.name)


# Round 40b: a line of a publisher's strip: three or more parts parted by a spaced middle dot,
# bar or bullet ("Street 8, City · Tel: ... · Fax: ...", "... · org.example · x@org").
_STRIP_REACH = re.compile(r"@[\w-]+\.|\b(?:www\.|https?://)|\+?\(?\d[\d ().\-/]{6,}\d")


def _strip_line(text: str) -> bool:
    """Three or more parts parted by spaced middle dots, bars or bullets, one of them a phone
    number, an e-mail or a web address: a letterhead's or a footer's line."""
    parts = [p for p in FIELD_SEPARATOR.split(text) if p.strip()]
    return len(parts) >= 3 and any(_STRIP_REACH.search(p) for p in parts)


def _publishers_marks(
    block: Block, raw: list[str], lines: list[Line], headings: frozenset[str] = frozenset()
) -> bool:
    """Round 40b: a block that names no one, under no heading and with no salutation, printed
    as the publisher prints itself: its first line stands in a line of the text that is a
    letterhead's or footer's strip (`_strip_line`; the layout parts such a line at its dots),
    or one of its lines is a copyright line. A recipient is named, or listed under a "write
    to" or copies heading; the publisher's own address is neither.
    (Mend 40b: a block right under a line the file marks as a heading (`headings`: Markdown's
    "#", HTML's <h1>-<h6>) that names an office or a person is that heading's recipient.)"""
    if (
        block.vouched
        or block.generic_diplomatic
        or block.salutation is not None
        or block.first_line is None
        or not block.lines
        or interpret(block.lines).name is not None
    ):
        return False
    head = block.lines[0].strip()
    above = next(
        (
            line.text.strip()
            for line in reversed(lines)
            if line.number <= block.first_line
            and line.kind != "blank"
            and head[:12] not in line.text
        ),
        "",
    )
    if above.endswith((":", "：")) or RECIPIENTS_START.search(above):
        return False  # "Write to the Minister at the address below:": the official's address
    if above in headings and _names_someone(above):
        return False  # "### Minister of Justice, Ms ..." over its address strip (Mend 40b)
    if any("©" in line for line in block.lines):
        return True
    return len(head) >= 8 and any(head in line and _strip_line(line) for line in raw)


def _names_someone(text: str) -> bool:
    """Mend 40b: a heading that names an office, a person or a body ("Minister of Justice,
    Ms ...", "Prosecutor General"), not a section's ("Contact us", "About")."""
    parts = [text, *(p.strip() for p in re.split(r"[,;]\s|\s[-–—|·]\s", text) if p.strip())]
    return any(
        looks_like_title(part)
        or (looks_like_person(part) and not part.isupper())
        or looks_like_organisation(part)
        or name_and_office(part)
        for part in parts
    )


def _file_reference_heads(blocks: list[Block], lines: list[Line]) -> set[int]:
    """The ids of the blocks that are a letterhead over the letter's own file reference ("TÜRK
    X BİRLİĞİ / MERKEZ KONSEYİ / street / Tel ... Faks ..." then "Sayı : 1999/AB-12
    24.03.1999"; "UNIVERSITY X / Rector / street, tel" then "L.dz. K-0101/5/2030 Town, date"):
    the text's first block, of short lines down to a file reference line followed by more of
    the letter's head, and naming no person in mixed case; the sender, whatever office or body
    it names (session 27e). Judged once per block, the cheap checks first (mend27c)."""
    # (Where a block opens: the first line numbered past its first line, by the running
    # maximum of the numbers; whether a prose line stands above it, by the first prose line.)
    highest: list[int] = []
    for line in lines:
        highest.append(max(line.number, highest[-1]) if highest else line.number)
    first_prose = next((i for i, line in enumerate(lines) if line.kind == "prose"), len(lines))
    heads: set[int] = set()
    for block in blocks:
        if block.first_line is None or block.salutation is not None:
            continue
        at = bisect.bisect_left(highest, block.first_line + 1)
        if at >= len(lines) or first_prose < at:
            continue
        if not _over_file_reference(lines, at):
            continue
        who = interpret(block.lines)
        if who.name is not None and looks_like_person(who.name) and not who.name.isupper():
            continue
        heads.add(id(block))
    return heads


def _over_file_reference(lines: list[Line], at: int) -> bool:
    """Short lines from `at` down to a file reference line with more of the letter's head
    below it."""
    for k in range(at, min(len(lines), at + 12)):
        line = lines[k]
        if line.kind == "blank":
            continue
        if is_file_reference_line(line.text):
            after = next((x for x in lines[k + 1 :] if x.kind != "blank"), None)
            return after is not None and after.kind in ("short", "anchor", "date")
        if line.kind not in ("short", "anchor"):
            return False
    return False


def _signers(lines: list[Line]) -> list[str]:
    """The lines of the letter's signature ("Yours sincerely," / "Mit freundlichen Grüßen"
    and the lines under it), folded: its signer's name."""
    return [fold(s) for s in signature_lines("\n".join(line.text for line in lines))]


def _signers_block(block: Block, signers: list[str]) -> bool:
    """A block whose person is the letter's signer (the sender's own name and address over
    the date, a head in the letter's first lines): the writer's, no recipient."""
    if not signers or block.salutation is not None or not block.lines:
        return False
    who = interpret(block.lines)
    if who.name is None or who.title is not None or not looks_like_person(who.name):
        return False
    name = fold(who.name)
    return any(
        re.search(rf"(?<!\w){re.escape(name)}(?!\w)", signer) is not None for signer in signers
    )


def _signature_spans(lines: list[Line]) -> list[tuple[int, int]]:
    """The line numbers of an e-mail's signatures: from "-- " (the signature's delimiter) up to
    the next blank line. (Mend28c: once per document, not once per block.)"""
    spans: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if line.text.strip() != "--":
            continue
        end = next((k for k in range(i + 1, len(lines)) if lines[k].kind == "blank"), len(lines))
        spans.append((lines[i].number, lines[end - 1].number))
    return spans


def _in_signature(block: Block, spans: list[tuple[int, int]]) -> bool:
    """A block that opens in an e-mail's signature: the sender's own contacts."""
    if block.first_line is None:
        return False
    return any(a <= block.first_line < b for a, b in spans)


# Round 38d: "copies of any replies", "copie des réponses", "Kopien der Antworten": a copy
# word, then a reply noun with at most five words between them, in one sentence (no stop,
# colon or semicolon between). Bounded repetition of one word and one gap, the two of
# different characters: no nested quantifier that backtracks.
_REPLY_COPY_WORD = rf"(?:{_every_word(rows.REPLY_COPY_WORDS)})"
_REPLY_NOUN = rf"(?:{_every_word(rows.REPLY_NOUNS)})"
_WORD_GAP = r"(?:[^\w\n.;:!?'’-]{1,4}[\w'’-]{1,30}){0,5}?[^\w\n.;:!?'’-]{1,4}"
_REPLY_COPY = re.compile(
    rf"(?<!\w){_REPLY_COPY_WORD}({_WORD_GAP}){_REPLY_NOUN}(?!\w)",
    re.IGNORECASE,
)


# Mend 38d: which languages each copy word is of, and per language the words that may open
# the words between it and the reply noun ("of") and the words for whom a copy goes to ("to").
_COPY_WORD_LANGUAGES: dict[str, set[str]] = {}
for _code, _words in rows.REPLY_COPY_WORDS.items():
    for _w in _words:
        _COPY_WORD_LANGUAGES.setdefault(_w.casefold(), set()).add(_code)


def _reply_words(table: dict[str, list[str]], languages: set[str]) -> set[str]:
    return {w.casefold() for code in languages for w in table.get(code, [])}


def _word_is(word: str, words: set[str]) -> bool:
    """`word` is one of `words`, or opens with an elided one of them ("d'une", "all'ambasciata")."""
    w = word.casefold()
    return w in words or any(e[-1] in "'’" and w.startswith(e) for e in words)


def _reply_copy_match(text: str) -> tuple[re.Match[str], set[str]] | None:
    """Round 38d: where the text asks for copies of the replies, and the copy word's languages:
    a copy word, then a reply noun, no name between (a word with a capital there is someone the
    copy goes to: "send a copy to the Minister asking for a reply").

    Mend 38d: the reply must be what is copied: the words between open with an "of"
    (`rows.REPLY_OF_WORDS`: "copies of any replies", "copie des réponses") or, in a language
    that says "of" by a case ending, are there without one ("kopie odpowiedzi"); none of them
    says whom the copy goes to (`rows.REPLY_TO_WORDS`). "Send copies to the embassy requesting
    a reply", "Copies to (ask for a reply)", "Kirim salinan ke kedutaan dan minta balasan" ask
    for copies to a recipient, who is asked for a reply."""
    for m in _REPLY_COPY.finditer(text):
        gap = m.group(1)
        if any(w[:1].isupper() for w in gap.split()):
            continue
        between = re.findall(r"[\w'’-]+", gap)
        if not between:
            return m, set()
        copy_word = m.group(0)[: m.start(1) - m.start()].casefold()
        languages = _COPY_WORD_LANGUAGES.get(copy_word, set())
        to_words = _reply_words(rows.REPLY_TO_WORDS, languages)
        if any(_word_is(w, to_words) for w in between):
            continue
        if _word_is(between[0], _reply_words(rows.REPLY_OF_WORDS, languages)) or (
            languages & rows.REPLY_OF_BY_CASE
        ):
            return m, languages
    return None


def _whom_copies_go_to(text: str, match: re.Match[str], languages: set[str]) -> str:
    """Mend 38d: the words of a request for copies of replies that name whom the copies go to:
    those after the last "to" word after the reply noun ("Please send copies of any replies
    you receive, including any from the OSCE, to the Velgrad Support Group": "the Velgrad
    Support Group", not "the OSCE"); the words after the reply noun without one."""
    after = text[match.end() :]
    to_words = _reply_words(rows.REPLY_TO_WORDS, languages or set(rows.REPLY_TO_WORDS))
    last = None
    for w in re.finditer(r"[\w'’-]+", after):
        if _word_is(w.group(0), to_words):
            last = w
    return after[last.end() :] if last is not None else after


# A name in capitals that opens a block ("NEAR - Network for ...", "AAAS Science ...").
_CAPITALS_HEAD = re.compile(r"[^\W\d_]{2,12}(?!\w)")


def _reply_copy_sentences(lines: list[Line]) -> list[tuple[int, int, str]]:
    """Round 38d: the sentences that ask the reader to send the publisher copies of the
    replies they receive: (first line number, last line number, the words that name whom the
    copies go to: `_whom_copies_go_to`). The sentence runs from the line the words are on to
    its stop or a blank line (four lines at most), as wrapped text.

    Mend 38d: a line that ends with a colon over a block ("Copies to (ask for a reply):",
    "Send copies to the embassy requesting a reply:"), or with the "to" word whose whom is the
    block below, is a heading, never that sentence."""
    found: list[tuple[int, int, str]] = []
    for i, line in enumerate(lines):
        if line.kind == "blank":
            continue
        end = i
        while (
            end + 1 < len(lines)
            and end - i < 3
            and lines[end + 1].kind != "blank"
            and not lines[end].text.rstrip().endswith((".", "!", "?", ":", "："))
        ):
            end += 1
        if lines[end].text.rstrip().endswith((":", "：")):
            continue
        joined = " ".join(lines[k].text.strip() for k in range(i, end + 1))
        found_match = _reply_copy_match(joined)
        if found_match is None:
            continue
        m, languages = found_match
        if m.start() >= len(line.text.strip()):
            continue
        # "Copies of your appeals and replies can be sent to" over a block: a heading too.
        last_word = re.findall(r"[\w'’-]+", line.text)[-1:]
        to_words = _reply_words(rows.REPLY_TO_WORDS, languages or set(rows.REPLY_TO_WORDS))
        if last_word and _word_is(last_word[0], to_words):
            continue
        if found and found[-1][1] >= line.number:
            continue
        found.append((line.number, lines[end].number, _whom_copies_go_to(joined, m, languages)))
    return found


def _reply_copy_target(block: Block, sentences: list[tuple[int, int, str]]) -> bool:
    """Round 38d: a block the publisher's request for copies of replies made or names: it
    opens on that sentence ("Please send copies of any replies you receive to the Panel's
    secretary, Dr X, at the address above"), or opens after it with the name in capitals the
    sentence gives ("Please send copies of any replies to ABC at abc@x.org" ... "ABC - Network
    for ..."). Whom the reader reports to is the publisher, no one the appeal writes to."""
    if block.first_line is None or not block.lines or not sentences:
        return False
    opens = block.first_line + 1
    if any(a <= opens <= b for a, b, _ in sentences):
        return True
    head = _CAPITALS_HEAD.match(block.lines[0].strip())
    if head is None or not head.group(0).isupper():
        return False
    word = re.compile(rf"(?<!\w){re.escape(head.group(0))}(?!\w)")
    return any(b < opens and word.search(text) is not None for _, b, text in sentences)


# "© 2011 Org – Section | Terms", "Copyright © 2026 Org, all rights reserved": the publisher.
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[–-]\s*\d{4})?\s*)?([^|,.\n]{3,80})",
    re.IGNORECASE,
)
# A page's title ends with its site's name: "Appeal: free X – Org" (Markdown front matter,
# an HTML <title>).
_TITLE_TAIL = re.compile(
    r"^title:\s*[\"']?.+\s[–|-]\s([^\"'\n–|]{3,60})[\"']?\s*$"
    r"|<title>[^<]*\s[–|-]\s([^<–|]{3,60})</title>",
    re.MULTILINE | re.IGNORECASE,
)
# The line that opens a forwarded message ("----- Begin forwarded message -----", "--------
# Forwarded message ---------", "-----Original Message-----").
_FORWARDED = re.compile(
    r"^[-\s]*(?:begin\s+forwarded\s+message|forwarded\s+message|original\s+message)[-\s:]*$",
    re.IGNORECASE,
)
# The author in a Markdown file's front matter.
_AUTHOR = re.compile(r"\A---\n(?:.*\n){0,30}?author:\s*[\"']?([^\"'\n]{3,80})[\"']?\s*$", re.M)
# An e-mail's sender: "From: Urgent Action Network <uan@example.org>".
_SENDER = re.compile(
    r"^[ \t]*From:[^\n@]*?<?([\w.+-]+@[\w.-]+)>?\s*$", re.MULTILINE | re.IGNORECASE
)
# Its name, when the header gives one before the address: "From: Camden Branch <x@...>".
_SENDER_NAME = re.compile(
    r"^[ \t]*From:\s*\"?([^<\n\"@]+?)\"?\s*<[^\n@]+@", re.MULTILINE | re.IGNORECASE
)


def _name_key(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", unicodedata.normalize("NFKD", text.casefold()))


@dataclass(frozen=True)
class Publisher:
    """Who published the document, as it names itself: its name in a copyright line, its
    letterhead's first line, the address an e-mail came from."""

    names: tuple[str, ...]
    heads: tuple[str, ...]
    email: str | None
    # The domains of the e-mail and web addresses in its contact strips (a page's running
    # footer: "Org · Street 8 · City · info@org.example"), shared providers left out.
    domains: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str, source: str) -> Publisher:
        """From the text read, and the file as it came (its headers and title)."""
        names = tuple(m.group(1).strip(" –-") for m in _COPYRIGHT.finditer(text))
        titled = _TITLE_TAIL.search(source[:5000])
        tail = (titled.group(1) or titled.group(2)).strip() if titled is not None else ""
        if tail and all(w[:1].isupper() for w in tail.split()):
            names += (tail,)  # a site's name; "Evening for X" ends a title that names no site
        # Markdown front matter's author ("author: Campaigns team of Org Section").
        names += tuple(m.group(1).strip() for m in _AUTHOR.finditer(source[:3000]))
        lines = text.split("\n")
        # The letterhead's first line: the text's, and a forwarded message's (the first line
        # under "----- Begin forwarded message -----" is its publisher's, as a letter's is).
        starts = [0] + [i + 1 for i, ln in enumerate(lines) if _FORWARDED.search(ln)]
        heads = tuple(
            first
            for start in starts
            if (
                first := next(
                    (ln.strip() for ln in lines[start:] if re.search(r"[^\W\d_]{2}", ln)), None
                )
            )
        )
        sender = _SENDER.search(source[:3000])
        domains: set[str] = set()
        own = {tuple(_name_key(n)) for n in (*names, *heads)}
        in_blocks = _strips_in_recipient_blocks(lines)
        for k, line in enumerate(lines):
            if contact_strip(line):
                found = strip_names(line)
                names += tuple(found)  # "Org – Its Long Name · Street 8 · Tel."
                if k not in in_blocks or any(tuple(_name_key(n)) in own for n in found):
                    # (A recipient's own line of contacts under "Write to:" is not the
                    # publisher's: its domain would drop the copy at the same office.)
                    domains |= _strip_domains(line)
        sender_name = _SENDER_NAME.search(source[:3000])
        if sender_name is not None:
            names += (sender_name.group(1).strip(),)
        return cls(
            names,
            heads,
            sender.group(1).casefold() if sender else None,
            frozenset(domains - _SHARED_DOMAINS),
        )

    def signs(self, line: str) -> bool:
        """The line is a name the publisher signs with (its copyright's, its contact strip's,
        its site's or its e-mail's sender's), of two words or more."""
        key = _name_key(line)
        return len(key) >= 2 and key in map(_name_key, self.names)

    def wrote(self, block: Block) -> bool:
        """A block that is the publisher's own contact (a footer, a letterhead, a mailing
        list's signature): its e-mail is the one the message came from, or its name is the
        publisher's (the same words, or the same first three words), and it names no office."""
        if self.email and any(_same_domain(self.email, e) for e in block.contacts.email):
            return True  # the sender's address, or another at its domain ("pbiuk@" of "alerts@")
        if not block.lines:
            return False
        if any(LEGAL_FOOTER.search(line) for line in block.lines):
            return True  # "Registered charity no. ...": a charity's own footer
        who = interpret(block.lines)
        name = who.name or block.lines[0]
        if self.signs(name):
            return True  # the very name the publisher signs with, whatever the block's title
        key = _name_key(name)
        if len(key) >= 3 and PUBLISHER_WORDS.search(name) is not None:
            for head in map(_name_key, self.heads):
                if any(head[i : i + len(key)] == key for i in range(len(head) - len(key) + 1)):
                    # "Org Irish Section" inside the page's head line ("Area: X  Org Irish
                    # Section - Urgent Actions", a bulletin board's): the publisher's name,
                    # whatever the block's first line (its name in another language).
                    return True
        if who.title is not None and not ORGANISATION_WORDS.search(who.title):
            return False  # an official's office ("Head Office" is the publisher's own)
        names = list(self.names)
        if self.heads and (
            name.isupper()
            or not looks_like_person(name)
            or any(w in _NOT_NAME_KEYS for w in key)  # "Amnesty International Slovenije"
            or PUBLISHER_WORDS.search(name) is not None  # the title's test of a letter head
        ):
            names.extend(self.heads)  # a letterhead's first line; a person there may be written to
        for other in map(_name_key, names):
            if key == other or (len(key) >= 3 and len(other) >= 3 and key[:3] == other[:3]):
                return True
            if len(key) >= 3 and len(other) > len(key) and other[-len(key) :] == key:
                return True  # "Org Section" that ends "Campaigns team of Org Section"

        return False


_NOT_NAME_KEYS = frozenset(_name_key(" ".join(NOT_NAME_WORDS)))
# Providers whose addresses are anyone's: the same domain says nothing about who wrote.
_SHARED_DOMAINS = frozenset(
    "gmail.com googlemail.com yahoo.com hotmail.com outlook.com aol.com gmx.de web.de".split()  # noqa: SIM905
)


# A web address alone as a part of a contact strip ("www.org.example", "org.example/actions").
_WEB_PART = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]{1,63}\.){1,5}[a-z]{2,24})(?:/\S*)?")


def _titles_agree(first: Block, again: Block) -> bool:
    """The office of a block named again with initials is the first block's, in whatever
    case ("Генеральному прокурору" of "Генеральный прокурор"): as many words, each opening
    with the other's first letters (four, or the shorter word). No office: they agree."""
    a = interpret(first.lines).title if first.lines else None
    b = interpret(again.lines).title if again.lines else None
    if not a or not b:
        return True
    wa, wb = a.casefold().split(), b.casefold().split()
    return len(wa) == len(wb) and all(
        x[: min(4, len(x), len(y))] == y[: min(4, len(x), len(y))]
        for x, y in zip(wa, wb, strict=True)
    )


def _strips_in_recipient_blocks(lines: list[str]) -> set[int]:
    """The indices of the contact strips that stand in a write-to or copies block: in a
    paragraph that a write-to or copies heading opens or that follows one, or a paragraph of
    one line right under such a heading or under another such paragraph (a run of one-line
    recipients). A strip printed twice or more (a page's running line) is never one, nor a
    one-line paragraph after a block of several lines (a footer under the last recipient)."""
    from appeal_tui.core.importer.layout import classify

    counts: dict[str, int] = {}
    for line in lines:
        counts[line.strip()] = counts.get(line.strip(), 0) + 1
    out: set[int] = set()
    zone, previous = False, ""
    k = 0
    while k < len(lines):
        if not lines[k].strip():
            k += 1
            continue
        start = k
        while k < len(lines) and lines[k].strip():
            k += 1
        para = range(start, k)
        kinds = [classify(i, lines[i].strip()).kind for i in para[:1]]
        if kinds[0] in ("write-to", "copies"):
            zone, previous = True, "heading"
            if len(para) == 1:
                continue
            members = list(para)
        elif not zone:
            continue
        elif len(para) == 1:
            if previous not in ("heading", "one") or not contact_strip(lines[start]):
                zone = False
                continue
            members, previous = [start], "one"
        else:
            members, previous = list(para), "block"
        out.update(i for i in members if counts[lines[i].strip()] < 2)
    return out


def _strip_domains(line: str) -> set[str]:
    """The domains of a contact strip's e-mail and web addresses ("... · info@org.example ·
    www.org.example"): the publisher's own."""
    domains = {m.group(0).casefold().rpartition("@")[2] for m in EMAIL.finditer(line)}
    for part in re.split(r"\s+[·|•–—]\s+", line):
        web = _WEB_PART.fullmatch(part.strip().casefold())
        if web is not None:
            domains.add(web.group(1))
    return domains


def _same_domain(sender: str, email: str) -> bool:
    """The same address, or one at the sender's domain or a domain around it ("pbiuk@pbi.org"
    beside "alerts@lists.pbi.org"), not a provider's."""
    a, b = sender.rpartition("@")[2], email.casefold().rpartition("@")[2]
    if sender == email.casefold():
        return True
    if not a or not b or a in _SHARED_DOMAINS or b in _SHARED_DOMAINS:
        return False
    return a == b or a.endswith(f".{b}") or b.endswith(f".{a}")


def _at_domains(block: Block, domains: set[str]) -> bool:
    """A block whose every e-mail address is at one of `domains`."""
    emails = [e.casefold().rpartition("@")[2] for e in block.contacts.email]
    return bool(emails) and all(e in domains for e in emails)


def _amid_address(lines: list[Line], index: int, start: int, end: int) -> bool:
    """The date-like line at `index` stands between two short lines of a block, the line
    under it a postcode's ("Av 18 de Julio 1825" over "11200 Montevideo"): a street named
    after a date, no letter's date line (which a blank line or the text's edge parts)."""
    if not start < index < end - 1:
        return False
    above, below = lines[index - 1], lines[index + 1]
    return (
        above.kind in ("short", "anchor")
        and below.kind in ("short", "anchor")
        and re.match(r"\d{4,6}\s+[^\W\d_]|[^\W\d_][^\d,]{1,40}\s\d{4,6}$", below.text.strip())
        is not None
    )


def _who_and_street(text: str) -> bool:
    """A comma run of three parts or more: a person named first (with an honorific) or after
    their office, a house number later (a body's own address, a publisher's footer, names no
    one)."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    return (
        len(parts) >= 3
        and not re.search(r"\d", parts[0] + parts[1])
        and any(re.match(r"\d", p) or re.search(r"\s\d", p) for p in parts[2:])
        and (
            HONORIFIC_START.match(parts[0]) is not None
            or (looks_like_title(parts[0]) and looks_like_person(parts[1]))
        )
    )


def _running_text(line: str) -> bool:
    """A line of a sentence, not of an address: a question, or three words or more in lower
    case (in scripts that have capitals)."""
    lower = [w for w in line.split() if w[:1].isalpha() and w[:1].islower()]
    return "?" in line or len(lower) >= 3


def _nameless_remark(entry: dict[str, Any]) -> bool:
    """A copy with no name, office or body, whose lines are mostly the rest of a sentence
    ("Any news? Tell our office, ...", "... or by post to the office ...") and name no
    country: the publisher's own contact after the copies, not a recipient."""
    address = [str(a) for a in entry.get("address") or []]
    return (
        entry["role"] == "copy"
        and is_todo(entry["name"])
        and not entry.get("title")
        and not entry.get("organisation")
        and not entry.get("country")
        and bool(address)
        and 2 * sum(_running_text(a) for a in address) > len(address)
    )


def _no_ones_name(entry: dict[str, Any]) -> bool:
    """A name that names no one: only a greeting's word ("Tisztelt", "Dear"), a letter's
    closing ("In solidarity", "Sincerely"), a country or region alone (CLDR, every language),
    a sentence's lowercase end ("votre pays."), or no two letters in a row ("J(")."""
    name = str(entry["name"])
    if is_todo(name):
        return False
    bare = name.strip(" .,;:!")
    greeting = SALUTATION_START.match(bare + ",")
    return (
        (greeting is not None and not bare[greeting.end() :].strip())
        or LETTER_CLOSING.match(bare) is not None
        or SIGN_OFF.fullmatch(bare) is not None
        or is_territory_name(bare)
        # (Round 27b: after its courtesy word, "г-ну Примерову А. В." is a name.)
        or (
            name[:1].islower()
            and name.rstrip().endswith(".")
            and HONORIFIC_START.match(name) is None
        )
        # (Vowel signs and other marks between letters are letters of the word here: a Khmer
        # or Burmese name may have no two letters in a row, "ហ៊ុន".)
        or re.search(r"[^\W\d_]{2}", _without_marks(name)) is None
    )


def _without_marks(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) not in ("Mn", "Mc"))


_PHONE_LINE = re.compile(r"\+?[\d\s().\-–—/]{7,}")


def _nameless_numbers(entry: dict[str, Any]) -> bool:
    """No name, office, body, country, e-mail or fax, and no address line with a house's or
    a postcode's number (only phone numbers and words): a number split from the block above
    it, or a fax cover's header, with nothing to write to."""
    address = [str(a).strip(" –—-") for a in entry.get("address") or []]
    return (
        is_todo(entry["name"])
        and not any(entry.get(k) for k in ("title", "organisation", "country", "email", "fax"))
        and not any(re.search(r"\d", a) and not _PHONE_LINE.fullmatch(a) for a in address)
    )


def _under_copies_heading(block: Block, lines: list[Line]) -> bool:
    """The block's first line comes right under a copies heading of its own line ("Copies:",
    "COPIES TO:" over a rule line): blank lines and a rule line between them at most."""
    if block.first_line is None:
        return False
    index = next((i for i, line in enumerate(lines) if line.number - 1 == block.first_line), None)
    if index is None:
        return False
    above = index - 1
    while above >= 0 and (lines[above].kind == "blank" or not re.search(r"\w", lines[above].text)):
        above -= 1
    return above >= 0 and lines[above].kind == "copies" and len(lines[above].text) <= 40


def _who_then_address(text: str) -> bool:
    """A comma run of three parts or more that a block would print a line each: whom to write
    to first (a person, an office or a body, no figure in it, no sentence), a house number or
    a postcode in a later part, no sentence after it ("..., City, please tell us ...") and
    no cut (an ellipsis)."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    at = next((i for i, p in enumerate(parts) if i and _address_part(p)), None)
    return (
        len(parts) >= 3
        and at is not None
        and not re.search(r"\d", parts[0])
        and not _running_text(parts[0])
        and _who_line(parts[0])
        and not any(_running_text(p) for p in parts[at:])
        # (A teaser cut off mid-address, "Calle X 1, Edif … Read more": not finished.)
        and "…" not in text
        and "..." not in text
    )


# Mend 39b: a reference, a case or a file number in a comma run ("quoting UA 045/2026",
# "ref. 12034", "Case No. 4411"): its label, or a number sign before it.
_REFERENCE_WORD = re.compile(
    r"(?i)(?<![^\W_])(?:ua|au|ref|refs|reference|réf|référence|referencia|referência|referenz"
    r"|az|aktenzeichen|quoting|quote|citing|index|case|file|dossier|expediente|caso|no|nr|nº"
    r"|n°|num|number|nummer|numéro|número)(?![^\W_])|[#№]"
)


def _address_part(part: str) -> bool:
    """A part of a comma run that is a street with its number or a postcode with its place
    ("12 Harbour Street", "Tolvane 1100"), not a date, and no reference, case or file number
    ("quoting UA 045/2026", "ref. 12034"): a postcode stands with its place's name."""
    if re.search(r"\d", part) is None or _months_in(part):
        return False
    if _street_line(part):
        return True
    # (Mend 39b: the number is no code's part, "045/2026"; a word of a place stands by it,
    # and no reference's label.)
    code = re.search(r"(?<![\d/])\d{4,6}(?![\d/])", part)
    rest = part[: code.start()] + " " + part[code.end() :] if code else ""
    return (
        code is not None
        and re.search(r"[^\W\d_]{2}", rest) is not None
        and _REFERENCE_WORD.search(rest) is None
    )


def _introduced_by_copies(block: Block, lines: list[Line]) -> bool:
    """The block's first line is a copies line itself ("Copies to: X, street, city") or comes
    right under a copies heading."""
    if block.first_line is None:
        return False
    at = next((line for line in lines if line.number - 1 == block.first_line), None)
    return (
        at is not None and (at.kind == "copies" or copy_opener(at.text) is not None)
    ) or _under_copies_heading(block, lines)


def _kept(block: Block) -> bool:
    """A block that is a recipient: an embassy in your country, or lines with fields, a
    finished address, a salutation, or a "write to" heading above them."""
    return block.generic_diplomatic or bool(
        block.lines
        and (
            block.has_fields
            or block.finished_address()
            or block.salutation
            or block.vouched
            # "cc: Ms X, Minister of Justice": a copy named with its office is enough.
            or (block.role == "copy" and len(block.lines) == 1 and name_and_office(block.lines[0]))
        )
    )


def _sentence_head(line: str) -> bool:
    """A block's first line that is a sentence, not a body's name: running text with a word
    in small letters other than those that join a name ("Embassy of the Republic of X")."""
    return _running_text(line) and any(
        w[:1].islower() and w not in NAME_JOINS for w in line.split()
    )


def _embassy_of_aside(blocks: list[Block], text: str, case_country: str | None) -> None:
    """Round 40a: a copy to "the diplomatic representatives of X in your country", then an
    aside that names one of them with its address ("(in Norway: Embassy of X, 14 Y Street,
    City PC)", "Readers in Z: the X Embassy is at ..."): that embassy replaces the generic copy,
    as an embassy's block under the copy line does. Only when no embassy was read already.
    (When the aside sits right under the copy line, the block reader takes it for the
    embassy's block, a sentence as its first line: it is read as the aside instead.)"""
    said = DIPLOMATIC.search(text)
    if said is None or any(
        b.role == "copy"
        and not b.generic_diplomatic
        and is_embassy(b)
        and _kept(b)
        and not _sentence_head(b.lines[0])
        for b in blocks
    ):
        return
    at = next((n for n, b in enumerate(blocks) if b.generic_diplomatic), None)
    if at is None:
        at = next(
            (
                n
                for n, b in enumerate(blocks)
                if b.role == "copy" and b.lines and is_embassy(b) and _sentence_head(b.lines[0])
            ),
            None,
        )
    if at is None:
        return
    # The copy line's country, whose embassies alone the aside may name (mend 40a).
    line_start = text.rfind("\n", 0, said.start()) + 1
    after = text[said.end() : said.end() + 120]
    end = re.search(r"\.\s|\n\s*\n|[(\[]", after)
    line = text[line_start : said.end()] + (after[: end.start()] if end else after)
    keys = country_keys(line)
    # "... accredited to your country": of the appeal's country (the document's count of
    # countries found it), when the text above the line names it; not merely the longest
    # country named there.
    above = count_countries([(text[: said.start()], 1)]) if case_country else None
    appeal = case_country if country_in(line) is None and above and case_country in above else None
    if appeal is not None:
        keys += country_keys(english_name(appeal))
    named = [b for b in embassy_aside(text[said.end() :], keys) if _kept(b)]
    if named:
        named[0].first_line = blocks[at].first_line
        blocks[at : at + 1] = named


def _who_line(text: str) -> bool:
    """A line that names whom a block is written to: a person, an office or a body, or a
    person with their office ("X, Minister of Y")."""
    return bool(
        looks_like_person(text)
        or looks_like_title(text)
        or looks_like_organisation(text)
        or name_and_office(text)
    )


# Lines a block may have taken in from the text around it: one above, two below.
_MAX_HEAD_TAKEN, _MAX_TAIL_TAKEN = 1, 2


def _address_inside(block: Block, first_prose: int | None) -> None:
    """A block that is no recipient as read, but holds a whole postal address: whom to
    write to (a person, an office, a body) on its first line or two, then lines down to a
    country or a postcode and place, with a line or two of the text round it taken in (a
    heading or an introduction above, "Main letter", "... write to the minister:"; a remark
    below, on postage or on a copy). The block is cut to the address, the contact lines
    below it kept (an e-mail, a fax), and is a recipient (round 33c). A block above the
    text's first sentence (`first_prose`, a line number) is a letterhead: the sender's."""
    lines = block.lines
    if (
        _kept(block)
        or block.generic_diplomatic
        or not 3 <= len(lines) <= 12
        or first_prose is None
        or block.first_line is None
        or block.first_line + 1 < first_prose
    ):
        return
    start = 0
    if lines[0].rstrip().endswith((":", "：")) or (
        not _who_line(lines[0]) and len(lines) > 1 and _who_line(lines[1])
    ):
        start = 1
    if start > _MAX_HEAD_TAKEN or not (
        _who_line(lines[start]) or (start + 1 < len(lines) and _who_line(lines[start + 1]))
    ):
        return
    end = None
    for i in range(len(lines) - 1, start + 1, -1):
        if Block(block.role, lines=lines[start : i + 1]).finished_address():
            end = i
            break
    if end is None:
        return
    tail = lines[end + 1 :]
    contacts = [t for t in tail if _contact_line(t)]
    if len(tail) - len(contacts) > _MAX_TAIL_TAKEN or start + len(tail) == 0:
        return
    block.lines = lines[start : end + 1] + contacts
    block.vouched = True


def _paragraphs(lines: list[Line]) -> list[tuple[int, int]]:
    """[start, end) of each run of non-blank lines."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for i, line in enumerate([*lines, Line(0, "", "blank")]):
        if line.kind == "blank":
            if start is not None:
                out.append((start, i))
            start = None
        elif start is None:
            start = i
    return out


def _opens_sentence(part: list[Line]) -> bool:
    """A short paragraph that opens with "send copies to the ...", "Com cópia para a ...",
    "Write also to the ...": a sentence, not a heading with a colon ("Copies to:", "Write to:
    Minister X, ...", which the block reader reads)."""
    first = part[0].text
    start = COPIES.search(first)
    if start is None or start.start() > 20:
        return len(part) <= 4 and opens_with_recipient(first)
    return len(part) <= 4 and ":" not in first[: start.end() + 2] and not first.endswith(":")


_LIST_ITEM = re.compile(r"\s*(?:[*•·▪◦‣\-–—]|\d{1,2}[.)])\s")


def _sentences(part: list[Line]) -> bool:
    """Lines that read as sentences: one sends letters to someone, or two words in five or
    more begin with a small letter (an address flattened on one line has few)."""
    if any(re.match(r"\s*(?:[*•·▪◦‣\-–—]|\d{1,2}[.)])\s", line.text) for line in part):
        return False  # a list's items, each a block on one line
    if any(FIELD_LABEL.match(line.text.strip()) for line in part):
        return False  # "Fax : 01 ... – Courriel : ...": a block's field line
    if sends_to(part[0].text):
        return True
    text = " ".join(line.text for line in part)
    if not re.search(r"[^\W\d_]{3}\.\s+[^\W\d_]", text):
        return False  # no sentence ends in it
    words = [w for line in part for w in line.text.split() if w[:1].isalpha()]
    return 5 * sum(1 for w in words if w[:1].islower()) >= 2 * len(words)


def _run_goes_on(last: str, following: str) -> bool:
    """A paragraph that ends in a line-break sign goes on in the next one when that one goes
    on as the run's fields ("Hanoi, Vietnam —" / "fax: ..."), or, while the run is not
    complete yet (no country, e-mail or field closes it), as the parts of its address. A
    story's paragraph after a complete run stays apart."""
    from appeal_tui.core.importer.run_parts import complete_before, part_shape

    first = re.split(r"[,;]|\s[–—·|]\s", following.strip(), maxsplit=1)[0]
    shape = part_shape(first)
    if shape == "field":
        return True
    done = complete_before(re.split(r"\s[–—·|]\s", last.rstrip(" –—·|"))[-1])
    return not done and shape in ("country", "place", "street")


def _sentence_recipients(
    lines: list[Line], language: str = ""
) -> tuple[dict[int, list[Block]], set[int]]:
    """Recipients given in paragraphs of running text ("Please send appeals to the Minister of
    Justice, Mr X, at ..., or by email to ...", "Com cópia para a Embaixada ..., e para a
    Comissão ..."), by the paragraph's first line, and the lines those paragraphs cover."""
    found: dict[int, list[Block]] = {}
    covered: set[int] = set()
    paragraphs = _paragraphs(lines)
    for n, (start, end) in enumerate(paragraphs):
        if start in covered:
            continue
        if (
            n + 1 < len(paragraphs)
            and re.search(r"\s[–—·|]$", lines[end - 1].text.rstrip())
            and _run_goes_on(lines[end - 1].text, lines[paragraphs[n + 1][0]].text)
        ):
            # "..., Hanoi, Vietnam —" / "fax: ...": a run whose sign for a line break ends the
            # paragraph goes on in the next one (a PDF's wide space between its lines).
            end = paragraphs[n + 1][1]
        whole = lines[start:end]
        # A sentence that sends, then the asks as a list: the list is no part of it.
        end = next(
            (
                start + k
                for k, line in enumerate(whole)
                if k >= 2 and _LIST_ITEM.match(line.text) and sends_to(whole[0].text)
            ),
            end,
        )
        part = [line for line in lines[start:end] if line.kind != "blank"]
        # Running text: mostly sentences, or a "copies to" line that goes on as one (a block
        # of short lines, or a PDF page without blank lines, is not a paragraph).
        prose = sum(1 for line in part if line.kind == "prose")
        # A sending line over a block with a field line of its own ("Пишите Генеральному
        # прокурору ...\nName\nStreet ...\nФакс: ..."), no line of it running text: the
        # block reader reads it. (A sentence wrapped over lines, "..., Tansania,\nFax: ...",
        # has lines of running text, or a sign that goes on before its field.)
        block_under = (
            not part[0].text.rstrip().endswith(",")
            # (Round 29a: "... Сидорову по адресу: ул. X, 14, ...\nОбращение: ...": the words for
            # "at the address" put the address inside the sentence, whatever field follows.)
            and not says_address_follows(" ".join(line.text for line in part))
            and all(line.kind != "prose" for line in part)
            and any(
                FIELD_LABEL.match(line.text.strip())
                and not before.text.rstrip().endswith((",", ";", ":", "—", "–", "-", "|", "·"))
                for before, line in pairwise(part)
            )
        )
        colon_named = (
            len(part) >= 2
            and part[0].text.rstrip().endswith((":", "："))
            and sends_to(part[0].text)
            and _names_one(part[0].text, language)
        )
        running = (
            len(part) <= 12
            and (
                2 * prose >= len(part)
                or (_opens_sentence(part) and not block_under)
                # "Please write ... to the following officials: the Minister of X, Mr Y (email:
                # ...); ...": a sentence that goes on over lines with fields in brackets.
                or (
                    len(part) >= 2
                    and not block_under
                    and part[0].kind in ("prose", "short")
                    and not part[0].text.endswith((":", "："))
                    and (
                        sends_to(part[0].text)
                        # (whom wrapped to the next line: "... aan president X\nY – Palacio ...")
                        or sends_to_from(part[0].text, part[1].text)
                    )
                )
                # A sentence of eight words or more that sends, on a line that also reads as an
                # address ("Kopiju pošaljite ministru X (Ministarstvo ..., 220030 Minsk, ...)").
                # A first line that ends with a colon ("Send a message by 30 May to:") opens a
                # list of entries, a recipient a line, which the block reader reads.
                or (
                    all(len(line.text.split()) >= 8 for line in part)
                    and not part[0].text.rstrip().endswith((":", "："))
                    and _sentences(part)
                )
                # (Round 29a: a sentence that sends and gives the address after the words for
                # "at the address", "Письма направляйте ... по адресу: ул. ...", whatever kind
                # its lines were read as.)
                or (sends_to(part[0].text) and says_address_follows(part[0].text))
                # (Round 29a: a sending line that names an office and a person and ends with a
                # colon, "Копии направляйте Уполномоченному ... Петру Y:", over the lines of
                # their address: read with those lines, `_block_under_colon`.)
                or colon_named
                # (Session 26a: the same under a short heading of its own with no blank line
                # between, "Призывы к действию\nПишите до ... Генеральному прокурору ...: ул. ...".)
                or (
                    len(part) >= 2
                    and part[0].kind == "short"
                    and not part[0].text.rstrip().endswith((":", "：", ",", ";"))
                    and all(len(line.text.split()) >= 8 for line in part[1:])
                    and not part[1].text.rstrip().endswith((":", "："))
                    and sends_to(part[1].text)
                    and _sentences(part[1:])
                )
            )
        )
        text = "\n".join(line.text for line in part)
        # (Session 25 mend: a short Russian, Ukrainian, Belarusian sentence that sends names
        # whom in the dative, "Напишіть Генеральному прокурору X Олегу Y, вул. ...": read as a
        # sentence, whose office and name it parts.)
        # (Round 34b: in any language, a short sentence that sends and gives an address run of
        # two commas or an e-mail address, "Skicka en kopia till X, Street 7, 181 47 City.",
        # "Envie uma cópia ao X, pelo e-mail x@y.")
        # (Mend 34b: and that asks the reader to send or gives an address: "Letters were sent
        # to the governor, Mr X Y, in 2025." and "Our thanks go to the minister, Dr. X Y, who
        # met us." tell what was done.)
        short = len(text) <= 100 and not (
            sends_to(part[0].text)
            and (text.count(",") >= 2 or EMAIL.search(text) is not None)
            and (asks_to_send(text) or gives_address(text))
        )
        if not running or short or REPORT_BACK.search(text):
            continue
        blocks = paragraph_blocks(part[0].text if colon_named else text, language)
        if blocks:
            for block in blocks:
                block.first_line = lines[start].number - 1
            found[start] = blocks
            covered.update(range(start, end))
    _complete_named(lines, found, covered)
    _salutation_paragraph(lines, found, covered)
    return found, covered


def _salutation_paragraph(
    lines: list[Line], found: dict[int, list[Block]], covered: set[int]
) -> None:
    """A recipient named in a sentence, then a paragraph that is only a labelled salutation
    ("Обращение: Уважаемый Генеральный прокурор", "Anrede: Sehr geehrter Herr Minister"):
    that recipient's salutation (session 25 mend; the block reader never sees the line)."""
    from appeal_tui.core.importer.passed_on import labelled_salutation

    paragraphs = _paragraphs(lines)
    for n, (start, _end) in enumerate(paragraphs):
        if start not in found or n + 1 >= len(paragraphs):
            continue
        a, b = paragraphs[n + 1]
        if b - a != 1 or a in covered or a in found:
            continue
        greeting = labelled_salutation(lines[a].text)
        if greeting is None or not lines[a].text.rstrip(" .").endswith(greeting.rstrip(" .")):
            continue
        target = next(
            (
                block
                for block in reversed(found[start])
                if block.role == "primary" and not block.generic_diplomatic
            ),
            None,
        )
        if target is not None and target.salutation is None:
            target.salutation = greeting
            covered.add(a)


def _names_one(text: str, language: str) -> bool:
    """Whether the sentence `text` names one recipient by office and name only."""
    blocks = paragraph_blocks(text, language)
    return len(blocks) == 1 and named_only(blocks[0])


def _block_under_colon(
    lines: list[Line], start: int, paragraphs: list[tuple[int, int]], block: Block
) -> bool:
    """ "Копии направляйте Уполномоченному ... Ольге Смирновой:" / "Office of X" / "Street 8"
    / "City 010000" / "E-mail: x@y", "Send copies to the Minister of X, Ana Vzor:" over the
    same: a sentence that names an office and a person and ends its line with a colon, then,
    in the same paragraph, the lines of an address block; they are that person's address and
    fields (round 29a). False when no such lines follow."""
    end = next((b for a, b in paragraphs if a == start), start)
    colon = next(
        (k for k in range(start, end) if lines[k].text.rstrip().endswith((":", "："))), None
    )
    if colon is None or colon + 1 >= end:
        return False
    under = [line.text.strip() for line in lines[colon + 1 : end]]
    if len(under) > 8 or any(line.kind == "prose" for line in lines[colon + 1 : end]):
        return False
    reader = BlockReader(strict=True)
    for text in under:
        reader.read_line(text)
    reader.close()
    if len(reader.blocks) != 1:
        return False
    read = reader.blocks[0]
    address = any(re.search(r"\d", ln) or split_country(ln) is not None for ln in read.lines)
    if not address or not read.lines:
        return False
    block.lines.extend(read.lines)
    if read.has_fields:
        merge_fields(block, read)
    return True


def _complete_named(lines: list[Line], found: dict[int, list[Block]], covered: set[int]) -> None:
    """A recipient named by office and name in a sentence ("Schrijf ... aan de procureur-
    generaal, X.") takes the e-mail, fax and postal address the next paragraphs give, up to
    the next one that names a recipient; named and reached nowhere, it is no block."""
    paragraphs = _paragraphs(lines)
    for start in list(found):
        for block in [b for b in found[start] if named_only(b)]:
            if _block_under_colon(lines, start, paragraphs, block):
                continue
            after = [(a, b) for a, b in paragraphs if a > start][:6]
            texts: list[str] = []
            for a, b in after:
                if a in found:
                    break
                texts.append(" ".join(line.text for line in lines[a:b]))
                covered.update(range(a, b))
            complete_named(block, " ".join(texts))
            if not block.has_fields and len(block.lines) <= 2:
                found[start].remove(block)
        if not found[start]:
            del found[start]


def _before_fields(text: str) -> str:
    label = FIELD_LABEL.search(text)
    return text[: label.start()] if label else text


def _semicolon_runs(lines: list[Line], start: int, end: int, consumed: set[int]) -> dict[int, str]:
    """A recipient written as a run parted by semicolons and wrapped over lines ("Office:
    Name; body; street; ...\n...; city; country. Fax: ... Salutation: ..."): the run joined
    on its first line (the lines after it map to "", already read)."""
    out: dict[int, str] = {}
    i = start
    while i < end:
        text = lines[i].text
        if (
            # (Semicolons between labelled fields, "E-mail: x; Twitter: @y", part no run.)
            "; " in _before_fields(text)
            and i not in consumed
            and lines[i].kind != "prose"
            and not text.endswith((".", ":", "："))
        ):
            j, parts = i, [text]
            while (
                j + 1 < end
                and lines[j + 1].kind != "blank"
                and j + 1 not in consumed
                and len(parts) < 5
            ):
                j += 1
                parts.append(lines[j].text)
                if lines[j].text.endswith("."):
                    break
            if j > i:
                out[i] = " ".join(parts)
                out.update(dict.fromkeys(range(i + 1, j + 1), ""))
            i = j + 1
        else:
            i += 1
    return out


def _in_order(blocks: list[Block], more: list[Block]) -> list[Block]:
    """The blocks of both lists in the order of the document (blocks without a line of their
    own stay after the one before them)."""
    keyed: list[tuple[int, int, Block]] = []
    last = -1
    for n, block in enumerate([*blocks, *more]):
        if block.first_line is not None:
            last = block.first_line
        keyed.append((block.first_line if block.first_line is not None else last, n, block))
    return [block for _, _, block in sorted(keyed, key=lambda k: (k[0], k[1]))]


_RUNNING_HEAD = re.compile(
    r"\b(?:UA|AU|EXTRA)\s*[:\-]?\s*\d{1,4}\s*[/.]\s*\d{2,4}\b|\bIndex\s*[:：]", re.IGNORECASE
)
_COPY_MARK = re.compile(
    r"\s*[(\[](?:"
    + "|".join(
        sorted(
            {re.escape(n).replace("\\ ", r"\s+") for ns in rows.COPY_NOTES.values() for n in ns},
            key=len,
            reverse=True,
        )
    )
    + r")[)\]]\s*$",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[\"“„«]\s*([^\"”“»\n]{2,60}?)\s*[,:]?\s*[\"”“»]")


_ACRONYM = re.compile(r"(?:the\s+)?([A-Z][A-Z&]{1,7})")


def _spelled_out(line: str, text: str) -> str:
    """A body named only by its initials ("the NWU") is named as the text defines them
    ("Example Workers' Union (EWU)"): words whose capitals give the initials, then them in
    brackets."""
    acronym = _ACRONYM.fullmatch(line.strip(" .,;:"))
    if acronym is None:
        return line
    letters = acronym.group(1).replace("&", "")
    for m in re.finditer(
        rf"((?:[^\W\d_][\w'’.-]*\s+){{1,8}})\(\s*{re.escape(acronym.group(1))}\s*\)", text
    ):
        words = m.group(1).split()
        capitals = [w for w in words if w[:1].isupper()]
        # The last capitals, as many as the initials, must spell them.
        if (
            len(capitals) >= len(letters)
            and "".join(w[0] for w in capitals[-len(letters) :]) == letters
        ):
            start = words.index(capitals[-len(letters)])
            return f"{' '.join(words[start:])} ({acronym.group(1)})"
    return line


def _shared_salutations(blocks: list[Block]) -> None:
    """'Salutation: "Dear Governor" and "Dear Prosecutor"' after several blocks (a table of
    contacts, then one line for all): the greetings in the order of the blocks before it."""
    for n, block in enumerate(blocks):
        several = len(_QUOTED.findall(block.salutation or "")) >= 2 or " / " in (
            block.salutation or ""
        )
        if block.shared_greeting and block.salutation and not several:
            # One greeting printed after the blocks: every official above without one.
            before = [
                b
                for b in blocks[:n]
                if b.role == "primary" and not b.generic_diplomatic and b.salutation is None
            ]
            if before and SALUTATION_START.match(block.salutation + ","):
                for target in before:
                    target.salutation = block.salutation
                if block.role == "copy":
                    block.salutation = None
                continue
        quoted = _QUOTED.findall(block.salutation or "")
        if len(quoted) < 2:
            # "Tratamiento: Señora Fiscal General / Señor Procurador": parted by slashes.
            quoted = [p.strip() for p in (block.salutation or "").split(" / ")]
            if len(quoted) < 2 or not all(SALUTATION_START.match(p) for p in quoted):
                continue
        before = [b for b in blocks[: n + 1] if b.role == "primary" and not b.generic_diplomatic]
        before = [b for b in before if b.salutation is None or b is block][-len(quoted) :]
        if (
            " / " in (block.salutation or "")
            and _in_languages(quoted)
            and _translated(quoted)
            and not _each_fits(quoted, before)
        ):
            # (Round 39e) "Dear Minister / Sehr geehrte Frau Ministerin": one greeting
            # printed in two languages, the block's own, not one for each official. (Mend
            # 39e) Not when each part fits the official it would go to ("Geachte minister /
            # Monsieur le Ministre" after two ministers), nor when the parts name different
            # offices ("Dear Minister / Madame la Directrice générale").
            continue
        if len(before) == len(quoted):
            for target, greeting in zip(before, quoted, strict=True):
                target.salutation = greeting
            if block.role == "copy":
                block.salutation = None  # the line after a copy's block is the officials'


# Abbreviations that open a greeting in several languages ("Sr." and "Sra." in Spanish and
# Portuguese, "Dr." nearly everywhere): the word after them tells the language (mend 39e).
_SHARED_ABBREVIATIONS = frozenset({"sr", "sra", "srta", "sres", "dr", "dra", "d", "dª"})


def _part_language(part: str) -> str:
    """The language a greeting's words tell, without its region ("pt-PT" is "pt"); "?"
    when they tell none, as after an abbreviation several languages share."""
    words = part.split()
    while words and words[0].casefold().rstrip(".") in _SHARED_ABBREVIATIONS:
        words = words[1:]
    if not words:
        return "?"
    return salutation_language(" ".join(words), "?").split("-")[0]


def _in_languages(parts: list[str]) -> bool:
    """Greetings parted by slashes whose first words tell two languages ("Dear Minister /
    Sehr geehrte Frau Ministerin"): maybe the same greeting in each, not one per official.
    A regional variant is the same language ("Exmo. Senhor" and "Senhora" are both
    Portuguese), and an abbreviation shared by languages ("Sr.") tells none (mend 39e)."""
    known = {_part_language(p) for p in parts} - {"?"}
    return len(known) >= 2


def _office_names(text: str) -> list[str]:
    """The words of a greeting or an official's lines that can name an office: without
    accents and case, of four letters or more, not the words a greeting opens with."""
    folded = _without_marks(unicodedata.normalize("NFKD", text.casefold()))
    words = re.findall(r"[^\W\d_]+", folded)
    return [w for w in words if len(w) >= 4 and not opens_salutation(w)]


def _same_stem(a: str, b: str) -> bool:
    """ "minister" and "ministre", "premierminister"; "presidente" and "president"."""
    return a[:5] in b or b[:5] in a


def _translated(parts: list[str]) -> bool:
    """The parts greet the same office, each in its language: every two share an office
    word's stem ("Dear Prime Minister / Sehr geehrter Herr Premierminister"), or a part has
    none ("Your Excellency / Exzellenz"). Not "Dear Minister / Madame la Directrice
    générale", two offices (mend 39e)."""
    words = [_office_names(p) for p in parts]
    if any(not w for w in words):
        return True
    return all(
        any(_same_stem(a, b) for a in words[i] for b in words[j])
        for i in range(len(words))
        for j in range(i + 1, len(words))
    )


def _each_fits(parts: list[str], officials: list[Block]) -> bool:
    """Each part names the office of the official it would go to, in order ("Sehr geehrter
    Herr Bundesrat / Madame la Conseillère fédérale" after a Bundesrat and a Conseillère
    fédérale): one greeting for each, whatever their languages (mend 39e)."""
    if len(officials) != len(parts):
        return False
    for part, official in zip(parts, officials, strict=True):
        own = _office_names(" ".join(official.lines))
        if not any(_same_stem(a, b) for a in _office_names(part) for b in own):
            return False
    return True


def _greetings_from_sentences(blocks: list[Block], text: str) -> None:
    """A sentence that says how to begin the letters ('Begin your letters Dear A and Dear B')
    gives the greetings of the officials without one, in order: one greeting each, or one
    greeting for a single official."""
    missing = [
        b
        for b in blocks
        if b.role == "primary" and not b.generic_diplomatic and b.salutation is None
    ]
    if not missing:
        return
    greetings = sentence_greetings(text)
    primaries = [b for b in blocks if b.role == "primary" and not b.generic_diplomatic]
    # One greeting per official, in order, some already read from the same sentence.
    if (
        len(greetings) >= 2
        and len(greetings) == len(primaries)
        and all(b.salutation in (None, g) for b, g in zip(primaries, greetings, strict=True))
    ):
        for block, greeting in zip(primaries, greetings, strict=True):
            block.salutation = greeting
        return
    if len(greetings) == 1:
        named = _named_in_greeting(greetings[0], [" ".join(b.lines) for b in missing])
        if named:
            # "Dear President Example": the official it names, not every one.
            for i in named:
                missing[i].salutation = greetings[0]
            return
        if _named_in_greeting(greetings[0], [" ".join(b.lines) for b in primaries]):
            return  # "Dear Governor X": X's greeting, already theirs, no one else's
        # One greeting for all ("Your Excellency"), but not for an official whose office it
        # does not name while another's it does ("Dear Chief Commissioner").
        missing = [b for b in missing if not _office_elsewhere(greetings[0], b, blocks)]
        greetings = greetings * len(missing)
    if len(greetings) == len(missing):
        for block, greeting in zip(missing, greetings, strict=True):
            block.salutation = greeting


def _office_fits(greeting: str, entry: dict[str, Any], document_language: str = "") -> bool:
    """The model letter's greeting fits a recipient unless it names an office the recipient
    does not hold ("Monsieur le Ministre" to a delegate): in the language of the recipient's
    title, an office word of the greeting opens like a word of its title, name or
    organisation."""
    offices = _office_words(greeting)
    title = entry.get("title")
    if not offices or not isinstance(title, (str, dict)) or not title:
        return True
    title_text = " ".join(title.values()) if isinstance(title, dict) else title
    # (The greeting's language from its first word: "Dear Chief Commissioner" is English
    # whatever its office words; the title's from its joining words, else the document's.)
    language = salutation_language(greeting, document_language) if document_language else ""
    language = language or short_text_language(greeting, "") or ""
    title_language = short_text_language(title_text, "")
    if not language or (title_language is not None and language != title_language):
        return True  # ("Dear Prosecutor General" to "Procuratore della Repubblica")
    # A title whose language its words do not tell ("Procuratore Generale" in an English
    # page): an office word that opens like one of its words in a related language fits.
    size = 5 if title_language else 3
    starts = _word_starts(_who_text(entry), size)
    return any(office[:size] in starts for office in offices)


def _office_words(greeting: str) -> list[str]:
    """The office words of a greeting, folded to their first letters ("minis" of "Dear
    Minister"): its longer words that are an office."""
    return [
        fold(w.strip(",.:;"))[:5]
        for w in greeting.split()[1:]
        if len(w.strip(",.:;")) >= 4 and looks_like_title(w.strip(",.:;"))
    ]


def _filled_greeting(value: str) -> str | None:
    """A greeting with the blanks a form left in it taken out ("Dear Minister ____" -> "Dear
    Minister", "Dear Minister...." -> "Dear Minister"), or None when the blank stood for the
    name: nothing but the greeting's opening and a courtesy is left ("Dear ______,", "Estimado
    Sr. ........:", "Monsieur ………,"), which names no one and would open the letter on the
    blank (the letter greets by the recipient's office instead). Of a greeting in two
    languages ("Señor Fiscal General / Dear Attorney General ____") each half is judged alone."""
    if not blank_greeting(value):
        return value
    kept = []
    for half in re.split(r"\s+/\s+", value):
        if not blank_greeting(half):
            kept.append(half)
        elif _office_words(without_blanks(half)):
            kept.append(without_blanks(half))
    return " / ".join(kept) or None


def _word_starts(text: str, size: int = 5) -> set[str]:
    return {fold(w)[:size] for w in re.findall(r"[^\W\d_]+", text)}


def _who_text(entry: dict[str, Any]) -> str:
    """A recipient's title, name and organisation as one text (each language's form)."""
    return " ".join(
        " ".join(value.values()) if isinstance(value, dict) else str(value)
        for value in (entry.get(key) for key in ("title", "name", "organisation"))
        if value
    )


def _office_elsewhere(greeting: str, block: Block, blocks: list[Block]) -> bool:
    """The greeting names an office ("Dear Chief Commissioner") that the block's lines do not
    name and another official's lines do: that official's greeting, not the block's."""
    offices = _office_words(greeting)
    if not offices or all(o in _word_starts(" ".join(block.lines)) for o in offices):
        return False
    return any(
        all(o in _word_starts(" ".join(other.lines)) for o in offices)
        for other in blocks
        if other is not block and other.role == "primary"
    )


# Courtesy words of a greeting that tell a gender, not an office (beside HONORIFIC_START's).
_GENDERED_COURTESY = frozenset({"madam", "madame", "sir", "lady"})


def _greeting_per_office(greeting: str, entry: dict[str, Any]) -> str:
    """ "Dear Chief Justice / Dear Governor": greetings in one language, one per office; the
    one whose words the recipient's office holds most nearly (the greeting as it is when it
    gives no such choice, or two languages: "Madame la Gouverneure / Dear Governor")."""
    sides = [s.strip(" ,.;:") for s in re.split(r"\s*/\s*", greeting)]
    if len(sides) < 2 or not all(s and SALUTATION_START.match(s + ",") for s in sides):
        return greeting
    if len({salutation_language(s, "?") for s in sides}) != 1:
        return greeting
    own = _word_starts(_who_text(entry))

    def words(side: str) -> tuple[str, ...]:
        # (Not a courtesy word: "Dear Mr President / Dear Madam President" names one office
        # for either gender, and stays whole.)
        return tuple(
            fold(w)[:5]
            for w in re.findall(r"[^\W\d_]{3,}", side)[1:]
            if not HONORIFIC_START.match(f"{w} ") and fold(w) not in _GENDERED_COURTESY
        )

    if len({words(side) for side in sides}) == 1:
        return greeting

    def fit(side: str) -> int:
        return sum(1 if w in own else -1 for w in words(side))

    scores = [fit(s) for s in sides]
    best = max(scores)
    return sides[scores.index(best)] if scores.count(best) == 1 else greeting


def _named_in_greeting(greeting: str, texts: list[str]) -> list[int]:
    """Which of the recipients' texts hold a name the greeting gives ("Example" of "Dear
    President Example"); none when it names nobody (an office word is no name)."""
    words = [
        w.strip(",.:;،")
        for w in greeting.split()[1:]
        # (In a script without capitals any word may be the name: "جناب آقای X".)
        if (w[:1].isupper() or (w[:1].isalpha() and not w[:1].islower()))
        and len(w.strip(",.:;،")) >= 3
        and not looks_like_title(w.strip(",.:;،"))
        and not HONORIFIC_START.match(w)
    ]
    return [
        i
        for i, text in enumerate(texts)
        if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in words)
    ]


def _greetings_for_offices(blocks: list[Block], lines: list[Line]) -> None:
    """A line "Salutation for the President: Dear Mr President" printed apart from the
    blocks gives its greeting to the one block whose lines name that office (the first
    letters of each of its longer words), whatever greeting it was given before."""
    for line in lines:
        found = SALUTATION_FOR.match(line.text)
        if found is None:
            continue
        stems = [fold(w)[:5] for w in re.findall(r"[^\W\d_]{5,}", found.group("office"))]
        if not stems:
            continue
        named = [
            b
            for b in blocks
            if b.role == "primary" and all(s in fold(" ".join(b.lines)) for s in stems)
        ]
        if len(named) == 1:
            named[0].salutation = found.group("greeting").strip(" .")


def _greetings_above(blocks: list[Block], lines: list[Line]) -> set[int]:
    """A sentence right above a block that says how to begin ('... to the Minister, beginning
    with "Madame la Ministre":') gives that block its greeting; the lines it used."""
    index_of = {line.number: i for i, line in enumerate(lines)}
    used: set[int] = set()
    for block in blocks:
        if block.role != "primary" or block.salutation or block.first_line is None:
            continue
        i = index_of.get(block.first_line + 1, 0) - 1
        while i >= 0 and lines[i].kind == "blank":
            i -= 1
        above: list[int] = []
        while i >= 0 and lines[i].kind != "blank" and len(above) < 4:
            above.insert(0, i)
            i -= 1
        greetings = sentence_greetings("\n".join(lines[k].text for k in above))
        if len(greetings) == 1:
            block.salutation = greetings[0]
            used.update(above)
    return used


def _without_repeats(blocks: list[Block]) -> list[Block]:
    """A page that repeats its model letter lists the same recipient twice: keep the first.
    The same person named again (a model letter's inside address under the block, with
    fewer fields) is the same recipient too."""
    seen: set[tuple[str, ...]] = set()
    people: dict[str, Block] = {}
    out = []
    for block in blocks:
        key = tuple(block.lines)
        name = interpret(block.lines).name if block.lines else None
        person = " ".join(HONORIFIC_START.sub("", name).casefold().split()) if name else ""
        if key and key in seen:
            continue
        again = initials_repeat(person, list(people)) if person and not block.has_fields else None
        if again is not None and not _titles_agree(people[list(people)[again]], block):
            again = None  # (another office: "Ombudsperson" J. Smith is not the Minister)
        if again is not None:
            # "И. Н. Сомову": a model letter's inside address of a recipient found above,
            # written with initials, in the case its language puts the addressee in.
            merge_fields(people[list(people)[again]], block)
            continue
        if person and person in people and looks_like_person(name or ""):
            first = people[person]
            if len(block.lines) > len(first.lines):
                # A fax's cover sheet names the official on one line ("TO: H.E. X, Minister
                # of Justice"); the letter's inside address under it gives the whole address.
                first.lines = block.lines
            merge_fields(first, block)
            continue
        seen.add(key)
        if person:
            people[person] = block
        out.append(block)
    return out


def _embassies_are_copies(blocks: list[Block]) -> None:
    """Without a "copies to" line, an embassy listed after an official of the country is where
    copies go (the common layout: the official, then their embassy in the reader's country)."""
    if any(b.role == "copy" for b in blocks):
        return
    seen_official = False
    for block in blocks:
        if is_embassy(block):
            if seen_official:
                block.role = "copy"
        else:
            seen_official = True


def _greeted_are_primary(blocks: list[Block]) -> None:
    """No block is read as primary (a "copies to" heading printed above them all, as a page
    whose headings were moved gives "WRITE TO:" / "COPIES TO:" one under the other), but
    some give their own greeting: letters are written to those; a copy is not greeted. An
    embassy stays a copy."""
    if any(b.role == "primary" for b in blocks if not b.generic_diplomatic):
        return
    for block in blocks:
        head = " ".join(block.lines[:3]).casefold()
        mission = is_embassy(block) or any(word in head for word in MISSION_WORD_LIST)
        if block.salutation and not block.generic_diplomatic and not mission:
            block.role = "primary"


GENERIC_NOTE = (
    "The document asks for copies to this embassy; look up its address in your country and add "
    "it here."
)


def _diplomatic_entry(block: Block, case_country: str | None) -> dict[str, Any]:
    whose = block.diplomatic_of or case_country
    if block.mission:
        # The mission as the document names it: "High Commission of Sri Lanka in your country".
        mission = re.sub(r"^(?:the|la|le|l['’])\s*", "", block.mission, flags=re.IGNORECASE)
        name = f"{mission[:1].upper()}{mission[1:]} in your country"
    elif whose:
        name = f"Diplomatic representatives of {whose} in your country"
    else:
        name = "Diplomatic representatives in your country"
    # (The mission named, "Embassy of X", is the body written to as such: its name, and no
    # organisation repeating it, the convention of `_entry`.)
    return {"role": "copy", "name": name, "note": GENERIC_NOTE}


# A copies heading read as a block's first line ("COPY (UK MEMBERS)", "Copie :"): no name.
_COPY_HEADING_NAME = re.compile(
    rf"(?:{COPY_HEADING.pattern})(?:\s?\([^()]{{1,40}}\))?\s?[:：]?", re.IGNORECASE
)


# A copy word of any language, whole ("copies", "αντίγραφο", "ასლები", "kopya").
_COPY_WORD = re.compile(rf"(?<!\w)(?:{COPY_HEADING.pattern})(?!\w)", re.IGNORECASE)


def _whole_word(text: str, match: re.Match[str]) -> bool:
    """The match is a word of its own: no letter, digit nor mark (a Devanagari vowel sign, which
    `\\w` does not match) on either side ("प्रत" is no word of "प्रताप")."""

    def joins(ch: str) -> bool:
        return ch.isalnum() or unicodedata.category(ch).startswith("M")

    before = text[match.start() - 1] if match.start() > 0 else " "
    after = text[match.end()] if match.end() < len(text) else " "
    return not joins(before) and not joins(after)


def _under_copy_sentence(lines: list[str], who: Identity) -> Identity | None:
    """The block read from its second line when its first is a sentence or heading that asks for
    copies (a copy word of the tables among two words or more, at most four words after it, no
    digit, no e-mail) and was read as the name, and the lines under it give a name of their
    own that the first line does not hold (so "Copies to the Embassy of X" over its street keeps
    its name). Else None."""
    if len(lines) < 2 or not who.name or who.name.strip() != lines[0].strip():
        return None
    first = lines[0].strip()
    # (Mend 30b: a courtesy word opening the line makes it a person's name, and a copy word in
    # capitals inside a line not all in capitals is a name's initials: "Mr CC Mahlangu".)
    if HONORIFIC_START.match(first):
        return None
    copy = next(
        (
            m
            for m in _COPY_WORD.finditer(first)
            if _whole_word(first, m) and not (m.group(0).isupper() and not first.isupper())
        ),
        None,
    )
    if copy is None or len(first.split()) < 2 or any(c.isdigit() for c in first) or "@" in first:
        return None
    if len(first[copy.end() :].split()) > 4 or ":" in first.rstrip(" :：")[copy.end() :]:
        return None
    under = interpret(lines[1:])
    if not under.name or under.name.casefold() in first.casefold():
        return None
    return under


def _printed_nominative(name: str, printed: Printed, endings: frozenset[tuple[str, str]]) -> str:
    """A recipient's name read in the case a sentence put it in ("Pišite tožilki Ani Xovi")
    as the text prints it elsewhere in the nominative ("Ana Xova"; `name_cases.
    printed_nominative`), a courtesy word before it kept; else `name`."""
    courtesy = HONORIFIC_START.match(name)
    head = name[: courtesy.end()].strip() if courtesy else ""
    rest = name[courtesy.end() :].strip() if courtesy else name
    form = printed_nominative(rest, printed, endings)
    return name if form == rest else f"{head} {form}".strip()


def _heading_off_title(who: Identity, block: Block) -> Identity:
    """A block's heading read as its title ("Copies, send:", "Primary", "To the honourable"
    above the name): no title. A copies heading makes the block a copy; an office read as the
    organisation below it (no body's name) is the title."""
    if _COPY_WORD.search(who.title or ""):
        block.role = "copy"
    office = who.organisation
    # Mend 31D: only an office by the title tables; a body no table knows ("X Gold Mining
    # Corporation") stays the organisation.
    if office and looks_like_title(office):
        return replace(who, title=office, organisation=None)
    return replace(who, title=None)


def _entry(
    block: Block,
    document_language: str,
    preferred: str | None,
    heads: list[str] | None = None,
) -> dict[str, Any]:
    who = interpret(block.lines)
    under = _under_copy_sentence(block.lines, who)
    if under is not None:
        # A copies sentence read as the block's first line ("Copies, send them:", "You may
        # also send a copy of your letter to the"): the recipient is read from the lines under
        # it, and is a copy.
        block.role = "copy"
        who = under
    if heads is not None:
        heads += who.heads
    if who.name and who.organisation and _COPY_HEADING_NAME.fullmatch(who.name):
        # The heading says the block is a copy; the body under it is written to as such.
        block.role = "copy"
        who.name, who.organisation = who.organisation, None
    if heading_as_title(who.title):
        who = _heading_off_title(who, block)
    contacts = block.contacts
    for line in who.after_country:
        # A handle under a label no table knows ("페이스북: @name"), printed after the country;
        # a fax or phone number whose label has no colon ("Fax 030 1234 567").
        number = NUMBER_FIELD_NO_COLON.match(line.strip())
        if number is not None:
            add_numbers(contacts, field_of_label(number.group(1)), number.group(2))
        elif HANDLE.search(line) and not EMAIL.search(line):
            add_twitter(contacts, line)
    entry: dict[str, Any] = {
        "role": block.role,
        "name": who.name or todo("the name of this recipient"),
    }
    organisation = who.organisation
    if organisation and who.name and organisation.casefold() == who.name.casefold():
        # "Embassy of X" written to as such: the body is its name, not also its organisation
        # (the envelope would print it twice).
        organisation = None
    optional: dict[str, Any] = {
        "title": title_without_courtesy(who.title),
        "organisation": organisation,
        "address": who.address or None,
        "country": who.country,
        "email": list(contacts.email) or None,
        "fax": list(contacts.fax) or None,
        "phone": list(contacts.phone) or None,
        "web": contacts.web,
        "twitter": contacts.twitter,
    }
    entry.update({k: v for k, v in optional.items() if v})
    if who.organisation and organisation is None and not who.title:
        # A body with no named person: letters greet it as an office, unless a word of its
        # name names another kind ("Supreme Court": `address_fields` reads it later) or the
        # document gives its greeting (then no kind is written).
        entry["kind"] = "office"
    salutation = _filled_greeting(block.salutation) if block.salutation else None
    if salutation:
        entry["salutation"] = parse_salutation(salutation, document_language)
    if preferred and block.role == "primary":
        entry["language"] = preferred
    notes = list(contacts.notes)
    if contacts.more_handles:
        notes.append("Also on social media: " + ", ".join(contacts.more_handles) + ".")
    if contacts.fax_remarks:
        notes.append("About the fax: " + "; ".join(contacts.fax_remarks) + ".")
    if notes:
        entry["note"] = " ".join(notes)
    return entry


def _section_headings(lines: list[Line], headings: tuple[str, ...]) -> list[Line]:
    """A line the file marks as a heading, alone between blank lines, that names no office,
    person or body ("### Where to write", in a language the tables lack): the section's
    heading, no block's first line (a heading that names an office, "### 1. Prosecutor
    General", opens its block and stays)."""
    marked = {h.strip() for h in headings}
    if not marked:
        return lines
    out = list(lines)
    for i, line in enumerate(lines):
        if (
            line.kind == "short"
            and line.text in marked
            and (i == 0 or lines[i - 1].kind == "blank")
            and (i + 1 == len(lines) or lines[i + 1].kind == "blank")
            and not re.search(r"\d|@", line.text)
            and not looks_like_title(line.text)
            and not looks_like_person(line.text)
            and not looks_like_organisation(line.text)
            and not name_and_office(line.text)
            and split_country(line.text) is None
        ):
            out[i] = Line(line.number, line.text, "heading")
    return out


# --- Round 28c: recipient blocks found by their look, when neither a zone nor a sentence
# gave any. The features hold in every language: lines of contacts (a postcode and a town, a
# street with its number, a fax, phone, e-mail or handle), an office word of any language's
# table, a line that reads as a name, a country alone on the last line, a salutation.
_POSTCODE = re.compile(
    r"(?<![\d+\-/.:])(?:\d{3}[ \t]\d{2,3}|\d{4,6}(?:-\d{3,5})?|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2})"
    r"(?![\d/.:])"
)
_NUMBERED_STREET = re.compile(
    r"[^\W\d_]{2,}\.?,?[ \t]+\d{1,5}[^\W\d_]?(?![\d.:/])"
    r"|(?<![\d.:/])\d{1,5}[^\W\d_]?,?[ \t]+[^\W\d_]{3,}"
)
_CODE = r"(?:\d{3}[ \t]\d{2,3}|\d{4,6}(?:-\d{3,5})?|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2})"
# (Mend28c: a postcode with its place's word after it, or last after the place.)
_POSTCODE_PLACE = re.compile(
    rf"(?<![\d+\-/.:]){_CODE}(?![\d/.:])[ \t]+[^\W\d_]{{2,}}"
    rf"|[^\W\d_]{{2,}}[ \t,]+{_CODE}(?![\d/.:])[ \t]*$"
)
_PHONE_LIKE = re.compile(r"(?:\+|\(0)[ \t]?\d[\d \t().\-/]{6,30}")


# (Mend28c: a street's word glued to its name, "Hauptstraße", "Kerkstraat", "Storgatan".)
_STREET_SUFFIX = re.compile(
    r"[^\W\d_]{2,}(?:straße|strasse|str\.|weg|gasse|platz|allee|straat|laan|gracht|gatan|vägen"
    r"|gade|vej|veien|gata|vegur|utca|iela|katu|tie)(?!\w)",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[^\W\d_][^\W\d_.]*\.?")


def _months_in(text: str) -> bool:
    """`text` names a month in any language the dates tables know ("15 April", "2 May")."""
    months = month_numbers()
    return any(fold(w.rstrip(".")) in months for w in _WORDS.findall(text))


def _street_line(text: str) -> bool:
    """A street with its number: a street's word or abbreviation of any language."""
    if street_first(text) or _STREET_SUFFIX.search(text):
        return True
    return any(
        ADDRESS_WORDS.fullmatch(w) is not None or street_abbreviation(w)
        for w in _WORDS.findall(text)
    )


def _contact_line(text: str) -> bool:
    """A line of contacts or of a postal address, in any language."""
    if EMAIL.search(text) or HANDLE.search(text) or FIELD_LABEL.match(text):
        return True
    if len(text) > 70 or is_date_line(text):
        return False
    if _PHONE_LIKE.search(text):
        return True
    # (Mend28c: a year or a day is no postcode, "Room 12", "aged 34", "May 3" no street: a
    # postcode has a place's word after it and the line names no month; a street its word.)
    if _months_in(text) and not named_after_a_date(text):
        return False
    return bool(_POSTCODE.search(text) and _POSTCODE_PLACE.search(text)) or bool(
        _NUMBERED_STREET.search(text) and _street_line(text)
    )


def _block_look(part: list[Line], following: Line | None) -> int:
    """How much a run of lines looks like a recipient's block (0: not at all)."""
    texts = [line.text.strip() for line in part]
    if not 3 <= len(texts) <= 10 or any(len(t) > 90 for t in texts):
        return 0
    if sum(1 for line in part if line.kind == "prose") > 1:
        return 0
    contacts = sum(1 for t in texts if _contact_line(t))
    office = any(
        looks_like_title(t) or looks_like_organisation(t) or ORGANISATION_WORDS.search(t)
        for t in texts[:3]
    )
    named = any(looks_like_person(t) for t in texts[:3])
    country = is_territory_name(texts[-1].strip(" .")) or any(
        is_territory_name(t.strip(" .")) for t in texts[-3:]
    )
    labels = [FIELD_LABEL.match(t) for t in texts]
    greeting = any(
        m is not None and field_of_label(m.group(1)) == "salutation" for m in labels
    ) or bool(following is not None and SALUTATION_START.match(following.text.strip()))
    if contacts < 2 or not (office or named):
        return 0
    score = min(contacts, 3) + 2 * office + named + country + greeting
    return score if score >= 5 else 0


# A web site, bank details ("IBAN", "BIC", an account number), a group's own roles as labels
# ("Chair: X", "Board: X, Y", "Vorstand:"): lines of a publisher's footer, not of an official.
_OWN_FOOTER = re.compile(
    r"(?<![\w@.])(?:www\.|https?://)"
    r"|\b(?:IBAN|BIC|SWIFT)\b|\b[A-Z]{2}\d{2}(?:[ \t]?[A-Z\d]{4}){3,}"
    r"|^[ \t]*(?:chair(?:person|woman|man)?|board|treasurer|secretary|vorstand|vorsitz(?:ende)?"
    r"|kassenwart|président(?:e)?|presidente|tesorer[oa]|secrétaire|trésori(?:er|ère)"
    r"|voorzitter|penningmeester|bestuur|styrelse|ordförande|kassör)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)


# A line that is a web site alone ("www.example.gov", "https://example.gov/contact").
_WEB_ONLY = re.compile(r"\s*(?:[\w-]+:\s*)?(?:https?://|www\.)\S+\s*", re.IGNORECASE)


def _addressed(part: list[Line], following: Line | None) -> bool:
    """A run of lines that opens with an office over a person's name ("Minister of Y" /
    "Tomas X"), or that carries or is followed by a salutation: how a recipient's block
    opens in any language; a signature opens with the signer's name ("X" / "Secretary")."""
    texts = [line.text.strip() for line in part[:3]]
    if (
        texts
        and looks_like_title(texts[0])
        and not looks_like_person(texts[0])
        and any(looks_like_person(t) for t in texts[1:])
    ):
        return True
    return any(line.kind == "salutation" for line in part) or bool(
        following is not None and SALUTATION_START.match(following.text.strip())
    )


def _blocks_by_look(lines: list[Line], consumed: set[int]) -> list[Block]:
    """The runs of lines that look like recipients' blocks, read as blocks (round 28c)."""
    reader = BlockReader(strict=True)
    out: list[Block] = []
    paragraphs = _paragraphs(lines)
    # (Mend28c: the sender's own blocks are none: the one a closing formula of any language
    # heads or the one right under it, the document's last block unless a line introduces it
    # ("... here it is:"), a block with the publisher's web site, bank or the group's roles.)
    closings = [
        n
        for n, (start, end) in enumerate(paragraphs)
        if any(
            SIGN_OFF.match(line.text.strip()) or LETTER_CLOSING.match(line.text.strip())
            for line in lines[start:end]
        )
    ]
    signed = {n for c in closings for n in (c, c + 1)}
    for n, (start, end) in enumerate(paragraphs):
        if any(i in consumed for i in range(start, end)):
            continue
        following = lines[paragraphs[n + 1][0]] if n + 1 < len(paragraphs) else None
        # (Session 29, imp29f: a block headed by an office and a person's name, or greeted,
        # is someone written to, last on the page, with their office's web site, or under a
        # model letter's closing: the next letter's address.)
        addressed = _addressed(lines[start:end], following)
        if n in signed and (n in closings or not addressed):
            continue
        introduced = n > 0 and lines[paragraphs[n - 1][1] - 1].text.rstrip().endswith(":")
        if n == len(paragraphs) - 1 and not (introduced or addressed):
            continue
        if any(
            _OWN_FOOTER.search(line.text) and not (addressed and _WEB_ONLY.fullmatch(line.text))
            for line in lines[start:end]
        ):
            continue
        if not _block_look(lines[start:end], following):
            continue
        before = len(reader.blocks)
        for line in lines[start:end]:
            reader.line_number = line.number - 1
            reader.read_line(line.text)
        reader.close()
        for block in reader.blocks[before:]:
            block.vouched = True
        out.extend(reader.blocks[before:])
    return out


def _bare_head(block: Block) -> bool:
    """A block of a line or two that names an office, a body or a person and nothing else: no
    field, no digit (no street, postcode or number)."""
    contacts = block.contacts
    return (
        0 < len(block.lines) <= 2
        and not block.generic_diplomatic
        and not (contacts.email or contacts.fax or contacts.phone or contacts.twitter)
        and not contacts.web
        and not any(re.search(r"\d|@", line) for line in block.lines)
    )


def _reachable(block: Block) -> bool:
    contacts = block.contacts
    return bool(
        contacts.email
        or contacts.fax
        or contacts.phone
        or any(re.search(r"\d", line) for line in block.lines)
    )


def _heads_over(blocks: list[Block]) -> dict[int, Block]:
    """(Round 29g) A head with nothing to reach it by ("Embassy of X", "Prosecutor General"
    over a line of the country, a name over its title) right above a block of the same role
    that gives the address or fields: one recipient that a blank line (or its salutation)
    broke in two. Each such lower block's id, with the head above it."""
    heads: dict[int, Block] = {}
    for head, block in pairwise(blocks):
        if (
            head.role == block.role
            and id(head) not in heads
            and _bare_head(head)
            and head.first_line is not None
            and block.first_line is not None
            and 0 < block.first_line - head.first_line <= len(head.lines) + 2
            and _reachable(block)
            and (head.salutation is None or block.salutation is None)
        ):
            heads[id(block)] = head
    return heads


def _two_people(head: dict[str, Any], body: dict[str, Any]) -> bool:
    """Two entries that each name an official: each has its title, or each a gender (a
    courtesy word before a name): two recipients, whatever their layout."""
    if is_todo(head["name"]) or is_todo(body["name"]):
        return False
    if "salutation" in head and ("title" in body or "gender" in body):
        # (Mend 29b) A head with its own salutation over an official's block of their own
        # title or name ("Embassy of X" / "Your Excellency" over "Minister of Justice / Mr Y"):
        # two recipients, not one that takes the other's organisation and greeting.
        return True
    return ("title" in head and "title" in body) or ("gender" in head and "gender" in body)


def _with_head(head: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """The entry of a block and of the bare head above it (`_heads_over`) as one: the body's
    address and fields, under the head's name when the body has none of its own, or when
    the head names an official by title and the body only their office ("President X" over
    "Presidential House, street"); else the body's name, with the head's title."""
    merged = dict(body)
    body_named = not is_todo(body["name"])
    head_person = "title" in head and "title" not in body and "organisation" not in body
    if not body_named or head_person:
        merged["name"] = head["name"]
        if body_named and "organisation" not in head:
            merged["organisation"] = body["name"]
        for key in ("title", "organisation", "kind", "gender"):
            if key in head and key not in body:
                merged[key] = head[key]
    else:
        if "title" in head and "title" not in body:
            merged["title"] = head["title"]
        elif (
            "title" not in head
            and "title" not in body
            and "organisation" not in head
            and head.get("kind") != "office"
        ):
            # An office over a named person is their title ("Commissioner for X" / "Ms Y").
            merged["title"] = head["name"]
        elif "organisation" not in body and "title" not in head:
            merged["organisation"] = head["name"]
    if "salutation" in head and "salutation" not in body:
        merged["salutation"] = head["salutation"]
    return merged


def _copies_last(between: list[Line]) -> bool:
    """The lines between two zones name copies for the blocks below: a copies line among them
    with no heading that asks for letters after it (round 37c: an ask to hand back the
    seized copies of a book, or a note to print copies of the sheet, above "Send appeals to:"
    or "ADDRESSES" over the blocks)."""
    copies = False
    for line in between:
        if line.kind == "copies" or (line.kind == "heading" and copies_heading(line.text)):
            copies = True
        elif line.kind == "write-to" and copies:
            copies = False
    return copies


def find_recipients(
    text: str,
    document_language: str,
    *,
    case_country: str | None = None,
    letter_salutation: str | None = None,
    source: str | None = None,
    headings: tuple[str, ...] = (),
) -> FoundRecipients:
    """The recipients in `text`: the blocks in each recipient zone (see `layout`), read in
    order; a "copies to" line before or inside a zone makes the blocks after it copies.
    `source`: the file as it came, when `text` was read from it (its headers and title name
    the publisher, whose own contacts are no recipient); `headings`: the headings the file
    marked as such (Markdown's "#", HTML's <h1>-<h6>)."""
    found = FoundRecipients()
    lines = _section_headings(document_lines(text, join_items=True), headings)
    # Each line as the file has it, for the report's hints (a joined item is many lines).
    own_lines = {line.number: line for line in document_lines(text)}
    zones = recipient_zones(lines)
    in_sentences, consumed = _sentence_recipients(lines, document_language)
    reader = BlockReader(strict=True)
    openings: list[tuple[Block, str]] = []
    position = 0
    zones = [z for z in zones if not _publisher_contact(lines, z)]
    # (Session 27e: a distribution list of offices a few lines each, "GEREĞİ: Office" /
    # "its address/CITY", is read as the letter's list below, not as a zone's blocks.)
    listed_raw = stacked_lines(text.split("\n"))
    for zone in zones:
        # A "copies to" heading between two zones applies to the blocks after it.
        # (Session 27e: and a copies heading alone read as a heading, "Nachrichtlich:".)
        if _copies_last(lines[position : zone.start]):
            reader.close()
            reader.role = "copy"
        if found.start is None:
            found.start = zone.start
        before = len(reader.blocks)
        joined = _semicolon_runs(lines, zone.start, zone.end, consumed)
        table = column_heads(lines, zone)
        from_sender = False
        for index in range(zone.start, zone.end):
            line = lines[index]
            if SENDER_LABEL.match(line.text):
                # "FROM:   Group 88" / "c/o street" / "FAX NO: ...": the sender's own lines,
                # up to a blank line or the next "TO:".
                reader.close()
                from_sender = True
                continue
            if from_sender:
                if line.kind != "blank" and not ADDRESSEE_LABEL.match(line.text):
                    continue
                from_sender = False
            if table is not None and index in table.lines:
                continue  # a table's heading row, read cell by cell: given to its blocks below
            if index in joined:
                if joined[index]:
                    reader.line_number = line.number - 1
                    reader.read_line(joined[index])
                continue
            if line.number - 1 in listed_raw:
                reader.close()
                continue
            if index in consumed:
                # A paragraph read as sentences; "copies to" in it makes what follows copies.
                reader.close()
                if any(b.role == "copy" for b in in_sentences.get(index, [])):
                    reader.role = "copy"
                continue
            if line.kind == "heading":
                reader.close()  # "Contact:", "Letter:" between blocks name no one
                continue
            if line.kind == "date" and furniture(line.text):
                continue  # "6/7", "Group X @x@example.social · 18 Feb 2026, 19:06"
            if (
                line.kind == "date"
                and is_date_line(line.text)
                and not _amid_address(lines, index, zone.start, zone.end)
            ):
                # A letter's date between the sender's address and the inside address: the
                # block above has ended, and the date is no line of either.
                reader.close()
                continue
            if _RUNNING_HEAD.search(line.text) and line.kind != "anchor":
                # A PDF page's running head ("URGENT ACTION · UA 45/26 · Index: ...") where the
                # page breaks inside a block: no line of an address.
                continue
            reader.line_number = line.number - 1
            reader.next_text = lines[index + 1].text if index + 1 < zone.end else None
            reader.previous_text = lines[index - 1].text if index > 0 else None
            reader.read_line(line.text)
            reader.next_text = reader.previous_text = None
        reader.close()
        if table is not None:
            table.apply(reader.blocks[before:])
        if zone.introduced:
            for block in reader.blocks[before:]:
                # (A block written as one comma run of who and a street is lines too:
                # "Procurador de X, Name, 12 Avenida 12-54, Zona 1", postal only.)
                block.vouched = len(block.lines) >= 2 or (
                    len(block.lines) == 1 and _who_and_street(block.lines[0])
                )
        for block in reader.blocks[before:]:
            if not block.vouched and len(block.lines) >= 2 and _under_copies_heading(block, lines):
                # (Round 36b: a block right under a copies heading is introduced by it, as
                # the blocks of a zone under "Write to:" are, whatever zone it was read in.)
                block.vouched = True
            if (
                not block.vouched
                and block.role == "copy"
                and len(block.lines) == 1
                and _who_then_address(block.lines[0])
                and _introduced_by_copies(block, lines)
            ):
                # (Round 39b: the same copy written on one comma-separated line reads as its
                # block would, a line a part: introduced by the copies heading too.)
                block.vouched = True
        position = zone.end
        opening = salutation_after(lines, zone)
        if opening is not None and reader.blocks:
            openings.append((reader.blocks[-1], opening.text.rstrip(",:")))
    in_zones = {i for zone in zones for i in range(zone.start, zone.end)}
    for index, line in enumerate(lines):
        if (
            line.kind == "copies"
            and found.start is not None
            and index > found.start
            and index not in in_zones | consumed
            and (DIPLOMATIC.search(line.text) or MISSION.search(line.text))
            and not re.search(r"\d|@", line.text)
        ):
            # "Copy to the High Commission in your country." after the asks that follow the
            # recipients: the usual copy to the mission.
            reader.close()
            reader.line_number = line.number - 1
            reader.read_line(line.text)
            reader.close()
    # A letter's copies lines outside every zone ("c.c. Ambassador X, Embassy of Y, street,
    # city" under the signature): an entry each, read as one comma run (`letters`).
    read_raw = {lines[i].number - 1 for i in in_zones | consumed} - listed_raw
    first_raw = lines[found.start].number - 1 if found.start is not None else -1
    role = reader.role
    raw_lines = text.split("\n")
    # (Session 27e: an official letter's distribution "for action", "GEREĞİ: Office", is
    # its addressees; "for information" its copies.)
    entries = [(at, t, "primary") for at, t in copy_entries(raw_lines, read_raw, action=True)]
    entries += [(at, t, "copy") for at, t in copy_entries(raw_lines, read_raw)]
    for at, copy_text, listed_role in sorted(entries):
        if at > first_raw:
            reader.close()
            reader.role = listed_role
            reader.line_number = at
            before = len(reader.blocks)
            reader.read_line(copy_text)
            reader.close()
            for block in reader.blocks[before:]:
                block.vouched = True  # the copy word introduced it, as a heading does
    reader.role = role
    for line in lines:
        parts = _slashed_block(line.text) if line.kind == "prose" else None
        if parts:
            # "... send letters to: His Highness X/ Office of Y/ Palace/ City/ Country."
            reader.close()
            for part in parts:
                reader.read_line(part)
            reader.close()
            reader.blocks[-1].vouched = True
    reader.close()
    first_prose = next((line.number for line in lines if line.kind == "prose"), None)
    for block in reader.blocks:
        _address_inside(block, first_prose)
    sentence_blocks = [b for blocks in in_sentences.values() for b in blocks]
    if not any(b.role == "primary" and _kept(b) for b in reader.blocks + sentence_blocks):
        # No block for an official: recipients may be given inside sentences ("Send your
        # appeal to the Minister of Justice, Mr X, ..."); read that way, they replace what
        # the zones gave (pieces of the same sentences).
        in_prose = prose_blocks(text)
        if any(b.role == "primary" for b in in_prose):
            reader.blocks[:] = in_prose
            reader.pending_diplomatic = None
    inside = {i for zone in zones for i in range(zone.start, zone.end)} | consumed
    found.running_text = "\n".join("" if i in inside else line.text for i, line in enumerate(lines))
    if found.start is None and in_sentences:
        found.start = min(in_sentences)
    publisher = Publisher.of(text, source if source is not None else text)
    found.publisher_names = list(publisher.names)
    all_blocks = _in_order(reader.finish(), sentence_blocks)
    _embassy_of_aside(all_blocks, text, case_country)
    # The publisher's e-mail domains, from its own blocks: its other blocks (a footer beside a
    # letterhead, a programme's contact) use them too.
    # (And those of its contact strips: a running footer's "Org · Street · info@org" on every
    # page makes the side panel's "Contact: Group X, x@org" the publisher's too.)
    own_domains = (
        {
            e.casefold().rpartition("@")[2]
            for b in all_blocks
            if publisher.wrote(b)
            for e in b.contacts.email
        }
        | publisher.domains
    ) - _SHARED_DOMAINS
    signers = _signers(lines)
    # (Session 27e: the names of a letterhead over the letter's file reference are the
    # sender's, no person at risk either.)
    file_heads = _file_reference_heads([b for b in all_blocks if _kept(b)], lines)
    found.publisher_names += [line for b in all_blocks if id(b) in file_heads for line in b.lines]

    signature_spans = _signature_spans(lines)
    reply_copies = _reply_copy_sentences(lines)
    # (Round 35e: the blocks a letterhead is made of come before every recipient.)
    letterheads: set[int] = set()
    for b in all_blocks:
        if not _kept(b) or publisher.wrote(b):
            continue
        if not _letterhead(b, first_prose):
            break
        letterheads.add(id(b))

    # (Round 40b: the lines as read and as the file came, where a strip the layout parted at
    # its dots is still whole.)
    strip_lines = [
        ln
        for ln in {*text.split("\n"), *(source or "").split("\n")}
        if "·" in ln or "|" in ln or "•" in ln
    ]

    def recipient(b: Block) -> bool:
        return (
            _kept(b)
            and not publisher.wrote(b)
            and not _at_domains(b, own_domains)
            and not _nameless(b)
            and not _list_machinery(b)
            and not _sender_head(b, lines)
            and id(b) not in letterheads
            and id(b) not in file_heads
            and not _signers_block(b, signers)
            and not _in_signature(b, signature_spans)
            and not _reply_copy_target(b, reply_copies)
            # "Subscribe to our network" / "Get actions by e-mail: x@y": the publisher's own box.
            and not (b.lines and PUBLISHER_CONTACT.match(b.lines[0]))
        )

    blocks = [b for b in all_blocks if recipient(b)]
    if not blocks:
        # (Round 28c: no zone and no sentence gave a recipient: the runs of lines that look
        # like one, by features of every language.)
        blocks = [b for b in _blocks_by_look(lines, consumed) if recipient(b)]
    # (Round 40b: the publisher's own address printed as its strip or under its copyright,
    # naming no one, outside the list the document's other recipients make.)
    marked_heads = frozenset(h.strip() for h in headings)
    own_marks = {id(b) for b in blocks if _publishers_marks(b, strip_lines, lines, marked_heads)}
    list_lines = [
        b.first_line for b in blocks if id(b) not in own_marks and b.first_line is not None
    ]
    if own_marks and list_lines:
        blocks = [
            b
            for b in blocks
            if id(b) not in own_marks
            or b.first_line is None
            or min(list_lines) <= b.first_line <= max(list_lines)
        ]
    blocks = same_in_two_scripts(glosses_dropped(_rows_rejoined(_without_repeats(blocks))))
    for block in blocks:
        marked = _COPY_MARK.search(block.lines[0]) if block.lines else None
        if marked is not None:
            # "Commission on Human Rights (copy)": a copy, whatever the order.
            block.lines[0] = block.lines[0][: marked.start()]
            block.role = "copy"
        elif len(block.lines) > 1 and _COPY_MARK.fullmatch(block.lines[-1]):
            # "(for information)" on a line of its own at the block's end.
            block.lines.pop()
            block.role = "copy"
    _embassies_are_copies(blocks)
    _greeted_are_primary(blocks)
    for block in blocks:
        if block.lines:
            block.lines[0] = _spelled_out(block.lines[0], text)
    _shared_salutations(blocks)
    _greetings_for_offices(blocks, lines)
    greeted = _greetings_above(blocks, lines)
    _greetings_from_sentences(
        blocks, "\n".join("" if i in greeted else line.text for i, line in enumerate(lines))
    )
    for block, salutation in openings:
        # The model letter right after a block opens with that block's salutation (a letter
        # is not written to a copy recipient).
        if (
            block.salutation is None
            and block.role == "primary"
            and not _office_elsewhere(salutation, block, blocks)
        ):
            block.salutation = salutation
    preferred_name = reader.preferred_language
    if preferred_name is None and found.recipients is not None:
        # "PREFERRED LANGUAGE TO ADDRESS TARGET: Spanish" printed away from the blocks.
        anywhere = PREFERRED_LANGUAGE.search(text)
        preferred_name = anywhere.group(1).strip(" .") if anywhere else None
    preferred = language_code(preferred_name, document_language) if preferred_name else None
    if preferred_name and preferred is None:
        # "Spanish, English": the first language named is the one to address them in.
        listed = codes_in(preferred_name)
        preferred = listed[0] if listed else None
    if preferred_name and preferred is None:
        found.checks.append(
            _(
                "the preferred language of the targets, '{language}', is not a language name "
                "known here"
            ).format(language=preferred_name)
        )

    used: set[str] = set()
    heads = _heads_over(blocks)
    entry_of: dict[int, dict[str, Any]] = {}
    country_name = english_name(case_country) if case_country else None
    # (Round 28b: a name read in a case, printed elsewhere in the nominative.)
    endings = case_endings_of(document_language.split("-")[0])
    printed = printed_words(" ".join(text.split())) if endings else None
    for block in blocks:
        if block.generic_diplomatic:
            entry = _diplomatic_entry(block, country_name)
            found.checks.append(
                _("copy to '{name}': add the embassy's address, or remove it").format(
                    name=entry["name"]
                )
            )
            whose = re.sub(r"^(?:the|la|le|l')\s*", "", block.diplomatic_of or "", flags=re.I)
            base = f"embassy-{slug(whose)}" if whose else "embassy"
        else:
            entry = _entry(block, document_language, preferred, found.head_lines)
            if (
                printed is not None
                and isinstance(entry["name"], str)
                and not is_todo(entry["name"])
            ):
                entry["name"] = _printed_nominative(entry["name"], printed, endings)
            if _nameless_remark(entry) or _nameless_numbers(entry) or _no_ones_name(entry):
                continue
            plain_name = "" if is_todo(entry["name"]) else HONORIFIC_START.sub("", entry["name"])
            base = (
                slug(entry.get("title") or entry.get("organisation") or plain_name) or "recipient"
            )
        head = heads.get(id(block))
        above = entry_of.get(id(head)) if head is not None else None
        if (
            above is not None
            and above is found.recipients[-1]
            and not block.generic_diplomatic
            and not above.get("address")
            and not _two_people(above, entry)
        ):
            # (Round 29g: one recipient broken in two, its head above its address.)
            found.recipients[-1] = {"key": above["key"], **_with_head(above, entry)}
            entry_of[id(block)] = found.recipients[-1]
            continue
        key = _unique(base, used)
        found.recipients.append({"key": key, **entry})
        entry_of[id(block)] = found.recipients[-1]
        if block.first_line is not None:
            # (A block's first line is its line number less one.)
            found.first_lines[key] = own_lines[block.first_line + 1]

    # (Round 34e: a recipient printed again under a longer form of its name.)
    for key in _repeated_entries(found.recipients):
        found.first_lines.pop(key, None)
    primaries = [r for r in found.recipients if r["role"] == "primary"]
    letter_salutation = _filled_greeting(letter_salutation) if letter_salutation else None
    if letter_salutation:
        named = _named_in_greeting(letter_salutation, [str(e["name"]) for e in primaries])
        if named:
            # "Dear President Example": the letter is written to the official it names.
            primaries = [primaries[i] for i in named]
        for entry in primaries:
            greeting = _greeting_per_office(letter_salutation, entry)
            if "salutation" not in entry and _office_fits(greeting, entry, document_language):
                entry["salutation"] = parse_salutation(greeting, document_language)
                found.checks.append(
                    _(
                        "recipient '{key}': salutation '{salutation}' taken from the model letter"
                    ).format(key=entry["key"], salutation=letter_salutation)
                )
    for entry in found.recipients:
        entry.update(address_fields(entry))
        if entry.get("kind") == "office" and "salutation" in entry:
            # The greeting the document gives tells how to address the body ("Dear
            # Commissioners", "Dear Ambassador"); "office" would put "Dear Sir or Madam".
            del entry["kind"]
        if entry["role"] == "primary" and "salutation" not in entry:
            found.checks.append(
                _("recipient '{key}': no salutation found; add one").format(key=entry["key"])
                + KEY_HINT.format(key=entry["key"])
            )
        if is_todo(entry["name"]):
            found.checks.append(
                _("recipient '{key}': no name could be read; add it").format(key=entry["key"])
                + KEY_HINT.format(key=entry["key"])
            )
        generic = entry.get("note") == GENERIC_NOTE
        if "note" in entry and not generic:
            found.checks.append(
                _("recipient '{key}': {note}").format(key=entry["key"], note=entry["note"])
            )
    return found


# The fields a repeat gives the first reading where it has none: contacts and the greeting
# (a repeat's title or address may be the model letter's other lines).
_REPEAT_GIVES = ("salutation", "gender", "email", "fax", "phone", "twitter")
_ENTRY_PUNCTUATION = ".,;:!?()[]{}«»\"'“”‘’·•–—-/"


def _ordered_words(value: Any) -> list[str]:
    """The folded words of an entry's field (a text, a text per language, or lines), in
    order: parted by spaces, a word's marks kept (Thai, Devanagari)."""
    if isinstance(value, dict):
        value = " ".join(str(v) for v in value.values())
    elif isinstance(value, list):
        value = " ".join(str(v) for v in value)
    words = (w.strip(_ENTRY_PUNCTUATION) for w in str(value or "").split())
    return [fold(w) for w in words if any(c.isalpha() for c in w)]


def _entry_words(value: Any) -> set[str]:
    return set(_ordered_words(value))


def _person_and_office(entry: dict[str, Any], other: dict[str, Any]) -> tuple[list[str], set[str]]:
    """The words of the person's name an entry gives, courtesy words ("Su Excelencia Dr.")
    left out and an office printed after it as either entry's title ("Monsieur X Y Président
    de la République" of "X Y" titled "Président de la République"), none for an office or a
    body named as the recipient ("President of the Republic", "Ministry of Interior"); and
    the words of its title. A name read into the title ("Prime Minister" titled "X Y Z,
    Prime Minister") is the person's, the office the title."""
    name = str(entry["name"]).strip()
    title = entry.get("title")
    if isinstance(title, str) and "," in title:
        before, after = (part.strip() for part in title.split(",", 1))
        if _ordered_words(after) == _ordered_words(name) and looks_like_person(before):
            name, title = before, after
    if not looks_like_person(name) or looks_like_organisation(name):
        return [], _entry_words(title)
    while (courtesy := HONORIFIC_START.match(name)) is not None and courtesy.end() < len(name):
        name = name[courtesy.end() :].strip(" ,.")
    words = _ordered_words(name)
    for office in (_ordered_words(title), _ordered_words(other.get("title"))):
        if office and len(words) > len(office) and words[-len(office) :] == office:
            words = words[: -len(office)]
    return words, _entry_words(title)


def _contacts_conflict(first: dict[str, Any], again: dict[str, Any]) -> bool:
    """Both give a fax, an e-mail or a phone, and none of one's is among the other's."""
    for field_name in ("fax", "email", "phone"):
        values = []
        for entry in (first, again):
            given = entry.get(field_name) or []
            given = [given] if isinstance(given, str) else given
            values.append({re.sub(r"[^\w@.]", "", str(v)).casefold() for v in given} - {""})
        if all(values) and not values[0] & values[1]:
            return True
    return False


def _titles_one(title: Any, other: Any) -> bool:
    """Two titles name one office: the same words, or one is a part of the other between
    commas (the office and its gloss: "Adalet Bakanı, Ministro della Giustizia"); "Deputy
    Minister of X" is not "Minister of X"."""
    words, other_words = _entry_words(title), _entry_words(other)
    if words == other_words:
        return True
    for one, two in ((title, other_words), (other, words)):
        texts = one.values() if isinstance(one, dict) else [one]
        parts = (p for t in texts if isinstance(t, str) for p in t.split(","))
        if any(_entry_words(part) == two for part in parts):
            return True
    return False


def _same_entry(first: dict[str, Any], again: dict[str, Any]) -> bool:
    """`again` is `first` printed once more (a model letter's inside address, a letter printed
    twice), nothing of it in conflict: both have an address, one's words all among the
    other's; no fax, e-mail or phone of one that the other lacks while giving its own; and
    - the same person: a person's name of two words or more, the same after courtesy words
      and an office printed after it ("Su Excelencia Dr. X Y Z" of "Dr. X Y Z"), a rank
      before a name of three words or more ("Commodore X Y Z"), and one's title words among
      the other's (the office and its gloss: "Adalet Bakanı, Ministro della Giustizia"); or
    - the same office or body block: the same name, no title on either, the same address.
    An office or a body is never one more time itself by its name alone (a deputy minister at
    the minister's address, a chief of staff of the President, an embassy's other office with
    no street: round 34e's mend)."""
    addresses = [_entry_words(e.get("address")) for e in (first, again)]
    if not all(addresses) or not (addresses[0] <= addresses[1] or addresses[1] <= addresses[0]):
        return False
    if _contacts_conflict(first, again):
        return False
    (person, office), (person_again, office_again) = (
        _person_and_office(first, again),
        _person_and_office(again, first),
    )
    people, titles = [person, person_again], [office, office_again]
    if all(people):
        if all(titles) and not _titles_one(first.get("title"), again.get("title")):
            return False  # another office: the deputy, the chief of staff
        short, long_ = sorted(people, key=len)
        if len(short) < 2 or long_[len(long_) - len(short) :] != short:
            return False
        # A rank before the name ("Commodore X Y Z") only before a name of three words.
        return len(long_) == len(short) or (len(short) >= 3 and len(long_) - len(short) <= 2)
    if any(people) or any(titles):
        return False
    names = [_ordered_words(e["name"]) for e in (first, again)]
    return len(names[0]) >= 2 and names[0] == names[1] and addresses[0] == addresses[1]


def _repeated_entries(entries: list[dict[str, Any]]) -> list[str]:
    """Drops from `entries` each recipient printed again after it was read (a model letter's
    inside address under the blocks, a label sheet's copy, a letter printed twice), its
    contacts and greeting given to the first reading where that has none; returns their keys.
    Entries with no name read and generic copies to an embassy are left alone."""
    dropped: list[str] = []
    kept: list[dict[str, Any]] = []
    for entry in entries:
        named = (
            isinstance(entry.get("name"), str)
            and not is_todo(entry["name"])
            and entry.get("note") != GENERIC_NOTE
        )
        first = next((k for k in kept if named and _same_entry(k, entry)), None)
        if first is None:
            if named:
                kept.append(entry)
            continue
        for field_name in _REPEAT_GIVES:
            if entry.get(field_name) and not first.get(field_name):
                first[field_name] = entry[field_name]
        if entry.get("role") == "primary":
            first["role"] = "primary"
        dropped.append(entry["key"])
    entries[:] = [e for e in entries if e.get("key") not in dropped]
    return dropped
