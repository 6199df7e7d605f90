"""Which language a document is written in, from its most common small words.

Urgent actions are long enough that counting function words is reliable; Chinese is told
apart by its script, and Traditional from Simplified by characters that differ between them;
Japanese by its kana.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

_STOPWORDS = {
    "en": "the and of to in is that for was has his her with on are by be have this from not",
    "es": "de el la los las del que y en por para con su sus una es se al lo como pero fue",
    "fr": "de le la les des du et est que pour dans une sur au aux il elle qui sont pas ont été",
    "de": "der die das und ist nicht mit von den dem zu sich auf für ein eine er sie wurde im",
    "fi": "ja on että hän oli ei ovat tai kanssa myös mukaan joka hänen ole sekä kuin",
    "pt": "de o os as do da dos das não em com uma para que foi por ao ele seu sua",
    "it": "il di che della per non sono gli nel una del alla ha è dei delle",
    "nl": "de het een van en is dat op te zijn niet met voor hij aan worden",
    # Session 11: small words no language above uses as often.
    "el": "και το του της τα να η ο των στο στην με για από που είναι δεν τον την στα",
    "ru": "и в не на что с по он она был была его ее её из за как это для от к",
    "uk": "і в не на що з по він вона був була його її із за як це для від до та",
    "bg": "и в не на че с по той тя беше е за от да се как това са към",
    "hr": "i u je se na da za od su nije kao što ili bio bila koji koja sa nakon",
    "sl": "in v je se na da za od so ni kot ali bil bila ki po pri tudi",
    "ro": "și în să care este pentru fost sunt din cu pe nu fi acest această lui ei",
    "hu": "a az és hogy nem is egy van volt meg már mint vagy csak ő után",
    "tr": "ve bir bu için ile olarak da de olan gibi daha çok sonra ancak kadar",
    "pl": "i w nie na się z że do jest to jak po przez został została jego jej oraz",
    "cs": "a v se na je že do s z jako pro by byl byla jeho její také nebo",
    "sv": "och att det som en på är för av med till den har inte han hon var",
    "da": "og at det som en på er for af med til den har ikke han hun var",
    "nb": "og at det som en på er for av med til den har ikke han hun var",
    "id": "dan yang di ke dari ini itu dengan untuk tidak ia pada adalah dalam oleh",
    "sw": "na ya wa kwa katika ni la za kuwa hii hiyo alikuwa baada",
    "ca": "de i el la els les que per amb una és del al no va dels seva",
    # Session 14: Albanian, Serbian (Cyrillic), Macedonian, Belarusian, Azerbaijani, Basque,
    # Galician, Maltese, Irish, Vietnamese.
    "sq": "dhe në të që për me një nga është se nuk ka ishte janë si por ai ajo",
    "sr": "и у је се на да за од су није као што или био била који која са након",
    "mk": "и во на да се за од е со не што тоа беше ги ја го кој која",
    "be": "і ў не на што з па ён яна быў была яго яе за як гэта для ад да",
    "az": "və bir bu üçün ilə olaraq da də olan kimi daha çox sonra lakin onun",
    "eu": "eta da ez bat du zen dute izan ere bere baina edo hau hori dira",
    "gl": "e que en non unha co coa da do ao polo pola xa foi é",
    "mt": "u li ta fil bil mill lill għal ma huwa hija kien kienet dan din",
    "ga": "agus an na is ar le go ag ó bhí sé sí níl atá mar",
    "vi": "và của là có không được cho trong với một những các đã người này để",
    # Session 25 (25h): the Baltic languages, whose rows of sending verbs and name cases
    # (`language_rows.SEND_VERBS_DATIVE`, `NAME_CASES_LATIN`) need the document's language.
    "lt": "ir į yra kad su iš už per buvo jo jos bet ar tai kaip nuo apie po taip pat jis ji",
    "lv": "un ir ka uz no par ar bet kā arī tas viņš viņa bija to lai vai pēc tika viņu",
    "et": "ja on et ei see oli ka kui mis aga oma tema nii ning või ta veel pärast ole",
}
_WORDS = {code: frozenset(words.split()) for code, words in _STOPWORDS.items()}
# Every language's small words: the common words of a text typed in capitals, which prints
# none of them in small letters (`people.find_people`).
SMALL_WORDS = frozenset(w for words in _WORDS.values() for w in words)
# Letter groups a language's spelling has and the languages sharing its small words lack.
_SPELLING_MARKS: dict[str, tuple[str, ...]] = {
    "nl": ("ij", "oe", "aa", "ee", "oo", "uu", "sch"),
    "es": ("ñ", "ción", "ll", "ue"),
    "pt": ("ão", "ç", "nh", "lh", "õe"),
    "fr": ("eau", "ç", "è", "ê", "oi"),
    "ca": ("l·l", "ny", "ç", "tx"),
    "tr": ("ı", "ş", "ğ"),
    "en": ("th", "wh", "sh"),
}
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_PERSIAN = re.compile(r"[پچژگ]")
# Persian writes its own yeh, kaf and digits (ی ک ۰-۹) where Arabic writes ي ك ٠-٩ and ة ى.
_PERSIAN_FORMS = re.compile(r"[\u06cc\u06a9\u06f0-\u06f9]")
_ARABIC_FORMS = re.compile(r"[\u064a\u0643\u0629\u0649\u0660-\u0669]")
# Korean and Hebrew are told by their scripts (no other language here writes them).
_SCRIPTS = {"ko": re.compile(r"[\uac00-\ud7af]"), "he": re.compile(r"[\u0590-\u05ff]")}
# Session 14: Georgian, Armenian, Thai, Bengali, and Devanagari (read as Hindi). (Counted as
# letters: their vowel signs are no letters to `isalpha`, so half the letters is the test.)
_SCRIPTS |= {
    "ka": re.compile(r"[\u10a0-\u10ff]"),
    "hy": re.compile(r"[\u0530-\u058f]"),
    "th": re.compile(r"[\u0e00-\u0e7f]"),
    "bn": re.compile(r"[\u0980-\u09ff]"),
    "hi": re.compile(r"[\u0900-\u097f]"),
}
# Session 24 (imp24a): scripts one language writes in the documents we read (Sinhala, Khmer,
# Lao, Burmese, Tibetan), and Ethiopic, read as Amharic unless Tigrinya's own spelling shows
# (it writes "ኣ" where Amharic writes "አ", and "ኢ" less).
_SCRIPTS |= {
    "si": re.compile(r"[\u0d80-\u0dff]"),
    "km": re.compile(r"[\u1780-\u17ff]"),
    "lo": re.compile(r"[\u0e80-\u0eff]"),
    "my": re.compile(r"[\u1000-\u109f]"),
    "bo": re.compile(r"[\u0f00-\u0fff]"),
    "am": re.compile(r"[\u1200-\u139f]"),
}
# Session 25 (imp25i): the other scripts one language writes in the documents we read:
# Tamil, Telugu, Malayalam, Gujarati, Gurmukhi (Punjabi), Kannada, Odia, Thaana (Dhivehi).
_SCRIPTS |= {
    "ta": re.compile(r"[\u0b80-\u0bff]"),
    "te": re.compile(r"[\u0c00-\u0c7f]"),
    "ml": re.compile(r"[\u0d00-\u0d7f]"),
    "gu": re.compile(r"[\u0a80-\u0aff]"),
    "pa": re.compile(r"[\u0a00-\u0a7f]"),
    "kn": re.compile(r"[\u0c80-\u0cff]"),
    "or": re.compile(r"[\u0b00-\u0b7f]"),
    "dv": re.compile(r"[\u0780-\u07bf]"),
}
# Devanagari is written by Hindi, Nepali and Marathi: their small words tell them apart
# (Hindi "है", "के", Nepali "छ", "लाई", Marathi "आहे", "आणि"). Only words the other two do
# not write count: "को", "का" (Hindi and Nepali), "ने", "होते", "या", "व" (Hindi and Marathi)
# say nothing.
_DEVANAGARI_WORDS = {
    "hi": frozenset("है हैं के की में और से था थे नहीं".split()),  # noqa: SIM905
    "ne": frozenset("छ छन् र लाई मा गरेको पनि थियो भएको".split()),  # noqa: SIM905
    "mr": frozenset("आहे आहेत आणि च्या ला नाही".split()),  # noqa: SIM905
}
# Cyrillic letters only Kazakh of the languages here writes (ә ғ қ ң ұ һ), and those Mongolian
# writes beside Russian's (ө ү) without them.
_KAZAKH = re.compile(r"[әғқңұһӘҒҚҢҰҺ]")
_MONGOLIAN = re.compile(r"[өүӨҮ]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Small words of Kazakh and Mongolian (not scored with `_STOPWORDS`: they only confirm the
# letters above against Russian's small words, since a Russian text names a Kazakh person or
# town in its own spelling, "Қарағанды").
_OWN_WORDS = {
    "kk": frozenset(
        """және мен бен пен да де та те үшін бұл ол осы деп туралы бойынша сияқты еді емес бар
        жоқ оның олар біз сіз""".split()  # noqa: SIM905
    ),
    "mn": frozenset(
        """болон ба нь энэ тэр юм байна байгаа гэж гэсэн бөгөөд ч бол дээр тул хүртэл түүний
        тэд бид та""".split()  # noqa: SIM905
    ),
}
# Letters Urdu writes and Persian and Arabic do not (ٹ ڈ ڑ ں ے ہ).
_URDU = re.compile(r"[\u0679\u0688\u0691\u06ba\u06d2\u06c1]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# Hiragana and katakana: only Japanese writes them (with Han characters between).
_KANA = re.compile(r"[\u3040-\u30ff]")
_TRADITIONAL = set("國們請語寫這為與對關說會經時來個區當應裡傳稱閣總統護")
_SIMPLIFIED = set("国们请语写这为与对关说会经时来个区当应里传称阁总统护")


@dataclass(frozen=True)
class DetectedLanguage:
    """A BCP 47 code and whether the evidence was clear."""

    code: str
    sure: bool


def _devanagari_language(text: str) -> str:
    """Hindi unless Nepali's or Marathi's small words are the more frequent."""
    words = Counter(re.findall(r"\S+", text))
    scores = {code: sum(words[w] for w in vocab) for code, vocab in _DEVANAGARI_WORDS.items()}
    best = max(scores, key=lambda code: scores[code])
    return best if scores[best] > scores["hi"] else "hi"


@lru_cache(maxsize=16)
def detect_language(text: str) -> DetectedLanguage:
    """The document's language; `sure` is False when two languages score close or few words.

    Cached: one import asks it of the same text from several steps (build, fields, people).
    """
    letters = sum(1 for ch in text if ch.isalpha())
    han = len(_CJK.findall(text))
    kana = len(_KANA.findall(text))
    if letters and (han + kana) / letters > 0.2 and kana * 5 >= han:
        return DetectedLanguage("ja", True)
    if letters and han / letters > 0.2:
        traditional = sum(1 for ch in text if ch in _TRADITIONAL)
        simplified = sum(1 for ch in text if ch in _SIMPLIFIED and ch not in _TRADITIONAL)
        if traditional == simplified:
            return DetectedLanguage("zh", False)
        return DetectedLanguage("zh-Hant" if traditional > simplified else "zh-Hans", True)
    arabic = len(_ARABIC.findall(text))
    if letters and arabic / letters > 0.5:
        # Arabic script: Persian has letters Arabic does not.
        if len(_URDU.findall(text)) * 30 > arabic:
            return DetectedLanguage("ur", True)
        persian = len(_PERSIAN.findall(text)) * 50 > arabic or len(
            _PERSIAN_FORMS.findall(text)
        ) > 2 * len(_ARABIC_FORMS.findall(text))
        return DetectedLanguage("fa" if persian else "ar", True)
    for code, script in _SCRIPTS.items():
        if letters and len(script.findall(text)) / letters > 0.5:
            if code == "am" and text.count("ኣ") > text.count("አ"):
                return DetectedLanguage("ti", True)
            if code == "hi":
                return DetectedLanguage(_devanagari_language(text), True)
            return DetectedLanguage(code, True)
    cyrillic = len(_CYRILLIC.findall(text))
    if letters and cyrillic / letters > 0.5:
        # The letters in words that open small (a Russian text names a Kazakh person or
        # town, capitalised, in its own spelling), or the language's own small words
        # outnumbering Russian's.
        own = Counter(w.casefold() for w in re.findall(r"[^\W\d_]+", text))
        russian = sum(own[w] for w in _WORDS["ru"])
        small = " ".join(w for w in re.findall(r"[^\W\d_]+", text) if w[:1].islower())
        if len(_KAZAKH.findall(small)) * 60 > cyrillic or (
            len(_KAZAKH.findall(text)) * 60 > cyrillic
            and sum(own[w] for w in _OWN_WORDS["kk"]) > russian
        ):
            return DetectedLanguage("kk", True)
        if len(_MONGOLIAN.findall(small)) * 40 > cyrillic or (
            len(_MONGOLIAN.findall(text)) * 40 > cyrillic
            and sum(own[w] for w in _OWN_WORDS["mn"]) > russian
        ):
            return DetectedLanguage("mn", True)
    words = Counter(w.casefold() for w in re.findall(r"[^\W\d_]+", text))
    scores = {code: sum(words[w] for w in vocab) for code, vocab in _WORDS.items()}
    # (A tie, as short texts whose only small words are shared ("de", "en") give, goes to the
    # language whose spelling marks the text's words most: "ij", "oe" of Dutch, "ñ" of Spanish.)
    top_score = max(scores.values())
    marks = {
        code: sum(text.casefold().count(m) for m in _SPELLING_MARKS.get(code, ()))
        for code, score in scores.items()
        if score == top_score
    }
    ranked = sorted(scores.items(), key=lambda item: (item[1], marks.get(item[0], 0)), reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top == 0:
        return DetectedLanguage("en", False)
    return DetectedLanguage(best, top >= 20 and top >= 1.5 * second)
