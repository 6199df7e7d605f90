"""A recipient block run together on one line (web pages that lost their line breaks):
"Ambassador X Embassy of Y 1250 Some Ave NW, Washington DC 20036" -> its lines.

The line is cut before an organisation ("Office of ...", "Embassy of ..."), before an office
that follows a name, before a house number or postcode, and after a street or floor word that
is followed by a capitalised place name. The words come from the `phrases` tables; the cuts are
found in one pass over the words.
"""

from __future__ import annotations

import re

from appeal_tui.core.importer import language_rows as rows
from appeal_tui.core.importer.countries import split_country
from appeal_tui.core.importer.phrases import (
    ADDRESS_WORDS,
    JOINING_WORDS,
    ORGANISATION_WORDS,
    PLACE_STARTS,
    PORTFOLIO_WORDS,
    TITLE_START,
)

# Words that open an organisation's name before its organisation word ("Permanent Mission").
_ORG_PREFIX = frozenset(
    ["permanent", "presidential", "general", "federal", "national", "royal", "supreme", "high",
     "public"]
)  # fmt: skip
# Words that end a street line ("34th Floor", "Third Avenue") before a place name.
_STREET_END = frozenset(
    ["floor", "avenue", "ave", "ave.", "street", "st", "st.", "road", "rd", "rd.", "boulevard",
     "blvd", "square", "lane", "drive"]
)  # fmt: skip
_ORG_AFTER = frozenset(w.casefold() for ws in rows.ORG_ADJECTIVES_AFTER.values() for w in ws)
# Joining words and articles inside a body's name ("Secretaría de Estado en los Despachos").
_JOINING = JOINING_WORDS | {
    "los", "las", "el", "les", "il", "lo", "os", "as",
    # German articles, Italian "gli" (session 18): "Ministerium für die ...", "degli Affari".
    "die", "dem", "den", "gli",
}  # fmt: skip
_COMPASS = re.compile(r"^(?:N|S|E|W|NW|NE|SW|SE|N\.W\.|N\.E\.|S\.W\.|S\.E\.)[,.]?$")
_HOUSE = re.compile(r"^\d{1,6}[a-zA-Z]?$")


def goes_on_after_comma(previous: str, part: str) -> bool:
    """ "Minister of Culture, of Sport and of Tourism": a part of a comma run that
    opens with a joining word goes on with the office or body before it, not a line."""
    words = part.split()
    return bool(words) and words[0] in JOINING_WORDS and not re.search(r"\d", previous + part)


def _is_org_start(words: list[str], i: int) -> bool:
    word = words[i]
    if not word[:1].isupper():
        return False
    if i > 0 and words[i - 1].casefold() in ("of", "the", "de", "del", "du", "des", "der", "for"):
        return False  # "Inspector General of Police": the office goes on
    if ORGANISATION_WORDS.fullmatch(word.strip(",")):
        return True
    return (
        word.casefold() in _ORG_PREFIX
        and i + 1 < len(words)
        and bool(ORGANISATION_WORDS.fullmatch(words[i + 1].strip(",")))
    )


def _opens_office(current: list[str], rest: list[str]) -> bool:
    """ "Monsieur le" before "Ministre ...": courtesy words and an article that open the
    office, not a name before it."""
    head = " ".join(current)
    found = TITLE_START.match(f"{head} {' '.join(rest)}")
    return found is not None and found.end() > len(head) + 1


def following_word(words: list[str], i: int) -> str:
    return words[i + 1] if i + 1 < len(words) else ""


def _opens_address(word: str) -> bool:
    """A capitalised street or building word ("Calle", "Edificio", "Boulevard")."""
    bare = word.strip(",.")
    return word[:1].isupper() and (
        ADDRESS_WORDS.fullmatch(bare) is not None or bare.casefold() in PLACE_STARTS
    )


def _body_goes_on(word: str, previous: str) -> bool:
    """A body's name goes on: a joining word or an article ("de", "en los"), a capitalised
    word after one ("de Derechos"), or its adjective after its word ("Ministerio Público")."""
    before = previous.strip(",").casefold()
    if word.endswith(("'s", "’s")) or before.endswith(("'s", "’s")):
        return True  # "Prosecutor General's Office"
    if word[:1].islower():
        return word.casefold() in _JOINING
    if previous.endswith(",") or _opens_address(word):
        return False
    return before in _JOINING or (
        ORGANISATION_WORDS.fullmatch(previous.strip(",")) is not None
        and not TITLE_START.match(word)
    )


def _name_after_office(words: list[str], i: int) -> bool:
    """Word `i` opens a name of two capitalised words or more right after a lowercase word
    of an office that is no joining word ("... republiky Jan Vzor")."""
    if i < 1 or i + 1 >= len(words):
        return False
    before, word, after = words[i - 1], words[i], words[i + 1]
    rest = " ".join(words[i:])
    return (
        before.isalpha()
        and before.islower()
        and before not in _JOINING
        and word.isalpha()
        and word[:1].isupper()
        and after.strip(",")[:1].isupper()
        and after.strip(",").isalpha()
        and TITLE_START.match(rest) is None
        and not _is_org_start(words, i)
        and not _opens_address(word)
    )


def _open_quote(part: str) -> bool:
    """A comma part that opens a quoted name and does not close it."""
    return part.count('"') % 2 == 1 or part.count("“") > part.count("”")


def split_flat(text: str) -> list[str]:
    """The lines of a recipient block written on one line."""
    country = split_country(text)
    tail: list[str] = []
    if country is not None and country[0]:
        text, tail = country[0], [country[1]]
    else:
        # "..., Tegucigalpa, M.D.C. Honduras": the country after the address, no comma.
        words = text.split()
        for n in (1, 2, 3):
            if (
                len(words) > n + 2
                and words[-n - 1].casefold() not in _JOINING
                and words[-n][:1].isupper()
            ):
                found = split_country(" ".join(words[-n:]))
                if found is not None and not found[0] and re.search(r"[\d,]", text):
                    text, tail = " ".join(words[:-n]), [found[1]]
                    break
    if text.count(",") >= 3:
        # A comma run ("Office, Mr X, Building, 12 Street, City"): the commas are its line
        # breaks; a bare house number stays with its street ("22, rue X").
        parts: list[str] = []
        for part in (p.strip(" ;") for p in text.split(",")):
            if parts and (
                _HOUSE.match(parts[-1])
                or goes_on_after_comma(parts[-1], part)
                # A name in quotes holds its own commas ('Centro "General X, Soldado Y"').
                or _open_quote(parts[-1])
            ):
                parts[-1] = f"{parts[-1]}, {part}"
            elif part:
                parts.append(part)
        # (Only a first part that is no comma run itself: "12, Rue X, ..." kept whole would
        # be cut again the same way, without end.)
        first_is_run = parts and parts[0].count(",") >= 3
        if parts and not first_is_run and len(parts[0].split()) >= 6 and re.search(r"\d", parts[0]):
            # "Procurador-Geral X Y Ministério Público Federal Rua Z 10, Bloco A, ...": the
            # run before the first comma holds who, the body and the street.
            parts[:1] = split_flat(parts[0])
        elif (
            parts
            and not first_is_run
            and len(parts[0].split()) >= 6
            and TITLE_START.match(parts[0])
        ):
            # After an office, who and the building ("Gobernador de X Ana Vzor Palacio de
            # Gobierno"): cut when the run's first line is an office and a name.
            from appeal_tui.core.importer.recipient_lines import split_title_and_name

            pieces = split_flat(parts[0])
            if (
                ":" not in parts[0]
                and len(pieces) >= 2
                and split_title_and_name(pieces[0])[0] is not None
            ):
                parts[:1] = pieces
        return parts + tail
    words = text.split()
    opens_office = TITLE_START.match(text) is not None
    lines: list[list[str]] = [[]]
    in_org = False
    seen_digit = False
    for i, word in enumerate(words):
        current = lines[-1]
        bare = word.strip(",.").casefold()
        cut = False
        if not current and i == 0 and _is_org_start(words, i):
            in_org = True  # "Embajada de la República de X Calle Y 14": the body first
        if current and not seen_digit:
            if _name_after_office(words, i) and opens_office and len(lines) == 1:
                # "Generální prokurátor Petr Vzor ...": languages that write an office's
                # nouns in lowercase end it before the name's capitals.
                cut, in_org = True, False
            elif _is_org_start(words, i) and not in_org:
                cut, in_org = True, True
            elif (
                in_org
                and (
                    bare in PORTFOLIO_WORDS
                    or TITLE_START.fullmatch(word)
                    or ORGANISATION_WORDS.fullmatch(word.strip(","))
                )
            ) or (
                in_org
                and (
                    (word[:1].isupper() and current[-1].casefold() in _JOINING)
                    or _body_goes_on(word, current[-1])
                )
            ):
                pass
            elif in_org and (
                bare in _ORG_AFTER or (bare in _JOINING and following_word(words, i)[:1].isalpha())
            ):
                pass  # "Ministerio Público", "Secretaría de Estado en los Despachos de ..."
            elif in_org and not _HOUSE.match(word):
                cut, in_org = True, False
            elif (
                not in_org
                and len(current) >= 2
                and word[:1].isupper()
                and ADDRESS_WORDS.fullmatch(word)
                and any(c.isdigit() for c in " ".join(words[i + 1 : i + 5]))
            ):
                cut = True  # "Sra. Ana Amostra Rua Modelo 7": the street after the name
            elif (
                not in_org
                and TITLE_START.match(" ".join(words[i:]))
                and len(current) >= 2
                and not _opens_office(current, words[i:])
            ):
                # "Andrey Shved Prosecutor General of ...": an office after a name.
                cut, in_org = True, True
            elif (
                len(current) >= 2
                and _opens_address(word)
                and not any(_opens_address(w) for w in current)
            ):
                # "Embajada de la República de X Calle Y 14": the address begins.
                cut, in_org = True, False
        following = words[i + 1] if i + 1 < len(words) else ""
        if (
            _HOUSE.match(word.strip(","))
            and current
            and not current[-1].endswith(",")
            and following[:1].isupper()
        ):
            cut, in_org = True, False
        elif (
            current
            and seen_digit
            and current[-1].strip(",.").casefold() in _STREET_END
            and word[:1].isupper()
            and not _COMPASS.match(word)
        ) or (
            current
            and seen_digit
            and _COMPASS.match(current[-1])
            and word[:1].isupper()
            and not current[-1].endswith(",")
        ):
            cut = True
        if cut:
            lines.append([])
        if any(c.isdigit() for c in word):
            seen_digit = True
        lines[-1].append(word)
    out = [" ".join(line).strip(" ,;–-") for line in lines]
    return [line for line in out if line] + tail
