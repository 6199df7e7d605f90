"""Country names in the languages of urgent actions (from Babel's CLDR data), with the long
official forms addresses use ("Syrian Arab Republic", "Islamic Republic of Iran")."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache, lru_cache

from appeal_tui.core.importer import cldr
from appeal_tui.core.importer.dates import fold

NAME_LOCALES = (
    "en", "es", "fr", "de", "fi", "it", "pt", "nl", "sv", "pl", "ar", "zh_Hant", "zh_Hans",
    # Session 11's languages.
    "el", "hu", "tr", "ru", "uk", "bg", "hr", "sr_Latn", "sl", "ro", "et", "lv", "lt", "is",
    "id", "ms", "sw", "fa", "he", "ko", "nb", "da", "cs", "sk", "ca",
    # Session 19: Japanese (its Han forms differ from Chinese ones: "韓国").
    "ja",
)  # fmt: skip
# Official forms that do not contain the short name as a word.
_LONG_FORMS = {
    # Session 27 (imp27a): long forms in Chinese (simplified, traditional) and Japanese, as a
    # recipient's country line prints them.
    "中华人民共和国": "CN", "中華人民共和國": "CN", "中華人民共和国": "CN", "大韓民国": "KR",
    "大韓民國": "KR", "大韩民国": "KR", "越南社会主义共和国": "VN", "越南社會主義共和國": "VN",
    "ベトナム社会主義共和国": "VN", "朝鲜民主主义人民共和国": "KP",
    "syrian arab republic": "SY", "republica arabe siria": "SY", "republique arabe syrienne": "SY",
    "arabische republik syrien": "SY", "russian federation": "RU", "federacion de rusia": "RU",
    "federation de russie": "RU", "russische foderation": "RU", "federazione russa": "RU",
    "federacja rosyjska": "RU", "ryska federationen": "RU", "federacao russa": "RU",
    "republic of korea": "KR",
    "democratic people's republic of korea": "KP", "united states of america": "US",
    "usa": "US", "u.s.a.": "US", "uk": "GB", "great britain": "GB", "viet nam": "VN",
    "turkiye": "TR", "burma": "MM", "lao people's democratic republic": "LA",
    "hashemite kingdom of jordan": "JO", "arab republic of egypt": "EG",
    "emiratos arabes unidos": "AE", "people's republic of china": "CN",
    "democratic republic of the congo": "CD", "dr congo": "CD", "drc": "CD",
    "republic of the congo": "CG", "republique democratique du congo": "CD",
    # Usual English names that CLDR has replaced.
    "turkey": "TR", "czech republic": "CZ", "swaziland": "SZ", "ivory coast": "CI",
    "east timor": "TL", "macedonia": "MK", "cape verde": "CV", "holland": "NL",
    # Usual names in session 11's languages that CLDR spells otherwise.
    "feheroroszorszag": "BY", "beyaz rusya": "BY", "белоруссия": "BY",
    # Session 18: the usual Scandinavian names of Belarus (CLDR writes "Belarus").
    "hviterussland": "BY", "hviderusland": "BY", "vitryssland": "BY",
    # The Russian Federation's long form in Russian and Ukrainian.
    "российская федерация": "RU", "російська федерація": "RU",
    # Session 14: the same long form in the other languages of session 11 (folded).
    "ruska federace": "RU", "ruska federacia": "RU", "ruska federacija": "RU",
    "руска федерация": "RU", "руска федерација": "RU", "rusya federasyonu": "RU",
    "ρωσικη ομοσπονδια": "RU", "oroszorszagi foderacio": "RU", "federatia rusa": "RU",
    "rusijos federacija": "RU", "krievijas federacija": "RU", "venemaa foderatsioon": "RU",
    "russiske foderation": "RU", "den russiske foderation": "RU", "russiske foderasjon": "RU",
    "venajan federaatio": "RU", "russische federatie": "RU", "federacio russa": "RU",
    "федерацията на русия": "RU", "러시아 연방": "RU", "federasi rusia": "RU",
    # Session 15: Arabic long forms, where the name is not last or takes an adjective's form.
    "الجمهورية الإسلامية الإيرانية": "IR", "الجمهورية العربية السورية": "SY",
    "جمهورية مصر العربية": "EG", "المملكة الأردنية الهاشمية": "JO",
    # Session 19: English official forms with the people's adjective, and the UN's short
    # form of Laos (a table: adjectives cannot be made from the names by a rule).
    "kyrgyz republic": "KG", "slovak republic": "SK", "lao pdr": "LA",
    # Session 20: CLDR names Hong Kong and Macao as regions of China in every language
    # ("Hong Kong SAR China", "中国香港特别行政区"); addresses print the short name.
    "hong kong": "HK", "hongkong": "HK", "香港": "HK", "macao": "MO", "macau": "MO",
    "澳門": "MO", "澳门": "MO",
    # Session 23: the French and Spanish short forms of the Democratic Republic of the Congo.
    "rd congo": "CD", "rdc": "CD", "r.d. congo": "CD", "rd del congo": "CD",
    # Session 29d: a country's own name on a block's last line, in languages CLDR's searched
    # locales lack or name otherwise (Armenian, Serbian Cyrillic, Filipino, Swahili's usual
    # name of Britain), and the Congo's name of 1971-1997 ("République du Zaïre").
    "հայաստան": "AM", "հայաստանի հանրապետություն": "AM", "србија": "RS",
    "република србија": "RS", "pilipinas": "PH", "republika ng pilipinas": "PH",
    "zaire": "CD", "zaïre": "CD",
    # Round 30d: a block's last line that CLDR's searched locales do not name: the state's
    # own long form in Russian, Kazakh and Mongolian ("Republic" after an adjective or the
    # name, "Улс": state). (England: `_LINE_ONLY_FORMS`.)
    "кыргызская республика": "KG", "қазақстан республикасы": "KZ", "монгол улс": "MN",
}  # fmt: skip
# Names that are a country only as a whole line or comma segment (a block's country line, as
# letters to London print "England"): in running text they are a surname ("Grace England"),
# a bank, a church or a region ("Bank of England", "New England"). Mend 30b.
_LINE_ONLY_FORMS = {"england": "GB"}
# Countries whose short names are confused (both Congos, the Guineas, the Sudans, the Koreas):
# a city of one of them named beside the name says which (the cities are CLDR's time zones').
_CONFUSED = ({"CD", "CG"}, {"GN", "GW", "GQ"}, {"SD", "SS"}, {"KR", "KP"})
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ", "AQ", "IC", "EA"})
_OFFICIAL_WORDS = frozenset(
    """islamic republic of the kingdom state federal democratic people's united arab socialist
    plurinational bolivarian bolivariana federative oriental principality sultanate grand duchy
    commonwealth republica de del la el reino estado democratica popular islamica republique du
    royaume etat islamique republik konigreich bundesrepublik volksrepublik
    جمهوری اسلامی پادشاهی دولت فدراسیون جمهورية دولة المملكة مملكة
    arab union federation republiek republiken republikken republika repubblica regno di
    della dell' koninkrijk van der kongeriget kongeriket konungariket rzeczpospolita
    rzeczypospolitej krolestwo democratique populaire democratica federativa federale popolare
    republiky jamhuri ya республика республики республіка рэспубліка република федерация
    королевство королівство народная демократическая социалистическая исламская
    sozialistische demokratische islamische arabische vereinigte foderative foderale
    socialiste arabe federale unie socialista arabe islamica democratica popolare federativa
    socialistische democratische islamitische volksrepubliek verenigde federale
    socjalistyczna demokratyczna islamska ludowa arabska socialisticka demokraticka
    islamska socijalisticka demokratska narodna socialistisk demokratiska islamiska
    sosialistinen demokraattinen islamilainen szocialista demokratikus iszlam""".split()  # noqa: SIM905
)

# Words of an official form that follow the name, in languages that put the state's kind
# after it (Turkish "Çin Halk Cumhuriyeti", "Birleşik Krallığı", folded).
# (Hungarian and Finnish put "republic" after the name too, but in an adjective or genitive
# form the table of names does not hold, "Magyar Köztársaság", "Suomen tasavalta": their
# words match only after a name written as the table has it, which is rare.)
_OFFICIAL_WORDS_AFTER = frozenset(
    """halk cumhuriyeti cumhuriyet demokratik islam federal krallıgı federasyonu
    koztarsasag tasavalta kuningaskunta kiralysag republic""".split()  # noqa: SIM905
)


@cache
def _names() -> dict[str, str]:
    """Folded country name -> ISO 3166 code."""
    table: dict[str, str] = {}
    for locale_name in NAME_LOCALES:
        for code, name in cldr.territories(locale_name).items():
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
                table.setdefault(fold(name), code)
                for variant in _variants(name, locale_name):
                    if fold(variant) not in _shared_variants():
                        table.setdefault(fold(variant), code)
    for name, code in list(table.items()):
        if "\u05f3" in name:
            # Hebrew's geresh ("אזרבייג׳ן") as pages type it: an apostrophe.
            table.setdefault(name.replace("\u05f3", "'"), code)
            table.setdefault(name.replace("\u05f3", "\u2019"), code)
    table.update(_LONG_FORMS)
    for name, code in _LONG_FORMS.items():
        table.setdefault(fold(name), code)  # as text is folded ("й" loses its breve)
    return table


@cache
def _shared_variants() -> frozenset[str]:
    """Folded forms of `_variants` that two codes share in one language: both Congos without
    their brackets (Bulgarian "Конго"). Such a form names neither country."""
    shared: set[str] = set()
    for locale_name in NAME_LOCALES:
        seen: dict[str, str] = {}
        for code, name in cldr.territories(locale_name).items():
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
                for variant in _variants(name, locale_name):
                    if seen.setdefault(fold(variant), code) != code:
                        shared.add(fold(variant))
    return frozenset(shared)


@cache
def _exact_names() -> dict[str, tuple[str, str]]:
    """Country names in the official languages of every territory (CLDR), as CLDR writes
    them (case-folded, accents kept), for the locales `NAME_LOCALES` does not search, and
    only those not in plain ASCII: with accents or in another script. Folded, searched inside
    a line or written in plain ASCII, many of them are towns or words of other languages, so
    they are matched only as a whole segment printed with its accents and a capital."""
    searched = {name.split("_")[0] for name in NAME_LOCALES}
    known = _names()
    table: dict[str, tuple[str, str]] = {}
    for locale_name in _official_locales():
        if locale_name.split("_")[0] in searched:
            continue
        for code, name in cldr.territories(locale_name).items():
            if len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES:
                continue
            # Only names not in plain ASCII (accents, another script): a plain one is too
            # often a town or a word of another language ("Kota", "Hind", "Malt").
            if name.isascii() or fold(name) in known or fold(name) in _shared_variants():
                continue
            name = unicodedata.normalize("NFC", name)
            table.setdefault(name.casefold(), (name, code))
    return table


def _official_locales() -> list[str]:
    """Locales of the languages CLDR lists as official in some territory."""
    available = set(cldr.locale_identifiers())
    languages: set[str] = set()
    for spoken in cldr.territory_languages().values():
        for language, info in spoken.items():
            if info.get("official_status") in ("official", "de_facto_official"):
                languages.add(language)
    return sorted(languages & available)


# Words for "country", "kingdom", "republic (of the union)" that scripts without spaces
# between words join to a country's name, before it (Thai "ประเทศไทย", "ราชอาณาจักรไทย",
# Khmer "ព្រះរាជាណាចក្រកម្ពុជា", Lao "ປະເທດລາວ") or after it (Burmese "မြန်မာနိုင်ငံတော်"), or
# print before it with a space (Burmese "ပြည်ထောင်စုသမ္မတ", Lao "ສປປ"). The rest must be
# a name of `_exact_names` whole.
_STATE_WORDS_JOINED_BEFORE = (
    "ราชอาณาจักร", "ประเทศ", "สาธารณรัฐ", "ព្រះរាជាណាចក្រ", "ប្រទេស", "សាធារណរដ្ឋ",
    "ປະເທດ", "ສາທາລະນະລັດ", "ສປປ", "ပြည်ထောင်စုသမ္မတ", "သမ္မတ",
)  # fmt: skip
_STATE_WORDS_JOINED_AFTER = ("နိုင်ငံတော်", "နိုင်ငံ")


def _bare_state_name(text: str) -> str:
    """`text` without the state words of `_STATE_WORDS_JOINED_*` around the name."""
    bare = text
    for word in _STATE_WORDS_JOINED_BEFORE:
        if bare.startswith(word) and len(bare) > len(word):
            bare = bare[len(word) :].lstrip()
            break
    for word in _STATE_WORDS_JOINED_AFTER:
        if bare.endswith(word) and len(bare) > len(word):
            bare = bare[: -len(word)].rstrip()
            break
    return bare


def _exact_country(segment: str) -> str | None:
    """The code of a country in `_exact_names` that is the whole `segment`, printed with a
    capital where its script has them ("Việt Nam", "VIỆT NAM", "ไทย"; not "việt nam"), or
    with a joined state word of its script ("ประเทศไทย")."""
    text = unicodedata.normalize("NFC", segment.strip())
    found = _exact_names().get(text.casefold())
    if found is None and (bare := _bare_state_name(text)) != text:
        text = bare
        found = _exact_names().get(text.casefold())
    if found is None or not (text[:1] == found[0][:1] or text.isupper()):
        return None
    return found[1]


def _variants(name: str, locale: str) -> list[str]:
    """The forms a text writes of a CLDR name that CLDR shortens for its lists: "&" as the
    language's own "and" (from CLDR's list pattern: "Bosnia and Herzegovina", "Trinidad and
    Tobago"), "St." as "Saint", without a bracketed remark ("Гонконг (САР)", "Myanmar
    (Burma)")."""
    out: list[str] = []
    if "&" in name:
        end = cldr.list_end(locale)
        joiner = end.replace("{0}", "").replace("{1}", "").strip(" ,")
        if joiner:
            out.append(re.sub(r"\s*&\s*", f" {joiner} ", name))
    if "(" in name:
        bare = re.sub(r"\s*\([^)]*\)\s*", " ", name).strip()
        if len(bare) >= 3:
            out.append(bare)
    out += [re.sub(r"^St\. ", "Saint ", n) for n in [name, *out] if n.startswith("St. ")]
    return out


def _short_enough(name: str) -> bool:
    """A name the search looks for: three letters or more ("uk" too), or two Han characters
    ("中国", "瑞士": never part of a longer word, as Han characters are word characters; two
    kana are not enough: "タイ" starts many a word written with a dot between)."""
    if len(name) >= 3 or name == "uk":
        return True
    return len(name) == 2 and _UNSPACED.fullmatch(name) is not None


_UNSPACED = re.compile(r"[\u3400-\u9fff]+")


@cache
def _searched() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """The names `_found` looks for, and the lengths of those that start with each character,
    the longest first."""
    names = frozenset(n for n in _names() if _short_enough(n))
    lengths: dict[str, set[int]] = {}
    for name in names:
        lengths.setdefault(name[0], set()).add(len(name))
    return names, {first: tuple(sorted(ls, reverse=True)) for first, ls in lengths.items()}


def _joins(ch: str) -> bool:
    r"""`ch` continues a word: what `[\w-]` matches (`str.isalnum`, `_` or `-`)."""
    return ch.isalnum() or ch == "_" or ch == "-"


def _found(folded: str) -> list[str]:
    r"""The country names (`_names`, `_short_enough` ones) in a folded text, left to right, the
    longest at each place, each a whole word group: not after or before a word character or a
    hyphen. This is what a regex alternation of every name, the longest first, between
    `(?<![\w-])` and `(?![\w-])` finds with `finditer`; compiling that regex cost 0.1-0.2 s
    of every import's start (session 33)."""
    names, lengths = _searched()
    found: list[str] = []
    i, size = 0, len(folded)
    while i < size:
        if i and _joins(folded[i - 1]):
            i += 1
            continue
        for length in lengths.get(folded[i], ()):
            end = i + length
            if end <= size and folded[i:end] in names and (end == size or not _joins(folded[end])):
                found.append(folded[i:end])
                i = end
                break
        else:
            i += 1
    return found


# CLDR's short English names that read oddly in a letter or a case list.
_ENGLISH_NAMES = {
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "MM": "Myanmar",
    "HK": "Hong Kong", "MO": "Macao", "PS": "Palestine", "US": "United States",
}  # fmt: skip


def english_name(code: str) -> str:
    """The country's name in English: "SY" -> "Syria"."""
    return _ENGLISH_NAMES.get(code) or str(cldr.territories("en").get(code, code))


def country_in(text: str) -> str | None:
    """The code of a country named in `text` (the longest name found), or None."""
    # The same lines are asked about again and again (every reader of a block asks): short
    # ones are remembered, as the search of every country's name is a tenth of an import.
    return _country_in_short(text) if len(text) <= 200 else _country_in(text)


@lru_cache(maxsize=1 << 12)
def _country_in_short(text: str) -> str | None:
    return _country_in(text)


def _country_in(text: str) -> str | None:
    found = _found(fold(text))
    if not found:
        return None
    name = max(found, key=len)
    # (A name of more words is no short name two countries share: "République du Congo".)
    return _by_city(fold(text), _names()[name], name) if " " not in name else _names()[name]


@cache
def _confused_cities() -> dict[str, tuple[re.Pattern[str], dict[str, str]]]:
    """Code -> (a search for the cities of the countries confused with it, city -> code):
    the cities of their time zones in CLDR (Kinshasa, Lubumbashi, Brazzaville, Conakry,
    Juba, Pyongyang ...), in English and as the searched languages write them."""
    zones = cldr.zone_territories()
    out: dict[str, tuple[re.Pattern[str], dict[str, str]]] = {}
    for group in _CONFUSED:
        cities: dict[str, str] = {}
        for zone, code in zones.items():
            if code not in group:
                continue
            cities[fold(zone.rsplit("/", 1)[-1].replace("_", " "))] = code
            for locale_name in NAME_LOCALES:
                city = cldr.zone_cities(locale_name, [zone])[zone]
                if city:
                    cities.setdefault(fold(city), code)
        names = "|".join(re.escape(c) for c in sorted(cities, key=len, reverse=True))
        for code in group:
            out[code] = (re.compile(rf"(?<![\w-])(?:{names})(?![\w-])"), cities)
    return out


def _by_city(folded: str, code: str, name: str | None = None) -> str:
    """`code`, or the country confused with it whose city stands beside it ("Kinshasa, Congo"
    is the Democratic Republic's). Without `name`, `folded` is what comes before the country
    in its address line, and the city must end it; with `name`, the city must stand beside a
    mention of `name` in its line (or end the line above it): a city named elsewhere in a
    text ("the Juba Peace Agreement") says nothing of the country."""
    if code not in _confused_countries():
        return code
    search, cities = _confused_cities()[code]
    found: set[str] = set()
    if name is None:
        found |= _city_ending(folded, search, cities)
    else:
        for mention in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", folded):
            # (Mend 29b: bounds into `folded`, no copy of all the text before each mention.)
            start = mention.start()
            line_start = folded.rfind("\n", 0, start) + 1
            head = folded[max(line_start, start - 200) : start]
            if not folded[line_start:start].strip(" \t,-–0123456789"):
                # The country alone on its line (after a postcode): the city ends the line above.
                above = max(0, folded.rfind("\n", 0, line_start - 1) + 1) if line_start else 0
                head = folded[max(above, line_start - 200) : line_start]
            found |= _city_ending(head, search, cities)
            after = folded[mention.end() : mention.end() + 200].split("\n", 1)[0]
            city = search.match(after.lstrip(" \t,(-–"))
            if city:
                found.add(cities[city.group(0)])
    return found.pop() if len(found) == 1 else code


def _city_ending(head: str, search: re.Pattern[str], cities: dict[str, str]) -> set[str]:
    """The country of the city that ends `head` (before a comma, a postcode), if any."""
    head = head.rstrip(" \t\n,-–0123456789")
    return {cities[m.group(0)] for m in search.finditer(head) if m.end() == len(head)}


def _confused_countries() -> frozenset[str]:
    return frozenset(c for group in _CONFUSED for c in group)


@cache
def _territory_names() -> frozenset[str]:
    """Folded names CLDR gives territories in the searched languages and in the official
    language of every territory: the countries, and the world's regions and unions too
    ("Central Asia", "Asie centrale", "Lateinamerika", "European Union"), which `_names`
    leaves out as no country of a postal address."""
    names: set[str] = set()
    for locale_name in (*NAME_LOCALES, *_official_locales()):
        for name in cldr.territories(locale_name).values():
            if len(name) >= 4:
                names.add(fold(unicodedata.normalize("NFC", name)))
    return frozenset(names)


def is_territory_name(name: str) -> bool:
    """`name` is, as a whole, the name of a country, a world region or a union of states in
    some language (CLDR): a place, never a person's name."""
    return fold(" ".join(name.split())) in _territory_names()


def split_country(line: str) -> tuple[str, str, str] | None:
    """(rest of the line, the country as written, its code) when `line` ends with a country:
    "Tehran, Islamic Republic of Iran" -> ("Tehran", "Islamic Republic of Iran", "IR")."""
    return _split_country(line) or _after_postcode(line)


def _after_postcode(line: str) -> tuple[str, str, str] | None:
    """A country printed after the postcode on the city's line, without a comma ("Exampleburg
    123456 Kyrgyzstan", "4321 Primerograd Slovenija", "Sampletown, 654321 Uzbekistan"): the
    words after the number are a country's name whole, with a capital, and the segment is
    a city's line (a short one, a city's word in it; not "Calle 9, N.º 42, Santa Ana")."""
    stripped = line.strip().rstrip(".;,،")
    segment = re.split(r"[,،]", stripped)[-1]
    numbers = list(re.finditer(r"\d{3,}[\w-]*", segment))
    if not numbers or ":" in segment or len(segment.split()) > 5:
        return None
    rest = segment[numbers[-1].end() :].split()
    for start in range(len(rest)):
        tail = " ".join(rest[start:])
        # (A script without capitals starts the name with any letter: "ประเทศไทย".)
        if not (
            tail[:1].isupper() or (tail[:1].isalpha() and tail[:1].lower() == tail[:1].upper())
        ):
            continue
        found = _split_country(tail)
        city = segment[: len(segment) - len(tail)]
        # (A city's word must be there too: "01234 México" is the city of that name.)
        if found is not None and not found[0] and re.search(r"[^\W\d_]{2}", city):
            return stripped[: len(stripped) - len(tail)].rstrip(" ,"), tail, found[2]
    return None


def _split_country(line: str) -> tuple[str, str, str] | None:
    stripped = line.strip().rstrip(".;,،")
    # (An Arabic or Persian comma parts the country from the city too: "القاهرة، مصر".)
    cut = max(stripped.rfind(","), stripped.rfind("،"))
    head, tail = (stripped[:cut], stripped[cut + 1 :]) if cut >= 0 else ("", stripped)
    tail = tail.strip()
    words = tail.split()
    if not words or len(words) > 6:
        return None
    if fold(tail) in _LINE_ONLY_FORMS and tail[:1].isupper():
        return head.strip(), tail, _LINE_ONLY_FORMS[fold(tail)]
    code = country_in(tail)
    if code is None:
        exact = _exact_country(tail)
        return (head.strip(), tail, exact) if exact else None
    if " " not in fold(tail):
        code = _by_city(fold(head), code)
    # The country must be the whole segment, not a street named after it (a name written
    # with lowercase words, "République démocratique du Congo", is one when it is known whole).
    if re.search(r"\d", tail) or (
        fold(tail) not in _names()
        and any(
            w[0].islower() and fold(w) not in _OFFICIAL_WORDS and w not in ("of", "the")
            for w in words
            if w[0].isalpha()
        )
    ):
        return None
    folded = fold(tail)
    matched = _found(folded)
    longest = max(matched, key=len)
    # The segment is the name, or an official form ending in it ("Islamic Republic of Iran").
    before = folded[: len(folded) - len(longest)].split() if folded.endswith(longest) else None
    after = folded[len(longest) :].split() if folded.startswith(longest) else None
    if not (
        (before is not None and set(before) <= _OFFICIAL_WORDS)
        or (after and set(after) <= _OFFICIAL_WORDS_AFTER)
    ):
        return None
    return head.strip(), tail, code


_WORD = re.compile(r"[^\W_][\w'’.\-]*")
_LONGEST_NAME = 6  # words


def _mentions(folded: str) -> list[str]:
    """Country names in a folded text, longest first at each word: a linear scan of word
    groups (one regex alternation of every name is far slower on long texts)."""
    names = _names()
    words = [w.rstrip(".") for w in _WORD.findall(folded)]
    found: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(_LONGEST_NAME, len(words) - i), 0, -1):
            candidate = " ".join(words[i : i + n])
            if candidate in names:
                found.append(candidate)
                i += n
                break
        else:
            i += 1
    return found


def count_countries(weighted_texts: list[tuple[str, int]]) -> Counter[str]:
    """Country code -> weighted count of mentions across the texts."""
    counts: Counter[str] = Counter()
    names = _names()
    for text, weight in weighted_texts:
        folded = fold(text)
        # (Mend 29b: `_by_city` reads every mention of a name at once: once per distinct name.)
        by_name: dict[str, str] = {}
        for name in _mentions(folded):
            code = names[name]
            if " " not in name:
                if name not in by_name:
                    by_name[name] = _by_city(folded, code, name)
                code = by_name[name]
            counts[code] += weight
    return counts
