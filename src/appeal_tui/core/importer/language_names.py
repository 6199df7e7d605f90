"""Language names as documents write them ("árabe", "Englisch", "arabiaksi", "阿拉伯文") -> codes,
and the "Please write in ... or your own language" line -> the codes it lists, in order."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from appeal_tui.core.importer import cldr
from appeal_tui.core.importer import language_rows as rows
from appeal_tui.core.importer.dates import fold
from appeal_tui.core.importer.phrases import APPEAL_CONTEXT, OWN_LANGUAGE, WRITE_IN, WRITE_IN_AFTER

# Languages letters are commonly written in; a longer list would turn words into languages.
_APPEAL_LANGUAGES = """ar en fr es de fa ru zh pt it nl tr ur he ja ko id ms th vi hi bn ta uk
    pl sv nb no da fi el hu cs sk ro bg sr hr bs sq az hy ka kk ky uz tg tk mn my km lo ne si sw
    am ti so ha yo ig zu ps ku ckb be lt lv et ca eu gl fil tl ml te mr gu pa rn rw ln wo ss mg"""
# Session 11: Slovenian, Icelandic, Macedonian and Norwegian Nynorsk too.
APPEAL_LANGUAGES = (*_APPEAL_LANGUAGES.split(), "sl", "is", "mk", "nn")
NAME_LOCALES = (
    "en", "es", "fr", "de", "fi", "sv", "nb", "da", "it", "pt", "nl", "ar", "zh_Hant", "zh_Hans",
    "ca", "cs", "ja",
    # Session 11's languages.
    "el", "hu", "tr", "ru", "uk", "bg", "hr", "sr_Latn", "sr", "bs", "sl", "ro", "et", "lv",
    "lt", "is", "nn", "ko", "fa", "he", "id", "ms", "fil", "sw", "pl", "sk",
    # Session 14: the EU's Maltese and Irish, Galician, Basque, Macedonian, Belarusian,
    # Albanian, the Caucasus, South and South-East Asia.
    "mt", "ga", "gl", "eu", "mk", "be", "sq", "ka", "hy", "az", "ur", "hi", "bn", "th", "vi",
    "pt_PT",
    # Session 25 (imp25i): the other languages of South Asia's scripts.
    "ne", "mr", "ta", "te", "ml", "gu", "pa", "si",
    # Round 27b: Kazakh, Kyrgyz, Mongolian ("қазақ, орыс немесе ағылшын тілінде", "орусча",
    # "англи эсвэл орос хэлээр").
    "kk", "ky", "mn",
    # Session 29 lead: Amharic ("በአማርኛ ወይም በእንግሊዝኛ ይጻፉ", write in Amharic or English).
    "am",
)  # fmt: skip
_EXTRA_NAMES = {
    "farsi": "fa", "mandarin": "zh", "castellano": "es", "castilian": "es", "中文": "zh",
    "華語": "zh", "國語": "zh", "普通话": "zh", "阿拉伯语": "ar", "英语": "en", "法语": "fr",
    "阿拉伯語": "ar", "英語": "en", "法語": "fr", "西班牙語": "es", "西班牙语": "es",
    # Chinese "... writing" (session 27, imp27a): "請以中文或英文撰寫".
    "英文": "en", "法文": "fr", "日文": "ja", "韓文": "ko", "韩文": "ko", "德文": "de",
    "俄文": "ru", "西班牙文": "es", "阿拉伯文": "ar", "葡萄牙文": "pt",
    "persisch": "fa", "farsi (persian)": "fa", "kurdish": "ku", "sorani": "ckb",
    # Polish and Slovak say "in English" with an adverb ("po angielsku", "po anglicky").
    "angielsku": "en", "hiszpansku": "es", "francusku": "fr", "niemiecku": "de",
    "rosyjsku": "ru", "arabsku": "ar", "persku": "fa", "portugalsku": "pt", "polsku": "pl",
    "anglicky": "en", "spanielsky": "es", "francuzsky": "fr", "nemecky": "de", "rusky": "ru",
    "arabsky": "ar", "slovensky": "sk", "kirundi": "rn", "ikirundi": "rn",
    "gruzinsku": "ka", "wietnamsku": "vi", "turecku": "tr", "ukrainsku": "uk", "chinsku": "zh",
    "vietnamsky": "vi", "cinsky": "zh", "turecky": "tr", "ukrajinsky": "uk", "gruzinsky": "ka",
    "portugalsky": "pt", "persky": "fa", "cesky": "cs", "spanelsky": "es", "francouzsky": "fr",
    # siSwati as its speakers write it; Catalan "castellà".
    "siswati": "ss", "castella": "es",
    "białorusku": "be", "ukraińsku": "uk", "belorusky": "be", "bielorusky": "be",
    "kazachsku": "kk", "uzbecku": "uz", "azersku": "az", "ormiańsku": "hy", "litewsku": "lt",
    # Hungarian says "in English" with an adverb ("angolul", "oroszul").
    "angolul": "en", "oroszul": "ru", "franciaul": "fr", "spanyolul": "es", "nemetul": "de",
    "arabul": "ar", "perzsaul": "fa", "kinaiul": "zh", "torokul": "tr", "magyarul": "hu",
    "ukranul": "uk", "feheroroszul": "be", "azeriul": "az", "azerbajdzsanul": "az",
    "portugalul": "pt", "olaszul": "it", "gruzul": "ka", "ormenyul": "hy", "kazahul": "kk",
    "uzbegul": "uz", "kirgizul": "ky", "tadzsikul": "tg", "turkmenul": "tk", "vietnamiul": "vi",
    "romanul": "ro", "szerbul": "sr", "horvatul": "hr", "bolgarul": "bg", "lengyelul": "pl",
    "csehul": "cs", "szlovakul": "sk", "gorogul": "el", "heberul": "he", "japanul": "ja",
    "koreaiul": "ko", "kurdul": "ku", "burmaiul": "my", "tamilul": "ta", "szuaheliul": "sw",
    # Tagalog's names for languages are Spanish words ("Ingles", "Kastila").
    "kastila": "es", "tagalog": "tl",
    # Finnish "in Finnish" (its stem is no other form of "suomi").
    "suomeksi": "fi",
    # Round 27b: Russian spells Kyrgyz so beside CLDR's "киргизский".
    "кыргызский": "ky", "кыргызском": "ky", "кыргызском языке": "ky",
    # Session 23: Japanese spellings beside CLDR's ("ペルシア語", "ウルドゥー語"), as Japanese
    # pages print them
    "ペルシャ語": "fa", "ウルドゥ語": "ur", "ヒンディ語": "hi", "ビルマ語": "my",
    # Session 25 (imp25i): the spellings with an anusvara that Hindi and Nepali pages print
    # beside CLDR's conjuncts ("हिन्दी", "अङ्ग्रेजी").
    "हिंदी": "hi", "अंग्रेजी": "en", "अंग्रेज़ी": "en", "अंग्रेजीमा": "en", "अंग्रेज़ी में": "en",
}  # fmt: skip
# Words that join a list of languages, never a language's name there, though a locale may
# name one so (Estonian "tai" is Thai; Finnish "tai" is "or").
_LIST_WORDS = frozenset("tai ja vai või ning vagy és ili ir arba oder ou".split())  # noqa: SIM905
# Session 14: Azerbaijani short names that are words elsewhere (French "fin", Vietnamese "tây").
_LIST_WORDS |= frozenset(("fin", "tay", "cin", "hind"))
# Case forms of the names Babel gives in the nominative, per locale: (ending, replacement).
# Russian "на английском", Ukrainian "англійською", Croatian "na engleskom", Slovenian "v
# angleščini", Icelandic "á ensku", Hebrew "באנגלית" (a prefix: empty ending).
_CASE_FORMS: dict[str, list[tuple[str, str]]] = {
    "uk": [("а", "ою")],
    "hr": [("i", "om")],
    "sr_Latn": [("i", "om")],
    "sr": [("и", "ом")],
    "bs": [("i", "om")],
    "sl": [("a", "i")],
    "is": [("a", "u")],
    "he": [("", "ב")],
    # Session 14: Belarusian "на англійскай", Georgian "ინგლისურ ენაზე", Basque "ingelesez",
    # Albanian "në anglishte"; Thai joins "language" before the name ("ภาษาอังกฤษ").
    "be": [("ая", "ай"), ("ая", "у")],
    "ru": [("ий", "ом"), ("ый", "ом"), ("ой", "ом"), ("ий", "и")],
    # (Session 29 lead: the adverb "in English", "ინგლისურად", and Amharic's prefix "in".)
    "ka": [("ი", ""), ("ი", "ად")],
    "am": [("", "በ")],
    "eu": [("a", "ez"), ("ara", "araz")],
    "th": [("", "ภาษา")],
    # Session 25 (imp25i): Malayalam "ഇംഗ്ലീഷിൽ", Tamil "ஆங்கிலத்தில்" (in English).
    "ml": [("്", "ിൽ"), ("ം", "ത്തിൽ")],
    "ta": [("ம்", "த்தில்"), ("்", "ில்")],  # (session 29 lead: "தமிழில்", in Tamil)
    # Czech and Slovak say "in English" with an adverb of the name's stem: "angličtina" ->
    # "anglicky", "ázerbájdžánština" -> "ázerbájdžánsky", "španielčina" -> "španielsky".
    "cs": [("čtina", "cky"), ("ština", "sky")],
    "sk": [("čtina", "cky"), ("ština", "sky"), ("čina", "sky")],
    # Round 27b: Kazakh names the language with "тілі" (language): the stem alone in a list,
    # "тілінде" (in the language) after its last item.
    "kk": [(" тілі", ""), (" тілі", " тілінде"), (" тілі", " тілдерінде")],
}  # fmt: skip
# Case endings added after the name (no ending replaced): Bengali locative "ইংরেজিতে" ("in
# English"), Armenian instrumental "անգլերենով", Azerbaijani "ingiliscə".
# Korean instrumental "베트남어로" ("in Vietnamese").
# Session 25 (imp25i): the locative postpositions South Asian languages join to the name:
# Bengali "বাংলায়", Nepali "अंग्रेजीमा", Marathi "मराठीत", Gujarati "ગુજરાતીમાં", Telugu
# "తెలుగులో", Malayalam "ഇംഗ്ലീഷിൽ" (the name's last sign, a virama, gives way: _CASE_FORMS).
_SUFFIX_FORMS: dict[str, list[str]] = {
    "bn": ["তে", "য়", "য়"],
    "ne": ["मा"],
    "hi": ["में"],
    "mr": ["त", "मध्ये"],
    "gu": ["માં"],
    "te": ["లో"],
    "hy": ["ով"],
    "az": ["cə", "ca"],
    "ko": ["로", "으로"],
    # Round 27b: Mongolian "орос хэлээр" (in Russian), "хэл дээр".
    "mn": [" хэлээр", " хэл дээр", " хэлэнд"],
}
_LANGUAGE_NOUNS = frozenset(fold(w) for ws in rows.LANGUAGE_NOUN_BEFORE.values() for w in ws)


@cache
def _country_named() -> frozenset[str]:
    """Language names a locale spells as a country's name (Malay "Azerbaijan", Indonesian
    "Indonesia"): a language only after that locale's word for "language"."""
    out: set[str] = set()
    for locale_name in rows.LANGUAGE_NOUN_BEFORE:
        countries = {fold(n) for n in cldr.territories(locale_name).values()}
        out |= {fold(n) for n in cldr.languages(locale_name).values() if fold(n) in countries}
    return frozenset(out)


@cache
def _names() -> dict[str, str]:
    table: dict[str, str] = {}
    for locale_name in NAME_LOCALES:
        names = cldr.language_names(locale_name, APPEAL_LANGUAGES)
        for code in APPEAL_LANGUAGES:
            name = names.get(code)
            if name:
                table.setdefault(fold(name), code)
                for ending, form in _CASE_FORMS.get(locale_name, []):
                    if not ending:
                        table.setdefault(fold(form + name), code)
                    elif name.endswith(ending):
                        table.setdefault(fold(name[: -len(ending)] + form), code)
                for suffix in _SUFFIX_FORMS.get(locale_name, []):
                    table.setdefault(fold(name + suffix), code)
    # Each language's own name for itself ("Kiswahili", "Tiếng Việt", "русский", "فارسی").
    own_names = cldr.own_language_names(APPEAL_LANGUAGES)
    for code in APPEAL_LANGUAGES:
        own = own_names[code]
        if own and len(fold(own)) >= 4:
            table.setdefault(fold(own), code)
    # (Folded as the words looked up are: "ペルシャ語" loses its marks, "ukraińsku" its acute.)
    table.update({fold(name): code for name, code in _EXTRA_NAMES.items()})
    for word in _LIST_WORDS:
        table.pop(fold(word), None)
    # Round 28e: Filipino under the two-letter code of the language it is standardised from
    # ("tl"; CLDR aliases "tl" to "fil", which has no two-letter code): "Ingles o Filipino"
    # and "English or Tagalog" name the same language, as other codes are two letters.
    return {name: _TWO_LETTER.get(code, code) for name, code in table.items()}


_TWO_LETTER = {"fil": "tl"}


def language_code(word: str, document_language: str = "en") -> str | None:
    """The code a language name stands for in any of the known languages; None if unknown."""
    word = word.strip(" .,;:()")
    folded = fold(word)
    names = _names()
    if folded in names:
        return names[folded]
    # A preposition or an article joined to the name: Russian and Belarusian "по-английски",
    # "па-англійску", Maltese "bl-Ingliż", "bil-Malti"; Irish eclipsis "i mBéarla".
    bare = _JOINED_BEFORE_NAME.sub("", word)
    if bare != word and fold(bare) in names:
        return names[fold(bare)]
    if folded.endswith("ksi") and len(folded) > 5:
        # Finnish "in Arabic" is "arabiaksi": match the stem, allowing consonant changes.
        stem = folded[:-3]
        matches = {c for n, c in names.items() if n.startswith(stem[:5]) and n.isascii()}
        if len(matches) == 1:
            return matches.pop()
    return None


_JOINED_BEFORE_NAME = re.compile(
    r"^(?:по-|па-|bl-|bil-|fl-|fil-|(?-i:(?:bh|[mgnbdt]|n-)(?=[A-ZÁÉÍÓÚ])))", re.IGNORECASE
)


@dataclass(frozen=True)
class LanguagesLine:
    """The codes a languages line lists and where it is (`end` is where the asks start)."""

    codes: tuple[str, ...]
    start: int
    end: int
    text: str


_SPLIT = re.compile(
    r"[,;、，/،]|\s+(?:and|or|y|o|et|ou|und|oder|ja|tai|e|en|in|auf|eller|och|lub|albo|alebo"
    r"|lebo|nebo|anebo|i|a|po|på|أو"
    # Session 14: Vietnamese, Albanian, Azerbaijani, Georgian, Armenian, Hindi, Urdu, Bengali,
    # Basque, Galician, Maltese "or"/"and".
    r"|hoặc|và|ose|dhe|və|yaxud|ან|და|կամ|և|या|और|یا|اور|বা|ও|edo|eta|ou|jew|u"
    # Session 25 (imp25i): Nepali and Marathi, Tamil, Telugu, Malayalam, Gujarati, Punjabi
    # "or"/"and".
    r"|वा|किंवा|आणि|अथवा|அல்லது|மற்றும்|లేదా|మరియు|അല്ലെങ്കിൽ|અથવા|અને|ਜਾਂ|ਅਤੇ"
    # Turkish "or", "and".
    r"|veya|ya\s+da|ve"
    # Round 27b: Russian, Ukrainian, Kazakh, Mongolian, Kyrgyz, Uzbek "or".
    r"|или|або|немесе|эсвэл|же|ёки|yoki"
    # Round 28e: Romanian "or", "and".
    r"|sau|ori|și|si)\s+"
    # (and the Japanese topic particle: "書簡は中国語又は英語で", the letters in ...)
    r"|或|和|及|以|または|もしくは|および|又は|若しくは|及び|或者|は|หรือ|และ|en\s+|\s+و(?=ال)"
)


def codes_in(segment: str) -> list[str]:
    """The codes of the languages a list names, in order ("Spanish, English" -> es, en)."""
    return _codes_in(segment)


# Round 38e: a definite article of a language that sets a people's adjective before its noun
# (English, Hungarian, German), then a word, then another: "to the Icelandic authorities",
# "az észt hatóságoknak", "an die isländischen Behörden". (Languages that set it after, "aux
# autorités islandaises", print their articles before a language's name: "el inglés", Dutch "in
# het Engels".)
_ARTICLE_NAME_NOUN = re.compile(
    r"(?<![^\W\d_])((?i:the|a|az|der|die|den|dem|des))\s+([^\W\d_]+)(?=\s+([^\W\d_]+))"
)


def _addressees_adjectives(segment: str) -> str:
    """Round 38e: a language's name between a definite article and a noun is the adjective
    of a people or a country ("write to the Icelandic authorities", "to the Estonian
    Ambassador", Hungarian "Írjon az észt hatóságoknak"), no language asked for: it is
    blanked out. Kept when the word after it is a word for "language" ("the English
    language"), another name or a joining word ("the English or French text"); Czech and
    Slovak "a" after a name is "and" ("anglicky a česky")."""
    out = segment
    for m in _ARTICLE_NAME_NOUN.finditer(segment):
        article, name, noun = m.group(1), m.group(2), m.group(3)
        if not language_code(name) or language_code(noun):
            continue
        if fold(noun) in _LANGUAGE_NOUNS or fold(noun) in _LANGUAGE_NOUNS_AFTER:
            continue
        if _SPLIT.fullmatch(f" {noun} ") or fold(noun) in _OR_WORDS:
            continue
        if not _addressed_noun(article, noun):
            continue  # (Mend 38e: "write a Spanish letter", "the Tamil spoken by ...")
        out = out[: m.start(2)] + "\u2009" * len(name) + out[m.end(2) :]
    return out


_LANGUAGE_NOUNS_AFTER = frozenset({"language", "languages", "version", "translation"})

# Mend 38e: the bodies and envoys written to that a people's adjective stands before, in the
# languages of `_ARTICLE_NAME_NOUN`'s articles: English after "the", German after its articles,
# Hungarian stems after "a"/"az" (its case endings follow: "hatóságoknak"). Czech and Slovak
# "a" is "and" ("stručně a anglicky na ..."): no Hungarian stem follows it. A minister is not
# one of them: "Write to the Georgian Minister of Justice" is read as main reads it.
_ADDRESSED_EN = frozenset(
    {"authorities", "authority", "government", "officials", "ambassador", "embassy",
     "consulate", "ambassadors", "embassies", "police", "prosecutor", "courts", "court"}
)  # fmt: skip
_ADDRESSED_DE = frozenset(
    {"behörden", "behörde", "regierung", "botschaft", "botschafter", "botschafterin",
     "polizei", "staatsanwaltschaft", "justiz"}
)  # fmt: skip
_ADDRESSED_HU = ("hatóság", "kormány", "nagykövet", "követség", "rendőrség", "ügyészség")


def _addressed_noun(article: str, noun: str) -> bool:
    """Mend 38e: whether `noun`, after `article` and a people's adjective, is a body or an
    envoy written to ("the Icelandic authorities", "die isländischen Behörden", "az észt
    hatóságoknak"), not the thing asked for ("a Spanish letter", "the Portuguese used ...")."""
    folded, low = fold(noun), article.lower()
    if low == "the":
        return folded in _ADDRESSED_EN
    if low in ("a", "az"):
        return folded.startswith(tuple(fold(s) for s in _ADDRESSED_HU))
    return folded in {fold(w) for w in _ADDRESSED_DE}


def _codes_in(segment: str) -> list[str]:
    codes: list[str] = []
    segment = _addressees_adjectives(segment)
    for piece in _SPLIT.split(segment):
        words = piece.split()
        # "Brazilian Portuguese", then each word alone.
        candidates = [" ".join(words), *words] if len(words) > 1 else words
        if not words and piece.strip():
            candidates = [piece.strip()]
        whole = language_code(candidates[0]) if len(candidates) > 1 else None
        # "Brazilian Portuguese" is one language; "Engels of Nederlands" (a joining word the
        # split does not know) names each.
        for candidate in [candidates[0]] if whole else candidates:
            if len(words) > 1 and len(candidate) <= 3 and candidate.islower():
                continue  # "dan desak ..." (Indonesian "and"): a word of a phrase, no code
            at = words.index(candidate) if candidate in words else 0
            if fold(candidate) in _country_named():
                # "the authorities of Azerbaijan": a country, unless "bahasa" names it.
                if at == 0 or fold(words[at - 1]) not in _LANGUAGE_NOUNS:
                    continue
            elif (
                # Round 38e: with its full stop ("... of Estonia."), in a phrase; mend 38e: a
                # name closing a list is a language ("bahasa Inggris atau Belanda.")
                fold(candidate.strip(".,;:!?)")) in _country_named()
                and at > 0
                and fold(words[at - 1]) not in _LANGUAGE_NOUNS
                and not _listed_after(words, at)
            ):
                continue
            code = language_code(candidate) or _name_then_words(candidate)
            if code and code not in codes:
                codes.append(code)
    return codes


def _listed_after(words: list[str], at: int) -> bool:
    """Mend 38e: whether the name at `at` closes a list of languages, after an "or" and a
    language's name ("bahasa Inggris atau Belanda.", "Indonesia atau Jerman."), not after a
    noun ("the authorities of Latvia.")."""
    if at < 2 or fold(words[at - 1]) not in _OR_WORDS | {"atau", "dan", "and"}:
        return False
    return language_code(words[at - 2].strip(",;")) is not None


# Thai, Lao, Khmer and Burmese write no space after a word: a language's name runs on into
# the words after it ("ภาษาอังกฤษก็ได้", English is fine too). So does Chinese ("英文撰寫信件",
# English, write the letters: session 27).
_UNSPACED_SCRIPT = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u4e00-\u9fff]")
_LONGEST_NAME = 24


def _name_then_words(word: str) -> str | None:
    """The code of the language whose name opens a word of a script written without spaces,
    the longest name first; None for any other word."""
    if not _UNSPACED_SCRIPT.match(word):
        return None
    for end in range(min(len(word) - 1, _LONGEST_NAME), 1, -1):
        code = language_code(word[:end])
        if code:
            return code
    return None


def find_languages_line(text: str) -> LanguagesLine | None:
    """The first line that asks for letters in named languages (or "your own language"), else
    a short sentence that opens with "write" and names them ("Skriv gärna på spanska.",
    "Schreiben Sie auf\nBelarussisch, Russisch oder Deutsch.", wrapped or not)."""
    line, sentence = _languages_line(text), _languages_sentence(text)
    if line and sentence and set(line.codes) < set(sentence.codes):
        # The list went on on the next line ("... auf Englisch, Arabisch\noder Deutsch ...").
        return sentence
    return (
        line
        or sentence
        or _languages_before_verb(text)
        or _languages_after_channels(text)
        or _languages_listed_to_send(text)
    )


_CHANNEL = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(
        sorted({re.escape(w) for ws in rows.SEND_CHANNEL_WORDS.values() for w in ws}, key=len)[::-1]
    )
    + ")",
    re.IGNORECASE,
)
_RECOMMENDED = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(
        sorted(
            {re.escape(w) for ws in rows.RECOMMENDED_ACTION_HEADINGS.values() for w in ws}, key=len
        )[::-1]
    )
    + r")\s*[:：]",
    re.IGNORECASE,
)
# The sentence's end, or the colon before the asks or the recipients.
_CLAUSE_END = re.compile(r"[:：]|[.!?](?=\s|$)|\n\s*\n")
_CHANNEL_SPAN = 240


def _languages_after_channels(text: str) -> LanguagesLine | None:
    """Round 28e: an older action's request names the ways to send before the languages, with
    no verb "write" ("RECOMMENDED ACTION: Telegrams/faxes/airmail letters, in Spanish or in
    English:", "Briefe, Faxe, auf Englisch oder Deutsch:"): the languages after "in" in a
    sentence that names two ways to send, or under the recommended action's heading."""
    # (Lines wrapped inside a paragraph joined, same length: positions stay.)
    joined = re.sub(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)", " ", text)
    at = 0
    while (first := _CHANNEL.search(joined, at)) is not None:
        end_match = _CLAUSE_END.search(joined, first.end(), first.end() + _CHANNEL_SPAN)
        # (The next clause is looked at after this one: each part of the text once.)
        at = end_match.end() if end_match else first.end() + _CHANNEL_SPAN
        if end_match is None:
            continue
        end = end_match.start()
        heading = _RECOMMENDED.search(joined, max(0, first.start() - 120), first.start())
        channels = list(_CHANNEL.finditer(joined, first.start(), end))
        if len(channels) < 2 and heading is None:
            continue
        if heading is None and not end_match.group().startswith((":", "：")):
            # (A story names letters and faxes in a language in passing: "her newspaper
            # published letters and emails in Arabic." The request opens its sentence with
            # the ways to send, at most after its verb: "Stuur faksboodskappe, ...".)
            opening = max(joined.rfind(stop, 0, first.start()) for stop in ".!?:\n") + 1
            if len(joined[opening : first.start()].split()) > 1:
                continue
        clause = _IN_LANGUAGE.search(joined, channels[-1].end(), end)
        # (From the first "in" to the clause's end: "in Spanish or in English".)
        codes = _codes_in(joined[clause.start() : end]) if clause else []
        if codes:
            start = heading.start() if heading else first.start()
            return LanguagesLine(tuple(codes), start, end_match.end(), joined[start:end].strip())
    return None


_SENTENCE_STOPS = ("。", "\n", "：", ". ", "\u0964", "\u0965", "\u06d4")


def _languages_before_verb(text: str) -> LanguagesLine | None:
    """Japanese names the languages before the verb: "英語、クメール語または日本語で書いてくだ
    さい" (the list runs from the sentence's start to the verb)."""
    # (Round 27b: a line wrapped inside the sentence joined, as long as it was: "Хаттарды
    # орыс немесе\nағылшын тілінде жазыңыз".)
    text = re.sub(r"(?<=[^\W\d_,])\n(?=[^\W\d_])", " ", text)
    for verb in WRITE_IN_AFTER.finditer(text):
        # (A danda or the Urdu full stop ends a sentence too: "... ২০১৪ এর মধ্যে। চিঠি ...".)
        start = max(text.rfind(stop, 0, verb.start()) for stop in _SENTENCE_STOPS) + 1
        segment = text[start : verb.start()]
        # (Turkish too: "Mektuplarınızı İngilizce, Çince veya Türkçe yazabilirsiniz.", a
        # short sentence: a long one names languages in passing.)
        codes = _codes_in(segment) if len(segment.split()) <= _MAX_SENTENCE_WORDS else []
        if codes:
            end = text.find("。", verb.end())
            end = end + 1 if end >= 0 else verb.end()
            return LanguagesLine(tuple(codes), start, end, text[start:end].strip())
    return None


_IN_LANGUAGE = re.compile(
    r"(?<=[\s,(])(?:in|en|em|auf|på|op|na|w|v)\s+[^\W\d_]+"
    # A list: "in arabo, inglese o italiano", "auf Englisch oder Deutsch" (round 28e:
    # Romanian "sau", "ori").
    r"(?:(?:\s*,\s*|\s+(?:or|o|ou|oder|of|eller|lub|and|y|e|et|und|en|och|i|a|sau|ori)\s+)"
    r"[^\W\d_]+)*",
    re.IGNORECASE,
)
# A sentence that asks for a language is short; a longer one names languages in passing.
_MAX_SENTENCE_WORDS = 14


def _languages_sentence(text: str) -> LanguagesLine | None:
    # Lines wrapped inside a paragraph joined (same length, so positions stay).
    joined = re.sub(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)", " ", text)
    # A clause after a semicolon is a sentence of its own ("...; please write in X or Y.").
    for match in re.finditer(r"[^.!?;\n]+[.!?;]?", joined):
        sentence = match.group(0)
        write = WRITE_IN.search(sentence)
        if write is None:
            continue
        # Words before "write": two at most, besides a heading in capitals joined to it
        # ("WHAT YOU CAN DO Write ...").
        if len([w for w in sentence[: write.start()].split() if not w.isupper()]) > 2:
            continue
        if len(sentence.split()) > _MAX_SENTENCE_WORDS:
            # A longer instruction names languages after "in" ("Envie sua mensagem até ...,
            # em português, para ..."): the clause after it.
            clause = _IN_LANGUAGE.search(sentence, write.end())
            codes = _codes_in(clause.group(0)) if clause else []
            if codes:
                return LanguagesLine(tuple(codes), match.start(), match.end(), sentence.strip())
            continue
        codes = _codes_in(sentence[write.end() :])
        if codes:
            return LanguagesLine(tuple(codes), match.start(), match.end(), sentence.strip())
    return None


def _also_written_in(line: str, start: int, codes: list[str]) -> list[str]:
    """Languages a second "write in" of the same sentence adds ("Écrivez en français (... :
    vous pouvez aussi écrire en anglais)"): the words right after its verb."""
    end = re.search(r"(?<!\d)[.!?](?:\s|$)", line[start:])
    sentence_end = start + end.start() if end else len(line)
    more: list[str] = []
    for write in WRITE_IN.finditer(line, start, sentence_end):
        clause = _IN_LANGUAGE.search(line, write.end(), sentence_end)
        # (One word may stand between: "écrire aussi en anglais".)
        if clause and len(line[write.end() : clause.start()].split()) <= 1:
            more += [c for c in _codes_in(clause.group(0)) if c not in codes and c not in more]
    return more


def _languages_line(text: str) -> LanguagesLine | None:
    for line_match in re.finditer(r"[^\n]+", text):
        line = line_match.group(0)
        own = OWN_LANGUAGE.search(line)
        write = WRITE_IN.search(line)
        if not own and not write:
            continue
        # The list lies between the verb and "your own language" (or the colon after it).
        begin = write.end() if write and (not own or write.start() < own.start()) else 0
        stop = own.start() if own else line.find(":", begin)
        if stop < 0:
            stop = min(len(line), begin + 160)
        # The list ends with its sentence ("Write in English or siSwati. Letters in Czech ...").
        if not own:
            for period in re.finditer(r"(?<!\d)(?<!\b\w)[.!?]\s+(\w)", line[begin:stop]):
                if period.group(1).isupper() and _codes_in(line[begin : begin + period.start()]):
                    stop = begin + period.start()
                    break
        codes = _codes_in(line[begin:stop])
        if codes and not own:
            codes += _also_written_in(line, stop, codes)
        # Without "your own language", only a line introducing a list (ending in a colon) counts.
        introduces = line.find(":", begin) >= 0 or line.find("：", begin) >= 0
        if not codes or (not own and not introduces and len(codes) < 2):
            continue
        if own:
            tail = line[own.end() :]
            colon = re.search(r"[:：]", tail)
            end_in_line = own.end() + (colon.end() if colon else len(tail))
        else:
            colon = re.search(r"[:：]", line[stop:])
            end_in_line = stop + (colon.end() if colon else len(line) - stop)
        end = line_match.start() + end_in_line
        return LanguagesLine(tuple(codes), line_match.start(), end, line[:end_in_line].strip())
    return None


# A sentence ends at a full stop of any script (Latin, CJK, danda, Urdu, Ethiopic), a colon
# (the asks or the recipients follow) or a blank line.
_SENTENCE = re.compile(r"[^.!?。।॥۔።:：\n]+(?:\n(?!\s*\n)[^.!?。।॥۔።:：\n]+)*")
_LIST_SENTENCE_WORDS = 30


def _languages_listed_to_send(text: str) -> LanguagesLine | None:
    """Session 29 lead: a short sentence about sending the appeal (its letters, faxes, e-mails,
    or the reader asked to write or send: LANGUAGE_REQUEST_CUES as whole words, a word of
    APPEAL_CONTEXT, the ways to send, WRITE_IN) that lists two or more languages one after the
    other, in whatever order its language puts verb and list ("Pode escrever em português,
    espanhol ou inglês", "Apel możesz wysłać po angielsku lub po rosyjsku", "বাংলা বা
    ইংরেজিতে ... চিঠি ... পাঠিয়ে", "중국어, 영어 또는 한국어로 ... 서한이나 이메일을 보내
    주십시오"). The list must run unbroken (only joining words between the names): a story that
    names two languages far apart is no request."""
    for match in _SENTENCE.finditer(text):
        sentence = match.group(0)
        if len(sentence.split()) > _LIST_SENTENCE_WORDS:
            continue
        cue = _REQUEST_CUE.search(sentence) or _appeal_word(sentence) or _CHANNEL.search(sentence)
        if not cue and not WRITE_IN.search(sentence):
            continue
        run = _language_run(sentence)
        if len(run) >= 2:
            start = match.start() + len(sentence) - len(sentence.lstrip())
            return LanguagesLine(tuple(run), start, match.end(), sentence.strip())
    return None


# Words for "or" (a request offers languages to choose from: "in Spanish or English"); a story
# that names languages joins them with "and" ("she speaks Tamil and English").
_OR_WORDS = frozenset(
    """or o ou oder eller lub albo nebo anebo alebo vagy tai vai või eða ili или або veya
    sau ori of hoặc ose yaxud kamu կամ немесе эсвэл ёки yoki ya या वा अथवा किंवा یا বা
    অথবা அல்லது లేదా അല്ലെങ്കിൽ અથવા ਜਾਂ ან ወይም 또는 혹은 หรือ أو 或 或者 または 又は
    もしくは 若しくは""".split()  # noqa: SIM905
)
# What may stand between two names of one list: punctuation, "or", "and", and the preposition
# a language repeats before each name ("po angielsku lub po rosyjsku", "in Spanish or in
# English"). (?<!\S)/(?!\S) let two joiners share a space.
_AND_WORDS = "and y e et und ja ning és i a og och en and dhe və u და և और اور ও ve и та және"
_PREPOSITIONS = "in en em auf på op na w v po по"
_JOINER = re.compile(
    r"(\s*[,;、，/،]\s*|(?<!\S)(?:"
    + "|".join(
        sorted(
            {re.escape(w) for w in [*_OR_WORDS, *_AND_WORDS.split(), *_PREPOSITIONS.split()]},
            key=len,
        )[::-1]
    )
    + r")(?!\S)|\s+)",
    re.IGNORECASE,
)


def _appeal_word(sentence: str) -> bool:
    """Whether a word of the sentence is one of APPEAL_CONTEXT's stems with at most an ending
    ("обращения", "leveleket"), not a longer word that opens with one ("apelacyjny",
    appellate)."""
    for match in APPEAL_CONTEXT.finditer(sentence):
        start, end = match.span()
        if start and sentence[start - 1].isalpha():
            continue
        word_end = re.match(r"[^\W\d_]*", sentence[end:])
        if word_end is not None and len(word_end.group(0)) <= 4:
            return True
    return False


def _language_run(sentence: str) -> list[str]:
    """The codes of the longest unbroken list of language names in a sentence that offers a
    choice ("or" joins two of them): names with only joining words between them."""
    best: list[str] = []
    current: list[str] = []
    offers = False
    for token in _JOINER.split(sentence):
        if not token or token.isspace():
            continue
        if _JOINER.fullmatch(token):
            offers = offers or fold(token.strip()) in _OR_FOLDED
            continue
        code = language_code(token)
        if code and fold(token.strip(" .,;:()")) in _country_named():
            code = None  # "lives in Portugal": a country (Malay names Portuguese so)
        if code:
            if code not in current:
                current.append(code)
            continue
        if fold(token.strip(" .,;:()")) in _NATIONALITY_NOUNS:
            current = []  # "the French or German embassy": adjectives
        if offers and len(current) > len(best):
            best = current
        current, offers = [], False
    if offers and len(current) > len(best):
        best = current
    return best


_REQUEST_CUE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(
        sorted({re.escape(w) for ws in rows.LANGUAGE_REQUEST_CUES.values() for w in ws}, key=len)[
            ::-1
        ]
    )
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
_NATIONALITY_NOUNS = frozenset(fold(w) for ws in rows.NOUNS_AFTER_NATIONALITY.values() for w in ws)


_OR_FOLDED = frozenset(fold(w) for w in _OR_WORDS)
