"""The people at risk: names given in a "Name:" field, the title, the opening paragraph and the
asks; spellings of one name are kept together (`also_known_as`); a group when no one is named."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from appeal_tui.core.i18n import _
from appeal_tui.core.importer import language_rows as rows
from appeal_tui.core.importer.alphabets import case_endings_of, native_name_script
from appeal_tui.core.importer.countries import country_in, is_territory_name
from appeal_tui.core.importer.dates import fold, month_numbers
from appeal_tui.core.importer.doc_language import SMALL_WORDS, detect_language
from appeal_tui.core.importer.letters import signature_lines, subject_names
from appeal_tui.core.importer.name_cases import (
    case_of,
    nominatives,
    printed_nominative,
    printed_words,
)
from appeal_tui.core.importer.own_script import in_own_script, spells
from appeal_tui.core.importer.packs import tells_of_risk
from appeal_tui.core.importer.phrases import (
    ADDRESS_WORDS,
    ARABIC_NAME_ENDS,
    ARABIC_PERSON_CUES,
    BODY_WORDS,
    CONTACT_CUE,
    HAN_AFTER_NAME,
    HAN_PERSON_CUES,
    HAN_SURNAMES_1,
    HAN_SURNAMES_2,
    HONORIFIC_START,
    HONORIFICS,
    JOINING_WORDS,
    MEDIUM_WORDS,
    NOT_NAME_ENDINGS,
    NOT_NAME_WORDS,
    NUMBER_WORDS,
    ORGANISATION_NOUNS,
    ORGANISATION_WORDS,
    PERSON_CUES,
    PLACE_NOUNS,
    PLACE_STARTS,
    PORTFOLIO_WORDS,
    RELEASED,
    ROLE_NOUNS,
    SALUTATION_ONLY_START,
    SALUTATION_START,
    STILL_AT_RISK,
    TAG_LABELS,
    TITLE_PHRASES,
    TITLE_START,
    TITLE_WORDS,
    _alternatives,
    _every_word,
)
from appeal_tui.core.importer.recipient_lines import contact_strip

_LABELLED = re.compile(
    r"^(?:Name|Names|Nombre|Nombres|Nom|Noms|Nimi|姓名)"
    r"(?:\s+(?:and|y|et|und)\s+(?:pronouns?|gender|género|pronombres?|sexe|pronoms?))?"
    r"\s*[:：]\s*(.+?)"
    r"(?:\s+(?:Gender|Género|Sexe|Geschlecht|Sukupuoli)\b.*|\s*\([^()]{1,20}/[^()]{1,20}\))?$",
    re.IGNORECASE | re.MULTILINE,
)
# A blank of a form to fill in ("......", "______", "…………"), or a label's colon inside a
# value (the form's next label read on: "____ Group: ____ Date: ____").
_FORM_BLANK = re.compile(r"[._…]{3}|_{2}|\S\s*[:：]\s")
# A bracket's aside ("(Age: 34)", "(Occupation: teacher)"): its colon is no next label.
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_LIST_SEPARATORS = re.compile(r"\s*(?:,|;|\band\b|\by\b|\bet\b|\bund\b|\bja\b|&)\s*")
# (The IPA block's letters too: Azerbaijani "ə", the "ɛ" and "ɔ" of Akan, Ewe or Lingala.)
_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſƀ-ʯḀ-ỿΆ-ώЀ-ӿ‘’'][A-Za-zÀ-ÖØ-öø-ÿĀ-ſƀ-ʯḀ-ỿΆ-ώЀ-ӿ‘’'\-]*")
_PARTICLES = frozenset(
    "al el bin ibn bint abu de da do dos das del della di van von der den le la ben val".split()  # noqa: SIM905
)
_NOT_NAMES = frozenset(
    """amnesty international urgent action take please the he she his her they their it this
    these those according on in at after since when while during following although however
    dear mr mrs ms dr minister president prime supreme leader office republic islamic arab
    court prison ministry military intelligence security police government authorities
    document further information update background name gender index date sie ihr ihre ihnen
    bitte herr frau der die das den dem des ein eine und oder wir ich usted vous nous""".split()  # noqa: SIM905
)
# Words of a place or a body, which no name in a letter's subject line holds ("Evin Prison",
# "Detention Centre"), beside the nouns of places and bodies and the words no name is.
_SUBJECT_PLACE_WORDS = frozenset(
    "centre center square camp jail gaol station hospital facility colony penitentiary".split()  # noqa: SIM905
)


def _subject_no_name(word: str) -> bool:
    """`word` of a subject line's part is no word of a person's name: a joining word that no
    name holds ("for", "of", "and"), a word of a place or a body, or a word no name is."""
    folded = word.casefold().strip(".,")
    return (
        (folded in JOINING_WORDS and folded not in _PARTICLES)
        or folded in _NOT_NAMES
        or folded in _SUBJECT_PLACE_WORDS
        or folded in PLACE_NOUNS
        or folded in BODY_WORDS
    )


# "members of COPINH": a group at risk beside anyone named.
_MEMBERS_OF = re.compile(
    r"\b((?:members|residents|families|relatives|supporters|leaders)\s+of\s+(?:the\s+)?"
    r"[^:;,.\n]{2,50}"
    # Round 31e: the same in the Romance languages ("miembros de la X", "membres du X").
    r"|(?:miembros|integrantes|membres|membros|familiares)\s+(?:de|du|des|da|do|dos|das)\s+"
    r"(?:(?:la|le|les|el|los|las|l['’])\s*)?[^:;,.\n]{2,50})",
    re.IGNORECASE,
)
# "Community radio staff", "Indigenous community": a group when no one is named.
_GROUP = re.compile(
    r"((?:[^\W\d_][\w'’-]*\s+){1,4}(?:community|communities|defenders|activists|students|workers"
    r"|protesters|detainees|journalists|villagers|staff|prisoners|families))\b",
    re.IGNORECASE,
)


_NOT_NAME_WORDS = frozenset(
    " ".join(fold(w) for w in [*NOT_NAME_WORDS, *TITLE_WORDS, *TITLE_PHRASES]).split()
)
# Between two names of a list: ", ", " and ", ", and Ms ", " y ", " und Dr. " ...
# After a name: "(f)", ", aged 17", ", 34 years old", ", de 25 años", ", 23," and "(41)" (an
# age alone between commas or in brackets).
_AGE_WORDS = "|".join(
    sorted((re.escape(w) for ws in rows.AGE_WORDS.values() for w in ws), key=len, reverse=True)
)
_AFTER_CUE = re.compile(
    r"\s*(?:\((?:f|m|w|h)\)|,?\s*(?:aged|age|edad|âgée?|alter)\s+\d"
    # ", 24 anni", ", de 25 años", ", 35세)" (an age in the language's words).
    rf"|,\s*(?:de\s+)?\d{{1,2}}\s*(?:{_AGE_WORDS})(?!\w)"
    r"|,\s*\d{1,2}\s*,|\*{0,2}\s*\(\d{1,2}\))",
    re.IGNORECASE,
)
# Titles of a profession or a church ("Professor", "Pastor"): never a word of a name.
_NAME_TITLES = frozenset(fold(w) for ws in rows.NAME_TITLES.values() for w in ws)
_JOINED_PARTICLE = re.compile(r"^(?:al|el|ad|as|at|az|an|ar|ash|bin|ibn|abu)-[A-ZÀ-Þ‘’']")
_LIST_GAP = re.compile(
    r"(?:\s*,\s*(?:(?:and|y|e|und|et|i|och|ja|a|oraz)\s+)?|\s+(?:and|y|e|und|et|i|och|ja|a|oraz)\s+)"
    # The role of each between the names ("..., her deputy Y and secretary Z"), in lowercase.
    r"(?-i:(?:[a-zà-ÿ][a-zà-ÿ'’\-]*\s+){0,3})"
    r"(?:(?:Mr|Ms|Mrs|Messrs|Dr|Sr|Sra|Mme|M|Herr|Frau)\.?\s+)?",
    re.IGNORECASE,
)
_CUE_WORDS = frozenset(c.casefold() for c in PERSON_CUES)
_SMALL_WORDS_IN_CAPITALS = frozenset(w for ws in rows.SMALL_WORDS_IN_CAPITALS.values() for w in ws)
_VERBS_IN_CAPITALS = frozenset(fold(w) for ws in rows.VERBS_IN_CAPITALS.values() for w in ws)
_LONG_CUES = tuple(c.casefold() for c in PERSON_CUES if len(c) >= 6)


# An e-mail's sender as its header names them ("From: Camden Branch Officer <x@...>").
_MAIL_SENDER = re.compile(r"^[ \t]*From:\s*\"?([^<\n\"]+?)\"?\s*<", re.MULTILINE | re.IGNORECASE)
# A social post's header: its author's name, the account's handle, a dot and the date
# ("**Group X** @group_x · 3 May 2024", "> Ana Example @ana · 4 May"): the author, who
# writes the thread or replies to it, no one at risk.
_POST_AUTHOR = re.compile(
    r"^[ \t>]*\**([^*@\n·|]{2,60}?)\**[ \t]+@\w{1,30}[ \t]*[·•|]", re.MULTILINE
)
# An e-mail address's local part ("x.y" of "x.y@host."). It starts only where a run of its
# characters starts: tried at every letter of a long run (a pasted 100,000-letter line), the
# search was quadratic, minutes for one paste.
_MAIL_ADDRESS = re.compile(r"(?<![\w.\-])([\w.\-]+)@[\w\-]+\.")


def _named_in(name: str, text: str) -> bool:
    """`name` is written in `text` as a whole name (not inside a longer word)."""
    return next(_mentions_of(name, text), None) is not None


def _mentions_of(name: str, text: str, flags: int = 0) -> Iterator[re.Match[str]]:
    """Each place `text` writes `name` as a whole (not inside a longer word)."""
    return re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, flags)


def _is_cue_word(word: str) -> bool:
    """ "Journalist", or a compound ending in a long cue ("Umweltaktivistin")."""
    folded = word.casefold()
    return folded in _CUE_WORDS or folded.endswith(_LONG_CUES)


# A letter in lower case, Latin Extended too ("ł", "ś", "ř", "ő", "ş"): a word letter that is
# no capital of the Latin alphabets.
_CAPITALS = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
_LOWER = rf"[^\W\d_{_CAPITALS}]"

# The cue, then up to four lowercase words that qualify it ("defender of human rights X",
# "le défenseur des droits humains X"), right before the name.
# (A long cue also ends a compound: "Umweltaktivistin", "mensenrechtenactivist".)
_CUE = re.compile(
    rf"\b(?:{'|'.join(re.escape(c) for c in PERSON_CUES if len(c) < 6)}"
    rf"|[^\W\d_]*(?:{'|'.join(re.escape(c) for c in PERSON_CUES if len(c) >= 6)}))\.?"
    rf"(?-i:(?:\s+{_LOWER}(?:{_LOWER}|['’\-])*){{0,4}})\s+$",
    re.IGNORECASE,
)


# The cues that say what someone is (not "release X", which asks for something).
# (Not an honorific the cues list too, "mevrouw", "sig.ra", "paní": a contact or an official
# has one as well.)
_HONORIFIC_FORMS = frozenset(fold(h).replace(".", "") for h in HONORIFICS)
_NOUN_CUES = [
    c
    for c in PERSON_CUES[: PERSON_CUES.index("release")]
    if len(c) >= 4 and c[:1].islower() and fold(c).replace(".", "") not in _HONORIFIC_FORMS
]
# A cue after the name, in apposition: "Ana X, a primary school teacher", "X, una
# periodista", "X, ein Journalist" (an article, up to three words that qualify the cue).
_APPOSITION = re.compile(
    r",\s+(?:a|an|un|una|une|ein|eine|einen|um|uma|een|en|ett|il|lo)\s+"
    r"(?:[^\W\d_][\w\-]*\s+){0,3}?"  # (any case: the pattern ignores it)
    rf"(?:{'|'.join(re.escape(c) for c in _NOUN_CUES)})\b",
    re.IGNORECASE,
)


@dataclass
class Person:
    name: str
    also_known_as: list[str] = field(default_factory=list)


_BODY_ARTICLES = _every_word(rows.ARTICLES_BEFORE_BODIES)
_ARTICLE_BEFORE = re.compile(rf"(?<![\w’'])(?:{_BODY_ARTICLES})\s+$", re.IGNORECASE)
# A way to reach someone right after a name ("Ms X, Protection Officer, +256 ...", "X,
# press officer, x@org"): the publisher's or a partner's staff.
_REACH_AFTER = re.compile(r"^[^.;\n]{0,50}?(?:\+\d[\d\s().\-]{6,}\d|[\w.\-]+@[\w\-]+\.)")
# An office right after a name, capitalised as an office is ("M. X ; Ministre de la Culture",
# "X, Minister of ..."): an official the action writes to or about, not someone at risk. (A
# role in lowercase, "X, periodista de una radio", describes the person at risk.)
_OFFICES = _alternatives(TITLE_WORDS)
_OFFICE_AFTER = re.compile(rf"^\s*[,;–—(]\s*(?:(?i:the|la|le|el|der|die)\s+)?(?:{_OFFICES})\b")
# The words of a body that is not the state's: an office in one ("President of the X
# Teachers Union", "Director of the Centre for ...") is held by anyone, people at risk too.
_NON_STATE_BODY = frozenset(
    fold(w)
    for w in {*ORGANISATION_NOUNS, *BODY_WORDS}
    | set(
        """centre center centro zentrum society sociedad société sociedade institute instituto
        institut clinic clínica clinique club league liga ligue verein verband gewerkschaft
        stiftung""".split()  # noqa: SIM905
    )
)


def _state_office_after(after: str) -> bool:
    """An office right after a name, of no body outside the state (up to the clause's end)."""
    found = _OFFICE_AFTER.match(after)
    if found is None:
        return False
    clause = re.split(r"[,;.()]", after[found.end() :], maxsplit=1)[0]
    return not any(fold(w) in _NON_STATE_BODY for w in re.findall(r"[^\W\d_]+", clause.lower()))


# A label of a group's own register ("Taufen:", "Funerals:", "Nuevos socios:"), any language.
_REGISTER_LABEL = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(
        sorted(
            (
                re.escape(w).replace(r"\ ", r"\s+")
                for ws in rows.GROUP_REGISTER_LABELS.values()
                for w in ws
            ),
            key=len,
            reverse=True,
        )
    )
    + r")\s*[:：]",
    re.IGNORECASE,
)


def _in_group_register(paragraph: str, begin: int) -> bool:
    """A name in a list after a label of the group's own register, in the same sentence
    ("Baptisms: X, Y. Funerals: Z (89)."): the group's people, no one at risk."""
    window = paragraph[max(0, begin - 160) : begin]
    ends = [m.end() for m in _REGISTER_LABEL.finditer(window)]
    return bool(ends) and not re.search(r"[.!?;]\s", window[ends[-1] :])


def _named_once_aside(paragraph: str, begin: int, end: int, *, in_list: bool = False) -> bool:
    """A name the text gives once, beside words that say it is no one at risk: an article
    before it (a body, a place; not in a list of names), a phone number or e-mail address
    after it (a contact), an office of the state after it (an official), whatever cue comes
    before the name ("our coordinator X, +44 ...", "the spokesperson X, Minister of ...").
    An office in a body outside the state ("the lawyer X, Coordinator of the Y Union") is
    no official's."""
    after = paragraph[end : end + 80]
    return (
        (not in_list and _ARTICLE_BEFORE.search(paragraph[max(0, begin - 12) : begin]) is not None)
        or _REACH_AFTER.match(after) is not None
        or _state_office_after(after)
        or _in_group_register(paragraph, begin)
    )


def _is_prose(paragraph: str) -> bool:
    """Running text: fifteen words or more, many of them in lowercase."""
    words = paragraph.split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= 15 and lower >= 0.4 * len(words)


_LOCATIVE = re.compile(
    r"\b(?:in|at|from|to|near|into|en|à|dans|bei|im|nach|aus|a|em|no|na|nel|nella|w|ve)\s+$"
    # "in Bansud, Oriental Mindoro": a region after the town it is in.
    r"|(?<![\w’'])(?:in|at|from|en|em|à|bei|im|nel)\s+(?-i:[A-ZÀ-Þ][a-zà-ÿ\-]+),\s+$"
    # "the prison of X", "le tribunal de X", "la ville de X": a place named after a place noun.
    r"|\b(?:prison|prisons|court|cour|corte|juzgado|tribunal|city|town|village|province|region|district|county"
    r"|ville|région|prisión|cárcel|ciudad|municipio|estado|provincia|gefängnis|stadt|cidade"
    r"|município|prigione|città|gevangenis|stad"
    # a school, a hospital, a gaol named after its place ("le lycée de X", "the university of
    # X", "l'établissement pénitentiaire de X")
    r"|school|university|hospital|lycée|école|université|hôpital|pénitentiaire|escuela"
    r"|universidad|hospital|penitenciario|penitenciaria|escola|universidade|scuola|università"
    r"|ospedale)\s+(?:of|de|du|des|d['’]|del|de\s+la|von|da|do"
    r"|di|van)\s*$"
    # "de Townname (X)": a region in brackets after a one-word town that a lowercase word or a
    # comma introduces (a person's other spelling in brackets follows a name of two words).
    r"|(?:^|[\s,])(?-i:[a-zà-ÿ]+|,)\s+(?-i:[A-ZÀ-Þ][\w’'\-]*)\s*\($"
    # "(Departamento X", "Province X": a place's noun, capitalised as part of its name.
    rf"|(?<![\w’'\-])(?:{'|'.join(sorted(PLACE_NOUNS, key=len, reverse=True))})\s+$",
    re.IGNORECASE,
)
# "the X court", "the X district": a place's name as the word before a place's or a court's
# noun in lowercase (English and the languages that put the qualifier first).
_PLACE_NOUN_AFTER = re.compile(
    r"\)?\s+(?:court|courts|prison|tribunal|district|province|region|county|municipality"
    r"|village|town|city|bezirk|gericht|landgericht|rechtbank|provincie|gemeente)\b"
)


def _noun_before(nouns: frozenset[str], between: int) -> re.Pattern[str]:
    """The noun in lowercase, up to `between` lowercase words that qualify it and "of"/"de",
    right before a name ("la comunidad tzotzil de ", "the indigenous peoples' organisation
    ")."""
    return re.compile(
        rf"(?<![\w\-])(?:{'|'.join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))})"
        rf"((?:\s+[a-zà-ÿ][\w'’\-]*){{0,{between}}}?)"
        r"(?:\s+(?:of|de|del|di|da|do|du|des|van|von|d['’]))?\s+$"
    )


_PLACE_NOUN = _noun_before(frozenset(PLACE_NOUNS), 2)
_ORGANISATION_NOUN = _noun_before(frozenset(ORGANISATION_NOUNS), 1)


def _named_by_noun(pattern: re.Pattern[str], before: str) -> bool:
    """`before` ends with the noun of `pattern` (the words between are no cue for a person:
    "community leader X" names a person)."""
    m = pattern.search(before)
    return m is not None and not any(
        _is_cue_word(w)
        or _is_cue_word(w.rstrip("s"))
        or _key(w) in _NOT_NAME_WORDS
        or w.casefold() in ROLE_NOUNS
        for w in m.group(1).split()
    )


def _is_place(name: str, text: str) -> bool:
    """True when every mention follows "in", "at", "from" ...: "held in Kafr Sousseh", or one
    follows a word for a place ("la comunidad de X", "un tribunale di X")."""
    starts = [m.start() for m in re.finditer(re.escape(name), text)]
    if any(_named_by_noun(_PLACE_NOUN, text[max(0, i - 60) : i]) for i in starts):
        return True
    return bool(starts) and all(
        _LOCATIVE.search(text[max(0, i - 30) : i])
        or _PLACE_NOUN_AFTER.match(text, i + len(name)) is not None
        for i in starts
    )


def _is_organisation(name: str, text: str) -> bool:
    """A name that follows a word for an organisation, a group or a medium ("la asociación
    X", "the independent outlet X"), or runs on into a body's word ("X Government")."""
    starts = [m.start() for m in re.finditer(re.escape(name), text)]
    if any(_named_by_noun(_ORGANISATION_NOUN, text[max(0, i - 60) : i]) for i in starts):
        return True
    return any(
        (after := _TOKEN.match(text, i + len(name) + 1)) is not None
        and text[i + len(name) : i + len(name) + 1] == " "
        and after.group(0)[:1].isupper()
        and (
            ORGANISATION_WORDS.fullmatch(after.group(0)) is not None
            or _key(after.group(0)) in _BODY_WORDS
        )
        for i in starts
    )


# Round 31e: an office's or a body's word in any of its cases (`OFFICE_NOUN_DATIVES` of every
# language: "Ministra", "Prokuratora", "Министерство").
_OFFICE_FORMS = frozenset(
    fold(w) for forms in rows.OFFICE_NOUN_DATIVES.values() for row in forms for w in row
)
_WORD_BEFORE = re.compile(r"(?<![\w’'\-])([^\W\d_][\w’'\-]*) $")


# The nominative of an office noun ("Minister", "Sędzia", "Судья"): a title before a person's
# name ("Sędzia Igor X", "Former Minister Ana Y"), not a noun whose name goes on in the genitive.
_OFFICE_NOMINATIVES = frozenset(
    fold(row[0]) for forms in rows.OFFICE_NOUN_DATIVES.values() for row in forms
)


def _after_an_office(name: str, flat: str) -> bool:
    """Every mention of `name` right after a capitalised word of an office or a body, with no
    comma between ("Ministerstwo Spraw X", "Ministerul Afacerilor Y", "Prokuratora
    Generalnego Z"): the rest of the office's own name, or the official's (round 31e).
    Mend 31D: a name printed anywhere without the office word before it ("Sędzia Igor X ...
    Igor X obawia się") is someone's, and a run after an office noun's nominative, a title
    ("Minister Ana Y"), is the titled person's name, not the rest of the office's."""
    found = False
    for m in _mentions_of(name, flat):
        before = _WORD_BEFORE.search(flat, max(0, m.start() - 40), m.start())
        if before is None or not before.group(1)[:1].isupper():
            return False  # printed alone: "... wyroku. Igor X obawia się", "family of Ana Y"
        word = before.group(1)
        if ORGANISATION_WORDS.fullmatch(word) is not None or (
            fold(word) in _OFFICE_FORMS and fold(word) not in _OFFICE_NOMINATIVES
        ):
            found = True
    return found


_BODY_WORDS = frozenset(fold(w) for w in BODY_WORDS)
_ENDS_NO_PERSON = _BODY_WORDS | frozenset(fold(w) for w in MEDIUM_WORDS)


def _body_by_its_end(name: str, flat: str = "", language: str | None = None) -> bool:
    """A run of capitalised words whose last is a body's, a medium's or a post's word
    ("Example Coalition", "Kestrel TV", "Senior Press Officer"; `language_rows.BODY_NAME_ENDS`
    of every language, a Turkish word before its suffix: "X Cezaevi'nde"), or an acronym of
    `BODY_NAME_ACRONYMS` the text prints in capitals ("Kestrel PEN"): no person's name."""
    words = name.split()
    if len(words) < 2:
        return False
    last = fold(re.split(r"[’']", words[-1].strip(".,;:'’"))[0])
    ends = _BODY_NAME_ENDS if language is None else _of_language(_BODY_NAME_ENDS_BY, language)
    if last in _ENDS_NO_PERSON or last in ends or _compound_body(words[-1]):
        return True
    return last in _BODY_ACRONYMS and (
        re.search(rf"{re.escape(' '.join(words[:-1]))}\s+{re.escape(words[-1].upper())}\b", flat)
        is not None
    )


_BODY_NAME_ENDS = frozenset(fold(w) for ws in rows.BODY_NAME_ENDS.values() for w in ws)
_BODY_ACRONYMS = frozenset(fold(w) for w in rows.BODY_NAME_ACRONYMS)


def _acronym_inside(name: str, flat: str) -> bool:
    """A word of the run after its first that is a body's acronym (`BODY_NAME_ACRONYMS`) the
    text prints in capitals right after the words before it ("Example FM", "Ostland PEN
    Club", "Kestrel FM de Y"): a medium's or a club's name, whatever the asks say of it and in
    any language (round 31e; no one's name goes on in "FM" or "PEN")."""
    words = name.split()
    return any(
        fold(words[k].strip(".,;:")) in _BODY_ACRONYMS
        and re.search(
            rf"(?<!\w){re.escape(' '.join(words[:k]))}\s+{re.escape(words[k].upper())}(?!\w)", flat
        )
        is not None
        for k in range(1, len(words))
    )


_BODY_NAME_STARTS = frozenset(fold(w) for ws in rows.BODY_NAME_STARTS.values() for w in ws)
_COMPOUND_BODY_ENDS = tuple(w for ws in rows.BODY_COMPOUND_ENDS.values() for w in ws)
_PLACE_NAME_STARTS = frozenset(fold(w) for ws in rows.PLACE_NAME_STARTS.values() for w in ws)
_PLACE_NAME_ENDS = frozenset(fold(w) for ws in rows.PLACE_NAME_ENDS.values() for w in ws)


# Mend28d: what a text says after the name of a person at risk (English).
_RISK_AFTER = re.compile(
    r"(?:,\s*\d{1,3}\s*,|\s+(?:was|is|were|has been|had been|remains)\s+(?:\w+\s+)?"
    r"(?:arrested|detained|held|abducted|sentenced|charged|imprisoned|jailed|tortured"
    r"|disappeared|convicted|in detention|in prison|at risk))"
)


def _by_language(table: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    return {lang: frozenset(fold(w) for w in ws) for lang, ws in table.items()}


# Mend28d: the same tables per language. A text's run of names is checked against the rows of
# its own language alone ("Bayan" opens a Tagalog place, "Kota" an Indonesian one, "Bas" a
# French one: in an English text they are people's names).
_BODY_NAME_ENDS_BY = _by_language(rows.BODY_NAME_ENDS)
_BODY_NAME_STARTS_BY = _by_language(rows.BODY_NAME_STARTS)
_PLACE_NAME_STARTS_BY = _by_language(rows.PLACE_NAME_STARTS)
_PLACE_NAME_ENDS_BY = _by_language(rows.PLACE_NAME_ENDS)
# A page's furniture ("Teilen", "Delen"), in the page's language alone ("Delen" is a Turkish
# surname in an English text).
_PAGE_WORDS_BY = _by_language(rows.PAGE_WORDS)


def _of_language(table: dict[str, frozenset[str]], language: str) -> frozenset[str]:
    return table.get(language, frozenset())


def _compound_body(word: str) -> bool:
    """A compound noun for a body ("Rechtsanwaltskammer", "Mensenrechtenkring":
    `language_rows.BODY_COMPOUND_ENDS`), longer than its tail by three letters at least."""
    folded = word.casefold()
    return any(folded.endswith(end) and len(folded) >= len(end) + 3 for end in _COMPOUND_BODY_ENDS)


def _place_by_its_words(name: str, language: str | None = None) -> bool:
    """A run of capitalised words that opens or ends with a word for a place, in the languages
    that put it first ("Alta X", "Barangay X", "Tanah X") or last ("X Oriental", "X Tengah"):
    `language_rows.PLACE_NAME_STARTS`, `PLACE_NAME_ENDS` (round 28d)."""
    words = name.split()
    starts, ends = (
        (_PLACE_NAME_STARTS, _PLACE_NAME_ENDS)
        if language is None
        else (
            _of_language(_PLACE_NAME_STARTS_BY, language),
            _of_language(_PLACE_NAME_ENDS_BY, language),
        )
    )
    return len(words) >= 2 and (
        fold(words[0].strip(".,;:'’")) in starts
        or fold(re.split(r"[’']", words[-1].strip(".,;:'’"))[0]) in ends
    )


def _place_preposition(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w’'])(?:{_alternatives(words)})\s+$", re.IGNORECASE)


def _town_before(words: list[str]) -> re.Pattern[str]:
    """ "near Y, Negros X": a town after a preposition of place, and a comma, before the name
    (mend29c: a capitalised word and a comma alone is how a list of people is written,
    "three students, Mehmet Kaya, Ahmet Timur and ...")."""
    return re.compile(
        rf"(?<![\w’'])(?:(?:{_alternatives(words)})\s+(?P<town>[A-ZÀ-Þ][\w’'\-]+(?:\s+[A-ZÀ-Þ][\w’'\-]+)?)"
        r"|(?P<word>[A-ZÀ-Þ][\w’'\-]+)),\s+$",
        re.IGNORECASE,
    )


_ALL_PREPOSITIONS = [w for ws in rows.PLACE_PREPOSITIONS.values() for w in ws]
_PLACE_PREPOSITION = _place_preposition(_ALL_PREPOSITIONS)
_TOWN_BEFORE = _town_before(_ALL_PREPOSITIONS)
# Mend29c: a text's own language's prepositions before the name ("i", "u", "na", "di" are
# "and" or "of" in other languages); before a town and a comma any language's (the town and
# the comma are cue enough, and a text misread as Croatian keeps "in Y City, Negros X").
_PLACE_PREPOSITION_BY = {
    lang: _place_preposition(ws) for lang, ws in rows.PLACE_PREPOSITIONS.items()
}


def _after_own_prepositions(name: str, flat: str, language: str) -> bool:
    """Every mention of `name` follows a preposition of place of the text's own language
    (`PLACE_PREPOSITIONS`: "u Novom X", "из Новог Y", "di Z"): a place in that language's
    case, where `_LOCATIVE`'s few words miss it (round 31e)."""
    preposition = _PLACE_PREPOSITION_BY.get(language)
    if preposition is None:
        return False
    starts = [m.start() for m in _mentions_of(name, flat)]
    return bool(starts) and all(preposition.search(flat[max(0, i - 16) : i]) for i in starts)


def _town_cue(m: re.Match[str] | None) -> bool:
    """A town and a comma before a name: the town after a preposition of place, or a word that
    names a country or a territory itself."""
    if m is None:
        return False
    if m.group("town"):
        return all(w[:1].isupper() for w in m.group("town").split())
    word = m.group("word")
    return country_in(word) is not None or is_territory_name(word)


# A place's opening word right before a name, in any letter case ("Kabupaten X" where the
# text writes "kabupaten" in small letters elsewhere, "du quartier X", "tỉnh X").
_PLACE_START_WORD = re.compile(
    rf"(?<![\w’'])(?:{_every_word(rows.PLACE_NAME_STARTS)})"
    r"\s+(?=\S)",
    re.IGNORECASE,
)


def _after_place_words(flat: str) -> dict[str, list[str]]:
    """What follows each place's opening word of the text (up to 80 characters), by its first
    word: read once per text, looked up per name."""
    found: dict[str, list[str]] = {}
    for m in _PLACE_START_WORD.finditer(flat):
        rest = flat[m.end() : m.end() + 80]
        found.setdefault(rest.split(" ", 1)[0], []).append(rest)
    return found


def _place_by_a_cue(
    name: str,
    flat: str,
    after_place: dict[str, list[str]] | None = None,
    language: str | None = None,
) -> bool:
    """A place by the words around it (round 29e), in any language's rows: a run of names that
    opens or ends with a place's word (`_place_by_its_words` of every language) after a
    preposition of place or a town and a comma somewhere ("in Alta X", "i Port Y", "Y, Negros
    X"), or any run right after a place's opening word ("Kabupaten X", "quartier Y")."""
    follow = _after_place_words(flat) if after_place is None else after_place
    first = name.split(" ", 1)[0]
    if any(rest.startswith(name) for rest in follow.get(first, ())):
        return True
    if not _place_by_its_words(name):
        return False
    preposition = _PLACE_PREPOSITION_BY.get(language or "", _PLACE_PREPOSITION)
    return any(
        preposition.search(flat[max(0, m.start() - 16) : m.start()])
        or _town_cue(_TOWN_BEFORE.search(flat[max(0, m.start() - 40) : m.start()]))
        for m in re.finditer(re.escape(name), flat)
    )


_QUOTE_OPEN, _QUOTE_CLOSE = "“\"«„‘'「『", "”\"»“’'」』"


# A line drawn across the page with one character ("-----", "═════", "* * * *").
_STARTS_NO_PERSON = _BODY_WORDS | frozenset(fold(w) for w in ORGANISATION_NOUNS)


def _body_by_its_start(name: str, language: str | None = None) -> bool:
    """A run of capitalised words whose first is a body's noun, as the languages that put the
    noun first name bodies ("Asociación Tierra Viva", "Sindicato Nacional X", "Grupa Y"): no
    person's name."""
    words = name.split()
    if len(words) < 2:
        return False
    first = fold(words[0].strip(".,;:'’"))
    starts = _BODY_NAME_STARTS if language is None else _of_language(_BODY_NAME_STARTS_BY, language)
    return first in _STARTS_NO_PERSON or first in starts or _compound_body(words[0])


_RULE_LINE = re.compile(r"^[ \t]*([-=_*─━═~·•])(?:[ \t]*\1){7,}[ \t]*$", re.MULTILINE)


def _outside_the_action(text: str, action: list[str]) -> Callable[[str], bool]:
    """For a document of several items ruled off from each other (a parish bulletin, a
    newsletter): whether every mention of a name lies in items that hold none of `action`
    (the asks, the recipients). With fewer than two rules, never."""
    cuts = [m.start() for m in _RULE_LINE.finditer(text) if not _underline(text, m)]
    if len(cuts) < 2:
        return lambda _name: False
    bounds = list(zip([0, *cuts], [*cuts, len(text)], strict=True))
    marks = [a.strip()[:40] for a in action if len(a.strip()) >= 6]
    inside = [any(m in text[a:b] for m in marks) for a, b in bounds]
    if not any(inside):
        return lambda _name: False

    def elsewhere(name: str) -> bool:
        # (A mention wrapped over two lines counts: "Ana\n  Example".)
        words = r"\s+".join(map(re.escape, name.split()))
        starts = [m.start() for m in re.finditer(words, text)]
        return bool(starts) and not any(
            inside[i] for i, (a, b) in enumerate(bounds) for s in starts if a <= s < b
        )

    return elsewhere


def _underline(text: str, rule: re.Match[str]) -> bool:
    """A rule right under a line of text and no longer than it: the heading's underline
    ("BACKGROUND" over "----------"), no border between items."""
    above = text[: rule.start()].rstrip("\n").rpartition("\n")[2]
    if not above.strip() or text[: rule.start()].endswith("\n\n"):
        return False
    return len(rule.group(0).strip()) <= len(above.rstrip()) + 3


def _only_quoted(name: str, text: str) -> bool:
    """Every mention of `name` is the whole of a quotation ("trials monitored by “X Y”"):
    the name of a group, a publication or an operation, not of a person."""
    starts = [m.start() for m in re.finditer(re.escape(name), text)]
    return bool(starts) and all(
        i > 0
        and text[i - 1] in _QUOTE_OPEN
        and text[i + len(name) : i + len(name) + 1] in tuple(_QUOTE_CLOSE)
        for i in starts
    )


_BEFORE_REGION = re.compile(r"([A-ZÀ-Þ][\w’'\-]*(?:\s+[A-ZÀ-Þ][\w’'\-]*){0,2}),\s+$")


def _region_after_place(name: str, text: str) -> bool:
    """Every mention comes after a place and a comma (past up to three places so parted), the
    first of them named by a word for a place, or after "in": the region the place is in
    ("municipio de Ejemplo, Alta Region", "la comunidad Río Ejemplo, Ejemplo, Alta Region")."""
    starts = [m.start() for m in re.finditer(re.escape(name), text)]

    def after_place(i: int) -> bool:
        before = text[max(0, i - 120) : i]
        if _LOCATIVE.search(before[-30:]):
            return True  # (another mention: "desalojos en Alta Region")
        for _step in range(3):
            town = _BEFORE_REGION.search(before)
            if town is None:
                return False
            before = before[: town.start()]
            if _named_by_noun(_PLACE_NOUN, before):
                return True
        return False

    return bool(starts) and all(after_place(i) for i in starts)


def _sentences(text: str) -> list[str]:
    """Sentences and clauses (parted by ";"), list items and paragraphs."""
    return re.split(r"(?<=[.!?])\s+(?=[^\w\s]*[A-ZÀ-Þ])|;|\n\s*\n|\n\s*[-•·*]\s", text)


def _released(name: str, sentences: list[str]) -> bool:
    """Every clause that names `name` says, after the name, that they were released ("X,
    arrested with Y, was released without charge"), or welcomes their release: no longer
    at risk."""
    said = [(s, s.find(name)) for s in sentences if name in s]
    return bool(said) and all(
        (RELEASED.search(s, i) or RELEASED.search(s[max(0, i - 40) : i])) is not None
        and not STILL_AT_RISK.search(s, i)  # "... but still faces charges"
        for s, i in said
    )


_KILLED = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            (re.escape(w).replace(r"\ ", r"\s+") for ws in rows.KILLED.values() for w in ws),
            key=len,
            reverse=True,
        )
    )
    + r")\b",
    re.IGNORECASE,
)


def _killed(name: str, sentences: list[str]) -> bool:
    """Every clause that names `name` says they were killed ("su hermano X fue asesinado",
    "the murder of X"): whom the action mourns, not someone at risk."""
    said = [(s, s.find(name)) for s in sentences if name in s]
    return (
        bool(said)
        and all(
            _KILLED.search(s[max(0, i - 30) : i]) is not None  # "the murder of X"
            or _KILLED.search(s[i + len(name) : i + len(name) + 60])
            is not None  # "X ... was killed"
            for s, i in said
        )
    )


def _contact(name: str, locals_: list[set[str]]) -> bool:
    """A name whose words make an e-mail address of the document ("contact Ana Example on
    ... or ana.example@org"): the publisher's staff, not someone at risk."""
    words = re.findall(r"[a-z0-9]+", _key(name))
    # All its words, or its first and last ("ana.example@" of "Ana Maria Example").
    return len(words) >= 2 and any(
        set(words) <= parts or {words[0], words[-1]} <= parts for parts in locals_
    )


# Round 34e: a house number before a street's name at a line's start or after a comma ("17-25
# X Y,", "; 1 X Y Z,"), or after it with a postcode and a town next ("X Y 17, 21335 Town").
# (Mend 34e: a number after a name with only a comma or the line's end next is a person's
# age as often as a house: "Ana Ruiz 19, was arrested", a list line "Ana Ruiz 19", "X 21歳";
# that shape is a street's only when the name holds a street's word: "Old Mill Lane 17,".)
_NUMBER_BEFORE = re.compile(r"(?:^|[,;] ?)\d{1,5}(?:[-/]\d{1,5})?[^\W\d_]? $")
_NUMBER_POSTCODE_AFTER = re.compile(
    r" \d{1,5}(?:[-/]\d{1,5})?[a-zA-Z]? ?[,;] ?(?:[A-Z]{1,2}-)?\d{4,5} ([^\W\d_])"
)
_NUMBER_AFTER = re.compile(r" \d{1,5}(?:[-/]\d{1,5})?[a-zA-Z]? ?(?:[,;]|$)")


def _at_house_numbers(name: str, text: str) -> bool:
    """Every mention of `name` stands beside a house number, as a street's name does in an
    address ("17-25 X Y Road, Town", "X Y 17, 21335 Town", "X Street 17,"): no one's name, in
    any language (a person's age after the name has no postcode and town after it: "X Y 19,
    was arrested", "X Y, 34,")."""
    mentions = list(_mentions_of(name, text))
    if not mentions:
        return False
    street_word = ADDRESS_WORDS.search(name) is not None
    for m in mentions:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        line_after = text[m.end() : end if end >= 0 else len(text)]
        # (At most 16 characters before the name: a number, its range and a separator.)
        before = text[max(start, m.start() - 16) : m.start()]
        if m.start() - 16 > start:
            before = "." + before  # cut inside the line: not the line's start
        postcode = _NUMBER_POSTCODE_AFTER.match(line_after[:24])
        if not (
            (_NUMBER_BEFORE.search(before) and re.match(r"\s*[,;]", line_after))
            or (postcode is not None and postcode.group(1).isupper())
            or (street_word and _NUMBER_AFTER.match(line_after[:16]))
        ):
            return False
    return True


# Round 36d: a postcode and a town ("12345 Town", "1234 AB Town", "12345-678", "AB1
# 2CD", "00-950 Town"; not a year's "2024 Prize"), or the post's box ("c/o").
_POSTCODE = re.compile(
    r"(?<![\w/.\-])(?:(?!(?:19|20)[0-9]{2}\b)[0-9]{4,5}(?:-[0-9]{3})?"
    r"|[0-9]{2}-[0-9]{3}|[0-9]{3} [0-9]{2})(?: [A-Z]{2})? (?=[^\W\d_])"
    r"|(?<!\w)[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}(?!\w)|(?<!\w)c/o(?!\w)"
)


def _running_word(part: str) -> bool:
    """`part` holds a word of running text: six letters or more in small letters, or of a
    script without capitals ("arrested", "арестован", "আটক হন"), as no address part is."""
    return any(
        (len(w) >= 6 and w.islower()) or w.lower() == w.upper()
        for w in re.findall(r"[^\W\d_]+", part)
    )


def _in_postal_address(name: str, text: str) -> bool:
    """Every mention of `name` is a part of a postal address: the line goes on to a postcode
    within 70 characters, with no running word on the way (`_running_word`: "X was arrested
    in 2024 ..." is a sentence), or the name follows a postcode
    ("42100 X", a town). An office's, a school's, a lawyer's address, in any language."""
    mentions = list(_mentions_of(name, text, re.IGNORECASE))
    if not mentions:
        return False
    for m in mentions:
        end = text.find("\n", m.end())
        after = text[m.end() : min(m.end() + 70, end if end >= 0 else len(text))]
        code = _POSTCODE.search(after)
        before = text[max(0, m.start() - 12) : m.start()]
        if not (
            (code is not None and not _running_word(after[: code.start()]))
            or re.search(r"(?<![\w/.\-])(?!(?:19|20)[0-9]{2} )[0-9]{4,5} $", before)
        ):
            return False
    return True


def _contact_named(name: str, text: str) -> bool:
    """Every mention follows a word that gives a contact ("please contact X",
    "Ansprechpartner: X"): the publisher's staff."""
    starts = [m.start() for m in re.finditer(re.escape(name), text)]
    return bool(starts) and all(CONTACT_CUE.search(text[max(0, i - 30) : i]) for i in starts)


# A word of a name's key for counting mentions, in any script (Round 31e found the count
# read Latin letters only: a name in Cyrillic, Greek or Hebrew was never "printed twice").
_WORD = re.compile(r"[^\W_]+")


def _key(name: str) -> str:
    # Remembered for short texts only (names, lines), as `fold` is: a whole document asked
    # about once is not kept.
    return _short_key(name) if len(name) <= 200 else _whole_key(name)


@lru_cache(maxsize=1 << 13)
def _short_key(name: str) -> str:
    return _whole_key(name)


def _whole_key(name: str) -> str:
    return " ".join(re.sub(r"[-‘’'`]", " ", fold(name)).split())


def _common_noun_ending(word: str) -> bool:
    """A German noun's ending ("Regierung", "Freiheit") after a stem of three letters or more:
    a syllable that only ends like one is no such noun ("Trung", "Dung": Vietnamese names)."""
    return word[3:].endswith(NOT_NAME_ENDINGS)  # the ending, and three letters before it


def _signed_names(line: str, common: set[str]) -> list[tuple[str, str | None]]:
    """The names of a signature line, each with the name it may sign for (None: the
    signer's own). A name after a word in small letters signs for itself ("Friends of X");
    a run that joins words and a name by a particle ("Amigos de X", "Freunde von X", "Ana de
    la Cruz Soto") signs for the name after it, when the text names that elsewhere."""
    out: list[tuple[str, str | None]] = []
    for name, start, _end in _spans(line, common):
        words = name.split()
        small = next((k for k in range(1, len(words)) if words[k][:1].islower()), None)
        if small is not None and len(words) - small - 1 >= 2:
            out.append((name, " ".join(words[small + 1 :])))
            continue
        out.append((name, name if _signed_for(line[:start]) else None))
    return out


def _printed_again_tail(name: str, grams: Counter[str]) -> str | None:
    """The longest tail of two words or more of `name` that the text (its word n-grams,
    `grams`) prints twice or more, when shorter than the name; None when there is none or
    the name itself is printed again."""
    words = name.split()
    for k in range(len(words) - 1):
        tail = " ".join(words[k:])
        if grams[" ".join(_WORD.findall(_key(tail)))] >= 2:
            return tail if k else None
    return None


def _typed_in_capitals(text: str) -> bool:
    """A text typed in capitals (a telex, an old fax or circular): of its letters that have a
    case, two hundred or more, nearly none in small letters (a stray word of a header or a
    stamp aside). Letter case marks no name in it."""
    upper = lower = 0
    for c in text:
        if c.isupper():
            upper += 1
        elif c.islower():
            lower += 1
    return upper >= 200 and lower * 10 < upper


def _signed_for(before: str) -> bool:
    """The words of a signature line before a name end in a word in small letters ("Friends
    of", "en nombre de", "im Namen von"): the name is whom the writers sign for, not theirs."""
    words = before.split()
    return bool(words) and words[-1][:1].islower() and words[-1].isalpha()


def _sequences(text: str, common: set[str], capitals: bool = False) -> list[str]:
    """Runs of two to five name-like words in `text` (no punctuation between them)."""
    return [name for name, _, _ in _spans(text, common, capitals)]


def _spans(text: str, common: set[str], capitals: bool = False) -> list[tuple[str, int, int]]:
    """(name, start, end) for each run of two to five name-like words in `text`. In a text
    typed in capitals (`capitals`), a word in capitals is name-like as a capitalised one."""
    found: list[tuple[str, int, int]] = []
    run: list[re.Match[str]] = []

    def flush() -> None:
        while run and run[-1].group(0).lower() in _PARTICLES:
            run.pop()
        if run and (
            _key(run[0].group(0)) in PLACE_STARTS
            or all(m.group(0).casefold() in PORTFOLIO_WORDS for m in run)
        ):
            run.clear()  # a place ("San Pedro"), or an office's portfolio ("Home Affairs")
            return
        # (In capitals, a name runs on into the words before it, "PERU X Y (32)": a longer run
        # is kept, its tail the name the text prints again; `find_people`.)
        if 2 <= len(run) <= (8 if capitals else 5) and not any(
            _key(m.group(0)) in _NOT_NAME_WORDS
            or _common_noun_ending(_key(m.group(0)))
            # "Zehn Jahre Haft": a quantity ("dos" inside "Conceição dos Santos" is a particle)
            or (m.group(0).casefold() in NUMBER_WORDS and m is run[0])
            for m in run
        ):
            name = " ".join(
                w.capitalize() if w.isupper() and len(w) > 1 else w
                for w in text[run[0].start() : run[-1].end()].split()
            )
            found.append((re.sub(r"[’']s$", "", name), run[0].start(), run[-1].end()))
        run.clear()

    previous, previous_end = "", 0
    for m in _TOKEN.finditer(text):
        word = re.sub(r"[’']s$", "", m.group(0))
        gap = text[run[-1].end() : m.start()] if run else " "
        if gap not in (" ", "\n"):
            flush()
        after_number = (
            not run and previous in NUMBER_WORDS and text[previous_end : m.start()] == " "
        )
        previous, previous_end = word.lower(), m.end()
        if after_number:
            continue
        if text[m.end() : m.end() + 3].lstrip(" \u00a0")[:1] in (":", "："):
            flush()  # a field label ("E-post:", "Fax:"), never part of a name
            continue
        lower = word.lower()
        capitalised = word[:1].isupper() or word[:1] in "‘’'"
        if lower in _PARTICLES or (run and _JOINED_PARTICLE.match(word)):
            # A particle continues a name ("Abd al-Rahman"), never starts one ("El Ejemplo").
            if run:
                run.append(m)
            else:
                flush()
            continue
        # A surname in capitals after a given name ("Ana EXAMPLE") is part of the name.
        caps_surname = (
            bool(run) and word.isupper() and len(word) > 1 and not run[-1].group(0).isupper()
        )
        if (
            capitalised
            and (not (word.isupper() and len(word) > 1) or caps_surname or capitals)
            and lower not in _NOT_NAMES
            and fold(word) not in _NAME_TITLES
            and lower not in common
            and fold(word) not in month_numbers()
            and country_in(word) is None
            # (Read where it stands: "Tomáš Vláda" is a name, "Vláda České republiky" a body.)
            and not ORGANISATION_WORDS.search(text, m.start(), m.start() + len(word))
        ):
            run.append(m)
            if word != m.group(0):
                flush()  # "Jehovah's Witness": a possessive ends the name it follows
        else:
            flush()
    flush()
    return found


_WORD_OF_A_KEY = re.compile(r"[^\W_]+")


def find_people(
    text: str,
    *,
    title: str | None,
    asks: list[str],
    not_people: list[str],
    running_text: str | None = None,
) -> tuple[list[Person], str | None, list[str]]:
    """(people named, a group description when none is named, lines for the report).
    `running_text`: the document without its recipient blocks, where names in lists or after
    words like "journalist" are looked for."""
    checks: list[str] = []
    # Words written in lowercase somewhere are common words, not names (links and file
    # names do not count: they write names in lowercase too).
    plain = " ".join(w for w in text.split() if not re.search(r"://|[/_@]", w))
    common = {w for w in re.findall(r"(?<![\w’'])[a-zà-ÿ]+", plain)}
    # A text typed in capitals has no word in small letters: its common words are the small
    # words of every language, and a word in capitals may be a name as a capitalised one is.
    capitals = _typed_in_capitals(text)
    if capitals:
        common |= SMALL_WORDS | _SMALL_WORDS_IN_CAPITALS
    labelled: list[str] = []
    for m in _LABELLED.finditer(text):
        labelled += [
            # "Name ... (il)", "Name ... (hombre)": a pronoun or gender after the name.
            re.sub(r"\s*\((?-i:[a-zà-ÿ]+)\)$", "", p.strip(" .·")).strip(" .·")
            for p in _LIST_SEPARATORS.split(m.group(1))
            if len(p.split()) >= 2
            and not re.search(r"[:：]\s*$", p)  # "Adresse :", a label
            # Round 31e: a form's blank to fill in ("Nom : ...... Classe : ....", "Name:
            # ______ Address: ____"), its next label read on: no one's name, in any language.
            and not _FORM_BLANK.search(_BRACKETED.sub(" ", p))
        ]
    # How often each name is mentioned anywhere, in any of its spellings' normal form.
    # Counted once over the text's word n-grams (linear), not by searching for each name.
    words = _WORD.findall(_key(text))
    grams: Counter[str] = Counter(
        " ".join(words[i : i + n]) for n in range(1, 7) for i in range(len(words) - n + 1)
    )
    whole = _sequences(text, common, capitals)  # every run of names in the text, read once
    counts: Counter[str] = Counter()
    for sequence in whole:
        for form in (sequence, sequence.split(" ", 1)[-1]):
            key = _key(form)
            if key not in counts:
                counts[key] = grams[" ".join(_WORD.findall(key))]
    # East Slavic names recur in other grammatical cases ("Олег Примеров", "Олегу Примерову",
    # "Примерову Олегу Сергеевичу"): counted by their nominative, with and without patronymic.
    lemmas: Counter[str] = Counter()
    for sequence in whole:
        for key in _lemma_keys(sequence):
            lemmas[key] += 1

    # (Session 27: `lemma_count`, `settled` and `_is_place` are asked per mention of a name,
    # and the last two scan the whole text; each answer depends on the name alone here.)
    @cache
    def lemma_count(name: str) -> int:
        return max((lemmas[key] for key in _lemma_keys(name)), default=0)

    @cache
    def settled(name: str) -> str:
        """The nominative of a Cyrillic name; of those it may be, the one the text uses most
        ("Веру Соколову" is "Вера Соколова" where the text has "Вере Соколовой" too)."""
        forms = nominatives(name)
        if len(forms) == 1:
            return forms[0]
        # Ties go to a form the text prints as it is (the nominative, somewhere).
        ranked = sorted(forms, key=lambda f: (lemmas[_key(f)], text.count(f)), reverse=True)
        first, second = ((lemmas[_key(f)], text.count(f)) for f in ranked[:2])
        if first[0] == second[0] and (mate := _like_list_mate(name, forms, text)):
            return mate  # "Рустема Кадірова і Ельдара Мусаєва": in its list mate's case
        return ranked[0] if first > second else name

    # The opening paragraph: the first piece of running text (not a heading or a link line).
    paragraphs = [
        p
        for p in re.split(r"\n\s*\n", text)
        if (_is_prose(p) or re.search(r"[\u4e00-\u9fff]{30}", p)) and "://" not in p
    ]
    # The opening paragraph that names someone more than once in the document.
    lead = next(
        (
            p
            for p in paragraphs[:3]
            if any(counts[_key(s)] >= 2 for s in _sequences(p, common, capitals))
        ),
        paragraphs[0] if paragraphs else "",
    )

    # How often each run of names is written whole (not inside a longer run).
    alone = Counter(_key(s) for s in whole)

    def usual_form(candidate: str) -> str:
        # "Blogger Samir Bayat Nouri": drop a leading word when the rest is the usual form
        # and is written on its own ("Nadim X Y" and "Samir X Y" share "X Y", never alone).
        shorter = candidate.split(" ", 1)[1] if " " in candidate else ""
        if (
            len(shorter.split()) >= 2
            and counts[_key(shorter)] > counts[_key(candidate)]
            and (alone[_key(shorter)] > 0 or not shorter[:1].isupper())
        ):
            return shorter
        return candidate

    @cache
    def is_place(name: str) -> bool:
        return _is_place(name, text)

    def repeated(found: list[str]) -> list[str]:
        forms = [usual_form(s) for s in found]
        return [s for s in forms if counts[_key(s)] >= 2 and not is_place(s)]

    # Names in running text count when the text says they are people: in a list of names,
    # after a word such as "journalist" or "Mr", or written more than once.
    prose_names: list[str] = []
    # The forms the text prints each nominative in ("Novom Xu" of "Novi X"; round 31e).
    printed_as: dict[str, set[str]] = {}
    # Lines with a link are page furniture ("SOURCE: https://..."), not running text; so is
    # the publisher's contact strip ("Org · 7 rue X · 75019 Paris · Tél. ...").
    running = "\n".join(
        "" if "://" in line or contact_strip(line) else line
        for line in (running_text if running_text is not None else text).split("\n")
    )
    chunks = [" ".join(p.split()) for p in re.split(r"\n\s*\n", running) if len(p.split()) >= 6]
    # (Asks joined so that a name ending one does not run on into the next: "... and Ana
    # Example;" + "Calling on ...".)
    for paragraph in [*chunks, "; ".join(asks)]:
        spans = _spans(paragraph, common, capitals)
        listed: set[int] = set()
        for i in range(len(spans) - 1):
            gap = paragraph[spans[i][2] : spans[i + 1][1]]
            if _LIST_GAP.fullmatch(gap):
                listed.update((i, i + 1))
        for i, (name, begin, end) in enumerate(spans):
            after = paragraph[spans[i][2] : spans[i][2] + 24]
            after_cue = (
                _AFTER_CUE.match(after) is not None
                or _APPOSITION.match(paragraph, spans[i][2]) is not None
            )
            cued = _CUE.search(paragraph[max(0, begin - 40) : begin]) is not None or after_cue
            first, _, rest = name.partition(" ")
            if _is_cue_word(first) and len(rest.split()) >= 2:
                # "Menschenrechtsverteidiger Salomón ...": the cue was read into the name.
                name, cued = rest, True
                begin = end - len(rest)
            # In a text in capitals a run of words is a name only by a cue the text prints
            # beside it ("SR. X Y", "X Y, 23,", "X Y (41)"): its letters tell no name from
            # the capitals of its running words ("TREATED HUMANELY, AND GIVEN ACCESS").
            printed_cue = cued
            if capitals:
                # The words run on into the name ("SCHOOLTEACHER X Y Z", "SRI LANKA X Y"):
                # its longest tail the text prints again, else the run when it can be one.
                tail = _printed_again_tail(name, grams)
                if tail is not None:
                    name, begin = tail, end - len(tail)
                elif len(name.split()) > 5:
                    continue
                # Mend31C: a cue before the run ("THE JOURNALIST COVERED LAND DISPUTES", "HIS
                # MOTHER VISITED CENTRAL PRISON") is followed by a verb and its object as
                # often as by a name: the run counts by it only where the text prints the
                # run whole again, and never with a verb of the language in it; an age or a
                # comma cue after it ("X Y (34)", "X Y, 34,") counts alone. A run of more
                # than four words is one only where it is printed whole again.
                again = grams[" ".join(_WORD.findall(_key(name)))] >= 2
                if any(_key(w) in _VERBS_IN_CAPITALS for w in name.split()):
                    continue
                if len(name.split()) > 4 and not again:
                    continue
                printed_cue = after_cue or (cued and again)
            form = usual_form(name)
            printed_as.setdefault(settled(form), set()).add(form)
            if settled(form) != form or lemma_count(form) >= 2:
                form, cued = settled(form), cued or lemma_count(form) >= 2
            if (
                counts[_key(form)] < 2
                and lemma_count(form) < 2
                and _named_once_aside(paragraph, begin, end, in_list=i in listed)
            ):
                continue
            if (
                (printed_cue if capitals else i in listed or cued or counts[_key(form)] >= 2)
                and not is_place(form)
                and country_in(form) is None
            ):
                prose_names.append(form)

    def named_again(part: str) -> str | None:
        """The longest tail of a subject line's part the text names again, no common word
        and no cue word first ("DETENZIONE DI PAOLO X": "PAOLO X")."""
        words = part.split()
        for k in range(len(words) - 1):
            tail = words[k:]
            if tail[0].casefold() in _PARTICLES or _is_cue_word(tail[0]):
                continue
            if any(_subject_no_name(w) for w in tail):
                continue  # "ACTION FOR X Y": the name after "for"; "Evin Prison": a place
            if any(w.casefold() in common for w in tail if len(w) > 3):
                continue
            if grams[" ".join(_WORD.findall(_key(" ".join(tail))))] >= 2:
                return " ".join(tail)
        return None

    trimmed = (
        labelled
        + repeated(_sequences(title or "", common))
        + repeated(_sequences("; ".join(asks), common))
        + prose_names
        # Whom a letter's subject line names and its text names again ("RE: ELENA X AND
        # RUBEN Y" over a letter typed in capitals, where letter case marks no name).
        + [n for n in map(named_again, subject_names(text)) if n]
        + _arabic_names(running)
        + _han_names(running)
        + _native_names(running)
        + [n for n in _aged_names(running) if n not in not_people]
    )
    # Nor is anyone named in the publisher's contact strip or as an e-mail's sender.
    strips = [line for line in text.split("\n") if contact_strip(line)]
    strips += [m.group(1) for m in _MAIL_SENDER.finditer(text)]
    # A post's author, unless the text names them again outside the posts' header lines (a
    # person quoted from their own post, in an appeal about them: mend27a).
    authors = [m.group(1).strip() for m in _POST_AUTHOR.finditer(text)]
    if authors:
        off_headers = "\n".join(line for line in text.split("\n") if not _POST_AUTHOR.match(line))
        strips += [a for a in authors if not _named_in(a, off_headers)]
    # A letter's signature names its signer, struck from the whole text, wherever else the
    # text names them (a contact sentence, the sender's block). A name after a word in small
    # letters of the signature ("Friends of X", "on behalf of X's family") is signed for: a
    # person at risk when the title, the story or the asks name them too.
    signed = signature_lines(text)
    signed_set = set(signed)
    unsigned = " ".join(
        " ".join(line for line in text.split("\n") if line.strip() not in signed_set).split()
    )
    strips_signed = [
        name
        for line in signed
        for name, signed_for in _signed_names(line, common)
        if signed_for is None or not re.search(rf"(?<!\w){re.escape(signed_for)}(?!\w)", unsigned)
    ]
    # A sentence read as a recipient's name ("X را فورا ... آزاد کنند؛", an ask) names
    # people at risk: only the whole of it is no one.
    sentences_read = {
        _key(n) for n in not_people if len(n.split()) >= 6 and n.rstrip()[-1:] in ".;؛!?。"
    }
    excluded = (
        {_key(n) for n in not_people}
        | {_key(n) for line in strips for n in _sequences(line, common)}
        | {_key(n) for n in strips_signed}
    )
    flat = " ".join(text.split())
    sentences = _sentences(text.replace("\n", " \n").replace(" \n \n", "\n\n"))
    sentences = [" ".join(s.split()) for s in sentences]
    addresses = [
        set(re.findall(r"[a-z0-9]+", _key(m.group(1)))) for m in _MAIL_ADDRESS.finditer(text)
    ]
    labelled_keys = {_key(n) for n in labelled}
    # Mend28d: the language's tables of the words that open or end a body's or a place's name
    # are no reason to drop a name the asks call for ("release Sara Club").
    language = detect_language(text).code
    # (Round 31e: the words of any script; with Latin letters alone a Cyrillic or Greek name's
    # words were none, and every such name counted as asked for.)
    asks_keys = f" {' '.join(_WORD_OF_A_KEY.findall(_key(' ; '.join(asks))))} "

    page_words = _of_language(_PAGE_WORDS_BY, language)
    after_place = _after_place_words(flat)

    def asked(key: str) -> bool:
        words = _WORD_OF_A_KEY.findall(key)
        return bool(words) and f" {' '.join(words)} " in asks_keys

    def at_risk(name: str) -> bool:
        """The text says of `name` what befalls a person at risk ("X was arrested", "X is
        held", "X, 34,"): no body's or place's name whatever its last word."""
        return (
            re.search(rf"(?<!\w){re.escape(name)}{_RISK_AFTER.pattern}", flat, re.IGNORECASE)
            is not None
        )

    # (Sentences parted after a letter's full stop alone: "am 5. März festgenommen" is one.)
    told = [" ".join(s.split()) for s in _STORY_SENTENCE_END.split(text)]

    def told_at_risk(name: str) -> bool:
        """Mend 36b1: the text tells of `name` what befalls a person at risk, outside the
        sentences that mark them as a writer and outside quotations: "X, 29," or "X was
        arrested", or the title or a sentence naming them tells of an arrest, a detention or
        threats ("Journalist detained: X", "X wurde festgenommen", "X, who has also been
        threatened"). A person at risk may be quoted or publish a post too. (The title as
        one more sentence: it may be a sentence read off the text, a quotation.)"""
        return at_risk(name) or any(
            _mentions(name, s)
            and not _marked_author(name, s)
            and tells_of_risk(_QUOTATION.sub(" ", s))
            for s in [title or "", *told]
        )

    elsewhere = _outside_the_action(text, [*asks, *not_people])
    # How often each key and each name is among the candidates: the keys of the others than
    # a name, counted once (no list of the others built per mention).
    trimmed_keys = Counter(_key(t) for t in trimmed)
    trimmed_names = Counter(trimmed)

    # (Session 27: a name mentioned again is judged once; every test below depends on the
    # name and the text alone, and only `_add` on the people found so far.)
    @cache
    def judged(candidate: str) -> list[str] | None:
        """The names to add for a candidate, None when it names no one at risk."""
        candidate = settled(candidate)
        bare = _without_honorific(candidate, language)
        if bare is None:
            return None  # "Senhor Comandante-Geral": how an official is addressed
        candidate = bare
        key = _key(candidate)
        if key in excluded or any(
            key in e or e in key for e in excluded if len(e) > 5 and e not in sentences_read
        ):
            return None
        if key not in labelled_keys and (
            candidate[:1].islower()  # "de Xische" of "Volgens de Xische wet"
            or any(_key(w) in page_words for w in candidate.split())
            or is_territory_name(candidate)  # "Central Asia", "Afrique de l'Ouest": a region
            or _is_organisation(candidate, flat)
            or _acronym_inside(candidate, flat)
            or (
                not asked(key)
                and any(
                    _after_own_prepositions(form, flat, language)
                    for form in sorted({candidate, *printed_as.get(candidate, ())})
                )
            )
            or (
                not asked(key)
                and not at_risk(candidate)
                and (
                    _body_by_its_end(candidate, flat, language)
                    or _body_by_its_start(candidate, language)
                    or _place_by_its_words(candidate, language)
                )
            )
            or (not asked(key) and not at_risk(candidate) and _after_an_office(candidate, flat))
            # (An ask's "in Alta X" is a place too; only "X was arrested" keeps the run.)
            or (not at_risk(candidate) and _place_by_a_cue(candidate, flat, after_place, language))
            or _only_quoted(candidate, flat)
            or _region_after_place(candidate, flat)
            or _released(candidate, sentences)
            or _killed(candidate, sentences)
            or _contact(candidate, addresses)
            or _contact_named(candidate, flat)
            or _at_house_numbers(candidate, text)
            or (not asked(key) and _in_postal_address(candidate, text))
            or (not at_risk(candidate) and _law_named(candidate, flat))
        ):
            return None
        if key not in labelled_keys and elsewhere(candidate):
            return None  # a parish's or a newsletter's other notices, ruled off from the action
        if SALUTATION_ONLY_START.match(f"{candidate} "):
            return None  # "Your Excellency", "Dear Minister": how a letter opens, no one at risk
        if key not in labelled_keys and _only_in_greetings(candidate, text):
            return None  # "Yth. Bapak Kapolri,": the official a letter opens to
        if (
            key not in labelled_keys
            and not asked(key)
            and _marked_author(candidate, flat)
            and not told_at_risk(candidate)
        ):
            return None  # "Posted on 3 May by X", "X (author)", "X says:": who wrote the page
        if key not in labelled_keys and _only_in_bylines(candidate, text):
            return None  # "4 July 2019 · Urgent Action · Women's Rights": a page's tags
        if _cut_short(candidate, text):
            return None  # "Marta K.", "Exeter EX9 9ZZ", "Index AMR 99/...": no one's full name
        # The keys of the candidates other than this one (`t != candidate`).
        own = trimmed_names[candidate]
        return _split_known_by(candidate, lambda k: trimmed_keys[k] - (own if k == key else 0) > 0)

    sentence_keys = [f" {' '.join(_WORD.findall(_key(s)))} " for s in sentences]

    @cache
    def side_by_side(a: str, b: str) -> bool:
        short, long = sorted((f" {a} ", f" {b} "), key=len)
        return any(long in s and short in s.replace(long, " ") for s in sentence_keys)

    people: list[Person] = []
    # The name case rows of the text's language alone (an English text's "Anna" is no case of
    # "Anne"; mend27b).
    language = detect_language(text).code
    endings = case_endings_of(language)
    for candidate in trimmed:
        parts = judged(candidate)
        for part in parts or ():
            _add(people, part, counts, checks, side_by_side, endings)
    people = _bracketed_spellings(people, flat)
    for person in people:
        person.name = _without_case_suffix(person.name, text)
    _native_spellings(people, flat)
    people = in_own_script(_in_the_texts_script(people, text), text)
    people = _printed_nominatives(
        people, flat, endings, tuple(rows.NAME_CASES_SURE.get(language, ()))
    )
    # A form that is only a grammatical case of the name is no other name the person goes by
    # ("Ивану X" of "Ивана X"; mend28b).
    for person in people:
        person.also_known_as = [
            a for a in person.also_known_as if not case_of(person.name, a, endings)
        ]
    order = {p.name: text.find(p.name) for p in people}
    people.sort(key=lambda p: order[p.name] if order[p.name] >= 0 else len(text))
    # A group in the title is at risk beside anyone named ("members of COPINH").
    match = _MEMBERS_OF.search(title or "") or (None if people else _MEMBERS_OF.search(lead))
    if match is None and not people:
        match = _GROUP.search(title or "")
    group = match.group(1).strip() if match else None
    return people, group, checks


_ARABIC_ARTICLE_CUES = frozenset(ARABIC_PERSON_CUES)
# Cues without the article are common nouns too ("به وکیل دسترسی": access to a lawyer): a
# name they give counts when the text names it again.
_ARABIC_CUES = _ARABIC_ARTICLE_CUES | {
    w for ws in rows.PERSON_CUES_ARABIC_SCRIPT.values() for w in ws
}
_ARABIC_ENDS = frozenset(ARABIC_NAME_ENDS) | {
    w for ws in rows.NAME_ENDS_ARABIC_SCRIPT.values() for w in ws
}
_ARABIC_PRONOUNS = frozenset(w for ws in rows.PRONOUNS_ARABIC_SCRIPT.values() for w in ws)
# A word of Arabic script (Arabic, Persian and Urdu letters, their marks, the zero-width
# non-joiner Persian writes inside words: "می‌شود").
_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u064B-\u0652\u0670-\u06D3\u200c]+")
_ARABIC_STOPS = frozenset('،,.؛;:()"«»')


def _arabic_name_words(tokens: list[str], j: int, step: int) -> list[str]:
    """Up to four name words from tokens[j] on (step 1) or back (step -1), until punctuation
    or a word that ends a name."""
    name: list[str] = []
    while 0 <= j < len(tokens) and len(name) < 4:
        word = tokens[j]
        if word in _ARABIC_ENDS or word in _ARABIC_CUES or not _ARABIC_WORD.fullmatch(word):
            break
        name.append(word)
        j += step
    return name if step > 0 else name[::-1]


def _arabic_names(text: str) -> list[str]:
    """Names in Arabic script after a word that says the words are a person's ("الصحفي
    يوسف ..."): adjectives after the cue (words with the article "ال") are skipped, then up to
    four words, until punctuation or a word that ends a name ("في", "البالغ"). Persian also
    names the person first, the noun after a comma ("X، دانشجوی ..."), or puts a pronoun
    between the noun and the name ("هم‌کلاسی او، X")."""
    names: list[str] = []
    flat = " ".join(text.split())
    for paragraph in re.split(r"\n\s*\n", text):
        tokens = [t for t in re.split(r"(\s+|[،,.؛;:()\"«»])", paragraph) if t and not t.isspace()]
        for i, token in enumerate(tokens):
            if token not in _ARABIC_CUES:
                continue
            j = i + 1
            while j < len(tokens) and tokens[j].startswith("ال") and tokens[j] not in _ARABIC_ENDS:
                j += 1  # "المحامية الحقوقية ...": the adjective
            if j < len(tokens) and tokens[j] in _ARABIC_PRONOUNS:
                j += 1
                if j < len(tokens) and tokens[j] in "،,":
                    j += 1
            name = _arabic_name_words(tokens, j, 1)
            if len(name) >= 2 and not name[0].startswith("ال"):
                kept = _recurring_prefix(name, flat)
                if token in _ARABIC_ARTICLE_CUES or flat.count(kept) >= 2:
                    names.append(kept)
            if i >= 3 and tokens[i - 1] in "،,":
                # "X Y، دانشجوی": the name opens its clause, the noun after the comma.
                name = _arabic_name_words(tokens, i - 2, -1)
                opens = i - 2 - len(name) < 0 or tokens[i - 2 - len(name)] in _ARABIC_STOPS
                again = text.count(" ".join(name)) >= 2
                if 2 <= len(name) <= 3 and opens and again and not name[0].startswith("ال"):
                    names.append(" ".join(name))
    return names


def _recurring_prefix(words: list[str], flat: str) -> str:
    """A name in a script without capitals ends where the text says: of the words read after
    a cue, the longest first words (two at least) that the text names as often as it names
    the first two ("سلمى الناصري ورفع حظر", once, is "سلمى الناصري", named twice)."""

    def count(n: int) -> int:
        return len(re.findall(rf"(?<!\w){re.escape(' '.join(words[:n]))}(?!\w)", flat))

    least = count(2)
    if least < 2:
        return " ".join(words)
    n = max(k for k in range(2, len(words) + 1) if count(k) == least)
    return " ".join(words[:n])


_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_HAN_CUES = re.compile("|".join(sorted(map(re.escape, HAN_PERSON_CUES), key=len, reverse=True)))


def _han_names(text: str) -> list[str]:
    """Names in Han script (Chinese, Japanese: no capitals, no spaces) right after a word that
    says the words are a person's ("律师韩某某", "其妻张某"): a usual family name and one or
    two characters more. Two when the third is a word that follows names ("说", "被"), or
    when the name is written more often without it; else three."""
    flat = "".join(text.split())
    names: list[str] = []
    for m in _HAN_CUES.finditer(flat):
        rest = flat[m.end() : m.end() + 6]
        joiner = next((j for j in rows.HAN_CUE_JOINERS if rest.startswith(j)), "")
        rest = rest[len(joiner) : len(joiner) + 5]
        surname = next((s for s in HAN_SURNAMES_2 if rest.startswith(s)), rest[:1])
        if surname not in HAN_SURNAMES_2 and surname not in HAN_SURNAMES_1:
            continue
        given = re.match(f"{_HAN}{{1,2}}", rest[len(surname) :])
        if given is None:
            continue
        name = surname + given.group(0)
        short = surname + given.group(0)[:1]
        if surname in HAN_AFTER_NAME and flat.count(surname + given.group(0)[:1]) < 2:
            # A family name that is also a word ("于" Yu, "on"): only a name written twice.
            continue
        if len(given.group(0)) == 2 and (
            given.group(0)[1] in HAN_AFTER_NAME or flat.count(short) > flat.count(name)
        ):
            name = short
        if name not in names:
            names.append(name)
    for m in _HAN_SUFFIX.finditer(flat):
        # "王子涵さん": a family name and one or two characters before the courtesy word.
        for size in (3, 2):
            name = flat[max(0, m.start() - size) : m.start()]
            if len(name) == size and re.fullmatch(f"{_HAN}+", name) and name[0] in HAN_SURNAMES_1:
                if name not in names and not any(n.startswith(name) for n in names):
                    names.append(name)
                break
    return names


# (Not a body's name: "X弁護士会", a bar association; "X記者団", a press corps.)
_HAN_SUFFIX = re.compile(f"(?:{'|'.join(map(re.escape, rows.HAN_NAME_SUFFIXES))})(?![会會団團協])")
# A person's age in brackets right after their name, as Chinese, Japanese and Korean news
# print it ("陳某某（37歲）", "山田 太郎（やまだ・たろう）さん（67歳）", "김철수(45) 씨"): the
# name's last word, maybe a word before it, a reading in brackets and a courtesy word between.
_CJK_WORD = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
_AGED = re.compile(
    rf"(?P<name>{_CJK_WORD}{{1,12}}(?:[ ・]{_CJK_WORD}{{1,6}})?)"
    r"(?:[（(][^()（）\d]{1,20}[）)])?"
    rf"(?:{'|'.join(map(re.escape, rows.HAN_NAME_SUFFIXES + rows.HONORIFIC_WORDS_AFTER))})?"
    # (The name in Latin letters may come first in the brackets: "(Ana Lee, 27세)".)
    r"\s?[（(]\s?(?:[^()（）\d,，、]{2,40}[,，、]\s?)?(?P<age>\d{1,2})\s?"
    rf"(?:{'|'.join(map(re.escape, rows.AGE_WORDS_AFTER))})?\s?[）)]"
)
_HANGUL = re.compile(r"[\uac00-\ud7af]+")
_PERSON_NOUNS_BEFORE_AGE = frozenset(w for ws in rows.PERSON_NOUNS_BEFORE_AGE.values() for w in ws)
_HAN_PERSON_NOUN_END = re.compile(
    "(?:"
    + "|".join(
        sorted((re.escape(w) for w in _PERSON_NOUNS_BEFORE_AGE if len(w) >= 2), key=len)[::-1]
    )
    + ")$"
)
_AGED_COURTESY = sorted(rows.HAN_NAME_SUFFIXES + rows.HONORIFIC_WORDS_AFTER, key=len, reverse=True)


def _in_the_texts_script(people: list[Person], text: str) -> list[Person]:
    """In a text written mostly in Chinese, Japanese or Korean that names people in its own
    script, a name in Latin letters is the same people's name in a note or a column in
    another language ("Ana Lee" beside "안나 리"): the names in the text's own script stay."""
    cjk = [p for p in people if _CJK_NAME.search(p.name)]
    if not cjk or len(cjk) == len(people):
        return people
    # (A Han character or a Hangul syllable says about as much as three Latin letters.)
    letters = re.findall(r"[^\W\d_]", text)
    own = sum(1 for ch in letters if _CJK_NAME.match(ch))
    if own * 3 < len(letters) - own:
        return people
    # (mend27a) Only a Latin name that is some CJK-named person's other spelling: glossed in
    # brackets beside a name in the text's script, or written only outside its sentences (a
    # column or a note in another language). A Latin name inside a CJK sentence ("墨西哥记者
    # X Y 同日被拘留") is a foreigner the text names in their own letters.
    return [
        p
        for p in people
        if _CJK_NAME.search(p.name)
        or not _latin(p.name)
        or (_in_cjk_sentence(p.name, text) and not _glossed(p.name, text))
    ]


_CJK_NAME = re.compile(_CJK_WORD)
# A letter or a stop of CJK text (the ideographic comma and full stop, the fullwidth ones).
_CJK_SIDE = re.compile(
    r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff01-\uff0f\uff1a-\uff1f]"
)


def _in_cjk_sentence(name: str, text: str) -> bool:
    """`name` is written between CJK letters or stops on both sides, spaces aside."""
    for m in _mentions_of(name, text):
        before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t")
        after = text[m.end() : m.end() + 3].lstrip(" \t")
        if (
            before[-1:]
            and after[:1]
            and _CJK_SIDE.match(before[-1])
            and _CJK_SIDE.match(after[0])
            and before[-1] not in "（("
        ):
            return True
    return False


def _glossed(name: str, text: str) -> bool:
    """`name` in brackets right after a CJK word, or a CJK word in brackets right after it."""
    n = re.escape(name)
    return (
        re.search(rf"{_CJK_WORD}\s*[（(]\s*{n}\s*[,，、)）]", text) is not None
        or re.search(rf"(?<!\w){n}\s*[（(]\s*{_CJK_WORD}", text) is not None
    )


def _aged_names(text: str) -> list[str]:
    """Names told by the age printed in brackets after them (`_AGED`). Han characters written
    without spaces: a usual family name and one or two characters more (three when the family
    name is of two); two words (a Japanese name with its space, a foreign name in Hangul or
    katakana) when the text names them together again; else the word before the age."""
    names: list[str] = []
    for m in _AGED.finditer(text):
        if re.search(r"[^\W\d_]", re.sub(_CJK_WORD, "", m.group(0))):
            # The name in Latin letters in the brackets ("X(Ana Lee, 27세)"): the person's own
            # spelling, which the readers of Latin names find.
            continue
        found = m.group("name")
        for courtesy in _AGED_COURTESY:
            if found.endswith(courtesy) and len(found) > len(courtesy) + 1:
                found = found[: -len(courtesy)]
                break
        words = re.split(r"[ ・]", found)
        last = words[-1]
        katakana = re.search(r"[\u30a1-\u30fa\u30fc][\u30a1-\u30fc]*$", found)
        if katakana is not None:
            # A foreign name in katakana: a spelling for Japanese readers of a name whose own
            # spelling the text gives elsewhere.
            continue
        if last in _PERSON_NOUNS_BEFORE_AGE:
            continue  # "남성(45세)", "女性（35歳）": a man, a woman, no name
        if _HANGUL.fullmatch(last):
            name = last if 2 <= len(last) <= 4 else None
        elif re.fullmatch(f"{_HAN}+", last):
            if _HAN_PERSON_NOUN_END.search(last):
                continue  # "一名高中生（17岁）": a high-school student
            name = None
            for size in (3, 2):
                tail = last[-size:]
                if len(tail) == size and (tail[0] in HAN_SURNAMES_1 or tail[:2] in HAN_SURNAMES_2):
                    name = tail
                    break
            if len(words) == 2 and len(last) <= 3 and 1 <= len(words[0]) <= 3:
                name = f"{words[0]} {last}"
        else:
            name = None
        if name is None:
            continue
        if " " not in name and len(words) == 2 and _HANGUL.fullmatch(words[0] + last):
            pair = f"{words[0]} {last}"
            if text.count(pair) >= 2:
                name = pair
        if name not in names:
            names.append(name)
    return names


# A word of a script of `NATIVE_NAME_SCRIPTS`: its letters and their vowel signs and marks
# only (no Latin letter: the searches below never try a word of Latin text), matched
# possessively (a long run of letters is never tried split).
_NATIVE_LETTERS = "".join(
    chr(c)
    for c in [*range(0x0900, 0x0E80), *range(0x1000, 0x10A0), *range(0x1780, 0x1800)]
    if unicodedata.category(chr(c))[0] in "LM"
)
_NATIVE_WORD = rf"[{_NATIVE_LETTERS}]++"
# Two or three words right before a number of one or two digits in brackets, in any digits
# ("X Y (৩৬)", "X Y ( ๒๑ ปี )", "X Y (अायु 32)"), with the word before and after the number in
# the brackets: an age when a word of `NATIVE_AGE_WORDS` marks it, or when it is a plausible
# age beside a person's cue (mend27b: "उपधारा (2)", "มาตรา (๑๔)" are a law's sections).
_NATIVE_AGED = re.compile(
    rf"(?<!\S)((?:{_NATIVE_WORD}\s+){{1,2}}{_NATIVE_WORD})\s*[(（]\s*"
    rf"(?:([{_NATIVE_LETTERS}]{{1,12}})\s*)?(\d{{1,2}})\s*([^\W\d]{{0,4}}|[{_NATIVE_LETTERS}]{{0,12}})"
    rf"\s*[)）]"
)
_NATIVE_CUE_WORDS = tuple(w for ws in rows.NATIVE_PERSON_CUES.values() for w in ws)
_NATIVE_JOINED = re.compile(
    rf"(?<!\S)({_NATIVE_WORD}\s+{_NATIVE_WORD})\s+"
    rf"(?:{'|'.join(map(re.escape, (w for ws in rows.NATIVE_NAME_JOINERS.values() for w in ws)))})"
    rf"\s+({_NATIVE_WORD}\s+{_NATIVE_WORD})(?!\S)"
)
_NOT_NATIVE_NAME = frozenset(
    w for w in [*rows.HONORIFICS, *TITLE_WORDS, *rows.TITLE_WORDS_LAST] if " " not in w
)
_NATIVE_AGE_WORDS = frozenset(w for ws in rows.NATIVE_AGE_WORDS.values() for w in ws)
_NATIVE_LAW_WORDS = tuple(w for ws in rows.NATIVE_LAW_WORDS.values() for w in ws)
# (A word a cue is found in: its own cues and `PERSON_CUES` of those scripts.)
_NATIVE_CUES = tuple({*_NATIVE_CUE_WORDS, *(w for w in rows.PERSON_CUES if native_name_script(w))})
_NATIVE_SENTENCE_END = re.compile(r"[।॥.!?။។]")
# Ages a person at risk may have; below, a bare number is a clause's, a list's or a count's.
_LEAST_BARE_AGE = 14


def _native_cue(word: str) -> bool:
    """A person's cue of `NATIVE_PERSON_CUES` in the word (inside it, when of four letters or
    more: joined postpositions; a short one, "মা", is the whole word: "রুমা" is a name)."""
    return any(cue == word or (len(cue) >= 4 and cue in word) for cue in _NATIVE_CUES)


def _native_law_word(word: str) -> bool:
    """A law's section or article word, alone or ending a joined word ("ตามมาตรา")."""
    return any(word.endswith(law) for law in _NATIVE_LAW_WORDS)


def _native_names(text: str) -> list[str]:
    """Names in a script of `NATIVE_NAME_SCRIPTS` (no capitals to tell them by): the last two
    words before an age in brackets ("... X Y (৩৬ বছর)"; three when those three are written so
    elsewhere too), and two names of two words joined by "and" (`NATIVE_NAME_JOINERS`) where the
    text writes that pair twice or more ("X Y और Z W"). No word may be an honorific, an office
    word of the tables or a person's cue; no number after a law's section word is an age; a
    bare number is an age from 14 beside a person's cue (`NATIVE_PERSON_CUES`), and a pair
    joined by "and" needs such a cue in it or beside it in its sentence (mend27b)."""
    flat = " ".join(text.split())
    names: list[str] = []
    counted: dict[str, int] = {}

    def count(form: str) -> int:
        # (Each form counted once: a long list repeating one name scans the text once.)
        if form not in counted:
            counted[form] = flat.count(form)
        return counted[form]

    def add(name: str) -> None:
        words = name.split()
        if not native_name_script(name) or any(
            w in _NOT_NATIVE_NAME or _native_cue(w) or _native_law_word(w) for w in words
        ):
            return
        if name not in names:
            names.append(name)

    def cue_beside(start: int, end: int, before: int = 6, after: int = 8) -> bool:
        # (Within the sentence: "... रिहा करें और आरोप वापस लें। पत्रकार X" is no cue.)
        words = _NATIVE_SENTENCE_END.split(flat[max(0, start - 300) : start])[-1].split()
        ahead = _NATIVE_SENTENCE_END.split(flat[end : end + 300])[0].split()
        return any(_native_cue(w) for w in [*words[-before:], *ahead[:after]])

    for m in _NATIVE_AGED.finditer(flat):
        words = m.group(1).split()
        if _native_law_word(words[-1]):
            continue  # "उपधारा (2)": a section of a law
        marks = [w for w in (m.group(2), m.group(4)) if w]
        if any(_native_law_word(w) for w in marks):
            continue  # "(धारा 2)": a section of a law
        three = " ".join(words[-3:])
        name = three if len(words) >= 3 and count(three) >= 2 else " ".join(words[-2:])
        if not any(w in _NATIVE_AGE_WORDS for w in marks) and not (
            int(m.group(3)) >= _LEAST_BARE_AGE
            and cue_beside(m.start(1) + m.group(1).rindex(name), m.end())
        ):
            continue
        add(name)
    # (Each pair's text judged once: a long text repeating one pair scans the text once for
    # it, not once per mention; session 27's third review timed 13 times main's on 200 kB.)
    judged: dict[str, bool] = {}
    for m in _NATIVE_JOINED.finditer(flat):
        if count(m.group(0)) < 2:
            continue
        pairs = (m.group(1), m.group(2))
        if m.group(0) not in judged:
            # (Not the title: a title read off the text may be the ask itself.)
            judged[m.group(0)] = any(_native_cue(w) for w in m.group(0).split()) or any(
                cue_beside(at.start(), at.end(), 4, 6)
                for at in re.finditer(re.escape(m.group(0)), flat)
            )
        if not judged[m.group(0)]:
            continue  # "रिहा करें और आरोप वापस लें", an ask repeated: no one named
        for pair in pairs:
            add(pair)
    return names


_JOINERS = "|".join(w for ws in rows.NAME_LIST_JOINERS.values() for w in ws)
_CYRILLIC_NAME = r"[А-ЯЁЇІЄҐ][а-яёїієґ'’-]+(?:\s+[А-ЯЁЇІЄҐ][а-яёїієґ'’-]+){1,2}"


def _like_list_mate(name: str, forms: list[str], text: str) -> str | None:
    """Of the nominatives an oblique name may be, the one whose endings change as those of
    the name it is listed with ("Рустема Кадірова і Ельдара Мусаєва", where the text
    prints "Рустем Кадіров": "Ельдар Мусаєв"), when that name's nominative is printed."""
    return _list_mate(name, tuple(forms), text)


# Asked once per mention of a name, and each answer scans the whole text: a long text naming
# the same people often asked it thousands of times (session 26: 8 of 22 s at 40 kB). The
# answer depends on its arguments alone; a string's hash is kept, so a hit costs no scan.
@lru_cache(maxsize=256)
def _list_mate(name: str, forms: tuple[str, ...], text: str) -> str | None:
    quoted = re.escape(name)
    for m in re.finditer(
        rf"({_CYRILLIC_NAME})\s+(?:{_JOINERS})\s+{quoted}(?!\w)"
        rf"|(?<!\w){quoted}\s+(?:{_JOINERS})\s+({_CYRILLIC_NAME})",
        text,
    ):
        mate = m.group(1) or m.group(2)
        printed = [f for f in nominatives(mate) if f != mate and f in text]
        if len(printed) != 1 or len(printed[0].split()) != len(mate.split()):
            continue
        change = [
            _ending_change(a, b) for a, b in zip(mate.split(), printed[0].split(), strict=True)
        ]
        for form in forms:
            if form != name and len(form.split()) == len(name.split()):
                pairs = zip(name.split(), form.split(), strict=True)
                if [_ending_change(a, b) for a, b in pairs] == change:
                    return form
    return None


def _ending_change(word: str, form: str) -> tuple[str, str]:
    """The ending `word` loses and the one `form` has instead ("Рустема" -> "Рустем": ("а", ""))."""
    same = next((i for i, (a, b) in enumerate(zip(word, form, strict=False)) if a != b), None)
    same = min(len(word), len(form)) if same is None else same
    return word[same:], form[same:]


def _spelling(key: str) -> str:
    """A folded name with one spelling for the letters East Slavic languages write apart."""
    return key.translate(_SPELLINGS)


_SPELLINGS = str.maketrans(rows.CYRILLIC_SPELLINGS)


def _lemma_keys(name: str) -> tuple[str, ...]:
    """The keys of a Cyrillic name's nominative (each it may be, when its case does not say
    its gender), and of each without its middle word (the patronymic)."""
    return _lemma_keys_of(name) if len(name) <= 200 else _lemma_keys_of.__wrapped__(name)


# (Session 27: asked per mention and per count of a name; it depends on the name alone.)
@lru_cache(maxsize=1 << 12)
def _lemma_keys_of(name: str) -> tuple[str, ...]:
    if not re.fullmatch(r"[\u0400-\u04ff’' -]+", name):
        return ()
    keys: list[str] = []
    for form in nominatives(name):
        words = form.split()
        keys.append(_key(" ".join(words)))
        if len(words) == 3:
            keys.append(_key(f"{words[0]} {words[2]}"))
    return tuple(keys)


def _split_known(candidate: str, others: list[str]) -> list[str]:
    """ "Dhabihullah Mahrami Musa Talibi" -> two people when both names occur on their own."""
    keys = {_key(o) for o in others}
    return _split_known_by(candidate, keys.__contains__)


def _split_known_by(candidate: str, known: Callable[[str], bool]) -> list[str]:
    """`_split_known`, the others given by whether a key is one of theirs."""
    words = candidate.split()
    for cut in range(2, len(words) - 1):
        left, right = " ".join(words[:cut]), " ".join(words[cut:])
        if known(_key(left)) and known(_key(right)):
            return [left, right]
    return [candidate]


def _shortened(a: str, b: str, *, loose: bool = True) -> bool:
    """ "juan lopez" and "juan antonio lopez": one name, with and without a middle name (or
    without its last names: "jose aristizabal" of "jose aristizabal garcia"). `loose`: the
    first given name and the first family name too (which `_add` takes only where no
    sentence names the two forms side by side)."""
    wa, wb = a.split(), b.split()
    if len(wa) == len(wb) or min(len(wa), len(wb)) < 2:
        return False
    short, long = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    if long[: len(short)] == short:
        return True  # "pacifique niyonkuru" of "pacifique niyonkuru ndayishimiye"
    if long[-len(short) :] == short:
        return True  # "garcia rojas" of "ana maria garcia rojas": the family names alone
    if short[0] == long[0] and short[-1] == long[-1] and set(short) <= set(long):
        return True
    if not loose:
        return False
    # "rosaura ibanez" of "rosaura lucia ibanez quintero": the first given name and the first family
    # name (Spanish and Portuguese names carry two of each), its words in the same order.
    rest = iter(long[1:])
    return short[0] == long[0] and all(word in rest for word in short[1:])


# Articles that open a sentence before a name ("Ο Anna X", "Il giornalista" is cut
# elsewhere): never part of a name. Only those no family name is spelt as ("Le", "Lo", "El",
# "Das", "Do" are names too).
_ARTICLES = frozenset(
    "ο η οι το τον την του της il gli los las les der die dem den het os".split()  # noqa: SIM905
)


def _script_of(word: str) -> str:
    letter = next((ch for ch in word if ch.isalpha()), "")
    return unicodedata.name(letter, "").split()[0] if letter else ""


def _without_article(name: str) -> str:
    """The name without an article that opens it: a word of the article table, or a first
    word in another script than the rest ("Ο Anna Example", the Greek article of a Latin
    name), when two words or more are left."""
    first, _, rest = name.partition(" ")
    if len(rest.split()) < 2:
        return name
    scripts = {_script_of(w) for w in rest.split()}
    if first.casefold() in _ARTICLES or (len(scripts) == 1 and _script_of(first) not in scripts):
        return rest
    return name


_TAGS_LINE = re.compile(
    rf"(?:{'|'.join(re.escape(w) for ws in TAG_LABELS.values() for w in ws)})\s*[:：]",
    re.IGNORECASE,
)


# Round 36d: a page's, a post's or a comment's author, marked as one: a "by" after a
# publishing word ("Posted on 3 May 2024 by X", "Publicado el ... por X") or after a by-line's
# separator ("12 May 2024 / News / Por X"), an author's word in brackets or between
# separators after the name ("X (author)", "X • Autor •"), or a verb of
# saying and a colon ("X says:"). (The publishing word capitalised, as a by-line opens: "after
# a video posted by X" names the person at risk.)
_POST_BY = _every_word(rows.POST_BY)
_POST_AUTHOR_WORD = _every_word(rows.POST_AUTHOR_WORDS)
_POST_PUBLISHED = _every_word(rows.POST_PUBLISHED)
_POST_SAYS = _every_word(rows.POST_SAYS)


# Mend 36b1: where a sentence, a clause, a list item or a paragraph ends, for what the story
# tells of a person: a full stop after a letter ("am 5. März" goes on).
_STORY_SENTENCE_END = re.compile(
    r"(?<=[^\W\d_][.!?])\s+(?=[^\w\s]*[^\W\d_])|;|\n\s*\n|\n\s*[-•·*]\s"
)
# Mend 36b1: a quotation between double quotes of any language's kind ("...", „...“, «...»):
# what someone says, no word of the story about the speaker.
_QUOTATION = re.compile(r"[\"“”„«»][^\"“”„«»]{0,600}[\"“”„«»]")


def _mentions(name: str, text: str) -> bool:
    """`text` names `name` as a whole, in any letter case ("KIRAN VOSH" of a headline)."""
    return next(_mentions_of(name, text, re.IGNORECASE), None) is not None


def _marked_author(name: str, flat: str) -> bool:
    """The text marks `name` as the writer of the page, a post or a comment (its letter case
    as the text prints it or not: "Por Comunicación ABC" of "Comunicación Abc")."""
    quoted = re.escape(name)
    return (
        re.search(
            rf"(?-i:{_POST_PUBLISHED})\b[^.\n]{{0,80}}?(?<!\w)(?:{_POST_BY})"
            rf"\s+{quoted}(?!\w)"
            rf"|(?:^|[·•|/—–]\s*)(?:{_POST_BY})\s+{quoted}(?!\w)"
            rf"|(?<!\w){quoted}\s*(?:\(\s*(?:{_POST_AUTHOR_WORD})\s*\)"
            rf"|[·•|]\s*(?:{_POST_AUTHOR_WORD})\s*[·•|]"
            rf"|\s(?:{_POST_SAYS})\s*:)",
            flat,
            re.IGNORECASE,
        )
        is not None
    )


# Round 36d: a law's name (`language_rows.LAW_NAME_ENDS`, `LAW_NAME_STARTS`) after an article
# or "under", with at most a body's acronym between ("the UN Model Principles").
_LAW_ENDS = frozenset(fold(w) for ws in rows.LAW_NAME_ENDS.values() for w in ws)
_LAW_STARTS = frozenset(fold(w) for ws in rows.LAW_NAME_STARTS.values() for w in ws)
_LAW_ARTICLE_BEFORE = re.compile(
    rf"(?<![\w’'])(?i:{_every_word(rows.LAW_ARTICLES)})\s+(?:[A-Z]{{2,6}}\s+)?$"
)


# Round 40c: more ways an appeal names a law before it. A year between the article and the
# name ("the 2017 X Law"); a country's possessive after "under" or an article ("under
# Ruritania's X Proclamation"); and, once a mention follows an article, a sentence's or a
# line's start (a footnote: "... 1990. X Principles on the Role of ...").
_LAW_YEAR_BEFORE = re.compile(
    rf"(?<![\w’'])(?i:{_every_word(rows.LAW_ARTICLES)})\s+(?:[A-Z]{{2,6}}\s+)?(?:1[89]|20)\d\d\s+$"
)
_LAW_POSSESSIVE_BEFORE = re.compile(
    rf"(?<![\w’'])(?i:{_every_word(rows.LAW_ARTICLES)})\s+[A-Z][\w-]{{1,30}}['’]s\s+$"
)
_LAW_SURNAMES = frozenset(fold(w) for w in rows.LAW_WORDS_ALSO_SURNAMES)
_SENTENCE_START_BEFORE = re.compile(r"(?:(?:[^\W\d_]{4}|\d|\))[.!?]\s|\n)\s*$")
# "Decree No. 2", "Decree Nr. 12": a law's word and a number's label, a number after every mention.
_NUMBER_LABELS = frozenset(("no", "nr"))
_NUMBER_AFTER = re.compile(r"\.?\s{0,2}\d")


def _law_named(name: str, flat: str) -> bool:
    """`name` ends or opens with a law's word, and every mention follows an article ("the
    Public Order Act", "del Codi X"), the article and a year ("the 2017 X Law"), or a country's
    possessive ("under Ruritania's X Act"), or opens a sentence when another mention follows an
    article; or it is a law's word and a number's label with a number after every mention
    ("Decree No. 2"): a law, no one at risk (a person surnamed "Law" has none)."""
    words = name.split()
    if len(words) < 2:
        return False
    starts = [m.start() for m in _mentions_of(name, flat)]
    if not starts:
        return False
    if (
        len(words) == 2
        and fold(words[1]) in _NUMBER_LABELS
        and fold(words[0]) in _LAW_ENDS | _LAW_STARTS
    ):
        return all(_NUMBER_AFTER.match(flat, i + len(name)) is not None for i in starts)
    if fold(words[-1]) not in _LAW_ENDS and fold(words[0]) not in _LAW_STARTS:
        return False
    # Mend 40c: a law's word that is also a family name ("Kevin Law", "Lei Wenjun") takes only
    # round 36d's sign, an article before every mention: a person's name stands after "the"
    # as a label ("the Kevin Law trial", "the 2019 Ivan Law march", "the Federation's Daniel
    # Law", "do Lei Chin Hong") and opens sentences all the time.
    surname = fold(words[-1]) in _LAW_SURNAMES or fold(words[0]) in _LAW_SURNAMES
    after_article = 0
    for i in starts:
        before = ("\n" if i < 40 else "") + flat[max(0, i - 40) : i]
        if _LAW_ARTICLE_BEFORE.search(before[-20:]) is not None or (
            not surname
            and (
                _LAW_YEAR_BEFORE.search(before) is not None
                or _LAW_POSSESSIVE_BEFORE.search(before) is not None
            )
        ):
            after_article += 1
        elif surname or _SENTENCE_START_BEFORE.search(before) is None:
            return False
    return after_article > 0


def _only_in_bylines(name: str, text: str) -> bool:
    """Every mention of `name` is a part of a by-line: a line of three parts or more parted
    by " · " or " | ", one of them a year ("4 Temmuz 2019 · Acil Eylem · Kadın Hakları"), the
    page's date and its categories."""
    found = False
    for m in re.finditer(re.escape(name), text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        line = text[start : end if end >= 0 else len(text)].strip()
        if _TAGS_LINE.match(line):
            found = True  # "Etiketler: İran Kadın Hakları ...": the page's tags
            continue
        parts = re.split(r"\s+[·|]\s+", line)
        if len(parts) < 3 or not any(re.search(r"\b(?:19|20)\d\d\b", p) for p in parts):
            return False
        if not any(p.strip() == name for p in parts):
            return False
        found = True
    return found


_COURTESY_ARTICLES = frozenset("o a os as el la los las le la the der die".split())  # noqa: SIM905


def _without_honorific(name: str, language: str = "") -> str | None:
    """`name` without a courtesy word before it ("Herrn X Y" is "X Y"); None when what follows
    the courtesy word is an office, not a name ("Senhor Comandante-Geral", "Excelentíssima
    Senhora Procuradora-Geral"): the form of address of an official. A single word after the
    courtesy word stays as it was ("Mr Smith")."""
    # (An article may stand before the courtesy word: Portuguese "O Senhor X", "la Sra. X".)
    first, _, after = name.partition(" ")
    m = HONORIFIC_START.match(after) if first.casefold() in _COURTESY_ARTICLES else None
    if m is not None:
        name = after
    m = m or HONORIFIC_START.match(name)
    if m is None:
        return name
    if language not in rows.HONORIFICS_ALSO_NAMES.get(m.group(0), {language}):
        return name  # also a name word: "Pak Jong Chol", "Gentile Maria Rossi"
    rest = name[m.end() :].strip()
    if not rest or TITLE_START.match(rest):
        return None
    return rest if len(rest.split()) >= 2 else name


def _cut_short(name: str, text: str) -> bool:
    """Every mention of `name` is cut short: its last word an initial with its full stop
    ("Marta K.", a chat's or a signature's writer), its last word goes on with a digit
    ("Exeter EX9 9ZZ"), or is a code in capitals before a number ("Index AMR 99/0001"): a
    place or a reference, not the full name of someone at risk. (A year after a name is no
    cut: "Ana Example 2014".)"""
    words = name.split()
    if len(words) < 2:
        return False
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words)
    initial = len(words[-1]) == 1 and words[-1].isalpha()
    found = False
    for m in re.finditer(pattern, text, re.IGNORECASE):
        after = text[m.end() : m.end() + 2]
        last = m.group(0).split()[-1]
        code = last.isupper() and len(last) <= 4 and re.match(r"[ \u00a0]\d", after)
        if not (after[:1].isdigit() or code or (initial and after[:1] == ".")):
            return False
        found = True
    return found


def _latin(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def _folded_words(name: str) -> list[str]:
    bare = unicodedata.normalize("NFKD", name)
    return "".join(c for c in bare if not unicodedata.combining(c)).casefold().split()


def _skeleton(word: str) -> str:
    """A word's consonants: what two transliterations of a name keep ("qodirov", "kadyrov")."""
    return re.sub(r"[aeiouyəıæøå'’\-]", "", word)


def _near_word(a: str, b: str) -> bool:
    """Two spellings of one word of a name: close letters, or close consonants."""
    if a == b:
        return True
    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    return ratio >= 0.7 or difflib.SequenceMatcher(None, _skeleton(a), _skeleton(b)).ratio() >= 0.7


def _other_spelling(host: str, other: str) -> bool:
    """Whether `other`, in brackets after `host`, spells the same name: in another script,
    or with every word near one of the host's, in order, and as many words or one more
    ("Ramil Nəbiyev (Ramil Nabiyev)", "Rustam Qodirov (Rustam Kadyrov)"); a name with a word
    of its own ("Ahmed Karimov (Sara Karimova)", a sibling) is a second person."""
    if _latin(host) != _latin(other):
        return True
    a, b = _folded_words(host), _folded_words(other)
    if not a or not b or abs(len(a) - len(b)) > 1:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    i = 0
    for word in short:
        while i < len(long_) and not _near_word(word, long_[i]):
            i += 1
        if i == len(long_):
            return False
        i += 1
    return True


def _bracketed_spellings(people: list[Person], flat: str) -> list[Person]:
    """A name written in brackets right after another ("Ramil Nəbiyev (Ramil Nabiyev)",
    "Олег Иванов (Oleg Ivanov)") is the same person's other spelling, no second person."""
    hosts: dict[int, Person] = {}
    for person in people:
        host = next(
            (
                other
                for other in people
                if other is not person
                and id(other) not in hosts
                and any(
                    (f"{form} ({person.name})" in flat or f"{form} ( {person.name} )" in flat)
                    and _other_spelling(form, person.name)
                    for form in (other.name, *other.also_known_as)
                )
            ),
            None,
        )
        if host is not None:
            hosts[id(person)] = host
    for person in people:
        if id(person) in hosts:
            host = hosts[id(person)]
            if _latin(person.name) and not _latin(host.name) and not native_name_script(host.name):
                # Of two scripts the Latin spelling is the name ("Ρόζντα Καπλάν (Rojda
                # Kaplan)"): the one the model letters and other sections spell it in.
                host.also_known_as.append(host.name)
                host.name = person.name
            else:
                host.also_known_as.append(person.name)
    return [p for p in people if id(p) not in hosts]


_JOINED_HONORIFICS = tuple(sorted(rows.HONORIFICS_JOINED, key=len, reverse=True))


def _native_spellings(people: list[Person], flat: str) -> None:
    """A person found by a Latin spelling that the text prints in brackets after the name in
    a script of `NATIVE_NAME_SCRIPTS` ("... លោកស្រី X Y (Latin X Y)") is named as that script
    writes it: as many words as the Latin spelling has, right before the bracket (a courtesy
    word joined to the first, Thai "นาย", dropped); the Latin spelling is kept as another."""
    for person in people:
        if not _latin(person.name):
            continue
        count = len(person.name.split())
        for m in re.finditer(rf"[(（]\s*{re.escape(person.name)}\s*[)）]", flat):
            # (Emphasis marks of Markdown around the name are no part of it: "**X Y** (X Y)".)
            before = flat[max(0, m.start() - 200) : m.start()].replace("*", " ")
            words = before.split()[-count:]
            if len(words) < count or not all(
                native_name_script(w)
                and all(c.isalpha() or unicodedata.category(c).startswith("M") for c in w)
                for w in words
            ):
                continue
            first = next((h for h in _JOINED_HONORIFICS if words[0].startswith(h)), "")
            if first and len(words[0]) > len(first) + 1:
                words[0] = words[0][len(first) :]
            if words[0] in rows.HONORIFICS:
                continue
            if not spells(" ".join(words), person.name):
                continue  # "पत्रकार कुमार (Ramesh Kumar)": the Latin name's words are not these
            person.also_known_as.append(person.name)
            person.name = " ".join(words)
            break


def _only_in_greetings(name: str, text: str) -> bool:
    """Every mention of `name` is in a salutation: a line that opens as one ("Yth. Bapak X,",
    "Dear X") or the value of a salutation's label; the one the letters go to."""
    found = False
    for m in re.finditer(re.escape(name), text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        line = text[start : end if end >= 0 else len(text)].strip()
        value = re.sub(r"^[^:：]{1,30}[:：]\s*", "", line)
        if len(line) > 100 or not (SALUTATION_START.match(line) or SALUTATION_START.match(value)):
            return False
        found = True
    return found


def _add(
    people: list[Person],
    name: str,
    counts: Counter[str],
    checks: list[str],
    side_by_side: Callable[[str, str], bool] = lambda a, b: False,
    endings: frozenset[tuple[str, str]] = frozenset(),
) -> None:
    """`side_by_side(a, b)`: a sentence names both keys, the shorter outside the longer (two
    people sharing a given and a family name: "X Y Z W and her aunt X Z"). `endings`: the
    name case rows of the text's language (`_case_of`)."""
    name = _without_article(name)
    key = _key(name)
    for person in people:
        known = [person.name, *person.also_known_as]
        if any(_key(k) == key for k in known) and name in known:
            return
        likeness = [_likeness(k, name) for k in known]
        same = any(like[0] for like in likeness) or any(
            like[3] and not side_by_side(_key(k), key)
            for k, like in zip(known, likeness, strict=True)
        )
        close = any(like[1] for like in likeness)
        inflected = any(like[2] for like in likeness)
        if same or close or inflected:
            if name not in known:
                if _case_of(person.name, name, endings) and not _case_of(
                    name, person.name, endings
                ):
                    person.also_known_as.append(name)  # the name's own form kept
                elif _case_of(name, person.name, endings) and not _case_of(
                    person.name, name, endings
                ):
                    person.also_known_as.append(person.name)  # "Ana X" over "Ani X"
                    person.name = name
                elif len(name.split()) > len(person.name.split()) or (
                    len(name.split()) == len(person.name.split())
                    and (
                        _nominative(name, person.name, counts)
                        or (
                            counts[key] > counts[_key(person.name)]
                            and not _nominative(person.name, name, counts)
                        )
                    )
                ):
                    person.also_known_as.append(person.name)
                    person.name = name
                else:
                    person.also_known_as.append(name)
                if (close or inflected) and not same:
                    checks.append(
                        _("'{name}' taken as another spelling of '{person}'").format(
                            name=name, person=person.name
                        )
                    )
            return
    people.append(Person(name))


def _case_of(a: str, b: str, endings: frozenset[tuple[str, str]] | None = None) -> bool:
    """`a` is the nominative of `b` by the name case rows of the tables, word by word (each
    word the same, or `b`'s word an oblique ending on a stem `a`'s word ends in its nominative
    ending: "Ana Kovač" of "Ani Kovač", "Јелена" of "Јелени"), one word at least differing.
    `endings`: the rows of the text's language (`alphabets.case_endings_of`); the Cyrillic rows
    alone when not given."""
    return case_of(a, b, case_endings_of("") if endings is None else endings)


# (Session 27: `_add` compares each mention with every name found so far, and a long text
# mentions the same people again and again, in a few forms; a pair's likeness depends on the
# pair alone.)
@lru_cache(maxsize=1 << 14)
def _likeness(k: str, name: str) -> tuple[bool, bool, bool, bool]:
    """Whether `name` is `k` (or it shortened), close to it in spelling, or it inflected;
    and whether it is `k` shortened to its first given and first family name alone."""
    key = _key(name)
    same = _key(k) == key or _shortened(_key(k), key, loose=False)
    loose = not same and _shortened(_key(k), key)
    close = (
        len(k.split()) == len(name.split())
        and all(a[:1] == b[:1] for a, b in zip(_key(k).split(), key.split(), strict=False))
        and difflib.SequenceMatcher(None, _key(k), key).ratio() >= 0.88
    )
    inflected = (
        _inflected(_key(k), key)
        or _inflected(_spelling(_key(k)), _spelling(key))
        or (_spelling(_key(k)) == _spelling(key) and _key(k) != key)
    )
    return same, close, inflected, loose


def _nominative(a: str, b: str, counts: Counter[str]) -> bool:
    """`a` is the form of `b` without a case ending (`_stem_form`), and the form to keep: not
    when the two differ by one final vowel alone and `b` is the more frequent ("Narges
    Mohammadi" three times, "Narges Mohammad" once): the nisba's "-i" of an Arabic-script
    name's transliteration, not a case."""
    if not _stem_form(a, b):
        return False
    ka, kb = _key(a), _key(b)
    one_vowel = len(kb) == len(ka) + 1 and kb[-1:] in ("a", "e", "i", "o", "u", "y")
    return not (one_vowel and counts[ka] < counts[kb])


def _stem_form(a: str, b: str) -> bool:
    """Each word of `a` begins the same word of `b`, one at least shorter ("Anna Kovács" of
    "Anna Kovácsot", "Jan Kowalski" of "Jana Kowalskiego"): `a` is the form without a case
    ending, the nominative the inflecting languages add their endings to."""
    wa, wb = _key(a).split(), _key(b).split()
    return (
        len(wa) == len(wb)
        and wa != wb
        and all(y.startswith(x) and _case_ending(y[len(x) :]) for x, y in zip(wa, wb, strict=True))
    )


def _case_ending(rest: str) -> bool:
    """What a case adds to a name's word: nothing, or up to four letters with a vowel, or the
    bare "n" or "t" (Finnish genitive, Hungarian accusative after a vowel); not the "h" that
    spells "ch", "sh", "zh" in another transliteration ("Dorovic"/"Dorovich")."""
    return (
        not rest
        or (
            len(rest) <= 4
            and not rest.startswith("h")
            and (rest in ("n", "t") or any(c in "aeiouy" for c in rest))
        )
        # (Round 27b: a Turkic or Mongolic case suffix in Cyrillic, "Примеровты".)
        or (len(rest) >= 2 and rest in _CYRILLIC_CASE_SUFFIXES)
    )


_CYRILLIC_CASE_SUFFIXES = frozenset(x for xs in rows.NAME_CASE_SUFFIXES.values() for x in xs)


def _without_case_suffix(name: str, text: str) -> str:
    """ "Ерлан Примеровты" (Kazakh accusative, read from an ask): the name without the case
    suffix its last word has (`language_rows.NAME_CASE_SUFFIXES`), where the text prints it
    so as well (round 27b); else `name`."""
    words = name.split()
    if len(words) < 2 or not re.search(r"[а-яәіңғүұқөһ]$", words[-1]):
        return name
    for n in range(4, 1, -1):
        rest = words[-1][-n:]
        if len(words[-1]) - n < 3 or rest not in _CYRILLIC_CASE_SUFFIXES:
            continue
        bare = " ".join([*words[:-1], words[-1][:-n]])
        if re.search(rf"(?<!\w){re.escape(bare)}(?!\w)", text):
            return bare
    return name


def _printed_nominatives(
    people: list[Person],
    flat: str,
    endings: frozenset[tuple[str, str]],
    sure: tuple[tuple[str, str], ...] = (),
) -> list[Person]:
    """Each person read in an oblique case ("uwolnijcie Alaksandrę X", "Leylei X") renamed to
    the nominative the text prints too ("Alaksandra X, 29 lat"), by the name case rows of the
    text's language (`endings`, `_case_of`); else, when a word ends in an ending no nominative
    ends in (`sure`: `language_rows.NAME_CASES_SURE`), to the form that ending's row gives. The
    form read is kept in `also_known_as`; no one is renamed to a form another person found
    has (round 28d)."""
    if not endings or not people:
        return people
    printed = printed_words(flat)
    # Another person's name is no case of this one's ("Jana X" and her husband "Jan X").
    for person in people:
        nominative = printed_nominative(person.name, printed, endings)
        if nominative == person.name:
            nominative = _sure_nominative(person.name, sure)
        others = (n for p in people if p is not person for n in (p.name, *p.also_known_as))
        if nominative != person.name and _key(nominative) not in {_key(n) for n in others}:
            person.also_known_as = [person.name, *person.also_known_as]
            person.name = nominative
    return people


def _sure_nominative(name: str, sure: tuple[tuple[str, str], ...]) -> str:
    """`name` with each word that ends in one of the `sure` oblique endings in the nominative
    (`language_rows.NAME_CASES_SURE`)."""
    words = name.split()
    if not sure or len(words) < 2:
        return name
    out = []
    for word in words:
        row = next(
            ((o, n) for o, n in sure if word.casefold().endswith(o) and len(word) - len(o) >= 3),
            None,
        )
        out.append(word if row is None else word[: len(word) - len(row[0])] + row[1])
    return " ".join(out)


def _inflected(a: str, b: str) -> bool:
    """ "jan kowalski" and "jana kowalskiego": one name in two grammatical cases
    (each word the same stem, of four letters or more, with endings of up to four letters)."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2 or a == b:
        return False
    for x, y in zip(wa, wb, strict=True):
        stem = next(
            (k for k, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), min(len(x), len(y))
        )
        if stem < 4 or len(x) - stem > 4 or len(y) - stem > 4 or stem < min(len(x), len(y)) - 2:
            return False
    return True
