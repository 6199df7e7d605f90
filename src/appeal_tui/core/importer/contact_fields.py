"""The values of labelled fields in a recipient block: fax and phone numbers with their
remarks, email addresses (and what to say when one is hidden or missing), social handles,
web addresses and salutations (one, or "A / B" in two languages)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from appeal_tui.core.contacts import is_handle, is_phone_number
from appeal_tui.core.importer.phrases import SALUTATION_WORDS

# Only from where a run of an address's characters starts (the same matches: a search finds a
# run's start first); tried at every letter of a long run, the search was quadratic.
EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", re.UNICODE)
# (A national area code may be parted from the number by a spaced dash: "030 – 123 45 67".)
_NUMBER = re.compile(r"(?:\+ ?)?(?:\(?0\d{1,4}\)?\s[–—]\s)?\(?\d[\d .\-()/]*\d")
_REMARK = re.compile(r"\(([^()]*[^\W\d_][^()]*)\)")
HANDLE = re.compile(r"(?<![\w@.])@\w{1,30}")
URL = re.compile(r"https?://[^\s<>\"')]+|www\.[^\s<>\"')]+", re.IGNORECASE)
# Signs that an email address was hidden by the publishing website or written to fool robots.
_OBFUSCATED = re.compile(
    r"email\s*protected|\[at\]|\(at\)|\{at\}|\sat\s.*\sdot\s|\(dot\)|\[dot\]|＠", re.IGNORECASE
)


@dataclass
class Contacts:
    """What the labelled fields of one recipient gave, plus notes for the writer."""

    fax: list[str] = field(default_factory=list)
    phone: list[str] = field(default_factory=list)
    email: list[str] = field(default_factory=list)
    twitter: str | None = None
    web: str | None = None
    salutation: str | None = None
    notes: list[str] = field(default_factory=list)
    fax_remarks: list[str] = field(default_factory=list)
    # Handles beyond the first (the case format holds one): written into the note.
    more_handles: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)


def ascii_digits(number: str) -> str:
    """Digits of any script as 0-9 ("+٢٠ ٢ ٢٥٧٧" -> "+20 2 2577"): a case file's fax and phone
    numbers are written with ASCII digits, which `validate` and a fax machine both read."""
    if number.isascii():
        return number
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in number)


def plain_number(number: str) -> str:
    """A number in a shape `validate` refuses ("+(852) - 2698-6367": a plus before a
    bracketed country code, a spaced dash, a bracket left open) in one it reads: the country
    code unbracketed ("+852 2698-6367") where that is all that was wrong, else its groups of
    digits in the order printed ("+852 2698 6367"), which a fax machine dials the same."""
    mended = re.sub(r"^\(?\+\s*\((\d{1,4})\)\)?", r"+\1", number.strip())
    mended = re.sub(r"\s+[-–—]\s+", " ", mended)
    if is_phone_number(mended) and mended.count("(") == mended.count(")"):
        return mended
    plus = "+" if number.lstrip("( ").startswith("+") else ""
    return plus + " ".join(re.findall(r"\d+", number))


def _numbers(value: str) -> tuple[list[str], list[str]]:
    """Phone-like numbers in `value` and the remarks around them ("keep trying")."""
    remarks = [" ".join(r.split()) for r in _REMARK.findall(value)]
    rest = _REMARK.sub(" ", value)
    numbers: list[str] = []
    for piece in re.split(r"\s+(?:or|o|ou|oder|tai)\s+|[,;|]|\s/\s", rest):
        for m in _NUMBER.finditer(piece):
            number = ascii_digits(m.group(0).strip(" -./").replace("+ ", "+"))
            # ("030 – 123 45 67": the area code's dash is no sign of a number.)
            number = re.sub(r"\s[–—]\s", " ", number)
            if not is_phone_number(number) or number.count("(") != number.count(")"):
                number = plain_number(number)
            if sum(ch.isdigit() for ch in number) >= 6:
                numbers.append(number)
    leftover = _NUMBER.sub(" ", rest)
    leftover = re.sub(r"\b(?:or|o|ou|oder|tai|and)\b|[,;|/:]", " ", leftover).strip()
    if leftover and re.search(r"[^\W\d_]{3,}", leftover):
        remarks.append(" ".join(leftover.split()))
    return numbers, remarks


def add_numbers(contacts: Contacts, kind: str, value: str) -> bool:
    """Add the fax or phone numbers in `value`; False when it holds none."""
    numbers, remarks = _numbers(value)
    target = contacts.fax if kind == "fax" else contacts.phone
    for number in numbers:
        if number not in target:
            target.append(number)
    for remark in remarks:
        if kind == "fax" and remark not in contacts.fax_remarks:
            contacts.fax_remarks.append(remark)
    if not numbers:
        label = "fax" if kind == "fax" else "phone"
        shown = value.strip()
        contacts.note(
            f"The published text gives no {label} number"
            + (f" (it says '{shown}')." if shown else " (the field is empty).")
        )
    return bool(numbers)


# "name [at] example [dot] org", "name(at)example.org": written so that robots miss it, but
# unambiguous to a reader (the brackets say which word is the sign). Bare " at " / " dot " are
# not decoded (they are words too).
_BRACKETED_AT = re.compile(r"\s*[\[({]\s*at\s*[\])}]\s*", re.IGNORECASE)
_BRACKETED_DOT = re.compile(r"\s*[\[({]\s*dot\s*[\])}]\s*", re.IGNORECASE)


def decode_email(value: str) -> str | None:
    """The address written with "[at]" / "(at)" (and "[dot]") in `value`, or None."""
    if not _BRACKETED_AT.search(value):
        return None
    decoded = _BRACKETED_DOT.sub(".", _BRACKETED_AT.sub("@", value))
    found = EMAIL.search(decoded)
    return found.group(0).rstrip(".") if found else None


def add_email(contacts: Contacts, value: str) -> None:
    """Add the addresses in `value`; a hidden, disguised or missing one becomes a note."""
    found = EMAIL.findall(value)
    if not found:
        decoded = decode_email(value)
        if decoded is not None:
            if decoded not in contacts.email:
                contacts.email.append(decoded)
            contacts.note(
                f"The email address is written '{' '.join(value.split())}' in the published "
                f"text; read as {decoded}."
            )
            return
    for address in found:
        address = address.rstrip(".")
        if address not in contacts.email:
            contacts.email.append(address)
    rest = EMAIL.sub(" ", value)
    rest = re.sub(r"\b(?:or|o|ou|oder|tai|and|y|et|und)\b|[,;|/]", " ", rest).strip(" .")
    shown = " ".join(value.split())
    if _OBFUSCATED.search(rest):
        contacts.note(
            f"An email address could not be read from the published text (it shows '{shown}'); "
            "find the real address before writing to it."
        )
    elif not found and not rest:
        contacts.note("The published text has an empty email field; no address is known.")
    elif not found:
        contacts.note(f"No email address is given (the published text says '{shown}').")
        url = URL.search(value)
        if url and contacts.web is None:
            contacts.web = url.group(0)


def add_twitter(contacts: Contacts, value: str) -> None:
    found = HANDLE.findall(value)
    handles = [h for h in found if is_handle(h)]
    for odd in dict.fromkeys(h for h in found if h not in handles):
        # An X handle has at most 15 letters, digits or underscores: one that `validate` would
        # refuse is left to the organiser to check, not written into the case. A longer one
        # of the same letters is an account on a network that allows it (up to 30): named
        # with the recipient's other accounts in the note.
        if re.fullmatch(r"@\w{16,30}", odd) and odd.isascii():
            if odd not in contacts.more_handles:
                contacts.more_handles.append(odd)
            contacts.note(f"'{odd}' is longer than an X handle can be; check the network.")
        else:
            contacts.note(f"Twitter: '{odd}' is not a valid handle as printed; check it.")
    if not handles and found:
        return
    if handles:
        # The case format holds one handle; the others go in the note for the writer.
        known = [contacts.twitter, *contacts.more_handles] if contacts.twitter else []
        new = [h for h in dict.fromkeys(handles) if h not in known]
        if contacts.twitter is None:
            contacts.twitter, new = new[0], new[1:]
        contacts.more_handles.extend(new)
    elif value.strip():
        contacts.note(f"Twitter: '{' '.join(value.split())}' (no handle could be read).")


def add_web(contacts: Contacts, value: str, label: str = "web") -> None:
    url = URL.search(value)
    if url and contacts.web is None and label == "web":
        contacts.web = url.group(0).rstrip(".,;")
    elif value.strip():
        name = "Website" if label == "web" else label.capitalize()
        contacts.note(f"{name}: {' '.join(value.split())}")


# Opening words that tell a salutation's language.
_SALUTATION_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", r"dear|your|sir|madam|honourable|excellency|mr|mrs|ms"),
    (
        "es",
        r"estimad[oa]s?|señor[a]?|sr\.?|sra\.?|excelentísim[oa]|excelencia|su|distinguid[oa]"
        r"|senor[a]?|excm[oa]\.?",
    ),
    ("fr", r"monsieur|madame|excellence|cher|chère|maître"),
    ("de", r"sehr|exzellenz|herr|frau|liebe[r]?|geehrte[r]?|eure|majestät"),
    ("fi", r"arvoisa|hyvä"),
    ("it", r"egregio|gentile|eccellenza|signor[ea]?|illustre|onorevole"),
    ("pt", r"excelentíssimo|prezado|senhor|senhora|vossa"),
    ("nl", r"geachte|hooggeachte|excellentie|beste"),
)
# The other languages' salutation words (phrases.SALUTATION_WORDS), by their first word.
_SALUTATION_LANGUAGES += tuple(
    (code, "|".join(re.escape(w.split()[0].casefold()) for w in words))
    for code, words in SALUTATION_WORDS.items()
    if code not in dict(_SALUTATION_LANGUAGES)
)


def opens_salutation(word: str) -> bool:
    """Whether a word (casefolded) is one a salutation opens with in some language."""
    return any(re.fullmatch(words, word) for _, words in _SALUTATION_LANGUAGES)


def salutation_language(text: str, document_language: str) -> str:
    """The language a salutation is written in, from its first word; else the document's."""
    if re.search(r"[\u4e00-\u9fff]", text):
        return document_language if document_language.startswith("zh") else "zh"
    if re.search(r"[\u0600-\u06ff]", text):
        return "fa" if re.search(r"[پچژگ]", text) else "ar"
    first = text.strip().split()[0].casefold() if text.strip() else ""
    # The document's own language first: "Vážený" is Czech in a Czech text, Slovak in a Slovak.
    for code, words in sorted(_SALUTATION_LANGUAGES, key=lambda row: row[0] != document_language):
        if re.fullmatch(words, first):
            return code
    return document_language


# Where what a page ran onto a salutation's line begins, in any language: a bracket closed
# that the salutation never opened ("Dear Minister). Write in ..."), a list's or footer's
# separator ("Your Excellency · Postage: ..."), a label's colon ("<greeting>: Mr X, Office,
# street"), a bracketed aside with a label ("(in English: Dear X)"). No salutation holds
# one of them (round 28f).
# A colon cuts only before a space or the line's end: one inside a word is no label's
# ("YK:n", "S:t"); a list's number before its closing bracket goes with the bracket
# ("Dear Judge X 3) ...") (session 28 mend).
_SALUTATION_TAIL = re.compile(r"(?:\s\d{1,2})?\)|\s[·|•]|[:：](?=\s|$)|\s\([^()]*[:：]")


def salutation_alone(value: str) -> str:
    """A salutation without the text a page ran onto its line (`_SALUTATION_TAIL`)."""
    value = " ".join(value.split())
    for match in _SALUTATION_TAIL.finditer(value):
        if match.group(0).endswith(")") and "(" in value[: match.start()]:
            continue  # a bracket the salutation opened itself
        head = value[: match.start()].strip(" ,.;·|•")
        if re.search(r"[^\W\d_]{2}", head):
            return head
    return value


# A blank left in a greeting for the writer to fill in: a run of underscores or of dots.
_GREETING_BLANK = re.compile(r"_{3,}|\.{4,}|…\s*…")


def blank_greeting(value: str) -> bool:
    """ "Dear ______," or "Sehr geehrte/r ....": a greeting with a blank left in it, a form's
    place for the name (or a signature line run onto the greeting's line)."""
    return bool(_GREETING_BLANK.search(value))


def without_blanks(value: str) -> str:
    """The greeting with its blanks taken out: "Dear Minister ____" -> "Dear Minister"."""
    return " ".join(_GREETING_BLANK.sub(" ", value).split()).strip(" ,.;:")


def parse_salutation(value: str, document_language: str) -> str | dict[str, str]:
    """ "Your Excellency" -> "Your Excellency" (English) or {"es": "Señor Presidente"};
    "Dear Minister/Estimado Señor Secretario" -> {"en": "Dear Minister", "es": "Estimado ..."}."""
    value = salutation_alone(value).strip(" ,.;:|·•")
    sides = [s.strip(" ,.;:()") for s in re.split(r"\s*/\s*", value)]
    if len(sides) == 2 and all(sides):
        languages = [salutation_language(s, "?") for s in sides]
        if "?" not in languages and languages[0] != languages[1]:
            return dict(zip(languages, sides, strict=True))
    language = salutation_language(value, document_language)
    if language == "en":
        return value
    return {language: value}
