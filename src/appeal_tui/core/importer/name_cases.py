"""Names in an oblique grammatical case back to the nominative, from the case-ending rows of
`language_rows.NAME_CASE_ENDINGS` (East Slavic: "Москальковой Татьяне Николаевне" ->
"Татьяна Николаевна Примерова"). A name is changed only when every word is Cyrillic and
capitalised and its gender is known; the nominative matches no row and stays as it is."""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, lru_cache

from appeal_tui.core.importer.dates import fold
from appeal_tui.core.importer.language_rows import (
    DATIVE_COURTESY,
    LAST_WORD_CASES,
    MASCULINE_A_NOUNS,
    MOBILE_E_LETTERS,
    NAME_CASE_ENDINGS,
    NAME_CASES_LATIN,
)

_WORD = re.compile(r"[А-ЯЁЇІЄҐ][а-яёїієґ'’-]+")
# (Mend30a) The document's text while it is read (`build.import_document`): a woman's given
# name after a feminine office is read back by a short ending only when the text prints that
# nominative too (`_feminine_office_name`).
PRINTED_TEXT: ContextVar[str] = ContextVar("PRINTED_TEXT", default="")
# A patronymic in the nominative: the whole name is.
_NOMINATIVE_PATRONYMIC = re.compile(r"(?:ич|вна|чна)$")


def _match(word: str, rows: list[tuple[str, str, str]], gender: str | None) -> str | None:
    """The nominative of `word` by the longest row of `gender` (any gender when None)."""
    best: tuple[str, str, str] | None = None
    for oblique, nominative, row_gender in rows:
        if gender not in (None, row_gender) or not word.endswith(oblique):
            continue
        if len(word) - len(oblique) < 2:
            continue
        if best is None or len(oblique) > len(best[0]):
            best = (oblique, nominative, row_gender)
    return None if best is None else word[: len(word) - len(best[0])] + best[1]


def _gender_of(words: list[str], table: dict[str, list[tuple[str, str, str]]]) -> str | None:
    for part in ("patronymic", "surname"):
        for word in words:
            genders = {g for o, _, g in table[part] if word.endswith(o) and len(word) - len(o) >= 2}
            if part == "patronymic" and len(genders) == 1:
                return genders.pop()
            if part == "surname" and genders == {"f"}:
                return "f"
    surnames = {o for o, _, _ in table["surname"]}
    a_ends = tuple(o for o, _, _ in table.get("masculine_a", []))
    if a_ends:
        # (Mend26a: a man's dative "Олександру" beside a word in "-і" that is a man's of the
        # "-а" declension as well as a woman's, "Сірі", "Бандері": a man. A woman's accusative
        # "Олександру" would stand beside "Сіру".)
        told = [
            (w, _given_genders(w, table["given"])) for w in words if not w.endswith(tuple(surnames))
        ]
        # (Mend26d: the man's word first, as a given name is, and the "-і" word one of the
        # "-а" declension: "Олені Іонеску" is a woman, "Іонеску" a surname that does not
        # decline.)
        first_m = next((i for i, (_, g) in enumerate(told) if g == {"m"}), None)
        if (
            first_m is not None
            and all(
                w.endswith(a_ends) and _masculine_a_word(w) and i > first_m
                for i, (w, g) in enumerate(told)
                if g == {"f"}
            )
            and any(g == {"f"} for _, g in told)
        ):
            return "m"
    for word in words:
        if word.endswith(tuple(surnames)):
            continue  # "Иванову": a surname's ending says no gender alone
        # The longest ending decides ("Наталью": "-ью", a woman's; "Игорю": "-ю", a man's).
        # (A woman's accusative too, Ukrainian "Олену": "-у" then tells no gender.)
        given = table["given"] + table.get("accusative", [])
        rows = [r for r in given if word.endswith(r[0]) and len(word) - len(r[0]) >= 2]
        longest = max((len(o) for o, _, _ in rows), default=0)
        genders = {g for o, _, g in rows if len(o) == longest}
        if len(genders) == 1:
            return genders.pop()
    return None


# (Mend26d: a man's "-а" declension read back from "-і" only after a consonant that the
# dative keeps: not after a vowel, "Мацуі", nor "ц", "з", "с", which may be "к", "г", "х"
# changed ("Луці" is "Лука") or a surname that does not decline ("Россі").)
_A_STEM_LETTERS = frozenset("бвгґджклмнпртфхчшщ")


def _masculine_a_word(word: str) -> bool:
    return len(word) >= 4 and word.endswith("і") and word[-2] in _A_STEM_LETTERS


def _given_genders(word: str, rows: list[tuple[str, str, str]]) -> set[str]:
    """The genders the longest of `rows` that `word` ends in gives it."""
    found = [r for r in rows if word.endswith(r[0]) and len(word) - len(r[0]) >= 2]
    longest = max((len(o) for o, _, _ in found), default=0)
    return {g for o, _, g in found if len(o) == longest}


def nominative(name: str, language: str = "") -> str:
    """`name` in the nominative, given name first, when its words are an East Slavic name in
    an oblique case of a known gender; else `name` unchanged."""
    words = _name_words(name)
    if words is None:
        return name
    for table in _tables(words, language):
        gender = _gender_of(words, table)
        if gender is not None:
            out = _convert(words, table, gender)
            if out is not None:
                return out
    return name


def nominatives(name: str) -> list[str]:
    """Every nominative `name` may be: one when its gender is known, else itself and one per
    gender ("Веру Соколову": "Вера Соколова", or a man's dative as "Петру Соколову" is;
    "Тимура Примерова": itself, or a man's genitive). A text that names the person otherwise
    too tells which ("Вере Соколовой", "Тимур Примеров")."""
    return list(_nominatives(name))


# (Session 27: asked per mention of a name, several times each, in `people.find_people`; the
# answer depends on the name and the rows alone.)
@lru_cache(maxsize=1 << 12)
def _nominatives(name: str) -> tuple[str, ...]:
    words = _name_words(name)
    if words is None:
        return (name,)
    one = nominative(name)
    if one != name:
        return (one,)
    found = [name]
    for table in _tables(words):
        for gender in ("f", "m"):
            out = _convert(words, table, gender, unsure=True, accusative=True)
            if out is not None and out not in found:
                found.append(out)
    return tuple(found)


def _tables(words: list[str], language: str = "") -> list[dict[str, list[tuple[str, str, str]]]]:
    """The rows to read `words` by: a name with a letter Russian has not ("і", "ї", "є", "ґ")
    by the Ukrainian rows only (session 26a: the Russian "-ю" made "Андрію" "Андріь"); any
    other by the Russian rows (the Ukrainian first in a Ukrainian text: "Олегу Вигаданому")."""
    # (Mend26a: in capitals too, "Ігорю"; and a letter Ukrainian has not, "ы", "э", "ъ",
    # "ё", by the Russian rows only, in a Ukrainian text as well.)
    if any(c in w.lower() for w in words for c in "іїєґ"):
        return [NAME_CASE_ENDINGS["uk"]]
    if any(c in w.lower() for w in words for c in "ыэъё"):
        return [NAME_CASE_ENDINGS["ru"]]
    if language == "uk":
        # (A text known to be Ukrainian: "Олегу Вигаданому" is "Олег Вигаданий".)
        return [NAME_CASE_ENDINGS["uk"], NAME_CASE_ENDINGS["ru"]]
    return [NAME_CASE_ENDINGS["ru"]]


def _name_words(name: str) -> list[str] | None:
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(_WORD.fullmatch(w) for w in words):
        return None
    if any(_NOMINATIVE_PATRONYMIC.search(w) for w in words):
        return None
    return words


def _convert(
    words: list[str],
    table: dict[str, list[tuple[str, str, str]]],
    gender: str,
    *,
    unsure: bool = False,
    accusative: bool = False,
) -> str | None:
    """`words` by the rows of `gender`; `unsure`: also by the rows that need a patronymic
    (a candidate for the text to confirm, never a reading on its own); `accusative`: also by
    a table's rows of a woman's accusative (Ukrainian "Олену Кузьміну", a candidate too)."""
    accusative_rows = table.get("accusative", []) if accusative else []
    patronymic = next(
        (i for i, w in enumerate(words) if _match(w, table["patronymic"], gender)), None
    )
    wide = unsure or patronymic is not None
    # Without a patronymic, a masculine genitive in "-ова" is a feminine nominative too.
    surname_rows = [
        r for r in table["surname"] + accusative_rows
        if wide or not (r[2] == "m" and r[0].endswith("а"))
    ]  # fmt: skip
    out: list[str] = []
    given_read = False
    for i, word in enumerate(words):
        if i == patronymic:
            out.append(_match(word, table["patronymic"], gender) or word)
            continue
        as_surname = _match(word, surname_rows, gender)
        if as_surname is not None and (patronymic is None or i in (0, len(words) - 1)):
            out.append(as_surname)
            continue
        given = table["given"] + accusative_rows
        if wide:
            given = given + table.get("given_with_patronymic", [])
        # (Mend26d: by the Ukrainian rows, a word after a given name read so is not cut by
        # a one-letter row: "Дмитру Ротару" is "Дмитро Ротару", its surname as printed, not
        # "Ротар"; "Оксані Примірі" is still "Оксана Приміра".)
        if "masculine_a" in table and given_read:
            given = [r for r in given if len(r[0]) >= 2]
        read = _match(word, given, gender)
        given_read = given_read or read is not None
        # (A man's word of the "-а" declension: "Микиті", "Бандері", Ukrainian.)
        if read is None and _masculine_a_word(word):
            read = _match(word, table.get("masculine_a", []), gender)
        out.append(read or word)
    if out == words:
        return None
    if patronymic == 2 and len(words) == 3:
        out = [out[1], out[2], out[0]]  # "Surname Given Patronymic" -> "Given Patronymic Surname"
    return " ".join(out)


_VOWELS = frozenset("aeiouáéíóúàèìòùâêîôûäëïöüąęěů")
_LATIN_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*")


def latin_nominative(name: str, language: str, office: str | None = None) -> str:
    """`name` back in the nominative when a sentence of `language` put it in a case
    (`language_rows.NAME_CASES_LATIN`: Croatian "Viktoru Kalinovskom" -> "Viktor
    Kalinovski", Polish "Mariany Kowalskiej" -> "Mariana Kowalska"): only when every word
    is capitalised and matches a row of one and the same case and gender; else `name` as it
    is. `office`: the office written before the name ("ministru pravosuđa", "premiera
    Indii"); when one of its words in small letters is declined by the rows, the name must be
    in that case and gender ("do premiera Indii, Ravindra Doshi" stays: a name that restarts in
    the nominative). A word that already ends in a nominative ending of three letters or more
    ("Kowalska", "Nováková") keeps the name as printed."""
    words = name.split()
    last_rows = LAST_WORD_CASES.get(language.split("-")[0])
    if last_rows and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        # (Finnish: only the last word is declined, "Ayhan Demirelille" -> "Ayhan Demirel".)
        # Only after an office in small letters, as a sending sentence writes it
        # ("sisäministeri Kemal ..."), and to a stem of four letters or more: "Anna Camille"
        # and "Marie Giselle" are nominatives.
        if not office or not any(w[:1].islower() for w in office.split()):
            return name
        last = _latin_word(words[-1], [(o, n, b, "m") for o, n, b in last_rows])
        if last is None or len(words[-1]) - last[2] < 4:
            return name
        return " ".join([*words[:-1], last[0]])
    cases = NAME_CASES_LATIN.get(language.split("-")[0])
    if not cases or not 2 <= len(words) <= 4:
        return name
    if not all(w[:1].isupper() and _LATIN_NAME_WORD.fullmatch(w) for w in words):
        return name
    # (Not "-owa"/"-ewa": "Mammadowa" is also a man's genitive, "Ilkina Mammadowa".)
    nominative_ends = {
        r[1] for rows in cases.values() for r in rows if len(r[1]) >= 3 and r[1][-2:] != "wa"
    }
    if any(w.casefold().endswith(tuple(nominative_ends)) for w in words):
        return name  # "Anna Kowalska": a nominative already
    declined = _office_case(office, cases, language.split("-")[0]) if office else None
    for case, rows in cases.items():
        read = [_latin_word(w, rows) for w in words]
        if None in read and not (
            _indeclinable_rest(words, read) or _feminine_office_name(words, read, declined, case)
        ):
            continue
        # (A word of a woman's name that does not decline stays: "Gülnar", "Brankovac".)
        found = [o if o is not None else (w, "f", 0) for w, o in zip(words, read, strict=True)]
        genders = {o[1] for o in found}
        if len(genders) > 1 and any(o[1] == "m" and o[2] < 3 for o in found):
            # "Ravindra Doshi": a masculine given name by a one-letter ending and a surname of
            # the "-a" declension; a mix is read only when the masculine ending is a long one
            # ("Aliju Demirkayi" -> "Ali Demirkaya").
            continue
        gender = "m" if "m" in genders else "f"
        if _mobile_e(words, found, language.split("-")[0]):
            return name  # "Karlu Havlíčkovi": "Karel Havlíček", not "Karl Havlíčk"
        if declined is not None and (declined[0] != case or declined[1] not in ("", gender)):
            continue  # "ministry ..., Anna X": the office is feminine, the reading masculine
        return " ".join(o[0] for o in found)
    return name


def _mobile_e(words: list[str], found: list[tuple[str, str, int]], language: str) -> bool:
    """A man's word read by an ending with nothing put back whose stem ends in a consonant
    and a letter that may follow a lost mobile "e" (`language_rows.MOBILE_E_LETTERS`)."""
    letters = MOBILE_E_LETTERS.get(language, "")
    for word, (nominative, gender, length) in zip(words, found, strict=True):
        if not letters or gender != "m" or length == 0 or nominative != word[:-length]:
            continue
        tail = nominative[-2:].casefold()
        if len(tail) == 2 and tail[1] in letters and tail[0].isalpha() and tail[0] not in _VOWELS:
            return True
    return False


def _feminine_office_name(
    words: list[str],
    out: list[tuple[str, str, int] | None],
    declined: tuple[str, str] | None,
    case: str,
) -> bool:
    """Round 30a: a woman's name after an office word of the same case in its feminine form
    ("zaštitnici građana Ani X", "do prokuratorki generalnej, Marty X Y"): her given name is
    read by a feminine ending however short, and the other words, which the rows do not read
    (a surname that does not decline, "Brankovac", "Ortal Vence"), stay as printed.
    (Mend30a: only when the document prints the name so read elsewhere, "Ana X": a given name
    in its base form ends in "-i"/"-y" too, "Heidi", "Betty", and a surname that does not
    decline shows no case.)"""
    if not (
        declined is not None
        and declined == (case, "f")
        and out[0] is not None
        and all(o is None or o[1] == "f" for o in out)
    ):
        return False
    read = [o[0] if o is not None else w for w, o in zip(words, out, strict=True)]
    if read == words:
        return False
    printed = re.compile(r"(?<![\w])" + r"\s+".join(map(re.escape, read)) + r"(?![\w])")
    return printed.search(PRINTED_TEXT.get()) is not None


def _indeclinable_rest(words: list[str], out: list[tuple[str, str, int] | None]) -> bool:
    """A woman's name whose words ending in a consonant stay as they are in every case
    ("Gülnar Tahirewej" -> "Gülnar Tahirewa"): the words read are feminine by a long ending (three
    letters or more: "Ani Babić" may be a nominative "Ani"), and each other word ends in a
    consonant."""
    read = [o for o in out if o is not None]
    return (
        bool(read)
        and all(o[1] == "f" and o[2] >= 3 for o in read)
        and all(
            o is not None or w[-1:].casefold() not in _VOWELS
            for w, o in zip(words, out, strict=True)
        )
    )


def _office_case(
    office: str, cases: dict[str, list[tuple[str, str, str, str]]], language: str = ""
) -> tuple[str, str] | None:
    """The case and gender of the first word in small letters of `office` that the rows
    decline ("ministru" -> dative, masculine; "ministry" -> genitive, feminine). A masculine
    noun of the "-a" declension (`language_rows.MASCULINE_A_NOUNS`: "sudiji" of "sudija",
    "wojewody" of "wojewoda") gives its case and no gender (the ending reads as a feminine
    one; the noun is masculine, and a woman who holds the office is named after it too)."""
    masculine_a = {w.casefold() for w in MASCULINE_A_NOUNS.get(language, [])}
    for word in office.split():
        if not word[:1].islower() or not word.isalpha():
            continue
        for case, rows in cases.items():
            found = _latin_word(word, rows)
            if found is not None:
                if found[1] == "f" and found[0].casefold() in masculine_a:
                    return case, ""  # the case only: women hold such an office too
                return case, found[1]
    return None


def _latin_word(word: str, rows: list[tuple[str, str, str, str]]) -> tuple[str, str, int] | None:
    """`word` by the first (longest) row whose ending it has: its nominative, the row's
    gender and the length of the ending."""
    for oblique, nominative_end, before, gender in sorted(rows, key=lambda r: -len(r[0])):
        if not word.casefold().endswith(oblique):
            continue
        stem = word[: len(word) - len(oblique)]
        if len(stem) < 2:
            continue
        last = stem[-1].casefold()
        if before == "c" and (last in _VOWELS or not last.isalpha()):
            continue
        if before == "v" and last not in _VOWELS:
            continue
        return stem + nominative_end, gender, len(oblique)
    return None


def dative_nominative(name: str, language: str = "") -> str:
    """`name` in the nominative when an address or a sentence that sends names it in the
    dative (session 25h): as `nominative`, and, where that leaves it (a man's dative "Ерлану
    Примерову" is also a woman's accusative), a name whose every word ends in "-у" or "-ю"
    read as a man's dative (a woman's dative ends in "-е", "-и", "-ой")."""
    one = nominative(name, language)
    if one != name:
        return one
    words = _name_words(name)
    if words is None or not any(w.endswith(("у", "ю")) for w in words):
        return name
    for table in _tables(words, language):
        # (Mend26a: and a word of a man's "-а" declension, "Микиті Кузьміну", by the rows
        # that have one: a woman's dative beside it would be "-ій", "Кузьміній".)
        a_ends = tuple(o for o, _, _ in table.get("masculine_a", []))
        if not all(w.endswith(("у", "ю")) or (a_ends and _masculine_a_word(w)) for w in words):
            continue
        if (a_ends or language == "uk") and not any(
            _match(w, table["surname"], "m") for w in words
        ):
            # (Mend26d: in a Ukrainian text or by its rows, only where a word is read by a
            # man's surname row: "Івану Ротару", "Дмитру Ротару" stay as printed, not
            # "Іван Ротар"; "Тарасу Франку" is "Тарас Франко".)
            continue
        out = _convert(words, table, "m")
        if out is not None:
            return out
    return name


_COURTESY_GENDER = {w.casefold(): g for ws in DATIVE_COURTESY.values() for w, g in ws.items()}
_INITIALS = r"(?:[А-ЯЁЇІЄҐЎ]\.\s?){1,2}"
_SURNAME_THEN_INITIALS = re.compile(rf"([А-ЯЁЇІЄҐЎ][а-яёїієґў'’-]+),?\s+({_INITIALS})")
_INITIALS_THEN_SURNAME = re.compile(rf"({_INITIALS})\s*([А-ЯЁЇІЄҐЎ][а-яёїієґў'’-]+)")


def initials_dative(name: str, language: str = "") -> str:
    """A name in the dative of an address with initials for the given name and patronymic
    ("г-ну Примерову А. В.", "А. В. Примерову", "г-же Примеровой А. В."; round 27b): the
    initials first and the surname in the nominative ("А. В. Примеров"), the dative courtesy
    word left out (its gender read from `language_rows.DATIVE_COURTESY`); else `name`."""
    words = name.split()
    gender = _COURTESY_GENDER.get(words[0].casefold()) if words else None
    rest = " ".join(words[1:]) if gender else name
    surname_first = _SURNAME_THEN_INITIALS.fullmatch(rest.strip())
    initials_first = _INITIALS_THEN_SURNAME.fullmatch(rest.strip())
    if surname_first is not None:
        surname, initials = surname_first.group(1), surname_first.group(2)
    elif initials_first is not None:
        initials, surname = initials_first.group(1), initials_first.group(2)
    else:
        return rest if gender else name
    initials = " ".join(re.findall(r"\S\.", initials))
    for table in _tables([surname], language):
        rows = table["surname"]
        if gender is None:
            genders = {g for o, _, g in rows if surname.endswith(o) and len(surname) - len(o) >= 2}
            # (A man's dative "-у" / "-ю"; a woman's "-ой": only where the ending tells.)
            if genders == {"f"} or (surname.endswith(("у", "ю")) and "m" in genders):
                gender = "f" if genders == {"f"} else "m"
        if gender is None:
            continue
        read = _match(surname, [r for r in rows if not r[0].endswith("а")], gender)
        if read is not None:
            return f"{initials} {read}"
    return f"{initials} {surname}" if gender else name


# "в", "при", "по" ...: what follows names a place or a body, no person ("Посольство ... в
# Российской Федерации").
_PLACE_PREPOSITIONS = frozenset(
    ["в", "во", "на", "по", "при", "у", "к", "для", "из", "з", "ў", "пры"]
)


# A patronymic in the dative: a man's "-вичу", "-ичу"; a woman's "-вне", "-чне" (Russian),
# "-івні", "-ївні" (Ukrainian). Only with one is a tail of three words a name.
_DATIVE_PATRONYMIC = ("ичу", "вне", "чне", "івні", "ївні")


def cyrillic_office_name(first: str, language: str = "ru") -> tuple[str, str] | None:
    """ "Генеральному прокурору Республики X Ерлану Примерову": the office before a name in
    the dative, and the name in the nominative; None when the tail is no such name. The name
    is the given name and surname in the dative (a patronymic in the dative between them when
    there is one); everything before is the office, its complement in the genitive kept in it
    (session 25 mend: "Генеральному прокурору Российской Федерации Игорю X" is no name
    "Федерации Игорю X")."""
    words = first.split()
    for k in (3, 2):
        if len(words) <= k or words[-k - 1] in _PLACE_PREPOSITIONS:
            continue  # ("Посольство ... в Российской Федерации": a place after a preposition)
        if k == 3 and not words[-2].endswith(_DATIVE_PATRONYMIC):
            continue
        tail = " ".join(words[-k:])
        name = dative_nominative(tail, language)
        if name != tail:
            return dative_office(" ".join(words[:-k]), language), name
    return None


def block_language(texts: list[str], language: str, country: str | None = None) -> str:
    """Russian or Ukrainian for a recipient's fields (`texts`: office, name, address and
    country lines) in a text of `language` (one of the two): by a letter only Ukrainian has
    ("і", "ї", "є", "ґ") or only Russian ("ы", "э", "ъ", "ё"); else by the street's word
    ("ул." Russian, "вул." Ukrainian) or the block's `country` (an ISO code: "RU", "UA");
    else `language`. (Mend26d: no longer Russian by thirty Cyrillic letters alone, which
    read a Ukrainian block without those letters, "Генеральному прокурору / Тарасу Петренку
    / вул. Тиха, 4, 65000 Одеса / Україна", as Russian.)"""
    if language not in ("ru", "uk"):
        return language
    low = " ".join(texts).lower()
    if any(c in low for c in "іїєґ"):
        return "uk"
    if any(c in low for c in "ыэъё"):
        return "ru"
    if re.search(r"(?<![\w])вул\.", low):
        return "uk"
    if re.search(r"(?<![\w])ул\.", low):
        return "ru"
    if country in ("RU", "UA"):
        return "ru" if country == "RU" else "uk"
    return language


@cache
def _office_rows(code: str) -> tuple[str, list[tuple[str, str]], dict[str, str]]:
    """A language's office rows for `dative_office`, read once (round 30a): where its
    adjectives stand, their endings longest first, and its nouns by their case forms."""
    from appeal_tui.core.importer.language_rows import OFFICE_DATIVE_ENDINGS, OFFICE_NOUN_DATIVES

    where, rows = OFFICE_DATIVE_ENDINGS.get(code, ("", []))
    nouns = {d: row[0] for row in OFFICE_NOUN_DATIVES.get(code, []) for d in row[1:]}
    return where, sorted(rows, key=lambda r: -len(r[0])), nouns


def dative_office(office: str, language: str = "ru", *, known_noun: bool = False) -> str:
    """An office written in the dative back in the nominative ("Министру внутренних дел" ->
    "Министр внутренних дел", "generálnímu prokurátorovi Ruské federace" -> "generální
    prokurátor Ruské federace", "vidaus reikalų ministrui" -> "vidaus reikalų ministras"):
    adjectives by the endings of `language_rows.OFFICE_DATIVE_ENDINGS`, nouns of a "lead"
    language only from `language_rows.OFFICE_NOUN_DATIVES`; as printed when no noun of the
    office is known there, or for a language without rows. `known_noun`: only where a noun of
    the office is in `OFFICE_NOUN_DATIVES` (a recipient's name field, which may be a foreign
    name: "William Hartley" is no Lithuanian dative, mend26a)."""
    code = language.split("-")[0]
    if code in ("ru", "uk"):
        # (Mend26a: the office's own letters tell Russian from Ukrainian where they can: a
        # Russian block in a Ukrainian text, "Генеральному прокурору Российской Федерации".)
        folded = office.lower()
        if any(c in folded for c in "іїєґ"):
            code = "uk"
        elif any(c in folded for c in "ыэъё"):
            code = "ru"
    where, rows, nouns = _office_rows(code)
    words = office.split()
    out: list[str] = []
    noun = False
    for n, word in enumerate(words):
        known = nouns.get(word.casefold())
        if known is not None:
            out.append(known[:1].upper() + known[1:] if word[:1].isupper() else known)
            noun = True
            continue
        low = word.casefold()
        for ending, nominative_end in rows:
            stem = word[: len(word) - len(ending)]
            if low.endswith(ending) and len(stem) >= 3 and stem.isalpha():
                out.append(stem + nominative_end)
                noun = noun or (where == "any" and not known_noun)
                break
        else:
            if where == "lead" and not noun and out and word in _JOINING_AND:
                # (Round 27b: "Чрезвычайному и Полномочному Послу": two adjectives joined.)
                out.append(word)
                continue
            if where == "lead":
                return " ".join(out + words[n:]) if noun else office
            out.append(word)
    return " ".join(out) if noun else office


# "and" between two adjectives of an office in the dative.
_JOINING_AND = frozenset(["и", "і", "й", "a", "і"])


def case_of(a: str, b: str, endings: frozenset[tuple[str, str]]) -> bool:
    """`a` is the nominative of `b` by the name case rows `endings` ((oblique ending,
    nominative ending) pairs, `alphabets.case_endings_of`), word by word (each word the same,
    or `b`'s word an oblique ending on a stem `a`'s word ends in its nominative ending: "Ana
    Kovač" of "Ani Kovač", "Јелена" of "Јелени"), one word at least differing."""
    wa, wb = a.casefold().split(), b.casefold().split()
    if len(wa) != len(wb) or wa == wb:
        return False
    return all(
        x == y
        or any(
            y.endswith(o) and len(y) - len(o) >= 3 and y[: len(y) - len(o)] + n == x
            for o, n in endings
        )
        for x, y in zip(wa, wb, strict=True)
    )


# A word as a text prints it, with the signs around it left off.
_EDGE_SIGNS = "\"'’‘“”«»„()[]{}.,;:!?¿¡*"


@dataclass
class Printed:
    """A text's words as printed (signs at their edges left off), whether each ends in a
    sign (it ends a run of names: "Ana X, Ben Y" holds no name "X Ben"), where the
    capitalised ones stand, by their first three letters folded, the words as printed with
    their signs, and the forms judged so far (`printed_nominative`, one judgement a name)."""

    words: list[str]
    ends: list[bool]
    at: dict[str, list[int]]
    raw: list[str] = field(default_factory=list)
    judged: dict[tuple[str, frozenset[tuple[str, str]]], str] = field(default_factory=dict)


def printed_words(flat: str) -> Printed:
    raw = flat.split()
    words = [w.strip(_EDGE_SIGNS) for w in raw]
    at: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        if word[:1].isupper():
            at.setdefault(fold(word[:3]), []).append(i)
    return Printed(words, [w.rstrip(_EDGE_SIGNS) != w for w in raw], at, raw)


# What a text prints after a person's name as the subject of a sentence: an age or a year of
# birth (", 61 lat", ", 27", " (n. 1988)", " (34)"; not ", 52-letnią", an apposition that
# takes the name's case).
_AGE_AFTER = re.compile(r"\(?(?:[^\W\d_]{1,4}\.\s?)?\d+\)?(?:[\s,;]|$)")


def _with_age(printed: Printed, i: int, n: int) -> bool:
    """The `n` words at `i` are followed by an age or a year of birth (`_AGE_AFTER`)."""
    after = " ".join(printed.raw[i + n : i + n + 2])
    return (printed.raw[i + n - 1].endswith(",") or after.startswith("(")) and bool(
        _AGE_AFTER.match(after)
    )


def printed_nominative(name: str, printed: Printed, endings: frozenset[tuple[str, str]]) -> str:
    """A name read in an oblique case ("Milici X" from an ask that declines it, "Nurgul
    Xovi" from a sentence that writes to her, "uwolnijcie Alaksandrę X") that the text prints
    elsewhere in the nominative too ("Milica X", "Nurgul Xova", "Alaksandra X, 29 lat"): that
    printed form, by the name case rows `endings` of the text's language (`case_of`, and not
    the other way round), in the text's own capitals when the form is printed in a headline's
    ("JANINA X SKAZANA" -> "Janina X"); else `name`. Round 28b (people and recipients) and
    28d (people) made one step in mend28b. `name` stays when the text prints it as a
    nominative itself (with an age after it: "Stanisława X, 61 lat" beside her husband
    "Stanisław X"; or as the nominative of another form it prints: "Ивана X" of "Ивану X"),
    when two forms would do, and when the rows have nothing for it (a language without
    cases has no rows). Each name is judged once a text (`Printed.judged`)."""
    key = (name, endings)
    if key not in printed.judged:
        printed.judged[key] = _printed_nominative(name, printed, endings)
    return printed.judged[key]


def _printed_nominative(name: str, printed: Printed, endings: frozenset[tuple[str, str]]) -> str:
    words = name.split()
    n = len(words)
    if not 2 <= n <= 5 or not endings:
        return name
    found: dict[str, bool] = {}
    times: dict[str, int] = {}
    own = 0
    opens = False
    for i in printed.at.get(fold(words[0][:3]), []):
        window = printed.words[i : i + n]
        if len(window) < n or any(printed.ends[i : i + n - 1]):
            continue
        form = " ".join(window)
        if form.casefold() == name.casefold():
            if _with_age(printed, i, n):
                return name  # "Stanisława X, 61 lat": a nominative itself
            own += 1
            opens = opens or _opens_sentence(printed, i, n)
            continue
        times[form] = times.get(form, 0) + 1
        if not all(w[:1].isupper() for w in window):
            continue
        if case_of(name, form, endings) and not case_of(form, name, endings):
            return name  # "Ивана X" beside "Ивану X": a nominative itself
        if case_of(form, name, endings) and not case_of(name, form, endings):
            if form.isupper() and not name.isupper():
                form = " ".join(w.capitalize() for w in window)
            found[form] = found.get(form, False) or _with_age(printed, i, n)
    # Two forms ("Ивану X": "Ивана X, 34 године" and her husband "Иван X"): the one printed
    # with an age, the person's own.
    aged = [f for f, age in found.items() if age]
    if len(found) > 1 and len(aged) == 1:
        return aged[0]
    if len(found) != 1:
        return name
    form = next(iter(found))
    if opens and own > times.get(form, 0):
        # "Jana X jest zatrzymana. ... Jej mąż, Jan X, ...": the form read opens a sentence as
        # its subject and is printed more often than the other form, which names someone
        # else (her husband, her father), not her nominative.
        return name
    return form


def _opens_sentence(printed: Printed, i: int, n: int) -> bool:
    """The `n` words at `i` open a sentence (the text's first words, or after a word ending
    in a full stop, "!" or "?") and a word in lower case follows them (its verb)."""
    before = printed.raw[i - 1] if i else "."
    after = printed.words[i + n] if i + n < len(printed.words) else ""
    return before.rstrip("\"'’”»)").endswith((".", "!", "?")) and after[:1].islower()
