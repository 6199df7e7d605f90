"""The bytes of a saved document (PDF, HTML, Markdown or plain text) -> its text.

What a file is comes from its content, not its name: a PDF starts with `%PDF-` (a few bytes of
junk before it are allowed, as PDF readers allow them), anything else is decoded as text and
`text_extract` tells HTML from Markdown from plain text. Nothing is fetched: links in the
document stay text.

PDFs are read with pypdf (pure Python, maintained, already used by the tests): only the text
layer, no OCR. A scanned PDF has no text layer; that is reported as a `DocumentError` that says
what to do, never as a traceback. pypdf runs on untrusted bytes, so any error it raises is
turned into a `DocumentError` too, and the number of pages read is bounded. A page is read by
where its text is printed (`pdf_layout`: a box of recipients in columns is read a column at a
time), and as pypdf's plain mode reads it when the positions cannot be used.
"""

from __future__ import annotations

import codecs
import io
import itertools
import logging
import re
import unicodedata

from appeal_tui.core.i18n import N_, _
from appeal_tui.core.importer.pdf_layout import pages_text

# Typographic ligatures a PDF's text layer keeps ("ﬁles"): the letters they stand for. Also the
# presentation forms of Hebrew and Arabic script (the shaped letter a PDF printer drew, as
# "ﻧﺪاء" for "نداء"): a reader's letters in logical order, which every table and test reads.
LIGATURES: dict[int, str | int | None] = {
    c: form
    for c in itertools.chain(
        range(0xFB00, 0xFB07), range(0xFB13, 0xFB18), range(0xFB1D, 0xFDFD), range(0xFE70, 0xFEFD)
    )
    if (form := unicodedata.normalize("NFKC", chr(c))) != chr(c)
}


def _forms(*kinds: str) -> str:
    return "".join(
        chr(c)
        for c in itertools.chain(range(0xFB50, 0xFDFD), range(0xFE70, 0xFEFD))
        if unicodedata.name(chr(c), "").endswith(kinds)
    )


def _joins_on(form: str) -> set[str]:
    return {str(LIGATURES[ord(c)]) for c in form if ord(c) in LIGATURES}


# A letter that joins the next one (it has an initial form), shown in its final or isolated
# form, then a letter shown in its initial or isolated form: the word was parted there
# without a space, by a zero-width non-joiner ("کریمی‌فر", "نامه‌ها"), which the text layer
# does not keep. Put back before the forms are undone.
_DUAL = _joins_on(_forms("INITIAL FORM"))
_JOINS_NEXT_SHOWN_LAST = "".join(
    c for c in _forms("FINAL FORM", "ISOLATED FORM") if str(LIGATURES.get(ord(c))) in _DUAL
)
_PARTED = re.compile(
    f"([{re.escape(_JOINS_NEXT_SHOWN_LAST)}])"
    f"(?=[{re.escape(_forms('INITIAL FORM', 'ISOLATED FORM'))}])"
)


# Letters Persian writes and Arabic does not (farsi yeh, keheh, peh, tcheh, jeh, gaf).
_PERSIAN_LETTERS = re.compile("[\u06cc\u06a9\u067e\u0686\u0698\u06af]")


# Thai and Lao SARA AM as a PDF's font draws it, a NIKHAHIT and an AA in either order (with a
# tone mark between them or before): the one letter every text writes ("สาํเนา" -> "สำเนา").
_SARA_AM = re.compile(
    "\u0e4d([\u0e48-\u0e4b]?)\u0e32|\u0e32([\u0e48-\u0e4b]?)\u0e4d"
    "|\u0ecd([\u0ec8-\u0ecb]?)\u0eb2|\u0eb2([\u0ec8-\u0ecb]?)\u0ecd"
)
_AM = {"\u0e32": "\u0e33", "\u0eb2": "\u0eb3"}


def _sara_am(m: re.Match[str]) -> str:
    tone = next((g for g in m.groups() if g), "")
    aa = "\u0e32" if "\u0e32" in m.group(0) else "\u0eb2"
    return tone + _AM[aa]


def undo_presentation_forms(text: str) -> str:
    """Ligatures and presentation forms undone (`LIGATURES`), with the breaks the shaped
    letters show put back: a non-joiner in Persian, where words are parted so; in Arabic,
    which has none, the space the text layer lost between two words. Thai and Lao SARA AM
    drawn as two marks is the one letter again."""
    text = _SARA_AM.sub(_sara_am, text)
    plain = text.translate(LIGATURES)
    if plain == text:
        return text
    parted = "\u200c" if _PERSIAN_LETTERS.search(plain) else " "
    return _PARTED.sub(f"\\1{parted}", text).translate(LIGATURES)


# Urgent actions are a few pages; anything far bigger is the wrong file.
MAX_INPUT_BYTES = 5 * 1024 * 1024
MAX_PDF_PAGES = 60
PDF_MAGIC = b"%PDF-"


class DocumentError(ValueError):
    """The document cannot be read; the message says why and what to do."""


def is_pdf(data: bytes) -> bool:
    return PDF_MAGIC in data[:1024]


# A charset the file declares itself: an HTML <meta> (either form), an XML prolog, or a mail's
# Content-Type header line; read from the first 4 kB only.
_DECLARED_CHARSET = re.compile(
    rb"""(?:<meta\b[^>]{0,300}?charset\s*=\s*["']?"""
    rb"""|<\?xml\b[^>]{0,200}?encoding\s*=\s*["'])"""
    rb"""([A-Za-z][A-Za-z0-9_.:-]{1,39})""",
    re.IGNORECASE,
)
# (A mail's own header only, in the block before its first blank line: a header quoted in a
# forward's body ("> Content-Type: ...") was decoded and re-encoded by the forwarder.)
_MAIL_CHARSET = re.compile(
    rb"""^content-type:[^\n]{0,200}?charset\s*=\s*["']?([A-Za-z][A-Za-z0-9_.:-]{1,39})""",
    re.IGNORECASE | re.MULTILINE,
)
# Labels a page declares for Western text that browsers read as Windows-1252 (the WHATWG
# encoding standard does the same: such pages use its curly quotes and dashes).
_READ_AS_CP1252 = {"latin-1", "iso8859-1", "ascii", "iso8859-15", "cp1252"}
# Non-ASCII bytes in runs of three or more: words of a single-byte Cyrillic, Greek, Arabic or
# Hebrew code page and every multi-byte East Asian encoding look like this; Western and
# Central European text has its accented letters one or two at a time between ASCII letters.
_HIGH_RUN = re.compile(rb"[\x80-\xff]{3,}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _declared_charset(data: bytes) -> str | None:
    head = re.split(rb"\r?\n[ \t]*\r?\n", data[:4096], maxsplit=1)[0]
    found = _DECLARED_CHARSET.search(data[:4096]) or _MAIL_CHARSET.search(head)
    if found is None:
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return None
    return "cp1252" if name in _READ_AS_CP1252 else name


def _legacy_script_charset(data: bytes) -> str | None:
    """The encoding of undeclared non-UTF-8 text in a non-Latin script (KOI8-R, Windows-1251,
    Shift_JIS, EUC-KR, GB18030, ...), or None for Western text (read as Windows-1252)."""
    # (A rule of dashes or bullets is a run of one byte repeated, not a word: not counted.)
    rules = [run for run in _HIGH_RUN.findall(data) if len(set(run)) < 3]
    words = [run for run in _HIGH_RUN.findall(data) if len(set(run)) >= 3]
    high = len(_HIGH_BYTE.findall(data)) - sum(map(len, rules))
    if high < 20 or sum(map(len, words)) < 0.6 * high:
        return None
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a runtime dependency
        return None
    best = from_bytes(data[:MAX_INPUT_BYTES]).best()
    if best is None:
        return None
    name = codecs.lookup(best.encoding).name
    if name in _READ_AS_CP1252:
        return None
    # The detector may still name a Latin code page (Central European, Baltic, Turkish): text
    # in a Latin script read as Windows-1252 keeps its Western letters, so only a reading
    # whose letters are mostly of another script is taken.
    letters = [c for c in str(best) if ord(c) > 127 and c.isalpha()]
    latin = sum(1 for c in letters if unicodedata.name(c, "").startswith("LATIN"))
    return name if letters and latin < 0.5 * len(letters) else None


# A non-ASCII byte between two small ASCII letters: inside a word ("Huam\x87n"). (Not 0x92,
# Windows-1252's apostrophe, "l\x92accusa", which Mac Roman reads as "í".)
_IN_WORD = re.compile(rb"(?<=[a-z])[\x80-\x91\x93-\xff](?=[a-z])")
# Windows-1252's en and em dash, which Mac Roman reads as "ñ" and "ó": between two
# words without spaces ("journalist\x97who") as often as inside a Spanish word; they never
# decide alone (mend 33).
_AMBIGUOUS = frozenset(b"\x96\x97")
# Windows-1252's own marks: an apostrophe in a contraction or an elision ("It\x92s",
# "don\x92t", "l\x92avocat") and a pair of curly quotes ("\x93We fear\x94").
_CP1252_MARKS = re.compile(
    rb"(?<=[A-Za-z])\x92(?:s|t|d|m|ll|re|ve)(?![A-Za-z])"
    rb"|(?<![A-Za-z])(?:[cdjlmnst]|qu)\x92(?=[a-zA-Z])"
    rb"|(?<![A-Za-z0-9])\x93[^\x93\x94\r\n]{1,400}?\x94(?![A-Za-z0-9])",
    re.IGNORECASE,
)


def _in_word_letters(data: bytes, encoding: str, skip: frozenset[int] = frozenset()) -> int:
    """How many bytes inside a word `encoding` reads as a small letter (but those in `skip`)."""
    return sum(
        1
        for m in _IN_WORD.finditer(data)
        if m.group(0)[0] not in skip and m.group(0).decode(encoding, "replace").islower()
    )


def _western_charset(data: bytes) -> str:
    """Windows-1252, or Mac Roman (a classic Mac's text: its accented small letters are the
    bytes 0x80-0x9F, which Windows-1252 reads as punctuation, "Huam‡n") where Mac Roman reads
    clearly more of the bytes inside words as small letters (round 33a) than Windows-1252
    reads as letters or shows its own apostrophes and quotes. The dashes 0x96/0x97 count for
    Mac Roman only beside two other letters it shows (mend 33)."""
    mac = _in_word_letters(data, "mac_roman", _AMBIGUOUS)
    if mac >= 2:
        mac += sum(1 for m in _IN_WORD.finditer(data) if m.group(0)[0] in _AMBIGUOUS)
    if mac < 3:
        return "cp1252"
    windows = _in_word_letters(data, "cp1252") + len(_CP1252_MARKS.findall(data))
    return "mac_roman" if mac > 2 * windows else "cp1252"


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without a BOM), UTF-16 with a BOM, the charset the file declares (HTML
    <meta>, XML prolog, mail header), a non-Latin legacy encoding told from the bytes, else
    Windows-1252 or a classic Mac's Mac Roman (never fails)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared is not None and not declared.startswith("utf"):
        return data.decode(declared, errors="replace")
    return data.decode(_legacy_script_charset(data) or _western_charset(data), errors="replace")


def pdf_text(data: bytes) -> str:
    """The text layer of a PDF, pages separated by a blank line. Raises DocumentError."""
    try:
        from pypdf import PdfReader
    except ImportError as e:  # pragma: no cover - pypdf is a runtime dependency
        raise DocumentError(_("reading PDF needs the pypdf package (pip install pypdf)")) from e
    # pypdf logs warnings about damaged files on the root logger's handlers; the user gets one
    # clear message instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception as e:
                raise DocumentError(
                    _(
                        "the PDF is encrypted; open it in a PDF reader, save an unprotected "
                        "copy, and import that"
                    )
                ) from e
        # Read by position (columns one after the other), else as pypdf's plain mode.
        pages = pages_text(itertools.islice(reader.pages, MAX_PDF_PAGES))
    except DocumentError:
        raise
    except Exception as e:
        raise DocumentError(
            _("the PDF could not be read ({error}); is the file complete?").format(
                error=type(e).__name__
            )
        ) from e
    # Pages parted by form feeds, as `pdftotext` parts them: the furniture printed on every
    # page is found and dropped there (`text_extract.drop_page_furniture`).
    # Ligatures undone here, so the lines the import report quotes are this text's lines.
    text = undo_presentation_forms("\n\f".join(p.strip("\n") for p in pages))
    if not any(ch.isalpha() for ch in text):
        raise DocumentError(
            _(
                "the PDF has no text layer (it is probably a scan); appeal-tui does not read "
                "images: copy the text by hand or use an OCR tool, then import the text"
            )
        )
    return text


def read_document(data: bytes) -> str:
    """The text to import from a file's bytes: a PDF's text layer, or the decoded text."""
    if len(data) > MAX_INPUT_BYTES:
        raise DocumentError(_("the file is larger than 5 MiB; an urgent action is a few pages"))
    if is_pdf(data):
        return pdf_text(data)
    head = data[:8]
    for magic, kind in (
        # TRANSLATORS: what a file is, put in "this is {kind}, not a text ... file".
        (b"PK\x03\x04", N_("a ZIP archive or a Word/OpenDocument file")),
        (b"\xd0\xcf\x11\xe0", N_("an old Word document")),
        (b"\x89PNG", N_("a PNG image")),
        (b"\xff\xd8\xff", N_("a JPEG image")),
        (b"GIF8", N_("a GIF image")),
    ):
        if head.startswith(magic):
            raise DocumentError(
                _(
                    "this is {kind}, not a text, HTML, Markdown or PDF file; save or export the "
                    "urgent action as PDF or text first"
                ).format(kind=_(kind))
            )
    # A mail saved whole, in parts or encoded: its decoded text parts.
    from appeal_tui.core.importer.mail_parts import mime_text

    mail = mime_text(data)
    return mail if mail is not None else decode_text(data)
