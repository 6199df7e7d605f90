"""Step 1 and 2 of reading a document: its lines, each classified by what it looks like, and the
zones of the document that hold recipient blocks.

Nothing here depends on the wording of one publisher: a line is classified by features that
hold across languages and decades of urgent actions (field labels such as "Fax:" or "E-mail:"
from the `phrases` tables, e-mail addresses, postcodes, country names from Babel, the length
and case of the line, whether it reads as running text). A recipient zone is a run of short
lines around such anchors: the name and office above the first anchor, the address and contact
lines, and the "copies to" heading between two groups of blocks. Everything runs in linear
time over the lines; no pattern can backtrack over more than one line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from appeal_tui.core.importer.alphabets import script_sentence
from appeal_tui.core.importer.contact_fields import EMAIL, HANDLE
from appeal_tui.core.importer.countries import split_country
from appeal_tui.core.importer.dates import fold, month_numbers
from appeal_tui.core.importer.language_names import find_languages_line
from appeal_tui.core.importer.language_rows import YEAR_AFTER_DATE
from appeal_tui.core.importer.phrases import (
    ADDRESS_LABEL,
    ADDRESS_WORDS,
    ADDRESSEE_ALONE,
    ARTICLE_PATTERN,
    COPIES,
    COPY_HEADING,
    DIPLOMATIC,
    FIELD_LABEL,
    FIELD_LABELS,
    GREETING_SENTENCE,
    HARD_END,
    HONORIFIC_INSIDE,
    HONORIFIC_START,
    JOINING_WORDS,
    LETTER_CLOSING,
    NUMBERED_RECIPIENT,
    ORGANISATION_WORDS,
    PO_BOX,
    PREFERRED_LANGUAGE,
    READER_GREETING,
    RECIPIENT_ROLE_HEADING,
    RECIPIENTS_HEADING,
    RECIPIENTS_START,
    RUN_COPY_CUE,
    RUN_CUE,
    SALUTATION_ONLY_START,
    SALUTATION_START,
    SEND_TO_PATTERN,
    SEND_VERBS,
    SHORT_LABEL,
    SIGN_OFF,
    SUBJECT_LINE,
    SYMBOL_LABELS,
    TITLE_START,
    WHO_LABEL,
    WRITE_TO_LINE,
    WRITE_TO_OPEN,
    _alternatives,
    field_of_label,
    open_label_at_end,
)
from appeal_tui.core.importer.recipient_lines import (
    contact_strip,
    looks_like_organisation,
    looks_like_person,
    looks_like_title,
    name_and_office,
)
from appeal_tui.core.importer.streets import named_after_a_date, street_first

# A line longer than this is not a line of an address block (or it is a flattened block, which
# is only read when it carries field labels).
SHORT = 140
MAX_ZONE_BACK = 8
MAX_GAP = 6
_PARTICLES = frozenset(
    ["of", "the", "de", "del", "la", "el", "du", "des", "der", "al", "and", "y", "et", "und"]
)
_POSTCODE = re.compile(
    r"(?<![\w.])(?:\d{4,6}|\d{3}\s\d{2}|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|C\.\s?P\.\s?\d{4,5})(?![\w.])"
)
# A post's time after its date, parted from its author by a dot or a bar ("· 18. Feb. 2026,
# 19:06", "| 2026-02-18 19:06").
_BYLINE = re.compile(
    r"[·|•]\s*[^·|•]{0,30}\d[^·|•]{0,30}\b\d{1,2}[:.]\d{2}\b\s*(?:[ap]\.?m\.?)?\s*$"
)
# A mail program's notice where it cut or hid a message's text.
_MAIL_NOTICE = re.compile(
    r"^\[(?:message clipped|quoted text hidden|mensaje recortado|texto citado oculto"
    r"|message tronqué|texte cité masqué|nachricht gekürzt|zitierter text ausgeblendet)\]",
    re.IGNORECASE,
)
# A line that is only a code of letters and numbers parted by slashes ("ABC 001 / 0101 / XYZ
# 001.1", "UA 12/34", "EXTRA 05/26"; a bare index number may be an address's postcode line).
_CODE_LINE = re.compile(
    r"[A-Z]{2,6}[\s-]*\d[\d.\-]*(?:\s*/\s*(?:[A-Z]{2,6}[\s-]*)?\d[\d.\-]*)+"
    # A post's place in a thread ("6/7").
    r"|\d{1,2}/\d{1,2}"
)
# A line that is only a date ("Exampleland, 12/30/2020", "Saturday, 17 May 2014").
_YEAR_WORD = "|".join(
    re.escape(w)
    for w in sorted({w for ws in YEAR_AFTER_DATE.values() for w in ws}, key=len, reverse=True)
)
_DATE_LINE = re.compile(
    r"(?:[^\W\d_]+,?\s+)?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\.?\s+[^\W\d_]+\.?\s+\d{4}"
    r"|[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4})"
    # (Round 27b: and the word for "year" after it, "от 09.06.2003 г.".)
    rf"(?:\s?(?:{_YEAR_WORD}))?"
)
# A letter's date line in more of its forms, its month named ("12TH JUNE 1978", "Freiburg,
# den 18. September 2025", "Buenos Aires, 3 de junio de 1978"): a place of one or two words
# and its comma, a short word, a day written as an ordinal, "de" around the month.
_LETTER_DATE = re.compile(
    # (Arabic script parts the place with its own comma, "،", or writes "in" after it: "X
    # في 3 ...", "X on 3 ...".)
    r"(?P<place>[^\W\d_]+(?:[\s-][^\W\d_]+)?(?:[,،]\s+|\s+(?=في\s)))?"
    r"(?:(?P<short>[^\W\d_]{1,3})\s+)?"
    r"(?:\d{1,2}(?:[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH]|er|ER|[º°])?\.?\s+(?:d[eo]l?\s+)?"
    r"(?P<month>[^\W\d_]+)\.?,?\s+(?:d[eo]l?\s+)?(?:1[89]|20)\d\d"
    r"|(?P<month2>[^\W\d_]+)\.?\s+\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)?,?\s+(?:1[89]|20)\d\d)"
)
# A field of a letter form left blank: a few words, then a run of dots or underscores.
# (A web form's field copied with its button: "Adres e-mail: ________ [Zapisz się]".)
_BLANK_FILL = re.compile(
    r"^(?:[^\W\d_][^_.…]{0,40})?\s*[:：]?\s*(?:_{4,}|\.{6,}|…{2,})\s*(?:\[[^\[\]]{1,30}\]\s*)?$"
)
# "........ knippen ........", "- - - cut here - - -": a rule with a word in it.
_CUT_LINE = re.compile(r"[\s\-–—_=*~.·✂]{5,}[^\W\d_]{1,12}(?:\s[^\W\d_]{1,12})?[\s\-–—_=*~.·✂]{5,}")
_PLACEHOLDER = re.compile(r"\[[^\[\]]{1,40}\]")
# "[Lieu], le [date]", "[City], [date]", "Fait à [lieu], le [date]": a template's place and
# date, two placeholders with a comma between them and at most a few short words around.
_PLACEHOLDER_PLACE_DATE = re.compile(r"\[[^\[\]]{1,40}\]\s*,[^\[\]]{0,12}\[[^\[\]]{1,40}\]")
# "(email: x@y)" inside a sentence: the sentence's field, not a labelled line of a block.
_BRACKETED_FIELD = re.compile(r"\(\s*(?:e-?mail|email|correo|courriel|fax|x|twitter)\s*:", re.I)
_RULE = re.compile(r"[\s\-–—_=*~#.·•+]{3,}")
# A sentence that ends inside a line: "... 2027. Los datos ...".
_INNER_STOP = re.compile(r"(?:[^\W\d_]{3}|\d{4})[.!?]\s+[A-ZÀ-Ý][^\W\d_]")
# A line that opens with a short question or exclamation and goes on ("Questions? Write ...").
_QUESTION_FIRST = re.compile(r"[¿¡]?[^\W\d_][^?!.:\n]{2,30}[?!]\s+\S")
_TRAILING_REMARK = re.compile(r"\s*\([^()]{3,80}\)(?=\s*[?:：]?\s*$)")
_LEADING_REMARK = re.compile(r"^\([^()]{2,20}\)\s*")
_LIST_ITEM = re.compile(r"^(?:\(?\d{1,2}[.)]|[•*\-–·▪►])\s")
_COPY_LABEL = re.compile(r"(?:c\.?\s?c|copy|copies|kopie|copia|copie|kopia|cópia)\s*[:：]", re.I)
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s")
_AND_TO = re.compile(
    r"(?:and|also|y|e|et|und|en|og|och|i)\s+(?:also\s+|aussi\s+|también\s+|auch\s+)?"
    r"(?:to|a|à|an|aan|til|till|para|al|alla|aux|au)\b"
)


# Chinese and Japanese write without spaces; their sentences end with "。".
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_CJK_STOP = re.compile(r"[。！？](?:\s|$|[^\s）」』])")


def is_prose(text: str) -> bool:
    """A sentence of running text rather than a line of an address block: nine words or more,
    many in lowercase, or a shorter full sentence ("He was arrested on 3 March."); in Chinese
    or Japanese, a line with a full stop ("。") after ten characters or more of the script."""
    if _CJK_STOP.search(text) and len(_CJK.findall(text)) >= 10:
        return True
    words = text.split()
    if len(words) < 6:
        return False
    if script_sentence(text):
        return True  # "... तलका ठेगानामा पत्र पठाउनुहोस्।": a danda ends a sentence
    lower = sum(1 for w in words if w[:1].islower() and w not in _PARTICLES)
    if text.endswith((".", "!", "?")) and lower / len(words) >= 0.3:
        return True  # German capitalises nouns: its sentences have fewer lowercase words
    # (A sentence in capitals is running text too: "PLEASE SEND APPEALS NOW. Check with ...".)
    shouted = sum(1 for w in words if len(w) >= 4 and w.isupper())
    if _INNER_STOP.search(text) and (lower + shouted) / len(words) >= 0.3:
        return True  # "Write before 31 May. The contacts:": a sentence ends inside the line
    return len(words) >= 9 and lower / len(words) >= 0.4


_SALUTATION_ANY_CASE = re.compile(SALUTATION_START.pattern, re.IGNORECASE)
_SALUTATION_ONLY_ANY_CASE = re.compile(SALUTATION_ONLY_START.pattern, re.IGNORECASE)


def is_date_line(text: str) -> bool:
    """A line that is only a date ("12TH JUNE 1978", "Freiburg, den 18. September 2025")."""
    if street_first(text):
        # The shape of an address line: a street's word before the number, whose number is
        # a house's, not a year (in any language the street tables know; a letter's date
        # opens with any other word: "Le 3 mars", "Dne 3. května", "A 3 de marzo").
        return False
    if _DATE_LINE.fullmatch(text):
        return True
    letter = _LETTER_DATE.fullmatch(text)
    # (Its month named, a year of the last two centuries, and a place only with its comma:
    # "Avenida 5 de Mayo 1520" is a street.)
    if letter is None:
        return False
    return fold(letter.group("month") or letter.group("month2") or "") in month_numbers()


def _placeholder_place_and_date(text: str) -> bool:
    """A letter template's place-and-date line (`_PLACEHOLDER_PLACE_DATE`): besides its
    placeholders, at most three words of up to six letters ("Fait à", "le", "den") and no digit."""
    if _PLACEHOLDER_PLACE_DATE.search(text) is None or len(text) > 80:
        return False
    rest = _PLACEHOLDER.sub(" ", text)
    words = re.findall(r"[^\W\d_]+", rest)
    return not re.search(r"\d", rest) and len(words) <= 3 and all(len(w) <= 6 for w in words)


def is_salutation_line(text: str) -> bool:
    """ "Dear Minister," / "Señor Director:" / "Sehr geehrter Herr Präsident," on its own, or
    a short salutation without its comma ("Dear President Example")."""
    if text.isupper():
        # A letter typed in capitals ("YOUR EXCELLENCY,", "SEHR GEEHRTER HERR MINISTER,"):
        # letter case says nothing there, so the words are matched in any case.
        start, only = _SALUTATION_ANY_CASE, _SALUTATION_ONLY_ANY_CASE
    else:
        start, only = SALUTATION_START, SALUTATION_ONLY_START
    if not (start.match(text) or only.match(text)) or len(text) > 80:
        return False
    # (Chinese ends it with a full-width colon; a Thai word may end in a vowel sign.)
    last = text[-1:]
    return last in ",:!،，：" or (
        len(text.split()) <= 5
        and (last.isalpha() or unicodedata.category(last) in ("Mn", "Mc"))
        and bool(only.match(text))
    )


@dataclass(frozen=True)
class Line:
    """One line of the document: its number (1-based), text and what it looks like."""

    number: int
    text: str
    kind: str  # blank, prose, anchor, copies, write-to, salutation, item, date, heading, short


# "Fax +994 12 ...", "Tel. 0201 ...": a number's label without its colon (an icon's text).
_BARE_NUMBER_LABEL = re.compile(
    r"^((?:tele)?fax|faks|tel\.?|phone|telefon|téléphone|teléfono|telefone)\s+(?=\+?\s?\(?\d)",
    re.IGNORECASE,
)


# "Label: value", the label one or two words of letters (no digits).
_LABELLED_GREETING = re.compile(r"([^\W\d_][^\s:：]*(?:\s[^\W\d_][^\s:：]*)?)\s?[:：]\s*(\S.*)")


def classify(number: int, text: str) -> Line:
    if not text:
        return Line(number, text, "blank")
    bullet = _LIST_ITEM.match(text)
    if bullet:
        rest = text[bullet.end() :].strip()
        if EMAIL.fullmatch(rest.rstrip(".")) or HANDLE.fullmatch(rest):
            # "• x@example.org", "• @handle": a recipient's contact as a list item (the icon
            # that said which went with the page's styles).
            return Line(number, rest, "anchor")
        if _BARE_NUMBER_LABEL.match(rest):
            text = rest
            bullet = None
    label = _BARE_NUMBER_LABEL.match(text)
    if label is not None and re.fullmatch(r"[\d\s+().\-/]{6,}", text[label.end() :]):
        text = f"{label.group(1)}: {text[label.end() :]}"
    # "2. (optional) Head of ...": a remark in brackets after the number is no part of the item.
    rest = _LEADING_REMARK.sub("", text[bullet.end() :].strip()) if bullet else ""
    if bullet and not _NUMBERED.match(text) and FIELD_LABEL.match(rest):
        # "- Email: x@y", "- Open with: Dear X" nested under a recipient's item: its field.
        return Line(number, rest, "anchor")
    if bullet and not _NUMBERED.match(text) and ADDRESS_LABEL.match(rest):
        return classify(number, rest)  # "- Mail: Office of X"
    unbracketed = re.sub(r"\s*\([^()]{1,60}\)", "", rest) if bullet else ""
    if _NUMBERED.match(text) and COPIES.match(unbracketed):
        # "3. cc (a copy, not the main letter): Office X": a numbered copy.
        return classify(number, unbracketed)
    dashed = _dashed_item(rest) if bullet else None
    if dashed is not None:
        # "1) Lic. Name — Office — name@example.org — @handle", "1) Office Name - Body, street,
        # city - fax ... - e-mail ...": a recipient on one item, its fields parted by dashes:
        # who (its parts as a comma run), then a dash, then how to reach them.
        return Line(number, dashed, "anchor")
    if bullet and TITLE_START.match(rest) and EMAIL.search(rest):
        # "• Minister of X, Mr Y – y@example.org": a recipient on one bullet.
        return classify(number, rest)
    if bullet and (EMAIL.search(rest) or HANDLE.search(rest)) and _who_first(rest):
        return Line(number, rest, "anchor")
    if bullet and len(rest) > SHORT and (FIELD_LABEL.search(rest) or EMAIL.search(rest)):
        # A long list item with fields: a recipient run together on one bullet.
        return Line(number, rest, "anchor")
    if bullet and _one_line_block(rest):
        # "* Monsieur l'Administrateur général ... – M. X, City, Country.": a recipient on
        # one bullet, reached by post.
        return Line(number, rest, "anchor")
    greeting = _LABELLED_GREETING.fullmatch(text)
    if (
        greeting is not None
        and not FIELD_LABEL.match(text)
        # ("Destinataire :   Monsieur le Président de la République" on a form: the label
        # says the value is who is written to, an office, not how to greet them.)
        and not RECIPIENT_ROLE_HEADING.fullmatch(greeting.group(1) + ":")
        and SALUTATION_START.match(greeting.group(2))
        and len(greeting.group(2).split()) <= 6
        and not greeting.group(2).endswith(".")
    ):
        # "Χαιρετισμός: Dear President": a label the tables lack over a salutation (the value
        # opens as a salutation does, in whatever language): the block's salutation.
        text = f"Salutation: {greeting.group(2)}"
    elif (
        greeting is not None
        and not FIELD_LABEL.match(text)
        and HANDLE.fullmatch(greeting.group(2).strip())
    ):
        # "페이스북: @OfficialX": a label the tables lack over a handle alone: the
        # recipient's account.
        text = f"Social media: {greeting.group(2).strip()}"
    labelled = FIELD_LABEL.search(text) is not None or SHORT_LABEL.search(text) is not None
    if _RULE.fullmatch(text) or _CUT_LINE.fullmatch(text):
        # "----------", "* * *", "=====": a rule between parts of the page, which no block
        # crosses (read like a heading).
        return Line(number, text, "heading")
    if _BLANK_FILL.search(text) or ADDRESSEE_ALONE.fullmatch(text):
        # "Afzender: ______", "Le ............", "Nom, prénom : ....": a line of a letter form
        # left for the writer to fill in; "À l'attention de" alone. No line of an address.
        return Line(number, text, "date")
    if _PLACEHOLDER.fullmatch(text) or _placeholder_place_and_date(text):
        # "[Date]", "[Your address]" in a letter template: a letter head's own line, as a date.
        return Line(number, text, "date")
    if GREETING_SENTENCE.match(text):
        # 'Start your message with "Your Excellency"': an instruction, not a block's line.
        return Line(number, text, "prose")
    if (LETTER_CLOSING.match(text) or SIGN_OFF.match(text)) and len(text) <= 60:
        # "Yours sincerely," ends a letter, "Best wishes," a message: running text, never a
        # line of an address.
        return Line(number, text, "prose")
    if HARD_END.search(text):
        # "Please check with your section office ...", "Background information": not a block.
        return Line(number, text, "prose")
    copies = COPIES.search(text)
    if copies and len(text) <= SHORT and not labelled and copies.start() <= 20:
        # "Stuur ook een kopie naar:", "Also send copies to:": copies, though the words that
        # send are there too.
        return Line(number, text, "copies")
    bare = _TRAILING_REMARK.sub("", text)  # "WHO TO WRITE TO (letters must arrive by ...)"
    if COPY_HEADING.fullmatch(text):
        return Line(number, text, "copies")
    if (
        text.isupper()
        and len(text.split()) <= 5
        and not labelled
        and not re.search(r"\d|@", text)
        and COPIES.search(f"{text}:") is not None
    ):
        # "ΚΑΙ ΑΝΤΙΓΡΑΦΑ ΣΤΗΝ", "COPIES TO": a heading in capitals alone on its line that
        # names copies, its colon left out (a line in capitals is a heading by its look).
        return Line(number, text, "copies")
    if RECIPIENT_ROLE_HEADING.fullmatch(text):
        return Line(number, text, "write-to")
    if NUMBERED_RECIPIENT.fullmatch(text):
        # "Recipient 1: Prime Minister", "宛先1：首相": a numbered heading over a block (its
        # words name the office in the page's language; the block names it itself).
        return Line(number, text, "heading")
    if (
        RECIPIENTS_HEADING.fullmatch(text)
        or WRITE_TO_LINE.match(text)
        or (bare != text and (RECIPIENTS_HEADING.fullmatch(bare) or WRITE_TO_LINE.match(bare)))
        or _bilingual_heading(text)
        or (len(text) <= SHORT and RECIPIENTS_START.search(text) and text.endswith((":", "：")))
        or (len(text.split()) <= 6 and WRITE_TO_OPEN.fullmatch(text))
        # "Write to the Head of the Judiciary:", "Skriv till Utopias justitieminister:": the verb
        # that sends, "to", whom in a few words, a colon; the block follows.
        or (
            len(text) <= SHORT
            and len(text.split()) <= 8
            and text.endswith((":", "："))
            and not labelled
            and WRITE_TO_OPEN.match(text) is not None
        )
    ):
        return Line(number, text, "write-to")
    if copies and len(text) <= SHORT and not labelled:
        return Line(number, text, "copies")

    if is_salutation_line(text):
        return Line(number, text, "salutation")
    if labelled and not (
        is_prose(FIELD_LABEL.split(text)[0])
        and (len(text) > 2 * SHORT or _BRACKETED_FIELD.search(text))
    ):
        return Line(number, text, "anchor")
    if len(text) > SHORT and not is_prose(text) and _comma_block(text):
        # "X, Presidente de ..., Palacio ..., 6a. Calle ..., Zona 1, Ciudad, Guatemala": a
        # block whose line breaks a paste made commas, long but no sentence.
        return Line(number, text, "short")
    if len(text) > SHORT or is_prose(text):
        return Line(number, text, "prose")
    if _QUESTION_FIRST.match(text):
        # "Questions? Mail the group: x@y": the organisers' own contact, running text.
        return Line(number, text, "prose")
    if text.endswith(("!", "?")) and len(text.split()) >= 2 and not EMAIL.search(text):
        # "Thank you for your help!", "What can you do?": never a line of an address.
        return Line(number, text, "prose")
    item = _LIST_ITEM.match(text)
    if item and (
        looks_like_title(rest)
        or (_NUMBERED.match(text) and (_who_item(rest) or _office_heading(rest)))
        # "• M. X, Ministre de la Justice", "• Ambassade de X à Y": a list of blocks, each
        # opened by a bullet on its first line (the person with their office, or a body).
        or name_and_office(rest)
        or (looks_like_organisation(rest) and not rest.endswith(_SENTENCE_END))
    ):
        # "1. Minister of Public Security", "1) Lieutenant-General X": a numbered list of
        # recipients, each block under its office or its name; the number is not part of it.
        return Line(number, rest, "short")

    if item:
        return Line(number, text, "item")
    if text.endswith((":", "：")) and len(text.split()) <= 4:
        return Line(number, text, "heading")  # "Letter:", "Sample letter:", "Contact:"
    if text.endswith((":", "：")) and len(text.split()) <= 8 and _AND_TO.match(text):
        # "and to the following newspaper:": the list goes on with another block.
        return Line(number, text, "heading")
    if is_date_line(text):
        return Line(number, text, "date")
    if furniture(text):
        # A post's byline in a thread ("Group X @group@example.social · 18 Feb 2026, 19:06"),
        # a mail program's notice in a forward ("[Message clipped]"), or an appeal's code
        # alone on its line ("ABC 001 / 0101 / XYZ 001.1", "UA 12/34"; no postcode of an
        # address): read like a date, no line of a block.
        return Line(number, text, "date")
    if (
        text.endswith(".")
        and len(text.split()) >= 4
        and sum(1 for w in text.split() if w[:1].islower()) >= 2
        and re.search(r"\b\d{4}\b", text)
        and _has_month(text)
    ):
        # "Kirimkan surat Anda sebelum 31 Maret 2025.": a sentence that gives a date (the
        # deadline), never a line of an address.
        return Line(number, text, "prose")
    if EMAIL.search(text) or HANDLE.fullmatch(text.strip()):
        return Line(number, text, "anchor")
    found = split_country(text)
    if found is not None and (not found[0] or _POSTCODE.search(text) or "," in text):
        return Line(number, text, "anchor")
    if (
        _POSTCODE.search(text)
        and len(text.split()) <= 8
        and (not _has_month(text) or named_after_a_date(text))
    ):
        return Line(number, text, "anchor")
    if PO_BOX.match(text) and len(text.split()) <= 6:
        return Line(number, text, "anchor")  # "BP 123", "PO Box 45, Causeway"
    return Line(number, text, "short")


_FIELD_DASH = re.compile(r"\s+[—–]\s+|\s+-\s+(?=\S)")


# A part that says how to reach a recipient: an e-mail address, a handle, or a contact word
# before its value, with or without a colon ("fax +92 51 ...", "e-mail x@y", "Tel. 555").
_CONTACT_PART = re.compile(
    rf"^(?:\S*@\w|(?:fax|telefax|tel|phone|e-?mail|courriel|correo|x|twitter)\b)|{EMAIL.pattern}",
    re.IGNORECASE,
)


def _bilingual_heading(text: str) -> bool:
    """A heading printed in two languages, parted by a slash ("किसे लिखें / Send appeals to",
    "ලිපි යැවිය යුතු ලිපිනයන් / Send appeals to"): short, two parts, no digit or address
    sign, and one part a "write to" heading of its own."""
    parts = [part.strip() for part in text.split(" / ")]
    return (
        len(parts) == 2
        and len(text) <= SHORT
        and all(parts)
        and not re.search(r"\d|@", text)
        and any(RECIPIENTS_HEADING.fullmatch(part) or WRITE_TO_LINE.match(part) for part in parts)
    )


def _dashed_item(text: str) -> str | None:
    """A list item that is one recipient with its parts parted by dashes, who first and how to
    reach them after ("Office Name - Body, street, city - fax ... - e-mail ..."), as a comma
    run, a dash, then the contact parts; None for any other item."""
    parts = _FIELD_DASH.split(text)
    how = next((i for i, p in enumerate(parts) if _CONTACT_PART.match(p.strip())), 0)
    if len(parts) < 3 or how == 0 or not _who_first(text):
        return None
    if not (EMAIL.search(text) or HANDLE.search(text)) and how < 2:
        return None  # "1) Minister X - fax ...": a short item with no body or address
    return f"{', '.join(parts[:how])} – {', '.join(parts[how:])}"


_COLUMN_WORDS = frozenset(
    """contact contacts contacto contactos contatto contatti kontakt kontakte contato contatos
    recipient recipients destinatario destinatarios destinataire destinataires empfänger
    name nombre nom nome office cargo
    контакт контакты контакти kontakty kontakti kontaktai iletişim yhteystiedot""".split()  # noqa: SIM905
)


def _column_names(text: str) -> bool:
    """A line of three words or more, each the name of a field ("Name", "Address",
    "Contact", "Salutation", in any language the tables know), parted by spaces or
    slashes; a gender ending after a slash ("Destinatario/a") counts with its word."""
    words = [w for w in re.split(r"[\s/|]+", text.strip()) if w and len(w) > 2]
    if len(words) < 3 or len(words) > 8:
        return False
    return all(_field_name(w) for w in words)


def _column_name_cell(text: str) -> bool:
    """A heading cell of a table of recipients: a field's name alone ("Адресат", "Поштова
    адреса", "Факс / e-mail"), or names parted by slashes; no colon, no value."""
    text = text.strip()
    if not text or len(text) > 40 or re.search(r"[\d:：@]", text):
        return False
    return all(_field_name(part) for part in (p.strip() for p in re.split(r"[/|]", text)) if part)


def _field_name(word: str) -> bool:
    """A field's name ("Name", "Adresse", "Факс"), in any language the tables know."""
    return (
        word.casefold() in _COLUMN_WORDS
        or FIELD_LABEL.match(f"{word}: x") is not None
        or ADDRESS_LABEL.match(f"{word}: x") is not None
        or WHO_LABEL.match(f"{word}: x") is not None
    )


def furniture(text: str) -> bool:
    """A thread's or a page's furniture read like a date: a post's byline (who, when) or a
    code alone on its line ("6/7", "ABC 001 / 0101 / XYZ 001.1")."""
    return bool(
        _MAIL_NOTICE.match(text)
        or (_BYLINE.search(text) and (EMAIL.search(text) or HANDLE.search(text)))
        or _CODE_LINE.fullmatch(text)
    )


def _office_heading(text: str) -> bool:
    """A numbered heading that reads as an office no table lists ("Keeper of the Royal
    Seals", "Conseiller spécial du Chef de l'État"): a few capitalised words, no
    digit, no sentence, at most two lowercase words but joining words."""
    words = text.split()
    if not 2 <= len(words) <= 9 or re.search(r"\d", text) or text.endswith(_SENTENCE_END):
        return False
    if not words[0][:1].isupper() or "," in text or EMAIL.search(text):
        return False
    lower = [w for w in words if w[:1].islower() and w not in JOINING_WORDS]
    return len(lower) <= 2 and not is_prose(text)


def _who_item(text: str) -> bool:
    """A numbered item that is who a block is written to: a name, or "Office, Name"."""
    office, _, name = text.partition(",")
    return looks_like_person(text) or (
        bool(name) and looks_like_title(office) and looks_like_person(name.strip())
    )


def _who_first(text: str) -> bool:
    """The line opens with who the recipient is: an office, a courtesy word, or a name
    before a dash or a comma."""
    first = re.split(r"\s+[—–-]\s+|,", text, maxsplit=1)[0].strip()
    return bool(
        TITLE_START.match(text)
        or HONORIFIC_START.match(text)
        or looks_like_person(first)
        # "Ministry of Home Affairs – @handle": a body written to, before the dash.
        or (first != text.strip() and looks_like_organisation(first))
    )


def _comma_block(text: str) -> bool:
    """A comma run of four parts or more, each of a few words, none a sentence, that reaches
    an address: a house number or a country last."""
    parts = [p.strip() for p in text.rstrip(" ,;").split(",")]
    return (
        len(parts) >= 4
        and all(0 < len(p.split()) <= 8 for p in parts)
        # (A stop after an honorific, "Lic. María", ends no sentence.)
        and not any(_INNER_STOP.search(p) for p in parts if not HONORIFIC_START.match(p))
        and not text.rstrip().endswith((".", "!", "?", ":"))
        and (bool(re.search(r"\d", text)) or split_country(text) is not None)
    )


def _one_line_block(text: str) -> bool:
    """A recipient written on one line: an office or a courtesy word first, a comma run, and
    a country or a postcode at its end (what a list item of recipients holds)."""
    if not (TITLE_START.match(text) or HONORIFIC_START.match(text)) or text.count(",") < 2:
        return False
    last = text.rstrip(" .;").rsplit(",", 1)[-1]
    found = split_country(text.rstrip(" .;"))
    return (found is not None and bool(found[0])) or bool(_POSTCODE.search(last))


def _has_month(text: str) -> bool:
    """ "April 1993": a date, not a postcode."""
    months = month_numbers()
    return any(fold(word.strip(".,")) in months for word in text.split())


# The wrapped tail of a contact strip: its separator, then the rest of its parts.
_STRIP_TAIL = re.compile(r"[·–—|•]\s")
_STRIP_ENDS = ("·", "–", "—", "|", "•")

_SENTENCE_END = (".", "!", "?", ":", ";", "…", "。", "：")


# Pictograms and arrows that open a line as a marker ("👉 Minister X", "✍️ What you can do").
_MARKERS = re.compile(
    # ("𝕏", the double-struck X that stands for X, the former Twitter, too.)
    r"^(?:(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\u25A0-\u25FF"
    r"\U0001D54F]"
    # A keycap ("1️⃣", "#️⃣") numbers an item as a marker does.
    r"|[0-9#*]\uFE0F?\u20E3)+\s*)+"
)


def unmarked(text: str) -> str:
    """A line without the pictograms that open it; one that stands for a label ("📧", "📠",
    "🐦") becomes that label."""
    marker = _MARKERS.match(text)
    if marker is None:
        return text
    rest = text[marker.end() :]
    for symbol, label in SYMBOL_LABELS.items():
        # (Only before a value: "✉️ Write to" is a heading with its pictogram.)
        if symbol in marker.group(0) and not FIELD_LABEL.match(rest) and re.search(r"[@\d]", rest):
            return f"{label}: {rest}"
    return rest


_RUN_DASH = re.compile(r",?\s+[–—]\s+(?=\S)")


def _wrapped_items(raw: list[str]) -> list[tuple[int, str]]:
    """(number, text) of each line, a list item wrapped over the lines below it joined into
    one ("• Monsieur X, Ministre de ..., Ministère ...,\n  BP 350, City – Courriel : ..."),
    when the item holds an e-mail address, a field label or a postcode: a recipient written
    as one comma run, which the list's layout broke."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(raw):
        text = unmarked(raw[i].strip())
        j = i + 1
        bullet = _LIST_ITEM.match(text)
        if bullet and (not text.endswith((".", ";", ":", "!", "?")) or _fields_below(text, raw, j)):
            parts = [text]
            while (
                j < len(raw)
                and j - i <= 3
                and raw[j].strip()
                and not _LIST_ITEM.match(raw[j].strip())
                and (
                    # Wrapped: the line above ends inside the run (a comma), or is a long
                    # comma run (an item that is only an office or a name is a block's
                    # heading).
                    (
                        not parts[-1].endswith((".", ";", "!", "?"))
                        and (
                            parts[-1].endswith((",", "–", "—"))
                            or (
                                len(parts[-1]) >= 50
                                and ("," in parts[-1] or _RUN_DASH.search(parts[-1]))
                            )
                        )
                    )
                    # "· Mr X, Office.\nE-mail: ...": the item's fields on the lines below it.
                    or _fields_below(parts[-1], raw, j)
                )
            ):
                parts.append(raw[j].strip())
                j += 1
            # The bullet goes; a dash between the run's parts is one more comma ("Paris –
            # Courriel : x").
            joined = _RUN_DASH.sub(", ", " ".join(parts)[bullet.end() :].strip())
            if j > i + 1 and (
                EMAIL.search(joined) or FIELD_LABEL.search(joined) or _POSTCODE.search(joined)
            ):
                out.append((i + 1, joined))
                i = j
                continue
            j = i + 1
        out.append((i + 1, text))
        i = j
    return out


_LABEL_AT_END = re.compile(rf"(?:{FIELD_LABEL.pattern})\s*$", re.IGNORECASE)


def _fields_below(above: str, raw: list[str], j: int) -> bool:
    """A comma run (a recipient on a list item) whose fields go on below it: the next line
    opens with a field label ("· Mr X, Office.\\nE-mail: x; Fax: y"), or the line ends with a
    label whose value was wrapped ("... Switzerland. E-mail:\\nx@y")."""
    if j >= len(raw) or "," not in above:
        return False
    below = raw[j].strip()
    return bool(
        (FIELD_LABEL.match(below) and (EMAIL.search(below) or re.search(r"\d{3}", below)))
        or (_LABEL_AT_END.search(above) and (EMAIL.match(below) or HANDLE.match(below)))
    )


# A label of one or two words and a running number ("Autoridad 2", "Destinataire n° 3").
_RUNNING_LABEL = re.compile(r"[^\W\d]{3,}(?:\s+[^\W\d]+)?\s+(?:n[°ºo.]\s*)?\d{1,2}\.?")


def document_lines(text: str, *, join_items: bool = False) -> list[Line]:
    """The document's lines, classified; with `join_items`, a list item wrapped over several
    lines is one line (numbered as its first), as a recipient written as a comma run."""
    raw = text.split("\n")
    numbered = (
        _wrapped_items(raw)
        if join_items
        else [(i + 1, unmarked(t.strip())) for i, t in enumerate(raw)]
    )
    if join_items:
        numbered = _wrapped_values(numbered)
        numbered, tails = _cue_runs(numbered)
    else:
        tails = set()
    numbered = _street_cut(numbered)
    lines = [classify(number, line) for number, line in numbered]
    # (The sentences of a paragraph after a run of recipients it held are running text.)
    lines = [
        Line(ln.number, ln.text, "prose") if (ln.number, ln.text) in tails else ln for ln in lines
    ]
    for i in range(1, len(lines)):
        if lines[i].kind == "salutation" and _honoured_office(lines[i].text, lines[i - 1]):
            lines[i] = Line(lines[i].number, lines[i].text, "short")
            above = lines[i - 1]
            bullet = _LIST_ITEM.match(above.text) if above.kind == "item" else None
            if bullet:
                # ("• জনাব X" over it: the block's name behind a list's bullet.)
                lines[i - 1] = Line(above.number, above.text[bullet.end() :].strip(), "short")
    for i in range(1, len(lines)):
        above, line = lines[i - 1], lines[i]
        # The end of a sentence wrapped onto the next line ("... Englisch oder Deutsch."):
        # running text, not a short line of an address block.
        if (
            line.kind == "short"
            and above.kind in ("prose", "copies")
            and len(above.text) >= 40
            and not above.text.endswith(_SENTENCE_END)
            and line.text.endswith(".")
        ) or (
            # "... a letter to the minister of\nJustice, and a copy to the embassy. Write in":
            # a sentence wrapped onto the line, not a "copies to" heading (nor is a line that
            # opens in lowercase: "und schicken Sie eine Kopie an die Botschaft. ...").
            line.kind == "copies"
            and (above.kind == "prose" or (above.kind != "blank" and line.text[:1].islower()))
            and not above.text.endswith((*_SENTENCE_END, ":"))
            and not line.text.endswith((":", "："))
            # ("cc: Dr X, ..." under a letter's "Yours sincerely,": a label, no sentence.)
            and not (_COPY_LABEL.match(line.text) and LETTER_CLOSING.match(above.text))
        ):
            lines[i] = Line(line.number, line.text, "prose")
        elif (
            line.kind in ("short", "anchor")
            and line.text[:1].islower()
            and above.kind == "prose"
            and not above.text.endswith((*_SENTENCE_END, ":", ","))
            and _INNER_STOP.search(line.text)
        ):
            # "the authorities. Write to X at Y, Unit A, ...": a sentence wrapped from the
            # line above goes on here, and another starts: running text.
            lines[i] = Line(line.number, line.text, "prose")
    for i, line in enumerate(lines):
        if (
            line.kind == "short"
            and (i == 0 or lines[i - 1].kind == "blank")
            and (i + 1 == len(lines) or lines[i + 1].kind == "blank")
            and _shouted_instruction(line.text)
        ):
            # "NAPISZ APEL WŁASNYMI SŁOWAMI LUB SKORZYSTAJ Z PONIŻSZEGO WZORU" alone between
            # blank lines over a model letter's address: a heading, no line of the block.
            lines[i] = Line(line.number, line.text, "heading")
        if line.kind not in ("blank", "heading") and contact_strip(line.text):
            # The publisher's footer printed across a block at a page break: a line the block
            # reader passes over (it knows the strip), not running text that ends the block;
            # its wrapped tail keeps the separator it opens with ("· PC 30-3417-8", "–
            # Courriel : x@y"), by which the reader knows it too.
            if line.kind in ("prose", "anchor"):
                lines[i] = Line(line.number, line.text, "short")
            tail = raw[line.number].strip() if line.number < len(raw) else ""
            if (
                i + 1 < len(lines)
                and lines[i + 1].number == line.number + 1
                and (
                    _STRIP_TAIL.match(tail)
                    or (line.text.rstrip().endswith(_STRIP_ENDS) and len(tail) <= SHORT)
                )
            ):
                lines[i + 1] = Line(lines[i + 1].number, tail, "short")
    for i in range(1, len(lines) - 1):
        line, below = lines[i], lines[i + 1]
        if (
            lines[i - 1].kind == "anchor"
            and _salutation_word(line.text.rstrip(",:"))
            and below.kind == "short"
            and below.number == line.number + 1
            and len(below.text.split()) <= 4
            and below.text[:1].isupper()
            and not re.search(r"\d|@", below.text)
            and (i + 2 == len(lines) or lines[i + 2].kind == "blank")
        ):
            # "Señor" / "Presidente" under a block's fax and e-mail, before a blank line: a
            # salutation wrapped in a narrow column, one line (the word alone would open the
            # next block, and the office under it become that block's title).
            lines[i] = Line(line.number, f"{line.text.rstrip(',:')} {below.text}", "salutation")
            lines[i + 1] = Line(below.number, "", "blank")
    for i in range(1, len(lines)):
        line = lines[i]
        if (
            line.kind == "short"
            and lines[i - 1].kind == "anchor"
            and (i + 1 == len(lines) or lines[i + 1].kind == "blank")
            and SALUTATION_START.match(line.text)
            and len(line.text.split()) <= 6
            and not re.search(r"\d|@", line.text)
        ):
            # "Señora Fiscal General" without its comma, the last line of a block under its
            # fax and e-mail: the block's salutation (no address line comes after the fields).
            lines[i] = Line(line.number, line.text, "salutation")
    for i, line in enumerate(lines):
        if (
            line.kind == "short"
            and _RUNNING_LABEL.fullmatch(line.text)
            and (i == 0 or lines[i - 1].kind == "blank")
            and (i + 1 == len(lines) or lines[i + 1].kind == "blank")
        ):
            # "Autoridad 2", "Official 1" alone between blank lines: a tab's or a list's
            # running label over a block, as "Recipient 1" is (a street is no paragraph).
            lines[i] = Line(line.number, line.text, "heading")
    for i, line in enumerate(lines):
        if (
            line.kind == "short"
            and line.text.endswith(".")
            and len(line.text.split()) >= 4
            and find_languages_line(line.text) is not None
        ):
            # "Schreiben Sie auf Englisch oder Deutsch.": the sentence that says
            # which languages to write in (its words capitalised as language names are in
            # some languages), running text, no line of the block below.
            lines[i] = Line(line.number, line.text, "prose")
        if line.kind in ("short", "heading") and _column_names(line.text):
            # "Destinatario/a  Dirección  Contacto / Tratamiento": a table's heading row, which
            # names the columns of the blocks below, printed as a line; no line of a block.
            lines[i] = Line(line.number, line.text, "blank")
    for i in range(len(lines) - 2):
        run = lines[i : i + 3]
        if (
            all(
                ln.kind in ("short", "heading", "anchor") and _column_name_cell(ln.text)
                for ln in run
            )
            and run[2].number - run[0].number == 2
        ):
            # "Адресат" / "Поштова адреса" / "Факс / e-mail" / "Звертання": a table's heading
            # row read a cell a line, which names the columns of the blocks below.
            k = i
            while k < len(lines) and _column_name_cell(lines[k].text):
                lines[k] = Line(lines[k].number, lines[k].text, "blank")
                k += 1
    for i in range(len(lines) - 1):
        line, below = lines[i], lines[i + 1]
        if (
            line.kind == "heading"
            and line.text.endswith((":", "："))
            and below.kind == "short"
            and below.number == line.number + 1
            and _office_heading(line.text.rstrip(":： "))
            and looks_like_person(below.text)
        ):
            # "Human Rights Procurator:" over "Lic. X Y": the office a block is written to,
            # named over its name (a list of offices, each with its colon), not a heading.
            lines[i] = Line(line.number, line.text, "short")
    _repeated_labels(lines)
    return _card_greetings(_office_headings(lines))


# "Write today to the Prosecutor General:", "Escribe hoy al Fiscal General:", "Écrivez au
# ministre de l'Intérieur :": a line that sends letters to an office, its colon at the end.
_SEND_VERB = re.compile(
    rf"(?<!\w)(?:{'|'.join(sorted({re.escape(v) for vs in SEND_VERBS.values() for v in vs}))})"
    r"(?!\w)",
    re.IGNORECASE,
)
_TO_OFFICE = re.compile(
    rf"^(?P<head>.{{0,50}}?\s(?:{SEND_TO_PATTERN})\s+(?:(?:{ARTICLE_PATTERN})\s+|l['’])?)"
    r"(?P<office>\S.{2,70}?)\s*[:：]$",
    re.IGNORECASE,
)


def _office_headings(lines: list[Line]) -> list[Line]:
    """A write-to line that names the office written to, right over the block: the
    heading, then the office as the block's first line (its title)."""
    out: list[Line] = []
    for i, line in enumerate(lines):
        found = (
            _TO_OFFICE.match(line.text) if line.kind in ("short", "heading", "write-to") else None
        )
        if (
            found is not None
            and i + 1 < len(lines)
            and lines[i + 1].kind not in ("blank", "prose", "item")
            and len(line.text.split()) <= 10
            and _SEND_VERB.search(found.group("head"))
        ):
            office = found.group("office")
            title = TITLE_START.match(office)
            if (
                title is not None
                and office[:1].isalpha()
                and not re.search(r"\d|@", office)
                and not is_prose(office)
            ):
                out.append(Line(line.number, f"{found.group('head').rstrip()}:", "write-to"))
                out.append(Line(line.number, office[:1].upper() + office[1:], "short"))
                continue
        out.append(line)
    return out


def _repeated_labels(lines: list[Line]) -> None:
    """A word alone in capitals that opens two blocks or more ("KEPADA" over each official,
    "TO" in a language the tables lack): a label over each block, no office (two recipients
    do not share one office word for word), so a heading."""
    counts: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if (
            line.kind == "short"
            and line.text.isupper()
            and re.fullmatch(r"[^\W\d_]+", line.text)
            and i + 1 < len(lines)
            and lines[i + 1].kind in ("short", "anchor")
            and (i == 0 or lines[i - 1].kind != "short")
        ):
            counts.setdefault(line.text, []).append(i)
    for found in counts.values():
        if len(found) >= 2:
            for i in found:
                lines[i] = Line(lines[i].number, lines[i].text, "heading")


def _honoured_office(text: str, above: Line) -> bool:
    """ "মাননীয় স্বরাষ্ট্রমন্ত্রী" (the honourable home minister) under a name, without a
    greeting's comma: the courtesy word before an office, the name's title line (session 25;
    South Asian cards print "honourable" before the office as before a name)."""
    if above.kind not in ("short", "item") or text.endswith((",", ":", "،", "，", "：")):
        return False
    honorific = HONORIFIC_START.match(text)
    rest = text[honorific.end() :].strip() if honorific else ""
    bullet = _LIST_ITEM.match(above.text)
    name = above.text[bullet.end() :].strip() if bullet else above.text
    return bool(rest) and bool(TITLE_START.match(rest)) and looks_like_person(name)


def _salutation_word(text: str) -> bool:
    """The line is only a salutation's opening words ("Señor", "Sehr geehrte", "Dear")."""
    opening = SALUTATION_START.match(f"{text} ")
    return opening is not None and opening.end() == len(text)


def _street_cut(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A comma run wrapped right after a street's abbreviated kind ("..., Name, Jl." over
    "Example No. 4B, City 10310 ·"): one line, as printed before the wrap (the street's
    kind and name are never two lines); a separator left at the end goes."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(numbered):
        number, text = numbered[i]
        last = text.rpartition(",")[2].strip()
        if (
            "," in text
            and i + 1 < len(numbered)
            and numbered[i + 1][1]
            and numbered[i + 1][0] == number + 1
            and re.fullmatch(r"[^\W\d_]{1,4}\.", last)
            and ADDRESS_WORDS.fullmatch(last) is not None
        ):
            below = numbered[i + 1][1].rstrip(" ·|•–—")
            out.append((number, f"{text} {below}"))
            i += 2
            continue
        out.append((number, text))
        i += 1
    return out


def _shouted_instruction(text: str) -> bool:
    """Six words or more in capitals that name no office, body or person: an instruction
    or a headline, not an address line."""
    return (
        len(text.split()) >= 6
        and text.isupper()
        and not re.search(r"[\d@]", text)
        and not looks_like_title(text)
        and not looks_like_organisation(text)
        and not looks_like_person(text)
    )


def _card_greetings(lines: list[Line]) -> list[Line]:
    """A greeting without punctuation right under a block's last line ("Dear Ambassador",
    "Your Excellency" in italics at a card's foot): that block's salutation, as if labelled.
    A letter's opening ends with a comma or a colon and is left as it is."""
    for i in range(1, len(lines)):
        line, above = lines[i], lines[i - 1]
        if (
            above.kind in ("short", "anchor")
            and line.kind in ("salutation", "short")
            and line.text[-1:].isalpha()
            and len(line.text.split()) <= 5
            and SALUTATION_ONLY_START.match(line.text)
            and not re.search(r"[\d@]", line.text)
            and (i + 1 == len(lines) or lines[i + 1].kind == "blank")
        ):
            lines[i] = Line(line.number, f"Salutation: {line.text}", "anchor")
    return lines


def _open_end(text: str) -> bool:
    """A line that cannot end there: a labelled field whose value ends with a slash
    ("Salutation: Your Excellency /", its other form on the next line), or a line of a block
    that ends with a joining word ("Secretary, Ministry of Defence and"), or a field in
    brackets whose bracket is not closed ("(Salutation: Dear Mr President / Sehr geehrter
    Herr", its rest and the bracket on the next line)."""
    bracket = text.rfind("(")
    if bracket >= 0 and ")" not in text[bracket:] and FIELD_LABEL.match(text[bracket + 1 :]):
        return True
    if text.endswith(" /"):
        return FIELD_LABEL.match(text) is not None
    words = text.split()
    label = FIELD_LABEL.match(text)
    if label is not None and len(words) >= 3 and words[-1] in JOINING_WORDS:
        # "Salutation: Monsieur le" / "Président de la République,".
        return field_of_label(label.group(1)) == "salutation"
    last = words[-1] if words else ""
    return (
        len(words) >= 2
        and (
            last in JOINING_WORDS
            # "Embassy of the People’s" / "Republic of X": a possessive ends no body.
            or bool(re.search(r"[^\W\d_]['’]s$", last))
            # "Shaikh Omar bin Saad Al" / "Example": a name cut after its particle.
            or (last in ("Al", "El", "Bin", "Ibn", "Abu", "Van", "Von", "De", "Da", "Dos"))
        )
        and not _LIST_ITEM.match(text)
        and not _FIELD_DASH.search(text)
        and classify(0, text).kind == "short"
        # An office's or a body's words are capitalised but for joining words; running text
        # has other lowercase words.
        and sum(
            1
            for w in words
            if w[:1].islower() and w not in JOINING_WORDS and not re.match(r"[dl]['’]", w)
        )
        <= 2
    )


def _wrapped_values(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A line that cannot end where it does is wrapped in a narrow column: the next line goes
    on with it (a greeting's other form, the rest of an office)."""
    out: list[tuple[int, str]] = []
    for k, (number, text) in enumerate(numbered):
        below = numbered[k + 1][1] if k + 1 < len(numbered) else ""
        if (
            out
            and text
            and len(text) <= 60
            and _open_end(out[-1][1])
            and not FIELD_LABEL.match(text)
            and classify(0, text).kind in ("short", "anchor", "salutation")
        ):
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")
        elif out and text and _contact_value_wrapped(out[-1][1], text):
            # Round 37e: "..., 1001 City, Country – Fax:" over "+99 71 ...": the label's
            # value wrapped onto the next line; the run is one line again.
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")
        elif out and text and _goes_on(out[-1][1], text, below):
            joiner = "" if out[-1][1].endswith("-") else " "
            out[-1] = (out[-1][0], f"{out[-1][1]}{joiner}{text}")
        else:
            out.append((number, text))
    return _wrapped_runs(out)


# Round 37e: a contact's value at a line's start: a number ("+ 99 71", "(0123) 417") or an
# e-mail address.
_VALUE_START = re.compile(r"\+?\s?\(?\d|[\w.+-]{1,64}@[\w-]{1,63}\.")
_DASH_IN_NUMBER = re.compile(r"\+?\s?\(?\d[\d()]*\s[–—]\s\d")
# Mend 37e: a list's number ("2. Minister ...", "3) ..."): the next item, no value.
_LIST_NUMBER = re.compile(r"\(?\d{1,3}[.)]\s")
_EMAIL_START = re.compile(r"<?[\w.+-]{1,64}@[\w-]{1,63}\.")
# What stands before a label that ends a run: a comma, a dash, a sentence's end.
_RUN_SEPARATOR = re.compile(r"[,;.–—-]\s*$")


def _contact_value_wrapped(above: str, text: str) -> bool:
    """Round 37e: the line above is a run of a recipient's lines ("Minister X, Ministry,
    street, city, country") that ends with a fax, phone or e-mail label and its colon, the
    value missing, after a comma, a dash or a full stop; this line opens with the value."""
    above = above.rstrip()
    if not above.endswith((":", "：")) or _VALUE_START.match(text.lstrip()) is None:
        return False
    if _LIST_NUMBER.match(text.lstrip()):
        # Mend 37e: "... Freedonia City. Fax:" left empty over "2. Minister ...": the list's
        # next recipient, which the join gave the first recipient's label.
        return False
    if _DASH_IN_NUMBER.match(text.lstrip()):
        # ("030 – 53 63 02 00": a run's reader parts it at the dash; the wrapped line is read
        # as the label's value as before.)
        return False
    tail = above[-60:]
    last = None
    for m in FIELD_LABEL.finditer(tail):
        last = m
    if last is None or last.end() != len(tail) or last.start() == 0:
        return False
    try:
        kind = field_of_label(last.group(1))
    except KeyError:
        return False
    head = above[: len(above) - len(tail) + last.start()]
    # Mend 37e: the value is of the label's kind (an e-mail under "Email:", a number under
    # "Fax:" or "Phone:").
    is_email = _EMAIL_START.match(text.lstrip()) is not None
    return (
        kind in ("fax", "phone", "email")
        and (kind == "email") == is_email
        and head.count(",") >= 2
        and _RUN_SEPARATOR.search(head) is not None
    )


def _goes_on(above: str, text: str, below: str) -> bool:
    """A line that is the rest of the one above in a narrow column: a body's name going on
    in lower case ("Haut-Commissariat royal" / "de X près le Saint-Siège"), or a
    name broken at its own hyphen ("Ms Ana Example-" / "Vargas") or before its
    last word, with the office below ("His Excellency Mr X" / "Y" / "Prime Minister")."""
    if len(text) > 60 or classify(0, text).kind != "short" or classify(0, above).kind != "short":
        return False
    if ADDRESS_WORDS.search(text) or split_country(text) is not None:
        return False
    if re.search(r"[^\W\d_]{2}-$", above):
        return text[:1].isupper() and len(text.split()) <= 2 and looks_like_person(above[:-1])
    if (
        HONORIFIC_START.match(above)
        and looks_like_person(above)
        and not ADDRESS_WORDS.search(above)  # "Don Bosco 745": a street
        and looks_like_title(below)  # the office follows the whole name
        and re.fullmatch(r"[A-ZÀ-Ý][\w’'\-]+", text)
        and not looks_like_title(text)
        and not ORGANISATION_WORDS.search(text)
    ):
        return True  # "His Excellency Mr Tom" / "Example": the name's last word
    first = text.split()[0]
    return (
        first[:1].islower()
        and "." not in first  # "t.a.v. Z.E. mevrouw X": for the attention of, a person
        and not HONORIFIC_INSIDE.search(f" {text}")
        and first not in ("c/o",)
        and bool(ORGANISATION_WORDS.search(above))
        and not looks_like_person(above)
        and not above.endswith((",", ".", ":", ";"))
    )


def _wrapped_runs(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A paragraph of two to four lines right under a "copies to" or "write to" heading that
    is one recipient written as a run and wrapped ("Body: office Name, street, city,
    country. Fax: ... E-mail: ..."): one line."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(numbered):
        number, text = numbered[i]
        j = i
        while j < len(numbered) and numbered[j][1]:
            j += 1
        joined = " ".join(t for _, t in numbered[i:j])
        above = next((t for _, t in reversed(out) if t), "")
        if (
            2 <= j - i <= 4
            and (not out or not out[-1][1])
            and len(above) <= 60
            and above.endswith((":", "："))
            and (
                COPIES.search(above) or WRITE_TO_LINE.match(above) or RECIPIENTS_START.search(above)
            )
            and not text.endswith(_SENTENCE_END)
            and joined.count(",") >= 3
            and (EMAIL.search(joined) or FIELD_LABEL.search(joined))
            and not any(_LIST_ITEM.match(t) for _, t in numbered[i:j])
        ):
            out.append((number, joined))
            i = j
        else:
            out.append((number, text))
            i += 1
    return out


# Round 35d: the lines of a run of recipients written after a "write to" heading on the
# heading's own line: a full-width slash, a middle dot or a bar between two spaces, and the
# ideographic space part its lines (commas part them where the block is read).
_RUN_PARTS = re.compile(r"[ \t]*／[ \t]*|[ \t]+[·•|][ \t]+|\u3000+")
_RUN_MARKS = re.compile(rf"{_RUN_PARTS.pattern}|{RUN_COPY_CUE.pattern}", re.IGNORECASE)
# Where such a run ends: a full stop after a word (of three letters: "St.", "No." end no
# sentence) or after a closing quote, before the next sentence; or a full stop of CJK text.
_RUN_END = re.compile(
    r"(?<=[^\W\d_]{3}[.!?])(?=[ \t]+[^\W\d_\"“«]|$)|(?<=[\"”»][.!?])(?=[ \t]|$)|(?<=[。！？])"
    # (A note after an ideographic space, "　※ ...", is none of the run's.)
    r"|(?=[ \t\u3000]+※)"
)
# "; " between two recipients of a run, each a comma run of its own.
_RUN_SEMICOLON = re.compile(r";[ \t]+")
# A run's last comma part that is a clause (a small letter first) with a greeting quoted in
# it: 'and begin "Dear Minister"' is the salutation, no address line.
_QUOTED = re.compile(r"[\"“«„]([^\"“”«»„]{2,60})[\"”»“]")


def _cue_runs(
    numbered: list[tuple[int, str]],
) -> tuple[list[tuple[int, str]], set[tuple[int, str]]]:
    """A "write to" heading inside a line or opening it, with whom to write to after it on the
    same line (and on the lines the paragraph wraps it over, up to its sentence's end): the
    heading on a line of its own, the run's parts as the block's lines (a copies word with
    its colon inside the run opens the copies), and the sentence after the run on a line of
    its own. Round 35d: a parish bulletin's "... Address it to: The Ambassador, Embassy of X,
    street, city, and begin ...", a one-paragraph sheet's "...ください。宛先：X／Office／street／
    city／country／書き出し：Dear X", a case sheet's "PRIMARY: ... · Salutation: ... COPIES: ...".
    Also the rest of such a paragraph after the run, one line (running text, no block's)."""
    out: list[tuple[int, str]] = []
    tails: set[tuple[int, str]] = set()
    i = 0
    while i < len(numbered):
        number, text = numbered[i]
        cue = RUN_CUE.search(text) if text else None
        if cue is None:
            out.append((number, text))
            i += 1
            continue
        run = text[cue.end() :].strip()
        if not run:
            # (Mend 35d) A heading with nothing after its colon, however long the line it ends,
            # opens the lines below as they stand: a heading, not a run.
            out.append((number, text))
            i += 1
            continue
        j = i + 1
        while (
            _RUN_END.search(run) is None
            and j < len(numbered)
            and j - i <= 3
            and numbered[j][1]
            # (A comma ends the line, the next opens in a small letter, or the heading's line
            # is a paragraph's, wrapped.)
            and (run.endswith(",") or numbered[j][1][:1].islower() or len(text) >= 60)
        ):
            run = f"{run} {numbered[j][1]}"
            j += 1
        end = _RUN_END.search(run)
        tail = ""
        if end is not None:
            run, tail = run[: end.start()].strip(), run[end.end() :].strip()
        lines = _run_lines(run, cue.group().strip())
        if lines is not None and not _run_evidence(lines):
            # (Mend 35d) A footer's or a share line's run under a word that also means other
            # things ("Adresse: street · postcode city · Tel.", "Send to: a friend · ...",
            # "Primary: Jane Doe · coordinator · phone · email"): no recipient's evidence.
            lines = None
        if lines is not None and not text[: cue.start()].strip() and not _RUN_MARKS.search(run):
            # A heading that opens its line, a comma run after it, is read as it stands
            # (`recipient_blocks`: "Write to: Minister X, Office, street, ..."); only a run
            # with marks between its lines, or copies inside it, is parted here.
            lines = None
        if lines is None:
            out.append((number, text))
            i += 1
            continue
        before = text[: cue.start()].strip()
        if before:
            out.append((number, before))
        out.append((number, cue.group().strip()))
        out.extend((number, line) for line in lines)
        if tail:
            rest = [tail]
            while j < len(numbered) and numbered[j][1]:
                rest.append(numbered[j][1])
                j += 1
            tail = " ".join(rest)
            out += [(number, ""), (number, tail)]
            tails.add((number, tail))
        i = j
    return out, tails


# A telephone's part of a run ("Tel. 0301 234567", "tel: 051 123456", "Telefon 030 ...").
_PHONE = re.compile(rf"(?:{_alternatives(FIELD_LABELS['phone'])})\w*\.?\s*:?\s*[+(\d]", re.I)


def _run_evidence(lines: list[str]) -> bool:
    """Whether the lines of a run (see `_run_lines`) hold a recipient: an office or a body of
    the tables in one of its parts, or a person's name with a postal address (a street, a
    postcode with its place, or a country; a telephone number is none)."""
    parts = [p.strip() for line in lines for p in line.split(",") if p.strip()]
    if any(looks_like_title(p) or looks_like_organisation(p) for p in parts):
        return True
    postal = [
        p
        for p in parts
        if re.search(r"[^\W\d_]{2}", p)
        and not FIELD_LABEL.match(p)
        and not _PHONE.match(p)
        and (_POSTCODE.search(p) or street_first(p) or split_country(p) is not None)
    ]
    return bool(postal) and any(looks_like_person(p) for p in parts if p not in postal)


def _run_lines(run: str, cue: str) -> list[str] | None:
    """The lines of a run of recipients (see `_cue_runs`) after its heading `cue`, or None
    when it is no such run: fewer than three parts (parted by commas or by the run's marks)."""
    parts = [p.strip() for p in _RUN_PARTS.split(run) if p.strip()]
    if len(parts) + sum(p.count(",") for p in parts) < 3 or len(run) < 20:
        return None
    lines: list[str] = []
    for part in parts:
        copy = RUN_COPY_CUE.search(part)
        pieces = [part]
        if copy is not None:
            # "Salutation: Dear Minister COPIES: X, ...": the copies open inside the part.
            cue = copy.group().strip()
            pieces = [part[: copy.start()].strip(), "", cue, part[copy.end() :]]
        for piece in pieces:
            halves = _RUN_SEMICOLON.split(piece)
            if len(halves) >= 2 and all(h.count(",") >= 2 for h in halves):
                # "X, office, street, city, country; Y, office, street, ...": two blocks, the
                # heading they are under again between them (it ends a block).
                for k, half in enumerate(halves):
                    lines += (["", cue] if k else []) + [half.strip()]
            elif piece or (lines and lines[-1]):
                lines.append(piece.strip())
    last = lines[-1].rsplit(",", 1) if lines else []
    if len(last) == 2 and last[1].strip()[:1].islower():
        quoted = _QUOTED.search(last[1])
        greeting = quoted.group(1).strip(" ,") if quoted else ""
        lines[-1] = last[0].strip()
        if greeting and SALUTATION_START.match(f"{greeting},"):
            lines.append(f"Salutation: {greeting}")
    return lines


@dataclass(frozen=True)
class Zone:
    """Lines [start, end) of the document (0-based indexes into its lines) holding recipients."""

    start: int
    end: int
    # Opened by a "write to" heading: its blocks count even without an anchor.
    introduced: bool = False


def recipient_zones(lines: list[Line]) -> list[Zone]:
    """The runs of lines that hold recipient blocks, in document order: around clusters of
    anchors, and after each "write to" heading (blocks there may have no anchor at all)."""
    anchors = [i for i, line in enumerate(lines) if line.kind == "anchor"]
    candidates: list[Zone] = []
    i = 0
    while i < len(anchors):
        first = last = anchors[i]
        i += 1
        while i < len(anchors) and _gap_ok(lines, last, anchors[i]):
            last = anchors[i]
            i += 1
        zone = Zone(_walk_back(lines, first), _walk_on(lines, last + 1))
        # "Best wishes," over the writer's name, role and contacts: a signature.
        zone = Zone(zone.start, _signature_start(lines, zone))
        if zone.end > zone.start and _plausible(lines, zone):
            candidates.append(Zone(zone.start, zone.end, introduced=_introduced(lines, zone)))
    for i, line in enumerate(lines):
        if line.kind == "write-to":
            end = _written_to_end(lines, i + 1)
            if end > i + 1:
                candidates.append(Zone(i + 1, end, introduced=True))
        elif line.kind == "copies" and len(line.text) <= 40:
            end = _named_list_end(lines, i + 1)
            if end > i + 1:
                # "cc:" over "Ms X, Minister of Justice" lines: the copies of a letter, named
                # with their offices, a line each (no anchor among them).
                candidates.append(Zone(i, end))
        elif line.kind == "salutation":
            head = _letter_head(lines, i)
            if head is not None:
                candidates.append(head)
    zones: list[Zone] = []
    for zone in sorted((_trimmed(lines, z) for z in candidates), key=lambda z: z.start):
        if zones and zone.start <= zones[-1].end:
            before = zones[-1]
            zones[-1] = Zone(
                before.start, max(before.end, zone.end), before.introduced or zone.introduced
            )
        else:
            zones.append(zone)
    return zones


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _named_list_end(lines: list[Line], start: int) -> int:
    """The end of a run of "Name, Office" lines from `start` (a blank line may come first)."""
    j = start
    if j < len(lines) and lines[j].kind == "blank":
        j += 1
    first = j
    while j < len(lines) and name_and_office(lines[j].text):
        j += 1
    return j if j > first else start


def _one_word_heading(line: Line) -> bool:
    return line.kind == "short" and line.text.isupper() and len(line.text.split()) == 1


def _trimmed(lines: list[Line], zone: Zone) -> Zone:
    """Without trailing blank lines and a one-word heading in capitals ("INHALT", "LETTER")
    that stands between the last block and the letter: no block ends with such a line. Nor
    does one start with such a heading set apart by a blank line ("MUSTERBRIEF"); an office
    in capitals ("INNENMINISTER") stands right above its name."""
    start = zone.start
    while (
        start + 2 < zone.end
        and _one_word_heading(lines[start])
        and lines[start + 1].kind == "blank"
    ) or (start + 1 < zone.end and lines[start].kind == "blank"):
        start += 1
    zone = Zone(start, zone.end, zone.introduced)
    end = zone.end
    while end > zone.start + 2 and lines[end - 1].kind == "blank":
        end -= 1
    if (
        end > zone.start + 2
        and lines[end - 1].kind == "short"
        and lines[end - 2].kind == "blank"
        and salutation_after(lines, Zone(zone.start, end)) is not None
    ):
        # A heading of its own right before the model letter ("Modèle de lettre").
        end -= 1
    zone = Zone(zone.start, end, zone.introduced)
    while end > zone.start + 1 and (
        lines[end - 1].kind == "blank"
        or (
            lines[end - 1].kind == "short"
            and lines[end - 1].text.isupper()
            and len(lines[end - 1].text.split()) == 1
        )
    ):
        end -= 1
    return Zone(zone.start, end, zone.introduced)


def _letter_head(lines: list[Line], salutation: int) -> Zone | None:
    """The address above a model letter's salutation ("President X / Palace / City" then
    "Dear President,"), when it has a name or an office: a recipient without any anchor."""
    end = salutation
    while end > 0 and lines[end - 1].kind == "blank":
        end -= 1
    subject = end > 1 and SUBJECT_LINE.match(lines[end - 1].text) and lines[end - 2].kind == "blank"
    if subject:
        # The letter's subject line ("Re: X", "Betreff: ...") between its head and opening.
        end -= 1
        while end > 0 and lines[end - 1].kind == "blank":
            end -= 1
    if end > 1 and lines[end - 1].kind == "date" and lines[end - 2].kind == "blank":
        # The letter's date line between its head and its opening ("Le ......", "[Date]").
        end -= 1
        while end > 0 and lines[end - 1].kind == "blank":
            end -= 1
    start = end
    while start > 0 and lines[start - 1].kind in ("short", "anchor") and end - start < 7:
        start -= 1
    if not 2 <= end - start <= 7 or (start > 0 and lines[start - 1].kind not in _HEAD_ABOVE):
        return None
    if READER_GREETING.search(lines[salutation].text):
        return None  # "Dear friends,": a letter to the readers, not to an official
    texts = [line.text for line in lines[start:end] if not line.text.isupper()]
    # (A letter's shape says it without letter case: a date right above the head, or a
    # subject line under it: "14TH MAY 1985" / "H.E. SR. X" / ... / "RE: Y" / "YOUR
    # EXCELLENCY,".)
    dated = (start > 0 and lines[start - 1].kind == "date") or (
        start > 1 and lines[start - 1].kind == "blank" and lines[start - 2].kind == "date"
    )
    shaped = subject and (dated or not texts)
    if not shaped and not any(looks_like_person(t) or looks_like_title(t) for t in texts[:3]):
        return None
    return Zone(start, end, introduced=True)


# What may stand right above a letter head: nothing, a blank line, a heading, a "write to".
_HEAD_ABOVE = ("blank", "heading", "write-to", "date")


def _walk_on(lines: list[Line], end: int) -> int:
    """Past the last anchor: the preferred-language or "copies to" lines that close a list."""
    seen = 0
    out = end
    j = end
    while j < len(lines) and seen < 4:
        line = lines[j]
        j += 1
        if line.kind == "blank":
            continue
        seen += 1
        if (
            line.kind == "copies"
            or PREFERRED_LANGUAGE.search(line.text)
            or (DIPLOMATIC.search(line.text) and len(line.text) <= SHORT)
        ):
            out = j
        elif (
            out == j - 1
            and lines[j - 2].kind in ("copies", "anchor", "short")
            and line.kind in ("short", "anchor")
            and (ADDRESS_LABEL.match(line.text) or _POSTCODE.search(line.text))
        ):
            out = j  # "Copie : Ambassade de X" / "Adresse : 65, rue Y, 75116 Paris"
        elif (
            out == j - 1
            and lines[j - 2].kind in ("copies", "anchor")
            and line.kind in ("short", "anchor")
            and open_label_at_end(lines[j - 2].text) is not None
        ):
            out = j  # "Copie : Ambassade de X, ..., Fax :" over its number: a wrapped run
        elif line.kind in ("prose", "salutation", "write-to"):
            break
    return out


def _written_to_end(lines: list[Line], start: int) -> int:
    """After "Write to:", the blocks run until running text, a salutation or a second blank."""
    end = start
    blanks = 0
    for j in range(start, min(len(lines), start + 80)):
        line = lines[j]
        if line.kind == "blank":
            blanks += 1
            if blanks >= 3:
                break
            continue
        if line.kind in ("prose", "salutation", "write-to", "item", "heading"):
            break
        blanks = 0
        end = j + 1
    return end


def _introduced(lines: list[Line], zone: Zone) -> bool:
    """A zone right after a "write to" heading, or right before the letter's salutation."""
    # (Round 36b: a rule line under the heading is no line of its own.)
    before = next(
        (ln for ln in reversed(lines[: zone.start]) if ln.kind != "blank" and _has_word(ln.text)),
        None,
    )
    first = next((ln for ln in lines[zone.start : zone.end] if ln.kind != "blank"), None)
    heads = [ln for ln in (before, first) if ln is not None]
    return any(ln.kind in ("write-to", "copies") for ln in heads) or (
        salutation_after(lines, zone) is not None
    )


def _gap_ok(lines: list[Line], a: int, b: int) -> bool:
    """Two anchors belong to one zone when only a few short lines lie between them."""
    between = [line for line in lines[a + 1 : b] if line.kind != "blank"]
    if len(between) > MAX_GAP:
        return False
    if any(
        line.kind in ("salutation", "write-to", "heading") and not _AND_TO.match(line.text)
        for line in between
    ):
        return False  # a letter or a new list starts between them ("and to ...:" goes on)
    prose = sum(1 for line in between if line.kind == "prose")
    return prose <= 1


def _walk_back(lines: list[Line], first: int) -> int:
    """Up from the first anchor over the name, office and address lines above it."""
    start = first
    steps = 0
    passed_prose = False
    while start > 0 and steps < MAX_ZONE_BACK:
        above = lines[start - 1]
        if above.kind == "blank":
            # A blank line may separate the lines of a block, or blocks; two end it.
            if start >= 2 and lines[start - 2].kind in ("short", "copies"):
                start -= 1
                continue
            break
        if (
            above.kind == "prose"
            and not passed_prose
            and len(above.text) <= 2 * SHORT
            and start >= 2
            and lines[start - 2].kind == "short"
            and lines[start].kind == "anchor"
        ):
            # A remark inside a block ("Due to postal restrictions, please only ...").
            passed_prose = True
            start -= 1
            steps += 1
            continue
        if above.kind in ("prose", "item", "salutation", "write-to", "date", "heading"):
            break
        if above.kind == "short" and above.text.endswith(":") and len(above.text) > 40:
            break  # an instruction ("Please write to the officials below:")
        start -= 1
        steps += 1
    return start


def _signature_start(lines: list[Line], zone: Zone) -> int:
    """Where a message's signature starts in the zone (a sign-off line, "Best wishes,", "Un
    saludo,", with no "write to" or "copies" heading after it), else the zone's end. A sign-off
    right above the zone makes all of it the signature."""
    above = zone.start - 1
    while above > 0 and lines[above].kind == "blank":
        above -= 1
    for i in range(max(above, 0), zone.end):
        if (SIGN_OFF.match(lines[i].text) or LETTER_CLOSING.match(lines[i].text)) and not any(
            line.kind in ("write-to", "copies") for line in lines[i + 1 : zone.end]
        ):
            return max(i, zone.start)
    return zone.end


def _plausible(lines: list[Line], zone: Zone) -> bool:
    """A zone holds a recipient when it has a short line that is not an anchor (a name or an
    office) and at least two anchors, or a labelled field."""
    inside = lines[zone.start : zone.end]
    names = sum(1 for line in inside if line.kind == "short" or _copies_with_block(line))
    anchors = [line for line in inside if line.kind == "anchor"]
    labelled = any(FIELD_LABEL.search(line.text) for line in anchors)
    flattened = any(
        len(line.text) > SHORT or ("," in line.text and _who_first(line.text)) for line in anchors
    )
    return (names >= 1 or flattened) and (
        len(anchors) >= 2 or labelled or (bool(anchors) and _introduced(lines, zone))
    )


def _copies_with_block(line: Line) -> bool:
    """ "Copie : Ambassade de X, 12 rue Y, 75016 Paris": a copies heading with its block."""
    if line.kind != "copies":
        return False
    found = COPIES.search(line.text)
    rest = line.text[found.end() :] if found else ""
    return len(rest.strip(" :.")) > 10 and "," in rest


def salutation_after(lines: list[Line], zone: Zone) -> Line | None:
    """The salutation line that follows a zone directly (the model letter's opening), past a
    letter's subject line ("Oggetto: ...", "Re: ...") between its inside address and it, and
    its date line ("[Lieu], le [date]", session 30)."""
    subject = dated = False
    for line in lines[zone.end : zone.end + 7]:
        if line.kind == "blank" or (line.kind == "short" and len(line.text.split()) == 1):
            continue  # a blank line, or a one-word heading ("INHALT", "Letter")
        if not dated and line.kind == "date":
            dated = True
            continue
        if not subject and SUBJECT_LINE.match(line.text):
            subject = True
            continue
        return line if line.kind == "salutation" else None
    return None
