"""The unlabelled lines of a recipient block -> name, title, organisation, address, country.

Blocks write title and name in either order, on two lines or one ("Minister of Defence
'Imad al-Fraij"), or run everything together with commas; the address follows and its last
line usually names the country.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field, replace

from appeal_tui.core.importer import language_rows as rows
from appeal_tui.core.importer.alphabets import native_name_script
from appeal_tui.core.importer.contact_fields import EMAIL
from appeal_tui.core.importer.countries import country_in, split_country
from appeal_tui.core.importer.dates import fold, month_numbers
from appeal_tui.core.importer.flat_lines import goes_on_after_comma
from appeal_tui.core.importer.language_forms import short_text_language
from appeal_tui.core.importer.phrases import (
    ADDRESS_LABEL,
    ADDRESS_WORDS,
    ADDRESSEE_PREFIX,
    APPEAL_WORDS_MORE,
    ARTICLE_PATTERN,
    BODY_WORDS,
    CATEGORY_HEADING,
    FAMILY_NAME_ARTICLES,
    FIELD_LABEL,
    HAN_SURNAMES_1,
    HAN_SURNAMES_2,
    HANDLING_NOTE_WORDS,
    HARD_END,
    HONORIFIC_INSIDE,
    HONORIFIC_INSIDE_UNCASED,
    HONORIFIC_START,
    JOINING_WORDS,
    LETTER_CLOSING,
    MISSION_WORD_LIST,
    NUMBER_FIELD_NO_COLON,
    OFFICE_COURTESY_START,
    ORGANISATION_NOUNS,
    ORGANISATION_WORDS,
    PATRONYMIC_LINKS,
    PLACE_STARTS,
    PO_BOX,
    PORTFOLIO_WORDS,
    RANK_COURTESY,
    REGION_LINE,
    SEAT_WORDS,
    SEND_TO_PATTERN,
    SEND_VERBS,
    SHORT_LABEL,
    SIGN_OFF,
    STATE_STEMS,
    STATE_WORDS,
    SURNAME_PARTICLES,
    TITLE_END_UNSPACED,
    TITLE_QUALIFIERS,
    TITLE_START,
    TITLE_WORDS,
    TO_BEFORE_OFFICE,
    TO_INSIDE_BEFORE_OFFICE,
    TWO_SURNAME_COURTESY,
    _alternatives,
    _every_word,
)
from appeal_tui.core.importer.streets import street_abbreviation, street_first

# A date printed on the right of the first line of a letter ("President X      19 August 2013").
_TRAILING_DATE = re.compile(r"\s+\d{1,2}\.?\s+[^\W\d_]{3,}\.?\s+\d{4}$")
_PREPOSITIONS = frozenset(
    {"of", "for", "de", "del", "du", "des", "für", "der", "on", "della", "dello", "degli", "di",
     "do", "da", "dos", "das", "för"}
)  # fmt: skip


def _ranges(test: Callable[[str], bool], start: int = 0x370) -> str:
    """A regex class body of the characters from `start` to the end of the BMP that pass
    `test`, as ranges."""
    out: list[str] = []
    run: int | None = None
    for code in range(start, 0x10000 + 1):
        ok = code < 0x10000 and test(chr(code))
        if ok and run is None:
            run = code
        elif not ok and run is not None:
            out.append(
                re.escape(chr(run)) + ("" if code - 1 == run else f"-{re.escape(chr(code - 1))}")
            )
            run = None
    return "".join(out)


# Letters of scripts without capitals (a name there cannot be told by its first letter): every
# "other letter" (Unicode Lo: Hebrew, Arabic, Indic, Thai, Hangul, Kana, Han, Ethiopic ...),
# and Georgian, whose capitals are not used in running text.
_UNCASED = f"[ა-ჰ{_ranges(lambda c: unicodedata.category(c) == 'Lo')}]"
# The vowel signs and other marks that end or join the letters of those scripts (not \w), the
# joiners of Persian and Indic words, and the marks inside Hebrew words (maqaf, geresh and
# gershayim, which abbreviate a title or spell a foreign sound).
_THAI_SIGNS = (
    _ranges(lambda c: unicodedata.category(c) in ("Mn", "Mc")) + "\u05be\u05f3\u05f4\u200c\u200d"
)
# Outside a block's reading (a line's kind, a block's bounds), only Georgian and Thai letters
# open a name (session 14), as before.
_GEORGIAN_THAI = "[ა-ჰก-ฮ]"
# Whether a word of a script without capitals may open a name (set while a block's lines are
# read, `interpret`): not in a block that names
# its person in a script with capitals, where a line of the other script is the office, the
# body or a heading ("국가행정평의회 의장" over "Senior General X": the first line has no
# capital to tell it from a name, the second has).
_UNCASED_NAMES: ContextVar[bool] = ContextVar("_UNCASED_NAMES", default=False)
# Names of one word of Han or Hangul (written without spaces, "刘建国", "김태호") that a block's
# line shows to be names by where they stand: after an office, before a courtesy word written
# after a name, or before an office alone (`_han_parts`); set while a block is read.
_PROVEN_NAMES: ContextVar[frozenset[str]] = ContextVar("_PROVEN_NAMES", default=frozenset())
# (Round 28a) Capitals of the letters the ranges below leave out, that names open with:
# Romanian "Ș", "Ț" (Latin Extended-B), Vietnamese and transliterated "Ứ", "Ḥ" (Latin
# Extended Additional), Kazakh, Tajik, Bashkir and Mongolian "Қ", "Ә", "Ө", "Ҷ" (Cyrillic
# and its supplement), polytonic Greek "Ἀ".
_MORE_CAPITALS = "".join(
    c
    for a, b in ((0x0180, 0x024F), (0x0460, 0x052F), (0x1E00, 0x1FFF))
    for c in map(chr, range(a, b + 1))
    if c.isupper() or c.istitle()
)
_NAME_TOKEN = re.compile(
    r"^(?:[A-ZÀ-ÖØ-ÞĀ-ŽƏΆΈ-ΏΑ-ΩЀ-ЯԱ-Ֆ‘’'" + _MORE_CAPITALS + r"][\w’'‘.\-]*|"
    # Scripts without capitals (sessions 14, 22): a word may end in a vowel sign or a mark.
    rf"{_UNCASED}[\w{_THAI_SIGNS}\-]*|"
    r"(?:al|el|ad|as|ash|at|az|bin|ibn|bint|abu|de|da|do|dos"
    r"|das|del|della|di|van|von|der|den|le|la|ben|y|val|e)(?:-[\w’'‘]+)?|[\w’'‘]*-[A-ZÀ-Þ][\w’'‘\-]*)$"
)


@dataclass
class Identity:
    """Who a block is addressed to and where: the parts of its unlabelled lines."""

    name: str | None = None
    title: str | None = None
    organisation: str | None = None
    address: list[str] = field(default_factory=list)
    country: str | None = None
    country_code: str | None = None
    # Lines printed after the country (a contact line under a label no table knows, "Correu",
    # a heading of what follows): no part of the address.
    after_country: list[str] = field(default_factory=list)
    # (Round 28a) Lines above the who that name no one, left out of the block (a slide's
    # footer, a chat's "Deadline: ..."): no person at risk either.
    heads: list[str] = field(default_factory=list)


_OF = re.compile(r"\s(?:of|de|des|du|del|der|da|do|dos|das)\s", re.IGNORECASE)


def _office_words(part: str) -> bool:
    """A part of an office parted by a comma: lowercase ("chargé des Droits humains"), an
    office ("Garde des Sceaux" has three words with "des"), never a place or a country."""
    if split_country(part) is not None:
        return False
    if TITLE_START.match(part) and split_title_and_name(part)[0] is None:
        return True  # "Ministre de la Justice": an office, though its words look like a name
    if looks_like_person(part):
        return False
    return (
        part[:1].islower()
        or bool(TITLE_START.match(part))
        or (len(part.split()) >= 3 and bool(_OF.search(f" {part} ")))
    )


def without_courtesy(line: str) -> str:
    """The line without the courtesy words that open it ("S.E. M. le Président" -> "le
    Président")."""
    rest = line
    for _ in range(4):
        bare = HONORIFIC_START.sub("", rest).strip()
        if bare == rest:
            break
        rest = bare
    return rest


# An article after courtesy words, before the office they style ("S.E. M. le Président",
# "Sua Excelência o Presidente", "Monsieur l'Ambassadeur", "Zijne Excellentie de ambassadeur").
_ARTICLE_AFTER_COURTESY = re.compile(
    r"(?:the|le|la|les|el|o|a|der|die|den|de|het|il|lo)\s+|l['’](?=\w)", re.IGNORECASE
)


def title_without_courtesy(title: str | None) -> str | None:
    """An office read with the courtesy words that style it ("Sua Excelência a Embaixadora",
    "Monsieur l'Ambassadeur", "Nagykövet úr részére"): the office alone, as labels and
    envelopes print a title. Courtesy words before it (`HONORIFICS`) and their article, and
    courtesy words after it (`COURTESY_AFTER_NAME`), each language's rows; kept as read when
    what is left is no office."""
    if not title:
        return title
    rest = title.strip()
    bare = rest
    for _ in range(4):
        courtesy = OFFICE_COURTESY_START.match(bare)
        if courtesy is None or courtesy.group(0).casefold() in RANK_COURTESY:
            break  # ("General Director": a rank that is also a courtesy word stays)
        bare = bare[courtesy.end() :].strip()
    if bare != rest:
        article = _ARTICLE_AFTER_COURTESY.match(bare)
        if article is not None:
            bare = bare[article.end() :]
        if (
            bare
            and looks_like_title(bare)
            and (TITLE_START.match(bare) or not looks_like_person(bare))
            and split_title_and_name(bare)[0] is None
        ):
            rest = bare
    tokens = rest.split()
    end = len(tokens)
    while end > 1 and len(tokens) - end < 2 and tokens[end - 1].casefold() in _COURTESY_AFTER_NAME:
        end -= 1
    if end < len(tokens) and looks_like_title(" ".join(tokens[:end])):
        rest = " ".join(tokens[:end])
    return rest


def _courtesy_office(line: str) -> bool:
    """ "S.E. M. le Président de la République", "H.E. the President": courtesy words, then
    an office with its article (in a script without capitals, none), and no name."""
    if not HONORIFIC_START.match(line):
        return False
    rest = without_courtesy(line)
    return (
        rest != line
        # (Scripts without capitals have no article here: "ឯកឧត្តម រដ្ឋមន្ត្រី...", H.E. the
        # minister of ...)
        and (
            bool(re.match(r"(?:the|le|la|l['’]|el|der|die)\s", rest, re.IGNORECASE))
            or _uncased_letter(rest[:1])
        )
        and looks_like_title(rest)
        and split_title_and_name(rest)[0] is None
    )


# (Not Bulgarian, which has no dative: its article form after "до", "Министъра на X", is
# read as the recipient's name, its organisation below it.)
_LEAD_DATIVES = tuple(
    code
    for code, (where, endings) in rows.OFFICE_DATIVE_ENDINGS.items()
    if where == "lead" and endings
)


# The dative forms of each such language's office nouns (Russian and Ukrainian both, as
# `dative_office` reads either by the line's letters): without one among a line's words,
# `dative_office` gives the line as printed, so the language is skipped (mend27c: a line of
# another script, or of none of its nouns, costs a set look-up, not a pass over its endings).
_LEAD_NOUN_DATIVES = {
    code: frozenset(
        form
        for each in ((code, "ru", "uk") if code in ("ru", "uk") else (code,))
        for row in rows.OFFICE_NOUN_DATIVES.get(each, [])
        for form in row[1:]
    )
    for code in _LEAD_DATIVES
}


def dative_title(line: str) -> bool:
    """An office printed in the dative at the head of an address block ("Министру юстиции
    Республики X", "Генеральному прокурору", "generálnímu prokurátorovi"; round 27b): read
    back in the nominative by a language's office rows (`language_rows.OFFICE_NOUN_DATIVES`,
    a known noun required), it is an office."""
    if len(line) > 120 or re.search(r"[\d@:,]", line):
        return False
    from appeal_tui.core.importer.name_cases import dative_office

    folded = {word.casefold() for word in line.split()}
    for code in _LEAD_DATIVES:
        if folded.isdisjoint(_LEAD_NOUN_DATIVES[code]):
            continue  # (No noun of the language's rows: read as printed; mend27c, speed.)
        nominative = dative_office(line, code, known_noun=True)
        if nominative == line:
            continue
        # ("Чрезвычайный и Полномочный Посол ...": the office's noun after its adjectives.)
        words = nominative.split()
        if any(TITLE_START.match(" ".join(words[k:])) for k in range(min(4, len(words)))):
            return True
    return False


_GENITIVE_OPENING = tuple(
    sorted({e for es in rows.OFFICE_COMPLEMENT_GENITIVE.values() for e in es}, key=len)
)


_DATIVE_NAME_ENDS = ("е", "у", "ю", "і", "ovi", "ě")


_DATIVE_COURTESY = re.compile(
    r"\s(?:" + "|".join(re.escape(w) for ws in rows.DATIVE_COURTESY.values() for w in ws) + r")\s"
)


def _dative_courtesy_parted(lines: list[str]) -> list[str]:
    """ "Уполномоченному по правам человека в Республике X г-ну Примерову А. В.": an office
    in the dative, then a dative courtesy word and the name, on one line: two lines (round
    27b)."""
    out: list[str] = []
    for line in lines:
        courtesy = _DATIVE_COURTESY.search(line) if len(line) <= 200 else None
        if courtesy is not None and dative_title(line[: courtesy.start()].strip()):
            out += [line[: courtesy.start()].strip(), line[courtesy.start() :].strip()]
        else:
            out.append(line)
    return out


def dative_office_wrapped(lines: list[str]) -> list[str]:
    """A block's office printed in the dative with its complement in the genitive on the line
    below ("Генеральному прокурору" / "Республики X" / "г-ну Y"; round 27b): one line. The
    line below opens with a capital word of a genitive ending, no digit, no courtesy word, no
    name."""
    out: list[str] = []
    for line in _dative_courtesy_parted(lines):
        above = out[-1] if out else ""
        first = line.split()[0] if line.split() else ""
        if (
            above
            and len(out) <= 2
            and len(above) + len(line) <= 120
            and first[:1].isupper()
            and first.casefold().endswith(_GENITIVE_OPENING)
            and not re.search(r"[\d@:,]", line)
            and not HONORIFIC_START.match(line)
            # (No name in the dative: "Петровой Анне", "Ивану Петрову".)
            and not any(w.casefold().endswith(_DATIVE_NAME_ENDS) for w in line.split())
            and dative_title(above)
        ):
            out[-1] = f"{above} {line}"
            continue
        out.append(line)
    return out


def _mission_unfinished(line: str, *, adjective_ends: bool = True) -> bool:
    """ "Velvyslanectví", "Botschaft der Republik", "Embassy of the": a mission's name that a
    narrow column broke before its country (round 31f): a mission word of any language (not
    an ambassador's office, "Botschafter"), no digit or field, at most four words, and it
    stops at the mission word alone, at a joining word ("of the", "der", "της") or at a
    state's word ("Republik")."""
    words = line.split()
    if not 1 <= len(words) <= 4 or re.search(r"[\d@:,;.()/]", line):
        return False
    folded = line.casefold()
    if not any(word in folded for word in MISSION_WORD_LIST) or looks_like_title(line):
        return False
    last = words[-1]
    return (
        len(words) == 1
        or (last.isalpha() and last.islower() and len(last) <= 4)
        or (
            last.casefold().startswith(STATE_STEMS)
            # Mend 31D: the state's adjective before its word ("Посольство Азербайджанской
            # Республики", "Velvyslanectví Slovenské republiky"): the name is whole, unless a
            # country's name follows ("Botschaft der Arabischen Republik" / "X-land").
            and (
                not adjective_ends
                or not any(
                    w[:1].isupper() and not any(m in w.casefold() for m in MISSION_WORD_LIST)
                    for w in words[:-1]
                )
            )
        )
    )


# The adjectives of a state's form, not of a people ("der Arabischen / Föderativen Republik"
# + the country's name; "der Italienischen Republik" is whole, and a country below it is where
# the mission sits): en, de, fr, es, pt, it, nl, ru, stems.
_FORM_ADJECTIVE_STEMS = (
    "arab", "islam", "democr", "demokr", "federa", "föderat", "socialis", "sozialis",
    "united", "vereinigt", "bolivar", "plurinac", "plurinat", "popular", "people", "volks",
    "kooperat", "cooperat", "араб", "исламск", "демократ", "федератив", "социалист",
    "объединен", "народн",
)  # fmt: skip


def _form_before_state(line: str) -> bool:
    """The word before a mission line's last word (its state's word) is a state form's
    adjective ("Botschaft der Arabischen Republik"), not a people's (mend of mend31D)."""
    words = line.split()
    return len(words) >= 2 and words[-2].casefold().startswith(_FORM_ADJECTIVE_STEMS)


def mission_name_wrapped(lines: list[str]) -> list[str]:
    """A mission's name broken over two lines by a narrow column ("Velvyslanectví" /
    "Republiky X v ČR", "Botschaft der Republik" / "X"; round 31f): one line. The line below
    is the rest of the name: no digit, field, comma or e-mail, at most five words, no
    person, courtesy, office, body, street or region of an address."""
    out: list[str] = []
    for index, line in enumerate(lines):
        above = out[-1] if out else ""
        below = line.strip()
        if (
            above
            and (
                _mission_unfinished(above.strip())
                or (
                    _mission_unfinished(above.strip(), adjective_ends=False)
                    and _form_before_state(above.strip())
                    and country_in(below) is not None
                )
            )
            # Mend 31D: one word on the block's last line is its city ("Embassy" / "London"),
            # unless it names a country; the rest of a name has the address still below it.
            and (len(below.split()) > 1 or index + 1 < len(lines) or country_in(below) is not None)
            and below
            and len(below.split()) <= 5
            and below[:1].isalpha()
            and not re.search(r"[\d@:,;/]", below)
            and not HONORIFIC_START.match(below)
            and not ADDRESS_WORDS.search(below)
            and not REGION_LINE.match(below)
            and not ORGANISATION_WORDS.search(below)
            and not looks_like_title(below)
            and not _person_line(below)
        ):
            out[-1] = f"{above.strip()} {below}"
            continue
        out.append(line)
    return out


# Round 37b: the ombudsman's office named as a defender of the people or of rights, in no
# office table ("Public Defender (Ombudsperson) of X", "Défenseure des droits", "Заштитник
# грађана"); capitalised as an office is, not "human rights defender X" in a sentence.
# Mend 37b: the whole line is the office: alone, with a remark in brackets, or "of <place>";
# not a body named after it ("Public Defender's Office", "Public Defender Council"), nor the
# office before a person's name ("Public Defender Nina X"). (A deputy's title, "Deputy Public
# Defender", is read by TITLE_START as before.)
_DEFENDER_OFFICE = re.compile(
    r"(?:Public Defender|Human Rights Defender|Défenseure? des droits|Заштитни(?:к|ца) грађана)"
    r"(?:\s*\([^()]*\))?(?:\s+of\s+(?P<place>[^\W\d_][^\d,;/]*))?"
)


def _defender_heads_body(lines: list[str], head: int) -> bool:
    """Mend 37b: the defender's office opening a block over a service of it and no person
    ("Défenseur des droits" / "Service des réclamations" / street): the office names the
    recipient, the service is the body (main's reading), not a title over a name."""
    return (
        head == 0
        and _defender_office(lines[0])
        and len(lines) > 1
        and (not looks_like_person(lines[1]) or _is_org_line(lines[1]))
    )


def _defender_office(line: str) -> bool:
    found = _DEFENDER_OFFICE.fullmatch(line.strip())
    return found is not None and not (found["place"] and ORGANISATION_WORDS.search(found["place"]))


def looks_like_title(line: str) -> bool:
    """An office: "Minister of Defence", or a line ending in one ("Human Rights Commissioner")."""
    if ADDRESS_WORDS.search(line):
        return False
    if _defender_office(line):
        return True
    if _courtesy_office(line):
        return True
    if dative_title(line):
        return True
    if "," in line:
        # Two offices held together ("Ministre de la Justice, Garde des Sceaux"), not a name
        # and an office ("Bashar al-Assad, President"); or three ("..., chargé des Droits
        # humains"), each part after the first an office's words, not a place.
        first, rest = line.split(",", 1)
        parts = [p.strip() for p in rest.split(",")]
        return (
            bool(TITLE_START.match(first))
            and not ORGANISATION_WORDS.search(line)
            and (
                not looks_like_person(rest.strip())
                or _joins_parts(rest)
                # "Garde des Sceaux, Ministre de la Justice": an office alone, then another.
                or (
                    TITLE_START.fullmatch(first.strip()) is not None
                    and looks_like_title(rest.strip())
                )
            )
            and not re.search(r"\d", rest)
            and (len(parts) == 1 or (len(parts) <= 3 and all(_office_words(p) for p in parts)))
        )
    last = line.split()[-1] if line.split() else ""
    if (
        len(line.split()) >= 2
        and any(line.endswith(" " + w) for ws in rows.OFFICE_OF_BODY.values() for w in ws)
        and not looks_like_person(line)
    ):
        # (Session 27e: "TBMM ... Komisyonu Başkanı": the body's head, an office.)
        return True
    if TITLE_START.match(line):
        # "Prosecutor General's Office", "Minister's Cabinet": the office's organisation (but
        # "Chairman of the People's Committee" is an office of that committee).
        possessive = re.search(r"\w['’]s\s+(\S+)", line)
        of = re.search(r"\s(?:of|de|du|des|del|der)\s", line)
        # ("Prosecutor's Office of X": the body's word right after the possessive.)
        return not (
            possessive
            and (ORGANISATION_WORDS.fullmatch(last) or ORGANISATION_WORDS.fullmatch(possessive[1]))
            and (of is None or possessive.start() < of.start())
        )
    return bool(TITLE_START.fullmatch(last)) and not ORGANISATION_WORDS.search(line)


# "Assuntos Constitucionais e Religiosos": parts of an office's name joined by "and", which
# a person's name does not have.
_AND = re.compile(r"\s(?:and|e|et|und|en|och|i|a)\s")


def _joins_parts(text: str) -> bool:
    return bool(_AND.search(f" {text.strip()} ")) and not HONORIFIC_START.match(text.strip())


_WORD_REMARK = re.compile(r"\s*\([^\W\d_]{2,8}\.?\)")


def looks_like_person(line: str) -> bool:
    """A name: an honorific first, or two to six name-like words without digits or commas,
    or a name given in two scripts (`name_in_two_scripts`)."""
    if name_in_two_scripts(line):
        return True
    line = _WORD_REMARK.sub("", line)  # "Justice (Retd.) X": a one-word remark in brackets
    courtesy = HONORIFIC_START.match(line)
    if courtesy:
        after = line[courtesy.end() :].split()
        if after and ORGANISATION_WORDS.fullmatch(after[0].strip(",")):
            return False  # "Police General Headquarters", "General Secretariat": a body
        # ("General Prosecutor's Office of X": a rank word that opens a body's name.)
        return not _courtesy_office(line) and not (
            "," not in line and _is_org_line(line[courtesy.end() :])
        )
    if line.strip() in _PROVEN_NAMES.get():
        return True
    if ADDRESS_WORDS.search(line) or "," in line or ORGANISATION_WORDS.search(line):
        return False
    tokens = line.split()
    return (
        2 <= len(tokens) <= 6
        and all(_NAME_TOKEN.match(t) for t in tokens)
        and (
            tokens[0][0].isupper()
            or tokens[0][0] in "‘’'"
            or bool(re.match(_UNCASED if _UNCASED_NAMES.get() else _GEORGIAN_THAI, tokens[0]))
        )
    )


def _two_forms(line: str) -> tuple[str, str] | None:
    """A line's two parts when it is "A / B" (one slash) or "A (B)", else None."""
    text = line.strip()
    if text.count("/") == 1 and not re.search(r"[()（）]", text):
        first, _, second = text.partition("/")
    elif text.endswith((")", "）")) and text.count("(") + text.count("（") == 1:
        first, _, second = re.split(r"([(（])", text[:-1], maxsplit=1)
    else:
        return None
    first, second = first.strip(), second.strip()
    return (first, second) if first and second else None


def _one_form_of_name(part: str) -> bool:
    """One form of a name: words of a name with capitals, no office's, body's or state's word
    and no courtesy alone; or a Chinese or Korean name written as one word."""
    if _one_word_name(part):
        return True
    return (
        looks_like_person(part)
        and not looks_like_title(part)
        and not ORGANISATION_WORDS.search(part)
        and not _names_a_state(part)
        and country_in(part) is None
    )


def name_in_two_scripts(line: str) -> bool:
    """(Round 35c) A person's name printed in two scripts on one line, as a bilingual page
    gives it ("Jan Kowal / Ян Коваль", "김철수 (金哲洙)", "Ana Ruiz (Анна Руис)"): each part a
    name in its own script, the scripts different. Such a line is the person's, wherever it
    stands in the block (above or below the office)."""
    parts = _two_forms(line)
    if parts is None or _script(parts[0]) == _script(parts[1]):
        return False
    return all(_one_form_of_name(p) for p in parts)


def _cased_person(line: str) -> bool:
    """A name told by its capitals ("Senior General Aung Kyaw Lin", "Mr X Y")."""
    with_case = _UNCASED_NAMES.set(False)
    try:
        bare = without_courtesy(line)
        return bare[:1].isupper() and (looks_like_person(line) or looks_like_person(bare))
    finally:
        _UNCASED_NAMES.reset(with_case)


def _letters_by_case(text: str) -> tuple[int, int]:
    """How many letters of `text` are of scripts with capitals, and how many without."""
    cased = uncased = 0
    for c in text:
        if c.isalpha():
            if c.lower() != c.upper():
                cased += 1
            else:
                uncased += 1
    return cased, uncased


def _cased_block_opens_with_who(lines: list[str]) -> bool:
    """A block written mostly in a script with capitals whose first line, in that script, is
    an office or a name ("Head of the Judiciary" over its gloss in Persian): a line of a
    script without capitals there is a gloss or an address, not the name."""
    cased, uncased = _letters_by_case("".join(lines))
    first_cased, first_uncased = _letters_by_case(lines[0])
    if uncased >= cased or first_uncased or not first_cased:
        return False
    office = _office_only(lines[0])
    if not office:
        return _cased_person(lines[0])
    # An office (no name in it) over a line without capitals: a gloss repeats the office (an
    # office's or a body's word in it: "وزير الداخلية", "公安部部长"); a line without one, right
    # below the office, in a block where no line with capitals can be the name, is the name.
    return not (
        len(lines) > 1
        and _uncased_name_line(lines[1])
        and not any(_cased_person(line) for line in lines[1:])
    )


def _office_only(line: str) -> bool:
    """An office with no name in it ("Prosecutor General", "Head of the Judiciary")."""
    return looks_like_title(line) and split_title_and_name(line)[0] is None


def _uncased_name_line(line: str) -> bool:
    """A short line wholly in scripts without capitals that names no office, body or place."""
    cased, uncased = _letters_by_case(line)
    return (
        not cased
        and uncased >= 2
        and len(line.split()) <= 6
        and not re.search(r"\d", line)
        and not looks_like_title(line)
        and not ORGANISATION_WORDS.search(line)
        and not ADDRESS_WORDS.search(line)
        and country_in(line) is None
    )


def _names_without_case(lines: list[str]) -> bool:
    """Whether a block's line without capitals may be its name: not when a name with
    capitals is printed right below it, or anywhere with a courtesy word or an office before
    it ("Hon. Mr X", "Senior General X"); a place of two capitalised words further down
    ("Singha Durbar") leaves the name above it."""
    lines = [ln for ln in lines if ln.strip()]
    if lines and _cased_block_opens_with_who(lines):
        return False
    any_script = _UNCASED_NAMES.set(True)
    try:
        first = next((i for i, ln in enumerate(lines) if looks_like_person(ln)), None)
    finally:
        _UNCASED_NAMES.reset(any_script)
    for i, line in enumerate(lines):
        if not _cased_person(line) or _office_only(line):
            continue
        if first is None or i <= first + 1:
            return False
        if HONORIFIC_START.match(line) or split_title_and_name(line)[0] is not None:
            return False
    return True


def _person_line(line: str) -> bool:
    """A line that is only a person's name (no office in it, no address)."""
    return (
        looks_like_person(line)
        and not looks_like_title(line)
        and split_title_and_name(without_courtesy(line))[0] is None
        and not ADDRESS_WORDS.search(line)
    )


def _name_wrapped(first: str, second: str, third: str) -> bool:
    """`second` is the end of the name on `first`: one or two capitalised name words, no
    office, body, place or country, between a person's name and an office or a body."""
    words = second.split()
    return (
        _person_line(first)
        and 1 <= len(words) <= 2
        and all(_NAME_TOKEN.match(w) and w[0].isupper() and not w.isupper() for w in words)
        and not looks_like_title(second)
        and not ORGANISATION_WORDS.search(second)
        and not ADDRESS_WORDS.search(second)
        and country_in(second) is None
        and not REGION_LINE.match(second)
        and looks_like_title(third)
        and not _person_line(third)
    )


def _names_a_state(text: str) -> bool:
    """ "Constitucional del Estado de Oaxaca": part of an office, not a person's name."""
    return any(word.casefold() in STATE_WORDS for word in re.findall(r"[^\W\d_]+", text))


_JOINING = frozenset("of de del du di do da la el von van".split())  # noqa: SIM905


def _office_then_body(title: str) -> tuple[str, str | None]:
    """ "Ketua Komisi Nasional X (Komnas X)": an office of one or two words run straight into
    the name of the body it heads, with no word joining them (languages that say "chair
    commission" for "chair of the commission"): the office, then the body."""
    words = title.split()
    for k in (1, 2):
        if len(words) - k < 2:
            break
        office, body = " ".join(words[:k]), " ".join(words[k:])
        if (
            ORGANISATION_WORDS.match(words[k])
            and looks_like_title(office)
            and not ORGANISATION_WORDS.search(office)
            and _is_org_line(body)
            and words[k - 1].casefold() not in _JOINING
        ):
            return office, body
    return title, None


def _office_of_state(line: str) -> bool:
    """ "Governor, Rivers State": an office, a comma, then a state's or a province's name of
    a few words (a state word in it), with no number (no street)."""
    office, comma, place = line.partition(",")
    words = place.split()
    return bool(
        comma
        and looks_like_title(office.strip())
        and not _is_org_line(office.strip())
        and 2 <= len(words) <= 4
        and not re.search(r"\d|,", place)
        and all(w[:1].isupper() for w in words if w.casefold() not in _JOINING)
        and (_names_a_state(place) or REGION_LINE.match(place.strip()) is not None)
    )


def _office_then_place(line: str) -> bool:
    """Round 37b: "Superintendent of Police, Northern District", "Rector, X University",
    "Comandante, Quinta Brigada": under a person's name, an office, a comma, then a place or a
    unit named without a body's word (a few capitalised words, no number): one title, where
    reading it as the body put the office into the organisation and the place into the address."""
    office, comma, place = line.partition(",")
    words = place.split()
    return bool(
        comma
        and TITLE_START.match(office.strip())
        and looks_like_title(office.strip())
        and (not _is_org_line(office.strip()) or _office_of_body(office.strip()))
        and 1 <= len(words) <= 5
        and not re.search(r"[\d,;:()]", place)
        and words[0][:1].isupper()
        and all(w[:1].isupper() for w in words if w.casefold() not in _JOINING)
        and not _is_org_line(place.strip())
        and not _address_words(line)
        and not looks_like_person(office.strip())
    )


def _org_by_place_or_word(lines: list[str], head: int) -> bool:
    """The line would be read as the person's body: by its words or by its place."""
    return _is_org_line(lines[head]) or _org_by_place(lines, head)


def _title_before(lines: list[str], head: int) -> bool:
    return looks_like_title(lines[head - 1])


_LONE_OPENING = re.compile(r"\s*[(（\[]$")


def _without_lone_opening(line: str) -> str:
    """A line that ends with a country and a bracket left open, without the bracket."""
    bare = _LONE_OPENING.sub("", line)
    return bare if bare != line and bare and split_country(bare) is not None else line


def _office_again_under_name(lines: list[str], head: int, who: Identity) -> bool:
    """The line under the name is an office again, after an office read above the name: a
    line of an office's words, no body's word, no number, no street's word, no country, with
    the name's line right above it and the title read from a line above that."""
    line = lines[head]
    return (
        head >= 2
        and who.title is not None
        and who.name is not None
        and who.organisation is None
        and _person_line(lines[head - 1])
        and any(who.title.rstrip(" :：") in above for above in lines[: head - 1])
        and looks_like_title(line)
        and not _is_org_line(line)
        and not HONORIFIC_START.match(line)
        and not re.search(r"\d", line)
        and not _address_words(line)
        and split_country(line) is None
        and head + 1 < len(lines)
    )


def _is_caps_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 4
        and all(c.isupper() for c in letters)
        and not re.search(r"\d", line)
        and len(line.split()) <= 8
    )


def _is_org_line(line: str) -> bool:
    """An organisation's name: an organisation word, no house number, no comma run."""
    return (
        bool(ORGANISATION_WORDS.search(line))
        and not re.search(r"\d", line)
        and line.count(",") <= 1
        and not re.match(r"\[?c/o\b", line, re.IGNORECASE)
        # (A seat after the body, "Presidency, X Palace", is its first address line.)
        and not re.search(rf"\b(?:{SEAT_WORDS})\b", re.split("[,،]", line)[0], re.IGNORECASE)
    )


_SEAT = re.compile(rf"\b(?:{SEAT_WORDS})\b", re.IGNORECASE)


def _address_words(line: str) -> bool:
    """A street's or building's word in `line`, but for a seat after a body ("Body, X
    Palace": the body, then its first address line)."""
    body = re.split("[,،]", line)[0]
    seat = line[len(body) :]
    return bool(
        ADDRESS_WORDS.search(body) or (ADDRESS_WORDS.search(seat) and not _SEAT.search(seat))
    )


# Mend 34c: an envelope's handling note's words ("Personal and Confidential", "Private").
_HANDLING_WORDS = frozenset(w for ws in HANDLING_NOTE_WORDS.values() for w in ws)
_OFFICE_WORDS_OF_ANY_BODY = frozenset(
    w for ws in rows.ANY_BODY_OFFICE_WORDS.values() for w in ws if len(w) > 3 and w != "board"
)


def _office_word_in(line: str) -> bool:
    """A word of an office somewhere in the line: an office a table knows, from any of its
    words on ("Chief Clerk", "Senior Procureur Generaal"), or an office any body has
    ("Coordinadora Ejecutiva Nacional")."""
    words = line.split()
    return any(TITLE_START.match(" ".join(words[i:])) for i in range(len(words))) or any(
        w.strip(",.()").lower() in _OFFICE_WORDS_OF_ANY_BODY for w in words
    )


def _may_be_office(line: str) -> bool:
    """Mend 34c: the line between a person's name and their body's may be their office (its
    words in no table, "Belügyminiszter"), but not when its words say it is something else:
    - name-like capitalised words without an office's word (a script with capitals: in one
      without, "התובע הכללי", any words look like a name's): the name wrapped ("Sarabia
      Montes", "Al Daxani"), a building ("Haus der Justiz", "Μέγαρο Μαξίμου") or a department
      ("Directie Wetgeving") read as a name would be (a seat the tables know, "Palazzo di
      Giustizia", has ended the name's lines before: `SEAT_WORDS`);
    - an envelope's handling note ("Personal and Confidential");
    - post-nominal letters only ("KC, MP")."""
    if _cased_person(line) and not HONORIFIC_START.match(line) and not _office_word_in(line):
        return False
    words = [w.strip(",.!;").lower() for w in line.split()]
    if words and all(w in _HANDLING_WORDS for w in words):
        return False
    tokens = [t for t in re.split(r"[\s,]+", line) if t]
    return not (
        len(tokens) >= 2
        and all(t.rstrip(".").isupper() and len(t.rstrip(".")) <= 5 for t in tokens)
    )


# "Sr.", "Sra.", "Don", "Doña": a courtesy word over a name of two surnames; the particles of
# its second surname; "bin" over a family name opened by "Al" (phrases' tables).
_TWO_SURNAME_COURTESY = re.compile(rf"^(?:{_every_word(TWO_SURNAME_COURTESY)})\s", re.I)
_SURNAME_PARTICLES = frozenset(w for ws in SURNAME_PARTICLES.values() for w in ws)
_PATRONYMIC_LINK = re.compile(rf"\b(?:{_every_word(PATRONYMIC_LINKS)})\s+\S+$")
_FAMILY_NAME_ARTICLE = re.compile(rf"(?:{_every_word(FAMILY_NAME_ARTICLES)})(?:-|\s)")


def _name_cut(name: str, line: str) -> bool:
    """Mend 34c: the name wrapped onto the next line: a Spanish name of a given name and one
    surname over the second surname(s) ("Sr. Andrés Pilón / Sarabia Montes"), or an Arabic
    name with "bin" over its family name with its article ("... bin Rashid / Al Daxani")."""
    if not _cased_person(line) or HONORIFIC_START.match(line) or _office_word_in(line):
        return False
    words = line.split()
    if len(words) > 3:
        return False
    bare = without_courtesy(name).split()
    if _TWO_SURNAME_COURTESY.match(name) and len(bare) == 2:
        return all(w[:1].isupper() or w in _SURNAME_PARTICLES for w in words)
    return bool(_PATRONYMIC_LINK.search(name) and _FAMILY_NAME_ARTICLE.match(line))


def _org_by_place(lines: list[str], head: int) -> bool:
    """The line between a person's name and their street is the body they work for, in any
    language ("Adalet Bakanlığı", "Bộ Công an", "Markas Besar ABRI"): a line without a number
    or a street word, followed by a street, or by at least two more lines of address."""
    line = lines[head]
    if re.search(r"\d", line) or _address_words(line) or len(line.split()) > 8:
        return False
    # After the name, a line of capitalised words is not a second name ("Markas Besar ABRI")
    # unless a courtesy word opens it.
    if HONORIFIC_START.match(line) or looks_like_title(line) or split_country(line) is not None:
        return False
    if re.match(r"\[?(?:c/o|p\.?\s?o\.?\b|b\.?\s?p\.?\b)", line, re.IGNORECASE):
        return False
    rest = lines[head + 1 :]
    if rest:
        last = split_country(rest[-1])
        if last is not None and not last[0]:
            rest = rest[:-1]  # a line that is only the country
    if not rest:
        return False
    return bool(re.search(r"\d", rest[0]) or ADDRESS_WORDS.search(rest[0])) or len(rest) >= 2


def looks_like_organisation(line: str) -> bool:
    return bool(ORGANISATION_WORDS.search(line)) and "," not in line and not re.search(r"\d", line)


_PATRONYMIC = tuple(w for ws in rows.PATRONYMIC_ENDINGS.values() for w in ws)


def split_title_and_name(line: str) -> tuple[str | None, str]:
    """ "Minister of Defence 'Imad al-Fraij" -> ("Minister of Defence", "'Imad al-Fraij");
    a line that is only a title or only a name comes back as (None, line) with the title test
    left to the caller."""
    inside = HONORIFIC_INSIDE.search(line)
    if inside and TITLE_START.match(line):
        return line[: inside.start()].strip(" ,"), line[inside.start() :].strip()
    inside = HONORIFIC_INSIDE_UNCASED.search(line)
    if inside and TITLE_START.match(line) and looks_like_person(line[inside.end() :].strip()):
        # "وزير الداخلية الشيخ X": in a script without capitals, a courtesy word or a rank
        # after the office is where the name starts (what a capital says in other scripts).
        return line[: inside.start()].strip(" ,"), line[inside.start() :].strip()
    start = TITLE_START.match(line)
    if not start:
        return _office_last_then_name(line)
    tokens = line.split()
    patronymic = next(
        (i for i, w in enumerate(tokens) if i >= 2 and w.endswith(_PATRONYMIC) and w[:1].isupper()),
        None,
    )
    if (
        patronymic is not None
        and patronymic >= len(tokens) - 2
        and tokens[patronymic - 1].istitle()
    ):
        # "Прокурор Тверской области Андрей Викторович Примеров": the given name before
        # the patronymic opens the name.
        return " ".join(tokens[: patronymic - 1]), " ".join(tokens[patronymic - 1 :])
    taken = len(line[: start.end()].split())
    after_preposition = False
    while taken < len(tokens):
        word = tokens[taken]
        bare = word.strip(",").casefold()
        if bare in _PREPOSITIONS or bare in ("the", "la", "el", "le", "l'", "los", "las"):
            after_preposition = True
            taken += 1
            continue
        if after_preposition and word[:1].isupper():
            # The first word after "of" always belongs to the title ("of Tehran").
            taken += 1
            after_preposition = False
            continue
        if bare in PORTFOLIO_WORDS and word[:1].isupper():
            taken += 1
            continue
        if (
            bare in ("and", "y", "et", "und", "e", "&")
            and taken + 1 < len(tokens)
            and tokens[taken + 1][:1].isupper()
            and tokens[taken + 1].strip(",").casefold() in PORTFOLIO_WORDS
        ):
            taken += 1  # "Minister of Labour and Employment"
            continue
        break
    title = " ".join(tokens[:taken]).strip(" ,")
    name = " ".join(tokens[taken:]).strip(" ,")
    if not name or not looks_like_person(name) or _names_a_state(name):
        return None, line
    if tokens[taken - 1].endswith(",") and _joins_parts(name):
        return None, line  # "Ministra da Justiça, Assuntos Constitucionais e Religiosos"
    return title, name


def _office_last_then_name(line: str) -> tuple[str | None, str]:
    """ "T.C. nezdindeki X Büyükelçisi Ali Veli", "Human Rights Commissioner Jane
    Doe": an office whose word comes last (languages that put the head of a phrase last, or
    an office with its qualifiers before it), then a name of two to four words."""
    if HONORIFIC_START.match(line):
        return None, line  # "S. E. Herrn Botschafter X": courtesy words first, read so
    tokens = line.split()
    for k in range(len(tokens) - 3, 0, -1):
        word = tokens[k].strip(",")
        if word[:1].isupper() and word.casefold() in _OFFICE_WORDS:
            name = " ".join(tokens[k + 1 :])
            if (
                2 <= len(tokens) - k - 1 <= 4
                and looks_like_person(name)
                and not any(t.casefold() in _OFFICE_WORDS for t in tokens[k + 1 :])
                and not _names_a_state(name)
                and split_country(name) is None
                and not ORGANISATION_WORDS.search(name)
            ):
                return " ".join(tokens[: k + 1]).strip(" ,"), name
            break
    return None, line


def _comma_parts(line: str) -> list[str]:
    """The parts of a comma-run block; a house number stays with its street ("22, rue X")."""
    parts: list[str] = []
    for part in (p.strip(" .") for p in line.split(",")):
        if not part:
            continue
        if parts and (
            re.fullmatch(r"\d{1,5}[a-zA-Z]?(?:bis|ter)?", parts[-1])
            or goes_on_after_comma(parts[-1], part)
            # "вул. X, 12/3": the house number after its street; "м. X, 01234": the
            # postcode after its city (no line of its own in either order).
            or (
                re.fullmatch(r"\d{1,4}(?:[/-]\d{1,4})?[^\W\d_]?", part) is not None
                and ADDRESS_WORDS.search(parts[-1]) is not None
                and not re.search(r"\d", parts[-1])
            )
            or (
                re.fullmatch(r"\d{5,6}", part) is not None
                and not re.search(r"\d", parts[-1])
                and len(parts[-1].split()) <= 3
                and not ADDRESS_WORDS.search(parts[-1])
                and split_country(parts[-1]) is None
                and len(parts) >= 2
            )
        ):
            parts[-1] = f"{parts[-1]}, {part}"
        else:
            parts.append(part)
    return body_then_who(_after_sending(parts))


_SEND_VERB_LIST = [v for vs in SEND_VERBS.values() for v in vs]
# A sentence that sends the letters or their copies to an office ("Enfin, envoyez une copie
# de vos lettres à la Ministre de X, Mme Y, ..."): the office is what follows its "to".
_SENDS_TO = re.compile(
    rf"^.{{0,80}}?(?<!\w)(?:{_alternatives(_SEND_VERB_LIST)})"
    rf"(?!\w).{{0,80}}?\s(?:{SEND_TO_PATTERN})\s+"
    rf"(?:(?:{ARTICLE_PATTERN})\s+|l['’])?(?P<office>[^\W\d_].{{2,80}})$",
    re.IGNORECASE,
)


def _after_sending(parts: list[str]) -> list[str]:
    """A comma run that opens with a sentence sending the letters ("Enfin", "envoyez une
    copie ... à la Ministre de X", "Mme Y", "Ministère de X", ...): the parts before the
    sentence are its words, not a recipient's; the recipient starts with the office it is
    sent to."""
    for k, part in enumerate(parts[:3]):
        found = _SENDS_TO.match(part)
        if found is not None and k + 1 < len(parts) and looks_like_title(found.group("office")):
            return [found.group("office"), *parts[k + 1 :]]
    return parts


def body_then_who(lines: list[str]) -> list[str]:
    """ "Embassy of X in Y: Ambassador Z" first: the body, then who is there (a remark in
    brackets after the body goes)."""
    body, colon, who = lines[0].partition(": ") if lines else ("", "", "")
    body = re.sub(r"\s*\([^()]*\)", "", body).strip()
    if colon and looks_like_organisation(body) and _who_of_body(who.strip()):
        return [body, who.strip(), *lines[1:]]
    return lines


def _who_of_body(text: str) -> bool:
    """ "Ambassador Z", "ambassadør Z", "Mr Z": a person, with or without their office."""
    if split_title_and_name(text)[0] is not None or looks_like_person(text):
        return True
    first, _, rest = text.partition(" ")
    return first.islower() and looks_like_title(first.capitalize()) and looks_like_person(rest)


_WRAPPED = 60
_DASH = re.compile(r"\s+[–—-]\s+")


def _dashed_run(line: str) -> str:
    """ "M. X – Ministre de Y – Ministère de Y – BP 1 – City – Country": a run parted by dashes
    instead of commas (two dashes or more, no comma; a dash at the line's end when wrapped)."""
    if "," in line or len(_DASH.findall(line)) + line.rstrip().endswith(("–", "—")) < 2:
        return line
    return re.sub(r"\s*[–—]$", ",", _DASH.sub(", ", line.rstrip()))


def _joined_runs(lines: list[str]) -> list[str]:
    """A comma run wrapped over lines ("Name, Office,\n12 Street, City, Country") as one
    line, so that it is cut by its commas like a run on one line."""
    out: list[str] = []
    for line in lines:
        last = out[-1].rsplit(" ", 1)[-1].casefold() if out else ""
        # Only a long line was wrapped; an address written a line at a time may end each
        # line with a comma ("Colonia Juárez, Cuauhtémoc,").
        finished = split_country(out[-1].rstrip(" ,")) if out else None
        if (
            out
            and len(out[-1]) >= _WRAPPED
            and not (finished and finished[1] and not out[-1].rstrip().endswith(","))
            and not looks_like_title(out[-1])
            # ("S.E. M. X, Ambassadeur, Représentant permanent" over "Mission permanente de
            # ...": a person and their offices, whole on their line, over their body's own.)
            and not (
                not out[-1].rstrip().endswith(",")
                and name_and_office(out[-1])
                and _body_opening(line)
            )
            and (
                (out[-1].count(",") >= 2 and not out[-1].endswith((".", ";", ":")))
                or ("," in out[-1] and last in _PREPOSITIONS | {"the", "and"})
            )
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _body_opening(text: str) -> bool:
    """ "Ministry of X", "National Commission for Example Affairs": a body's name, by its word for
    a body first or second (then with more words after it)."""
    words = text.split()
    return bool(ORGANISATION_WORDS.match(text)) or (
        len(words) >= 3 and ORGANISATION_WORDS.fullmatch(words[1]) is not None
    )


def _office_and_body(lines: list[str]) -> list[str]:
    """ "Dr X" / "Rapporteur, Advisory Council for Human Rights": under a name, an office and
    the body it belongs to are two lines; so above the name when the body opens with the word
    for one ("Secretary, Ministry of X"; "Commissioner, Federal Police" stays one office)."""
    out: list[str] = []
    for i, line in enumerate(lines):
        first, comma, rest = line.partition(",")
        below = lines[i + 1] if i + 1 < len(lines) else ""
        if (
            comma
            and not out
            and _person_line(below)
            and "," not in rest
            and not re.search(r"\d", line)
            and looks_like_title(first)
            and not looks_like_organisation(first)
            and _body_opening(rest.strip())
        ):
            # "Secretary, Ministry of Defence" over the name: the office, then its body
            # (the body opens with the word for one, or with one word before it and more
            # after: "National Commission on X"; "Commissioner, Federal Police" stays).
            out.extend([first.strip(), rest.strip()])
        elif (
            out
            and looks_like_person(out[-1])
            and comma
            and "," not in rest
            and not re.search(r"\d", line)
            and looks_like_title(first)
            and (not looks_like_organisation(first) or _office_of_body(first))
            and looks_like_organisation(rest.strip())
        ):
            out.extend([first.strip(), rest.strip()])
        else:
            out.append(line)
    return out


def _office_of_body(text: str) -> bool:
    """ "Inspector General of Police", "Director of Prisons": an office that opens with its
    word and names the body it heads after a preposition (the body's word makes it no body)."""
    start = TITLE_START.match(text)
    return start is not None and any(
        word.casefold() in _PREPOSITIONS for word in text[start.end() :].split()[:3]
    )


def _office_then_street(line: str, in_block: bool) -> list[str]:
    """ "Office of the President, 80 Rudaki Avenue": the organisation, then the street."""
    first, comma, rest = line.partition(",")
    if not (comma and _is_org_line(first) and re.search(r"\d", rest)):
        return [line]
    if rest.count(",") == 0 or (in_block and not _is_org_line(rest)):
        # In a block of several lines, "Department of Justice, Padre Faura Street, Ermita,
        # Manila 1000, Philippines" is the office and an address written on one line (a
        # block written on one line is cut at its commas instead).
        return [first.strip(), rest.strip()]
    return [line]


_SEAT_AT_END = re.compile(
    rf"\s((?-i:[A-Z])\S*\s+(?:\S+\s+)?(?:{SEAT_WORDS})|(?:{SEAT_WORDS}))\s*$", re.I
)


def _office_then_seat(line: str) -> list[str]:
    """ "President of the Republic of X Akorda Presidential Palace": an office, then the
    building that is its seat, run together on one line (a PDF's two lines read as one)."""
    seat = _SEAT_AT_END.search(line)
    if seat is None or seat.start() == 0:
        return [line]
    head = line[: seat.start()].strip()
    last = head.rsplit(" ", 1)[-1].casefold()
    if last in _PREPOSITIONS or last in ("the", "la", "el", "le", "and") or "," in head:
        return [line]
    if not looks_like_title(head) or re.search(r"\d", head):
        return [line]
    return [head, seat.group(1).strip()]


# Words a line of an office cannot end on before the rest of its name: a preposition, an
# article or "and" ("Ministro de", "Minister of the", "Ministro de Trabajo y").
_OFFICE_GOES_ON = frozenset({"the", "la", "le", "les", "el", "los", "las", "l'", "and", "y", "et",
                             "e", "und", "i", "en", "to", "à", "a", "al", "au", "aux", "in", "im",
                             "zu", "zum", "zur", "della", "del"})  # fmt: skip


def _rest_of_block_opens(rest: str) -> bool:
    """`rest` opens what the lines under an office give: a body's name, a street or a post
    box ("Ministère de X ...", "Chemin du ... 28", "No. 14 X Blvd, ...", "BP 466"). A
    palace's word is not enough: "President Palace Hotel Group" is one company's office."""
    first = rest.split()[0]
    if not (first[:1].isupper() or first[:1].isdigit()) or not re.search(r"\d", rest):
        # (The lines below an office run into it hold the address's number or postcode:
        # "Secretária Executiva, Conselho Nacional ..." is an office and its body, read as
        # before.)
        return False
    return (
        (_body_opening(rest) and not first.endswith(","))
        or street_first(rest)
        or PO_BOX.match(rest) is not None
        # "No. 14 X Blvd, ...": a house number, then a capitalised street and more parts
        # ("Fiscal General No. 2 del Estado" numbers the office).
        or (re.match(r"(?:No\.?|N[°º]|#)\s*\d+,?\s+(?-i:[A-Z])", rest) is not None and "," in rest)
    )


def _street_word_after_its_name(head: str, rest: str) -> bool:
    """`rest` opens with a street's word of the tables that follows its name ("Commissioner |
    Street 12", "President X | Road 4", "Y | Straße 5"): the head, not an office, is the start
    of the street's name. A street's word that opens a name in the languages that put it first
    (`phrases.PLACE_STARTS`: "Carrera 9", "Chemin du X 28") may stand after an office."""
    word = rest.split()[0].rstrip(",")
    if (
        PO_BOX.match(rest)  # "BP 466", "Box 12": a post box, no street
        or fold(word.rstrip(".")) in PLACE_STARTS
        or not head.rsplit(" ", 1)[-1][:1].isupper()
    ):
        return False
    return ADDRESS_WORDS.fullmatch(word) is not None or street_abbreviation(word)


# A court's word ("Procureur Général Cour d'Appel de X"): a body, the office's or its own.
_COURT_WORD = re.compile(r"(?:Cour|Court|Tribunal|Tribunale|Corte|Gericht|Gerichtshof)(?!\w)")


def _court_run_on(head: str) -> bool:
    """`head` names a court after the office, no "of"/"de" between ("Procureur Général Cour
    d'Appel du Centre"): the office is run together with its body, no office alone (mend 40d);
    "President of the Court" is one office."""
    words = head.split()
    return any(
        _COURT_WORD.match(w) and fold(words[i - 1]) not in _PREPOSITIONS | _OFFICE_GOES_ON
        for i, w in enumerate(words)
        if i >= 1
    )


def _office_runs_on(lines: list[str]) -> list[str]:
    """ "Mr X" / "Ambassador, Permanent Mission of Y Chemin Z 28": under the name, the office
    run together with the body or street below it (a PDF's lines joined, a page's
    breaks lost). The cut is the first place where a body's name, a street or a post box
    opens (and the address's number follows); the head before it must read as an office, one
    or more comma parts each an office, or the line is left whole. The rest is read below."""
    if len(lines) < 2 or not _person_line(lines[0]) or looks_like_title(lines[0]):
        return lines
    line = lines[1]
    words = line.split()
    if not 3 <= len(words) <= 40 or re.search(r"\d", words[0]):
        return lines
    if looks_like_title(line) and not re.search(r"\d", line) and not ADDRESS_WORDS.search(line):
        return lines
    for j in range(1, len(words)):
        head = " ".join(words[:j]).rstrip(",")
        rest = " ".join(words[j:])
        last = head.rsplit(" ", 1)[-1].casefold()
        if (
            re.search(r"\d", head)
            or last in _PREPOSITIONS
            or last in _OFFICE_GOES_ON
            or not _rest_of_block_opens(rest)
        ):
            continue
        if _street_word_after_its_name(head, rest):
            # "Commissioner Street 12", "Governor Road 14, X": a street named after an office
            # (or a person) is a street's line, read whole (mend 40d).
            return lines
        parts = [p.strip() for p in head.split(",")]
        if (
            all(looks_like_title(p) for p in parts)
            and not any(_is_org_line(p) or _body_opening(p) for p in parts)
            and not ADDRESS_WORDS.search(head)
            and not _court_run_on(head)
        ):
            return [lines[0], head, rest, *lines[2:]]
        return lines
    return lines


# "Office : Name, ..." (a colon after an office, with or without a space before it).
_OFFICE_COLON = re.compile(r"^([^:：,\d]{3,80}?)\s?[:：]\s+(\S.*)$")
_BRACKETED = re.compile(r"^(.+?)\s*\(([^()]{3,80})\)$")


def _office_in_brackets(line: str) -> list[str]:
    """ "Mr X (Prosecutor General)": the name, then the office."""
    found = _BRACKETED.match(line)
    if found and looks_like_person(found.group(1)) and looks_like_title(found.group(2)):
        return [found.group(1), found.group(2)]
    glossed = re.fullmatch(r"(.+?)\s*\(([^()]+),\s*([^(),]+)\)", line)
    if glossed is not None:
        # "X 대사 (H.E. Mr. X, Ambassador)": the name and office again in brackets, in
        # another language; read as a name, then the office.
        outer, who, office = glossed.groups()
        name = without_courtesy(who).split()
        if len(name) >= 2 and all(w in outer.split() for w in name) and looks_like_title(office):
            return [who.strip(), office.strip()]
    return [line]


def _courtesy_joined(lines: list[str]) -> list[str]:
    """A line that is only courtesy words ("Seiner Majestät", "Herrn") opens the name below
    it."""
    out: list[str] = []
    for line in lines:
        if out and not without_courtesy(out[-1]) and out[-1] == out[-1].strip():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _stems(text: str) -> set[str]:
    return {w[:4] for w in re.findall(r"\w{4,}", fold(text))}


def _same_office(above: str, below: str) -> bool:
    """Two lines naming the same office, in two languages or two lengths ("Ministre de
    Justícia", "Ministro de Justicia, Culto e ..."): each longer word of the first opens like
    a word of the second."""
    first = _stems(above)
    return bool(first) and first <= _stems(below)


# Scripts that write a name without spaces between its parts.
_UNSPACED_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "LAO", "KHMER"})


def _script(text: str) -> str:
    """The script of a text's first letter, as Unicode names it ("LATIN", "GREEK")."""
    letter = next((ch for ch in text if ch.isalpha()), "")
    return unicodedata.name(letter, "").split()[0] if letter else ""


_OFFICE_WORDS = frozenset(w.casefold() for w in TITLE_WORDS if " " not in w)


def _name_then_office(line: str) -> tuple[str, str] | None:
    """A person's name followed by its office (languages that put the office after the name):
    the name and the office. A capitalised name never ends with a lower-case word, nor with a
    word of a script without capitals, so the office is:
    - one to three lower-case words ending with an office word ("Lin Haoran nagykövet",
      "Kovács Anna legfőbb ügyész");
    - words of a script without capitals ending with an office word ("Jan Novak 대사");
    - (round 30e) one capitalised word that is a compound ending with an office word
      ("Erkki Esimerkki Oikeusministeri", "Max Muster Generalstaatsanwalt"): a longer
      word than the office, so no surname that is an office word ("Richter").
    Only a name told by its capital: Georgian letters are all lower case, so "X Y პროკურორი"
    is an office whose word comes last, not a name before it."""
    if "," in line:
        return None
    tokens = line.split()
    for k in range(len(tokens) - 1, max(len(tokens) - 4, 0), -1):
        name, office = " ".join(tokens[:k]), tokens[k:]
        last = office[-1].casefold()
        lower = all(w[:1].islower() for w in office)
        uncased = all(_uncased_letter(c) for w in office for c in w if c.isalpha())
        compound = (
            len(office) == 1
            and office[0][:1].isupper()
            and not office[0].isupper()
            and last not in _OFFICE_WORDS
            and any(
                last.endswith(w) and len(last) >= len(w) + 3
                for w in _OFFICE_WORDS_LONG.get(last[-3:], ())
            )
        )
        if not (((lower or uncased) and last in _OFFICE_WORDS) or (compound and k >= 2)):
            continue
        if (
            name[:1].isupper()
            and not any(_uncased_letter(c) for c in name)
            and not _names_a_state(name)
            # (A longer office: "Rusijos Federacijos generalinis prokuroras" is a state's.)
            and (
                (k == len(tokens) - 1 and lower)
                or not any(w.casefold().startswith(STATE_STEMS) for w in name.split())
            )
            and looks_like_person(name)
            and not looks_like_title(name)
        ):
            return name, " ".join(office)
    return None


# Office words of five letters or more by their last three letters: the compounds that end
# with one ("Oikeusministeri", "Generalstaatsanwalt").
_OFFICE_WORDS_LONG: dict[str, tuple[str, ...]] = {}
for _word in _OFFICE_WORDS:
    if len(_word) >= 5 and " " not in _word:
        _OFFICE_WORDS_LONG[_word[-3:]] = (*_OFFICE_WORDS_LONG.get(_word[-3:], ()), _word)


def _same_body(above: str, below: str) -> bool:
    """Two lines naming the same body: the first word alike, and a longer word in both."""
    first, second = above.split(), below.split()
    return (
        bool(first and second)
        and first[0].casefold() == second[0].casefold()
        and bool(
            {w.casefold() for w in first[1:] if len(w) > 4} & {w.casefold() for w in second[1:]}
        )
    )


def _office_over_its_body(line: str, lines: list[str], below: int) -> bool:
    """Round 36c: under a person's name, a line that would be read as their body, over a line
    that is the body by its words or its place (a street under it): the first is the office
    ("Deputy Commissioner of Police, X" / "Provincial Police Office"; "Commandant de la Garde
    républicaine" / "Direction générale de la Garde républicaine"), when it opens with an
    office's word, or names again the body of the line below (an office is named after its
    body), and does not open with a body's word itself ("Ministry of X" / "Department of Y")."""
    body = lines[below]
    if not (_is_org_line(line) or _org_by_place(lines, below - 1)):
        return False
    if _body_opening(line) or looks_like_title(body) or TITLE_START.match(body):
        return False
    if re.search(r"\d", line + body) or _address_words(body) or _script(line) != _script(body):
        return False
    if not (_is_org_line(body) or _org_by_place(lines, below)):
        return False
    return bool(TITLE_START.match(line)) or (
        not _cased_person(line)
        and bool(_stems(line) & _stems(body) - _stems(lines[0]))
        and _names_an_office(line, body)
    )


def _names_an_office(line: str, body: str) -> bool:
    """Mend 36b2: a line that names the body below it again is an office only when it says
    so: an office's word in it ("Pääsyyttäjä (Prosecutor General)"), a word before the body
    it is named after ("Commandant de la Garde républicaine", "Titular de la Comisión ..."),
    or a word of the body's made longer or shorter ("pääkirjuri" / "pääkirjurinvirasto",
    "공안부장" / "공안부"). A body over its own seat or secretariat ("Federal Police" /
    "Federal Police Headquarters", "National Security Council" / "Security Council
    Secretariat", "Ankara Emniyet Müdürlüğü" / "Emniyet Genel Müdürlüğü") shares whole words
    with it and names no office."""
    if _office_word_in(line):
        return True
    of = _OF.search(line)
    if (
        of is not None
        and _stems(line[of.end() :]) & _stems(body)
        and not _stems(line[: of.start()]) & _stems(body)
    ):
        return True
    above = set(re.findall(r"\w+", fold(line)))
    below = set(re.findall(r"\w+", fold(body)))
    return any(
        a != b and min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))
        for a in above - below
        for b in below - above
    )


def _without_instruction(title: str) -> str:
    """Round 36c: a title read out of the sentence that asks for the letters keeps that
    sentence's words before the office: "Send your letters to these addresses: Minister of
    X" (an instruction, then a colon), "Schreiben Sie bitte auch an den Y" (the word for "to"
    with its article). The office is what follows, when it is an office and the words before
    it name none."""
    head, colon, tail = (
        re.split(r"([:：])", title, maxsplit=1)
        if re.search("[:：]", title)
        else (
            title,
            "",
            "",
        )
    )
    tail = tail.strip()
    if (
        colon
        and len(head.split()) >= 2
        and not _office_word_in(head)
        and not looks_like_title(head)
        and (
            looks_like_title(tail)
            # (An office in no table, after a sentence in the language of the block: not a
            # name, not an address.)
            or (
                len(tail.split()) >= 2
                and not looks_like_person(tail)
                and not re.search(r"\d", tail)
            )
        )
    ):
        return tail
    for to in TO_INSIDE_BEFORE_OFFICE.finditer(title):
        head, tail = title[: to.start()], title[to.end() :]
        if (
            len(head.split()) >= 2
            and not _office_word_in(head)
            and _an_instruction(head)
            and tail[:1].isupper()
            and looks_like_title(tail)
        ):
            return tail
    return title


def _an_instruction(head: str) -> bool:
    """Mend 36b2: the words before a "to the" inside a title are a sentence asking for the
    letters, not the office's own words ("Special Envoy to the President", "Personal Envoy
    to the Secretary-General", an office no table lists): a verb of writing or sending
    ("Schreiben Sie bitte auch an den"), or two words in lower case other than joining words
    after the first ("Ein zweiter Brief kann an den")."""
    words = [w.strip(",.;!?") for w in head.split()]
    sending = _recipient_run_words() | {
        w.casefold() for ws in APPEAL_WORDS_MORE.values() for w in ws if " " not in w
    }
    if any(w.casefold() in sending for w in words):
        return True
    lower = [w for w in words[1:] if w[:1].islower() and w.casefold() not in JOINING_WORDS]
    return len(lower) >= 2


def _body_line(line: str) -> bool:
    """A line that is only a body's name ("Ministry of Home Affairs"): no office, no person."""
    return _is_org_line(line) and not looks_like_title(line) and not _DASH.search(line)


def _other_language(above: str, below: str) -> bool:
    """Two lines in two languages: a heading in the page's language ("Υπουργό Δικαιοσύνης",
    "A Terület kormányának elnöke") over a block printed in the recipient's ("Minister of
    Justice"): two scripts, or a line below whose joining words tell its language and a line
    above that is not in it."""
    if _script(above) != _script(below):
        return True
    language = short_text_language(below, "")
    return bool(language) and short_text_language(above, "") != language


def name_and_office(text: str) -> bool:
    """ "Ms. X, Minister of Justice", "H.E. Y, Ambassador, Permanent Representative ...": a
    person, then their office after the comma, and no address."""
    head, comma, rest = text.partition(",")
    office = rest.split(",", 1)[0].strip()
    return bool(
        comma
        and looks_like_person(head.strip())
        and office
        and (TITLE_START.match(office) or looks_like_title(office))
        and not re.search(r"\d", re.sub(r"\([^()]*\)", "", rest))
        and not ADDRESS_WORDS.search(rest)
        and split_country(rest.rsplit(",", 1)[-1].strip()) is None
    )


def _office_and_one_name(line: str) -> bool:
    """ "President Marwan", "General Okoro": an office word, then one name of one word."""
    words = line.split()
    return (
        len(words) == 2
        and TITLE_START.fullmatch(words[0]) is not None
        and _NAME_TOKEN.match(words[1]) is not None
        and words[1][:1].isupper()
        and not words[1].isupper()
        and not TITLE_START.match(words[1])
        and words[1] not in TITLE_QUALIFIERS
        and not looks_like_title(words[1])
        and words[1].casefold() not in PORTFOLIO_WORDS
        and not ORGANISATION_WORDS.search(words[1])
        and split_country(words[1]) is None
    )


_COURTESY_AFTER_NAME = frozenset(
    w.casefold() for ws in rows.COURTESY_AFTER_NAME.values() for w in ws
)


def _courtesy_after_name(line: str) -> str:
    """A person's name with the courtesy words a language writes after it ("Ерлан Примеров
    мырзаға", "Ayşe Örnek Hanım'a", "Minta Péter úr részére"): the name alone. Two to five
    capitalised name words before one or two courtesy words of the tables, nothing else."""
    tokens = line.split()
    rest = len(tokens)
    while rest > 2 and len(tokens) - rest < 2:
        if tokens[rest - 1].casefold() not in _COURTESY_AFTER_NAME:
            break
        rest -= 1
    if rest == len(tokens) or not 2 <= rest <= 5 or re.search(r"\d", line):
        return line
    name = " ".join(tokens[:rest])
    if not all(_NAME_TOKEN.match(t) and t[:1].isupper() for t in tokens[:rest]):
        return line
    if looks_like_title(name) or ORGANISATION_WORDS.search(name):
        return line
    return name


def _one_courtesy(line: str) -> str:
    """ "S.E. Herr / M. X": the courtesy words in two languages, parted by a slash (a
    bilingual page), as one run of courtesy words before the name."""
    position = 0
    while True:
        word = HONORIFIC_START.match(line[position:])
        if word is None:
            return line
        position += word.end()
        gap = re.match(r"\s*/\s*|\s+", line[position:])
        if gap is None or not HONORIFIC_START.match(line[position + gap.end() :]):
            return line
        if "/" in gap.group(0):
            line = f"{line[:position]} {line[position + gap.end() :]}"
            position += 1
        else:
            position += gap.end()


_LOWER_IN_CAPS = frozenset(
    """of de del des du di da do dos das la le les el los las the and et y e und der die den
    von van for à au aux en""".split()  # noqa: SIM905
)


def _cased(line: str) -> str:
    """A line in capitals written as a name or an office is ("MINISTRE DE LA JUSTICE" ->
    "Ministre de la Justice"): each word capitalised, joining words in lowercase; as long
    as the line, letter for letter."""
    words = re.split(r"(\s+)", line)
    out = [
        w.lower() if i and w.lower() in _LOWER_IN_CAPS else w[:1] + w[1:].lower()
        for i, w in enumerate(words)
    ]
    return "".join(out)


_HAN = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
_HAN_CHAR = re.compile(_HAN)
_HAN_TWO_OR_MORE = re.compile(rf"{_HAN}{{2,}}")
_HAN_ONE_TO_THREE = re.compile(rf"{_HAN}{{1,3}}")
_AFTER_NAME = re.compile(rf"\s*(?:{'|'.join(map(re.escape, rows.HONORIFICS_AFTER))})$")
_OTHER_FORM = re.compile(r"^(.+?)\s*[（(]([^()（）]+)[）)]$")


def rank_then_name(line: str, below: str) -> bool:
    """In a script without capitals, an office word then two to four words ("الرئيس X Y
    Z", "הנשיא X Y") over a line that is the office in full: the word is how the person
    is styled, and the words after it their name (a name's words cannot be told by their
    capitals)."""
    words = line.split()
    return (
        _script(line) in ("ARABIC", "HEBREW")
        and 3 <= len(words) <= 5
        and bool(TITLE_START.match(words[0]))
        and not any(TITLE_START.match(w) or ORGANISATION_WORDS.search(w) for w in words[1:])
        and not re.search(r"[\d،,]", line)
        and split_country(line) is None
        and not _names_a_state(line)
        and looks_like_title(below)
        and not _is_org_line(below)
    )


def _other_script_form(line: str) -> str:
    """A name printed with its form in another script in brackets ("LIN Haoran（林浩然
    局長）", "周 明远（Zhou Mingyuan）閣下"): the form in Latin letters, which a letter writes;
    a courtesy word after the name ("閣下") is no part of it."""
    bare = _AFTER_NAME.sub("", line) if _HAN_CHAR.search(line) else line
    form = _OTHER_FORM.match(bare)
    if form is None:
        return bare or line
    outside, inside = form.group(1).strip(), form.group(2).strip()
    if _script(outside) == _script(inside):
        return bare
    if _script(inside) == "LATIN" and native_name_script(outside):
        return outside  # "ឯកឧត្តម X Y (H.E. X Y)": the name as the page's script writes it
    if _script(inside) == "LATIN" and looks_like_person(inside):
        return inside
    if _script(outside) == "LATIN" and _HAN_CHAR.search(inside):
        return outside
    return bare


# A personal name of Chinese or Korean written as one word: two to four Han or Hangul letters
# (family name and given name, by how those names are made).
_ONE_WORD_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,4}")
_COURTESY_AFTER = frozenset(rows.HONORIFICS_AFTER + rows.HONORIFIC_WORDS_AFTER)
# With a courtesy word after it, a name may be longer and in kana: a Japanese name written
# without its space ("鈴木健太郎"), a foreign name in katakana ("アナ・モデロ").
# (A foreign name in katakana parts its words with a middle dot, and may be longer:
# "アナ・モデロ・ガルシア".)
_COURTED_NAME = re.compile(
    r"(?:[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,8}"
    r"|[\u30a1-\u30fa\u30fc]{1,10}(?:・[\u30a1-\u30fa\u30fc]{1,10}){1,3})"
)


def _office_word(token: str) -> bool:
    """A word that is an office: one written last after its body without a space ("检察长",
    "律政司司長"), or an office word of the tables ("장관")."""
    return bool(TITLE_END_UNSPACED.fullmatch(token)) or token.casefold() in _OFFICE_WORDS


def _one_word_name(token: str, courted: bool = False) -> bool:
    return (
        bool((_COURTED_NAME if courted else _ONE_WORD_NAME).fullmatch(token))
        and not _office_word(token)
        and not ORGANISATION_WORDS.search(token)
        and split_country(token) is None
    )


def _office_name_courtesy(line: str) -> tuple[str, str] | None:
    """A line in Han or Hangul of an office, a name of one word and maybe a courtesy word or
    a post-nominal after it ("법무부 장관 김태호 귀하", "大使 李明华 阁下", "律政司司長 張文傑
    資深大律師"): the office (everything up to its last office word) and the name. The name is
    one word of two to four letters; what follows it is a courtesy word of the tables or one
    more word of four letters or more with no office in it (a post-nominal title)."""
    tokens = line.split()
    if len(tokens) < 2 or _letters_by_case(line)[0]:
        return None
    courted = False
    joined = _AFTER_NAME.search(tokens[-1])
    if joined is not None and joined.start() >= 2:
        tokens[-1] = tokens[-1][: joined.start()]  # "鈴木健太郎様": the word joined to it
        courted = True
    while len(tokens) > 2 and tokens[-1] in _COURTESY_AFTER:
        tokens.pop()
        courted = True
    office = max((k for k, t in enumerate(tokens) if _office_word(t)), default=None)
    if office is None or office == len(tokens) - 1:
        return None
    rest = tokens[office + 1 :]
    if not _one_word_name(rest[0], courted and len(rest) == 1):
        return None
    if len(rest) > 2:
        return None
    if len(rest) == 2 and not (
        rest[1] in _COURTESY_AFTER
        or (
            len(rest[1]) >= 4
            and _HAN_CHAR.match(rest[1])
            and not ORGANISATION_WORDS.search(rest[1])
        )
    ):
        return None
    return " ".join(tokens[: office + 1]), rest[0]


_JOINED_COURTESY = re.compile(
    rf"^(?:{'|'.join(sorted(map(re.escape, rows.HONORIFICS_JOINED), key=len, reverse=True))})"
    rf"(?={_UNCASED})"
)


_JOINED_COURTESY_ALONE = re.compile(
    rf"^(?:{'|'.join(sorted(map(re.escape, rows.HONORIFICS_JOINED_ALONE), key=len, reverse=True))})"
    r"\s?(?=[^\W\d_])"
)


def _without_joined_courtesy(name: str) -> str:
    """A name whose courtesy word is written joined to it (Thai "นาย", "นางสาว" before the
    given name): the name without it, when a family name follows."""
    if TITLE_START.match(name):
        return name  # "นายกรัฐมนตรี X Y": an office that opens with the same letters
    bare = _JOINED_COURTESY.sub("", name)
    if bare != name and len(bare.split()) >= 2:
        return bare
    alone = _JOINED_COURTESY_ALONE.sub("", name)
    return alone if alone != name and len(re.findall(r"[^\W\d_]", alone)) >= 2 else name


# A courtesy word written joined to the name before it ("鄧家明先生", "김철수님"): the name is
# two to eight letters of Han, kana or Hangul (a Japanese name written without its space, a
# foreign name in katakana).
_JOINED_COURTESY_AFTER = re.compile(
    rf"^(?P<name>{_COURTED_NAME.pattern})"
    rf"(?:{'|'.join(sorted(map(re.escape, _COURTESY_AFTER), key=len, reverse=True))})$"
)


def _courted_name(line: str) -> list[str] | None:
    """A line of Han, kana or Hangul that ends with a name and a courtesy word after it, joined
    or a word of its own ("梁振邦先生", "법무부 장관 김철수 님", "法務大臣 山田 太郎 殿"): the
    office before the name (if any) and the name, without the courtesy word. The name is one
    word, or two short ones (a Japanese family name and given name parted by a space); any
    words before it end with an office. Lines `_office_name_courtesy` reads are left to it."""
    if not _HAN_CHAR.match(line) or _office_name_courtesy(line) is not None:
        return None
    tokens = line.split()
    if len(tokens) >= 2 and tokens[-1] in _COURTESY_AFTER:
        tokens.pop()
    else:
        joined = _JOINED_COURTESY_AFTER.match(tokens[-1])
        if joined is None:
            return None
        tokens[-1] = joined.group("name")
    if not tokens:
        return None
    if (
        len(tokens) >= 2
        and all(_HAN_ONE_TO_THREE.fullmatch(t) and not _office_word(t) for t in tokens[-2:])
        and (len(tokens) == 2 or _office_word(tokens[-3]))
    ):
        name = " ".join(tokens[-2:])  # "山田 太郎"
        before = tokens[:-2]
    elif _one_word_name(tokens[-1], courted=True):
        name, before = tokens[-1], tokens[:-1]
    else:
        return None
    if before and not _office_word(before[-1]):
        return None
    return [" ".join(before), name] if before else [name]


def _han_parts(line: str) -> list[str]:
    """A line of Chinese, Japanese or Korean parts parted by spaces: the body and the office
    before the name ("中华人民共和国驻X大使馆 特命全权大使 某某"), or the office after it ("某某
    检察长"), each a line of its own. A name of one word shown so by where it stands is
    noted as a name (`_PROVEN_NAMES`)."""
    line = _plain_han(line)  # an ideographic space parts words as a space does
    courted = _courted_name(line)
    if courted is not None:
        _PROVEN_NAMES.set(_PROVEN_NAMES.get() | {courted[-1]})
        return courted
    mark = line.find("〒", 1)
    if mark > 0 and line[:mark].strip():
        # Japan's postal mark opens the address, though a text layer ran it on after who
        # ("大使 X（Y）閣下〒106-0047 東京都..."): the address is a line of its own.
        return [*_han_parts(line[:mark].strip()), line[mark:]]
    if not _HAN_CHAR.match(line) or " " not in line:
        return [line]
    words = line.split()
    if len(words) == 2 and words[1] in _COURTESY_AFTER and _office_word(words[0]):
        return [words[0]]  # "特命全権大使 閣下": the office, with no one named
    found = _office_name_courtesy(line)
    parts = line.split(" ")
    head: list[str] = []
    while (
        len(parts) > 1
        and _HAN_TWO_OR_MORE.fullmatch(parts[0])
        and (TITLE_END_UNSPACED.match(parts[0]) or ORGANISATION_WORDS.search(parts[0]))
    ):
        head.append(parts.pop(0))
    if found is not None:
        _PROVEN_NAMES.set(_PROVEN_NAMES.get() | {found[1]})
        # (The body and the office each a line, as below, when they are parted so.)
        return [*head, found[1]] if " ".join(head) == found[0] else [found[0], found[1]]
    rest = " ".join(parts)
    tail = parts[-1]
    if (
        not head
        and len(parts) >= 3
        and _office_word(tail)
        and _one_word_name(parts[0])
        and not any(_office_word(p) for p in parts[1:-1])
        and (len(parts) == 3 or ORGANISATION_WORDS.search(" ".join(parts[1:-1])) is not None)
    ):
        # "김철수 예시위원회 위원장": Korean writes the name first, then the body and the
        # office: the name, the office, the body, each a line.
        _PROVEN_NAMES.set(_PROVEN_NAMES.get() | {parts[0]})
        return [parts[0], tail, " ".join(parts[1:-1])]
    if (
        not head
        and len(parts) >= 2
        and _HAN_TWO_OR_MORE.fullmatch(tail)
        and TITLE_END_UNSPACED.fullmatch(tail)
        and all(_HAN_ONE_TO_THREE.fullmatch(p) for p in parts[:-1])
    ):
        if len(parts) == 2 and _one_word_name(parts[0]):
            _PROVEN_NAMES.set(_PROVEN_NAMES.get() | {parts[0]})
        return [" ".join(parts[:-1]), tail]  # the name, then its office
    return [*head, rest] if head else [line]


# The word for "to", an article, or both before the office of a letter's inside address.
_TO_BEFORE_OFFICE = TO_BEFORE_OFFICE


_OFFICE_OPENING_AR = re.compile(rf"^(?:{'|'.join(map(re.escape, rows.OFFICE_OPENING_AR))})(?:\s|$)")


def interpret(lines: list[str]) -> Identity:
    """Name, title, organisation, address and country from a block's unlabelled lines. A
    block whose first line gives no one (a sentence's end, "... organisation. Deadline: 31/05",
    or a heading in capitals, "LETTER 1") and where no name, office nor body is read is read
    again from its second line. Letters of scripts without capitals may open a name only while
    a block is read here (`_names_without_case`)."""
    lines = mission_name_wrapped(dative_office_wrapped(lines))
    allowed = _UNCASED_NAMES.set(_names_without_case(lines))
    proven = _PROVEN_NAMES.set(_name_under_office(lines))
    lines = _envelope_order(lines)
    try:
        who = _interpret_cased(lines)
        if (
            who.name is None
            and who.title is None
            and who.organisation is None
            and len(lines) >= 3
            and _no_ones_line(lines[0])
        ):
            again = _interpret_cased(lines[1:])
            if again.name is not None and not again.name[:1].islower():
                return again
        if who.name is None and who.title is None and who.organisation is None:
            # (Round 28a: lines above the who that name no one, a slide's footer and heading,
            # "Deadline: ..." and a list's heading from a chat: the block read from the first
            # line after them where a person's name and their office or body are read.)
            later = _who_after_heads(lines)
            if later is not None:
                return later
        if who.title is None and who.organisation is None and _a_message(who.name):
            return Identity()
        below = _person_below_office(lines, who)
        if below is not None:
            return below
        told = _person_told_below(lines, who)
        if told is not None:
            return told
        beside = _person_beside_state(lines, who)
        if beside is not None:
            return beside
        if who.name is not None and who.title is None and _OFFICE_OPENING_AR.match(who.name):
            # An office parted from its address by the Arabic comma ("مدير سجن X، ص.ب 12، ...")
            # is no one's name. (Under a name with an office line of its own, the name is a
            # person's: a given name may be an office word too.)
            if who.organisation is None:
                return replace(who, name=None, organisation=who.name)
            return replace(who, name=None, title=who.title or who.name)
        return who
    finally:
        _PROVEN_NAMES.reset(proven)
        _UNCASED_NAMES.reset(allowed)


def _above_the_address(line: str) -> bool:
    """A line that may stand above a block's name: no digit, e-mail, street's word, postcode
    and place, nor a label's colon."""
    return not (
        re.search(r"[\d@:]", line)
        or ADDRESS_WORDS.search(line)
        or _postcode_place(line)
        or country_in(line.strip(" ,.")) == line.strip(" ,.")
    )


def _person_below_office(lines: list[str], who: Identity) -> Identity | None:
    """(Round 30b) A block whose name was read from an office or a body printed on one or two
    lines above the person's own name ("Chairperson of the Council of the Republic / of X /
    Jan Novak / Council of X / street ..."; "Embassy of X / Jan Novak, chargé d'affaires"):
    the name is the first line below that is a person's name alone (in any script with
    capitals), the lines above it are the office (the title) or, when they name a body, the
    organisation. None when the name read is a person's, or no such line comes before the
    address."""
    if who.name is None or looks_like_person(who.name) or _person_line(who.name):
        return None
    top = next((i for i, ln in enumerate(lines[:2]) if who.name in ln), None)
    if top is None:
        return None
    for k in range(top + 1, min(top + 3, len(lines) - 1)):
        if not all(_above_the_address(ln) for ln in lines[top:k]):
            return None
        # The name's line without a remark in brackets at its end ("(new since May)") and
        # an office after a comma ("X Y, chargé d'affaires").
        line = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", lines[k]).strip()
        remark = line != lines[k].strip()
        person, _, office = line.partition(",")
        person, office = person.strip(), office.strip()
        rank, bare = split_title_and_name(person)
        if not _cased_person(bare) or not _person_line(bare) or looks_like_title(bare):
            continue
        if office and not looks_like_title(office):
            continue
        heads = " ".join(ln.strip() for ln in lines[top:k])
        # (Round 33b: an office and its body parted by a comma, "Director, Police Bureau".)
        offices = [
            looks_like_title(h) or looks_like_organisation(h) or looks_like_title(h.split(",")[0])
            for h in lines[top:k]
        ]
        if not any(offices) and not (looks_like_title(heads) or looks_like_organisation(heads)):
            return None  # lines above that name no office nor body (a site's menu)
        gloss = lines[top + 1].lstrip().startswith(("(", "（", "["))
        if len(offices) > 1 and not offices[0] and all(offices[1:]) and not gloss:
            # (Round 33b) A heading above the office ("NEW - added in this update"): no part
            # of the office; the block starts under it. (An office's gloss in brackets under
            # it, "(Ombudsman)", is no office of its own.)
            top += 1
            heads = " ".join(ln.strip() for ln in lines[top:k])
        body = looks_like_organisation(lines[top]) and not looks_like_title(lines[top])
        # (Mend30a: under an office too, two capitalised words with a remark in brackets,
        # "Marrow Castle (west wing)", are a building unless an office, a rank or a courtesy
        # word goes with them.)
        told = office or rank or HONORIFIC_START.match(person)
        if (body or remark) and not told:
            # Under a body's name, a person is told by an office or a courtesy: a bare pair
            # of capitalised words there is the body's building ("Central Courthouse").
            return None
        again = _interpret_cased([person, *lines[k + 1 :]])
        if again.name is None or not _person_line(without_courtesy(again.name)):
            return None
        # (Mend30a: an office read apart from its complement on the line above, "predsjednik
        # / Vlade" of "predsjednik Vlade", "Minister / Sprawiedliwości": the whole line is the
        # office, its complement is no name.)
        whole = who.title is not None and who.title in heads and who.name in heads
        title = again.title or (heads if whole else who.title) or office or None
        organisation = again.organisation
        if organisation is None and looks_like_organisation(heads) and not looks_like_title(heads):
            organisation = heads
        elif title is None or title == rank:
            title = heads
        return replace(
            again, title=title, organisation=organisation, heads=[*who.heads, *lines[:top]]
        )
    return None


def _courtesy_within(line: str) -> tuple[str, str] | None:
    """(Round 39c) "de ambassadeur, mevrouw X Y", "der Vorsitzenden Frau X Y", "General X Y":
    the words before a courtesy word or rank (an office in any case, or nothing) and the line
    from that word on. None when no courtesy or rank opens any of the line's first four words."""
    words = line.split()
    for i in range(min(len(words), 4)):
        if HONORIFIC_START.match(" ".join(words[i:])):
            return " ".join(words[:i]).rstrip(" ,"), " ".join(words[i:])
    return None


_PLACE_WORDS = frozenset(
    fold(w)
    for table in (rows.PLACE_NAME_STARTS, rows.PLACE_NAME_ENDS)
    for ws in table.values()
    for w in ws
)


def _a_name_by_its_shape(line: str) -> bool:
    """(Mend 39c) A bare line under an office line where nothing was read, with no courtesy
    word nor rank to mark a person ("Camp Veldt Barracks", "Unity House", "Fort Samuel Doe"
    under "Commander of the 3rd Infantry Division"): as often the command's building as its
    commander. It is a person's name only by a mark a building's name lacks, the one the
    documents' names under such offices bear: an initial or an abbreviated word with its full
    stop ("BGen. Ilvan K. Ostrazek"). Never when its first or last word is a place's
    (`PLACE_NAME_STARTS`, `PLACE_NAME_ENDS`: "Fort X", "X Heights")."""
    words = line.split()
    if len(words) < 2 or {fold(words[0]), fold(words[-1])} & _PLACE_WORDS:
        return False
    return any(re.fullmatch(r"[^\W\d_]{1,4}\.", w) for w in words)


def _person_told_below(lines: list[str], who: Identity) -> Identity | None:
    """(Round 39c) A block whose first line names no person (a body or an office read as the
    name, or nothing read at all) over a line that is a person's name: "Embassy of X / the
    ambassador, Mrs Y Z / street ...", "Commission X / to its chair Mr Y Z / ...", "Commander
    of the 5th Brigade / Gen. Y Z / ...". The name is that second line's; the words before its
    courtesy are the office; the first line is the organisation when it names a body, else
    the office. Under a body (a name was read) a courtesy or rank must mark the person (a bare
    pair of capitalised words there is as often a building); under an office line where
    nothing was read, a person's name alone is enough. None otherwise."""
    if len(lines) < 3:
        return None
    head, line = lines[0].strip(), lines[1].strip()
    if who.name is None:
        if who.title is not None or who.organisation is not None:
            return None
        # Nothing read: the first line must open with an office's word and hold no number
        # but an ordinal ("5th Brigade"), no postcode, e-mail or label.
        if (
            not TITLE_START.match(head)
            or re.search(r"[@:]|\d(?![\d\w])", head)
            or _postcode_place(head)
        ):
            return None
    elif (
        looks_like_person(who.name)
        or _person_line(who.name)
        or who.name not in head
        or not (looks_like_organisation(head) or looks_like_title(without_courtesy(head)))
        or not _above_the_address(head)
    ):
        return None
    # (A remark or the name in another script in brackets at the line's end is no part of it.)
    # ("z. Hd.", "ter attentie van", "Attn.": for whose hands; not the office.)
    line = ADDRESSEE_PREFIX.sub("", re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", line).strip())
    parted = _courtesy_within(line)
    if parted is None:
        if who.name is not None:
            return None
        office, person = "", line
    else:
        office, person = parted
    if (
        office
        and (
            re.search(r"[\d,]", office)
            or not _above_the_address(office)  # "c/o Mr X": the body's, care of a person
            or not (office[:1].islower() or looks_like_title(office))
        )
    ):
        return None
    if "," in person or not _above_the_address(person):
        return None
    bare = without_courtesy(person)
    _rank, bare = split_title_and_name(bare)
    if (
        not _cased_person(bare)
        or not _person_line(bare)
        or looks_like_title(bare)
        or looks_like_organisation(bare)
    ):
        return None
    if parted is None and not _a_name_by_its_shape(bare):
        return None
    again = _interpret_cased([person, *lines[2:]])
    if again.name is None or not _person_line(without_courtesy(again.name)):
        return None
    body = looks_like_organisation(head) and not looks_like_title(head)
    title = again.title or office or (None if body else without_courtesy(head))
    organisation = again.organisation or (head if body else None)
    if body and office and again.title and again.organisation is None:
        # "Embassy of the Socialist / republic of X H.E. Mr Y / ambassador": the office is
        # printed below, so the words before the courtesy end the body's name.
        organisation = f"{head} {office}"
    return replace(again, title=title, organisation=organisation)


def _person_of_line(line: str, *, told: bool) -> Identity | None:
    """(Round 33b) A line of a block's head that is a person's name, alone (not beside a
    body's name: `told`) or after a rank, an office word or a courtesy ("Riksadvokat X Y",
    "General Pol. X Y Z", "His Majesty Sheikh X bin Y"): that line read alone, else None. No
    digit, e-mail, label's colon, street's word, body's word nor state's name is in it."""
    text = line.strip().rstrip(",")
    if not text or not _above_the_address(text) or country_in(text) is not None:
        return None
    rank, bare = split_title_and_name(text)
    if _names_a_state(text) or looks_like_organisation(bare) or looks_like_title(bare):
        return None
    courtesy = OFFICE_COURTESY_START.match(text)
    if told and courtesy is None and rank is None:
        # A bare pair of capitalised words beside a body's name is as often its building
        # ("Central Courthouse"): there a person is told by a rank, an office or a courtesy.
        return None
    if _person_line(bare) and _cased_person(bare):
        pass
    elif courtesy is not None:
        # After a courtesy a name may hold lower-case joining words ("bin", "al", "de"): two
        # capitalised words at least and no office's or body's word.
        after = text[courtesy.end() :].split()
        if sum(1 for w in after if w[:1].isupper()) < 2 or ORGANISATION_WORDS.search(text):
            return None
    else:
        return None
    who = _interpret_cased([text])
    if who.name is None or who.organisation is not None or country_in(who.name) is not None:
        return None
    if who.title is None and rank is not None:
        who = replace(who, title=rank)
    return who


def _person_beside_state(lines: list[str], who: Identity) -> Identity | None:
    """(Round 33b) A name read that names a state ("Republic of X (Police)", "King of X",
    "General Prosecutor's Office of the Republic of X"): the words of an office or a body,
    not a person's name, when one of the block's first lines, above it or below it and before
    the address, is a person's name (`_person_of_line`). That line is the name; the line that
    names the state is the office (joined to an office's line above it that it goes on) or,
    when it names a body, the organisation. None when the name read names no state, or no
    line of the head is a person's."""
    name = who.name
    if name is None or (country_in(name) is None and not _names_a_state(name)):
        return None
    head = lines[:4]
    at = next((i for i, ln in enumerate(head) if name in ln), None)
    if at is None:
        return None
    # The lines above the address only: a block's head ends at its first address line.
    end = next((i for i, ln in enumerate(head) if i > at and not _above_the_address(ln)), 4)
    # The lines below it first: an office or a body above a name is the common order.
    for k in [*range(at + 1, min(end, len(head))), *reversed(range(at))]:
        person = _person_of_line(head[k], told=looks_like_organisation(head[at]))
        if person is None:
            continue
        state = head[at].strip()
        title, organisation = person.title, who.organisation
        above = head[at - 1].strip() if at > 0 and at - 1 != k else ""
        wrapped = above and who.title and who.title.strip() == above
        if wrapped and looks_like_title(above) and _above_the_address(above):
            title = title or f"{above} {state}"  # an office wrapped onto a second line
        elif looks_like_title(state) or (title is None and organisation is not None):
            title = title or state  # "King of X" above "Office of His Majesty"
        elif organisation is None:
            organisation = state
        return replace(
            who,
            name=person.name,
            title=title,
            organisation=organisation,
        )
    return None


def _who_after_heads(lines: list[str]) -> Identity | None:
    """A block from which no name, office nor body was read, whose who comes after one to
    three lines that name no one: the block read from the first line where a person's name
    with an office or a body is read (those lines dropped), else None. None when a line above
    is an address's (a street's word, a postcode and place) or an e-mail's."""
    for skip in range(1, min(4, len(lines) - 1)):
        above = lines[skip - 1]
        if ADDRESS_WORDS.search(re.sub(r"\d", "", above)) or _postcode_place(above) or "@" in above:
            return None
        again = _interpret_cased(lines[skip:])
        if (
            again.name is not None
            and (again.title is not None or again.organisation is not None)
            and looks_like_person(again.name)
            and not re.search(r"[@<>]", f"{again.name} {again.title} {again.organisation}")
        ):
            return _heads_placed(again, lines[:skip])
    return None


# A building or an institution that a number tells apart ("Penal Colony No. 7", "Block 4",
# "Detention Centre 2", "Sampletown Prison 4") (session 28 mend).
_NUMBERED_PLACE = re.compile(
    r"\b(?:prison|colony|camp|centre|center|complex|block|station|jail|gaol|penitentiary"
    r"|facility|barracks|hospital|unit|building|wing|compound)\b",
    re.IGNORECASE,
)


def _names_a_place(line: str) -> bool:
    """A line above the who that names a place or an institution: an office's or a body's
    word of the tables, or a number with a building's word."""
    return bool(
        ORGANISATION_WORDS.search(line) or (re.search(r"\d", line) and _NUMBERED_PLACE.search(line))
    )


def _heads_placed(who: Identity, heads: list[str]) -> Identity:
    """`who` read below `heads`: a head that names a place or an institution is the
    organisation (when none was read) or the address's first line; the others (a footer, a
    "LETTER 2 OF 3", a deadline) are left out as heads."""
    places = [h for h in heads if _names_a_place(h)]
    rest = [h for h in heads if not _names_a_place(h)]
    if not places:
        return replace(who, heads=rest)
    if who.organisation is None:
        return replace(who, organisation=places[0], address=[*places[1:], *who.address], heads=rest)
    return replace(who, address=[*places, *who.address], heads=rest)


# A block's first line that opens its address: Japan's postal mark or a postcode ("〒100-0001",
# "(04501) ...").
_POSTCODE_FIRST = re.compile(r"\s*(?:〒|[(（]?\d{3})")


def _name_under_office(lines: list[str]) -> frozenset[str]:
    """A block that opens with an office written in Han characters after its body ("示例部部长")
    over a line of a name alone, a usual family name and one to three characters more ("王某
    某"): that line is the name (`_PROVEN_NAMES`)."""
    if len(lines) < 2:
        return frozenset()
    office, name = _plain_han(lines[0]), _plain_han(lines[1])
    if (
        TITLE_END_UNSPACED.fullmatch(office)
        and _ONE_WORD_NAME.fullmatch(name)
        and re.fullmatch(r"[\u3400-\u4dbf\u4e00-\u9fff]+", name)
        and (name[0] in HAN_SURNAMES_1 or name[:2] in HAN_SURNAMES_2)
        and _one_word_name(name)
    ):
        return frozenset({name})
    return frozenset()


def _envelope_order(lines: list[str]) -> list[str]:
    """A block written in the order of a Chinese, Japanese or Korean envelope: the postcode and
    the address first, the body, then the office and the name with a courtesy word after it
    ("〒100-0001 / 東京都... / 某省 / 某大臣 山田 太郎 殿"): put in the order the block is read in
    (who first, then the body line right above them, then the address). No other line may be
    a name."""
    if len(lines) < 2 or not _POSTCODE_FIRST.match(lines[0]):
        return lines
    last = next(
        (k for k in range(len(lines) - 1, 0, -1) if _courted_name(_plain_han(lines[k]))),
        None,
    )
    if last is None or any(looks_like_person(ln) for ln in lines[:last]):
        return lines
    body = (
        [lines[last - 1]]
        if last >= 2 and not re.search(r"\d", lines[last - 1]) and _HAN_CHAR.match(lines[last - 1])
        else []
    )
    return [lines[last], *body, *lines[: last - len(body)], *lines[last + 1 :]]


def _plain_han(line: str) -> str:
    return line.replace("\u3000", " ").strip()


def _uncased_letter(c: str) -> bool:
    """A letter of a script without capitals (Ethiopic, Sinhala, Khmer ...)."""
    return c.isalpha() and c.lower() == c.upper()


def _a_message(name: str | None) -> bool:
    """A name read that is a message, not anyone's name: every letter of a cased script in
    lowercase, and a comma, a sentence's end or four words or more ("gracias, la mando hoy",
    "thanks, will do", "ok i will send mine tonight")."""
    if not name:
        return False
    letters = [c for c in name if c.isalpha()]
    if not letters or not all(c.islower() for c in letters):
        return False
    return "," in name or name.rstrip()[-1:] in ".!?" or len(name.split()) >= 4


def _no_ones_line(line: str) -> bool:
    """A block's first line that names no one: it opens in lowercase (the end of a sentence
    cut by the block), or is a short heading in capitals with no lowercase letter."""
    letters = [c for c in line if c.isalpha()]
    if not letters:
        return False
    return letters[0].islower() or (
        len(line.split()) <= 4 and not any(c.islower() for c in letters) and len(letters) >= 2
    )


def _interpret_cased(lines: list[str]) -> Identity:
    """`_interpret`, but a block written all in capitals (an envelope copied "in capitals", a
    telex) is read as if written in ordinary case (capitals make every line look like a
    name), and its parts given back as printed."""
    lettered = [ln for ln in lines if re.search(r"[^\W\d_]", ln)]
    if len(lettered) >= 3 and all(ln.upper() == ln and ln.lower() != ln for ln in lettered):
        cased = [_cased(ln) for ln in lines]
        if all(len(a) == len(b) for a, b in zip(cased, lines, strict=True)):
            back = {}
            for a, b in zip(cased, lines, strict=True):
                for x, y in zip(a.split(), b.split(), strict=True):
                    back[x] = y
                    back.setdefault(x.strip(".,;:()"), y.strip(".,;:()"))
            who = _interpret(cased)

            def printed(value: str | None) -> str | None:
                if value is None:
                    return None
                return " ".join(back.get(w, w) for w in value.split())

            return Identity(
                name=printed(who.name),
                title=printed(who.title),
                organisation=printed(who.organisation),
                address=[printed(a) or a for a in who.address],
                country=printed(who.country),
                country_code=who.country_code,
                after_country=[printed(a) or a for a in who.after_country],
            )
    return _interpret(lines)


def _without_trailing_date(line: str) -> str:
    """`line` without a date printed on its right, unless the line is a street named after
    a date ("Str 9 Mai 1945", "Rua 7 de Setembro 1850")."""
    if street_first(line):
        return line
    return _TRAILING_DATE.sub("", line)


# "1) ", "(2) ": an item's number that opens a block's first line (a list cut out of a
# running text, where no line of its own said it was a list).
_ITEM_NUMBER = re.compile(r"^\(?\d{1,2}\)\s+(?=\S)")


def _office_named_again_below(line: str, below: str) -> tuple[str, str] | None:
    """ "President X Y" over "President of Z", "His Majesty Sultan X" over "Sultan of Z":
    courtesy words, an office's words and a person's name, over a line that opens with the
    same office's words and goes on. The line below is the office in full, the name line
    without the office's words the person: (name, office), else None."""
    if re.search(r"[\d,;:()]", line + below) or ADDRESS_WORDS.search(line + " " + below):
        return None
    bare = without_courtesy(line)
    courtesy = line[: len(line) - len(bare)]
    words, office = bare.split(), below.split()
    shared = 0
    while (
        shared < min(len(words), len(office))
        and words[shared].casefold() == office[shared].casefold()
    ):
        shared += 1
    if not shared or shared >= len(office) or len(words) - shared < 2:
        return None
    styled, _ = split_title_and_name(bare)
    if styled is not None and len(styled.split()) > shared:
        # (Every office word before the name opens the line below: "Secretary General X"
        # over "Secretary of State for Y" shares one word of two, and "General" is the
        # office's, no rank of the person; "Director General", "Governor General" the same.)
        return None
    person = " ".join(words[shared:])
    if not (
        TITLE_START.match(bare)
        and words[0][:1].isupper()
        and looks_like_person(person)
        and not looks_like_title(person)
        and looks_like_title(below)
        # (The office goes on with a word in lower case, "of", "de la", "der": "Commissioner
        # of Police", not "Governor Office" or "Governor House", a body or a building.)
        and office[shared][:1].islower()
    ):
        return None
    return f"{courtesy}{person}", below


def _interpret(lines: list[str]) -> Identity:
    if lines:
        lines = [_ITEM_NUMBER.sub("", lines[0]), *lines[1:]]
    lines = [
        ADDRESSEE_PREFIX.sub("", ADDRESS_LABEL.sub("", _without_trailing_date(ln))).strip(" ;,")
        for ln in _joined_runs(
            [
                _courtesy_after_name(_one_courtesy(_dashed_run(_other_script_form(part))))
                for ln in lines
                if ln.strip(" ;.,")
                for part in _han_parts(ln.strip())
            ]
        )
    ]
    # A body read off the line above ("김철수 예시부 장관") and printed again on its own line
    # below is one line.
    lines = [ln for i, ln in enumerate(lines) if not (i and ln and ln == lines[i - 1])]
    if (
        len(lines) >= 2
        and re.fullmatch(r"[^\W\d_A-Z][^\W\d_]*(?:\s[^\W\d_]+){0,2}\s?[:：]", lines[0])
        and lines[0][:1].islower()
    ):
        # "de ambassade:" / "Embassy of X": the end of a heading ("Stuur een kopie naar de
        # ambassade: ..."), which says what kind of recipient follows.
        lines = lines[1:]
    if (
        len(lines) >= 3
        and lines[0].endswith((":", "："))
        and looks_like_title(lines[0].rstrip(" :："))
        and _person_line(lines[1])
        and looks_like_title(lines[2])
        and not _is_org_line(lines[2])
        and not _person_line(lines[2])
    ):
        # "Minister of X:" / the person / "Minister of X, Keeper of Y": a heading that says
        # which office's block follows, over the person and the office as the block prints
        # it; the block's own line is the office.
        lines = lines[1:]
    if (
        len(lines) >= 3
        and all(
            _person_line(ln) and not HONORIFIC_START.match(ln) and len(ln.split()) == 2
            for ln in lines[:2]
        )
        and (looks_like_title(lines[2]) or _is_org_line(lines[2]))
        and not _person_line(lines[2])
    ):
        # "Ana Lucía" / "Prieto Salgado" / "Defensora del Pueblo": a name wrapped in a
        # narrow column (given names, then family names), over the office.
        lines = [f"{lines[0]} {lines[1]}", *lines[2:]]
    elif len(lines) >= 3 and _name_wrapped(lines[0], lines[1], lines[2]):
        # "H.E. Ms Marta Inés" / "Quiroga" / "Ambassador": the rest of a name wrapped in a
        # narrow column, one or two family names over the office or body.
        lines = [f"{lines[0]} {lines[1]}", *lines[2:]]
    if (
        len(lines) >= 3
        and looks_like_title(lines[0])
        and looks_like_title(lines[1])
        and not re.search(r"\d", lines[0] + lines[1])
        and not _is_org_line(lines[1])
        and not looks_like_person(lines[1])
        and _person_line(lines[2])
        and _office_named_again_below(lines[0], lines[1]) is None
    ):
        # "Ministre de la Justice,\nGarde des Sceaux\nX": one office over two lines, then who.
        lines = [f"{lines[0]}, {lines[1]}", *lines[2:]]
    if (
        len(lines) >= 3
        and _body_line(lines[0])
        and _body_line(lines[1])
        and (country_in(lines[0]) or "?") == country_in(lines[1])
        and lines[0].split()[0].casefold() != lines[1].split()[0].casefold()
        and looks_like_person(lines[2].split(",")[0].strip())
    ):
        # "Botschaft der X" / "Ambassade de X" over the person: the body of one country named
        # in the two languages of a bilingual page, one body.
        lines = [f"{lines[0]} / {lines[1]}", *lines[2:]]
    if (
        len(lines) == 1
        and name_and_office(lines[0])
        and not any(looks_like_organisation(p) for p in lines[0].split(",")[2:])
    ):
        # "Ms X, Minister of Foreign Affairs, Migration and Y Abroad" alone (a "cc:" list):
        # the person, then the whole office ("Ms X, Chairperson, Commission on Y" is read
        # below: the office, then its body).
        name, _, office = lines[0].partition(",")
        return Identity(name=name.strip(), title=office.strip(" ."))
    lines = body_then_who(lines)
    lines = _office_runs_on(lines)
    lines = [
        part
        for i, ln in enumerate(lines)
        if ln
        # (Under the organisation's own line, "Bangladesh Secretariat, Building 8" is where it
        # sits: an address line.)
        for part in (
            [ln]
            if i > 0 and _body_line(lines[i - 1]) and not _is_org_line(ln.partition(",")[2])
            else _office_then_street(ln, len(lines) > 1)
        )
    ]
    lines = [part for ln in lines for part in _office_in_brackets(ln)]
    lines = [part for ln in lines for part in _office_then_seat(ln)]
    lines = _office_and_body(lines)
    lines = _courtesy_joined(lines)
    colon = _OFFICE_COLON.match(lines[0]) if lines else None
    if (
        colon is not None
        and looks_like_title(colon.group(1))
        and looks_like_person(colon.group(2).split(",")[0].strip())
    ):
        # "Ministre de la Justice : Mme X, Ministère ..., ...": the office, then who holds it.
        lines[0] = f"{colon.group(1)}, {colon.group(2)}"
    if lines and _DASH.search(lines[0]):
        # "President of X – Mr Y, Office, ...": the dash parts an office from a name.
        head, rest = _DASH.split(lines[0], maxsplit=1)
        if looks_like_title(head) and (looks_like_person(rest.split(",")[0]) or "," in rest):
            lines[0] = f"{head}, {rest}"
        elif looks_like_person(head) and looks_like_title(rest) and "," not in rest:
            lines[0:1] = [head, rest]  # "Name — Office"
    if lines and lines[0].count(",") < 2 and lines[0].count("،") >= 2:
        # The same in Arabic script, whose comma is its own ("X، Street 5، City"), the
        # country or a field perhaps on a line below.
        lines = _comma_parts(lines[0].replace("،", ",")) + lines[1:]
    elif len(lines) == 1 and lines[0].count(",") >= 2:
        lines = _comma_parts(lines[0])
    elif (
        lines
        and lines[0].count(",") >= 1
        and (
            (
                looks_like_person(lines[0].split(",")[0])
                and not looks_like_title(lines[0].split(",")[0])
            )
            or (lines[0].count(",") >= 2 and looks_like_title(lines[0].split(",")[0]))
        )
        and not looks_like_title(lines[0])
    ) or (
        lines
        and lines[0].count(",") == 1
        and looks_like_title(lines[0].split(",")[0])
        and looks_like_person(lines[0].split(",")[1].strip())
        and split_title_and_name(lines[0].split(",")[1].strip())[0] is None
        and not _joins_parts(lines[0].split(",")[1])
    ):
        # "Bashar al-Assad, President" or "His Excellency X, Leader of Y, c/o ...".
        lines = _comma_parts(lines[0]) + lines[1:]
    lines = _after_sending(lines)
    lines = _body_wrapped_before_state(lines)
    if (
        len(lines) >= 3
        and len(lines[0].split()) <= 5
        and not re.search(r"\d", lines[0])
        and not looks_like_person(lines[0])
        and not _is_org_line(lines[0])
        and _person_line(lines[1])
        and split_title_and_name(lines[1])[0] is None
        and looks_like_title(lines[2])
        and not _is_org_line(lines[2])
        and TITLE_START.match(lines[2])
    ):
        # "Azerbajdzjans president" / "Rauf X" / "President of the Republic of Azerbaijan":
        # a heading over the block in the page's language; the office is the one the block
        # prints below the name.
        lines = lines[1:]
    if (
        len(lines) >= 2
        and len(lines[0].split()) <= 3
        and not re.search(r"[\d,@]", lines[0])
        and not looks_like_person(lines[0])
        and not _is_org_line(lines[0])
        and not looks_like_title(lines[0])
        and split_title_and_name(lines[1])[0] is not None
    ):
        # "Politichef" / "Commissioner-General of Police X": a heading in the page's language
        # over a line that names the office and the person itself.
        lines = lines[1:]
    elif (
        len(lines) >= 2
        and looks_like_title(lines[0])
        and _script(lines[0]) != _script(lines[1])
        and split_title_and_name(lines[1])[0] is not None
    ):
        # "X市公安局長" / "Director X": the office as a heading in the page's script over
        # the block's own line of office and name in the recipient's.
        lines = lines[1:]
    if (
        len(lines) >= 4
        and _body_line(lines[0])
        and looks_like_person(lines[1])
        and looks_like_title(lines[2])
        and _body_line(lines[3])
        and _same_body(lines[0], lines[3])
    ):
        # "Ambassade du Bangladesh (compétente pour ...)" / "S.E. Mme X" / "Ambassadrice" /
        # "Ambassade de la République populaire du Bangladesh": a heading over the block,
        # whose own line names the same body in full.
        lines = lines[1:]
    who = Identity()
    # A heading in capitals above the block ("INNENMINISTER", "BOTSCHAFT DER ..."): the office
    # or organisation when the block does not name one itself, else only a category.
    heading: str | None = None
    if (
        len(lines) > 1
        and _is_caps_heading(lines[0])
        and (
            split_title_and_name(lines[0])[0] is None
            or any(looks_like_person(line) for line in lines[1:3])
        )
    ):
        # (An office and a name in capitals, "PROSECUTOR GENERAL ANDREI X", with no name
        # below, is no heading.)
        heading, lines = lines[0], lines[1:]
    if (
        len(lines) > 2
        and looks_like_title(lines[0])
        and _person_line(lines[1])
        and looks_like_title(lines[2])
        and (_same_office(lines[0], lines[2]) or _other_language(lines[0], lines[2]))
    ):
        # "President de la República" (a heading in the page's language) / "Sr. X" /
        # "Presidente de la República de Y": the block's own office line is the office.
        lines = lines[1:]
    head = 0
    while head < len(lines) and head < 5:
        line = lines[head]
        if who.name is None and who.title is None and head + 1 < len(lines):
            styled = _office_named_again_below(line, lines[head + 1])
            if styled is not None:
                # Round 38c: "President X" / "President of Y", "His Majesty King X" / "King of
                # Y": the office word before the name, and the office in full on the line
                # below, opening with the same words: the person, then that office.
                who.name, who.title = styled
                head += 2
                continue
        if (
            who.title
            and who.name
            and line != who.title
            and who.title.endswith(line)
            and TITLE_END_UNSPACED.fullmatch(line)
        ):
            # "湖南省X检察院检察长" / "某某 检察长": the office repeated after the name, bare.
            head += 1
            continue
        if head == 0 and len(lines) > 1 and _office_and_one_name(line):
            # "President Marwan" over "State House": the office, then a name of one word.
            who.title, who.name = line.split()
            head += 1
            continue
        if who.name is None and not (
            head == 0 and head + 1 < len(lines) and rank_then_name(line, lines[head + 1])
        ):
            # (A rank over the office in full is how the person is styled: read below.)
            title, name = split_title_and_name(line)
            if title and head + 1 < len(lines) and _person_line(lines[head + 1]):
                # "Minister Spraw Wewnętrznych" above "Ketevan X": the person is the next line,
                # so the whole line is the office, whatever words it ends with.
                title = None
            if title and who.title is None:
                who.title, who.name = title, name
                head += 1
                continue
        if (
            head == 0
            and who.name is None
            and head + 1 < len(lines)
            and rank_then_name(line, lines[head + 1])
        ):
            # "الرئيس X Y Z" over "رئيس جمهورية ...": a courtesy office before the name, the
            # office in full below.
            who.name = line
            head += 1
            continue
        name_office = _name_then_office(line) if who.name is None and who.title is None else None
        if name_office is not None:
            # "Lin Haoran nagykövet": a name, then its office in lower case (languages that
            # put the office after the name).
            who.name, who.title = name_office
            head += 1
            continue
        if _office_again_under_name(lines, head, who):
            # "Attorney General" / "Dr X" / "Fiscal de la Nación" / "Ministerio Público" /
            # street: the office as a heading over the name (in the page's language or the
            # recipient's), then the block's own office line under the name: no address line.
            # (A heading that is no office, "Fax / e-mail — greeting", gives way to it.)
            if not looks_like_title(who.title or ""):
                who.title = line
            head += 1
            continue
        if _address_words(line) and who.name is not None and not _is_org_line(line):
            break
        if (
            head == 0
            and TITLE_START.match(line)
            and head + 1 < len(lines)
            and looks_like_person(lines[head + 1])
            and not looks_like_person(line)
            and not ADDRESS_WORDS.search(line)
            and not re.search(r"\w['’]s\s", line)
        ):
            # An office above the name, even with a body in it ("Commissioner, Federal
            # Police", "Director, National Intelligence Service").
            who.title = line
            head += 1
            continue
        if looks_like_title(line) and who.title is None and not _defender_heads_body(lines, head):
            who.title = line
        elif (
            looks_like_title(line)
            and who.name is not None
            and head > 0
            and _title_before(lines, head)
        ):
            # A second office line: "Ambassador Extraordinary ..." / "Permanent Representative".
            who.title = f"{who.title}, {line}"
        elif (
            head == 0
            and who.title is None
            and head + 1 < len(lines)
            and HONORIFIC_START.match(lines[head + 1])
            and not HONORIFIC_START.match(line)
            and not _is_org_line(line)  # "Botschaft der X" / "S.E. Herrn Y": the body above
            and looks_like_person(lines[head + 1])
            and not ADDRESS_WORDS.search(line)
            and split_country(line) is None
        ):
            # "Líder Supremo da Revolução" over "Ayatollah X": capitalised words over a name
            # that opens with a courtesy word are the office, not a second name.
            who.title = line
        elif looks_like_person(line) and who.name is None:
            who.name = line
            bare = without_courtesy(line)
            office_first, person = split_title_and_name(bare) if bare != line else (None, "")
            if office_first and who.title is None:
                # "Seiner Majestät König X": the courtesy words, the office, the name.
                who.title, who.name = office_first, f"{line[: len(line) - len(bare)]}{person}"
            name, comma, office = line.rpartition(",")
            if (
                comma
                and who.title is None
                and HONORIFIC_START.match(line)
                and looks_like_title(office.strip())
                and not looks_like_person(office.strip())
            ):
                # "Z.E. mevrouw X, ambassadeur", "H.E. Mr X, Ambassador".
                who.name, who.title = name.strip(), office.strip()
        elif (
            who.title is None
            and who.name is not None
            and (
                _office_of_state(line)
                or (_office_then_place(line) and _org_by_place_or_word(lines, head))
            )
        ):
            # "Military Administrator, Rivers State", "Governor, Example Province" under the
            # name: the office with the state or province it holds, one title.
            who.title = line
        elif (
            who.organisation is None
            and who.name is not None
            and not _is_org_line(line)
            and head + 1 < len(lines)
            and _is_org_line(lines[head + 1])
            and _org_by_place(lines, head)
        ):
            # The one line between the person's name and their body's is their office, in
            # any language ("Belügyminiszter", "Pääsyyttäjä (Prosecutor General)"), when no
            # office was read before; under an office read already it is a style ("Der Hüter
            # der beiden heiligen Moscheen" under "König X"), not read.
            if (
                who.title is None
                and not _is_org_line(who.name)
                # (A name of one word in a spaced script is a heading's word, "Salutation", or
                # a body's name wrapped word by word; the line below it is no office.)
                and (len(who.name.split()) >= 2 or _script(who.name) in _UNSPACED_SCRIPTS)
                and _name_then_office(line) is None
                and not looks_like_title(lines[head + 1])
                and _script(line) == _script(lines[head + 1])
                and not re.search(r"[;:；：]", line)
                and _may_be_office(line)
            ):
                # (Not under a body's name; not a body's name over the same in another script;
                # not over a second office, "Director General of Police", which is the title;
                # not a sentence's part, "...; send it to the mission below):"; not a line
                # that is no office by its words, see `_may_be_office`.)
                who.title = line
            elif who.title is None and _name_cut(who.name, line):
                # "Sr. Andrés Pilón / Sarabia Montes", "Sheikh Omar bin Rashid / Al Daxani":
                # the name wrapped onto a second line.
                who.name = f"{who.name} {line}"
        elif (
            who.organisation is None
            and who.title is None
            and who.name is not None
            and head + 1 < len(lines)
            and _office_over_its_body(line, lines, head + 1)
        ):
            # Round 36c: "Deputy Commissioner of Police, X" / "Provincial Police Office" / street:
            # of two lines that could name the body, the first is the office when it opens
            # with an office's word or names the body below it again.
            who.title = line
        elif who.organisation is None and (
            _is_org_line(line) or (who.name is not None and _org_by_place(lines, head))
        ):
            who.organisation = line
        elif head == 1 and who.name is None and who.title is None and _is_org_line(line):
            # "Human Rights Committee / Office of the Council of Ministers": the body written
            # to, then the one it belongs to.
            who.name, who.organisation = who.organisation, line
        elif (
            head == 0
            and head + 1 < len(lines)
            and looks_like_person(lines[head + 1])
            and not ADDRESS_WORDS.search(line)
            and split_country(line) is None
        ):
            # The line above a person's name is their office, whatever its words ("Capo del
            # potere giudiziario", an office no table lists).
            who.title = line
        elif head == 0 and not ADDRESS_WORDS.search(line):
            who.name = line
        else:
            break
        head += 1
    if who.title:
        # "His Majesty King": the courtesy words belong to the salutation, not the office
        # ("S.E. M. le Président de la République": its article goes with them).
        bare = HONORIFIC_START.sub("", who.title).strip()
        if _courtesy_office(who.title):
            bare = re.sub(r"^(?:the|le|la|l['’]|el|der|die)\s*", "", without_courtesy(who.title))
        # (In a script without capitals, "ክቡር ጠቅላይ ሚኒስትር": any letter opens the office.)
        who.title = bare if bare[:1].isupper() or _uncased_letter(bare[:1]) else who.title
        who.title = who.title.rstrip(" :：") or who.title  # a heading's colon ("Minister:")
        # A letter's inside address opens with the word for "to" ("Al Ministro della
        # Giustizia", "To the Minister of X", "An den Bundesminister") or an article left of
        # it: no part of the office.
        rest = _TO_BEFORE_OFFICE.sub("", who.title, count=1)
        if rest != who.title and rest[:1].isupper() and len(rest.split()) >= 2:
            who.title = rest
        who.title = _without_instruction(who.title)
    if heading is not None and not CATEGORY_HEADING.search(heading):
        if who.title is None and not _is_org_line(heading) and who.name is not None:
            who.title = heading
        elif who.organisation is None and _is_org_line(heading) and who.name is not None:
            who.organisation = heading
        elif who.name is None:
            who.name = heading
    who.address = lines[head:]
    if who.name:
        who.name = _without_joined_courtesy(who.name)
    if who.title and who.organisation is None and who.name is not None:
        who.title, who.organisation = _office_then_body(who.title)
    if _place_before_postcode(who):
        # "Jardim Exemplo, Bairro Alto" / "12345 Cidade": the line read as the body for its
        # place between the office and the street is the street itself (no body's word, and
        # no other street before the postcode and place).
        who.address.insert(0, who.organisation or "")
        who.organisation = None
    if who.organisation and re.search("[,،]", who.organisation):
        # "Ministry of Defence, Omayyad Square": the office, then the first address line
        # (an Arabic comma parts them too).
        office, _, street = re.split("([,،])", who.organisation, maxsplit=1)
        if (
            ADDRESS_WORDS.search(street) or (len(street.split()) >= 2 and not _joins_parts(street))
        ) and not _body_line(street.strip()):
            # (Not "Department of X, Ministry of Y": a body, then the one it belongs to.)
            who.organisation = office.strip()
            who.address.insert(0, street.strip())
    _body_then_street(who)
    # "..., Baku AZ1000, Exampleland (fax: ..., e-mail: ...)" in a sentence: the contacts in
    # the bracket are read apart, its opening bracket is left at the country's end. (After
    # anything else, "..., 12345 City, write (", the open bracket says the address ended.)
    who.address = [_without_lone_opening(ln) for ln in who.address]
    who.address = _unwrapped_address(who.address)
    who.address = _before_a_section(who.address)
    who.address, beyond = _postal_end(who.address)
    numbers: list[str] = []
    while who.address and _number_field(who.address[-1]):
        # "Fax 030 1234 567" last: a field printed without its colon, no address line.
        numbers.insert(0, who.address.pop())
    if who.address:
        last = _country_line(who.address)
        found = split_country(who.address[last])
        if found:
            rest, who.country, who.country_code = found
            who.after_country = who.address[last + 1 :]
            who.address = who.address[:last] + ([rest] if rest else [])
    who.after_country += numbers + beyond
    if (
        who.organisation
        and who.title
        and re.sub(r"\W+", " ", who.organisation).casefold().split()
        == re.sub(r"\W+", " ", who.title).casefold().split()
    ):
        # (Accents kept: "Secretaria" is the office, "Secretaría" the ministry.)
        # The office printed twice (a heading "Office:" over the block, and the block's own
        # line): one office, no body.
        who.organisation = None
    if who.name is None:
        # An office or organisation written to as such: "Minister of Security", "Embassy of X";
        # "Chairperson / Human Rights Commission": the body, with its office kept.
        if who.title and who.organisation:
            who.name = who.organisation
        elif who.title:
            who.name, who.title = who.title, None
        elif who.organisation:
            # "Embassy of X": the body is both whom the letter names and the organisation.
            who.name = who.organisation
    return who


_TOKEN = re.compile(r"\S+")


def _body_wrapped_before_state(lines: list[str]) -> list[str]:
    """(Round 35c) A body's name that ends on its state's word ("Ministry of Justice of the
    Republic", "Генеральная прокуратура Республики") over a line that is a state's name alone,
    with the street or postcode only below that line: the body's name wrapped in a narrow
    column, one line ("... Republic / X / 5 Main Street / 1000 City / X": a country comes
    after the street, not before it)."""
    out = list(lines)
    for i in range(len(out) - 2):
        body, state, below = out[i], out[i + 1].strip(" ,."), out[i + 2]
        words = re.findall(r"[^\W\d_]+", body)
        if (
            words
            and words[-1].casefold() in STATE_WORDS
            and _is_org_line(body)
            and not re.search(r"[\d@:]", body)
            and (split_country(state) or ("?",))[0] == ""
            and (_a_street(below) or _postcode_place(below))
        ):
            out[i : i + 2] = [f"{body.rstrip()} {state}"]
            break
    return out


def _street_start(line: str) -> int | None:
    """Where a street begins inside `line` after a body's name printed before it on the same
    line, no comma between ("Fiscalía General Av. Reforma 211", "Министерство X ул. Y"): a
    street's abbreviation with its full stop (two letters or more: `streets.street_abbreviation`)
    or a street's word right before a number (`streets.street_first`). None when there is none
    after the line's second word."""
    tokens = list(_TOKEN.finditer(line))
    for index, m in enumerate(tokens):
        if index < 2:
            continue
        word = m.group(0)
        if fold(tokens[index - 1].group(0)) in _JOINING_WORDS:
            # "Government of St. Lucia", "Supreme Court of X": a body's part ending in a
            # joining word is never a whole body (mend 31D).
            continue
        rest = line[m.end() :].strip()
        if (
            (
                len(word) >= 3
                and street_abbreviation(word)
                # "Ferdinand X Jr.": an abbreviation with no name or number after it ends a name
                # (Jr., Al., Pl., Int.); "St. Lucia", no number near: a saint's place (mend 31D).
                and rest
                and not (
                    fold(word).rstrip(".") in _SAINT_ABBREVIATIONS and not re.search(r"\d", rest)
                )
            )
            or (word[:1].isupper() and street_first(line[m.start() :]))
        ):
            return m.start()
    return None


_JOINING_WORDS = frozenset("of de du der des del della di da do dos das van von".split())  # noqa: SIM905
_SAINT_ABBREVIATIONS = frozenset({"st", "ste", "sts"})


def _body_then_street(who: Identity) -> None:
    """The body's name and its street on one line (session 31, imp31b): "Ministerio X,
    Esquina Y, Avenida Z" or "Fiscalía X Av. Y 211" as the first address line with no body
    read, or "Министерство X ул. Y" read whole as the body. The body (a body's word of any
    language, `ORGANISATION_WORDS`; no number, no office, no "c/o") is the organisation, the
    rest the first address line. A person's block only: an embassy written to as such keeps
    its own line."""
    if who.name is None:
        return
    if who.organisation is not None:
        if re.search("[,،]", who.organisation):
            return
        cut = _street_start(who.organisation)
        if cut is None:
            return
        head, tail = who.organisation[:cut].strip(), who.organisation[cut:].strip()
        if _body_line(head) and len(head.split()) >= 2 and not ADDRESS_WORDS.search(head):
            who.organisation = head
            who.address.insert(0, tail)
        return
    if not who.address:
        return
    first = who.address[0]
    if re.match(r"\W*c/o\b", first, re.IGNORECASE):
        return
    head, comma, tail = first, "", ""
    if re.search("[,،]", first):
        head, comma, tail = re.split("([,،])", first, maxsplit=1)
    cut = _street_start(head)
    if cut is not None:
        head, tail = head[:cut], f"{head[cut:]}{comma}{tail}"
    elif not comma or not (ADDRESS_WORDS.search(tail) or re.search(r"\d", tail)):
        return
    head, tail = head.strip(), tail.strip(" ,،")
    if (
        tail
        and len(head.split()) >= 2
        and _body_line(head)
        and not _SEAT.search(head)
        and not ADDRESS_WORDS.search(head)  # "Edificio Ministerio X, Colonia Y": a building
        and fold(head) != fold(who.name)
    ):
        who.organisation = head
        who.address[0] = tail


# A block read as a postal address keeps the order its parts have in every country's post:
# who (name, office, body), then street, then postcode and place, then the country; contact
# lines anywhere. The two checks below mend the readers' results where they break it.

# A postcode beside its place, in the shapes postal services print (invented examples): digits
# first ("12345 Beispielstadt", "1234 AB Voorbeeld", "12345-678 Exemplo", "C.P. 12345 Ejemplo",
# "CH-1234 Exemple", "123 45 Exempelby", "12-345 Przykład"), or after the place ("Sampletown
# 1234", "Exampleton DC 12345"), or British and Canadian codes ("Exampleton AB1 2CD").
_POSTCODE_PLACE = re.compile(
    r"(?:^|[\s,])(?:(?:[A-Z]{1,2}-|C\.\s?P\.\s?)?(?:\d{4,6}|\d{3}\s\d{2}|\d{2}-\d{3})(?:-\d{3,4})?"
    r"(?:\s[A-Z]{2})?\s+[^\W\d_]{2,}"
    r"|[^\W\d_]{2,}\.?,?\s+(?:[A-Z]{2}\s)?\d{4,6}(?:-\d{4})?"
    r"|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\s*$"
    r"|^(?:[A-Z]{1,2}-|C\.\s?P\.\s?)?(?:\d{4,6}|\d{2}-\d{3})(?:-\d{3,4})?\s+[^\W\d_]{2,}"
)


def _postcode_place(line: str) -> bool:
    """The line of a postcode and its place (the country after them aside): no street's
    word beside the code, and no month before a year ("March 2024")."""
    found = split_country(line)
    text = found[0] if found is not None and found[0] else line
    part = re.split("[,،]", text)[-1].strip()
    match = _POSTCODE_PLACE.search(part)
    if match is None or ADDRESS_WORDS.search(re.sub(r"\d", "", part)):
        return False
    if any(w[:1].islower() for w in match.group(0).split() if not re.search(r"\d", w)):
        return False  # "bureau 204": a room's number, no place
    words = [fold(w.strip(".,")) for w in part.split() if not re.search(r"\d", w)]
    return not any(w in month_numbers() for w in words)


# Marks no place name has: a label's colon, a list's or footer's separators, brackets, quotes.
_NOT_A_PLACE = re.compile(r"[:：;·|•()\[\]\"«»“”„!?]")


def _place_after_postcode(line: str) -> bool:
    """A line an address may print after its postcode and place: the country, or a region or
    district ("Haut-Exemple", "Upper Valley"): a few capitalised words, no number, no label, no
    sentence, no letter's closing. (Round 34d: never a line with a label, an e-mail or a
    handle, or a list's separators, though it names a country: "Porto: Briefe nach X ...",
    "Twitter @name", "Telegrams: Minister, City, Country".)"""
    if _listed_or_labelled(line):
        return _listed_places(line)
    if split_country(line) is not None or country_in(line) is not None:
        return True
    words = line.split()
    if not words or len(words) > 4 or re.search(r"\d", line) or _NOT_A_PLACE.search(line):
        return False
    if LETTER_CLOSING.match(line) or SIGN_OFF.match(line) or line.endswith("."):
        return False
    cased = [w for w in words if w[:1].lower() != w[:1].upper()]
    if not cased:
        return len(words) <= 3  # a script without capitals: a short line
    return all(w[:1].isupper() or len(w) <= 3 or w in _PREPOSITIONS for w in cased)


def _street_like(line: str) -> bool:
    """A street's line: a number, a few words, no label or separator, no phone number."""
    digits = sum(ch.isdigit() for ch in line)
    return (
        0 < digits < 7
        and len(line.split()) <= 6
        and "@" not in line
        and not _NOT_A_PLACE.search(line)
    )


# A district's or ward's word in a comma part ("Dongcheng Qu", "Quận Chín", "Minato-ku").
_DISTRICTS = sorted({w for ws in rows.DISTRICT_WORDS.values() for w in ws}, key=len, reverse=True)
_DISTRICT_WORD = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in _DISTRICTS if w[0] != "-") + r")(?!\w)"
    r"|\w(?:" + "|".join(re.escape(w) for w in _DISTRICTS if w[0] == "-") + r")\b"
    r"|(?-i:[a-z]qu)\b",  # pinyin written as one word: "Xichengqu"
    re.IGNORECASE,
)


# The nouns of bodies, folded ("Union", "Asociación"), for `_place_before_postcode`.
_BODY_NOUNS = frozenset(fold(w) for w in {*ORGANISATION_NOUNS, *BODY_WORDS})

# A list's or footer's separators, quotes, a bracket around a word in lower case or a
# number (a heading's "(draft)", "(aged 30)"; a region in brackets is a capitalised name),
# a label's colon.
_SEPARATOR_OR_ASIDE = re.compile(
    r"[·|•\"«»“”„]|\([^()]*(?:(?<!\w)[a-z]|\d)[^()]*\)|^[^\W\d_][^:：]{0,30}[:：]\s"
)


# The same without the bracket's aside (a region's line may have one).
_SEPARATOR_OR_LABEL = re.compile(r"[·|•\"«»“”„]|^[^\W\d_][^:：]{0,30}[:：]\s")


def _listed_or_labelled(line: str) -> bool:
    """A label's colon, an e-mail or a handle, a list's or footer's separators, quotes: marks
    no place, region or country line has (round 34d)."""
    return "@" in line or _SEPARATOR_OR_LABEL.search(line) is not None


def _listed_places(line: str) -> bool:
    """Mend 34d: a line of places or countries joined by a list's separators, or in quotes
    ("Country · Land", "Region | Country", "«Estados Ejemplares»"): each part a place or
    country line (no label, e-mail or handle, number, abbreviation's dot) is still one. A
    footer ("AU 1/25 · Country") or a labelled line ("Telegrams: ..., Country") is not."""
    parts = re.split(r"\s*[·|•]\s*", line.strip().strip('"«»“”„ '))
    return all(
        part and not _listed_or_labelled(part) and _place_after_postcode(part) for part in parts
    )


# A sentence's final stop: Latin, CJK, Urdu, Devanagari.
_SENTENCE_END = re.compile(r"[.。۔।]\s*$")
# A label's colon at a line's start ("Word: ...", "Fax : ...").
_LINE_LABEL = re.compile(r"([^\W\d_][^:：]{0,30}?)\s*[:：]\s")


def _plainly_no_address(line: str) -> bool:
    """Round 34d: a line no address has, in any script: an e-mail or a handle, a phone or fax
    number in its international form ("+92 ..."; an address's own numbers may run to seven
    digits and more, "〒100-0001 ...1-2-3"), a contact's label (fax, phone, e-mail, web, a
    greeting's: `FIELD_LABEL`) or any label over a quoted text ('Opening: "Dear ..."'), or a
    sentence (`_a_sentence`). A line of parts joined by a list's separators is judged by its
    first part: "City 1234 · name@example.org" holds the place. (Mend 34d: a postal label is
    an address's own line, "P.O. Box: 123", "Attention: Mr. X", "Place: C.P. 01234", and a
    full stop alone makes no sentence, "Villa de la Muestra.", "Block C, Room 12, Gate 4.")"""
    stripped = re.split(r"\s[·|•]\s", line.strip(), maxsplit=1)[0].strip()
    if not stripped:
        return False
    if "@" in stripped or (
        re.search(r"\+\s?\d", stripped) and sum(ch.isdigit() for ch in stripped) >= 7
    ):
        return True
    if FIELD_LABEL.match(stripped) is not None or SHORT_LABEL.match(stripped) is not None:
        return True
    label = _LINE_LABEL.match(stripped)
    if label is not None and re.match(r"[\"“«„'‘]", stripped[label.end() :]):
        return True
    return _SENTENCE_END.search(stripped) is not None and _a_sentence(stripped)


def _a_sentence(line: str) -> bool:
    """Mend 34d: a line ending in a sentence's stop that is a sentence, not an address's line
    with a stop at its end. Words in a script with capitals: three or more in lower case,
    more than the capitalised ones ("Please send your letters before the date."; not "Villa de
    la Muestra.", "Plot 7, Sample Avenue, next to the Post Office."), no abbreviation's dot at
    the end. In a script without capitals: five words or more with no comma between parts,
    or eight or more ("... أعلاه."; not "طريق النموذج، مبنى رقم 3، الطابق الثاني."). Without
    spaces (Chinese, Japanese): a second sentence inside, or kana before the stop ("...くださ
    い。"; not "見本省。"). A number in the line (an address's own) asks for twelve words."""
    body = line.rstrip()[:-1].rstrip()
    words = body.split()
    if re.search(r"[\u3040-\u30ff\u3400-\u9fff]", body):
        # Chinese or Japanese, written without spaces (a Latin word may stand inside).
        return (
            re.search(r"[。！？]", body) is not None
            or re.search(r"[\u3040-\u309f]$", body) is not None
        )
    if len(words) <= 1:
        return False  # one word: "Villeneuve.", "نمونہ آباد۔"
    if re.search(r"\d", body) and len(words) < 12:
        return False
    if len(words) >= 12:
        return True
    cased = [w for w in words if w[:1].lower() != w[:1].upper()]
    if cased:
        if line.rstrip()[-1] == "." and _ABBREVIATION_END.search(line.rstrip()):
            return False
        lower = sum(1 for w in cased if w[:1].islower())
        return lower >= 3 and lower > len(cased) - lower
    return len(words) >= 8 or (len(words) >= 5 and not re.search("[,،、]", body))


def _not_an_address_line(line: str) -> bool:
    """Positive evidence that a line is no part of an address: running text (a question, or
    three words or more in lower case, as recipients._running_text reads it, or four in a
    script without capitals), a sentence's final full stop, a letter's closing or sign-off,
    a phone number or an e-mail address, a label, quotes, a list's or footer's separators,
    a bracket left open."""
    words = line.split()
    lower = [w for w in words if w[:1].isalpha() and w[:1].islower()]
    caseless = [w for w in words if w[:1].isalpha() and w[:1].lower() == w[:1].upper()]
    return (
        "?" in line
        or len(lower) >= 3
        or len(caseless) >= 4  # a sentence in a script without capitals
        or sum(ch.isdigit() for ch in line) >= 7  # a phone or fax number
        or "@" in line
        or line.count("(") != line.count(")")
        or (line.rstrip().endswith(".") and not re.search(r"\b[A-Z]\.$|\d\.$", line.rstrip()))
        or LETTER_CLOSING.match(line) is not None
        or SIGN_OFF.match(line) is not None
        or _SEPARATOR_OR_ASIDE.search(line) is not None
    )


def _is_country_line(line: str) -> bool:
    """A line that is, or ends with, a country's name (not a sentence that names one)."""
    return split_country(line) is not None


def _before_a_section(address: list[str]) -> list[str]:
    """Round 30d: the address up to a section's heading that follows the block ("Background",
    "More information" in the page's language, `phrases.HARD_END`, alone or opening its
    paragraph): the heading and what follows it are the page's next section, no address."""
    for i, line in enumerate(address[1:], start=1):
        if HARD_END.search(line.strip()):
            return address[:i]
    return address


def _postal_end(address: list[str]) -> tuple[list[str], list[str]]:
    """The address up to its end, and the lines printed after it. A postal address ends with
    its postcode and place, then at most a region and the country; a line after them that
    shows it is none of these (a sentence, a heading's aside, a page's footer, a sign-off)
    and every line after it belong to what follows the block, not to the address. Nothing is
    cut before the last line that is a country: a region, a contact line or a place's second
    form may stand between the place and the country. After the last country, any line that
    is no region or country ends the address (a footer: "Amnesty International – Section X")."""
    end = next((i for i, line in enumerate(address) if _postcode_place(line)), None)
    countries = [i for i, line in enumerate(address) if _is_country_line(line)]
    # Round 34d: after the address's country, a line that ends with a country's name but
    # carries a label, an e-mail or handle, or a list's separators is no country line of the
    # address: a telegram's address under the postal one ("Telegrams: Minister, City,
    # Country"), a page's running footer ("UA 12/34 · Country").
    # (Mend 34d: a line whose parts are each a place or country stays: "Land · Country".)
    countries = [
        i
        for i in countries
        if i == countries[0] or not _listed_or_labelled(address[i]) or _listed_places(address[i])
    ]
    last_country = max(countries, default=-1)
    if end is None:
        if last_country < 0:
            # No postcode and no country (a place's name alone, a script whose postcodes
            # the pattern does not know): the address ends only at a line that plainly is
            # none of it (round 34d).
            cut = next((i for i in range(1, len(address)) if _plainly_no_address(address[i])), None)
            if cut is None:
                return address, []
            beyond = [ln for ln in address[cut:] if _after_a_country(ln, labels=False)]
            return address[:cut], beyond
        if last_country == 0:
            return address, []
        # No postcode (an address of a street, a place and the country): the country's
        # line is the end (an address that begins with its country is not read so).
        end = last_country
    for i in range(max(end, last_country) + 1, len(address)):
        if _place_after_postcode(address[i]) or _postcode_place(address[i]):
            continue
        if last_country < 0 and not _ends_the_address(address[i]):
            continue
        if any(_street_like(line) for line in address[i:]):
            # A postcode and place, then the street (as Hungary, Russia, Korea write it).
            return address, []
        return address[:i], [ln for ln in address[i:] if _after_a_country(ln, labels=False)]
    return address, []


# A short word's dot at a line's end: an abbreviation ("woj. maz.", "Примерная обл."), no
# sentence's end.
_ABBREVIATION_END = re.compile(r"(?<!\w)\w{1,4}\.$")


def _ends_the_address(line: str) -> bool:
    """Positive evidence that a line after the postcode and place (no country after it) is no
    part of the address. A short line without digits may be a region in any form ("woj.
    maz.", "Goma (province du Nord-Exemple)", "quận Hoàn Kiếm, thành phố Hà Nội", a region's
    line in Arabic): words without capitals, a few in lower case among capitalised ones, a
    bracket with a capitalised name, an abbreviation's dot count for nothing there."""
    if re.search(r"\d", line) or len(line.split()) > 8:
        return _not_an_address_line(line)
    stripped = line.rstrip()
    words = line.split()
    lower = sum(1 for w in words if w[:1].isalpha() and w[:1].islower())
    upper = sum(1 for w in words if w[:1].isupper())
    asides = re.findall(r"\(([^()]*)\)", line)
    return (
        "?" in line
        # Running text: three words in lower case or more, and more of them than capitalised
        # ("quận Hoàn Kiếm, thành phố Hà Nội" is a region's line).
        or (lower >= 3 and lower > upper)
        # A bracket with no capitalised word ("(in Spanish)"; not "(province du Nord-X)").
        or any(not any(w[:1].isupper() for w in aside.split()) for aside in asides)
        or "@" in line
        or line.count("(") != line.count(")")
        or (stripped.endswith(".") and not _ABBREVIATION_END.search(stripped))
        or LETTER_CLOSING.match(line) is not None
        or SIGN_OFF.match(line) is not None
        or _SEPARATOR_OR_LABEL.search(line) is not None
    )


def _place_before_postcode(who: Identity) -> bool:
    """The order of a postal address: street, then postcode and place. An organisation
    without a body's word, of two parts parted by a comma (a building and its district),
    with an office named, right above lines that hold no street before the postcode and
    place, is the street (the first line of the address). Its first part must not be a body
    itself: three capitalised words or more ("Exampleton State Judiciary, Mill Sq"), or a
    body's word."""
    if who.organisation is None or who.title is None or ORGANISATION_WORDS.search(who.organisation):
        return False
    if re.search(r"\d", who.organisation) or not re.search("[,،]", who.organisation):
        # (A body's name of one part, "Ministerio Ejemplar" over "28001 Madrid", stays the
        # body: its word may be one no table knows.)
        return False
    parts = re.split("[,،]", who.organisation)
    first = parts[0].split()
    district = any(_DISTRICT_WORD.search(part) for part in parts)
    if (sum(w[:1].isupper() for w in first) >= 3 and not district) or any(
        fold(w.strip(".,")) in _BODY_NOUNS for w in first
    ):
        return False
    if not (district or any(ADDRESS_WORDS.search(part) for part in parts)):
        # Only on positive evidence: a street's word ("Padre Faura Street, Ermita") or a
        # district's word ("Dong Chang An Jie, Dongcheng Qu"); "Exampleton Governorate,
        # Hilltop" stays the body.
        return False
    end = next((i for i, line in enumerate(who.address) if _postcode_place(line)), None)
    return end is not None and not any(ADDRESS_WORDS.search(line) for line in who.address[:end])


def _country_line(address: list[str]) -> int:
    """Where the country is printed in a block's address lines: the last line, or an earlier
    one followed only by a line or two that no address has after its country (a postal
    address ends with the country): a contact line ("Fax 030 1234 5678", "X: @name"), a label
    or heading of a word or two with no number and no street word ("Correu", "Model letter")."""
    last = len(address) - 1
    for i in range(last - 1, max(last - 3, -1), -1):
        if split_country(address[i]) is None:
            continue
        if all(_after_a_country(line, labels=i > 0) for line in address[i + 1 :]):
            return i
        break
    return last


# Pieces of an address line that a narrow column wrapped: a number word waiting for its
# number ("Carrera 17 No." / "38-14"), a postcode alone before its city ("41007" / "Sevilla"),
# a district's initials alone after the city ("Bogotá" / "D.C."), a number cut at its hyphen.
# A line that ends with a dash parted from its word by a space: the line goes on below.
_WRAPPED_END = re.compile(r"\s[–—-]$")
_AWAITS_NUMBER = re.compile(r"(?:^|\s)(?:(?:No|Nº|N°|Nr|Núm|Num)\.?|n\.)$", re.IGNORECASE)
_POSTCODE_ALONE = re.compile(r"(?:[A-Z]{1,2}-)?\d{4,6}(?:-\d{3})?")
# (Initials with their dots only: "UK" or "US" alone on a line is a country.)
_INITIALS_ALONE = re.compile(r"(?:[A-Z]\.){1,3}")


# A part of a building alone on its line with its number ("Suite 12", "Piso 3", "Этаж 2").
_UNIT_LINE = re.compile(
    r"(?:"
    + "|".join(re.escape(w) for ws in rows.UNIT_WORDS.values() for w in ws)
    + r")\.?\s*(?:(?:No|Nº|N°|Nr)\.?\s*)?\d{1,5}[A-Za-z]?",
    re.IGNORECASE,
)
# A region's initials and a postcode, or a postcode, alone after the place ("Springfield" /
# "XY 12345"): the place's line, wrapped.
_REGION_POSTCODE = re.compile(r"(?:[A-Z]{2}\s)?\d{4,6}(?:-\d{3,4})?")


# A house number alone on its line ("66", "12a", "No: 22", "№ 5"), printed under its street
# (a narrow column, or a form with a field per part): the street's line goes on (round 28f).
# (Not a comma part that names its number's kind, "ул. X, д. 7": round 26a keeps it apart.)
_HOUSE_NUMBER_ALONE = re.compile(
    r"(?:(?:No|Nº|N°|Nr|Núm|№)\.?:?\s?)?\d{1,3}[^\W\d_]?"
    r"|(?:No|Nº|N°|Nr|Núm|№)\.?:?\s?\d{4}",
    re.IGNORECASE,
)


# A street's line in a language whose word the address tables lack: a street's word or its
# shortened form of the tables (`STREET_ABBREVIATIONS`) as a word of its own, or a word that
# ends in a street's word ("Hauptstraße", "Storgatan", "Mannerheimintie") (session 28 mend).
_STREET_MORE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        sorted(
            {
                re.escape(w.rstrip("."))
                for ws in rows.STREET_ABBREVIATIONS.values()
                for w in ws
                if len(w.rstrip(".")) >= 2
            }
            | {
                "via",
                "vía",
                "corso",
                "largo",
                "jalan",
                "jln",
                "ulica",
                "utca",
                "drive",
                "way",
                "close",
                "crescent",
                "terrace",
                "gade",
                "gata",
                "vej",
                "laan",
                "gracht",
                "sokak",
                "caddesi",
                "cadde",
                "ulitsa",
                "пр",
                "просп",
                "пр-т",
                "ul",
                "prospekt",
                "pereulok",
                "shosse",
                "naberezhnaya",
                "ploshchad",
                "vulytsia",
                "vul",
                "kocha",
                "kuchasi",
                "bulevar",
                "bulevardul",
                "strada",
                "avinguda",
                "carrer",
            },
            key=len,
            reverse=True,
        )
    )
    + r")(?:\.|(?!\w))"
    r"|\w(?:straße|strasse|straat|gatan|gata|gade|vej|vägen|veien|katu|tie|weg|gasse|gracht)\b",
    re.IGNORECASE,
)


def _a_street(line: str) -> bool:
    """A line that is a street's (without its number): a street's word of the tables, and no
    postcode and place."""
    return bool(
        (ADDRESS_WORDS.search(line) or _STREET_MORE.search(line)) and not _postcode_place(line)
    )


def _unwrapped_address(lines: list[str]) -> list[str]:
    out: list[str] = []
    for index, line in enumerate(lines):
        if (
            out
            and _HOUSE_NUMBER_ALONE.fullmatch(line.strip(" ,"))
            and not re.search(r"\d", out[-1])
            and re.search(r"[^\W\d_]{2}", out[-1])
            and not _a_country(out[-1])
            # (Only a street's line takes the number: "Capital City" / "2" stay two lines.
            # Session 29, imp29f: or a line with no street's word the tables know whose
            # number has the postcode and place under it, "Большая Садовая" / "15" /
            # "123456 Москва": the street named without its word.)
            and (
                _a_street(out[-1])
                or (
                    index + 1 < len(lines)
                    and (
                        _postcode_place(lines[index + 1])
                        or _POSTCODE_PLACE.search(lines[index + 1]) is not None
                    )
                    and not ORGANISATION_WORDS.search(out[-1])
                    and not _postcode_place(out[-1])
                )
            )
        ):
            out[-1] = f"{out[-1].rstrip(' ,')} {line.strip(' ,')}"  # "ул. Примерная" / "66"
        elif out and re.search(r"\d-$", out[-1]) and line[:1].isdigit():
            out[-1] = f"{out[-1]}{line}"  # "Calle 42B No. 52-" / "106, Centro": one number
        elif out and _WRAPPED_END.search(out[-1]) and not _a_country(line):
            # "Rua X, 2531 –" / "Bairro": a line that ends with a dash between two parts
            # goes on below (a narrow column wrapped it).
            out[-1] = f"{out[-1]} {line.strip()}"
        elif (
            out
            and _UNIT_LINE.fullmatch(line.strip(" ,"))
            and not _a_country(out[-1])
            and not _postcode_place(out[-1])
        ):
            out[-1] = f"{out[-1].rstrip(' ,')}, {line.strip(' ,')}"  # the street, then its suite
        elif (
            out
            and _REGION_POSTCODE.fullmatch(line.strip())
            and not PO_BOX.match(line.strip())
            and not ADDRESS_WORDS.search(out[-1])
            and re.search(r"[^\W\d_]{2,}", out[-1])
            and not re.search(r"\d", out[-1])
            and not _a_country(out[-1])
        ):
            out[-1] = f"{out[-1].rstrip(' ,')} {line.strip()}"  # the place, then its postcode
        elif (
            (
                out
                # (Never a country's line: "28010" / "Spain", "London" / "UK" stay two lines.)
                and not _a_country(line)
                and not _a_country(out[-1])
            )
            and (
                (_AWAITS_NUMBER.search(out[-1]) and line[:1].isdigit())
                or (_POSTCODE_ALONE.fullmatch(out[-1]) and not re.search(r"\d", line))
                or (_INITIALS_ALONE.fullmatch(line) and not re.search(r"\d", out[-1]))
            )
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _a_country(line: str) -> bool:
    return split_country(line) is not None or country_in(line) is not None


def _number_field(line: str) -> bool:
    found = NUMBER_FIELD_NO_COLON.match(line.strip())
    return found is not None and sum(ch.isdigit() for ch in found.group(2)) >= 7


def _after_a_country(line: str, labels: bool = True) -> bool:
    """A line no address prints after its country: a contact, or (with `labels`; not when the
    country is the address's first line, as addresses that begin with the country print it:
    "Country" / "City" / "District") a short label or heading."""
    if split_country(line) is not None or country_in(line):
        return False
    digits = sum(ch.isdigit() for ch in line)
    if "@" in line or digits >= 7:
        return True  # a contact: an e-mail, a handle, a phone or fax number
    return labels and digits == 0 and not ADDRESS_WORDS.search(line) and len(line.split()) <= 3


# The parts of a publisher's contact strip: "Org · Street 8 · 10115 City · T: ... · E: ...".
_STRIP_PARTS = re.compile(r"\s+[·|•–—]\s+|\s*[·|•–—]\s*$")
_STRIP_PHONE = re.compile(r"\+?\(?\d[\d\s().\-/]{6,}\d")


def _reach_part(part: str) -> bool:
    """A phone, a fax, an e-mail or a web address, labelled or not."""
    return (
        bool(
            EMAIL.search(part) or re.search(r"\bwww\.|https?://", part) or _STRIP_PHONE.search(part)
        )
        and len(part.split()) <= 5
    )


def _place_part(part: str) -> bool:
    """A street or a postcode among a strip's parts, not a date or a reference number."""
    months = month_numbers()
    return (
        re.search(r"\d", part) is not None
        and not _STRIP_PHONE.fullmatch(part)
        and not re.search(r"\d\s*/\s*\d", part)
        and not any(fold(w.strip(".,")) in months for w in part.split())
    )


_RECIPIENT_RUN_WORDS: frozenset[str] | None = None


def _recipient_run_words() -> frozenset[str]:
    """The words that send or copy a letter, of every language (phrases.SEND_VERBS, the
    dative and Polish rows, the copy words), folded: a line that holds one is a recipient's."""
    global _RECIPIENT_RUN_WORDS
    if _RECIPIENT_RUN_WORDS is None:
        from appeal_tui.core.importer.phrases import COPY_WORDS_MORE, SEND_VERBS

        tables = (SEND_VERBS, rows.SEND_VERBS_DATIVE, rows.SEND_VERBS_MORE, COPY_WORDS_MORE)
        _RECIPIENT_RUN_WORDS = frozenset(
            w.casefold() for table in tables for ws in table.values() for w in ws if " " not in w
        )
    return _RECIPIENT_RUN_WORDS


def _recipient_run(parts: list[str]) -> bool:
    """Parts of a recipient's run, not of a publisher's strip: a part that sends or copies
    ("Write to the Minister X", "Pišite ministru X", "a kopiju pošaljite ..."), a labelled
    salutation ("Salutation: Dear Minister") or a part that opens with an office."""
    from appeal_tui.core.importer.phrases import _LABEL_NAMES, FIELD_LABEL

    words = _recipient_run_words()
    for part in parts:
        label = FIELD_LABEL.match(part)
        if label and _LABEL_NAMES.get(label.group(1).replace("’", "'").casefold()) == "salutation":
            return True
        # (A part of words alone: "Direct line +44 ..." or "Email: ..." is a strip's field.)
        if (
            label is None
            and not re.search(r"[\d@]", part)
            and any(w.casefold() in words for w in re.findall(r"[^\W\d_]+", part)[:3])
        ):
            return True
        if TITLE_START.match(part) or HONORIFIC_START.match(part):
            return True
    return False


_HEAD_WORDS: frozenset[str] | None = None


def heading_as_title(title: str | None) -> bool:
    """A block's heading read as its title ("KOPIJE POŠLJITE", "Primary", "לכבוד" above the
    name): every word of it sends or copies a letter (`_recipient_run_words`), names a
    recipient's role or opens a letter (`rows.BLOCK_HEAD_WORDS`), in any language."""
    global _HEAD_WORDS
    if _HEAD_WORDS is None:
        _HEAD_WORDS = _recipient_run_words() | frozenset(
            w.casefold() for ws in rows.BLOCK_HEAD_WORDS.values() for w in ws
        )
    # (Split at spaces: a word of Burmese or Tamil holds marks that are not word letters.)
    words = [w for w in (t.strip(":：,.;*()[]-–") for t in (title or "").split()) if w]
    return bool(words) and len(words) <= 4 and all(w.casefold() in _HEAD_WORDS for w in words)


def contact_strip(text: str) -> bool:
    """A publisher's own contacts printed as one line, the page's footer or letterhead: parts
    parted by middle dots, bars or dashes, with a phone number, an e-mail or a web address and
    a street or postcode ("Org – 76, rue X, 75940 City – Tél. ... – info@..."), or three or
    more parted by middle dots or bars with a street and a postcode ("Org · Street 8 · 10115
    City"). Never a recipient's line: a list item, a line that opens with an office, a
    courtesy word or a label, a line with an address label."""
    parts = [p.strip() for p in _STRIP_PARTS.split(text) if p and p.strip()]
    if len(parts) < 3 or re.match(r"^(?:\d{1,2}[.)]|[•*\-–·▪►])\s", text):
        return False
    if TITLE_START.match(text) or HONORIFIC_START.match(text) or _recipient_run(parts):
        return False
    reach_parts = [p for p in parts if _reach_part(p)]
    if len(parts) >= 3 and len(reach_parts) == len(parts) and any(EMAIL.search(p) for p in parts):
        return True  # "Tel.: ... • Fax: ... • org@...": the strip's line of contacts
    if re.match(r"[^\s:]{1,12}\s?:", text) or any(ADDRESS_LABEL.match(p) for p in parts):
        return False  # "To: Minister X | Address: ... | Email: ...": a recipient's labelled row
    reach = sum(
        1
        for p in parts
        if EMAIL.search(p) or re.search(r"\bwww\.|https?://", p) or _STRIP_PHONE.search(p)
    )
    if re.search(r"\d", parts[0]) or ADDRESS_WORDS.search(parts[0]):
        return False  # a footer opens with the publisher's name, not with its street or box
    place = sum(1 for p in parts if _place_part(p))
    if len(parts) >= 4 and reach >= 1 and place + reach >= 2:
        return True
    return place >= 2 and re.search(r"\s[·|•]\s", text) is not None


def strip_names(text: str) -> list[str]:
    """The names a contact strip opens with ("OMCT – Organización X · 8 rue ... · Tel."): the
    parts before its first address, number or link."""
    names: list[str] = []
    for part in (p.strip() for p in _STRIP_PARTS.split(text) if p and p.strip()):
        if re.search(r"\d|@|www\.|://", part) or ADDRESS_WORDS.search(part):
            break
        names.append(part)
    return names
