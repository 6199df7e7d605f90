"""Recipients given only inside running sentences: "Send your appeal to the Minister of
Justice, Mr X, Ministry of Justice, 14 Some Boulevard, Capital, Country, by email at ...".

Read only when the document has no recipient block at all. The address is the comma run after
"send/write ... to" up to the part that names a country; an e-mail address in the same
sentence after it is the recipient's; "copy" between the verb and "to" makes a copy; a
sentence that says how to begin the letter ('Begin your letter "Dear Minister"') gives the
salutation of the first recipient. The words are tables here, like the other steps'.
"""

from __future__ import annotations

import itertools
import re

from appeal_tui.core.importer.contact_fields import (
    EMAIL,
    HANDLE,
    add_email,
    add_numbers,
    add_twitter,
    salutation_language,
)
from appeal_tui.core.importer.countries import country_in, split_country
from appeal_tui.core.importer.dates import fold
from appeal_tui.core.importer.doc_language import detect_language
from appeal_tui.core.importer.language_rows import (
    AND_WORDS_CASES,
    AT_ADDRESS,
    DONATION_WORDS,
    FIRST_PERSON_DATIVE,
    LAST_WORD_CASES,
    NAME_CASES_LATIN,
    PLEASE_WORDS,
    READER_ASKS,
    SEND_TO_WORDS_MORE,
    SEND_VERBS_DATIVE,
    SEND_VERBS_MORE,
)
from appeal_tui.core.importer.name_cases import latin_nominative
from appeal_tui.core.importer.passed_on import (
    and_before_bracketed,
    fields_joined,
    labelled_salutation,
    restated_in_bracket,
    without_adverbials,
    without_please,
    without_to,
)
from appeal_tui.core.importer.phrases import (
    ADDRESS_WORDS_MORE,
    COPIES,
    COPY_WORDS_MORE,
    DIPLOMATIC,
    DIPLOMATIC_OF,
    FIELD_LABEL,
    GREETING_INTROS,
    HONORIFIC_START,
    HONORIFICS,
    MISSION,
    NUMBER_FIELD_NO_COLON,
    OR_WORDS,
    ORGANISATION_WORDS,
    RECIPIENT_ARTICLES,
    RECIPIENT_LIST_INTROS,
    RECIPIENT_MEMBERS,
    REPORT_BACK,
    SALUTATION_START,
    SEND_TO_ELIDED,
    SEND_TO_WORDS,
    SEND_VERBS,
    TITLE_WORDS,
    _alternatives,
    _every_word,
    field_of_label,
)
from appeal_tui.core.importer.recipient_blocks import Block
from appeal_tui.core.importer.run_parts import (
    complete_before,
    has_address,
    part_shape,
    stand_ins_as_commas,
)

_ADDRESS_SHAPES = ("street", "place", "country")

_LOWER_OFFICE = (
    r"[a-zß-ÿ][\w\-]{2,30}(?:\s[a-zß-ÿ][\w\-]{1,20}){0,4},\s+"
    rf"(?:{_alternatives(HONORIFICS)})\s+(?-i:[A-ZÀ-Ý])"
)
# Capital and small letters of the Latin script beyond Latin-1 too ("Ł", "Č", "ž", "ś").
# (Session 25h: a dative after a Cyrillic verb, "Пишите до ..., Генеральному прокурору ...".)
_CYRILLIC_CAPS = "А-ЯЁЂ-ЏҐЄІЇЎ"
_CYRILLIC_SMALL = "а-яёђ-џґєіїў"
_GREEK_CAPS = "Α-ΩΆΈΉΊΌΎΏ"
_CAPS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_SMALL = "a-zß-öø-ÿ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.islower())
# "ministru pravosuđa Turske, Kemalu Aydınu", "prokuratorki generalnej, Mariany Castillo":
# an office in small letters (its complement may be capitalised), then a name of two
# capitalised words, within six words.
_LOWER_OFFICE_NAME = (
    rf"[{_SMALL}][\w\-]{{2,30}}(?:\s[\w\-]{{1,30}}){{0,7}}?,?\s[{_CAPS}][\w'’\-]{{1,30}}"
    rf"\s[{_CAPS}]"
)
# "al ministro della giustizia, Carlo Vzor", "till justitieministern, Karin Berg": an office
# in small letters of up to four words, a comma, and a name of two capitalised words.
# (Session 26a: in Cyrillic too, "до кмета на X, Петър Y, на адрес ...".)
# (Round 34b: a courtesy word of any language may stand before the name, "au président de
# la République, M. X Y", "aan de voorzitter van de Commissie, dr. X Y".)
_LOWER_OFFICE_COMMA = (
    rf"[{_SMALL}{_CYRILLIC_SMALL}][\w\-]{{2,30}}(?:\s[\w\-]{{1,30}}){{0,3}},"
    rf"\s(?:(?:(?:{_alternatives(HONORIFICS)})(?<=\.)\s?|(?:{_alternatives(HONORIFICS)})\s)"
    rf"(?-i:[{_CAPS}{_CYRILLIC_CAPS}])[\w'’\-]{{1,30}}(?!\w)|"
    rf"[{_CAPS}{_CYRILLIC_CAPS}][\w'’\-]{{1,30}}\s[{_CAPS}{_CYRILLIC_CAPS}])"
)
# A word for "to" that opens what is left after when and how to write ("..., aan president X").
_TO_FIRST = re.compile(
    rf"^(?:{_alternatives(sorted({w for ws in SEND_TO_WORDS.values() for w in ws}))})\s+(?=\S)",
    re.IGNORECASE,
)
# "aan president Álvaro Uribe", "to minister Ana Vzor": an office word of any language in small
# letters, then a name of two capitalised words.
# "naar de vakcentrale Central Unitaria ...", "to the union Sindicato Nacional ...": after an
# article, a noun in small letters and the body's name of two capitalised words.
_AFTER_ARTICLE = "|".join(
    rf"(?<=\s{re.escape(a)}\s)" for a in RECIPIENT_ARTICLES if not a.endswith(("'", "’"))
)
_NOUN_NAMED = rf"(?:{_AFTER_ARTICLE})[{_SMALL}][\w\-]{{2,30}}\s[{_CAPS}][\w'’\-]{{1,30}}\s[{_CAPS}]"
# (Round 34b: a short particle in small letters may join the name's words, "aan koning X bin
# Y", "to president X de Y".)
_LOWER_OFFICE_BARE = (
    rf"(?=[{_SMALL}])(?i:{_alternatives(TITLE_WORDS)})\s[{_CAPS}][\w'’\-]{{1,30}}"
    rf"\s(?:[{_SMALL}]{{1,4}}\s)?[{_CAPS}]"
)
_ALL_SEND_VERBS = [w for ws in SEND_VERBS.values() for w in ws] + [
    w for ws in SEND_VERBS_MORE.values() for w in ws
]
_ALL_SEND_TO = sorted(
    {w for ws in SEND_TO_WORDS.values() for w in ws}
    | {w for ws in SEND_TO_WORDS_MORE.values() for w in ws}
)
_AFTER_CASE_TO = "|".join(
    rf"(?<=\s{re.escape(w)}\s)" for ws in SEND_TO_WORDS_MORE.values() for w in ws
)
# "pišite nam na adresu ...", "pošlete nám ji ...": the reply goes back to the section.
_FIRST_PERSON = f"(?:{_every_word(FIRST_PERSON_DATIVE)})"
# "Send your appeal to", "write to", "send a copy to", "envoyez votre lettre à", "scrivi al";
# a verb of a language with a dative names whom right after it ("Pišite ministru ...").
_SEND_TO = re.compile(
    rf"(?<!\w)(?:(?:{_every_word(SEND_VERBS_DATIVE)})"
    # (Session 25h: or, after a Cyrillic verb, a colon with whom after it on the same line,
    # "ОБРАЩЕНИЯ НАПРАВЛЯЙТЕ: Министру ..."; a Latin "Másolatot küldj:" heads a copy line,
    # read as such.)
    rf"(?!\w)(?P<dative>)(?:,|(?<=[{_CYRILLIC_CAPS}{_CYRILLIC_SMALL}]):(?=[ \t]))?\s+"
    rf"(?!{_FIRST_PERSON}(?!\w))"
    rf"(?-i:(?=[{_SMALL}{_CYRILLIC_SMALL}][\w\-]{{1,30}}\s|[{_CAPS}{_CYRILLIC_CAPS}]))|"
    rf"(?:{_alternatives(_ALL_SEND_VERBS)})(?!\w)"
    r"(?P<between>(?:[^.!?\n]|(?<=\d)\.){0,60}?)"
    rf"(?:\s(?:{_alternatives(_ALL_SEND_TO)})\s+"
    rf"(?:(?:{_alternatives(RECIPIENT_ARTICLES)})(?<=['’])|(?:{_alternatives(RECIPIENT_ARTICLES)})\s+)?"
    rf"|\s(?:{_alternatives(SEND_TO_ELIDED)}))"
    # "... to the following officials: the Minister ...".
    rf"(?:(?:{_alternatives(RECIPIENT_LIST_INTROS)})\s*:\s*"
    rf"(?:(?:{_alternatives(RECIPIENT_ARTICLES)})(?<=['’])|(?:{_alternatives(RECIPIENT_ARTICLES)})\s+)?)?"
    # "... to the members of the Board": the body.
    rf"(?:(?:{_alternatives(RECIPIENT_MEMBERS)})\s+"
    rf"(?:(?:{_alternatives(RECIPIENT_ARTICLES)})(?<=['’])|(?:{_alternatives(RECIPIENT_ARTICLES)})\s+)?)?"
    # A capital, or an office in lowercase followed by a courtesy word and a name
    # ("till utrikesministern, Mr X", "to the minister of justice, Ms Y"); after a word for
    # "to" of a language with cases, an office in small letters and a name ("do prezydenta
    # Kolumbii, Gustava ...").
    # (Round 34b: a Greek capital too, "Γράψτε στον Υπουργό ...".)
    rf"(?-i:(?=[{_CAPS}{_GREEK_CAPS}]|{_LOWER_OFFICE}|{_LOWER_OFFICE_COMMA}|{_LOWER_OFFICE_BARE}|{_NOUN_NAMED}"
    rf"|(?:{_AFTER_CASE_TO}){_LOWER_OFFICE_NAME})))",
    re.IGNORECASE,
)
# "Michango yote iende kwa Mweka Hazina, ...", "Donations go to ...": a verb of sending whose
# subject is money (words of any language before it in its sentence) writes to no one (mend28c).
_MONEY = re.compile(
    rf"(?<!\w)(?:{_alternatives(sorted({w for ws in DONATION_WORDS.values() for w in ws}))})(?!\w)",
    re.IGNORECASE,
)


def _sends_money(text: str, send: re.Match[str]) -> bool:
    """The sentence before `send` (or what it carries) is about money, not letters."""
    before = text[max(0, send.start() - 80) : send.start()]
    stop = max(before.rfind(". "), before.rfind("! "), before.rfind("? "), before.rfind("\n"))
    return _MONEY.search(before[stop + 1 :]) is not None or (
        _MONEY.search(send.group("between") or "") is not None
    )


def _letter_sends(text: str) -> list[re.Match[str]]:
    """The matches of `_SEND_TO` in `text` that send letters (not money)."""
    return [m for m in _SEND_TO.finditer(text) if not _sends_money(text, m)]


_COPY = re.compile(
    # (Croatian "kopiju", Slovene "kopijo", Polish "kopię", Czech "kopii": the same word.)
    # (Round 24o: Finnish "kopiot", Hungarian "másolatot", Lithuanian "kopiją", Latvian
    # "kopijas", Estonian "koopia"; round 24w: Dutch "kopieën", Swahili "nakala".)
    r"\b(?:cop(?:y|ies|ia|ias|ie)|cópias?|kopi(?:e|a|en|eën|or|ju|jo|ję|ę|i|ot|o|ją|jas)?"
    r"|másolat(?:ot|a)?|koopia|per\s+conoscenza|nakala"
    # (Session 25h: Russian, Ukrainian, Belarusian "копию", "копії", "копіі", "копии".)
    r"|копи[юяи]|копі[їюяі]"
    # (Round 34b: Greek "αντίγραφο", "αντίγραφα".)
    r"|αντίγραφ[οα])"
    r"(?!\w)",
    re.IGNORECASE,
)
_GREETING_INTRO = "|".join(x for xs in GREETING_INTROS.values() for x in xs)
_BEGIN_WITH = re.compile(
    rf"\b(?:{_GREETING_INTRO})\s*[\"“„«‘‚]\s*([^\"”“»‘’\n]{{3,50}}?)\s*[,:]?\s*[\"”“»’]",
    re.IGNORECASE,
)
_QUOTED_NEXT = re.compile(
    r"\s*([^\W\d]{1,6})\s*[\"“„«‘‚]\s*([^\"”“»‘’\n]{3,50}?)\s*[,:]?\s*[\"”“»’]"
)


def _begun_with(found: re.Match[str], text: str) -> str:
    """The greeting a "begin with" sentence quotes, with the same greeting in a second
    language when it follows after "or" ('„Dear Governor“ oder „Sehr geehrte Frau ...“')."""
    greeting = found.group(1).strip()
    more = _QUOTED_NEXT.match(text, found.end())
    if more is not None and _same_in_two_languages(greeting, more.group(1), more.group(2)):
        return f"{greeting} / {' '.join(more.group(2).split())}"
    return greeting


MAX_PARTS = 9
# The greetings a sentence gives, quoted or not: 'Begin your letters *Dear A* and *Dear B*.'
_GREETING_SENTENCE = re.compile(rf"\b(?:{_GREETING_INTRO})\s*:?\s*([^.!?\n]{{3,200}})", re.I)
_GREETING_PARTS = re.compile(
    r"\s*(?:,|;|\s(?:and|or|et|ou|y|o|und|oder|e|en|of|och|og)\s)\s*", re.IGNORECASE
)


def sentence_greetings(text: str) -> list[str]:
    """The greetings of the sentences that say how to begin the letters, in order ('Begin
    your letters "Dear Governor" and "Dear Prosecutor"', 'Commencez par Monsieur le
    Ministre'): each part that opens with a salutation word of any language."""
    found: list[str] = []
    for sentence in _GREETING_SENTENCE.finditer(" ".join(text.split())):
        said = sentence.group(1)
        marks = list(re.finditer(r"[\"“„«‘‚*_]\s*([^\"”“»‘’*_]{3,60}?)\s*[,:]?\s*[\"”“»’*_]", said))
        parts = [m.group(1) for m in marks] or _GREETING_PARTS.split(said)
        gaps = [said[a.end() : b.start()] for a, b in itertools.pairwise(marks)]
        for n, part in enumerate(parts):
            part = part.strip(' "“”„«»*_,:')
            if SALUTATION_START.match(f"{part},") and len(part.split()) <= 8:
                if (
                    found
                    and 0 < n <= len(gaps)
                    and _same_in_two_languages(found[-1], gaps[n - 1], part)
                ):
                    # '„Dear Governor“ oder „Sehr geehrte Frau Gouverneurin“': one greeting in
                    # two languages, not one for each of two officials.
                    found[-1] = f"{found[-1]} / {part}"
                    continue
                found.append(part)
        if found:
            break
    return found


def _same_in_two_languages(first: str, gap: str, second: str) -> bool:
    """Two quoted greetings joined by "or" ("oder", "ou") in two languages."""
    if "/" in first or fold(gap.strip(" ,")) not in OR_WORDS:
        return False
    one, other = salutation_language(first, "?"), salutation_language(second, "?")
    return "?" not in (one, other) and one != other


def _run(text: str) -> tuple[list[str], int] | None:
    """The comma-separated parts from the start of `text` up to the one naming a country, and
    where that part ends."""
    parts: list[str] = []
    position = 0
    for piece in re.finditer(r"[^,()]+", text):
        part = " ".join(piece.group(0).split()).strip(" .;")
        if not part or len(part) > 80:
            return None
        parts.append(part)
        position = piece.end()
        found = split_country(part)
        if (found is not None and not found[0]) or (country_in(part) and len(part.split()) <= 3):
            return (parts, position) if len(parts) >= 3 else None
        if len(parts) >= MAX_PARTS or text[piece.end() : piece.end() + 1] == "(":
            return None
    return None


def prose_blocks(text: str) -> list[Block]:
    """The recipients of the sentences in `text` (its paragraphs joined), in order."""
    blocks: list[Block] = []
    for paragraph in re.split(r"\n\s*\n", text):
        joined = _joined(paragraph)
        if REPORT_BACK.search(joined):
            continue  # "Please keep us informed ... Write to X at our office"
        for match in _letter_sends(joined):
            found = _run(joined[match.end() :])
            if found is None:
                continue
            parts, end = found
            block = Block("copy" if _copy_sentence(joined, match) else "primary")
            block.lines = parts
            block.vouched = True
            after = joined[match.end() + end : match.end() + end + 160]
            sentence_end = re.search(r"[.!?](?:\s|$)(?![^()]*\))", after)
            email = EMAIL.search(after[: sentence_end.start()] if sentence_end else after)
            if email is not None:
                add_email(block.contacts, email.group(0))
                block.has_fields = True
            blocks.append(block)
    begin = _BEGIN_WITH.search(text)
    primaries = [b for b in blocks if b.role == "primary"]
    if begin is not None and primaries:
        primaries[0].salutation = _begun_with(begin, text)
    return blocks


# --- Recipients in paragraphs: each sentence that sends letters or copies to someone. ---

# Where one recipient ends and the next begins inside a sentence: "..., Abuja and to the
# National Commission", "..., Lisboa, e para a Comissão", "et à la", "y a la", "und an die".
_NEXT_RECIPIENT = re.compile(
    r"[,;]?\s+(?:and|e|et|y|und|en|och|og|και|καθώς\s+και)\s+(?:also\s+)?"
    # (Round 34b: Greek "καθώς και στην ...", "και στον ...": "as well as to the".)
    r"(?:to|para|à|aux|au|a|al|an|aan|naar|til|till|στον|στην|στους|στις|στο)\s+(?=\S)"
    # "...; the Inspector General of Police, Mr Y (...); and the Chairperson ...": a list of
    # recipients parted by semicolons.
    r"|;\s+(?:(?:and|e|et|y|und|en|och|og)\s+)?(?=(?:the|la|el|le|l['’]|o|a|die|der|den|il)\s"
    r"|[A-ZÀ-Ý])",
    re.IGNORECASE,
)
# Articles and prepositions before the first part of a recipient ("the", "a", "at the").
_LEADING = re.compile(
    r"^(?:(?:at|in|c/o|à|au|aux|na|no|em|en|bei|del?|of)\s+)?"
    r"(?:the|a|o|as|os|la|le|les|l['’]|el|die|der|den|het)\s+(?=[A-ZÀ-Ý])"
    r"|^(?:at|c/o)\s+(?=[A-ZÀ-Ý])"
    # Italian "all'Ambasciata", "alla Procura", "al Ministro".
    r"|^(?:all['’]|alla\s+|allo\s+|al\s+|ai\s+|agli\s+)(?=[A-ZÀ-Ý])",
    re.IGNORECASE,
)
# The end of a sentence: a full stop after a word of three letters or more ("Av. de" is an
# abbreviation), not inside brackets.
_SENTENCE_END = re.compile(
    # (Round 29a: a capital of the Cyrillic and Greek scripts opens the next sentence too,
    # "... Республика Казахстан. Эл. почта: ...".)
    rf"(?:(?<=[^\W\d_]{{3}})|(?<=[)_]))\.(?=\s+[A-ZÀ-Ý{_CYRILLIC_CAPS}Α-Ω\"“]|\s*$)|[!?](?=\s|$)"
)  # (also after a bracket, which the caller may have masked with "_")
# "(fax 070 555 3362, e-mail x@y)": a comma before the next field in brackets.
_FIELD_COMMA = re.compile(
    r",\s+(?=(?:e-?mail|fax|tel|phone|x|twitter)\b|[\w.+\-]+@)", re.IGNORECASE
)
_COMMA = re.compile(r",\s+")


def _labels_parted(text: str) -> str:
    """Fields in a bracket with a comma before each label of any language ("faks. +375 1,
    el. p. x@y, kreipinys: Dear X"): a comma before a field's label parts two fields, as
    `_FIELD_COMMA` does for the English words."""
    out: list[str] = []
    last = 0
    for m in _COMMA.finditer(text):
        if text[m.start() - 1 : m.start()] != " " and FIELD_LABEL.match(text[m.end() :]):
            out += [text[last : m.start()], " , "]
            last = m.end()
    return "".join([*out, text[last:]])


_NUMBER_WORD = re.compile(r"(fax|telefax|tel|tél|phone)\.?\s+(?=[+(\d])", re.IGNORECASE)
# (A bracket with letters: "(09) 555 010" is a number's area code, read with the number.)
_BRACKETS = re.compile(r"\((?=[^()]{0,200}[^\W\d_])([^()]{1,200})\)")
_SOCIAL_URL = re.compile(r"(?:https?://)?(?:www\.)?(?:twitter|x)\.com/(\w{1,30})", re.IGNORECASE)
# "Address him as "Dear Attorney General"", "beginning your letter "Dear ..."",
# "Commencez votre lettre par « Monsieur le Ministre »", "Inizia la lettera con "Eccellenza"".
_GREETING = _BEGIN_WITH
MAX_SENTENCE = 700
# Abbreviations that end with a full stop inside a sentence ("Sra. Ana ...", "Av. de ...").
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr sr sra srta dra lic mtro mtra ing abog av ave st no nr gen col hon mme prof
    exmo exma excmo excma gral cdor""".split()  # noqa: SIM905
)


# (Round 34b: a comma part that is a short capitalised word with a full stop, then a name of
# capitalised words or initials up to the next comma: "..., BGen. X T. Y, at ...", "...,
# Atty. X Y, Some Building, ...", ", Del. X Y,": a rank, a courtesy or an address word the
# tables lack, cut short; no sentence ends there.)
_RANK_BEFORE_NAME = re.compile(rf"(?:^|,\s)[{_CAPS}][{_CAPS}{_SMALL}]{{1,4}}\.$")
_NAME_TO_COMMA = re.compile(
    rf"\s[{_CAPS}][\w'’\-]{{0,30}}\.?(?:\s[{_CAPS}][\w'’\-]{{0,30}}\.?){{1,4}},"
)

_STREET_LINE_BEFORE = re.compile(r"(?:^|,)\s*(?:\d[^,]*|[^,]*\s\d+\w?)\s*,")


def _street_word(word: str) -> bool:
    """`word` (with its full stop) is a street's word cut short ("просп.", "ul.", "Λεωφ.")."""
    from appeal_tui.core.importer.phrases import ADDRESS_WORDS
    from appeal_tui.core.importer.streets import street_abbreviation

    return street_abbreviation(word) or ADDRESS_WORDS.fullmatch(word) is not None


def _sentence_stop(span: str) -> re.Match[str] | None:
    """Where the sentence in `span` ends: the first end that does not follow an abbreviation."""
    for stop in _SENTENCE_END.finditer(span):
        word = re.search(r"(\w+)$", span[: stop.start()])
        if stop.group(0) == "." and word and word.group(1).casefold() in _ABBREVIATIONS:
            continue
        if stop.group(0) == "." and word and HONORIFIC_START.match(word.group(1) + "."):
            continue  # a courtesy title of any language ("Mhe.", "Bw.", "Hon.")
        if (
            stop.group(0) == "."
            and _RANK_BEFORE_NAME.search(span[: stop.end()])
            and (after_rank := _NAME_TO_COMMA.match(span, stop.end()))
            # (Mend 34b: no rank after a street line, "..., 1 Main St, Boston, Mass. Governor
            # X Y, ...", nor before an office word: a place cut short ends the sentence.)
            and not _STREET_LINE_BEFORE.search(span[: stop.start()])
            and after_rank.group(0).split()[0].casefold() not in _TITLE_FOLDED
        ):
            continue  # "..., BGen. X Y Z, ...": a rank cut short before a name
        # (Round 29a: Cyrillic too, "..., вул. Тиха 1", since a Cyrillic capital may now
        # open the next sentence.)
        # (Session 29 lead, after the third review: the Latin word stays of 2-4 letters, as
        # before round 29a: ", today." and ", bitte." end a sentence.)
        if stop.group(0) == "." and re.search(rf",\s[{_SMALL}]{{2,4}}$", span[: stop.start()]):
            continue  # "..., vul. Internacyjanalnaja 22": a street's word cut short
        if stop.group(0) == "." and re.search(
            rf"[,:]\s[{_CYRILLIC_SMALL}α-ωά-ώ]{{2,6}}$", span[: stop.start()]
        ):
            continue  # "..., вул. Тиха 1", "по адресу: наб. ..."
        # (mend29a: a street's abbreviation in the scripts whose capitals round 29a made open
        # a sentence, "просп. Победы 3", "Λεωφ. Αθηνών 10": `streets.street_abbreviation` or
        # `phrases.ADDRESS_WORDS`. Only Cyrillic and Greek words: the tables hold every
        # language's, and a Latin "all." or "ter." is a word of another language's sentence.)
        street = re.search(r"([^\W\d_]+)$", span[: stop.start()])
        if (
            stop.group(0) == "."
            and street
            and re.match(rf"[{_CYRILLIC_SMALL}{_CYRILLIC_CAPS}α-ωά-ώΑ-ΩΆ-Ώ]", street.group(1))
            and _street_word(street.group(1) + ".")
        ):
            continue

        return stop
    return None


def _country_next(text: str, part: str) -> bool:
    """Whether the comma part after `part` in `text` is only a country ("Ciudad de Guatemala,
    Guatemala": the city names the country too, and the country comes next)."""
    after = text[text.find(part) + len(part) :] if part in text else ""
    following = after.split(",", 2)[1:2]
    found = split_country(following[0].strip(" .;")) if following else None
    return found is not None and not found[0]


def _piece_block(piece: str, role: str, language: str = "") -> Block | None:
    """One recipient written as a comma run in a sentence: its lines up to the country, and
    the fields (e-mail, fax, handles) given anywhere in its part of the sentence."""
    # (Round 29a: "... Петру Лунову:" over the lines of the address: named at a colon too.)
    ends_at_colon = piece.rstrip().endswith((":", "："))
    piece = without_to(_LEADING.sub("", without_please(piece.strip(" ,;:"))))
    if not (
        re.match(_LOWER_OFFICE, piece)
        or re.match(_LOWER_OFFICE_NAME, piece)
        or re.match(_LOWER_OFFICE_COMMA, piece)
    ):
        # "Write before 3 May, politely, in English, to the Minister ...": when, how and in
        # which language to write is no part of the recipient.
        piece = _LEADING.sub("", _TO_FIRST.sub("", without_adverbials(piece)))
        piece = _without_leading_date(piece)
    opening = _BRACKETS.search(piece)
    head, after_head = _bracket_address(opening.group(1)) if opening else ("", "")
    if opening is not None and restated_in_bracket(piece[: opening.start()], head):
        # "prezidentu republiky X-ovi (President X, Office of the President, ...)": the bracket
        # restates the recipient as it goes on the envelope.
        after_head = _FIELD_COMMA.sub(" , ", after_head.strip(" ;,").replace(";", " , "))
        piece = head + (f" ({after_head})" if after_head else "") + piece[opening.end() :]
    if len(re.findall(r"\s[–—-]\s", piece)) >= 2:
        piece = re.sub(r"\s[–—-]\s", ", ", piece)  # "Body - Street 1, City - e-mail x@y"
    # "president X – Palacio ..., City, Country": a spaced dash parts who from the address.
    piece = re.sub(r"\s[–—]\s", ", ", piece).strip(" ,–—")
    if (
        not piece[:1].isupper()
        and not re.match(_LOWER_OFFICE, piece)
        and not re.match(_LOWER_OFFICE_NAME, piece)
        and not re.match(_LOWER_OFFICE_COMMA, piece)
        and not _cyrillic_office_first(piece, language)
    ):
        return None
    if _written_to_with(piece, language):
        return None
    before = piece
    # (Round 30a: the office as printed, when it was read back in the nominative: the name
    # after it is read in the office's printed case below.)
    piece, printed_office = _office_name_body(piece, language)
    # (Mend26a: "напишите Генеральному прокурору Ивану Петрову: призовите ...": an office and a
    # name in the dative ended at a colon with no address after it; a recipient still, its
    # address given elsewhere in the text or not at all.)
    named_at_colon = (
        language in ("ru", "uk", "be")
        and piece != before
        and piece.count(",") == 1
        and (ends_at_colon or re.search(r":\s", before) is not None)
    )
    first = re.split(r"[,(]", piece, maxsplit=1)[0]
    if DIPLOMATIC.search(first):
        block = Block("copy", generic_diplomatic=True)
        of = DIPLOMATIC_OF.search(first)
        block.diplomatic_of = of.group(1).strip() if of else None
        mission = MISSION.search(first)
        block.mission = mission.group(0).strip() if mission else None
        return block
    block = Block(role)
    fields: list[str] = []

    def bracket(found: re.Match[str]) -> str:
        # "Name (Body, Street 1, 1000 City, Country; fax: ...; email: ...)": an address run
        # first in the brackets is the recipient's lines, in place; the rest are fields.
        head, fields_part = _bracket_address(found.group(1))
        fields.append(
            _labels_parted(
                _FIELD_COMMA.sub(" , ", fields_part.replace(";", " , ") if head else fields_part)
            )
        )
        return f", {head}, " if head else " "

    plain = _BRACKETS.sub(bracket, piece)
    fields_text = " , ".join(fields)
    lines: list[str] = []
    done = False
    raws: list[str] = []
    for raw in plain.split(","):
        head, colon, rest = raw.partition(": ")
        if colon and not FIELD_LABEL.match(raw.strip()) and part_shape(rest) in _ADDRESS_SHAPES:
            # "Kopiot Turkin suurlähetystöön: Kuusitie 9 c B 14, ...": who, then the street.
            # (Round 29a: "..., at the address: 12 Some Street": the words for "at the
            # address" before the colon are no part.)
            raws += [rest] if _AT_ADDRESS_ONLY.match(head.strip()) else [head, rest]
        else:
            raws.append(raw)
    for raw in raws:
        part = " ".join(raw.split()).strip(" .;")
        if not part:
            continue
        whose = _WHOSE.match(part)
        if whose is not None and len(lines) == 1:
            # "the Media Authority, whose Director General X Y can be reached at x@y": the
            # person who heads the body named before is the recipient, the body theirs.
            who = _capitalised_run(part[whose.end() :])
            if who:
                lines.insert(0, who)
            fields_text += " , " + part
            continue
        if not lines:
            at = _AT_BODY.search(part)
            if at is not None and ORGANISATION_WORDS.match(part[at.end() :]):
                # "Prime Minister X at the Office of the Prime Minister": who, then the body.
                lines.append(part[: at.start()])
                part = part[at.end() :]
        label = (
            FIELD_LABEL.match(part) or NUMBER_FIELD_NO_COLON.match(part) or _NUMBER_WORD.match(part)
        )
        if label or EMAIL.search(part) or HANDLE.search(part) or _SOCIAL_URL.search(part):
            fields_text += " , " + part
            continue
        if done:
            continue
        if lines:
            # "..., X Y, all'indirizzo Palais ..., 2016 City": the words for "at the address"
            # open the address line, no running text.
            part = _AT_ADDRESS_OPENS.sub("", part)
        if not lines or not re.match(r"c/o\s", part, re.IGNORECASE):
            part = _LEADING.sub("", part)  # "c/o the Embassy" after the name is an address line
        words = part.split()
        if (
            lines
            and not re.search(r"\d", part)
            and (len(words) > 8 or (part[:1].islower() and len(words) >= 4))
            and not re.match(r"c/o\s", part, re.IGNORECASE)
            # (Round 34b: "..., dr. X bin Y Z, ...": a courtesy word in small letters opens a
            # name, no running text.)
            and not (len(words) <= 6 and HONORIFIC_START.match(part))
        ):
            done = True  # the sentence goes on ("and ask him to ensure that ...", "pidiéndole")
            continue
        lines.append(part)
        found = split_country(part)
        if len(lines) >= 2 and (
            (found is not None and not found[0])
            or (country_in(part) and len(part.split()) <= 3 and not re.search(r"\d", part))
        ):
            # (The first part is who: "Innenminister von Tansania" names the country's office.)
            done = not _country_next(plain, raw)
    for chunk in fields_text.split(" , "):
        chunk = chunk.strip(" ,.;")
        if not chunk:
            continue
        labelled = FIELD_LABEL.match(chunk)
        kind = field_of_label(labelled.group(1)) if labelled else None
        value = chunk[labelled.end() :] if labelled else chunk
        bare = _NUMBER_WORD.match(chunk) if labelled is None else None
        unlabelled = NUMBER_FIELD_NO_COLON.match(chunk) if labelled is None else None
        if bare is not None:
            # "(fax 070 555 3362)": the number's word without a colon.
            kind = "phone" if bare.group(1).casefold().startswith("t") else "fax"
            value = chunk[bare.end() :]
        elif unlabelled is not None:
            # "faksi +90 312 ...", "Telefon 030 ...": any language's word for it.
            kind, value = field_of_label(unlabelled.group(1)), unlabelled.group(2)
        if kind == "salutation" and value.strip():
            # "..., e-mail: x@y, oslovení: Dear Minister": the greeting labelled in the run;
            # "(...; fax: ...; Anrede: Sehr geehrter Herr Minister)": the greeting to use.
            block.salutation = block.salutation or value.strip(' ,;."“”„«»')
            continue
        if kind in ("fax", "phone"):
            add_numbers(block.contacts, kind, value)
        elif EMAIL.search(value) or kind == "email":
            add_email(block.contacts, value)
        social = _SOCIAL_URL.search(value)
        handles = HANDLE.findall(value) or ([f"@{social.group(1)}"] if social else [])
        for handle in handles:
            add_twitter(block.contacts, handle)
        block.has_fields = block.has_fields or bool(kind or EMAIL.search(value) or handles)
    if language in NAME_CASES_LATIN or language in LAST_WORD_CASES:
        # "..., Kemalu Aydınu (...)": a name the sentence put in a case, in the nominative.
        # (In the case and gender of the office before it: "premiera Indii, Ravindra Doshi"
        # restarts in the nominative.)
        for n, line in enumerate(lines[:3]):
            office = lines[n - 1] if n else None
            if n == 1 and printed_office is not None:
                office = printed_office
            lines[n] = latin_nominative(line, language, office)
            if lines[n] != line:
                break  # the name; the body after it stays as printed ("Prokuratura Generalna")
    block.lines = lines
    block.vouched = True
    address = any(re.search(r"\d", ln) or split_country(ln) is not None for ln in lines[1:])
    return block if lines and (address or block.has_fields or named_at_colon) else None


# The words for "at the address" as the table writes them (a capital only on the first
# letter, a sentence's): "en la Dirección General de ..." names a directorate, no address.
_AT_ADDRESS_WORDS = _alternatives(
    [v for ws in AT_ADDRESS.values() for w in ws for v in (w, w[:1].upper() + w[1:])]
)
_AT_ADDRESS_OPENS = re.compile(rf"^(?:{_AT_ADDRESS_WORDS})\s+(?=\S)")
_AT_ADDRESS = re.compile(rf"\s(?:{_AT_ADDRESS_WORDS})\s+(?=\S)")
_AT_ADDRESS_ONLY = re.compile(rf"^(?:{_AT_ADDRESS_WORDS})$")
# The same words before the address or at the end of the part ("... по адресу: ул. ...").
_AT_ADDRESS_TAIL = re.compile(rf"\s(?:{_AT_ADDRESS_WORDS})\s*:?(?:\s+(?=\S)|\s*$)")


def _office_name_body(piece: str, language: str) -> tuple[str, str | None]:
    """A first comma part that holds an office in small letters, a name and the body written
    to ("glavnom tužitelju Republike X Viktoru Kalinovskom na adresu Ureda ...", "ministru
    Dmitriju Lozovskom (Ministarstvo ...)") parted by commas: office, name, body (the caller
    puts the name back in the nominative), and the office as printed when it was read back
    in the nominative (else None)."""
    printed, parted = _office_name_parts(piece, language)
    return parted, printed


def _office_name_parts(piece: str, language: str) -> tuple[str | None, str]:
    """`_office_name_body`'s parting: (the office as printed or None, the piece parted)."""
    cut = re.search(r"[,(]", piece)
    first = piece[: cut.start()] if cut else piece
    if language in ("ru", "uk", "be"):
        # (Session 25h: "Генеральному прокурору Республики X Ерлану Примерову": the office,
        # then the name in the dative, back in the nominative.)
        from appeal_tui.core.importer.name_cases import cyrillic_office_name

        # (Session 26a: "... Ерлану Примерову: ул. Тихая, 1, ...": a colon after the name
        # opens the address as a comma would.)
        colon = re.search(r":\s", first)
        if colon is not None:
            first = first[: colon.start()]
        # (Round 29a: "... Ивану Петровичу Сидорову по адресу: ул. ...", "... Олегу Y за
        # адресою вул. ...": the words for "at the address" end the name; the address follows
        # them, after a colon or not.)
        at = _AT_ADDRESS_TAIL.search(first)
        who = first[: at.start()] if at is not None else first
        found = cyrillic_office_name(who, _east_slavic(piece, language))
        rest = piece[len(first) :]
        if colon is not None:
            # (Mend26a: only an address after the colon, a street word, a postcode or a
            # number first; "...: призовите его освободить ..." is what to ask, and the name
            # ends at the colon; after "по адресу:" the address, whatever its first word.)
            after = rest[1:].lstrip()
            said = at is not None and at.end() == len(first)
            if said or _STREET_WORD_FIRST.match(after) or re.match(r"\d", after):
                rest = "," + rest[1:]
            else:
                rest = ""
        if found is not None and at is not None and first[at.end() :].strip():
            rest = ", " + first[at.end() :].strip() + rest
        return None, (piece if found is None else f"{found[0]}, {found[1]}" + rest)
    # "Prokuratora Generalnego Republiki X Fuada Y": an office in capitals, declined, then the
    # name (an office word of the tables, in any case: its first letters).
    # (Session 25h: or a complement in capitals before the office in small letters,
    # "Baltarusijos generaliniam prokurorui X Y", "Aukščiausiojo Teismo pirmininkui X Y": parted
    # likewise only from a name the rows decline.)
    capital_office = first[:1].isupper() and (
        _declined_office(first.split()[0])
        or any(w[:1].islower() and w.isalpha() for w in first.split()[1:6])
    )
    if not first[:1].islower() and not capital_office:
        return None, piece
    at = _AT_ADDRESS.search(first)
    who, body = (first[: at.start()], first[at.end() :]) if at else (first, "")
    words = who.split()
    # (Mend 34b: "governor X Y of Northland": the complement after the name is the office's,
    # "governor of Northland", "X Y".)
    complement: list[str] = []
    of_at = next((i for i in range(3, len(words) - 1) if words[i] == "of"), 0)
    if (
        of_at
        and words[0].casefold() in _TITLE_FOLDED
        and words[0][:1].islower()
        and all(w[:1].isupper() for w in words[1:of_at] + words[of_at + 1 :])
    ):
        complement = words[of_at:]
        words = words[:of_at]
    n = len(words)
    while (
        n > 0
        and (
            words[n - 1][:1].isupper()
            # (Round 34b: a short particle between two capitalised words of the name after an
            # office word of the tables, "koning X bin Y": "bin", "van", "de" inside it; "de
            # vakcentrale X Y de Z" names a body, whole.)
            or (
                words[0].casefold() in _TITLE_FOLDED
                and n >= 2
                and n < len(words)
                and words[n - 1].isalpha()
                and words[n - 1].islower()
                and len(words[n - 1]) <= 4
                # (Mend 34b: "governor X Y of Northland": "of", "for", "the" join an office
                # to its complement, never a name's words.)
                and words[n - 1] not in ("of", "for", "the", "and")
                and words[n - 2][:1].isupper()
            )
        )
    ):
        n -= 1
    if capital_office and n == 0:
        n = 1
    name_words = words[n:]
    if n and words[n - 1].casefold() in _JOINING_IN_NAMES | {"van", "von", "wa", "ya"}:
        return None, piece  # "minister van Sociale Zaken": the office's complement, no name
    # "Republike Bjelorusije Viktoru Kalinovskom": the name is the longest tail of the
    # capitalised run whose words the case rows turn back (the complement before it is not).
    declined = False
    for k in range(len(name_words) - 1):
        tail = " ".join(name_words[k:])
        if latin_nominative(tail, language, " ".join(words[: n + k])) != tail:
            n += k
            name_words = name_words[k:]
            declined = True
            break
    if len(name_words) < 2 or n == 0 or (capital_office and not declined):
        return None, piece  # (an office in capitals is parted only from a name the rows decline)
    office = " ".join(words[:n] + complement)
    if declined:
        # (Session 25h: the office of a name in the dative is in the dative too.)
        from appeal_tui.core.importer.name_cases import dative_office

        read_back = dative_office(office, language)
        printed = office if read_back != office else None
        office = read_back
    else:
        printed = None
    parts = [office, " ".join(name_words)] + ([body] if body else [])
    return printed, ", ".join(parts) + piece[len(first) :]


def says_address_follows(text: str) -> bool:
    """Whether a sentence that sends in `text` gives the address itself after the words for
    "at the address" of any language ("... Сидорову по адресу: ул. ...", "... all'indirizzo
    Via ...", "... na adresu Ulica ..."): running text, never a heading over a block."""
    joined = " ".join(text.split())
    return any(_AT_ADDRESS_TAIL.search(joined, m.end()) is not None for m in _letter_sends(joined))


def _east_slavic(text: str, language: str) -> str:
    """Which of Russian, Ukrainian, Belarusian `text` is written in, by the letters only one
    of them has (session 25 mend: a short Russian text detected as Ukrainian kept Ukrainian
    office endings): "і", "ї", "є", "ґ" with "ы", "э" or "ў" Belarusian, without them
    Ukrainian; none of them Russian; `language` when `text` has no Cyrillic letter."""
    low = text.casefold()
    if not any("а" <= c <= "я" for c in low):
        return language
    if any(c in low for c in "іїєґў"):
        return "be" if any(c in low for c in "ыэў") else "uk"
    return "ru"


# After a date that leads a recipient: a word for "year" ("года", "г.", "року"), a comma.
_AFTER_DATE = re.compile(r"[ \t]*(?:[^\W\d_]{1,5}\.?(?=[ \t,]))?[ \t]*,?[ \t]*")


def _without_leading_date(piece: str) -> str:
    """ "до 20 апреля 2026 года Генеральному прокурору ...": by when to write, with no comma
    after it, before whom (session 25 mend): the piece from the capital after the date; a
    date led by at most two words in small letters and followed by a capital only."""
    if not piece[:1].islower():
        return piece
    from appeal_tui.core.importer.dates import find_dates

    found = find_dates(piece[:80])
    if not found or len(piece[: found[0].start].split()) > 2:
        return piece
    if any(not w.islower() for w in piece[: found[0].start].split()):
        return piece
    after = _AFTER_DATE.match(piece, found[0].end)
    end = after.end() if after else found[0].end
    return piece[end:] if piece[end : end + 1].isupper() else piece


# Languages written in Cyrillic other than Russian, Ukrainian, Belarusian.
_OTHER_CYRILLIC = frozenset({"bg", "sr", "mk", "kk", "ky", "mn", "tg", "tt", "ba", "cv"})


def _written_to_with(piece: str, language: str) -> bool:
    """ "Марии Орловой открытку: СИЗО-6, ...": a name in the dative (capitalised words, no
    office of the tables), then in small letters what to write them (a card, words of
    support): the person is written to in support, never a recipient of the appeal (session
    25 mend). A preposition or "и" after the capitals goes on a recipient ("Послу Республики
    X в вашей стране")."""
    # (A short Russian text may be detected as no language or another: its letters decide,
    # unless the text is known to be in another Cyrillic language.)
    if language not in _OTHER_CYRILLIC:
        language = _east_slavic(piece, language)
    if language not in ("ru", "uk", "be"):
        return False  # (Lithuanian: "Aukščiausiojo Teismo pirmininkei ...", an office)
    from appeal_tui.core.importer.language_rows import OFFICE_NOUN_DATIVES
    from appeal_tui.core.importer.name_cases import _PLACE_PREPOSITIONS

    words = re.split(r"[,(:]", piece, maxsplit=1)[0].split()
    offices = {d for rows in OFFICE_NOUN_DATIVES.values() for row in rows for d in row[1:]}
    capitals = 0
    while capitals < len(words) and capitals < 4 and words[capitals][:1].isupper():
        capitals += 1
    if not 2 <= capitals <= 3 or capitals == len(words):
        return False
    if any(w.casefold() in offices or w.endswith(("ому", "ему")) for w in words[:capitals]):
        return False
    after = words[capitals]
    return (
        after.isalpha()
        and after[:1].islower()
        and after not in _PLACE_PREPOSITIONS
        and after not in {"и", "і", "та", "й", "или", "або"}
    )


def _cyrillic_office_first(piece: str, language: str) -> bool:
    """ "министру внутренних дел Руслану Примерову, ...": an office in small letters, then a
    name in the dative (Russian, Ukrainian, Belarusian)."""
    if language not in ("ru", "uk", "be"):
        return False
    from appeal_tui.core.importer.name_cases import cyrillic_office_name

    found = cyrillic_office_name(
        re.split(r"[,(]|:\s", piece, maxsplit=1)[0], _east_slavic(piece, language)
    )
    return found is not None and bool(found[0])


def _declined_office(word: str) -> bool:
    """Whether `word` is an office word of the tables in some case ("Prokuratora",
    "Ministra", "Rzeczniczki"): it opens with all but the last two letters of one (five at
    least)."""
    from appeal_tui.core.importer.phrases import TITLE_WORDS

    folded = word.casefold()
    return len(folded) >= 5 and any(
        folded.startswith(t.casefold()[: max(5, len(t) - 2)]) for t in TITLE_WORDS if len(t) >= 5
    )


def _only_country(part: str) -> bool:
    found = split_country(part)
    return found is not None and not found[0]


# A street's word of the tables first in a part ("ул. Тихая", "вул. Вигадана", "ulica X").
_STREET_WORD_FIRST = re.compile(
    rf"(?:{_every_word(ADDRESS_WORDS_MORE)})(?!\w)",
    re.IGNORECASE,
)


def _bracket_address(inside: str) -> tuple[str, str]:
    """The address run that opens a bracket ("Office of X, 14 Some Avenue, 010000 City,
    Country; fax: ...") and the fields after it; ("", inside) when it opens with no address:
    its part before the first semicolon, field label or e-mail has two commas or more and a
    part with a number or one that is a country."""
    head = re.split(r";", inside, maxsplit=1)[0]
    label = FIELD_LABEL.search(head)
    email = EMAIL.search(head)
    cut = min([m.start() for m in (label, email) if m is not None], default=len(head))
    cut = min(cut, next((m.start() for m in _FIELD_COMMA.finditer(head)), len(head)))
    head = head[:cut].strip(" ,;")
    parts = [p.strip() for p in head.split(",") if p.strip()]
    if len(parts) < 2 or not (parts[0][:1].isupper() or _STREET_WORD_FIRST.match(parts[0])):
        # (Session 26a: or a street's word in small letters first, "(ул. Тихая, 1, ...)".)
        return "", inside
    if not any(re.search(r"\d", p) or _only_country(p) for p in parts[1:]):
        return "", inside
    return head, inside[cut:]


# "..., whose Director X ...", "..., dont la présidente X ...", "..., cuyo director X ...":
# a relative clause that names the person heading the body before it.
_WHOSE = re.compile(
    r"^(?:whose|dont\s+(?:le|la|les|l['’])|cuy[oa]s?|cuj[oa]s?|dessen|deren|wiens|wier)\s*",
    re.IGNORECASE,
)
# "X at the Office of Y", "X, en la Oficina de Y", "X au Cabinet de Y": a person, then the
# body where they are written to.
_AT_BODY = re.compile(
    r"\s+(?:at|c/o|care\s+of|en|au|à|im|beim|bei|presso|no|na)\s+"
    r"(?:(?:the|la|el|le|l['’]|der|dem|den|il|lo|o|a)\s*)?(?=[A-ZÀ-Ý])"
)


def _capitalised_run(text: str) -> str:
    """The words at the start of `text` while they are capitalised, or joining words
    between capitalised ones ("Director General of Police Ana Vzor can be ...")."""
    words: list[str] = []
    for word in text.split():
        if word[:1].isupper() or (word.casefold() in _JOINING_IN_NAMES and words):
            words.append(word)
        else:
            break
    while words and not words[-1][:1].isupper():
        words.pop()
    return " ".join(words) if len(words) >= 2 else ""


_JOINING_IN_NAMES = frozenset(
    "of for the de del la des du der für di da do dos das".split()  # noqa: SIM905
)


def _joined(paragraph: str) -> str:
    """A paragraph on one line; a word broken with a hyphen before a capital stays one word
    ("Procuradoria-\nGeral" -> "Procuradoria-Geral")."""
    return " ".join(re.sub(r"(?<=\w)-\n\s*(?=[A-ZÀ-Ý])", "-", paragraph).split())


def _copy_sentence(text: str, send: re.Match[str]) -> bool:
    """ "send a copy to", or a copy named before the verb in the same sentence ("Eine Kopie
    Ihres Briefes senden Sie an ...", "Uma cópia deve seguir para ...")."""
    if _COPY.search(send.group("between") or ""):
        return True
    before = text[: send.start()]
    stop = max(before.rfind(". "), before.rfind("! "), before.rfind("? "), before.rfind(": "))
    return _COPY.search(before[stop + 1 :]) is not None


# (Mend 34b: what a reader is asked to do: "Please write to", "You can also write to", or a
# verb of sending first, "Skicka en kopia till", "Envie uma cópia ao".)
_ASKING_BEFORE = re.compile(
    # ("please" in every language of the table: "Por favor, envíe ...", "Bitte schreiben Sie
    # an ...", a comma after it as written.)
    rf"(?:(?:{_every_word(PLEASE_WORDS)}|also|and|now),?\s+"
    r"|you\s+(?:can|could|may|might|should|are\s+asked\s+to)(?:\s+also)?\s+)*",
    re.IGNORECASE,
)


def asks_to_send(text: str) -> bool:
    """A short sentence that sends asks the reader to: its verb of sending opens it, after
    "please", "also" or "you can" at most ("Letters were sent to ...", "Our thanks go to ..."
    tell what was done)."""
    sends = _letter_sends(text)
    if not sends:
        return False
    before = _ASKING_BEFORE.match(text)
    return before is not None and sends[0].start() <= before.end()


def gives_address(text: str) -> bool:
    """A comma part after the first holds an address: an e-mail, or a number in a part that
    opens with no small-letter word ("Kungsgatan 7", "1 Main St", "ul. Tiha 1"; not "in 2025",
    "who met us on 3 May")."""
    if EMAIL.search(text):
        return True
    for part in text.split(",")[1:]:
        part = part.strip()
        first = part.split(" ", 1)[0]
        if re.search(r"\d", part) and not (first.isalpha() and first.islower()):
            return True
    return False


def sends_to(line: str) -> bool:
    """ "Please write, by 20 May, to the following officials: the Minister ...": a sentence
    that sends letters to someone, with or without a colon before them."""
    return bool(_letter_sends(line))


def sends_to_from(first: str, second: str) -> bool:
    """A sentence that starts sending on line `first` and names whom on `second`."""
    m = _SEND_TO.search(f"{first} {second}")
    return m is not None and m.start() < len(first)


def opens_with_recipient(line: str) -> bool:
    """ "Write also to the Director General, ...": a sentence sending letters to someone
    from its first words (no colon before the recipient)."""
    m = _SEND_TO.match(line) or _SEND_TO.match(
        re.sub(r"^(?:please|also|and)\s+", "", line, flags=re.I)
    )
    return m is not None and ":" not in m.group(0)


# "... Republic of Yemen (fax ...) en de Ambassade van ...": "and" with an article before the
# next recipient, without a word of sending.
_AND_ARTICLE = re.compile(
    r"\s+(?:and|e|et|y|und|en|och|og|i)\s+(?:(?:the|de|het|la|le|les|el|die|der|den|il|o|a)\s+"
    r"|l['’])(?=[A-ZÀ-Ý])"
)


# "..., na e-mail x@y, i ministru unutarnjih poslova Aliju Y (...)": "and" before an office
# in small letters and a name, in a language that writes no article.
_AND_OFFICE = re.compile(
    rf"[,;]?\s+(?:{_every_word(AND_WORDS_CASES)})\s+"
    rf"(?-i:(?={_LOWER_OFFICE_NAME}))"
)


def _cuts_after_complete(
    masked: str, sentence: str, cuts: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Where "and the ..." opens the next recipient: after a recipient that is complete (its
    part ends with its fields in brackets or with its country, or an e-mail), never inside a
    name ("Ministry of Justice and the Interior")."""
    out: list[tuple[int, int]] = []
    for m in _AND_OFFICE.finditer(masked):
        before = sentence[: m.start()].rstrip(" ,;")
        if any(a <= m.start() < b for a, b in cuts):
            continue
        if before.endswith(")") or EMAIL.search(before[-80:].rsplit(",", 1)[-1]):
            out.append((m.start(), m.end()))
    for m in _AND_ARTICLE.finditer(masked):
        if any(a <= m.start() < b for a, b in [*cuts, *out]):
            continue
        if any(a <= m.start() < b for a, b in cuts):
            continue
        before = sentence[: m.start()].rstrip()
        tail = before.rsplit(",", 1)[-1].strip(" .;")
        found = split_country(tail)
        if before.endswith(")") or (found is not None and not found[0] and "," in before):
            out.append((m.start(), m.end()))
    return out


_ALL_AND = sorted(
    {w for ws in AND_WORDS_CASES.values() for w in ws}
    | {"and", "e", "et", "y", "und", "en", "och", "og", "i", "oraz", "a", "és", "ja", "ir", "un"}
    # (Session 25h: Russian, Ukrainian, Belarusian, whose whom is a dative too.)
    | {"и", "і", "та"}
)
_RUN_NEXT = re.compile(
    rf"\s*;\s*(?:(?:{_alternatives(_ALL_AND)})\s+)?(?:(?:{_alternatives(_ALL_SEND_TO)})\s+)?(?=\S)"
    rf"|,\s*(?:{_alternatives(_ALL_AND)})\s+(?:(?:{_alternatives(_ALL_SEND_TO)})\s+)?(?=\S)"
    # "... (Body, street, city, country; fax ...), office Name (...) and office Name (...)":
    # after the bracket of a recipient's fields, a comma or an "and" opens the next.
    rf"|(?<=[)_])\s*(?:,\s*|\s(?:{_alternatives(_ALL_AND)})\s+)"
    rf"(?:(?:{_alternatives(_ALL_SEND_TO)})\s+)?(?=\S)",
    re.IGNORECASE,
)


# A copy word and its colon opening a sentence inside a paragraph ("... факс: 000. Копії:
# Уповноваженому ...", "... e-mail: x@y. Kopie: ministru ..."): the copies begin (session 26a;
# `COPIES` knows the word with its colon only first in a line).
_COPY_OPENS_SENTENCE = re.compile(
    r"(?<=[.!?;]\s)(?:"
    + _alternatives(
        ["copy", "copies", "copia", "copias", "copie", "kopie", "kopia", "kópia", "cópia"]
        + [w for ws in COPY_WORDS_MORE.values() for w in ws if " " not in w]
    )
    + r")\s*[:：]\s*",
    re.IGNORECASE,
)


_POSTCODE_OR_NUMBER = re.compile(r"(?<!\d)\d{4,}(?!\d)|\+\d")


def _reads_as_recipient(text: str, copy: re.Match[str]) -> bool:
    """Whether the sentence after a copy word and its colon inside a paragraph reads as a
    recipient (mend26a: "... Copie: Fatima Zahra, his sister, will deliver ..." is no copy):
    an office word first ("Уповноваженому", "ministru"), or an e-mail, a street word, a
    postcode or a telephone number in it."""
    span = text[copy.end() : copy.end() + MAX_SENTENCE]
    stop = _sentence_stop(span)
    sentence = span[: stop.start()] if stop else span
    first = sentence.split()[:2]
    if any(_declined_office(w.strip(",")) for w in first):
        return True
    if any(w.strip(",").casefold() in _TITLE_FOLDED for w in first):
        return True
    return bool(
        EMAIL.search(sentence)
        or _STREET_WORD_ANYWHERE.search(sentence)
        or _POSTCODE_OR_NUMBER.search(sentence)
    )


_TITLE_FOLDED = frozenset(t.casefold() for t in TITLE_WORDS)
_STREET_WORD_ANYWHERE = re.compile(
    rf"(?<!\w)(?:{_every_word(ADDRESS_WORDS_MORE)})(?!\w)",
    re.IGNORECASE,
)


def paragraph_blocks(paragraph: str, language: str = "") -> list[Block]:
    """The recipients a paragraph of running text gives: after each "send/write ... to" and
    each "copies to", the comma runs parted by "and to" ("e para a", "et à"), each up to its
    country; the e-mail and handles later in the same part; the greeting of a sentence such
    as 'Address him as "Dear Minister"'. Empty when the paragraph names no address."""
    joined = stand_ins_as_commas(_joined(paragraph))
    if len(joined) > 4 * MAX_SENTENCE:
        return []
    # (The document's language, else the paragraph's: a short one is often told wrong.)
    language = language or detect_language(joined).code
    starts: list[tuple[int, int, str]] = []
    for m in _letter_sends(joined):
        role = "copy" if _copy_sentence(joined, m) else "primary"
        starts.append((m.start(), m.end(), role))
    opens = [m for m in _COPY_OPENS_SENTENCE.finditer(joined) if _reads_as_recipient(joined, m)]
    for m in [*COPIES.finditer(joined), *opens]:
        if not any(a <= m.start() < b + 40 for a, b, _ in starts):
            starts.append((m.start(), m.end(), "copy"))
    starts.sort()
    blocks: list[Block] = []
    who: list[str] = []
    for i, (_, end, role) in enumerate(starts):
        limit = starts[i + 1][0] if i + 1 < len(starts) else len(joined)
        span = joined[end:limit][:MAX_SENTENCE]
        stop = _sentence_stop(_BRACKETS.sub(lambda b: "_" * len(b.group(0)), span))
        sentence = span[: stop.start()] if stop else span
        rest = span[stop.start() :] if stop else ""
        # Parted where the next recipient begins, never inside brackets ("(email: x; X: @y)").
        masked = _BRACKETS.sub(lambda b: "_" * len(b.group(0)), sentence)
        cuts = [(m.start(), m.end()) for m in _NEXT_RECIPIENT.finditer(masked)]
        cuts = sorted(cuts + _cuts_after_complete(masked, sentence, cuts))
        for m in _RUN_NEXT.finditer(masked):
            # "...; oslovení: Dear Minister; a ministru X, ...": after a recipient that is
            # complete, a semicolon, or a comma and an "and" of any language, opens the next.
            # (After a bracket, only when the run has its address: "Minister X (fax: ...),
            # Ministry, Street 1, ..." is one recipient whose bracket holds one field.)
            opened = max((b for a, b in cuts if b <= m.start()), default=0)
            if complete_before(sentence[: m.start()]) and (
                masked[m.start() - 1 : m.start()] not in (")", "_")
                or has_address(sentence[opened : m.start()])
            ):
                # (It takes the place of a shorter cut there: "; " before "do Ministra".)
                same = [c for c in cuts if c[0] == m.start() and c[1] <= m.end()]
                if same or not any(a <= m.start() < b for a, b in cuts):
                    cuts = [c for c in cuts if c not in same] + [(m.start(), m.end())]
        cuts.sort()
        extra = and_before_bracketed(masked, cuts, language)
        cuts = sorted(
            [c for c in cuts if not any(e[0] == c[0] and e[1] > c[1] for e in extra)] + extra
        )
        bounds = [0, *(c for cut in cuts for c in cut), len(sentence)]
        pieces = fields_joined(
            [sentence[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
        )
        found = [
            b
            for b in (
                _piece_block(p, role, language)
                or (_named_piece(p, role) if len(pieces) == 1 else None)
                for p in pieces
            )
            if b is not None
        ]
        if (
            role == "copy"
            and all(b.generic_diplomatic for b in found)
            and DIPLOMATIC.search(sentence)
        ):
            named = _in_your_country(rest)
            if named is not None:
                # "Copy to the diplomatic representation accredited in your country. In Spain:
                # H.E. Mr X, Ambassador, Embassy of Y, street, city. Fax: ...": the section's
                # own country's embassy, given right after; it replaces the generic copy.
                found = [named]
                rest = ""
        if who and found and not found[0].generic_diplomatic:
            # "Write to the Attorney General, X Y, and send it to the Office of ..., street,
            # city, country": the person of the sentence's first part, the address its second.
            found[0].lines[:0] = [w for w in who if w not in found[0].lines]
        who = _who_only(sentence) if not found and stop is None else []
        if not found:
            continue
        last = found[-1]
        if not last.generic_diplomatic:
            # Later sentences about the same recipient: "He is on X as @handle."
            _contacts_after(last, rest)
        greeting = _GREETING.search(joined[end:limit])
        quoted = _quoted_salutation(joined[end:limit])
        if found[0].role == "primary":
            if greeting is not None and (quoted is None or greeting.start() < quoted[0]):
                found[0].salutation = _begun_with(greeting, joined[end:limit])
            elif quoted is not None:
                found[0].salutation = quoted[1]
        blocks.extend(found)
    if not starts:
        blocks.extend(_addressed_sentences(joined, language))
    return blocks


# A quoted text: "Dear Minister", „Poštovani glavni tužitelju”, « Monsieur le Ministre ».
_QUOTED = re.compile(r"[\"“„«‘‚]([^\"”“»‘’„«\n]{3,50})[\"”“»’]")


def _quoted_salutation(text: str) -> tuple[int, str] | None:
    """The first quoted text in `text` that is a salutation of any language the tables know
    (it opens with a salutation word: "Dear", "Poštovani", "Excelentísimo", "Sayın"), with
    where it starts: a sentence that gives the greeting, whatever its words of giving."""
    for quoted in _QUOTED.finditer(text):
        part = quoted.group(1).strip(" ,:")
        if SALUTATION_START.match(f"{part},") and len(part.split()) <= 6:
            return quoted.start(), part
    return None


def _who_only(sentence: str) -> list[str]:
    """ "the Attorney General, X Y, and": the office and name a sentence's first part gives
    before a second verb sends the letter to an address; [] when it is not that."""
    parts = [p.strip(" .;:") for p in sentence.split(",")]
    while parts and (not parts[-1] or parts[-1][:1].islower()) and len(parts[-1].split()) <= 2:
        parts.pop()  # "..., en" / "..., and": the joining word before the next verb
    parts = [_LEADING.sub("", p) for p in parts]
    if not 1 <= len(parts) <= 3 or any(len(p) > 60 or re.search(r"[\d@()]", p) for p in parts):
        return []
    from appeal_tui.core.importer.recipient_lines import looks_like_person

    return parts if any(looks_like_person(p) for p in parts) else []


def _capitals_before(text: str) -> int:
    """Where the capitalised run that ends `text` starts ("... concerns with the Minister of
    Internal Affairs" -> "Minister of Internal Affairs"), or len(text) when none."""
    words = list(re.finditer(r"\S+", text))
    start = len(text)
    for word in reversed(words):
        w = word.group(0)
        if w[:1].isupper() or w.casefold() in _JOINING_IN_NAMES:
            start = word.start()
        else:
            break
    while start < len(text) and text[start:].split()[0].casefold() in _JOINING_IN_NAMES:
        start = text.index(" ", start) + 1 if " " in text[start:] else len(text)
    return start


_READER_ASKS = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        f"(?-i:{re.escape(w)})" if w[:1].isupper() else re.escape(w)
        for w in sorted({w for ws in READER_ASKS.values() for w in ws}, key=len, reverse=True)
    )
    + r")(?!\w)",
    re.IGNORECASE,
)


def _contacts_after(block: Block, text: str) -> None:
    """The handles and e-mails of the sentences after a recipient's, up to the next
    recipient ("He is on X as @handle.", "... or by e-mail to x@example.org") are theirs."""
    for handle in HANDLE.findall(text):
        add_twitter(block.contacts, handle)
        block.has_fields = True
    for email in EMAIL.findall(text):
        add_email(block.contacts, email)
        block.has_fields = True
    if block.role == "primary" and block.salutation is None:
        # "... Rusko. Oslovení: Vážený pane ministře.": the greeting labelled in a later
        # sentence, up to the next recipient.
        block.salutation = labelled_salutation(text)


def _addressed_sentences(joined: str, language: str) -> list[Block]:
    """Recipients of sentences without a word that sends, told by the address itself: a
    sentence whose first comma part ends with an office or name in capitals, followed by a
    person's name and a street or postcode ("You can also raise this with the Minister of X,
    Ana Vzor, at the Ministry of X, 1 Some Avenue, 010000 City, Country."). The fields and
    quoted greeting of the sentences after it, up to the next such sentence, are its."""
    from appeal_tui.core.importer.recipient_lines import looks_like_person

    out: list[tuple[Block, int, int]] = []
    position = 0
    sentences: list[tuple[int, int]] = []
    while position < len(joined):
        rest = joined[position:]
        stop = _sentence_stop(_BRACKETS.sub(lambda b: "_" * len(b.group(0)), rest))
        end = position + (stop.end() if stop else len(rest))
        sentences.append((position, end))
        position = end
    for start, end in sentences:
        sentence = joined[start:end]
        masked = _BRACKETS.sub(lambda b: "_" * len(b.group(0)), sentence)
        comma = masked.find(",")
        if comma < 0 or len(sentence) > MAX_SENTENCE:
            continue
        head = _capitals_before(sentence[:comma])
        before = sentence[:head].split()
        if head >= comma or not before or not before[-1].isalpha() or not before[-1].islower():
            continue  # (a list's "Office – M. X, ...": no sentence leads to the recipient)
        if not _READER_ASKS.search(sentence[:head]):
            continue  # a story: "police searched the office of X, Y, at 12 Oak Street, ..."
        role = "copy" if _COPY.search(sentence[:head]) else "primary"
        block = _piece_block(sentence[head:], role, language)
        if (
            block is None
            or block.generic_diplomatic
            # A street or a postcode with its place ("1 Some Avenue", "Astana 010000"), not a
            # number alone ("Name, 33, was arrested"); and a country last, or a field.
            or not any(
                re.search(r"\d", ln) and re.search(r"[^\W\d_]{3}", ln) and len(ln.split()) <= 8
                for ln in block.lines[1:]
            )
            or not (block.has_fields or _only_country(block.lines[-1]))
            # Office, then person: "the Minister of X, Ana Vzor, at ...".
            or len(block.lines) < 3
            or not looks_like_person(block.lines[1])
        ):
            continue
        out.append((block, start, end))
    blocks: list[Block] = []
    for n, (block, _, end) in enumerate(out):
        limit = out[n + 1][1] if n + 1 < len(out) else len(joined)
        _contacts_after(block, joined[end:limit])
        quoted = _quoted_salutation(joined[end:limit])
        if quoted is not None and block.role == "primary":
            block.salutation = quoted[1]
        blocks.append(block)
    return blocks


# "En España:", "In Ireland:", "Au Canada :", "Em Portugal:": the reader's country, named.
_IN_COUNTRY = re.compile(
    r"^[\s.]*(?:En|In|Au|Aux|Em|Im|Na|No|W|I|Dans|Nel|Nei)\s+([^\W\d][^:.]{1,30}?)\s?:\s*"
)


def _in_your_country(rest: str) -> Block | None:
    """The block an "In <country>:" sentence gives right after a generic copy: a comma run up
    to its sentence's end, with the field sentences that follow ("Fax: ... . E-mail: ...")."""
    m = _IN_COUNTRY.match(rest)
    if m is None or split_country(m.group(1).strip()) is None:
        return None
    text = rest[m.end() :]
    stop = _sentence_stop(_BRACKETS.sub(lambda b: "_" * len(b.group(0)), text))
    parts = [text[: stop.start()] if stop else text]
    # The sentences after it, while they give the address's end and its fields ("28036
    # Madrid. Fax: 91 ... . E-mail: x@y."), up to running text again ("Check with ...").
    for sentence in re.split(r"(?<=[^\s.]{2})\.\s+", text[stop.end() :] if stop else ""):
        words = sentence.split()
        if not FIELD_LABEL.match(sentence.strip()) and (
            len(words) >= 4 and sum(1 for w in words if w[:1].islower()) >= 2
        ):
            break
        parts.append(sentence)
    block = _piece_block(", ".join(p.strip(" .") for p in parts), "copy") if parts else None
    if block is None or not block.lines or block.generic_diplomatic:
        return None
    return block


def _named_piece(piece: str, role: str) -> Block | None:
    """ "... aan de Egyptische procureur-generaal, Karim X.": an office and a name that end
    the sentence, without an address yet (the next sentences may give how to reach them; see
    `complete_named`)."""
    from appeal_tui.core.importer.recipient_lines import looks_like_person

    piece = _LEADING.sub("", " ".join(piece.split()).strip(" ,;:."))
    parts = [p.strip() for p in piece.split(",")]
    if (
        len(parts) != 2
        or len(piece) > 90
        or re.search(r"[\d@()]", piece)
        or not 1 <= len(parts[0].split()) <= 5
        or not looks_like_person(parts[1])
        or looks_like_person(parts[0])
        or split_country(parts[1]) is not None
    ):
        return None
    block = Block(role)
    block.lines = parts
    block.vouched = True
    return block


def named_only(block: Block) -> bool:
    """A block from a sentence that named an office and a person and nothing else."""
    return (
        not block.has_fields
        and not block.generic_diplomatic
        and len(block.lines) == 2
        and not any(re.search(r"\d", ln) or split_country(ln) is not None for ln in block.lines)
    )


# "... of faxen naar +20 2 2577 0010", "fax them on +1 555 ...": a fax number in a sentence.
_FAX_IN_SENTENCE = re.compile(
    r"\b(?:fax|факс)\w*\b[^.\d+]{0,20}?(\+?\s?\(?\d[\d .()\-/]{5,}\d)", re.IGNORECASE
)


def complete_named(block: Block, following: str) -> None:
    """The sentences after the one that named a recipient give how to reach them: an e-mail
    address, a fax number, and a postal address after a colon ("Een brief per post gaat naar:
    Office of X, Street, City, Country.")."""
    for email in EMAIL.findall(following):
        add_email(block.contacts, email)
        block.has_fields = True
    for fax in _FAX_IN_SENTENCE.finditer(following):
        if add_numbers(block.contacts, "fax", fax.group(1)):
            block.has_fields = True
    for colon in re.finditer(r":\s+", following):
        rest = following[colon.end() :]
        stop = _sentence_stop(rest)
        found = _run(rest[: stop.start()] if stop else rest)
        if found is not None:
            block.lines.extend(found[0])
            break


# Round 40a: the aside that names the reader's own embassy after a copy to "the diplomatic
# representatives of X": "(in Norway: Embassy of X, 14 Y Street, City PC)", "Readers in Z: the X
# Embassy is at 44 Y Avenue, City PC. Fax ...", "[note: in Z that is H.E. the Ambassador,
# Embassy of X, 7 Y Square, City PC]". An address follows "is at" as after a comma.
_IS_AT = re.compile(r"\s+is\s+at\s+(?=\d)")
# Where an aside's run may open: a colon, a bracket, a sentence's end.
_ASIDE_OPEN = re.compile(r"[:(\[\]]|(?<=[^\s.]{2})\.\s")
# The end of a sentence the sentence reader may run past: after a figure ("City 10036. Fax")
# or a closing quote ('"Your Excellency". Copies ...'), or before a field's word.
_ASIDE_STOP = re.compile(r"(?<=[\d”\"’»])\.\s+(?=[A-Z])|\.\s+(?=(?:Fax|Tel|Phone|E-?mail)\b)")
# A house number and its street ("4 Harbour Court"), whatever the street's word.
_HOUSE_FIRST = re.compile(r"^\d{1,5}[A-Za-z]?\s+[A-ZÀ-Ý][^\W\d_]*(?:\s+[^\W\d_]+){0,3}$")
_DASH_FIELD = re.compile(r"\s[–—-]\s")
# Where the next aside of several opens ("; in Sweden: ...", ". UK readers: ..."): one
# embassy's run never goes past it (mend 40a).
_NEXT_ASIDE = re.compile(
    r";|(?<![^\s(\[;.])(?:[A-ZÀ-Ý][\w’'\-]+\s+readers|[Rr]eaders\s+in\s+[A-ZÀ-Ý][\w’'\-]+"
    r"|(?:[Ii]n|[Ee]n|[Ii]m|[Nn][ao]|[Nn]el)\s+[A-ZÀ-Ý][\w’'\-]+(?:\s+[A-ZÀ-Ý][\w’'\-]+)?)\s*:"
)
# Words of a copy line that are not its country ("COPIES TO", "Republic of", "in Ihrem Land"),
# by how they begin, case-folded.
_NOT_COUNTRY = (
    "embass",
    "embaj",
    "ambas",
    "botsch",
    "embaix",
    "high",
    "commission",
    "represent",
    "republi",
    "kingdom",
    "royal",
    "federa",
    "democr",
    "people",
    "state",
    "united",
    "islam",
    "arab",
    "social",
    "union",
    "cop",
    "kopi",
    "your",
    "ihre",
    "land",
    "accredit",
    "diplomat",
    "the",
)
_QUOTE_MARKS = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")
_FIELD_WORD = re.compile(r"(?i)(?:fax|tel|phone|e-?mail)\b")
_ARTICLE_ONLY = re.compile(r"(?i)^(?:the|la|le|l['’]|el|die|der|das)?\s*$")
# What may stand before the embassy in its own part: nothing, or a clause that says what it
# is ("our embassy address is Embassy of X", "l'adresse est Ambassade de X").
_SAYS_IS = re.compile(r"(?i)(?:^|\s)(?:is|are|es|est|ist|è|é)\s*:?$")
# Words that join a body's name ("Embassy of the Republic of X"): no sign of a sentence.
NAME_JOINS = frozenset(
    [
        "of",
        "the",
        "to",
        "in",
        "for",
        "and",
        "de",
        "la",
        "del",
        "du",
        "des",
        "der",
        "von",
        "van",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "y",
        "et",
        "e",
        "und",
    ]
)
MAX_ASIDE = 1500


def _aside_who(head: list[str]) -> list[str]:
    """The comma parts right before an embassy's own part that say whom in it to write to
    ("H.E. X Y", "Ambassador"); the first of them may follow a clause ("in Z that is
    H.E. the Ambassador"), cut at its courtesy title."""
    from appeal_tui.core.importer.recipient_lines import looks_like_person, looks_like_title

    who: list[str] = []
    for part in reversed(head):
        words = part.split()
        at = next(
            (i for i in range(1, len(words)) if HONORIFIC_START.match(" ".join(words[i:]))), None
        )
        if at is not None:
            who.insert(0, " ".join(words[at:]))
            break
        if part and len(part) <= 60 and (looks_like_person(part) or looks_like_title(part)):
            who.insert(0, part)
            continue
        break
    return who


def _unclosed_before(text: str) -> str:
    """`text` up to the first bracket it closes without opening: the aside's end."""
    depth = 0
    for i, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            if depth == 0:
                return text[:i]
            depth -= 1
    return text


def country_keys(copy_line: str) -> list[str]:
    """The beginnings of the words of a copy line that may name its country ("Lorvania" ->
    "lorvani", "Norway" -> "norw"), case-folded: a word of a mission's name that begins so is
    that country's name or adjective ("Embassy of Lorvania", "the Lorvanian Embassy",
    "Royal Norwegian Embassy")."""
    words = [fold(w) for w in re.findall(r"[A-ZÀ-Ý][^\W\d_]{3,}", copy_line)]
    return [w[: max(4, len(w) - 2)] for w in words if not w.startswith(_NOT_COUNTRY)]


def _of_country(name: str, keys: list[str]) -> bool:
    """Whether a mission's name says it is of the country of `keys` (see country_keys)."""
    return any(w.startswith(k) for w in re.findall(r"[^\W\d_]+", fold(name)) for k in keys)


def embassy_aside(text: str, keys: list[str]) -> list[Block]:
    """The embassies an aside of `text` (the text after a copy to the diplomatic
    representatives) names with their postal addresses, read as their blocks would be: each
    of the country of `keys` (see country_keys; mend 40a: not an embassy of the story, nor the
    reader's own), each run ending at the next aside ("; in Sweden: ...", "UK readers: ...").
    Empty when no embassy there has a street with its number or a postcode with its place
    right after it."""
    from appeal_tui.core.importer.recipients import _address_part, _months_in, _running_text

    found: list[Block] = []
    joined = _IS_AT.sub(", ", " ".join(_QUOTE_MARKS.sub("", text[:MAX_ASIDE]).split()))
    for m in MISSION.finditer(joined):
        if not _of_country(m.group(0), keys):
            continue
        opened = max((b.end() for b in _ASIDE_OPEN.finditer(joined, 0, m.start())), default=0)
        if m.start() - opened > 200:
            continue
        head = [p.strip() for p in joined[opened : m.start()].split(",")]
        if not (_ARTICLE_ONLY.match(head[-1]) or _SAYS_IS.search(head[-1])):
            continue  # "a vigil outside the X Embassy, ...": the story, not an address
        who = _aside_who(head[:-1]) if _ARTICLE_ONLY.match(head[-1]) else []
        tail = _unclosed_before(joined[m.start() :])
        tail = _DASH_FIELD.sub(
            ", ", tail[: next((n.start() for n in _NEXT_ASIDE.finditer(tail)), None)]
        )
        # (Not a day's full stop before its month: "am 4. Mai", "le 1. mars".)
        aside_stop = next(
            (
                s
                for s in _ASIDE_STOP.finditer(tail)
                if not _months_in(" ".join(tail[s.end() :].split()[:1]))
            ),
            None,
        )
        stop = min(
            (s for s in (_sentence_stop(tail), aside_stop) if s is not None),
            key=lambda s: s.start(),
            default=None,
        )
        parts = [p.strip() for p in (tail[: stop.start()] if stop else tail).split(",")]
        parts = [p for p in parts if p]
        if not any(_address_part(p) or _HOUSE_FIRST.match(p) for p in parts[1:3]):
            continue
        body = [w for w in parts[0].split() if w[:1].islower() and w not in NAME_JOINS]
        if len(parts[0].split()) > 9 or body or re.search(r"\d", parts[0]):
            continue  # "Embassy of X said on 4 May ...": a sentence about it
        if any(_running_text(p) or _months_in(p) for p in parts[1:]):
            continue  # "..., Oslo, on 12 May": the run goes on as a sentence
        # The sentences after it while they give its fields ("Fax (555) 010-0199.").
        for sentence in re.split(r"(?<=[^\s.]{2})\.\s+", tail[stop.end() :] if stop else ""):
            if not (_FIELD_WORD.match(sentence) or FIELD_LABEL.match(sentence)):
                break
            parts.append(sentence.strip(" ."))
        # A greeting in quotes among the fields ('... – "Your Excellency".'): its salutation.
        quoted = next((q for p in parts[1:] if (q := _quoted_salutation(p)) is not None), None)
        greeting = quoted[1] if quoted is not None else None
        parts = [p for p in parts if greeting is None or greeting not in p]
        block = _piece_block(", ".join([*who, *parts]), "copy")
        if block is not None and block.lines and not block.generic_diplomatic:
            block.salutation = block.salutation or greeting
            if all(b.lines != block.lines for b in found):
                found.append(block)
    return found
