"""The facts at the head of an urgent action: reference, index, issue date, deadline, whether it
updates an earlier action, and country (the title: title.py)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from appeal_tui.core.importer import language_rows as rows
from appeal_tui.core.importer.countries import count_countries, english_name
from appeal_tui.core.importer.dates import (
    FoundDate,
    find_dates,
    fold,
    month_numbers,
    on_weekday,
    with_year,
    without_weekday,
)
from appeal_tui.core.importer.phrases import (
    AFTER_DATE_CHECK,
    AFTER_DATE_CHECK_BEFORE,
    APPEAL_CONTEXT,
    DEADLINE_AFTER,
    DEADLINE_BEFORE,
    DEADLINE_IN_DATE,
    ORDINAL_UA,
    SENDING_AFTER,
    UA_CODES_MORE,
    UPDATE,
    _alternatives,
    _every_word,
)

REFERENCE = re.compile(
    r"\b(UA-Nr\.?|UA|AU|EXTRA|Urgent Action|Acci[oó]n Urgente|Action Urgente|A[cç]?ção Urgente"
    rf"|{_every_word(UA_CODES_MORE)}"
    r"|Appeal(?=\s+(?:No\.|Nr\.|n[°º]|#)))"
    # "Action urgente n° 14/2026", "UA Nr. 12/24": a number sign between.
    r"\s*[:\-]?\s*(?:(?:n[°º]|no\.|nr\.|núm\.|#)\s*)?"
    # "AU 012-2030": a hyphen before a year of four digits, as some sections print it.
    r"(\d{1,4})\s*([/.]|-(?=(?:19|20)\d\d\b))\s*(\d{2,4})\b",
    re.IGNORECASE,
)
INDEX = re.compile(
    r"\b(?:AI\s+)?Index(?:\s+number)?\s*[:：]?\s*([A-Z]{3}\s?\d{2}/\d{2,5}/\d{2,4})", re.I
)
# Unlabelled, only with the index's own region codes ("ANTES DEL 10/01/2027" is a date).
_BARE_INDEX = re.compile(
    r"\b((?:AFR|AMR|ASA|EUR|MDE|ACT|POL|IOR|ORG|NWS|PRE|DOC) \d{2}/\d{2,5}/\d{2,4})\b"
)
_ISSUE_LABEL = re.compile(
    r"(?:issue date|date of issue|publication date|date|fecha(?: de (?:emisión|publicación))?"
    r"|date de publication|datum|päivämäärä|julkaistu|發布日期|发布日期|日期)\s*[:：]\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reference:
    """The document's own reference, and the earlier action's when this one updates it."""

    reference: str | None
    updates: str | None
    index: str | None


# Capital letters of the Latin, Greek and Cyrillic scripts ("ТА-03/30", "ΕΔ 12/26").
_CAPS = "A-ZÀ-ÖØ-ÝΑ-ΩЀ-ЯҐ"
# A code in capitals before a number and a year ("RRN 31/95", "ALERTA 09/2026"), not a date;
# codes joined by a hyphen stay one ("AU-XYZ 003/2030": a network's own series of actions).
_HEADER_CODE = re.compile(
    rf"(?<![\w/\-])([{_CAPS}]{{2,10}}(?:-[{_CAPS}]{{2,10}})?)\s*[:\-]?\s*"
    r"(?:(?:N[°º]|NO\.|NR\.|n[°º]|no\.|nr\.|#)\s*)?"
    r"(\d{1,4})\s*/\s*(\d{2}|\d{4})(?![\w/])"
)

# The same with the year first and a hyphen ("EA 2024-05", "UA 2023-117").
_HEADER_YEAR_CODE = re.compile(r"(?<![\w/-])([A-ZÀ-Ý]{2,10}) ((?:19|20)\d{2})-(\d{1,3})(?![\w/-])")

# A publisher's case code with the country's three letters first: OMCT's "KAZ 170926.TORT"
# (date and type), the Observatory's "TUN 004 / 0526 / OBS 052.1", a network's
# "GLHDN/UA/014/2026". The first in the text is the document's own.
_CASE_CODE = re.compile(
    r"(?<![\w/])(?:[A-Z]{3} \d{6}\.[A-Z]{2,5}"
    r"|[A-Z]{3} \d{3}\s?/\s?\d{4}\s?/\s?[A-Z]{3,5} \d{3}(?:\.\d{1,2})?"
    # (Round 28e: a network's four letters, "ORDD 014.1"; an office's code before the
    # series, "ABCD/XYZ/AU/009/2030".)
    r"|[A-Z]{2,10}(?:/[A-Z]{2,10})?/(?:UA|AU)/\d{1,4}/\d{2,4})(?![\w/])"
)


# A reference under its label in the head ("Réf. : X-123", "Ref.: ABC/2023/05"): a code of
# capitals and digits with its separators, digits in it.
_REFERENCE_LABEL = re.compile(
    r"^\s*(?:réf|ref|référence|reference|referencia|referência|riferimento|referenz|az"
    r"|aktenzeichen|nuestra ref|our ref|notre réf)\.?\s*[:：]\s*"
    r"((?=[A-Z0-9\-/. ]*\d)[A-Z][A-Z0-9]*(?:[\-/. ][A-Z0-9]+){1,5})\s*$",
    re.IGNORECASE | re.MULTILINE,
)


# A letter's own file reference under its label at the start of a line ("Unser Zeichen: AB
# 12/30 – Xy/z", "N/Réf. : XY/2030/007", "L.dz. K-0101/5/2030 Town, 1 May 2030", "Исх. № 77"):
# the code is words in capitals and digits (joined by "/", "-", "."), up to the first word that
# is not (the dictation initials after a dash, a place, a date on the next line).
_FILE_CODE_WORD = rf"[{_CAPS}\d](?:[{_CAPS}\d]|[./\-](?=[{_CAPS}\d]))*(?![^\W_])"


# A date of digits ("24.03.1999", "3/5/30"), no word of a file code.
_DATE_WORD = r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?![^\W_]|[./-]\w)"


def _file_reference_pattern(labels: list[str]) -> re.Pattern[str]:
    return re.compile(
        # At the start of a line, or in a column of the head after a wide gap or a bar ("Your
        # ref: –    Our ref: AB/12", "| Unser Zeichen | AB 12/30 |").
        # (Each gap is taken whole, never given back: a long run of blanks, or of "| ", is
        # scanned once.)
        r"(?:^[ \t]*+|(?<=\S)(?:[ \t]{2,}+|\t[ \t]*+)|(?<=[|│·])[ \t]++)"
        rf"(?i:{_alternatives(labels)})"
        # The code after a colon may stand on the next line ("Unser Zeichen:\nAB 12/30").
        r"(?![^\W_])\.?[ \t]*+((?:[:：|][ \t]*+\n?)?)[ \t]*+"
        # A number sign before the code ("Исх. N 214", "Prot. n. 12/30", "Ofício n.º 7/2030").
        r"((?:(?:№|N[°º]?|No|Nr|n\.?[°º]?)\.?[ \t]*(?=\d))?)"
        # (A date after the code is the letter's date: "Sayı : 1999/AB-12 24.03.1999".)
        rf"({_FILE_CODE_WORD}(?: (?!{_DATE_WORD}){_FILE_CODE_WORD}){{0,3}})",
        re.MULTILINE,
    )


_FILE_REFERENCES: dict[str, re.Pattern[str]] = {}


def _file_reference(text: str) -> str | None:
    """The first labelled file reference with a digit in its code, as printed: under a label
    of the document's language (or English), and after its colon or number sign unless the
    code has a letter or a slash (not the Hungarian article "Az" before "1956-os")."""
    from appeal_tui.core.importer.doc_language import detect_language

    detected = detect_language(text)
    # (A text too short to tell its language: every language's labels, under the same rule.)
    code_of = detected.code if detected.sure else "*"
    pattern = _FILE_REFERENCES.get(code_of)
    if pattern is None:
        # (Norwegian is detected as Bokmål, "nb"; Malay's labels are Indonesian's too.)
        codes = {code_of, "en", {"nb": "no", "id": "ms"}.get(code_of, code_of)}
        if code_of == "*":
            codes = set(rows.FILE_REFERENCE_LABELS)
        labels = [w for c in sorted(codes) for w in rows.FILE_REFERENCE_LABELS.get(c, [])]
        pattern = _FILE_REFERENCES[code_of] = _file_reference_pattern(labels)
    for m in pattern.finditer(text):
        code = m.group(3)
        if not any(c.isdigit() for c in code):
            continue
        if m.group(1) or m.group(2) or "/" in code or any(c.isalpha() for c in code):
            return code
    return None


_ANY_FILE_REFERENCE: list[re.Pattern[str]] = []


def is_file_reference_line(text: str) -> bool:
    """`text` opens with a letter's own file reference under its label, in any language ("Sayı
    : 1999/AB-12 24.03.1999", "L.dz. K-0101/5/2030 Town, 1 May 2030", "N/Réf. : XY/2030/7"),
    its code holding a digit: a line of the sender's head (session 27e)."""
    if not _ANY_FILE_REFERENCE:
        labels = [w for ws in rows.FILE_REFERENCE_LABELS.values() for w in ws]
        _ANY_FILE_REFERENCE.append(_file_reference_pattern(labels))
    found = _ANY_FILE_REFERENCE[0].match(text[:200].strip())
    return found is not None and any(c.isdigit() for c in found.group(3))


# Round 36e: a publisher's own series, capitals joined by hyphens (or slashes) before its
# number and year, in the first lines: "Action Alert QRX-AA 07/2030", "ACCIÓN URGENTE XY-ZW
# 07/2030", "Campaign QRN-LC 2030-11", "Case: ABCD-UAX-087-2030", "Desk – KSN-2030-017",
# "Číslo akce: QX-2030-02", "Clinic ref.: LWC/QRN/2030-07". A code of one part before a
# number ("RRN 31/95") is `_HEADER_CODE`'s, read in fewer lines.
_SERIES_CODE = re.compile(
    rf"(?<![\w/\-])(?:[{_CAPS}]{{2,10}}(?:-[{_CAPS}]{{1,10}})+[ \t]+"
    r"(?:\d{1,4}/(?:\d{2}|\d{4})|(?:19|20)\d\d-\d{1,3})"
    rf"|[{_CAPS}]{{2,10}}(?:[-/][{_CAPS}]{{1,10}}){{0,3}}[-/]"
    r"(?:\d{2,4}-(?:19|20)\d\d|(?:19|20)\d\d-\d{1,3}))(?![\w/\-])"
)


# A code of two letters or more, a number and a year, parted by slashes, in the head
# ("QQ/07/2030": a country's code, the action's number, its year).
_SLASH_CODE = re.compile(rf"(?<![\w/])[{_CAPS}]{{2,10}}/\d{{1,4}}/(?:19|20)\d\d(?![\w/])")
# (Session 28 mend, mend28e: an ISO date, "2030-03-15", is no number.)
_NUMBER = r"(\d{1,4}\s*/\s*\d{2,4}|(?:19|20)\d\d-\d{1,3})(?![\d/]|-\d)"
# A number under a label of the document's number ("شماره: ۰۳/۱۴۰۹"), or after a word for the
# kind of document and a number sign ("Alert No. 2030-03"); \d reads any script's digits.
_NUMBER_LABELS = _every_word(rows.REFERENCE_NUMBER_LABELS)
_KIND_WORDS = _every_word(rows.DOCUMENT_KIND_WORDS)
# (Round 28e: a kind of two words or more in capitals too, "URGENT ALERT No. 2030-031",
# "ХИТНА АКЦИЈА бр. 3/2030"; one word in capitals is a bulletin's or a page's heading,
# "BULLETIN No. 14/2030".)
_KIND_PHRASES = _alternatives(
    [w for ws in rows.DOCUMENT_KIND_WORDS.values() for w in ws if " " in w]
)
_SIGNS = _every_word(rows.NUMBER_SIGNS)
# Round 28e: a code of its own after a label or a number sign ("Alert no. DRF-2030-41",
# "编号：UA-2030-017", "নং: কখগ-জআ-০৯/২০৩০"): letters of any script and digits joined by
# "-", "/" or ".", a digit in it and a letter (a bare number is read by _NUMBER).
_OWN_CODE = (
    r"((?=[^\s,;:：<>]*\d)(?=[^\s,;:：<>]*[^\W\d_])"
    r"[^\s/.\-,;:：()<>\"]+(?:[/.\-][^\s/.\-,;:：()<>\"]+){1,6})(?![^\s,;:：.)<])"
)
_NUMBER_LABEL = re.compile(
    rf"(?:^|(?<=\s))(?:{_NUMBER_LABELS})\s*[:：]\s*(?:{_NUMBER}|{_OWN_CODE})"
    # (The kind's word in capitals after a hyphen too, "EILBRIEF-AKTION Nr. 7/2011", not a
    # bulletin's issue, "BULLETIN No. 22"; the number sign may be a word for "number" and
    # take a colon: "Acil Eylem No: 2025/11", "نداء عاجل رقم 09/2025".)
    # (Round 28e: the kind's phrase in capitals or not, "URGENT ALERT No. 2030-031"; a number
    # right after them, "Urgent Actie 118/30", "Blixtaktion 4/2030"; a code of its own after
    # a number sign, "Alert no. DRF-2030-41".)
    rf"|(?:(?<![^\W\d_])(?:(?i:{_KIND_PHRASES})|{_KIND_WORDS})|(?<=\w-)(?i:{_KIND_WORDS}))"
    rf"\s+(?:((?i:{_SIGNS}|{_NUMBER_LABELS}))\s*[:：]?\s*(?:{_NUMBER}|{_OWN_CODE})"
    rf"|{_NUMBER})"
    # (Round 28e: a number sign opening a line in the head before a code of its own, "N°
    # 031/ABC/2030", "No. 07/XYZ/VII/2030": the document's number under its label.)
    rf"|^[ \t]*(№|N[°º]|No\.|Nr\.)[ \t]*{_OWN_CODE}"
    # (Session 28 mend, mend28e: with nothing after the code on its line, or a date; "No.
    # 12-B, Jalan Merdeka", "No. 7/B Calle Real" are a house's number before its street; a
    # letterhead's separator after the code is the head's next part, "No. 07/XYZ/VII/2030 ·
    # Town, 18 July 2030": lead, after mend28e.)
    # (Session 29, imp29f: or a spaced dash and the place or country the action is about,
    # a few capitalised words to the line's end: "N° 031/ABC/2031 – Lorvania".)
    r"(?=[ \t]*(?:$|[,;–—-]?[ \t]*\d|[·|•])"
    r"|[ \t]+[–—-][ \t]+[^\W\d_a-zß-ÿ][^\W\d_]*(?:[ \t-][^\W\d_a-zß-ÿ][^\W\d_]*){0,2}[ \t]*$)",
    re.MULTILINE,
)
# A number sign's code before a spaced dash and a place: a reference's shape, letters and a
# slash ("N° 031/QRS/2031 – Lorvania"), not a house's number ("No. 12-A – Jakarta Pusat").
_DASH_AFTER = re.compile(r"[ \t]+[–—-][ \t]")
_REFERENCE_SHAPE = re.compile(r"/|[^\W\d_]{2}")


def _dash_heading(searched: str, number: re.Match[str]) -> bool:
    """Mend29c: "N° CODE – Country" is the reference on a heading line alone, one of the
    document's first lines (an address block's house number is none), the code shaped as a
    reference; with nothing or a date after the code, as before. `searched` is the text the
    number was found in (its lines that hold text)."""
    if not _DASH_AFTER.match(searched, number.end()):
        return True
    line = searched.count("\n", 0, number.start())
    return line < 4 and _REFERENCE_SHAPE.search(number.group(8)) is not None


# Mend 36c: where a series code is the appeal's own reference. Right after the appeal's kind
# ("Action Alert QRX-AA 07/2030", "Urgent Appeal Case: ABCD-UAX-087-2030"; the kind opening
# its part of the line, or after a date: "Court of Appeal X", "Criminal Appeal X" are a
# court's; a bulletin's code is an issue's), or after a reference's label ("Clinic ref.:",
# "– Réf.", "Číslo akce:"); or the last part of a head line right under the kind's heading
# alone ("URGENT APPEAL" / "Network – Desk – KSN-2030-017"). A code in a sentence, after a
# product's, a report's, a court's or an issue's word, or on a line of its own with no kind
# above, is none.
_SERIES_KIND = re.compile(
    rf"(?:(?<![^\W\d_])(?:(?i:{_KIND_PHRASES})|{_KIND_WORDS}|(?:Letter-Writing )?Campaign))"
    r"(?:[ \t]+(?i:case|ref\.?|no\.?|nr\.?|n[°º]))?[ \t]*[:：]?[ \t]*$"
)
_SERIES_LABEL = re.compile(
    r"(?<![^\W\d_])(?i:ref|réf|rif|reference|référence|referencia|referência|riferimento"
    r"|referenz|číslo(?:[ \t]+akce)?)\.?[ \t]*[:：]?[ \t]*$"
)
_PART_EDGE = re.compile(r"(?:^|[:：·|•]|[ \t][–—-]|\d{4})[ \t]*$")


_SENTENCE_AFTER = re.compile(r"[ \t]+[^\W\d_A-ZÀ-Þ]")
_LINE_ENDS = re.compile(r"[ \t.,;]*(?:\n|\Z)")
_KIND_HEADING = re.compile(rf"[\W_]*(?:(?i:{_KIND_PHRASES})|{_KIND_WORDS})[\W_]*")


def _series_reference(head: str) -> str | None:
    """Round 36e's series code (`_SERIES_CODE`) where a reader takes it as the appeal's own
    reference (mend 36c), else None. (Linear: what is looked at before a code is its line's
    last 120 characters.)"""
    line_start, searched = 0, 0
    for series in _SERIES_CODE.finditer(head):
        code = series.group(0)
        line_start = max(line_start, head.rfind("\n", searched, series.start()) + 1)
        searched = series.start()
        if any(fold(part) in month_numbers() for part in re.split(r"[-/ \t]", code)):
            continue
        if _SENTENCE_AFTER.match(head, series.end()):
            continue  # (a sentence goes on after it: "KPK-2030-117 lo acusa")
        low = max(line_start, series.start() - 120)
        # (A line cut short to the window opens no part: "x" before it is no edge.)
        ahead = ("x" if low > line_start else "") + head[low : series.start()]
        kind = _SERIES_KIND.search(ahead)
        if kind is not None and "bulletin" not in kind.group(0).lower():
            before = ahead[: kind.start()].rstrip(" \t#*>_")
            before = "".join(c for c in before if not unicodedata.category(c).startswith("S"))
            if _PART_EDGE.search(before):
                return code
        if _SERIES_LABEL.search(ahead):
            return code
        if _LINE_ENDS.match(head, series.end()) and _PART_EDGE.search(ahead.rstrip(" \t")):
            row = head.count("\n", 0, series.start())
            above = head.split("\n")[row - 1] if row > 0 else ""
            if above and _KIND_HEADING.fullmatch(above.strip()):
                return code
    return None


# Round 38e: a head line that gives the appeal's code and then its issue date after a mark
# ("QDN UAX 31-07 · 4 March 2031", "ACTION ALERT 31/07 | 9 October 2031", "QDN Appeal No.
# NV-2031-07 | 12 May 2031"): what stands before the date is the reference. The words before
# the code are a publisher's letters in capitals, the kind's words or a number sign; the code
# holds a digit and is letters in capitals and digits joined by "-", "/" or ".".
_DATE_MARK = re.compile(r"[ \t]+[·|•][ \t]+|[ \t]{3,}")
_HEAD_CODE = re.compile(rf"[{_CAPS}\d]+(?:[-/.][{_CAPS}\d]+){{0,5}}")
_HEAD_PUBLISHER = re.compile(rf"[{_CAPS}]{{2,10}}(?:-[^\W\d_]+)?")
_HEAD_NUMBER = re.compile(r"\d{1,4}[-/]\d{2,4}")
_HEAD_SIGN = re.compile(r"№|N[°º]\.?|No\.|Nr\.")
_KIND_TOKENS: list[set[str]] = []


def _head_token(token: str) -> bool:
    """A word that may stand before a head line's code: a publisher's letters in capitals
    ("QDN", "ABCD-Asia"), a word of the appeal's kind, capitalised ("Appeal", "ALERT"; not a
    bulletin's), or a number sign."""
    return _HEAD_PUBLISHER.fullmatch(token) is not None or _kind_or_sign(token)


def _kind_or_sign(token: str) -> bool:
    """A number sign ("No.", "N°") or a word of the appeal's kind, capitalised."""
    if not _KIND_TOKENS:
        _KIND_TOKENS.append(
            {
                fold(word)
                for ws in rows.DOCUMENT_KIND_WORDS.values()
                for phrase in ws
                for word in phrase.split()
            }
            - {"bulletin"}
        )
    if _HEAD_SIGN.fullmatch(token):
        return True
    return token[:1].isupper() and fold(token) in _KIND_TOKENS[0]


_OTHER_ACTIONS = re.compile(
    r"\s*(?i:related|see also|other actions|previous actions|earlier actions|more actions)"
)


def _kind_letters() -> set[str]:
    """Mend 38e: the initials of the kind's two-word names ("Urgent Action" UA, "Acción
    urgente" AU), a kind's letters before a code ("QDN UAX 31-07", "AU N° 2031-07")."""
    return {
        "".join(w[0] for w in phrase.split()).upper()
        for ws in rows.DOCUMENT_KIND_WORDS.values()
        for phrase in ws
        if len(phrase.split()) == 2
    }


def _appeal_words(before: list[str]) -> bool:
    """Mend 38e: the words before a head line's code name an appeal: at most one
    publisher's acronym of 2-6 capitals, the rest words of the appeal's kind ("Urgent
    Action", "ALERT"), a kind's letters with one more ("UAX") or a number sign, which only
    follows a kind's word ("QDN Appeal No.", "AU N°"). "CASE No.", "LAW No.", "TRIAL DAY",
    "FLIGHT KL", "MINISTRY OF JUSTICE" name another kind of document or a body."""
    acronyms = 0
    kind = False
    for word in before:
        if _HEAD_SIGN.fullmatch(word):
            if not kind:
                return False
        elif _kind_or_sign(word) or (
            re.fullmatch(rf"[{_CAPS}]{{2,3}}", word) is not None and word[:2] in _kind_letters()
        ):
            kind = True
        elif re.fullmatch(rf"[{_CAPS}]{{2,6}}(?:-[^\W\d_]+)?", word) and not acronyms and not kind:
            acronyms += 1
        else:
            return False
    return True


def _dated_head_code(head: str) -> str | None:
    """Round 38e: the reference on a head line before its issue date (see `_DATE_MARK`), as
    printed; a code with letters in it alone ("NV-2031-07"), a number with the words before
    it ("QDN UAX 31-07"). None when no line of `head` is so shaped. (Linear: each line is
    split once and its words checked one by one.)"""
    for line in head.split("\n"):
        if _OTHER_ACTIONS.match(line):
            break  # (Mend 38e: "Related actions:", "See also": other appeals' codes below)
        mark = _DATE_MARK.search(line)
        if mark is None or line.lstrip().startswith(">"):
            continue  # (a quoted line, "> QDN UA 31-07 · ...", is a forwarded message's)
        words = line[: mark.start()].strip(" \t#*_").split()
        if not 2 <= len(words) <= 5:
            continue
        code, before = words[-1], words[:-1]
        if not _appeal_words(before):
            continue
        lettered = any(c.isalpha() for c in code)
        if lettered:
            # (A code of letters only after a number sign or the kind's word: "Appeal No.
            # NV-2031-07"; "WHO COVID-19" is a name.)
            if not _HEAD_CODE.fullmatch(code) or not re.search(r"\d", code):
                continue
            if not re.search(r"[-/.]", code) or not _kind_or_sign(before[-1]):
                continue
        elif not _HEAD_NUMBER.fullmatch(code):
            continue  # (a number and its year, "31-07", "07/31"; not "24/7", "14.30")
        if not all(_head_token(word) for word in before):
            continue
        after = line[mark.end() :].strip()
        dates = find_dates(after)
        if not dates or dates[0].start != 0 or dates[0].date is None:
            continue
        # (The code numbers the action in the year of the date beside it: "31-07" or
        # "NV-2031-07" dated 2031; "TEL 030-1234", "FAX 01-45" are numbers.)
        year = str(dates[0].date.year)
        parts = re.findall(r"\d+", code)
        if not (year in parts or parts[0] == year[2:] or parts[-1] == year[2:]):
            continue
        if not lettered and "-" in code and parts[0] not in (year, year[2:]):
            continue  # (a hyphen's number gives its year first, "31-07"; "BOX 12-31" is none)
        if not lettered and len(before) < 2 and not _kind_or_sign(before[0]):
            continue  # (one word in capitals before a number: a place's, "VELMORA 12-31")
        return code if lettered else " ".join(words)
    return None


def _phrase_start(head: str, start: int) -> int | None:
    """Mend 36c: where the phrase of a kind found at `start` begins: over a word joined to it
    by a hyphen ("Solidaritäts-Aktion", "Amnesty-Eilaktion") and back over the words of its
    line in the kind's own style, capitalised ("Urgent Action Alert", "Urgent Letter-Writing
    Action") or in capitals ("URGENT ALERT"), up to the line's start, a separator ("·", "|",
    ":", a spaced dash), a word in small letters or in another style ("CARTOON DESK Alert":
    a desk's name in capitals before the kind). None when no edge is found in the 80
    characters before it (then the number alone is given)."""
    line_start = head.rfind("\n", 0, start) + 1
    low = max(line_start, start - 80)
    before = head[low:start]
    at = len(before)
    glued = re.search(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*-\Z", before)
    if glued is not None:
        at = glued.start()
    words = head[start : start + 80].split(maxsplit=1)
    first = words[0] if words else ""
    if first[:1].isupper():
        capitals = first.isupper()
        while True:
            word = re.search(r"(?:^|[ \t])([^\W\d_][\w'’]*(?:-[\w'’]+)*)[ \t]+\Z", before[:at])
            if word is None:
                break
            token = word.group(1)
            if not token[0].isupper() or token.isupper() != capitals:
                break
            at = word.start(1)
    if at == 0 and low > line_start:
        return None
    return low + at


# "UA-45/2030-2": the number of an update after the action's (the second update of 45/2030).
_UPDATE_SUFFIX = re.compile(r"-(\d{1,2})(?![\w/])")


_GLUED_CODE = re.compile(r"(?<![\w-])[A-Z]{2,6}-$")


def _one_digit_set(number: str) -> str:
    """A number printed with two sets of Arabic-script digits ("۱۳/۲٥": Persian digits and an
    Arabic six, as some fonts map them) in the set most of its digits use."""
    persian = sum("\u06f0" <= c <= "\u06f9" for c in number)
    arabic = sum("\u0660" <= c <= "\u0669" for c in number)
    if not persian or not arabic:
        return number
    if persian >= arabic:
        return "".join(chr(ord(c) + 0x90) if "\u0660" <= c <= "\u0669" else c for c in number)
    return "".join(chr(ord(c) - 0x90) if "\u06f0" <= c <= "\u06f9" else c for c in number)


def _in_link(text: str, m: re.Match[str]) -> bool:
    """A number with a hyphen inside a link or a file name ("amnesty.de/ua-232-2009/..."):
    the address of a page, which may be another's."""
    start = max(text.rfind(c, 0, m.start()) for c in " \n\t") + 1
    ends = [i for i in (text.find(c, m.end()) for c in " \n\t") if i >= 0]
    token = text[start : min(ends) if ends else len(text)]
    return m.group(3) == "-" and bool(re.search(r"[/_]", token))


def _head(text: str, lines: int = 8) -> str:
    """The first `lines` lines that hold text (a page's blank lines and a cookie notice's
    menu bullets do not count)."""
    kept = [ln for ln in text.split("\n") if re.search(r"\w", ln)]
    return "\n".join(kept[:lines])


def _normalise(m: re.Match[str]) -> str:
    prefix = m.group(1).upper().rstrip(".")
    prefix = {"URGENT ACTION": "UA", "ACCION URGENTE": "AU", "ACCIÓN URGENTE": "AU"}.get(
        prefix, prefix
    )
    prefix = "UA" if prefix.startswith("UA-NR") else prefix.rstrip("S")
    prefix = "AU" if prefix in ("ACTION URGENTE", "AÇÃO URGENTE", "ACÇÃO URGENTE") else prefix
    return f"{prefix} {m.group(2)}{m.group(3)}{m.group(4)}"


def _near(text: str, a: int, b: int) -> bool:
    """Two places on the same line or on lines next to each other."""
    low, high = min(a, b), max(a, b)
    return text.count("\n", low, high) <= 1


def find_reference(text: str) -> Reference:
    """ "UA 264/12", "AU 62/13", "EXTRA 91/96"; "Further information on UA 264/12" also sets
    `updates`; without a UA number, the AI index ("MDE 24/076/2012") is the reference."""
    index_match = INDEX.search(text) or _BARE_INDEX.search(text)
    index = " ".join(index_match.group(1).split()) if index_match else None
    first = next((m for m in REFERENCE.finditer(text) if not _in_link(text, m)), None)
    if first is None:
        case = _CASE_CODE.search(text)
        if case is not None:
            return Reference(" ".join(case.group(0).split()), None, index)
        labelled = _REFERENCE_LABEL.search("\n".join(text.split("\n")[:15]))
        if labelled is not None and not index:
            # "Réf. : AU-CMR-2023-05" in a letter head: the publisher's own number, as printed.
            return Reference(labelled.group(1).strip(), None, index)
        own = None if index else _file_reference(text)
        if own is not None:
            # "Unser Zeichen: AB 12/30" in an institution's letter: its own file reference,
            # under its label, before any code guessed from the head's capitals.
            return Reference(own, None, index)
        head = _head(text)
        code = None if index else _HEADER_CODE.search(head)
        if code is not None and fold(code.group(1)) not in month_numbers():
            # "RRN 31/95", "ALERTA 09/2026": a publisher's code in capitals in the header,
            # with its update's suffix (round 28e: "NI 41/30-2", the second update).
            tail = _UPDATE_SUFFIX.match(head, code.end())
            said = f"{code.group(1)} {code.group(2)}/{code.group(3)}{tail.group(0) if tail else ''}"
            return Reference(said, None, index)
        code = None if index else _HEADER_YEAR_CODE.search(head)
        if code is not None and fold(code.group(1)) not in month_numbers():
            # "Eilaktion EA 2024-05": the year first and the number after a hyphen, as printed.
            return Reference(code.group(0), None, index)
        slash = None if index else _SLASH_CODE.search(head)
        if slash is not None:
            return Reference(slash.group(0), None, index)
        number = _NUMBER_LABEL.search(_head(text, 3 if index else 30))
        # (Groups: a label's number or code; a kind's sign, then its number or code; a
        # number right after the kind.)
        if number is not None and index and not number.group(4) and not number.group(6):
            number = None  # (with an index, only an action's number right under its kind)
        searched_head = _head(text, 3 if index else 30)
        if number is not None and number.group(8) and not _dash_heading(searched_head, number):
            number = None
        if number is not None and (number.group(5) or number.group(6)):
            # Session 28 mend (mend28e): a kind's word before a code of its own or a bare
            # number is the document's only heading its line ("Urgent Actie 118/30"), not a
            # court's case in a sentence ("Criminal Appeal 112/2029", "Appeal No. 4-B/2030
            # will be heard") or a periodical's title ("... Human Rights Bulletin 14/2030").
            searched = _head(text, 3 if index else 30)
            line_start = searched.rfind("\n", 0, number.start()) + 1
            line_end = searched.find("\n", number.end())
            ahead = searched[line_start : number.start()].strip(" \t#*>_-")
            rest = searched[number.end() : line_end if line_end >= 0 else len(searched)]
            # (A subject's label may stand before it, "Onderwerp: Fwd: Urgent Actie 117/31";
            # a sentence goes on after it in lower case, "will be heard".)
            if (ahead and not ahead.endswith((":", "："))) or re.match(r"\s+[^\W\d_A-ZÀ-Þ]", rest):
                number = None
        if number is not None:
            # The number as printed ("۰۳/۱۴۰۹", "2030-03"), without its label.
            found = number.groups()
            said = " ".join(next(g for g in (*found[3:6], *found[:2], found[7]) if g).split())
            head = _head(text, 3 if index else 30)
            sign = number.start(3) if number.group(3) else number.start(7)
            opens_line = not head[head.rfind("\n", 0, sign) + 1 : sign].strip()
            if (number.group(5) and opens_line) or number.group(7):
                # Round 28e: a number sign opening its line before a code of its own ("N°
                # 031/ABC/2030", under the kind's heading or not): the code's label, kept.
                said = " ".join(head[sign : number.end()].split())
            start = max(head.rfind(c, 0, number.start()) for c in " \n\t") + 1
            word = head[start:].split(maxsplit=1)[0]
            kind = number.group(4) or number.group(6)
            if kind and re.fullmatch(r"[A-ZÀ-Ý]{2,}(?:-[A-ZÀ-Ý]{2,})+", word):
                # "EILBRIEF-AKTION Nr. 7/2011": a code in capitals, kept as printed.
                said = " ".join(head[start : number.end()].split())
            elif kind:
                # Round 36e: a number under the kind of document it numbers ("Hasteaksjon nr.
                # 14/2030", "Alert no. 2030-14", "Appel n° 03/2030", "Eilaktion 07/2030"):
                # the reference as printed, its kind and sign with it; the number alone
                # names no series (a publisher's alerts and its appeals count apart).
                # (Mend 36c: the kind's whole phrase, "Urgent Action Alert No. 12/2030",
                # "Solidaritäts-Aktion Nr. 5/2030", never a later part of it.)
                phrase = _phrase_start(head, number.start())
                if phrase is not None:
                    said = " ".join(head[phrase : number.end()].split())
            return Reference(_one_digit_set(said), None, index)
        series = None if index else _series_reference(_head(text, 30))
        if series is not None:
            return Reference(series, None, index)
        dated = None if index else _dated_head_code(_head(text, 40))
        if dated is not None:
            return Reference(dated, None, index)
        if not index:
            # A code the page names again further down ("RAN 03/30" in its heading and in
            # "an update to RAN 03/30"), under a site's menus and banners.
            codes = Counter(
                f"{m.group(1)} {m.group(2)}/{m.group(3)}"
                for m in _HEADER_CODE.finditer(text)
                if fold(m.group(1)) not in month_numbers()
            )
            again = [c for c, n in codes.items() if n >= 2]
            if again:
                return Reference(again[0], None, index)
        return Reference(index, None, index)
    if index_match is not None and not _near(text, first.start(), index_match.start()):
        beside = next(
            (m for m in REFERENCE.finditer(text) if _near(text, m.start(), index_match.start())),
            None,
        )
        if beside is not None and text[max(0, first.start() - 1) : first.start()] == "(":
            # "(UA 61/02) was released" in a bulletin's news above the action, whose own
            # number stands beside its AI index: the action's is the one by the index.
            first = beside
    own = _normalise(first)
    # Round 28e: a publisher's letters joined to "UA" by a hyphen ("ABCD-UA 12/2030"): its
    # own series, kept whole.
    glued = _GLUED_CODE.search(text, max(0, first.start() - 12), first.start())
    suffix = _UPDATE_SUFFIX.match(text, first.end())
    if suffix is None:
        # "Fwd: Eilaktion UA 087/25 Update 2" in a subject, then "UA-Nr.: UA 087/25-2" in the
        # action: the same number printed again with its update's suffix is this document's.
        suffixed = [
            tail
            for later in REFERENCE.finditer(text, first.end())
            if _normalise(later) == own
            and (tail := _UPDATE_SUFFIX.match(text, later.end())) is not None
        ]
        if suffixed:
            suffix = max(suffixed, key=lambda tail: int(tail.group(1)))
    if suffix is not None:
        own += suffix.group(0)
        for later in REFERENCE.finditer(text, first.end(), first.end() + 200):
            tail = _UPDATE_SUFFIX.match(text, later.end())
            if tail and _normalise(later) == _normalise(first) and tail.group(0) != suffix.group(0):
                # "Weitere Informationen zu UA-45/2030-1" above "UA-45/2030-2": this
                # document is the second update, the first is the one it follows.
                return Reference(_normalise(later) + tail.group(0), own, index)
    if glued is not None:
        own = glued.group(0) + own
    updates = None
    for m in REFERENCE.finditer(text):
        window = text[max(0, m.start() - 60) : m.end()]
        ordinal = ORDINAL_UA.search(text[max(0, m.start() - 12) : m.end()])
        if UPDATE.search(window) or ordinal:
            updates = _normalise(m)
            if m.start() == first.start():
                own = (
                    f"{ordinal.group(1).capitalize()} {own}"
                    if ordinal
                    else f"Further information on {own}"
                )
            break
    return Reference(own, updates, index)


def find_issued(text: str, dates: list[FoundDate]) -> dt.date | None:
    """A labelled issue date; else a date on the reference's line; else one at the very top."""
    for found in dates:
        if found.date and _ISSUE_LABEL.search(text[max(0, found.start - 40) : found.start]):
            return found.date
    for line in re.finditer(r"[^\n]+", text[:3000]):
        if REFERENCE.search(line.group(0)) or INDEX.search(line.group(0)):
            for found in dates:
                if found.date and line.start() <= found.start < line.end():
                    return found.date
    head = "\n".join(text.split("\n")[:8])
    for found in dates:
        if found.date and found.end <= len(head):
            return found.date
    return None


# A word that closes a range as often as it gives a deadline ("tot en met"), and the same
# right after a date or a number ("van 3 tot en met 5 mei", "van 3 maart tot en met 12 mei").
_RANGE_WORDS = _every_word(rows.RANGE_CLOSING)
_RANGE_CLOSING = re.compile(rf"(?<!\w)(?:{_RANGE_WORDS})\s*$", re.IGNORECASE)
_RANGE_CLOSED = re.compile(
    rf"\d[.,)]?(?:[ \t]+[^\W\d_]{{3,12}}\.?)?\s*(?:{_RANGE_WORDS})\s*$", re.IGNORECASE
)
_AFTER_DATE_WORDS = _every_word(rows.RANGE_CLOSING_AFTER_DATE)
# "vom 3. bis ", "del 3 hasta el ", "2031 bis ": a period's end right after a bare number or
# a date's year. A number with a word that is not a month ("in den nächsten 3 Wochen bis") is
# no opening date; "1. März bis " is found through the dates themselves (see _period_closed).
_PERIOD_CLOSED = re.compile(rf"\d[.,)]?[ \t]*(?:{_AFTER_DATE_WORDS})[ \t]*$", re.IGNORECASE)
_PERIOD_CLOSED_AFTER_DATE = re.compile(rf"[.,]?[ \t]*(?:{_AFTER_DATE_WORDS})[ \t]*", re.IGNORECASE)
# Words about the action, the appeal or the writing: a period's end on their line is a deadline.
_PERIOD_ACTION = re.compile(
    rf"(?<!\w)(?:{_every_word(rows.PERIOD_ACTION_WORDS)})",
    re.IGNORECASE,
)


def _period_closed(
    text: str, found: FoundDate, before: str, dates: list[FoundDate], line: str
) -> bool:
    """Whether the date closes a period ("1. März 2031 bis 30. April 2031", a bulletin's issue)
    rather than giving a deadline: right after a date or a bare number and "until", on a line
    that does not speak of the action, the appeal or the writing."""
    closed = _PERIOD_CLOSED.search(before) is not None or any(
        other.end <= found.start
        and found.start - other.end <= 20
        and _PERIOD_CLOSED_AFTER_DATE.fullmatch(text[other.end : found.start])
        for other in dates
    )
    return closed and not _PERIOD_ACTION.search(line)


# A day named in up to three words with its date in brackets: "Trinity Sunday (".
_NAMED_DAY = re.compile(rf"\s+((?:[{_CAPS}][\w'’\-]*\s+){{0,2}}[{_CAPS}][\w'’\-]*)\s*\(\s*$")


_EMPHASIS = re.compile(r"(?<![\w*_])[*_]{1,3}|[*_]{1,3}(?![\w*_])")
_BARE_BEFORE = re.compile(rf"(?:{'|'.join(map(re.escape, rows.DEADLINE_BEFORE_BARE))})\s*$")
_REQUEST = re.compile("|".join(map(re.escape, rows.DEADLINE_REQUEST_WORDS)))
_SENTENCE_STOP = re.compile(r"[។.!?]\s")


# Session 28 mend (mend28e): "before"/"until" words a story uses too, before the date (or
# after it, Finnish "asti"), and a label noun with words after it before the colon.
_STORY_WORDS = [w for ws in rows.DEADLINE_WORDS_IN_A_STORY.values() for w in ws]
_STORY_BEFORE = re.compile(rf"(?<!\w)(?:{_alternatives(_STORY_WORDS)})\s*$", re.IGNORECASE)
_STORY_AFTER = re.compile(rf"^\s*(?:{_alternatives(_STORY_WORDS)})(?!\w)", re.IGNORECASE)
_STORY_NOUNS = [w for ws in rows.DEADLINE_NOUNS_IN_A_STORY.values() for w in ws]
_NOUN_LABEL = re.compile(
    rf"(?<!\w)(?:{_alternatives(_STORY_NOUNS)})"
    r"((?:\s+[^\s:：]+){1,3})\s*[:：]\s*$",
    re.IGNORECASE,
)
_LABEL_WORD = re.compile(
    rf"(?:{_every_word(rows.DEADLINE_LABEL_WORDS)})",
    re.IGNORECASE,
)


# Session 29 (imp29f): a sentence that opens with an order to act (ACT_NOW), past a list's
# bullet or a heading's marks.
_ACT_OPENS = re.compile(
    rf"[\s\W]*(?:{_every_word(rows.ACT_NOW)})(?!\w)",
    re.IGNORECASE,
)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end]: from the stop before it to the stop after it."""
    stops = list(_SENTENCE_STOP.finditer(text, max(0, start - 300), start))
    begin = stops[-1].end() if stops else max(0, start - 300)
    after = _SENTENCE_STOP.search(text, end)
    return text[begin : after.start() + 1 if after else min(len(text), end + 300)]


def _story_word(text: str, found: FoundDate, before: str, after: str, line: str) -> bool:
    """Session 28 mend (mend28e): the date follows a word a story uses as often as a request
    (DEADLINE_WORDS_IN_A_STORY), in a sentence without words about the appeal and not alone
    with it on its line; or a label noun ("Termin", "Closing date") whose words before the
    colon are not about sending ("Termin rozprawy apelacyjnej:", "Last date seen:")."""
    label = _NOUN_LABEL.search(before)
    if label is not None and not DEADLINE_AFTER.match(after):
        words = [w.strip("()[]«»\"'") for w in label.group(1).split()]
        if any(not _LABEL_WORD.match(w) and not APPEAL_CONTEXT.search(w) for w in words if w):
            return True
    word = _STORY_BEFORE.search(before) or _STORY_AFTER.match(after)
    if word is None:
        return False
    rest = line.replace(text[found.start : found.end], " ")
    for w in _STORY_WORDS:
        rest = re.sub(rf"(?<!\w){re.escape(w)}", " ", rest, flags=re.IGNORECASE)
    if not re.sub(r"[\W_]+", "", rest):
        return False  # alone with its date on a line: a label
    sentence = _sentence_around(text, found.start, found.end)
    # (Round 31a: a page's status line parts its fields with dots or bars, "Issued: 9 May
    # 2031 · Act before: 20 June 2031": the field holding the date opens like a sentence.)
    line_start = text.rfind("\n", 0, found.start) + 1
    field = FIELD_SEPARATOR.split(text[line_start : found.start])[-1]
    return not (
        APPEAL_CONTEXT.search(sentence) or _ACT_OPENS.match(sentence) or _ACT_OPENS.match(field)
    )


FIELD_SEPARATOR = re.compile(r"\s[·•|]\s")


# Session 30 (imp30g): the soft deadline in any language ("Po 30. září 1998 se před odesláním
# informujte ...", "2031年5月3日以降に送る場合は、事務局までお問い合わせください", "APRES LE 3
# MAI 2031, VERIFIEZ AUPRES ..."): an "after" word before or after the date and a word for
# "check", "contact" in its sentence or the next (language_rows.SOFT_*).
_UNSPACED = ("ja", "zh")  # written without spaces: no word's edges to look for


def _soft_rows(code: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str]]:
    """One language's "after" words (before the date, after it) and its check words, whole."""
    before = rows.SOFT_AFTER_BEFORE.get(code)
    after = rows.SOFT_AFTER_AFTER.get(code)
    edge = ("", "") if code in _UNSPACED else (r"(?<!\w)", r"(?!\w)")
    check = re.compile(
        rf"{edge[0]}(?:{_alternatives(rows.SOFT_CHECK.get(code, []))}){edge[1]}", re.IGNORECASE
    )
    return (
        re.compile(rf"(?<!\w)(?:{_alternatives(before)})\s*$", re.IGNORECASE) if before else None,
        re.compile(rf"^[\s,]*(?:{_alternatives(after)})", re.IGNORECASE) if after else None,
        check,
    )


# mend30c: each language's "after" row with its own check row only (Polish "na" is Dutch
# "after", "kontaktu" begins Norwegian "kontakt").
_SOFT_ROWS = [
    _soft_rows(code)
    for code in rows.SOFT_CHECK
    if code in rows.SOFT_AFTER_BEFORE or code in rows.SOFT_AFTER_AFTER
]


# Sending written as a verb's stem the appeal words lack: Japanese "送る"/"送ら", Czech
# "odeslání"/"odešlete", Slovak "odoslan", Polish "wysył"; a request to intervene ("MERCI
# D'INTERVENIR", "please intervene").
_SENT = re.compile(r"送る|送ら|送信|odesl|odešl|odosl|wysył|wysyl|interven")


def _soft_after(text: str, found: FoundDate, before: str, after: str, dated: bool) -> bool:
    """Whether the date is the one after which letters are checked first: an "after" word
    next to it and a word of the same language for "check" or "contact" in its sentence or
    the one after it. Without an issue date (a story's past date cannot be told), the check
    word or a word about appeals must be in the date's own sentence."""
    if DEADLINE_BEFORE.search(before):
        return False  # "not after X": a clear deadline, read as one
    if not found.has_year:
        # (Third review: a story's "after 3 January" is pushed into the next year by
        # `with_year`, past the issue date; a check-first date prints its year.)
        return False
    own = _sentence_around(text, found.start, found.end)
    sentence = own
    stop = _SENTENCE_STOP.search(text, found.end)
    if stop is not None:
        following = _SENTENCE_STOP.search(text, stop.end())
        sentence += text[stop.end() : following.start() if following else stop.end() + 200]
    stops = list(_SENTENCE_STOP.finditer(text, max(0, found.start - 400), found.start))
    earlier = text[stops[-2].end() if len(stops) >= 2 else max(0, found.start - 400) : found.start]
    near = f"{earlier} {sentence}"
    if not (
        APPEAL_CONTEXT.search(near)
        or APPEAL_CONTEXT.search(near.lower())
        or _SENT.search(near.lower())
    ):
        # (Third review: the date's sentence, the one before or the one after speaks of
        # appeals, letters or sending; "the trial resumes after X. The family has had no
        # contact ..." does not.)
        return False
    for before_words, after_words, check in _SOFT_ROWS:
        if not (
            (before_words is not None and before_words.search(before))
            or (after_words is not None and after_words.match(after))
        ):
            continue
        if dated and check.search(sentence):
            return True
        if check.search(own) or (APPEAL_CONTEXT.search(own) and check.search(sentence)):
            return True
    return False


# Round 31a: a year printed alone or after a month's name ("Advent 2026", "maart 2009",
# "Spring 2026"), not inside a longer number, nor another era's ("15 Chaitra 2061", "2570").
# (mend31B: only a year after a month's or a season's name, "The Lamplighter › March 2025",
# "Spring 2026 letter-writing case", or closing a short line after words, a heading's "Lent
# 2031": not a birth year in prose, "born in 1998, is ...", nor a street number opening its
# line, "2010 Example Avenue NW".)
_HEAD_YEAR = re.compile(r"(?<![\d/.\-])(19[5-9]\d|20[0-4]\d)(?![\d/\-]|\.\d)")
_HEADING_YEAR = re.compile(
    r"^[^\S\n]*(?:[^\W\d_][\w'’.\-]*[^\S\n]+){1,5}(19[5-9]\d|20[0-4]\d)[^\S\n]*[.:,]?[^\S\n]*$",
    re.MULTILINE,
)
_SEASONS = {w for ws in rows.SEASON_WORDS.values() for w in ws}


def _printed_year(text: str) -> int | None:
    """The first year the top of the text prints after a month's or a season's name (past a
    day, "March 23, 2026"), or closing a short heading line."""
    months = month_numbers()
    for m in _HEAD_YEAR.finditer(text, 0, 1500):
        line_start = text.rfind("\n", 0, m.start()) + 1
        words = re.findall(r"[^\W\d_]+", text[max(line_start, m.start() - 25) : m.start()])
        if words and (
            (fold(words[-1]) in months and len(words[-1]) >= 3) or fold(words[-1]) in _SEASONS
        ):
            return int(m.group(1))
        heading = _HEADING_YEAR.match(text, line_start)
        if heading is not None and heading.end(1) == m.end(1):
            return int(m.group(1))
    return None


def _year_of_text(found: FoundDate, text: str, dates: list[FoundDate]) -> dt.date | None:
    """Round 31a: "by 3 Oct" in a text with no issue date and no dated day before it: the
    first such day after every day the text dates with its year (a post's "Posted 21 Sep
    2024" below it; mend31B: after the latest, so that a story's "arrested on 20 January
    2025" is before the deadline, not after it), else after the start of the year a heading
    prints near the top ("Advent 2026", "maart 2009")."""
    if found.date is not None:
        return found.date
    full = [d.date for d in dates if d.date is not None and d.has_year]
    printed = _printed_year(text)
    bounds = full + ([dt.date(printed, 1, 1)] if printed else [])
    if not bounds:
        return None
    latest = max(bounds)
    date = with_year(found, latest)
    return date if date is not None and (date > latest or not full) else None


# Round 31a: a deadline's noun as a label right before the date, on its line ("⏳ prazo: até
# 4/4", "termin: do 31.05", "⏰ Prazo: mandem até 20/06"): the line is about the appeal as
# much as one with "deadline" on it (which APPEAL_CONTEXT holds).
_DEADLINE_LABEL = re.compile(
    rf"(?<!\w)(?:{_every_word(rows.DEADLINE_NOUNS)})\s*[:：]",
    re.IGNORECASE,
)


def _wrapped_sentence(text: str, found: FoundDate, line_start: int) -> str:
    """Round 31a: the date's sentence as far back as the line before the date's ("Cal enviar
    les\ncartes abans del 30 de novembre", "Please write ... on your own\nnotepaper, by
    Wednesday 12 June"): a sentence the page wrapped speaks of the appeal on its first line."""
    previous = text.rfind("\n", 0, line_start - 1) + 1 if line_start else 0
    stops = list(_SENTENCE_STOP.finditer(text, previous, found.start))
    begin = stops[-1].end() if stops else previous
    blank = text.rfind("\n\n", begin, found.start)
    if blank >= 0:
        begin = blank + 2  # a paragraph's end ends the sentence too
    line_end = text.find("\n", found.end)
    line_end = len(text) if line_end < 0 else line_end
    stop = _SENTENCE_STOP.search(text, found.end, line_end)
    sentence = text[begin : stop.start() + 1 if stop else line_end]
    # (mend31B: the sentence asks the reader to send or write, "Please write ...", "Cal enviar
    # les", not only names appeals or letters in a story, "his lawyers lodged an appeal, and
    # the court adjourned\nthe hearing until 12 May"; and no story's verb stands before its
    # date.)
    head = sentence[: found.start - begin]
    if _WRAPPED_STORY.search(head) or not (
        _PLEASE.search(sentence) or _ACT_OPENS.match(sentence) or _SEND_ASKED.search(sentence)
    ):
        return ""
    return sentence


# mend31B: a request in a wrapped sentence: "please", an order to act opening it, or a form of
# "send"/"write" that asks (an imperative, or after "must", "should", Catalan "cal").
_PLEASE = re.compile(
    rf"(?<!\w)(?:{_every_word(rows.PLEASE_WORDS)})(?!\w)",
    re.IGNORECASE,
)
_SEND_ASKED = re.compile(
    rf"(?<!\w)(?:{_every_word(rows.SEND_ASKED)})(?!\w)",
    re.IGNORECASE,
)
_WRAPPED_STORY = re.compile(
    rf"(?<!\w)(?:{_every_word(rows.WRAPPED_STORY_WORDS)})",
    re.IGNORECASE,
)


def find_deadline(
    text: str, dates: list[FoundDate], issued: dt.date | None
) -> tuple[dt.date | None, bool]:
    """The "send appeals before" date and whether the wording was clear. Without one, the
    date of "check ... if sending appeals after X" (letters after it are checked first), as
    unclear wording."""
    weak: dt.date | None = None
    guessed: dt.date | None = None
    checked_after: dt.date | None = None
    for found in dates:
        line_start = text.rfind("\n", 0, found.start) + 1
        line_end = text.find("\n", found.end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        before = text[max(line_start, found.start - 40) : found.start]
        if not before.strip() and line_start:
            # The date opens its line: the sentence was wrapped before it ("... senest\n14.
            # januar 2027"), or a label stands above it (a table's "Deadline" cell).
            previous = text.rfind("\n", 0, line_start - 1) + 1
            before = text[max(previous, found.start - 40) : line_start - 1] + " "
            line = text[previous : line_start - 1] + " " + line
        named = _NAMED_DAY.search(before)
        if named is not None and DEADLINE_BEFORE.search(before[: named.start()] + " "):
            # "by Trinity Sunday (31 May)": the date in brackets is the named day's.
            before = before[: named.start()] + " " + named.group(1).split()[-1] + " "
        before, weekday = without_weekday(before)  # "before Friday 24 April"
        # (Round 28e: a Markdown writer's emphasis between the label and its date is no
        # word: "**Deadline:** 13.04.2030", "Send them before **31 July 2030**".)
        before = _EMPHASIS.sub("", before)
        # (Round 31a: 40 characters, for "until" written long after the day, Tamil "22ஆம்
        # திகதிக்கு முன்னர்"; every pattern read on it is anchored at its start.)
        after = text[found.end : found.end + 40]
        if SENDING_AFTER.search(" ".join(text[max(0, found.start - 60) : found.start].split())) or (
            AFTER_DATE_CHECK_BEFORE.search(before) and AFTER_DATE_CHECK.match(after)
        ):
            # "if sending appeals after X": the deadline when the text gives no other.
            checked_after = checked_after or with_year(found, issued)
            continue
        # (mend30c: "tarihinden sonra" is longer than the 16 characters read as `after`.)
        if _soft_after(text, found, before, text[found.end : found.end + 40], issued is not None):
            # Session 30 (imp30g): the same in any language; a date before the issue date
            # is a story's ("after 2 March he was ... Please check ...").
            soft = with_year(found, issued)
            if soft is not None and (issued is None or soft >= issued):
                checked_after = checked_after or soft
            continue
        if _RANGE_CLOSING.search(before) and (
            _RANGE_CLOSED.search(before) or not APPEAL_CONTEXT.search(line)
        ):
            # A range's end, or a period's ("in custody up to and including ..."): a deadline
            # only with words about appeals on its line, and no date or number just before.
            continue
        if _period_closed(text, found, before, dates, line):
            continue  # "1. März 2031 bis 30. April 2031": a period, not a deadline
        if not (
            DEADLINE_BEFORE.search(before)
            # (Mend 40e: a capitals label's call to act may stand further back than the 40
            # characters read: "ENVÍEN SUS CARTAS EN CUANTO PUEDAN Y NO MÁS TARDE DEL:".)
            or DEADLINE_BEFORE.search(
                _EMPHASIS.sub("", text[max(line_start, found.start - 120) : found.start])
            )
            or DEADLINE_AFTER.match(after)
            or DEADLINE_IN_DATE.search(text[found.start : found.end])
        ):
            continue
        if _story_word(text, found, before, after, line):
            continue  # "Termin rozprawy:", "arestul preventiv pana la": a story's date
        if (
            _BARE_BEFORE.search(before)
            and not DEADLINE_AFTER.match(after)
            and not _REQUEST.search(_SENTENCE_STOP.split(text[line_start : found.start])[-1])
        ):
            # Thai, Khmer, Lao "before", "within" alone: a deadline only in a request
            # ("please send ... before"), not in a story ("he sent ... before").
            continue
        # "15 January" without a year: the first such day after the issue date, else after
        # the last date the text gives with its year before it.
        known = issued or max(
            (d.date for d in dates if d.date and d.has_year and d.start < found.start),
            default=None,
        )
        date = with_year(found, known) if known is not None else _year_of_text(found, text, dates)
        if date is not None and weekday is not None and not found.has_year:
            # "Friday 24 April": the day of the week says which year.
            date = on_weekday(found, weekday, date) or date
        if date is None:
            continue
        if issued is not None and date.year < issued.year - 1:
            # Years before the text was issued: a misprinted year ("民國15年" for 115), or
            # another date; a deadline is looked for further on.
            continue
        if (
            APPEAL_CONTEXT.search(line)
            or APPEAL_CONTEXT.search(_wrapped_sentence(text, found, line_start))
            or _DEADLINE_LABEL.search(text[line_start : found.start])
        ):
            if known is None and not found.has_year:
                # (A year guessed from the text: a later dated deadline comes first, "Hand
                # your letter in by Friday 6 December. ... letters to arrive before 31
                # January 2031".)
                guessed = guessed or date
                continue
            return date, True
        # Without words about appeals on its line, only a date with its year is a deadline
        # ("held until 26 November" in a story is not).
        if found.has_year:
            weak = weak or date
    return weak or guessed or checked_after, False


def find_country(title: str | None, text: str, recipient_countries: list[str]) -> str | None:
    """The country the case is about: named in the title, the head of the text, addresses."""
    weighted = [(title or "", 5), ("\n".join(text.split("\n")[:15]), 2), (text, 1)]
    weighted += [(c, 3) for c in recipient_countries]
    counts = count_countries(weighted)
    if not counts:
        return None
    code, _ = counts.most_common(1)[0]
    return english_name(code)


def country_code(name: str | None) -> str | None:
    """The ISO code of a country name found by `find_country`."""
    if not name:
        return None
    counts = count_countries([(name, 1)])
    return counts.most_common(1)[0][0] if counts else None


__all__ = [
    "Reference",
    "country_code",
    "find_country",
    "find_dates",
    "find_deadline",
    "find_issued",
    "find_reference",
]


# Round 40e: a code the file's own name spells. A publisher that names its files by the action's
# code ("QDN-UAC-117-2031.html", "nor3107.htm", "QDN-NOR-120731-urgent-intervention.pdf")
# prints the same code in the document's head ("Case: NOR3107", "NOR 120731"): where the text
# alone gives no reference, the code printed in both is the reference, as printed.
_FILE_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
_CODE_WORD_EDGES = ".,;:()[]{}«»\"'*#|<>"


def _letters_and_digits(text: str) -> str:
    """The text's letters and digits, case folded ("UA 01/19" -> "ua0119")."""
    return "".join(c for c in text.casefold() if c.isalnum())


def _file_name_parts(stem: str) -> tuple[str, set[int]]:
    """A file name's letters and digits, folded, and where its parts begin and end (at a
    separator, or where letters turn to digits: "nor3107" parts as "nor", "3107")."""
    kept: list[str] = []
    edges = {0}
    kind = ""
    for c in stem:
        if not c.isalnum():
            edges.add(len(kept))
            kind = ""
            continue
        now = "d" if c.isdigit() else "a"
        if kind and kind != now:
            edges.add(len(kept))
        kept.extend(c.casefold())
        kind = now
    edges.add(len(kept))
    return "".join(kept), edges


def _spelled_in(code: str, name: str, edges: set[int]) -> bool:
    """`code`'s letters and digits are a run of whole parts of the file's name."""
    at = name.find(code)
    while at >= 0:
        if at in edges and at + len(code) in edges:
            return True
        at = name.find(code, at + 1)
    return False


def _country_letters(letters: str, country: str | None) -> bool:
    """Letters that shorten the case's country's English name: its first letter, then letters
    of the name in order ("NOR" Norway, "SWE" Sweden, "FIN" Finland)."""
    if not country:
        return False
    plain = unicodedata.normalize("NFKD", english_name(country).casefold())
    name = [c for c in plain if c.isalpha() and c.isascii()]
    letters = letters.casefold()
    if not name or not letters or letters[0] != name[0]:
        return False
    rest = iter(name[1:])
    return all(c in rest for c in letters[1:])


# Mend 40e: words that name what a number is, not a series of appeals ("FAX 0207 123 4567",
# "ISO 9001 2015", "NO. 47", "TEL", "ISSUE 12", "BOX 4471").
_NUMBER_KIND_WORDS = frozenset(
    [
        "fax",
        "tel",
        "tél",
        "telefax",
        "telephone",
        "téléphone",
        "teléfono",
        "telefon",
        "telefone",
        "phone",
        "mobile",
        "cell",
        "gsm",
        "iso",
        "din",
        "en",
        "ansi",
        "no",
        "nr",
        "nº",
        "núm",
        "num",
        "number",
        "numero",
        "número",
        "issue",
        "vol",
        "volume",
        "page",
        "p",
        "box",
        "pobox",
        "bp",
        "cp",
        "postfach",
        "apartado",
        "zip",
        "postcode",
        "cep",
        "plz",
    ]
)


def _code_parts(parts: list[str], country: str | None) -> bool:
    """Letters and numbers that can be a series' code: the letters first (at most two runs),
    none a month's name ("RELEASE 14 MAY 2031", "NO. 47 MAY 2031"), a number's kind ("FAX
    0207 123 4567", "ISO 9001 2015") or the case's country's name ("ANGOLA 4531 2031")."""
    letters = [p for p in parts if not p.isdigit()]
    first_number = next((k for k, p in enumerate(parts) if p.isdigit()), len(parts))
    if len(letters) > 2 or any(not p.isdigit() for p in parts[first_number:]):
        return False
    months = month_numbers()
    named = fold(english_name(country)) if country else None
    for word in letters:
        folded = fold(word)
        if folded in months or word.casefold() in _NUMBER_KIND_WORDS or folded == named:
            return False
    return True


def _slug_word_before(words: list[str], i: int, name: str, code: str) -> bool:
    """The file's name spells the line's word before the code too, right before it: the name
    is a headline's slug ("...-conscripted-under-decree-2023-0412" for "... CONSCRIPTED UNDER
    DECREE 2023-0412"), and the code's words are the headline's."""
    before = _letters_and_digits(words[i - 1]) if i > 0 else ""
    return bool(before) and before + code in name


def code_named_by_file(text: str, source: str | None, country: str | None = None) -> str | None:
    """The code printed in the first 40 lines that hold text which the file's name spells
    too: all the name's digits (four or more; not a year alone), in capitals first ("NOR3107",
    "QDN-UAC-117-2031", "ALERTE 2031/044"), each word a number or capitals, ending in a
    digit. The longest such run of words (at most four) on the first line that has one. A
    code of one run of letters and one number ("ISO 9001", "BOX 4471") counts only when its
    letters shorten the case's country (`country`, its ISO code): "NOR3107", "NOR 120731"."""
    if not source:
        return None
    stem = _FILE_EXTENSION.sub("", source.replace("\\", "/").rsplit("/", 1)[-1])
    groups = re.findall(r"\d+", stem)
    digits = "".join(groups)
    if len(digits) < 4 or (len(groups) == 1 and _YEAR_ONLY.fullmatch(digits)):
        return None
    name, edges = _file_name_parts(stem)
    for line in _head(text, 40).split("\n"):
        # (A head's code stands among a line's first words; a long line is a paragraph.)
        words = [w.strip(_CODE_WORD_EDGES) for w in line[:600].split()[:40]]
        best = None
        for i in range(len(words)):
            for j in range(i, min(i + 4, len(words))):
                run = [w for w in words[i : j + 1] if re.search(r"\w", w)]
                # Two capitals first (a number alone names no series: "2024/031" with no code).
                if not run or not re.match(r"[A-Z]{2}", run[0]) or not run[-1][-1:].isdigit():
                    continue
                if any(not re.search(r"\d", w) and w.upper() != w for w in run):
                    continue
                said = " ".join(run)
                code = _letters_and_digits(said)
                if "".join(c for c in code if c.isdigit()) != digits:
                    continue
                parts = re.findall(r"[^\W\d_]+|\d+", said)
                if len(parts) == 2 and not (
                    len(parts[0]) == 3 and _country_letters(parts[0], country)
                ):
                    # (Three letters, as a country's code: two are a postcode's, "AZ1066
                    # BAKU", "NO-0150 OSLO", "MX 06700", "DC 20008".)
                    continue
                if not _code_parts(parts, country) or _slug_word_before(words, i, name, code):
                    continue
                if _spelled_in(code, name, edges) and (best is None or len(said) > len(best)):
                    best = said
        if best is not None:
            return best
    return None
