"""The words urgent actions use, in English, Spanish, French, German, Finnish and Chinese.

Only tables and the patterns built from them live here, so adding a language's wording is
adding lines here. Patterns are matched case-insensitively unless their name says otherwise.
"""

from __future__ import annotations

import re
import unicodedata

from appeal_tui.core.importer import language_rows as rows

# Greek vowels with their accent, and the same vowel as capitals print it (without one:
# "ΑΝΤΙΓΡΑΦΑ" is "αντίγραφα", "ΠΡΙΝ ΑΠΟ" is "πριν από").
_GREEK_ACCENTED = {"ά": "α", "έ": "ε", "ή": "η", "ί": "ι", "ό": "ο", "ύ": "υ", "ώ": "ω"}


def _either_form(m: re.Match[str]) -> str:
    """A character of a table entry as a class of the forms a text may print it in."""
    char = m.group(0)
    return "['’]" if char in "'’" else f"[{char}{_GREEK_ACCENTED[char]}]"


def _alternatives(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation, longest first so "E-mail address" wins over "E-mail"; an
    apostrophe matches the typographic one too ("Formule d’appel"), and an accented Greek vowel
    the plain one text in capitals has."""
    return "|".join(
        re.sub("['’άέήίόύώ]", _either_form, re.escape(w).replace(r"\ ", r"\s+"))
        # (NFC, as the text is: Bengali "য়" is two characters there.)
        for w in sorted(
            dict.fromkeys(unicodedata.normalize("NFC", w) for w in words), key=len, reverse=True
        )
    )


def _every_word(table: dict[str, list[str]]) -> str:
    """All the words of a per-language table as one alternation (see `_alternatives`)."""
    return _alternatives([w for ws in table.values() for w in ws])


def _merge(table: dict[str, list[str]], more: dict[str, list[str]]) -> None:
    """Add a table's rows from language_rows: a language both give keeps the words of both
    (session 30, imp30g: `dict.update` had dropped the Italian and Arabic salutation words and
    the Korean words about the appeal, given in both files)."""
    for code, words in more.items():
        table[code] = list(dict.fromkeys([*table.get(code, []), *words]))


# --- Languages added in session 11 (docs/importer.md, "Languages (session 11)"): el, hu, tr,
# ru, uk, bg, hr, sr, bs, sl, ro, et, lv, lt, is, nn, ko, fa, he, id, ms, tl, sw, and gaps of
# the languages before. Each table below is read by a pattern further down; a new language is
# new rows here.
# Words for the letters or for sending them, before "to ...:" ("Στείλτε ... στους:").
APPEAL_WORDS_MORE: dict[str, list[str]] = {
    "el": ["εκκλήσεις", "εκκλήσεις σας", "επιστολές", "γράψτε", "στείλτε"],
    "hu": ["leveleit", "leveleket", "leveleiket", "írjon", "írjanak", "küldje", "küldjék"],
    "tr": ["mektuplarınızı", "mektuplarınız", "çağrılarınızı", "yazın", "gönderin"],
    "ru": ["обращения", "письма", "пишите", "направьте", "отправьте", "напишите"],
    "uk": ["звернення", "листи", "пишіть", "надішліть", "напишіть"],
    "bg": ["призивите", "писма", "пишете", "изпратете", "напишете"],
    "hr": ["apele", "apel", "pisma", "pišite", "pošaljite", "napišite"],
    "sl": ["pozive", "pisma", "pišite", "pošljite", "napišite"],
    "ro": ["apelurile", "apeluri", "scrisori", "scrisorile", "scrieți", "trimiteți"],
    "et": ["pöördumised", "kirjad", "kirjutage", "saatke"],
    "lv": ["vēstules", "aicinājumus", "rakstiet", "sūtiet"],
    "lt": ["laiškus", "kreipimusis", "rašykite", "siųskite"],
    "is": ["bréf", "áköll", "skrifið", "sendið"],
    "id": ["surat", "surat anda", "kirimkan", "kirim", "tulislah", "tulis"],
    "ms": ["surat", "hantar", "tulis"],
    "tl": ["sulat", "liham", "sumulat", "ipadala"],
    "sw": ["barua", "andika", "tuma", "andikia"],
}  # fmt: skip
# The words for "to" that end such a line ("... στους:", "... по адресам:", "... kepada:").
APPEAL_TO_MORE: dict[str, list[str]] = {
    "el": ["στους", "στις", "στον", "στην", "προς"],
    "hu": ["címekre", "címre", "címzetteknek", "részére"],
    "tr": ["adreslere", "kişilere", "adreslerine"],
    "ru": ["по адресам", "по адресу", "адресатам", "в адрес"],
    "uk": ["на адреси", "на адресу", "адресатам", "до"],
    "bg": ["до", "на адресите"],
    "hr": ["na adrese", "na adresu", "prema"],
    "sl": ["na naslove", "na naslov"],
    "ro": ["către", "la adresele", "la adresa"],
    "et": ["aadressidel", "aadressil", "adressaatidele"],
    "lv": ["adresātiem", "uz adresēm"],
    "lt": ["adresatams", "adresais", "šiems adresatams"],
    "is": ["til"],
    "id": ["kepada", "ke"],
    "ms": ["kepada"],
    "tl": ["kay", "kina", "sa"],
    "sw": ["kwa"],
}  # fmt: skip
# A section's own abbreviation of "urgent action" before the action's number ("ΕΔ 341/11").
UA_CODES_MORE: dict[str, list[str]] = {
    "el": ["ΕΔ"],
    # Polish "Pilna akcja" ("Pierwsza PA: 128/21").
    "pl": ["PA", "Pilna akcja"],
    # Round 28e: the same abbreviation in more scripts ("УА 17/30", "ЯА 12/30", "ՇԳ 05/30",
    # 'פ"ד 38/30', "ت.ع 07/2030", "அ.ந. 22/30"): a section's letters for "urgent action".
    "ru": ["УА"],
    "mn": ["ЯА"],
    "hy": ["ՇԳ"],
    "he": ['פ"ד', "פ״ד"],
    "ar": ["ت.ع"],
    "ta": ["அ.ந."],
}
# "Copies to" headings, as the words that open them ("Αντίγραφα προς:", "Копии направьте:").
COPY_WORDS_MORE: dict[str, list[str]] = {
    "el": ["αντίγραφα", "αντίγραφο", "κοινοποίηση"],
    "hu": ["másolatot", "másolat", "másolatban", "másolatok"],
    "tr": ["kopyalarını", "kopyaları", "kopyalari", "kopyalar", "kopyası", "kopya"],
    "ru": ["копии", "копию", "копия"],
    "uk": ["копії", "копію", "копія"],
    "bg": ["копия", "копие"],
    "hr": ["kopije", "kopiju", "kopija", "preslike", "na znanje"],
    "sl": ["kopije", "kopijo", "v vednost"],
    "ro": ["copii", "copie", "copii ale"],
    "et": ["koopiad", "koopia"],
    "lv": ["kopijas", "kopiju"],
    "lt": ["kopijas", "kopijos", "kopiją"],
    "is": ["afrit", "afrit til"],
    "ko": ["사본", "참조"],
    "fa": ["رونوشت", "رونوشت به"],
    "he": ["העתקים", "העתק"],
    "id": ["tembusan", "salinan"],
    "ms": ["salinan"],
    "tl": ["kopya"],
    "sw": ["nakala"],
    # Polish "Kopię prosimy przesłać do:", Finnish "Kopio:" / "Kopiot:".
    "pl": ["kopię", "kopie", "kopii"],
    "fi": ["kopio", "kopiot", "kopiona"],
}  # fmt: skip
# "Write (in ...)": the verb before the languages a "write in ... or your own language" line
# names ("Γράψτε στα αγγλικά", "Пишите на русском").
WRITE_IN_MORE: dict[str, list[str]] = {
    "el": ["γράψτε", "γράφετε", "στείλτε"],
    "hu": ["írjon", "írjanak", "írj", "írjatok"],
    "tr": ["yazın", "yazınız", "yazabilirsiniz"],
    "ru": ["пишите", "напишите", "направлять", "направляйте", "писать"],
    "uk": ["пишіть", "напишіть", "надсилайте", "писати"],
    "bg": ["пишете", "напишете"],
    "hr": ["pišite", "napišite", "pisati"],
    "sl": ["pišite", "napišite"],
    "ro": ["scrieți", "scrieti", "scrie"],
    "et": ["kirjutage", "kirjuta"],
    "lv": ["rakstiet", "raksti"],
    "lt": ["rašykite", "parašykite"],
    "is": ["skrifið", "skrifaðu"],
    "fa": ["بنویسید", "بنویس"],
    "he": ["כתבו", "כתוב", "לכתוב"],
    "id": ["tulislah", "tulis", "tuliskan"],
    "ms": ["tulis", "tuliskan"],
    "tl": ["sumulat", "isulat"],
    "sw": ["andika", "andikeni"],
    "ca": ["escriu"],
    "cs": ["napište"],
    # Session 13: infinitives after "it is recommended" / "you can" ("Se recomienda escribir
    # en", "Podeu escriure en", "Możesz pisać"), the informal German plural ("Bitte schreibt
    # auf Englisch"), Swedish "send" ("Skicka telefax ... helst på engelska").
    "es": ["escribir"],
    "ca-2": ["escriure"],
    "pl": ["pisać"],
    "de": ["schreibt"],
    "sv": ["skicka"],
    # A label that names the languages after its colon ("PREFEROWANY JĘZYK APELI: rosyjski,
    # białoruski lub angielski").
    "labels": ["preferowany język apeli:", "preferowany język:", "idioma preferencial dos apelos:",
               "idioma preferencial:", "preferred language:", "langue préférée :",
               "langue préférée:", "bevorzugte Sprache:"],
}  # fmt: skip
# "... or your own language".
OWN_LANGUAGE_MORE: dict[str, list[str]] = {
    "el": ["στη γλώσσα σας", "στη δική σας γλώσσα", "στη μητρική σας γλώσσα"],
    "hu": ["a saját nyelvén", "saját nyelvén", "a saját anyanyelvén", "a saját nyelveden"],
    "tr": ["kendi dilinizde", "kendi dilinde", "kendi dilinizle"],
    "ru": ["на своём языке", "на своем языке", "на вашем родном языке", "на родном языке",
           "на вашем языке"],
    "uk": ["своєю мовою", "вашою мовою", "рідною мовою"],
    "bg": ["на вашия език", "на своя език", "на родния си език"],
    "hr": ["na svom jeziku", "na svojem jeziku", "na vašem jeziku", "na materinskom jeziku"],
    "sl": ["v svojem jeziku", "v vašem jeziku"],
    "ro": ["în limba dumneavoastră", "în limba voastră", "în propria limbă", "în limba ta"],
    "et": ["oma emakeeles", "oma keeles"],
    "lv": ["savā valodā", "savā dzimtajā valodā"],
    "lt": ["savo kalba", "savo gimtąja kalba"],
    "is": ["á þínu eigin tungumáli", "á eigin tungumáli", "á þínu tungumáli"],
    "nn": ["på ditt eige språk", "på eige språk"],
    "da": ["på dit eget sprog", "på dit modersmål"],
    "ko": ["자국어", "모국어", "자신의 언어"],
    "fa": ["زبان خودتان", "زبان خود"],
    "he": ["בשפתכם", "בשפתך", "בשפה שלכם"],
    "id": ["bahasa Anda sendiri", "bahasa anda sendiri"],
    "ms": ["bahasa anda sendiri"],
    "tl": ["sarili mong wika", "sariling wika", "inyong sariling wika"],
    "sw": ["lugha yako mwenyewe", "lugha yako"],
    "cs": ["ve svém jazyce", "ve vlastním jazyce", "ve vašem jazyce"],
    "ca": ["en la vostra llengua", "en la vostra pròpia llengua"],
    "ar": ["بلغتكم", "بلغتك"],
}  # fmt: skip
# "Before <date>", "no later than <date>", "deadline:", where the date follows.
DEADLINE_BEFORE_MORE: dict[str, list[str]] = {
    "el": ["μέχρι τις", "μέχρι", "έως τις", "έως", "πριν από τις", "πριν τις",
           "το αργότερο έως", "το αργότερο μέχρι", "προθεσμία:"],
    "hu": ["határidő:", "legkésőbb"],
    "tr": ["son tarih:", "en geç"],
    "ru": ["до", "не позднее", "не позже", "крайний срок:", "срок:"],
    "uk": ["до", "не пізніше", "не пізніше ніж", "кінцевий термін:"],
    "bg": ["до", "не по-късно от", "преди", "краен срок:"],
    "hr": ["najkasnije do", "prije", "pre", "rok:"],
    "sl": ["najpozneje do", "pred", "rok:"],
    "ro": ["până la", "până pe", "înainte de", "cel târziu până la", "termen limită:",
           "data limită:",
           # Round 28e: "no later than", and the same typed without diacritics.
           "nu mai târziu de", "nu mai tarziu de", "cel tarziu pana la", "pana la"],
    "et": ["hiljemalt", "enne", "tähtaeg:"],
    "lv": ["līdz", "ne vēlāk kā", "termiņš:"],
    "lt": ["iki", "ne vėliau kaip", "terminas:"],
    "is": ["fyrir", "eigi síðar en", "í síðasta lagi", "frestur:"],
    "nn": ["innan", "seinast"],
    # Session 14: Danish "inden" ("Send appeller inden 30. juli").
    "da": ["inden", "inden den"],
    "fa": ["تا", "پیش از", "قبل از", "حداکثر تا", "مهلت:"],
    "he": ["עד", "לא יאוחר מ", "עד לתאריך"],
    "id": ["sebelum", "paling lambat", "selambat-lambatnya", "hingga", "sampai", "batas waktu:"],
    "ms": ["sebelum", "selewat-lewatnya"],
    # (Round 28e: Tagalog "before" joined to the month, "bago mag-Enero 30"; Swahili "before
    # the date", "kabla ya tarehe 15/01".)
    "tl": ["bago ang", "bago", "hanggang", "hindi lalampas sa", "bago mag-"],
    "sw": ["kabla ya", "ifikapo", "hadi", "kufikia", "kabla ya tarehe", "ifikapo tarehe",
           "hadi tarehe"],
    # Session 13: a Polish label ending in "do:" ("PROSIMY O WYSYŁANIE APELI DO: 15 grudnia"),
    # the Japanese "期限" (deadline) of a table's row.
    "pl": ["apeli do:", "wysyłanie apeli do:"],
    "ja": ["期限:", "期限：", "締め切り:", "締切:", "送付期限:", "送付期限：", "締め切り：",
           "締切："],
}  # fmt: skip
# The same said after the date ("2027. március 5-ig", "25 Şubat 2027 tarihine kadar",
# "2027년 3월 5일까지").
DEADLINE_AFTER_MORE: dict[str, list[str]] = {
    "hu": ["-ig", "-jéig", "-éig", "-áig", "-jáig"],
    "tr": ["tarihine kadar", "tarihinden önce", "'a kadar", "'e kadar", "'ya kadar", "'ye kadar",
           "'dan önce", "'den önce", "'tan önce", "'ten önce"],
    "ko": ["까지", "이전까지", "이전에", "전까지"],
}  # fmt: skip
# Words of a line about the appeal (a date on it is a deadline): stems, matched inside words.
APPEAL_CONTEXT_MORE: dict[str, list[str]] = {
    "el": ["εκκλήσ", "γράψτε", "στείλτε", "επιστολ"],
    "hu": ["levele", "írjon", "küldj"],
    "tr": ["mektup", "gönderin", "yazın"],
    "ru": ["обращени", "письм", "пишите", "направьте", "отправьте"],
    "uk": ["звернен", "листи", "пишіть", "надішліть"],
    "bg": ["призив", "писма", "пишете", "изпратете"],
    "hr": ["apel", "pišite", "pošaljite", "pisma"],
    "sl": ["pozive", "pišite", "pošljite"],
    "ro": ["apel", "scrisor", "trimiteți", "scrieți"],
    "et": ["pöördumis", "kirjutage", "saatke"],
    "lv": ["vēstul", "rakstiet", "sūtiet"],
    "lt": ["laišk", "rašykite", "siųskite"],
    "is": ["bréf", "skrifið", "sendið"],
    "ko": ["탄원", "편지", "보내"],
    "fa": ["نامه", "بنویسید", "بفرستید"],
    "he": ["מכתב", "כתבו", "שלחו"],
    "id": ["surat", "kirim", "tulis"],
    "ms": ["surat", "hantar"],
    "tl": ["sumulat", "liham", "ipadala"],
    "sw": ["barua", "andika", "tuma"],
}  # fmt: skip
# Updates of an earlier action ("Περισσότερες πληροφορίες για", "Дополнительная информация").
UPDATE_MORE: dict[str, list[str]] = {
    "el": ["περισσότερες πληροφορίες για", "ενημέρωση για", "νέα ενημέρωση"],
    "hu": ["további információ", "frissítés"],
    "tr": ["güncelleme", "ek bilgi"],
    "ru": ["дополнительная информация", "обновление"],
    "uk": ["додаткова інформація", "оновлення"],
    "bg": ["допълнителна информация", "актуализация"],
    "hr": ["dodatne informacije", "ažuriranje"],
    "sl": ["dodatne informacije", "posodobitev"],
    "ro": ["informații suplimentare", "actualizare"],
    "et": ["lisainfo", "täiendav teave"],
    "lv": ["papildinformācija", "atjauninājums"],
    "lt": ["papildoma informacija", "atnaujinimas"],
    "is": ["frekari upplýsingar", "uppfærsla"],
    "nb": ["oppdatering", "ytterligere informasjon"],
    "da": ["opdatering", "yderligere information"],
    "sv": ["uppdatering", "ytterligare information"],
    "pl": ["aktualizacja", "dalsze informacje"],
    "cs": ["aktualizace", "další informace"],
    "sk": ["aktualizácia", "ďalšie informácie"],
    "pt": ["atualização", "mais informações sobre"],
    "it": ["aggiornamento", "ulteriori informazioni su"],
    "nl": ["meer informatie over"],
    "ca": ["actualització", "més informació sobre"],
    "ko": ["추가 정보", "후속 조치"],
    "fa": ["اطلاعات بیشتر", "پیگیری"],
    "he": ["עדכון", "מידע נוסף"],
    "id": ["pembaruan", "informasi lanjutan", "informasi tambahan"],
    "ms": ["kemas kini", "maklumat lanjut"],
    "tl": ["karagdagang impormasyon"],
    "sw": ["taarifa zaidi", "habari zaidi"],
    "ar": ["معلومات إضافية", "تحديث"],
    "ja": ["続報", "追加情報"],
}  # fmt: skip
# Words of a message that corrects a contact given earlier ("Correction: the fax is ...",
# "sorry, typo", "правильно ...", "ahora es ..."): with a value near the earlier one, the later
# value replaces it (corrections.py, in a run of messages only). Whole words, case folded:
# words that say "correction", never ordinary prose ("not", "не", "nie", "now", a place).
CORRECTION_CUES: dict[str, list[str]] = {
    "en": ["correction", "corrected", "typo", "sorry", "mistake", "erratum", "no longer",
           "has changed", "instead of"],
    "de": ["Korrektur", "Berichtigung", "vertippt", "Tippfehler", "sorry", "nicht mehr",
           "geändert", "korrigiert"],
    "fr": ["correction", "rectificatif", "erratum", "coquille", "désolé", "désolée",
           "n'est plus", "a changé", "au lieu de"],
    "es": ["corrección", "fe de erratas", "errata", "perdón", "disculpa", "disculpen",
           "disculpas", "cambió", "ya no", "ahora es", "en vez de", "en lugar de"],
    "pt": ["correção", "correcção", "errata", "desculpa", "desculpem", "mudou", "já não",
           "agora é", "em vez de"],
    "it": ["correzione", "errata corrige", "refuso", "scusate", "è cambiato", "è cambiata",
           "non più", "invece di"],
    "nl": ["correctie", "verbetering", "typfout", "tikfout", "sorry", "veranderd", "niet meer",
           "in plaats van"],
    "pl": ["korekta", "poprawka", "sprostowanie", "literówka", "przepraszam", "już nie",
           "zamiast"],
    "cs": ["oprava", "překlep", "omlouvám", "už ne"],
    "ru": ["поправка", "исправление", "исправляю", "опечатка", "извините", "больше не",
           "вместо"],
    "uk": ["виправлення", "поправка", "вибачте", "більше не", "замість"],
    "tr": ["düzeltme", "özür dilerim", "yerine"],
    "tl": ["pagwawasto", "paumanhin", "hindi na"],
    "id": ["koreksi", "ralat", "maaf", "bukan lagi"],
}  # fmt: skip
# Words that tell of a risk to someone (arrest, detention, prison, trial, charges, sentence,
# threats, torture, disappearance), per language; stems, each opening a word (one of a
# script without capitals anywhere). A section of a pack that uses one tells a case's story:
# its people are not the group's own (packs.py, mend25a).
RISK_WORDS: dict[str, list[str]] = {
    "en": ["arrest", "detain", "detention", "imprison", "prison", "jail", "custody", "trial",
           "charged", "sentenced", "convicted", "threat", "tortur", "disappear", "abduct",
           "kidnap", "incommunicado", "persecut", "harass"],
    "de": ["verhaft", "festgenommen", "festnahme", "inhaftiert", "haft", "gefängnis",
           "gefangen", "angeklagt", "anklage", "verurteilt", "bedroht", "drohung", "gefoltert",
           "folter", "verschwunden", "verschleppt", "entführt"],
    "fr": ["arrêté", "arrestation", "détenu", "détention", "emprisonn", "prison", "incarcér",
           "procès", "inculp", "condamn", "menac", "tortur", "disparu", "disparition", "enlevé"],
    "es": ["detenid", "detención", "arrestad", "encarcel", "prisión", "cárcel", "juicio",
           "acusad", "condenad", "amenaz", "tortur", "desaparec", "secuestr"],
    "pt": ["detid", "detenção", "preso", "presa", "prisão", "encarcer", "julgament",
           "acusad", "condenad", "ameaç", "tortur", "desaparec", "sequestr"],
    "it": ["arrestat", "arresto", "detenut", "detenzione", "carcer", "prigion", "condannat",
           "minacc", "tortur", "scompars", "rapit"],
    "nl": ["gearresteerd", "arrestatie", "aangehouden", "gevangen", "gedetineerd", "detentie",
           "veroordeeld", "bedreig", "gemarteld", "marteling", "verdwenen", "ontvoerd"],
    "pl": ["aresztow", "zatrzyman", "więzien", "skazan", "oskarż", "tortur", "zaginion",
           "porwan", "pobit"],
    "cs": ["zatčen", "zadržen", "vězen", "obžalov", "odsouzen", "výhrůž", "mučen", "zmizel",
           "unesen"],
    "ru": ["арест", "задерж", "заключ", "тюрьм", "суд", "обвин", "приговор", "угроз", "пытк",
           "пропал", "похищ", "преследов"],
    "uk": ["арешт", "затрим", "ув'язн", "в'язниц", "суд", "обвинув", "вирок", "загроз",
           "катуван", "зник", "викрад", "переслід"],
    "tr": ["gözaltı", "tutuklan", "tutuklu", "cezaevi", "hapis", "yargılan", "mahkûm",
           "tehdit", "işkence", "kaybol"],
    "hu": ["letartóztat", "őrizetbe", "börtön", "bíróság", "vádat", "elítél", "fenyeget",
           "kínz", "eltűnt"],
    "id": ["ditangkap", "ditahan", "penjara", "diadili", "dakwa", "divonis", "ancam", "disiksa",
           "diculik"],
    "ar": ["اعتقال", "احتجاز", "سجن", "محاكمة", "تعذيب", "اختفاء", "اعتقل", "احتجز"],
    "fa": ["بازداشت", "زندان", "دادگاه", "شکنجه"],
    "zh": ["逮捕", "拘留", "羁押", "羈押", "监狱", "監獄", "审判", "審判", "失踪", "失蹤", "酷刑"],
    "ja": ["逮捕", "拘束", "拘留", "刑務所", "裁判", "拷問"],
}  # fmt: skip
# Headings of the background after the appeal ("Дополнительная информация"): prose, no block.
# A country's regions as an address names them after the city ("Xinjiang Uyghur Autonomous
# Region", "Provincia de Buenos Aires", "Oblast Tscheljabinsk"): the word that names the kind.
REGION_WORDS: dict[str, list[str]] = {
    "en": ["Region", "Autonomous Region", "Province", "Prefecture", "Governorate", "Oblast",
           "County", "Territory", "Krai"],
    "es": ["Región", "Provincia", "Departamento"], "pt": ["Região", "Província"],
    "fr": ["Région", "Province", "Préfecture", "Gouvernorat"],
    "de": ["Region", "Provinz", "Oblast", "Gouvernement", "Bezirk"],
    "it": ["Regione", "Provincia"], "nl": ["Provincie"], "ru": ["область", "край"],
}  # fmt: skip
# A web page's labels of its tags and categories ("Tags: Turkey, prisoners"): page furniture
# after the article, never a recipient's line.
TAG_LABELS: dict[str, list[str]] = {
    "en": ["Tags", "Tagged", "Categories", "Filed under"],
    "es": ["Etiquetas", "Categorías"], "pt": ["Etiquetas", "Tags", "Categorias"],
    "fr": ["Étiquettes", "Mots-clés", "Catégories"], "it": ["Etichette", "Categorie"],
    "de": ["Schlagwörter", "Stichwörter", "Schlagworte", "Kategorien"],
    "nl": ["Trefwoorden", "Categorieën"], "el": ["Ετικέτες", "Κατηγορίες"],
    "hu": ["Címkék", "Kategóriák"], "tr": ["Etiketler", "Kategoriler"],
    "ru": ["Метки", "Теги", "Рубрики"], "pl": ["Tagi", "Kategorie"], "cs": ["Štítky"],
    "sl": ["Oznake", "Značke"], "hr": ["Oznake"], "fi": ["Avainsanat", "Tunnisteet"],
    "sv": ["Etiketter", "Taggar"], "da": ["Tags", "Emner"], "nb": ["Stikkord", "Emneknagger"],
}  # fmt: skip
HARD_END_MORE: dict[str, list[str]] = {
    "el": ["Πληροφορίες υποβάθρου", "Πρόσθετες πληροφορίες", "Επιπλέον πληροφορίες"],
    "hu": ["Háttérinformáció", "Háttér-információ", "További információ"],
    "tr": ["Arka plan bilgisi", "Ek bilgi"],
    "ru": ["Дополнительная информация", "Справочная информация", "Предыстория"],
    "uk": ["Додаткова інформація", "Довідкова інформація", "Передісторія"],
    "bg": ["Допълнителна информация", "Предистория"],
    "hr": ["Dodatne informacije", "Pozadinske informacije"],
    "ro": ["Informații suplimentare", "Informații de context"],
    "et": ["Taustainfo", "Lisainfo"],
    "lv": ["Papildinformācija", "Fona informācija"],
    "lt": ["Papildoma informacija", "Foninė informacija"],
    "is": ["Bakgrunnsupplýsingar", "Frekari upplýsingar"],
    "ko": ["배경 정보", "추가 정보"],
    # Round 30d: "background" alone, as a heading under the recipients' blocks.
    "fa": ["اطلاعات بیشتر", "اطلاعات پیشینه", "زمینه", "پیشینه"],
    "he": ["מידע נוסף", "מידע רקע"],
    "id": ["Informasi latar belakang", "Latar belakang", "Informasi tambahan"],
    "ms": ["Maklumat lanjut", "Maklumat latar belakang"],
    "tl": ["Karagdagang impormasyon"],
    "sw": ["Taarifa zaidi", "Maelezo ya ziada"],
}  # fmt: skip
# Labels before a postal address ("Адрес: ул. ..."): dropped, the address kept.
ADDRESS_LABEL_MORE: dict[str, list[str]] = {
    "el": ["Διεύθυνση", "Ταχυδρομική διεύθυνση"], "hu": ["Cím", "Postacím"],
    "tr": ["Adres", "Posta adresi"], "ru": ["Адрес", "Почтовый адрес"],
    "uk": ["Адреса", "Поштова адреса"], "bg": ["Адрес", "Пощенски адрес"],
    "hr": ["Adresa", "Poštanska adresa"], "sl": ["Naslov"], "ro": ["Adresa", "Adresă"],
    "et": ["Aadress"], "lv": ["Adrese"], "lt": ["Adresas"], "is": ["Heimilisfang"],
    "ko": ["주소"], "fa": ["نشانی", "آدرس"], "he": ["כתובת"], "id": ["Alamat"],
    "ms": ["Alamat"], "tl": ["Tirahan"], "sw": ["Anwani"],
}  # fmt: skip
# Words of a street address ("ул. Гулямова", "Οδός", "Jalan"): a line with one is no name.
ADDRESS_WORDS_MORE: dict[str, list[str]] = {
    "el": ["Οδός", "Λεωφόρος", "Πλατεία"], "hu": ["utca", "út", "tér"],
    "tr": ["Caddesi", "Cad.", "Sokak", "Sok.", "Mahallesi", "Bulvarı",
           # Session 29d: a complex, a building of an address. (A courthouse, "Adliyesi",
           # is the organisation for two labels' writers and a postal line for one.)
           "Külliyesi"],
    "ru": ["ул.", "улица", "пр-т", "проспект", "пер.", "переулок", "площадь"],
    "uk": ["вул.", "вулиця", "просп.", "провулок"], "bg": ["ул.", "бул.", "булевард"],
    "hr": ["ulica", "trg", "cesta"], "ro": ["Strada", "Str.", "Bulevardul", "Calea", "Piața"],
    "lv": ["iela"], "lt": ["gatvė", "g."], "is": ["gata", "vegur"],
    "fa": ["خیابان", "میدان"], "he": ["רחוב", "שדרות"],
    "pt": ["Esplanada"],
    "id": ["Jalan", "Jl."], "ms": ["Jalan", "Lorong"], "tl": ["Kalye"], "sw": ["Barabara", "Mtaa"],
}  # fmt: skip
# Office and body words: a line with one is an organisation ("Υπουργείο Δικαιοσύνης").
ORGANISATION_WORDS_MORE: dict[str, list[str]] = {
    "el": ["Υπουργείο", "Πρεσβεία", "Γραφείο", "Εισαγγελία", "Κυβέρνηση", "Επιτροπή",
           "Προξενείο"],
    "hu": ["Minisztérium", "Minisztériuma", "nagykövetség", "nagykövetsége", "ügyészség",
           "Hivatal", "Hivatala", "Kormány"],
    "tr": ["Bakanlığı", "Bakanlık", "Büyükelçiliği", "Başsavcılığı", "Başkanlığı",
           "Cumhurbaşkanlığı", "Valiliği",
           # Session 27e: the state's other bodies (institution, board, commission, assembly,
           # court, directorate, district governorate, consulate general; a courthouse,
           # "Adliyesi", is a building of an address)
           "Kurumu", "Kurulu", "Komisyonu", "Meclisi", "Mahkemesi", "Müdürlüğü",
           "Kaymakamlığı", "Başkonsolosluğu"],
    "ru": ["Министерство", "Посольство", "Прокуратура", "Администрация", "Правительство",
           "Аппарат", "Комитет", "Комиссия"],
    "uk": ["Міністерство", "Посольство", "Прокуратура", "Офіс", "Уряд", "Комітет"],
    "bg": ["Министерство", "Посолство", "Прокуратура", "Правителство"],
    "hr": ["Ministarstvo", "Veleposlanstvo", "Tužiteljstvo", "Tužilaštvo", "Vlada Republike",
           "Ured"],
    "sl": ["Ministrstvo", "Veleposlaništvo", "Tožilstvo", "Vlada Republike", "Urad"],
    "ro": ["Ministerul", "Ambasada", "Parchetul", "Guvernul", "Cabinetul", "Administrația",
           "Biroul"],
    "et": ["Ministeerium", "Saatkond", "Prokuratuur", "Valitsus", "Kantselei"],
    "lv": ["Ministrija", "Vēstniecība", "Prokuratūra", "Valdība", "Kanceleja"],
    "lt": ["Ministerija", "Ambasada", "Prokuratūra", "Vyriausybė", "Kanceliarija"],
    "is": ["ráðuneyti", "ráðuneytið", "sendiráð", "sendiráðið", "embætti", "Skrifstofa"],
    "ko": ["대사관", "검찰청", "위원회", "대통령실"],
    "fa": ["وزارت", "سفارت", "دادستانی", "دفتر"],
    "he": ["משרד", "שגרירות", "לשכת", "פרקליטות"],
    # "Kantor" (office) only before an office holder: it is a surname too ("Ana Kantor").
    "id": ["Kementerian", "Kedutaan Besar", "Kantor Staf", "Kantor Kepresidenan", "Kejaksaan",
           "Komisi", "Sekretariat Negara", "Kantor Presiden", "Kantor Wakil Presiden",
           "Kantor Menteri", "Kantor Gubernur", "Kantor Panglima", "Kantor Kepala",
           "Kantor Jaksa Agung"],
    "ms": ["Kementerian", "Pejabat", "Suruhanjaya", "Jabatan", "Kedutaan"],
    "tl": ["Kagawaran", "Tanggapan", "Embahada", "Opisina", "Komisyon"],
    "sw": ["Wizara", "Ofisi", "Ubalozi", "Ikulu"],
    # Bodies as a text typed without accents names them (7-bit e-mail, fax and telex:
    # "Comision Nacional", "Fiscalia General", "Ministere de la Justice").
    "ascii": ["Comision", "Fiscalia", "Procuraduria", "Policia", "Direccion", "Cancilleria",
              "Mision", "Ministere", "Presidence", "Secretaria de Estado", "Camara"],
    # Gaps of the first languages: "Oficina en Guatemala del Alto Comisionado ...".
    "es-pt-it": ["Oficina", "Escritório", "Ufficio"],
    # Human rights centres and observatories written to as copies.
    "centres": ["Centro de Derechos Humanos", "Centre for Human Rights", "Human Rights Centre",
                "Centro de Direitos Humanos", "Centre des droits de l'homme"],
    # Session 13: consulates and missions in the languages of the first tables, and the
    # Catalan embassy ("Consolat General d'Algèria", "Missione permanente della ...").
    "consulates": ["Consulado", "Consulat", "Consolat", "Consolato", "Konsulat", "Consulaat",
                   "Missione", "Missão", "Ambaixada"],
}  # fmt: skip

# Session 14's languages (language_rows.py): the same tables, their rows added here.
_merge(APPEAL_WORDS_MORE, rows.APPEAL_WORDS)
_merge(APPEAL_TO_MORE, rows.APPEAL_TO)
_merge(COPY_WORDS_MORE, rows.COPY_WORDS)
_merge(WRITE_IN_MORE, rows.WRITE_IN)
_merge(OWN_LANGUAGE_MORE, rows.OWN_LANGUAGE)
_merge(DEADLINE_BEFORE_MORE, rows.DEADLINE_BEFORE)
# Session 30 (imp30g): "not after" before the date, per language (kept beside the rows above:
# a language's key there would be overwritten by an update).
DEADLINE_BEFORE_MORE.update({f"{code}-not-after": w for code, w in rows.DEADLINE_NOT_AFTER.items()})
_merge(DEADLINE_AFTER_MORE, rows.DEADLINE_AFTER)
_merge(APPEAL_CONTEXT_MORE, rows.APPEAL_CONTEXT)
_merge(HARD_END_MORE, rows.HARD_END)
_merge(ADDRESS_LABEL_MORE, rows.ADDRESS_LABEL)
ADDRESS_LABEL_MORE.update(
    {f"{code}-envelope": words for code, words in rows.ENVELOPE_WHERE.items()}
)
_merge(ORGANISATION_WORDS_MORE, rows.ORGANISATION_WORDS)


# Field labels in recipient blocks, each followed by ":" (or "：", or " :" in French).
FIELD_LABELS: dict[str, list[str]] = {
    "fax": ["Fax", "Faxes", "Fax number", "Fax no.", "Fax No", "Telefax", "Télécopie", "Tel/Fax",
            "Tel./Fax", "Phone/Fax", "Fax/Phone", "Fax/Tel", "Tél./Fax", "Teléfono/Fax",
            "Télécopieur", "Faksi", "Faks", "Telefaks", "傳真", "传真", "الفاكس", "فاكس",
            "ファクス", "ファックス", "ファクシミリ"],
    "email": ["Email", "E-mail", "E-Mail", "Emails", "E-mails", "Email address", "Correo-e",
              "Correo electrónico", "Correo", "Courriel", "Mél", "Sähköposti", "電子郵件",
              "电子邮件", "電郵", "电邮", "E-post", "Epost", "Adres e-mail", "Correio eletrónico",
              "Correio electrónico", "Posta elettronica", "PEC", "Posta certificata",
              "البريد الإلكتروني", "البريد الالكتروني", "الإيميل", "بريد إلكتروني",
              "بريد الكتروني",
              "Correu electrònic", "Correu-e", "Correu", "Adreça electrònica",
              "メール", "Eメール", "電子メール", "メールアドレス"],
    "phone": ["Tel", "Tel.", "Tél.", "Tél", "Telephone", "Téléphone", "Teléfono", "Phone",
              "Telefon", "Puhelin", "電話", "电话", "電話番号"],
    "twitter": ["Twitter", "X (Twitter)", "Twitter/X", "X/Twitter", "Twitter / X", "X / Twitter",
                "X (formerly Twitter)", "تويتر", "إكس", "X（旧ツイッター）", "X（旧Twitter）",
                "X (旧ツイッター)", "ツイッター", "טוויטר", "توییتر", "ایکس",
                # A line of a recipient's accounts: the first handle is theirs, the rest a note.
                "Socials", "Social media", "Redes sociales", "Réseaux sociaux", "Soziale Medien",
                "Redes sociais", "Social"],
    "facebook": ["Facebook"],
    "telegram": ["Telegrams", "Telegram", "Telexes", "Telex", "Telegramas", "Telegrama",
                 "Télégrammes", "Télégramme", "Telegramme", "Telegrammi", "Telegramma",
                 # Session 29d: Finnish, German, Danish and Norwegian ("Sähke: Minister of
                 # X, City, Country" under a Finnish block, 1990s).
                 "Sähke", "Sähkeet", "Telegramm", "Telegrammer"],
    "instagram": ["Instagram"],
    "web": ["Web", "Website", "Web site", "Webpage", "Contact form", "Online form", "Sitio web",
            "Página web", "Formulario", "Site web", "Site internet", "Formulaire", "Webseite",
            "Internetseite", "Kontaktformular", "Verkkosivu", "Verkkolomake", "網站", "网站",
            "Formularz", "Formularz kontaktowy", "Strona", "Strona internetowa", "Formulář",
            "Kontaktní formulář", "Formulier", "Contactformulier", "Kontaktformulär"],
    "salutation": ["Salutation", "Salutations", "Greeting", "Saludo", "Tratamiento",
                   "Saludo sugerido", "Tratamiento sugerido", "Suggested greeting",
                   "Formule d'appel suggérée", "Saluto suggerito",
                   "Suggested salutation", "Formule d'appel suggérée", "Anrede (Vorschlag)",
                   "Formule d'appel",
                   "Formule d’appel", "Anrede", "korrekte Anrede", "Briefanrede", "Puhuttelu",
                   "Tervehdys", "稱謂", "称谓", "稱呼", "称呼", "Tilltal", "Hälsningsfras",
                   # An instruction as the label ('Begin: "Your Excellency"').
                   "Begin", "Begin with", "Begin your letter", "Begin your letter with",
                   "Start with", "Open with", "Commencez par", "Comience con", "Empiece con",
                   "Comece com", "Beginnen Sie mit", "Inizia con",
                   "Zwrot grzecznościowy", "Forma de tratamiento", "Saudação", "Oslovenie",
                   "Tratamento", "Forma de tratamento", "Aanhef", "Oslovení", "Zwrot",
                   "Anrede im Brief", "Tilltalsord",
                   "Appel", "Formule de politesse", "Hilsen", "Saluto", "Formula di saluto",
                   "Formula", "Formula di cortesia",
                   "Intestazione", "Appellativo", "Tiltale", "Hilsning", "التحية",
                   "صيغة المخاطبة", "المخاطبة",
                   "Tractament", "書き出し", "敬称",
                   "Start your letter", "Open your letter",
                   # (Session 29, imp29f: "opening formula" and "introduction" as the label:
                   # it, es, pt, fr, de, sv, nb, da.)
                   "Formula di apertura", "Formula d'apertura", "Formula d’apertura",
                   "Fórmula de apertura", "Fórmula de abertura", "Formule d'ouverture",
                   "Formule d’ouverture", "Anredeformel", "Inledningsfras"],
}  # fmt: skip
# "Introduction" as a salutation label (sv, nb, da): the word also heads a story's paragraph
# ("Inledning: Aktivisten ... greps ..."), so it is a label only over a greeting on its line
# (mend29c; FIELD_LABEL is made again below SALUTATION_WORDS with that guard).
INTRODUCTION_LABELS = ["Inledning", "Innledning", "Indledning"]
# Session 11: the languages added (el, hu, tr, ru, uk, bg, hr, sr, sl, ro, et, lv, lt, is, ko,
# fa, he, id, ms, tl, sw) and labels missing for languages before (it, pt, nl, pl, ar, ca, nl).
FIELD_LABELS["fax"] += [
    "Φαξ", "Факс", "Faxszám", "Faksas", "Fakss", "Bréfasími", "팩스", "فکس", "نمابر", "פקס",
]  # fmt: skip
FIELD_LABELS["email"] += [
    "Ηλεκτρονικό ταχυδρομείο", "Ηλ. ταχυδρομείο", "Эл. почта", "Электронная почта",
    "Ел. пошта", "Електронна пошта", "Имейл", "Ел. поща", "Електронна поща", "E-pošta",
    "Adresa e-pošte", "Imejl", "Elektronska pošta", "E-naslov", "Poștă electronică",
    "Adresă de e-mail", "E-posta", "E-mail-cím", "E-posti aadress", "E-pasts", "El. paštas",
    "Netfang", "Tölvupóstur", "이메일", "전자우편", "ایمیل", "پست الکترونیک", "رایانامه",
    "דוא\"ל", "דואר אלקטרוני", "אימייל", "Surel", "Alamat email", "Alamat surel", "E-mel",
    "Barua pepe",
]  # fmt: skip
FIELD_LABELS["phone"] += [
    "Telefono", "Telefone", "Telefoon", "Τηλέφωνο", "Τηλ.", "Телефон", "Тел.", "Тел", "Tālrunis",
    "Telefonas", "Sími", "전화", "전화번호", "تلفن", "טלפון", "Telepon", "Telp.", "Simu",
    "الهاتف", "هاتف",
]  # fmt: skip
FIELD_LABELS["salutation"] += [
    "Προσφώνηση", "Обращение", "Звертання", "Обръщение", "Oslovljavanje", "Obraćanje",
    "Nagovor", "Formulă de adresare", "Formula de adresare", "Hitap", "Hitap şekli", "Megszólítás",
    "Pöördumine", "Uzruna", "Kreipinys", "Ávarp", "인사말", "호칭", "عنوان خطاب", "פנייה",
    "Salam pembuka", "Sapaan", "Pagbati", "Salamu", "Salutació", "Aanspreekvorm", "Aanspreking",
    "Panggilan", "Bentuk sapaan",
    # Session 13: the Brazilian "Vocativo:" (the form of address).
    "Vocativo",
]  # fmt: skip
# A web form in place of an e-mail ("Онлайн-приймальня: ...", the "online reception" of
# Russian and Ukrainian offices).
FIELD_LABELS["web"] += [
    "Онлайн-приймальня", "Інтернет-приймальня", "Интернет-приемная", "Интернет-приёмная",
    "Онлайн-приемная",
]  # fmt: skip
for _field, _labels in rows.FIELD_LABELS.items():
    FIELD_LABELS[_field] += _labels
_LABEL_NAMES = {
    label.replace("’", "'").casefold(): field
    for field, labels in FIELD_LABELS.items()
    for label in labels
}
_LABEL_NAMES.update({label.casefold(): "salutation" for label in INTRODUCTION_LABELS})
FIELD_LABEL = re.compile(
    rf"(?<![\w@/])({_every_word(FIELD_LABELS)})\.?\s*[:：]",
    re.IGNORECASE,
)


def open_label_at_end(text: str) -> str | None:
    """The field's label that ends a comma run with no value after it ("Embassy X, street,
    city, Fax:" over "030 123 456": a line the layout wrapped before the value), else None."""
    head, comma, last = text.rstrip().rpartition(",")
    if not comma or not head.strip():
        return None
    label = FIELD_LABEL.fullmatch(last.strip())
    return label.group(1) if label is not None else None


# A fax or phone label with no colon, then the number alone ("Fax 030 1234 567", "Tel.
# +33 1 23 45 67 89"): the field as sure as with a colon, as a number of seven digits or more
# follows (checked by the reader). Group 1 the label, group 2 the number.
NUMBER_FIELD_NO_COLON = re.compile(
    rf"^({_alternatives([x for k in ('fax', 'phone') for x in FIELD_LABELS[k]])})\.?\s+"
    r"(\+?\(?\d[\d\s\-/().]{5,}\d)$",
    re.IGNORECASE,
)
# Pictograms that stand for a field's label in posts and newsletters ("📧 x@example.org").
SYMBOL_LABELS = {
    "📧": "Email", "📩": "Email", "📨": "Email", "📠": "Fax", "☎": "Phone", "📞": "Phone",
    "📱": "Phone", "🐦": "Twitter", "✉": "Email", "✉️": "Email", "𝕏": "Twitter",
}  # fmt: skip
# One-letter labels ("T: 202 965 4990", "F: ...") count only before a number.
# ... and "X:" (the former Twitter) only before a handle.
SHORT_LABEL = re.compile(r"(?<![\w.])([TF](?=\s?:\s*\+?\(?\d)|X(?=\s?:\s*@))\s?:")


def field_of_label(label: str) -> str:
    """The field a label names: "Correo-e" -> "email", "T" -> "phone"."""
    if label == "T":
        return "phone"
    if label == "F":
        return "fax"
    if label == "X":
        return "twitter"
    return _LABEL_NAMES[_label_key(label)]


def _label_key(label: str) -> str:
    return re.sub(r"\s+", " ", label).replace("’", "'").casefold()


def label_field(label: str) -> str | None:
    """The field a label of FIELD_LABELS (or an introduction's label) names, else None."""
    return _LABEL_NAMES.get(_label_key(label))


# Japanese asks for languages after naming them: "英語、クメール語または日本語で書いてください".
WRITE_IN_AFTER = re.compile(
    # (The verb may end the sentence after what is asked: "英語またはクメール語で、以下の点を
    # 要請する手紙を...送ってください".)
    r"(?:で|にて)(?:[、,][^。\n]{0,40}?)?(?:書いて|お書き|書き|書く|記入|お送り|送って)"
    # Persian, Urdu, Hindi, Bengali: the verb last, after the list (language_rows).
    rf"|(?<=\s)(?:{_every_word(rows.WRITE_IN_LAST_VERB)})"
    r"(?!\w)"
)

# Where the list of recipients starts: "Please send appeals before ... to:", "Briefe an:".
RECIPIENTS_START = re.compile(
    r"(?:appeals?|letters?|communications|e-?mails|faxes|llamamientos|cartas?|appels|lettres?"
    r"|courriers|Appelle|Briefe|Schreiben|vetoomukset|vetoomuksenne|write|escriban|écrivez"
    r"|apelos?|envie|enviem|escreva|escrevam|stuur|schrijf|brieven|messages?|mensajes?"
    r"|mensage[mn]s?|nachrichten?|petitions?|peticiones|pétitions?|petições|dopis[y]?"
    r"|appell(?:er|en|ene|erne)|vetoomus)"
    r"\b[^\n:]{0,90}?"
    r"(?<!\w)(?:to|a|à|an|para|naar|aan|til|till|osoitteeseen|osoitteisiin)\s*[:：]"
    r"|(?:寄至|寄給|寄给|致)\s*[:：]"
    r"|(?:مناشداتكم|المناشدات|اكتبوا|الكتابة)[^\n:]{0,40}?إلى\s*[:：]"
    rf"|(?<!\w)(?:{_every_word(APPEAL_WORDS_MORE)})(?!\w)"
    r"[^\n:]{0,90}?"
    rf"(?<!\w)(?:{_every_word(APPEAL_TO_MORE)})\s*[:：]",
    re.IGNORECASE,
)
# Headings after which the recipients follow on the next line.
RECIPIENTS_HEADING = re.compile(
    r"^(?:target'?s?|target’s|recipients?'?)?\s*contact details\b.*$"
    r"|^(?:appeals?|letters|appell?e?|briefe|llamamientos|appels|write|please write)"
    r"\s+(?:to|an|a|à)\s*[:：]?$"
    r"|^(?:contacts?|kontakt|kontakty|contactos|contacten)\s*[:：]?$"
    r"|^(?:(?:target|postal)\s+)?(?:addresses|adresses|address|recipients"
    r"|direcciones|destinatarios|adresses|destinataires|adressen|empfänger|osoitteet"
    r"|宛先|あて先|送付先|收件人|收信人)\s*[:：]?$",
    re.IGNORECASE | re.MULTILINE,
)
# Where a page's share buttons send (their names are the same in every language).
_SHARED_ON = r"(?:facebook|twitter|x|whatsapp|e-?mail|linkedin|telegram|instagram|bluesky)"
_SHARE_BAR = rf"^(?:[^:：\n]{{1,25}}[:：]\s*)?{_SHARED_ON}\s*[|·•]\s*{_SHARED_ON}\s*[|·•]"
# A page's row of share buttons, under a label in any language ("Κοινοποίηση: Facebook |
# Twitter | Email | Print"): page furniture, never a recipient or a "copies" heading.
SHARE_BAR = re.compile(_SHARE_BAR, re.IGNORECASE)
# Where the recipients (and the appeal part of the document) end.
HARD_END = re.compile(
    r"check with (?:your|the) section office|please check with|additional information"
    r"|background information|^background\b|for more information|further information:"
    r"|informaci[oó]n (?:adicional|complementaria)|consulten con la oficina|\bcomprueben con"
    r"|informations? complémentaires?|^complément d['’]information|vérifiez auprès"
    r"|hintergrundinformation|^hintergrund\b|erkundigen sie sich|^lisätietoja|^taustatietoa"
    r"|背景資料|背景资料|背景情報|請與分會聯絡|请与分会联络|如果寄出|link to previous ua"
    r"|informaç(?:ões|ão) (?:adicionais|adicional|complementares?)|^mais informações"
    r"|^weitere informationen\b|^meer informatie\b|^ulteriori informazioni|^bakgrund\b"
    # "Share: Facebook | X", "Compartilhe:", "Partager :": the page's share buttons.
    r"|^(?:share|compartir|comparte|partager|partagez|teilen|compartilhe|compartilhar"
    r"|condividi|dela|delen|udostępnij)(?:\s+(?:this|on|en|sur|esta|cette)\b[^:\n]{0,20})?\s*[:：]"
    # The same buttons under a label in any language: "Κοινοποίηση: Facebook | Twitter | ...".
    rf"|{_SHARE_BAR}"
    rf"|^(?:{_every_word(TAG_LABELS)})\s*[:：]"
    r"|^name\s*:.*(?:gender|género|sexe|geschlecht)"
    rf"|^(?:{_every_word(HARD_END_MORE)})(?!\w)",
    re.IGNORECASE | re.MULTILINE,
)
# "Also send copies to", "Copies to", "Envíen también copias a", "Kopien an", "副本".
COPIES = re.compile(
    r"(?:(?:also|and|please|instead,?\s+please)\s+)?(?:send\s+)?(?:(?:a|the)\s+)?cop(?:y|ies)"
    # "a copy of any reply you receive to the coordinator" asks readers to forward answers.
    r"(?!\s+of\s+(?:any|all|the|their)\s+(?:repl|respons|answer))"
    r"(?:\s+of\s+your\s+(?:letters|appeals))?\s+(?:to|of)\b\s*:?"
    # The verb: "Please copy your message to the union: ...", "cc your e-mail to".
    r"|\b(?:copy|cc)\s+(?:your|the|all)\s+(?:messages?|letters?|appeals?|e-?mails?)\s+to\b\s*:?"
    r"|(?:con\s+)?copias?\s+(?:a|al|para|alla|ai|agli)\b\s*:?|\bcopia\s+all['’]"
    r"|\bper\s+conoscenza\b\s*[,:]?"
    r"|envoyez\s+(?:également\s+)?des\s+copies?\s+(?:à|aux)\s*:?"
    r"|copies?\s+(?:à|aux)\b\s*:?|copi[ea]\s+(?:a|per)\b\s*:?|kopien?\s+(?:bitte\s+)?an\b\s*:?|kopiot\b\s*:?|副本(?:寄至|寄給|寄给)?\s*[:：]?"
    r"|^c\.?\s?c\.?\s*[:：]|^(?:copy|copies|copia|copias|copie|kopie|kopia|kópia)\s*[:：]"
    # Japanese "copies to" headings ("コピー送付先", "写しの送付先").
    r"|^(?:コピー|写し)(?:の)?(?:送付先|送り先|先)\s*[:：]?"
    r"|(?:kopia|kopior|kopier|kopie|kópia|kópie|cópia|cópias|copia|còpia|còpies|kopi)\s+(?:till|do|na|an"
    r"|para|a|naar|aan"
    r"|til)"
    r"\b\s*:?"
    # A short heading with a copy word and its colon ("Kopii pošlete na:", "Copia per
    # conoscenza:", "Send a copy of your letter to:").
    r"|^(?:[^\W\d_]+\s+){0,3}?(?:kopii|kopie|kopia|kópiu|copia|copie|copy|copies|cópia|kopi)"
    r"\b[^:：\n.]{0,30}[:：]$"
    # A copy word, its verb and a preposition with a colon inside a line ("Kopii zašlete
    # na:", "Kopie senden Sie an:"): the verb stands between.
    r"|(?<!\w)(?:kopii|kopie|kopia|kópiu|kópie|copia|copie|copies|cópia|kopi|kopya|kopyasını)"
    r"\s+(?:[^\W\d_]+\s+){1,2}?(?:till|do|na|an|para|a|naar|aan|til|to|à)\s*[:：]"
    # Arabic "(and) copies to:", "نسخة إلى".
    r"|(?<!\w)و?(?:نسخ|نسخة|نسخًا|نسخا)\s+(?:إلى|الى)\s*[:：]?"
    # Session 11's languages: a short heading opening with a copy word ("Копии направьте:").
    # (After "and" or "also" in a short word: "ΚΑΙ ΑΝΤΙΓΡΑΦΑ ΣΤΟΥΣ:", "És másolatot:".)
    # (Or after a purpose of two short words: "Bilgi için kopya gönderin:".)
    # (Or after the verb that sends them, of any length: "Στείλτε αντίγραφα στους:",
    # "Trimiteți copii la:".)
    # The purpose, then the copy word in brackets and the colon: "Bilgi amaçlı (kopya):",
    # "Zur Kenntnis (Kopie):".
    r"|^(?:[^\W\d_]+\s+){1,3}[(\[](?:copy|cc|copia|copie|kopie|kopia|kópia|cópia|"
    rf"{_every_word(COPY_WORDS_MORE)})[)\]]\s*[:：]"
    r"|^(?:[^\W\d_]+\s+|[^\W\d_]{1,6}\s+[^\W\d_]{1,6}\s+)?"
    rf"(?:{_every_word(COPY_WORDS_MORE)})"
    r"(?!\w)[^:：\n.]{0,40}[:：]"
    # Thai and Chinese, written without spaces ("สำเนาเรียน", "抄送：").
    rf"|^(?:{_alternatives(rows.COPY_WORDS_UNSPACED)})[^:：\n.]{{0,40}}[:：]",
    re.IGNORECASE,
)
# Words a line of an office or a body never ends with: a line that ends with one is wrapped
# ("Secretary, Ministry of Defence and" / "Urban Development"). A new language is a new row.
JOINING_WORDS = frozenset(
    """and of for the to de du des et la le pour del y para do da dos das e di della per
    für und der des von zur zum van voor en het og av til och för i at in on au aux al dei
    degli ao na no""".split()  # noqa: SIM905
)
# "Write to" headings, per language: a short line with one of these and a colon opens the
# recipients. A new language is a new entry.
WRITE_TO: dict[str, list[str]] = {
    "en": ["write to", "please write to", "who to write to", "whom to write to", "who to contact",
           "where to write", "where to write to", "where to send",
           "contact these officials", "contact the officials", "whom to contact", "who to email",
           "contact them", "send appeals to", "send your appeals to", "send letters to",
           "address your letters to", "appeals to", "letters to", "send to",
           # (Round 35d: a bulletin's "Address it to: The Ambassador, ..." inside a paragraph.)
           "address it to", "address them to", "address your letter to",
           "address your card to", "address your cards to",
           "where to send letters", "where to send your letters", "address for letters"],
    "es": ["escriban a", "escribe a", "a quién escribir", "¿a quién escribir?", "escribe al",
           "escríbele a", "envíen llamamientos a", "envía tu carta a", "dirigir a", "cartas a",
           "dónde escribir", "adónde escribir",
           # (session 27, imp27c: a heading that names the address, "where to send letters")
           "dirección para enviar las cartas", "direcciones para enviar las cartas",
           "dónde enviar las cartas", "adónde enviar las cartas"],
    "fr": ["écrire à", "écrivez à", "à qui écrire", "à qui écrire ?", "où écrire", "où écrire ?",
           "lettre à envoyer à",
           "lettres à envoyer à", "envoyez vos appels à", "adresser à", "destinataire",
           "destinataires"],
    "de": ["appell an", "appelle an", "an wen schreiben", "wem schreiben", "schreiben sie an",
           "briefe an", "brief an", "musterbrief an", "adresse", "adressen", "empfänger"],
    "pl": ["napisz do", "pisz do", "adresat", "adresaci", "adres", "adresy", "wyślij do",
           # (round 31g: "direct the appeals to")
           "apele kieruj do", "kieruj apele do"],
    "sv": ["skriv till", "skicka till", "mottagare"],
    "ar": ["أرسلوا مناشداتكم إلى", "أرسلوا المناشدات إلى", "اكتبوا إلى", "يرجى الكتابة إلى",
           "المرسل إليهم"],
    "nb": ["skriv til", "send til", "send brevet til", "mottaker", "mottakere"],
    "da": ["skriv til", "send til", "send dit brev til", "modtager", "modtagere",
           "send appeller til", "send appellen til", "send din appel til"],
    "sk": ["napíšte", "adresát", "adresáti"],
    "cs": ["napište", "pište", "adresujte dopis", "adresujte dopisy", "pište na adresu",
           "adresát", "adresáti", "komu psát", "komu napsat", "pošlete dopis"],
    "fi": ["kirjoita", "vetoomukset osoitteeseen", "osoitteet"],
    "pt": ["escreva para", "envie para", "para quem escrever", "a quem escrever", "onde escrever",
           "endereço para enviar as cartas", "onde enviar as cartas",
           "destinatário",
           "destinatários"],
    "nl": ["schrijf naar", "schrijf aan", "aan wie schrijven", "naar wie schrijven", "stuur naar",
           "stuur je brief naar", "adres"],
    "it": ["scrivi a", "scrivete a", "destinatari", "indirizzi", "a chi scrivere", "dove scrivere"],
    "ca": ["escriviu a", "a qui escriure", "on escriure", "destinataris", "adreces"],
}  # fmt: skip
# Session 11's languages: "write to" headings, and who to write to.
WRITE_TO.update({
    "el": ["γράψτε στους", "γράψτε προς", "σε ποιον να γράψετε", "παραλήπτες", "αποδέκτες",
           "διευθύνσεις"],
    "hu": ["az alábbi címekre", "a következő címekre", "kinek írjon", "címzettek", "címek"],
    "tr": ["aşağıdaki adreslere gönderin", "aşağıdaki adreslere yazın", "kime yazmalı",
           "alıcılar", "adresler"],
    "ru": ["пишите по адресам", "направьте обращения", "кому писать", "адресаты", "адреса",
           # (Round 27b: "where to write".)
           "куда писать", "куда направлять обращения"],
    "uk": ["пишіть на адреси", "надішліть звернення", "кому писати", "адресати", "адреси",
           "куди писати"],
    "bg": ["пишете до", "изпратете призивите до", "на кого да пишете", "адресати", "адреси"],
    "hr": ["pišite na adrese", "pošaljite apele", "kome pisati", "primatelji", "adrese",
           "na adrese", "primaoci"],
    "sl": ["pišite na naslove", "komu pisati", "naslovniki", "naslovi"],
    "ro": ["scrieți la", "trimiteți apelurile la", "cui să scrieți", "destinatari", "adrese"],
    "et": ["kellele kirjutada", "adressaadid", "aadressid"],
    "lv": ["kam rakstīt", "adresāti", "adreses"],
    "lt": ["kam rašyti", "adresatai", "adresai"],
    "is": ["skrifið til", "sendið til", "viðtakendur", "hverjum á að skrifa"],
    "nn": ["skriv til", "send til", "mottakar", "mottakarar"],
    # (session 27, imp27a: "petition addressees", joined or not)
    "ko": ["받는 사람", "수신인", "수신처", "보낼 곳", "수신", "수신자", "탄원 대상", "탄원대상"],
    "fa": ["گیرندگان", "به این نشانی‌ها بنویسید", "نشانی‌ها", "نشانیها"],
    "he": ["כתבו אל", "שלחו את המכתבים אל", "נמענים", "למי לכתוב", "כתובות", "לאן לכתוב"],
    "id": ["kirimkan surat kepada", "tulis kepada", "kirim ke", "penerima", "kepada siapa menulis"],
    "ms": ["hantar kepada", "tulis kepada", "penerima"],
    "tl": ["sumulat kay", "sumulat sa", "padalhan ng sulat"],
    "sw": ["tuma barua kwa", "andikia", "wapokeaji"],
})  # fmt: skip
for _code, _words in rows.WRITE_TO.items():  # (more rows for a language extend its own)
    WRITE_TO[_code] = [*WRITE_TO.get(_code, []), *_words]
# A paragraph asking readers to tell the publisher what they did or received ("Please keep us
# informed ... Write to X at PEN"): whom it names is the publisher's contact, not a target.
REPORT_BACK = re.compile(
    r"keep\s+us\s+(?:informed|posted|updated)|let\s+us\s+know|inform\s+us\b|tell\s+us\b"
    r"|inf[oó]rm(?:enos|anos|e-nos|ez-nous)|tenez-nous\s+inform|háganos\s+saber|avísenos"
    r"|teilen\s+sie\s+uns|informieren\s+sie\s+uns|lass(?:t)?\s+uns\s+wissen|houd\s+ons\s+op\s+de\s+hoogte"
    r"|tenete(?:ci)?\s+informat|fateci\s+sapere|håll\s+oss\s+informerade|meld\s+het\s+ons",
    re.IGNORECASE,
)
# A small heading over one recipient that says which it is ("Destinataire principal", "Other
# recipient", "Weitere Empfängerin"): it opens a block as a "write to" heading does.
RECIPIENT_ROLE_HEADING = re.compile(
    r"(?:(?:autres?|other|additional|second|weitere[rns]?|otros?|outros?|altr[oi]|andra|annen"
    r"|inny)\s+)?(?:destinataires?|recipients?|destinatari[oa]?s?|destinatários?|empfänger(?:in)?"
    r"|adressat(?:en|in)?|adresat|mottagare|mottaker|addressees?|target)"
    r"(?:\s+(?:principale?s?|main|primary|secondaires?|secundarios?|additional|optional"
    r"|facultatifs?|supplémentaires?|principal))?\s*[:：]?",
    re.IGNORECASE,
)
# A heading that is only the word for a copy ("Copie", "Copies", "Kopie", "Cc").
_COPY_HEADING_WORDS = (
    r"(?:copy|copies|copia|copias|copie|kopie|kopia|kópia|kopior|kopi|cópia|cópias|còpia|còpies"
    r"|cc"
    # (And the words of scripts written without spaces, alone on their line: "抄送".)
    rf"|{_alternatives(rows.COPY_WORDS_UNSPACED)}"
    rf"|{_every_word(COPY_WORDS_MORE)})"
)
COPY_HEADING = re.compile(rf"{_COPY_HEADING_WORDS}\s*[:：]?", re.IGNORECASE)
# A letter's subject line ("Re: X and Y", "Betreff: Inhaftierung von X", "OBJET : ...").
SUBJECT_LINE = re.compile(
    rf"^(?:{_every_word(rows.SUBJECT_LABELS)})\s*[:：]\s*\S",
    re.IGNORECASE,
)
# "FROM:   Group 88" on a fax's cover sheet: the sender's field (its value and the lines
# under it up to a blank line or the next "To:" are the writer's own).
SENDER_LABEL = re.compile(
    rf"^(?:{_every_word(rows.SENDER_LABELS)})\s*[:：]\s*\S",
    re.IGNORECASE,
)
# "To: Minister X, ...", "Cc: ...": a letter's own address lines, when an office or a name follows.
ADDRESSEE_LABEL = re.compile(r"^(?:to|an|à|para|till|til|do)\s*[:：]\s+", re.IGNORECASE)
# A "write to" heading with the first block after it on the same line ("Write to: Minister X, ...").
WRITE_TO_START = re.compile(
    rf"^(?:{_every_word(WRITE_TO)})\s*[:：]\s+(?=\S)",
    re.IGNORECASE,
)
# Round 35d: a "write to" heading inside a line, after the sentence before it ("... without
# fear. Address it to: The Ambassador, Embassy of X, street, city, and begin ...", "...送って
# ください。宛先：X／Y／..."), or opening it: the recipients written as a run after it.
# (Or a line opened by the label of the main recipient: "PRIMARY: X, office, ... COPIES: ...".)
PRIMARY_ROLE_WORDS: dict[str, list[str]] = {
    "en": ["primary", "primary recipient", "main recipient", "primary target"],
    "fr": ["destinataire principal", "destinataire principale"],
    "es": ["destinatario principal", "destinataria principal"],
    "pt": ["destinatário principal", "destinatária principal"],
    "it": ["destinatario principale", "destinataria principale"],
    "de": ["hauptempfänger", "hauptempfängerin", "hauptadressat", "hauptadressatin"],
}  # fmt: skip
RUN_CUE = re.compile(
    rf"(?:^|(?<=[.!?。！？])[ \t\u3000]*)(?:{_every_word(WRITE_TO)})\s*[:：]"
    rf"|^(?:{_every_word(PRIMARY_ROLE_WORDS)})\s*[:：]",
    re.IGNORECASE,
)
# A copies word with its colon inside such a run ("... Salutation: Dear Minister COPIES: X, ...").
RUN_COPY_CUE = re.compile(rf"(?<=[ \t\u3000]){_COPY_HEADING_WORDS}\s*[:：]", re.IGNORECASE)
WRITE_TO_LINE = re.compile(
    rf"^(?:[^\n:：]{{0,60}}\s)?(?:{_every_word(WRITE_TO)})"
    r"\s*[:：]$"
    # A heading that is only the phrase ("Write to", "Escribe a"): Markdown and HTML headings
    # have no colon.
    # (Or asks it: "Kime yazmalı?", "¿A quién escribir?")
    rf"|^¿?(?:{_every_word(WRITE_TO)})[?？]?$"
    # A heading of one or two words more that ends with a phrase of two words or more, no
    # colon ("편지 보낼 곳", letters' "where to send": the words before it say what is sent).
    rf"|^[^\W\d_][^\s:：\d]{{0,15}}(?:\s[^\s:：\d]{{1,16}})?\s"
    rf"(?:{_alternatives([w for ws in WRITE_TO.values() for w in ws if ' ' in w])})[?？]?$",
    re.IGNORECASE,
)
DIPLOMATIC = re.compile(
    r"diplomatic\s+representat(?:ives?|ions?)|representantes?\s+diplomátic[oa]s?|representaci[oó]n\s+"
    r"diplomática|représentants?\s+diplomatiques?|représentation\s+diplomatique"
    r"|diplomatischen?\s+vertretung(?:en)?|diplomaattisille\s+edustajille|外交代表|大使館|大使馆"
    r"|(?:embass(?:y|ies)|high\s+commissions?|embajadas?|ambassades?|botschaft(?:en)?"
    r"|ambasciat[ae]|embaixadas?|ambasada|ambassad)\b[^.:\n]{0,80}?\b(?:in\s+your\s+country"
    r"|en\s+(?:su|tu)\s+país"
    r"|dans\s+(?:votre|ton)\s+pays|in\s+(?:Ihrem|deinem)\s+Land|n[oa]\s+(?:seu|teu)\s+país"
    r"|nel\s+tuo\s+paese|in\s+(?:je|uw)\s+land|w\s+twoim\s+kraju"
    r"|i\s+ditt\s+land"
    # "... a las embajadas de X en sus respectivos países": every reader's own country.
    r"|in\s+your\s+(?:respective\s+)?countries|en\s+sus\s+(?:respectivos\s+)?países"
    r"|dans\s+vos\s+pays(?:\s+respectifs)?|in\s+Ihren\s+(?:jeweiligen\s+)?Ländern"
    r"|nei\s+vostri\s+(?:rispettivi\s+)?paesi|nos\s+(?:vossos|seus)\s+(?:respetivos\s+)?países)"
    r"|diplomatiske?\s+representant(?:er|erne)?|diplomatiska\s+representant(?:er|erna)?",
    re.IGNORECASE,
)
# A mission named in a "copies to the embassy in your country" sentence: "the High Commission
# of Sri Lanka", "Embassy of the Republic of Azerbaijan".
MISSION = re.compile(
    # "the Bangladesh High Commission", "the Kenyan Embassy in your country".
    r"\b[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?\s(?:High\sCommission|Embassy)"
    r"(?=\s+(?:in|to|accredited)\b|[.,;:]|$)|"
    r"\b(?:embassy|high\s+commission|embajada|ambassade|botschaft|ambasciata|embaixada"
    r"|ambasada|ambassad|ambaixada|consulate|permanent\s+mission)\s+(?:(?:of|de|del|du|de\s+la|des|der|della"
    r"|di|da|do|van)\s+(?:the\s+|la\s+|l['’])?|(?:dell|d|de\s+l)['’])[A-ZÀ-Ý][\w’'\- ]{1,60}?"
    r"(?=\s+(?:in|en|dans|no|nel|w|i|accredited|acreditad[oa]|accrédité)\b|[.,;:]|$)",
    re.IGNORECASE,
)
# A country's mission abroad, as a word inside a body's name in each language (matched as
# a part of a word, case-folded: "Velvyslanectví", "Büyükelçiliği", "سفارت").
MISSION_WORDS: dict[str, list[str]] = {
    "en": ["embassy", "high commission", "consulate", "permanent mission"],
    "es-pt-gl": ["embajada", "embaixada", "consulado"], "fr-nl-scand": ["ambassad", "consulat"],
    "de": ["botschaft", "konsulat"], "it": ["ambasciata", "consolato"], "ca": ["ambaixada"],
    "pl-ro-lt": ["ambasada"], "cs": ["velvyslanectví"], "sk": ["veľvyslanectvo"],
    "hu": ["nagykövetség"], "el": ["πρεσβεία", "προξενείο"],
    "tr": ["büyükelçiliği", "büyükelçilik", "başkonsolosluğu"],
    "ru-uk": ["посольство", "консульство"], "bg": ["посолство"], "mk-sr": ["амбасада"],
    "hr": ["veleposlanstvo"], "sl": ["veleposlaništvo"], "fi": ["suurlähetystö"],
    "et": ["saatkond"], "lv": ["vēstniecība"], "is": ["sendiráð"], "ar": ["سفارة"],
    "fa": ["سفارت"], "he": ["שגרירות"], "zh-ja": ["大使馆", "大使館", "领事馆", "領事館"],
    "ko": ["대사관"], "id-ms": ["kedutaan"], "tl": ["embahada"], "sw": ["ubalozi"],
    "vi": ["đại sứ quán"], "th": ["สถานทูต"],
}  # fmt: skip
# Every language's words of `MISSION_WORDS` in one tuple (each in lower case).
MISSION_WORD_LIST = tuple(word for words in MISSION_WORDS.values() for word in words)
# Whose representatives: "... of the Russian Federation accredited ...", "de Siria en".
DIPLOMATIC_OF = re.compile(
    r"(?:representatives?|diplomáticos?|diplomática|diplomatiques?|vertretung(?:en)?"
    r"|[Ee]mbassy|[Ee]mbajada|[Aa]mbassade|[Bb]otschaft)"
    r"\s+(?:of|de|du|de la|des|der)\s+((?:the\s+|la\s+|l')?[A-ZÀ-Ý][\w’'\- ]{1,60}?)"
    r"(?=\s+(?:accredited|in|acreditad[oa]s?|en|dans|accrédités?|auprès|in Ihrem)\b|[.,;:]|$)",
)
# A form left for the reader to fill in: "Name Address 1 Address 2 ... Fax Fax number".
TEMPLATE_LINE = re.compile(
    r"\b(?:address|dirección|adresse|osoite)\s*1\b.*\b(?:address|dirección|adresse|osoite)\s*2\b"
    r"|\bfax number\b.*\bemail address\b",
    re.IGNORECASE,
)

# A line introducing the asks when no languages are named: "... mit folgenden Forderungen".
ASKS_INTRO = re.compile(
    r"^[^\n]*(?:folgenden\s+forderungen|the\s+following|call(?:ing)?\s+on\s+the\s+authorities\s+to"
    r"|lo\s+siguiente|pidiendo\s+a\s+las\s+autoridades|les\s+points\s+suivants"
    r"|seuraavat|urging\s+them\s+to)[^\n]*[:：]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# "Please write immediately in ... or your own language".
OWN_LANGUAGE = re.compile(
    r"(?:in\s+)?your\s+own\s+language|(?:en\s+)?su\s+propio\s+idioma|(?:en\s+)?su\s+idioma"
    r"|(?:dans\s+)?votre\s+(?:propre\s+)?langue|(?:in|auf)\s+Ihrer\s+(?:eigenen\s+)?Sprache"
    r"|omalla\s+kielelläsi|(?:您|你)的(?:母語|母语|語言|语言)|自己的(?:語言|语言)"
    r"|på\s+ditt\s+eget\s+språk|på\s+ditt\s+eget\s+sprog|w\s+(?:swoim|twoim|własnym)\s+języku"
    r"|vo\s+(?:vašom|svojom)\s+(?:vlastnom\s+)?jazyku|na\s+(?:sua|tua)\s+(?:própria\s+)?língua"
    r"|nella\s+(?:tua|vostra|sua)\s+(?:propria\s+)?lingua|n[ao]\s+(?:seu|sua)\s+(?:próprio\s+|própria\s+)?(?:idioma|língua)"
    r"|in\s+(?:je|uw)\s+eigen\s+taal"
    rf"|(?<!\w)(?:{_every_word(OWN_LANGUAGE_MORE)})"
    rf"|{_alternatives(rows.OWN_LANGUAGE_UNSPACED)}",
    re.IGNORECASE,
)
WRITE_IN = re.compile(
    # "Letters can be written in ...", "Die Briefe können auf ... geschrieben werden".
    r"\b(?:letters|appeals|briefe|cartas|lettres|brieven|lettere|messages|e-?mails)\s+"
    r"(?:can|may|should|können|pueden|peuvent|podem|kunnen|possono)\s+(?:\w+\s+){0,2}"
    r"(?:in|auf|en|em|op)(?!\w)"
    # "Letters in Spanish or English."
    r"|\b(?:letters|appeals|cartas|lettres|briefe|brieven|lettere)\s+(?:in|auf|en|em|op)(?!\w)"
    r"|\b(?:write|writing|send\s+(?:your\s+)?(?:appeals|letters)|escriban?|escribe|escribí"
    r"|escribile|escribiles|escribid|escribidle|escribidles|écrivez|écrire|schreiben"
    r"|envie|enviem|envía|envíe|envíen|enviad"
    # Danish, Norwegian, Swedish: "Send venligst breve ... på engelsk eller dansk".
    r"|send\s+(?:venligst\s+|gjerne\s+)?(?:breve|brev|appeller)|skicka\s+(?:gärna\s+)?brev"
    r"|kirjoita(?:kaa)?"
    r"|skriv|skriva|napisz|piszcie|pisz|napíšte|píšte|pište|napište|escreva|escrevam|scrivete|scrivi"
    r"|schrijf|schrijven|الكتابة|اكتبوا|اكتب|escriviu|escriu)(?!\w)"
    r"|請.{0,4}以|请.{0,4}以"
    rf"|(?<!\w)(?:{_every_word(WRITE_IN_MORE)})(?!\w)"
    rf"|{_alternatives(rows.WRITE_IN_UNSPACED)}",
    re.IGNORECASE,
)

# Office titles that open a recipient's title line ("Minister of Defence").
TITLE_WORDS = """President Vice-President Minister Secretary Prosecutor Head Chief Director
    Governor Ambassador King Queen Emir Amir Sultan Leader Chairman Chairperson Chair Commissioner
    Commander Speaker Mayor Judge Ombudsman Ombudsperson Chancellor Premier Presidente Presidenta
    Ministro Ministra Secretario Secretaria Fiscal Procurador Procuradora Gobernador Gobernadora
    Directora Jefe Jefa Embajador Embajadora Alcalde Alcaldesa Defensor Defensora Rey Reina
    Président Présidente Ministre Procureur Procureure Secrétaire Directeur Directrice Gouverneur
    Ambassadeur Ambassadrice Chef Maire Juge Roi Reine Präsident Präsidentin Ministerpräsident
    Ministerin Bundesminister Bundesministerin Generalstaatsanwalt Staatsanwalt Botschafter
    Botschafterin Direktor Direktorin König Leiter Leiterin Vorsitzender Presidentti Pääministeri
    Geschäftsträger Geschäftsträgerin Gesandter Gesandte Konsul Konsulin Consul Chargé Encargado
    Encargada Cónsul Representative Representante Représentant Représentante
    Ministeri Syyttäjä Suurlähettiläs Procuratore Ambasciatore Ambasciatrice Prefetto
    Capo Sindaco Governatore Direttore Direttrice Questore Segretario Segretaria Garante
    Administrateur Administratrice Inspecteur Inspectrice Préfet Préfète Médiateur Médiatrice
    Inspector Inspectora Superintendent Superintendente Intendente
    Procurador-Geral Embaixador Embaixadora Prokurator Prezydent Ambasador Ambasadorka
    Comandante Comandante-Geral Comissário Comissária Diretor Diretora Procuradora-Geral
    Secretário Secretária
    Comisionado Comisionada Commissaire Kommissar Kommissarin Commissario
    Governador Governadora Primeiro-Ministro Primeira-Ministra Provedor Provedora
    Minister Ministr Prokurátor Velvyslanec Statsminister Åklagare Riksåklagare Ambassadör
    النائب الرئيس رئيس وزير وزيرة سفير سفيرة الملك النائب
    Chairperson Ambassadør Statsadvokat Riksadvokat Justisminister Statsminister
    Generalinspekteur Inspekteur Polizeipräsident Polizeipräsidentin Bürgermeister
    Bürgermeisterin Kanzler Kanzlerin Bundeskanzler Bundeskanzlerin Generalbundesanwalt
    Generalstaatsanwältin Beauftragte Beauftragter Ombudsfrau Ombudsvrouw Ombudsman Voorzitter
    Burgemeester Staatssecretaris Commissaris Koning Koningin Procureur-generaal Rzecznik
    Przewodniczący Przewodnicząca Premier Prezydent Ministra Ministryně Prezident Předseda
    Předsedkyně Ordförande Justitieminister Utrikesminister Inrikesminister Riksåklagare
    Difensore Rapporteur Rapporteuse Relator Relatora Relatore Administrator Administrador
    Administradora Amministratore Vicepresidente Vicepresidenta Vice-Presidente Vicepresident
    Vice-président Vice-présidente Vizepräsident Vizepräsidentin""".split()  # noqa: SIM905
# Titles of more than one word, matched before single words.
TITLE_PHRASES = [
    # (A chargé d'affaires heads a mission without an ambassador, "a.i." for the interim.)
    "Chargé d'affaires a.i", "Chargée d'affaires a.i", "Chargé d'affaires", "Chargée d'affaires",
    "Prime Minister", "Deputy Prime Minister", "Vice President", "Attorney General",
    "Prosecutor General", "Public Prosecutor", "Chief Justice", "Director General",
    "Crown Prince", "Supreme Leader", "Inspector General", "Premier ministre",
    "Premier Ministre", "Fiscal General", "Procurador General", "Procureur général",
    "Secretary General", "Secretary of State", "Head of State", "Deputy Minister",
    "Garde des Sceaux", "Keeper of the Seals", "Guardasigilli",
    "Γενικός Πρόξενος", "Γενικό Πρόξενο", "Γενικός Εισαγγελέας", "Γενικό Εισαγγελέα",
]  # fmt: skip
# French offices joined by a hyphen ("Haut-Commissaire des Nations Unies ...").
TITLE_WORDS += ["Haut-Commissaire", "Haute-Commissaire", "Haut-Représentant", "Haute-Représentante"]
# Session 13: judges in Spanish, women holding offices in Ukrainian and Russian, Catalan and
# Italian consuls and ambassadors.
TITLE_WORDS += [
    "Juez", "Jueza", "Magistrado", "Magistrada", "Уповноважена", "Уполномоченная", "Cònsol",
    "Console", "Ambaixador", "Ambaixadora",
]  # fmt: skip
# Session 11's languages: offices, as the word that opens a title line or ends it
# ("Yargı Erki Başkanı", "Igazságügyi miniszter", "Javni tužitelj").
TITLE_WORDS += [
    # el
    "Πρόεδρος", "Πρωθυπουργός", "Υπουργός", "Εισαγγελέας", "Πρέσβης", "Πρέσβειρα",
    "Διευθυντής", "Διευθύντρια", "Δήμαρχος", "Συνήγορος", "Πρόξενος", "Αρχηγός",
    # (the accusative a "write to" list uses: "Στείλτε ... στους: Υπουργό Δικαιοσύνης")
    "Πρόεδρο", "Πρωθυπουργό", "Υπουργό", "Εισαγγελέα", "Πρέσβη", "Διευθυντή", "Δήμαρχο",
    "Συνήγορο", "Πρόξενο", "Αρχηγό",
    # hu
    "Elnök", "Elnöke", "Miniszterelnök", "Miniszter", "Minisztere", "Főügyész", "Ügyész",
    "Nagykövet", "Nagykövete", "Polgármester", "Államtitkár", "Biztosa",
    # tr
    "Cumhurbaşkanı", "Başbakan", "Bakan", "Bakanı", "Başkan", "Başkanı", "Başsavcı",
    "Başsavcısı", "Savcı", "Büyükelçi", "Büyükelçisi", "Valisi", "Kaymakam",
    "Sekreter", "Sekreteri",
    # ru, uk, bg
    "Президент", "Председатель", "Министр", "Прокурор", "Посол", "Премьер-министр",
    "Губернатор", "Уполномоченный", "Глава", "Руководитель", "Директор", "Міністр",
    "Прем'єр-міністр", "Голова", "Уповноважений", "Министър", "Министър-председател",
    "Посланик", "Председател", "Омбудсман",
    # Session 15: the head of a service or a colony ("Начальник УФСИН ..."), ru and uk.
    "Начальник", "Начальница", "Генеральный", "Генеральний",
    # hr, sr, bs, sl
    "Predsjednik", "Predsjednica", "Predsednik", "Predsednica", "Ministar", "Ministrica",
    "Ministarka", "Premijer", "Premijerka", "Tužitelj", "Tužiteljica", "Tužilac",
    "Tužiteljka", "Veleposlanik", "Veleposlanica", "Ambasador", "Ambasadorka",
    "Pravobranitelj", "Pravobraniteljica", "Zaštitnik", "Tožilec", "Tožilka", "Varuh",
    # ro
    "Președinte", "Președintele", "Prim-ministru", "Prim-ministrul", "Ministru", "Ministrul",
    "Procuror", "Procurorul", "Ambasadorul",
    # et, lv, lt, is
    "Peaminister", "Peaprokurör", "Prokurör", "Suursaadik", "Õiguskantsler", "Prezidents",
    "Ministrs", "Ģenerālprokurors", "Prokurors", "Vēstnieks", "Tiesībsargs", "Prezidentas",
    "Prezidentė", "Ministras", "Ministrė", "Prokuroras", "Ambasadorius", "Ambasadorė",
    # (Round 35c) lt: the Seimas ombudsman, a chargé d'affaires, a commissioner, a
    # prosecutor (a woman); cs: an ambassador (a woman)
    "kontrolierius", "kontrolierė", "patikėtinis", "patikėtinė",
    "Komisaras", "Komisarė", "Prokurorė", "Velvyslankyně",
    "Forseti", "Forsætisráðherra", "Ráðherra", "Konungur", "Drottning", "Ríkissaksóknari",
    "Sendiherra", "Umboðsmaður",
    # ko, fa, he
    "대통령", "국무총리", "총리", "장관", "검찰총장", "대사",
    # ko (session 27, imp27a): heads of a commission, of a centre or prison, of an agency, of
    # an institute or court, of an assembly, of a university or prosecution, of a province
    "위원장", "소장", "청장", "원장", "의장", "총장", "도지사",
    "رئیس", "وزیر", "دادستان", "سفیر",
    "נשיא", "שגריר", "שגרירת",
    # id, ms, tl, sw
    "Presiden", "Menteri", "Kepala", "Ketua", "Gubernur", "Panglima", "Pesuruhjaya", "Pangulo",
    "Kalihim", "Embahador", "Alkalde", "Waziri", "Mkuu", "Balozi", "Spika",
    "Mkurugenzi", "Kamishna",
]  # fmt: skip
TITLE_PHRASES += [
    "Γενικός Εισαγγελέας", "Γενική Εισαγγελέας", "Legfőbb ügyész", "Генеральный прокурор",
    "Генеральний прокурор", "Главен прокурор", "Glavni državni odvjetnik", "Javni tužilac",
    "Procuror General", "Avocatul Poporului", "Ministru prezidents", "Generalinis prokuroras",
    "Jaksa Agung", "Duta Besar", "Wakil Presiden", "Perdana Menteri", "Peguam Negara",
    "Mwanasheria Mkuu", "Jaji Mkuu", "Rais wa Jamhuri", "Punong Mahistrado", "ראש הממשלה",
    "שר המשפטים",
    "שר הפנים", "שר החוץ", "שר הביטחון", "שרת המשפטים", "שרת הפנים", "שרת החוץ",
    "היועץ המשפטי לממשלה", "היועצת המשפטית לממשלה", "رئیس‌جمهور", "رئیس قوه قضاییه",
]  # fmt: skip
TITLE_WORDS += rows.TITLE_WORDS
TITLE_PHRASES += rows.TITLE_PHRASES
# Words that qualify an office before it ("Home Minister", "High Commissioner").
TITLE_QUALIFIERS = """Home Foreign Interior Justice Defence Defense Finance Health Education
    Labour Labor Security High Deputy Acting Chief Senior Special Permanent Vice Grand Federal
    State Regional Provincial Assistant Associate Executive""".split()  # noqa: SIM905


# Combining signs of the Indic and Thai scripts (vowels written as marks), no word characters.
_MARKS = "".join(
    re.escape(chr(c)) for c in range(0x0900, 0x0E80) if unicodedata.category(chr(c)) in ("Mn", "Mc")
)


_LATIN_UPPER = "".join(re.escape(chr(c)) for c in range(0x41, 0x2B0) if chr(c).isupper())
_LATIN_LOWER = "".join(re.escape(chr(c)) for c in range(0x61, 0x2B0) if chr(c).islower())


def _hyphen_or_space(pattern: str) -> str:
    """An alternation whose words may be parted by a hyphen as well as by spaces."""
    return pattern.replace(r"\s+", r"[\s\-]+")


TITLE_START = re.compile(
    r"^(?:(?:Monsieur|Madame)\s+(?:le|la|l')\s*|(?:Señor|Señora|Sr\.|Sra\.)\s+|Herr\s+|Frau\s+)?"
    rf"(?:the\s+|el\s+|la\s+|le\s+|l')?(?:(?:{_alternatives(TITLE_QUALIFIERS)})\s+){{0,2}}"
    # One more capitalised word of the portfolio before the office ("Cabinet Secretary"), or
    # a country's possessive ("Iran's Ambassador").
    # (Latin letters of every alphabet: Azerbaijani "Ədliyyə Naziri", Turkish "İçişleri".)
    rf"(?:(?-i:[{_LATIN_UPPER}][{_LATIN_LOWER}]{{3,}})(?:['’]s)?\s+(?=(?-i:[{_LATIN_UPPER}])))?"
    # (The words of an office may be joined by a hyphen: "Attorney-General", "Director-General".)
    rf"(?:{_hyphen_or_space(_alternatives(TITLE_PHRASES + TITLE_WORDS + rows.TITLE_PHRASES_VI))}"
    r"|[A-ZÄÖÜ]\w*minister(?:in|i|n|en)?|[A-ZÄÖÜ]\w*ministeri"
    rf"|[A-ZÄÖÜ]\w*(?:{_alternatives(rows.TITLE_COMPOUND_ENDS)}))"
    # (A word may end in a vowel sign, no word character: Hindi "मंत्री", Bengali "মন্ত্রী".)
    rf"(?:\b|(?<=[{_MARKS}])(?![\w{_MARKS}]))",
    re.IGNORECASE,
)
# Chinese and Japanese put the office last, after its body, without spaces ("司法部部长",
# "法務大臣"): a short line of Han characters that ends with an office is a title.
# (Session 23: a Japanese body's name may hold kana, "東日本入国管理センター所長".)
TITLE_END_UNSPACED = re.compile(
    rf"^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{{0,16}}"
    rf"(?:{_alternatives(rows.TITLE_WORDS_UNSPACED)})$"
)
TITLE_START = re.compile(
    f"{TITLE_START.pattern}|{TITLE_END_UNSPACED.pattern}"
    # (Offices that open a line of a script without spaces and run on into their body.)
    rf"|^(?:{_alternatives(rows.TITLE_WORDS_OPENING_UNSPACED)})"
    # (Session 25: an office of South Asia's scripts ending the line's first or second word.)
    rf"|^(?:[^\s,،]{{1,30}}\s)?[^\s,،]{{0,20}}?(?:{_alternatives(rows.TITLE_WORDS_LAST)})"
    rf"(?![\w{_MARKS}])",
    re.IGNORECASE,
)
# Words that continue a title after "of"/"de"/"für" ("Minister of Foreign Affairs ...").
PORTFOLIO_WORDS = frozenset(
    """affairs foreign home interior internal justice defence defense security public health
    education labour labor finance state national judiciary police prisons women family social
    development information culture religious endowments human rights general federal government
    economy trade welfare employment industry agriculture environment energy transport
    the and of for de del la las los y e et du des l'homme d'état
    étrangères étrangers affaires intérieur défense sécurité publique droits sceaux garde
    relaciones exteriores asuntos justicia defensa seguridad pública derechos humanos
    gobernación estado nacional república salud trabajo der die des und für innern justiz
    auswärtige angelegenheiten verteidigung republic islamic arab kingdom generale geral
    generalny generalna interno esteri giustizia""".split()  # noqa: SIM905
)
# Session 11's languages: portfolios in the genitive, after the office without a preposition
# ("Ministrul Justiției", "Υπουργός Δικαιοσύνης", "Министр юстиции").
PORTFOLIO_WORDS |= frozenset(  # casefolded as they are looked up: Greek final "ς" is "σ"
    w.casefold()
    for w in """justiției internelor afacerilor externe apărării sănătății muncii publice
    δικαιοσύνης εσωτερικών εξωτερικών προστασίας του πολίτη άμυνας δημοκρατίας
    юстиции внутренних иностранных дел обороны республики юстиції внутрішніх закордонних
    справ оборони правосъдието вътрешните външните работи отбраната pravde pravosuđa
    unutarnjih unutrašnjih vanjskih spoljnih poslova obrane odbrane pravosodje notranje
    zadeve zunanje hukum dalam negeri luar pertahanan sheria mambo ndani nje katiba
    kehakiman keadilan kesihatan kewangan pendidikan hak asasi manusia""".split()  # noqa: SIM905
)
# Courtesy words that open a person's name ("His Excellency", "Sr.", "Herrn", "Ayatollah").
HONORIFICS = [
    "His Excellency", "Her Excellency", "H.E.", "H. E.", "His Majesty", "Her Majesty",
    "His Highness", "Her Highness", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.",
    "Prof.", "Professor", "Sir", "Dame", "Lord", "Ayatollah", "Hojjatoleslam", "Sheikh",
    "Shaikh", "Sheikha", "Sayed", "Sayyed", "General", "Gen.", "Général", "Generál", "Generał",
    "Colonel", "Col.", "Major", "Fr.", "Rev.", "Reverend", "Pastor",
    "Brigadier", "Field Marshal", "Admiral", "The Honourable", "Honourable", "Hon.", "Rt Hon",
    # A police force's ranks before a name (the Philippines, Thailand, Indonesia in English).
    "Police General", "Police Lieutenant General", "Police Major General",
    "Police Brigadier General", "Police Colonel", "Pol. Gen.", "Pol. Lt. Gen.",
    "Sr.", "Sra.", "Srta.", "Señor", "Señora", "Don", "Doña", "Dña.", "Lic.", "Licenciado",
    "Licenciada", "Ing.", "Excmo.", "Excma.", "Excelentísimo", "Excelentísima", "Su Excelencia",
    "Abog.", "Gral.", "Coronel", "Mtro.", "Mtra.", "M.", "Mme", "Mme.", "Mlle", "Monsieur",
    "Madame", "Maître", "Son Excellence", "S.E.", "S. E.", "Herr", "Herrn", "Frau",
    "Seine Exzellenz", "Ihre Exzellenz", "I.E.", "Herra", "Rouva", "Z.E.", "Z. E.",
    "Zijne Excellentie",
    "Hare Excellentie", "de heer", "De heer", "mevrouw", "Mevrouw", "Dhr.", "Mw.", "Pan", "Pani",
    "Senhor", "Senhora", "Sr", "Excelentíssimo Senhor", "Excelentíssima Senhora", "Exmo.",
    "Exma.", "Dra.", "Dr.ª", "Eng.", "Eng.ª",
    # Session 23: Spanish "D." (Don) and the Portuguese "Dona", "D.ª".
    "D.", "Dona", "D.ª",
    "J.E.", "J. E.", "Jego Ekscelencja", "Jej Ekscelencja", "Sig.", "Sig.ra", "Dott.", "Dott.ssa",
    "On.", "Sua Eccellenza", "S.E.R.", "Vossa Excelência", "Ayatollah", "Ayatullah",
    "Grand Ayatollah", "Hojatoleslam",
    "Seine Majestät", "Ihre Majestät", "Seine Hoheit", "Sa Majesté", "Su Majestad", "Me",
    "Seiner Majestät", "Ihrer Majestät", "Seiner Exzellenz", "Ihrer Exzellenz", "Seiner Hoheit",
    "المستشار", "السيد", "السيدة", "معالي", "فخامة", "سعادة", "الدكتور", "اللواء",
]  # fmt: skip
# Session 11's languages: courtesy words before a name.
HONORIFICS += [
    # el
    "κ.", "κα", "Κύριος", "Κυρία", "Κύριο", "Εξοχότατο", "Εξοχότατος", "Εξοχότατη", "Δρ",
    # hu, tr
    "dr.", "Őexcellenciája", "Ő Excellenciája", "Sayın", "Ekselansları",
    # ru, uk, bg
    "г-н", "г-жа", "господин", "госпожа",
    # (Round 27b: the same in the dative of an address, "г-ну Примерову А. В.".)
    "г-ну", "г-же", "господину", "госпоже", "Его Превосходительство", "Её Превосходительство",
    "Ее Превосходительство", "пан", "пані", "Його Ексцеленція", "Її Ексцеленція",
    "Негово Превъзходителство", "Нейно Превъзходителство",
    # hr, sr, bs, sl
    "g.", "gđa", "gđa.", "gospodin", "gospođa", "Njegova Ekscelencija", "Njezina Ekscelencija",
    "Njegova Ekselencija", "Njena Ekselencija", "ga.", "gospod", "gospa",
    # (Slovenian writes "ekscelenca", and shortens it: "Nj. eksc.")
    "Njegova ekscelenca", "Njena ekscelenca", "Nj. ekscelenca", "Nj. eksc.",
    # ro, et, lt, is
    "Dl.", "Dna.", "D-na", "Domnul", "Doamna", "Excelența Sa", "E.S.", "härra", "proua",
    "ponas", "ponia", "Jo Ekscelencija", "Hr.", "Frú",
    # fa, he
    "آقای", "خانم", "جناب", "جناب آقای", "سرکار خانم", "دکتر", "حجت‌الاسلام", "آیت‌الله", "מר",
    "גב'", "גברת", "ד\"ר", "עו\"ד",
    # id, ms, tl, sw
    "Bapak", "Ibu", "Bpk.", "Yth.", "Yang Mulia", "Jenderal", "Datuk", "Dato'", "Datin",
    "Tan Sri", "Yang Berhormat", "Yang Amat Berhormat", "Tuan Yang Terutama", "Ginoong",
    "Ginang", "Binibini", "Mheshimiwa", "Mhe.", "Bw.", "Dkt.",
]  # fmt: skip
HONORIFICS += rows.HONORIFICS
# Courtesy initials are printed with or without a space between them ("I.E." / "I. E.",
# "S.E." / "S. E."): each form of every row.
HONORIFICS += [
    re.sub(r"\.(?=\w)", ". ", w) for w in HONORIFICS if re.fullmatch(r"(?:\w{1,2}\.){2,}", w)
]
HONORIFIC_START = re.compile(rf"^(?:{_alternatives(HONORIFICS)})(?=\s|$)")
# Round 30e: courtesy words that style an office read as a title ("Sua Excelência o
# Presidente da República", "Sy Majesteit Koning"), besides every row of `HONORIFICS`. Only
# a title is stripped of them (`recipient_lines.title_without_courtesy`): as honorifics of a
# name they would change how a block's lines are read.
OFFICE_COURTESY = [
    # pt
    "Sua Excelência", "Sua Majestade", "Sua Alteza",
    # nl, af
    "Zijne Majesteit", "Hare Majesteit", "Sy Majesteit", "Haar Majesteit",
    # es, it
    "Su Alteza", "Sua Maestà",
    # it, typed without accents (an apostrophe for the accent, as typewriters wrote it)
    "Sua Maesta'",
]  # fmt: skip
# Ranks among the courtesy words: they open an office's own name ("General Director",
# "Major General"), so a title keeps them.
RANK_COURTESY = frozenset(
    w.casefold()
    for w in HONORIFICS
    if re.match(
        r"(?:Police |Pol\. )?(?:Gen(?:\.|eral|erał|erál)|Général|Col|Maj|Brig|Field|Adm"
        r"|Coronel|Gral|Jenderal)",
        w,
    )
    or w == "اللواء"
)
OFFICE_COURTESY_START = re.compile(rf"^(?:{_alternatives(HONORIFICS + OFFICE_COURTESY)})(?=\s|$)")
# An honorific inside a line: where a name starts after a title, or a next recipient begins.
HONORIFIC_INSIDE = re.compile(
    r"(?<=\s)(?:His|Her)\s+(?:Excellency|Majesty|Highness)\b|(?<=\s)(?:Son|Su)\s+Excel\w+"
    r"|(?<=\s)(?:Seine|Ihre)\s+Exzellenz|(?<=\s)H\.\s?E\.\s|(?<=\s)S\.\s?E\.\s"
)
# The same in a script without capitals ("وزير الداخلية الشيخ X"): a courtesy word or a rank
# of such a script inside a line, where the name starts after the office (the longest first).
HONORIFIC_INSIDE_UNCASED = re.compile(
    r"(?<=\s)(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(set(HONORIFICS), key=len, reverse=True)
        if any(c.isalpha() for c in w) and all(c.lower() == c.upper() for c in w if c.isalpha())
    )
    + r")(?=\s)"
)
ORGANISATION_WORDS = re.compile(
    r"\b(?:office|ministry|ministerio|ministère|ministerium|bundesministerium|secretaría"
    r"|subsecretaría|secretariat|embassy|embajada|ambassade|botschaft|presidency|presidencia|présidence"
    r"|department|departamento|court|board|chambers|tribunal|corte|council|consejo|conseil|commission"
    r"|comisión|prosecution|fiscalía|procuraduría|defensoría|defensoria|parquet|staatsanwaltschaft"
    r"|mission|misión"
    r"|interests section|police|policía|gendarmerie|directorate|dirección|government|gobierno"
    r"|gouvernement|regierung|cabinet|gabinete|kabinett|ministeriö|suurlähetystö|cancillería"
    # Swedish, Polish, Slovak, Czech, Portuguese, Italian, Dutch.
    r"|ambassad|ambasada|velvyslanectvo|veľvyslanectvo|velvyslanectví|embaixada|ambasciata"
    r"|ambassade|departementet|ministeriet|ministerstwo|ministerstvo|ministério|ministero"
    r"|ministerie|prokuratura|prokuratúra|procuradoria|procura|parlament|regeringen|rząd"
    r"|headquarters|high\s+commission|secretariat|büro|bureau|kancelaria|kansliet"
    # Agencies, units and authorities ("Unidad Nacional de Protección", "Agence nationale").
    r"|unidad|unit|unité|unità|agency|agencia|agence|agenzia|agência|instituto|institute"
    r"|institut|autoridad|authority|autorité|autorità|autoridade|behörde)\b"
    r"|comissão|comissao|conselho|comitê|commissie|ombudsman|committee|comité|komitee|comitato"
    r"|(?<!\w)(?:مكتب|وزارة|سفارة|النيابة|رئاسة|ديوان|المجلس|مجلس|الهيئة|هيئة|اللجنة|لجنة)(?!\w)"
    # Chinese and Japanese bodies (no spaces around them): embassies, committees, courts.
    r"|大使館|大使馆|領事館|领事馆|委員会|委员会|委員會|裁判所|法院|検察庁|检察院|警察庁|公安部"
    r"|政府|事務所|办公室|辦公室"
    rf"|(?<!\w)(?:{_every_word(ORGANISATION_WORDS_MORE)})"
    r"(?!\w)"
    rf"|{_alternatives(rows.ORGANISATION_WORDS_UNSPACED)}"
    # Mend 35d: cs the government, an office ("Vláda České republiky", "Kancelář prezidenta
    # republiky", "česká vláda"), also surnames: capitalised, a body's word only where no word
    # stands right before it ("Pavel Kancelář", "Tomáš Vláda byl obviněn" are people).
    r"|(?<!\w)(?-i:vláda|kancelář|VLÁDA|KANCELÁŘ)(?!\w)"
    r"|(?<![^\W\d_]\s)(?<!\w)(?-i:Vláda|Kancelář)(?!\w)"
    # German compounds: "Generalstaatsanwaltschaft", "Innenministerium", "Bundesregierung".
    r"|\b[a-zäöüß]+(?:staatsanwaltschaft|ministerium|botschaft|regierung|kanzlei|gericht"
    r"|kommission|präsidium|behörde)\b",
    re.IGNORECASE,
)
# Words that open an address block before the office or name ("An den Generalstaatsanwalt",
# "To the Minister", "À l'attention de"): dropped, the rest kept.
ADDRESSEE_PREFIX = re.compile(
    r"^(?:an\s+(?:den|die|das)\s+|an\s+(?=(?:herrn?|frau)\b)|to\s+(?=the\s)"
    r"|à\s+l['’]attention\s+d[eu]\s+|a\s+la\s+atenci[oó]n\s+del?\s+|attn\.?\s*:?\s+"
    r"|z\.\s?hd\.?\s+|t\.\s?a\.\s?v\.\s*|ter\s+attentie\s+van\s+|à\s+aten[çc][ãa]o\s+d[eoa]\s+)",
    re.IGNORECASE,
)
# A letter head's first line that only says to whom it goes ("Aan", "À l'attention de", "To",
# "An", "Para", "Till", "Do", "A"): no line of the address.
ADDRESSEE_ALONE = re.compile(
    r"^(?:to|an|à|a|aan|para|till|til|do|all['’]attenzione\s+d\w*|à\s+l['’]attention\s+d[eu]"
    r"|a\s+la\s+atenci[oó]n\s+de|ter\s+attentie\s+van|à\s+aten[çc][ãa]o\s+d[eoa]|z\.\s?hd\.?)"
    r"\s*[:：]?$",
    re.IGNORECASE,
)
# A label before the postal address ("Dirección postal: Calle 1"): dropped, the address kept.
ADDRESS_LABEL = re.compile(
    r"^(?:postal\s+address|address|mailing\s+address|dirección(?:\s+postal)?|domicilio"
    r"|adresse(?:\s+postale)?|postanschrift|anschrift|adres|adress|osoite|endereço|indirizzo"
    # "Mail: Office of X", "By post:", "Courrier :", "Correo postal:".
    r"|mail|post|by\s+post|courrier|correo\s+postal|correio|posta"
    rf"|{_every_word(ADDRESS_LABEL_MORE)})"
    r"\s*[:：]\s*",
    re.IGNORECASE,
)
# A heading over a block that says what kind of recipient follows, not their office
# ("HUMAN RIGHTS ORGANISATION", "MENSCHENRECHTSORGANISATION", "COPY TO").
CATEGORY_HEADING = re.compile(
    r"(?:organi[sz]ations?|organisationen|organizaci[oó]n|organisme|ngo|ong|nro|"
    r"zivilgesellschaft|civil society|société civile|sociedad civil)\s*:?$",
    re.IGNORECASE,
)
# An envelope's handling note, written between a recipient's name and their body ("Personal
# and Confidential", "Streng vertraulich", "Privado y confidencial"): no office (mend 34c).
# Its words per language, and the words joining them.
HANDLING_NOTE_WORDS: dict[str, list[str]] = {
    "en": ["personal", "private", "confidential", "urgent", "strictly", "by", "hand",
           "personally", "only", "and", "&"],
    "de": ["persönlich", "vertraulich", "dringend", "eigenhändig", "streng", "und"],
    "fr": ["personnel", "personnelle", "confidentiel", "confidentielle", "urgent", "urgente",
           "et"],
    "es": ["personal", "privado", "privada", "confidencial", "urgente", "y", "e"],
    "it": ["riservato", "riservata", "personale", "urgente", "e"],
    "nl": ["vertrouwelijk", "persoonlijk", "spoed", "en"],
}  # fmt: skip
# A name that may wrap onto the next line of its block (mend 34c's `_name_cut`), per naming
# custom: the courtesy words over a Spanish name of a given name and its first surname, with the
# particles its second surname may hold ("Sr. Andrés Pilón" / "Sarabia y Montes"); and the word
# that joins an Arabic name to its father's, over a family name opened by its article
# ("... bin Rashid" / "Al Daxani").
TWO_SURNAME_COURTESY: dict[str, list[str]] = {
    "es": ["Sr.", "Sr", "Sra.", "Sra", "Srta.", "Srta", "Señor", "Señora", "Don", "Doña",
           "Dña.", "Dña"],
}  # fmt: skip
SURNAME_PARTICLES: dict[str, list[str]] = {"es": ["y", "de", "del"]}
PATRONYMIC_LINKS: dict[str, list[str]] = {"ar": ["bin", "ibn", "bint"]}
FAMILY_NAME_ARTICLES: dict[str, list[str]] = {"ar": ["Al", "El"]}
# The seat of an office, written as the first line of its address ("Palacio Nacional",
# "Government House", "Official Residence", "Residência Oficial"): a building,
# not the body the person works for.
SEAT_WORDS = (
    r"palace|palacio|palácio|palais|palast|palazzo|paleis|pałac|state\s+house|government\s+house"
    r"|residence|residencia|residência|résidence|residenz|residenza|külliyesi|külliye"
    # Session 19: palaces, residences and "building" words of more languages (Russian as
    # printed and transliterated, Arabic, Persian, Hindi, Indonesian and Malay).
    r"|резиденция|резиденции|резиденція|rezidentsi[iy]?a|дворец|палац|قصر|کاخ"
    r"|bhavan|bhawan|istana|graha|wisma|gedung"
)
# A post-office box, in the words of many postal services: a line of an address as sure as
# a postcode ("PO Box 257", "BP 466", "Apartado Postal 12", "Postfach 1020", "Caixa Postal 9").
PO_BOX = re.compile(
    r"^(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box|Private\s+Bag|B\.\s?P\.|BP|Bo[iî]te\s+postale"
    r"|Case\s+postale|Apartado(?:\s+(?:Postal|de\s+Correos))?|Casilla(?:\s+de\s+Correos?)?"
    r"|Caixa\s+Postal|Postfach|Postbus|Postboks|Box|Skrytka\s+pocztowa|Casella\s+postale"
    r"|P\.?\s?K\.?)\s+(?:[A-Z]{1,3}\s?)?\d{1,6}(?:,|$|\s)",
    re.IGNORECASE,
)
ADDRESS_WORDS = re.compile(
    r"\d|\b(?:street|st\.|avenue|ave\.?|road|rd\.|square|boulevard|blvd|lane|p\.?\s?o\.?\s?box"
    r"|box|c/o|intersection|building|floor|calle|avenida|av\.|plaza|piso|edificio"
    r"|paseo|passeig|passeio"
    r"|colonia|col\.|apartado|casilla|aldea|barrio|zona|carretera|rue|place|bd|cedex|bp"
    r"|rua|travessa|praça|viale|piazza"
    rf"|{SEAT_WORDS}"
    r"|straße|strasse|str\.|platz|weg|allee|postfach|katu|tie|官邸|路|街)\b"
    rf"|(?<!\w)(?:{_every_word(ADDRESS_WORDS_MORE)})"
    r"(?!\w)",
    re.IGNORECASE,
)
# A line that names a region: its kind's word last ("... Autonomous Region") or first with
# what it is of ("Province of X", "Región de Y").
REGION_LINE = re.compile(
    r"^(?:[^\W\d][^,\n]{0,40}\s)?"
    rf"(?:{_every_word(REGION_WORDS)})"
    r"(?:\s+(?:of|de|del|du|de la|di|della|van)\s+[^\W\d][^,\n]{0,40})?$",
    re.IGNORECASE,
)
# Updates of an earlier action: "Further information on UA 264/12", "THIRD UA 60/16".
UPDATE = re.compile(
    r"further information on|first update of|(?:second|third|fourth|fifth)\s+update|follow-up"
    r"|m[aá]s informaci[oó]n sobre|informaci[oó]n complementaria sobre|actualizaci[oó]n de"
    r"|compl[ée]ment d['’]information sur|informations? complémentaires? sur|mise à jour"
    r"|weitere informationen zu|folgeaktion|aktualisierung|lisätietoja.{0,10}ua"
    rf"|{_every_word(UPDATE_MORE)}",
    re.IGNORECASE,
)
ORDINAL_UA = re.compile(r"\b(second|third|fourth|fifth|sixth)\s+(?=(?:UA|AU)\b)", re.IGNORECASE)
# Where a deadline is announced; the date follows (or, in Finnish and Chinese, precedes).
# The words that announce a deadline (the date follows), as one group.
_DEADLINE_WORDS = (
    r"(?:before|by|until\s*:?|no later than|deadline(?:\s+notice|\s+for\s+\w+)?\s*[:：]?"
    r"|expires(?:\s+on)?\s*:?"
    r"|antes del?|no más tarde del?|nach dem|o mais tardar(?:\s+a)?|até\s+(?:a|ao)"
    r"|hasta el\s*:?|fecha límite\s*:?|avant le|d['’]ici le|jusqu['’]au\s*:?|date limite\s*:?"
    r"|vor dem|bis zum"
    r"|bis spätestens|bis|frist\s*:?|termin\s*[:：]|ennen|senast(?:\s+den)?|do\s+dnia"
    r"|najpóźniej\s+do"
    r"|najneskôr\s+do|(?<!\w)do|até|fino\s+al|entro\s+il"
    r"|au\s+plus\s+tard(?:\s+le)?|a\s+más\s+tardar(?:\s+el)?|spätestens(?:\s+am)?"
    r"|at\s+the\s+latest\s+by|vóór|voor|uiterlijk(?:\s+op)?|innen|før|före(?:\s+den)?"
    r"|senest(?:\s+den)?|قبل"
    # Catalan, Finnish "viimeistään", Czech "nejpozději do", Italian "entro e non oltre il".
    r"|abans\s+del?|no\s+més\s+tard\s+del?|viimeistään|nejpozději(?:\s+do)?"
    r"|entro\s+e\s+non\s+oltre\s+il|(?:e\s+)?non\s+oltre\s+il\s*:?"
    # A header's field: Italian "Scadenza:", Spanish "Plazo:", Portuguese "Prazo:", "Échéance :".
    r"|scadenza\s*:?|plazo\s*:|prazo\s*:|échéance\s*:"
    rf"|(?<!\w){_every_word(DEADLINE_BEFORE_MORE)}"
    rf"|(?<!\w)(?:{_every_word(rows.DEADLINE_NOUNS)})"
    r"(?:\s+[^\s:：]+){0,3}\s*[:：]"
    r")"
)
# Round 40e (mend 40e): a call to act or write in a heading's label in capitals that a
# deadline's word closes with its colon ("MERCI D'AGIR AVANT LE :", "ENVÍEN ... NO MÁS TARDE
# DEL:"); not a detention's, a form's or a byline's label ("U-HAFT BIS:", "POSTED BY:").
_DEADLINE_LABEL_ASKS = _alternatives(
    [
        w
        for table in (rows.SEND_ASKED, rows.DEADLINE_LABEL_ASKS)
        for ws in table.values()
        for w in ws
    ]
)
DEADLINE_BEFORE = re.compile(
    # Thai, written without spaces: no word boundary before the words.
    rf"(?:{_alternatives(rows.DEADLINE_BEFORE_UNSPACED)})\s*$"
    rf"|\b{_DEADLINE_WORDS}\s*+$"
    # Round 40e: the word closing a heading's label in capitals with its colon, in every
    # language ("ESCRIBAN ANTES DEL: 3 de mayo", "AGISSEZ AVANT LE : 3 mai"); in small
    # letters a colon after the word is a byline's ("Posted by:"). Mend 40e: only where the
    # word opens the label ("NO MÁS TARDE DEL:") or the label asks to act, write or send
    # ("SCHREIBEN SIE BIS:"): "PRISÃO TEMPORÁRIA ATÉ:", "MANDAT GÜLTIG BIS:", "REPORTED
    # BY:" are a detention's, a form's and a byline's labels. Its lazy run is quadratic on a
    # long line of ask words: search only the short window before a date (its callers pass at
    # most 120 characters).
    r"|(?:^[^\w\n]*+|(?<!\w)(?:" + _DEADLINE_LABEL_ASKS + r")(?!\w)[^:：\n]*?(?<=\W))"
    rf"{_DEADLINE_WORDS}(?-i:(?<=[A-ZÀ-ÖØ-ÞĀ-Ž]))\s*+[:：]\s*+$",
    re.IGNORECASE,
)
# "Check with ... if sending appeals after 18 March 1996": the date after which letters should be
# checked first, which is the deadline a reader acts on when the text gives no other.
SENDING_AFTER = re.compile(
    r"(?:if|when)\s+(?:you\s+are\s+)?sending\s+(?:appeals|letters|faxes)\s+after\s*$"
    r"|(?:si|cuando)\s+(?:envía[ns]?|envían|enviáis|enviar)\s+(?:los\s+)?(?:llamamientos|cartas)"
    r"\s+después\s+del?\s*$"
    # Round 31a: the object as a pronoun before the verb, as the Portuguese row below, and the
    # words typed without accents ("si los envian despues del 2 de octubre", a 1990s mail).
    r"|(?:si|cuando)\s+(?:(?:los|las)\s+)?(?:env[ií]a[ns]?|env[ií]ais)"
    r"(?:\s+(?:los\s+)?(?:llamamientos|cartas))?\s+despu[ée]s\s+del?\s*$"
    r"|si\s+vous\s+envoyez\s+(?:des\s+|vos\s+)?(?:appels|lettres)\s+après\s+le\s*$"
    r"|(?:wenn|falls)\s+sie\s+(?:appelle|briefe)\s+nach\s+dem\s*$"
    # Portuguese: "se enviarem apelos depois de".
    # (The object may stand before the verb as a pronoun: "caso as envie depois de".)
    r"|(?:se|caso)\s+(?:(?:os|as)\s+)?(?:enviarem|enviar|envie[ms]?)"
    r"(?:\s+(?:os\s+)?(?:apelos|cartas))?\s+depois\s+d[eao]\s*$"
    # Danish, Norwegian, Swedish: "hvis appellerne sendes efter den", "om du skickar ... efter".
    r"|(?:hvis|om)\s+(?:du\s+sender\s+|du\s+skickar\s+)?(?:appellerne|appellene|appeller|vädjanden)"
    r"(?:\s+(?:sendes|sendas|skickas))?\s+(?:efter|etter)(?:\s+(?:den|fristen))?\s*$"
    # Italian: "se li inviate dopo il", "se inviate gli appelli dopo il".
    r"|se\s+(?:li\s+)?(?:inviate|spedite)\s+(?:gli\s+appelli\s+)?dopo\s+il\s*$"
    # "se intendete inviarli dopo il" (if you mean to send them after).
    r"|se\s+(?:intendete|pensate\s+di|volete)\s+(?:inviarli|spedirli|inviare\s+gli\s+appelli)"
    r"\s+dopo\s+il\s*$",
    re.IGNORECASE,
)
# The same said the other way round: "Après le 3 janvier 2006, vérifiez auprès de ...", "After
# 3 May, please check with ...": the words before the date, then those after it.
AFTER_DATE_CHECK_BEFORE = re.compile(
    r"(?:^|[.!:]\s*)(?:après\s+le|after|nach\s+dem|después\s+del?|dopo\s+il|depois\s+de)\s*$",
    re.IGNORECASE,
)
AFTER_DATE_CHECK = re.compile(
    r"^[\s,]*(?:(?:please|bitte|veuillez|por\s+favor)\s+)?(?:vérifie[zr]|consulte[zr]?|check"
    r"|rücksprache|consulten|verifique[mn]?|controllate|verificate|contattate)",
    re.IGNORECASE,
)
# A date whose month carries "until" (Georgian "9 მარტამდე"): a deadline by itself.
DEADLINE_IN_DATE = re.compile(r"მდე$")
DEADLINE_AFTER = re.compile(
    r"^\s*(?:mennessä|前|之前|以前|までに|まで"
    rf"|{_every_word(DEADLINE_AFTER_MORE)})",
    re.IGNORECASE,
)
APPEAL_CONTEXT = re.compile(
    r"appeal|send|write|take action|letter|llamamiento|envíen|escriban|cartas|appels|envoy"
    r"|écrivez|appelle"
    r"|schreiben|briefe|senden|vetoomu|lähet|kirjoit|聲援|声援|寄|bulletin|expires|deadline"
    r"|fecha límite|date limite|frist|wyślij|napisz|list|skicka|skriv|brev|envie|escreva"
    r"|invia|scrivi|schrijf|stuur|brief|الكتابة|اكتبوا|أرسلوا|مناشد"
    r"|scrivete|escriviu|envieu|verstuur|vetoomuks|appel|手紙|送付|お送り|届く"
    rf"|{_every_word(APPEAL_CONTEXT_MORE)}",
    re.IGNORECASE,
)
# How a letter opens, per language: a line that starts with one of these and ends with "," or
# ":" is a salutation. A new language is a new entry here.
SALUTATION_WORDS: dict[str, list[str]] = {
    "en": ["Dear", "Your Excellency", "Your Majesty", "Your Highness", "Excellency",
           "Your Royal Highness",
           "Your Excellencies", "Excellencies"],
    "es": ["Estimado", "Estimada", "Estimados", "Señor", "Señora", "Sr.", "Sra.", "Excelentísimo",
           "Excelentísima", "Excelencia", "Distinguido", "Distinguida", "Muy señor",
           # (Session 29, imp29f: typed without the tilde, and the short forms, "Senor
           # Ministro", "Excmo. Sr. Presidente".)
           "Senor", "Senora", "Excmo.", "Excma.", "Excmo", "Excma"],
    "fr": ["Monsieur", "Madame", "Excellence", "Cher", "Chère", "Votre Excellence"],
    "de": ["Sehr geehrter", "Sehr geehrte", "Sehr geehrtes", "Exzellenz", "Eure Exzellenz",
           "Eure Majestät", "Eure Hoheit", "Majestät",
           "Lieber", "Liebe"],
    "fi": ["Arvoisa", "Hyvä"],
    "sv": ["Bästa", "Ärade", "Käre", "Kära"],
    "pl": ["Szanowny", "Szanowna", "Szanowni", "Wielce Szanowny"],
    "sk": ["Vážený", "Vážená", "Vážení"],
    "pt": ["Excelentíssimo", "Excelentíssima", "Prezado", "Prezada", "Senhor", "Senhora"],
    # (Session 29, imp29f: "Signor Presidente", "Illustre Ministro", "Onorevole ...".)
    "it": ["Egregio", "Gentile", "Eccellenza", "Signor", "Signora", "Illustre", "Onorevole"],
    "nl": ["Geachte", "Hooggeachte", "Excellentie", "Beste"],
}  # fmt: skip
# Session 11: the languages added and those the table missed.
SALUTATION_WORDS.update({
    "el": ["Αξιότιμε", "Αξιότιμη", "Αξιότιμοι", "Εξοχότατε", "Εξοχότατη", "Αγαπητέ", "Αγαπητή",
           "Κύριε"],
    "hu": ["Tisztelt", "Kedves", "Excellenciás", "Nagyméltóságú"],
    "tr": ["Sayın", "Ekselansları", "Değerli", "Saygıdeğer"],
    "ru": ["Уважаемый", "Уважаемая", "Уважаемые", "Ваше Превосходительство", "Глубокоуважаемый",
           "Глубокоуважаемая"],
    "uk": ["Шановний", "Шановна", "Шановні", "Ваша Ексцеленціє", "Вельмишановний",
           "Вельмишановна"],
    "bg": ["Уважаеми", "Уважаема", "Ваше Превъзходителство"],
    "hr": ["Poštovani", "Poštovana", "Cijenjeni", "Uvaženi", "Uvažena", "Vaša Ekscelencijo",
           "Vaša Ekselencijo"],
    "sl": ["Spoštovani", "Spoštovana", "Vaša ekscelenca"],
    "ro": ["Stimate", "Stimată", "Stimați", "Excelența Voastră", "Excelență", "Domnule"],
    "et": ["Austatud", "Lugupeetud"],
    "lv": ["Godātais", "Godātā", "Cienījamais", "Cienījamā", "Augsti godātais",
           "Augsti godātā"],
    "lt": ["Gerbiamasis", "Gerbiamoji", "Gerbiamas", "Gerbiama", "Jūsų Ekscelencija"],
    "is": ["Kæri", "Kæra", "Ágæti", "Ágæta", "Háttvirti"],
    "nb": ["Kjære", "Deres Eksellense"],
    "da": ["Kære", "Deres Excellence"],
    "ca": ["Benvolgut", "Benvolguda", "Benvolguts", "Excel·lentíssim", "Excel·lentíssima",
           "Senyor", "Senyora"],
    "cs": ["Vážený", "Vážená", "Vážení"],
    "ko": ["존경하는", "친애하는"],
    "fa": ["جناب آقای", "سرکار خانم", "عالیجناب"],
    "he": ["כבוד", "הוד מעלתך", "שלום רב"],
    "id": ["Yang Terhormat", "Yth.", "Yang Mulia", "Dengan hormat"],
    "ms": ["Yang Berhormat", "Yang Amat Berhormat", "Tuan Yang Terutama"],
    "tl": ["Mahal na", "Kagalang-galang na"],
    "sw": ["Mheshimiwa"],
    "ar": ["سيادة", "معالي", "فخامة", "صاحب الجلالة", "صاحب السمو"],
})  # fmt: skip
# (Rounds 30c and 30g: the rows are added to a language's words, not put in their place: "it"
# had lost "Eccellenza", "Egregio", "Gentile", "Signor", "ar" its "فخامة", "معالي".)
_merge(SALUTATION_WORDS, rows.SALUTATION_WORDS)
# Greetings to the readers of a bulletin, not to an official ("Dear friends,").
READER_GREETING = re.compile(
    r"\b(?:friends?|supporters?|members?(?!\s+of\b)|colleagues?|activists?|all|amig[oa]s|compañer[oa]s"
    r"|amis|amies|chers\s+membres|freunde|freundinnen|unterstützer\w*|ystävät"
    # The members of a movement or union greeted as kin or comrades, in many languages.
    r"|sisters|brothers|comrades|everyone|affiliates|hermanas|hermanos|camaradas|irmãs|irmãos"
    r"|sœurs|soeurs|frères|camarades|schwestern|brüder|genoss\w+|kolleg\w+|compagn[ie]"
    r"|sorelle|fratelli|zusters|broeders|kamrater|kammerater|søstre|brødre|systrar|bröder"
    r"|siostry|bracia|towarzysze|сёстры|сестры|братья|товарищи|сестри|брати|товариші)\b",
    re.IGNORECASE,
)
# "Or" between two quoted greetings ("„Dear Governor“ oder „Sehr geehrte Frau Gouverneurin“"),
# folded: the same greeting in two languages.
OR_WORDS = frozenset(
    """or oder ou o u of eller tai vai vagy lub albo nebo alebo ili или або или ή veya yoki
    atau hoac sau ose ali""".split()  # noqa: SIM905
)
# Openers that never start a name or an address line: a short line starting with one is a
# salutation even without its comma ("Dear President X").
SALUTATION_ONLY = [
    "Dear", "Your Excellency", "Your Majesty", "Your Highness", "Estimado", "Estimada",
    "Estimados", "Excelentísimo", "Excelentísima", "Distinguido", "Distinguida", "Cher", "Chère",
    "Sehr geehrter", "Sehr geehrte", "Sehr geehrtes", "Arvoisa", "Hyvä", "Bästa", "Ärade",
    "Szanowny", "Szanowna", "Szanowni", "Vážený", "Vážená", "Prezado", "Prezada", "Egregio",
    "Geachte", "Hooggeachte",
]  # fmt: skip
SALUTATION_ONLY += rows.SALUTATION_ONLY
# (The words alone on their line are a greeting too: a slide or a card prints "Your
# Excellency" without its comma.)
SALUTATION_ONLY_START = re.compile(rf"^(?:{_alternatives(SALUTATION_ONLY)})(?=[\s,:]|$)")
_ALL_SALUTATIONS = _every_word(SALUTATION_WORDS)
SALUTATION_START = re.compile(
    rf"^(?:{_every_word(SALUTATION_WORDS)})(?=[\s,:])"
    rf"|^(?:{_alternatives(rows.SALUTATION_WORDS_UNSPACED)})(?=\S)"
)
# The field labels again, "Introduction:" among them only over a greeting on its line
# ("Inledning: Ers excellens", not "Inledning: Aktivisten ... greps ...").
FIELD_LABEL = re.compile(
    rf"(?<![\w@/])({_every_word(FIELD_LABELS)}"
    rf"|(?:{_alternatives(INTRODUCTION_LABELS)})(?=\s*[:：]\s*[\"“«„'‘]?"
    rf"(?:{_ALL_SALUTATIONS}|{_alternatives(SALUTATION_ONLY)})(?=[\s,:!]|$)))\.?\s*[:：]",
    re.IGNORECASE,
)
# The opening line of a model letter: a salutation of a few words ending in "," or ":".
LETTER_OPENING = re.compile(
    rf"^(?:(?:{_every_word(SALUTATION_WORDS)})(?=[\s,:])"
    rf"|(?:{_alternatives(rows.SALUTATION_WORDS_UNSPACED)})(?=\S))"
    r"[^\n,:.!?，：]{0,60}[,:،，：]$",
    re.MULTILINE,
)
# The same opening inside a flattened line ("SAMPLE LETTER Dear Counsellor, I am ...").
LETTER_OPENING_INLINE = re.compile(
    rf"(?:^|(?<=[A-Z]{{2}}\s)|(?<=[:.]\s))(?:{_ALL_SALUTATIONS})"
    r"\s[^\n,:.!?]{1,60}[,:](?=\s+[A-ZÀ-Ý])",
    re.MULTILINE,
)
# How a message signs off before its writer's name ("Thanks for writing,", "Best wishes,",
# "Un saludo,"): the block under it is the sender's signature, no recipient.
SIGN_OFF = re.compile(
    r"^(?:thanks?(?:\s+you)?(?:\s+for\s+[\w\s']{1,30})?|many\s+thanks|best\s+wishes"
    r"|(?:kind|best|warm)\s+regards|regards|in\s+solidarity|cheers|saludos|un\s+saludo"
    r"|saludos\s+cordiales|cordialement|bien\s+à\s+vous|amitiés|solidairement"
    r"|herzliche\s+grüße|viele\s+grüße|liebe\s+grüße|beste\s+grüße|cordiali\s+saluti"
    r"|un\s+caro\s+saluto|grazie(?:\s+mille)?|saudações|abraços|obrigad[oa]"
    r"|met\s+vriendelijke\s+groet(?:en)?|hartelijke\s+groet(?:en)?|vänliga\s+hälsningar"
    r"|med\s+vänlig\s+hälsning|hälsningar|venlig\s+hilsen|med\s+vennlig\s+hilsen"
    # (Session 20: the one-word sign-offs of more languages.)
    r"|hilsen|hilsener|hilsning|terveisin|pozdrawiam|s\s+pozdravem|groeten|grüße|saluti)"
    r"\s*[,!.]?$",
    re.IGNORECASE,
)
LETTER_CLOSING = re.compile(
    r"^(?:Yours (?:sincerely|faithfully|respectfully|truly)|Sincerely|Atentamente"
    r"|Le saluda atentamente|Respectfully(?: yours)?(?=[ \t]*[,.]?[ \t]*$)|Veuillez agréer"
    r"|Je vous prie d['’]agréer"
    r"|Mit freundlichen Grüßen|Hochachtungsvoll|Ystävällisin terveisin|Kunnioittavasti"
    # (Session 23: the formal closings of more languages, as letters to officials end.)
    r"|Atenciosamente|Respeitosamente|Distinti saluti|Con osservanza|Hoogachtend"
    r"|Met de meeste hoogachting|Z poważaniem|Med vänlig hälsning|Med vennlig hilsen"
    r"|S úctou|S pozdravem|Saygılarımla|С уважением|Üdvözlettel|Cu stimă)\b",
    re.MULTILINE | re.IGNORECASE,
)
# First-person requests in a model letter.
LETTER_ASK = re.compile(
    r"\b(?:I|we)\s+(?:therefore\s+|respectfully\s+|also\s+)?(?:urge|call on|ask|request|implore)"
    r"\s+you\b|\bplease\s+(?:ensure|release|guarantee)\b|\ble\s+(?:insto|pido|exhorto|solicito)\b"
    r"|\bles\s+(?:insto|pido)\b|\bje\s+vous\s+(?:demande|prie|exhorte|engage)\b"
    r"|\bich\s+(?:fordere|bitte)\s+sie\b|\bich\s+appelliere\b",
    re.IGNORECASE,
)
PREFERRED_LANGUAGE = re.compile(
    r"(?:preferred language(?: to address (?:the )?targets?)?|idioma preferido|langue préférée"
    r"|bevorzugte sprache)\s*[:：]\s*([^\n]+)",
    re.IGNORECASE,
)

# Words before a person's name that say it is a person ("journalist X", "Mr X"), per language.
PERSON_CUES = [
    # courtesy titles (Spanish and Portuguese ones of a degree too: "Lic.", "Ing.", "Dra.")
    "M", "Mme", "Mlle", "Sr", "Sra", "Srta", "Don", "Doña", "Dña", "Lic", "Ing", "Dra",
    "Senhor", "Senhora",
    # en
    "Mr", "Ms", "Mrs", "Messrs", "Dr", "journalist", "activist", "defender", "lawyer", "blogger",
    "student", "students", "poet", "writer", "prisoner of conscience", "son", "daughter", "father",
    "mother", "brother", "sister", "husband", "wife", "leader", "trade unionist", "teacher",
    # es
    "periodista", "activista", "defensor", "defensora", "abogado", "abogada", "estudiante",
    "sindicalista", "líder", "lideresa", "hijo", "hija", "padre", "madre", "hermano", "hermana",
    # fr
    "journaliste", "militant", "militante", "défenseur", "défenseure", "avocat", "avocate",
    "étudiant", "étudiante", "fils", "fille",
    # de
    "Journalist", "Journalistin", "Aktivist", "Aktivistin", "Menschenrechtler",
    "Menschenrechtlerin", "Menschenrechtsverteidiger", "Menschenrechtsverteidigerin", "Anwalt",
    "Anwältin", "Bloggerin", "Student", "Studentin", "Vater", "Mutter", "Sohn", "Tochter",
    "Herr", "Frau",
    # pt
    "ativista", "activista", "jornalista", "advogado", "advogada", "defensora", "estudante",
    "sindicalista", "líder", "Sr", "Sra", "Dra",
    # nl
    "advocaat", "advocate", "journaliste", "activiste", "mensenrechtenverdediger", "student",
    "studente", "dhr", "mevrouw", "de heer",
    # it
    "giornalista", "attivista", "avvocato", "avvocata", "studente", "studentessa", "difensore",
    "difensora", "sindacalista", "fratello", "sorella", "marito", "moglie", "figlio", "figlia",
    "sig", "sig.ra", "dott",
    # clergy, as a courtesy title or as who someone is
    "Fr", "Rev", "Father", "Reverend", "Pastor", "priest", "Imam", "Padre", "Père", "Pfarrer",
    "Pater", "Sister",
    # pl, cs, sk, sv
    "dziennikarka", "dziennikarz", "aktywista", "aktywistka", "obrońca", "obrończyni",
    "prawnik", "prawniczka", "bloger", "blogerka", "operator", "student", "studentka",
    "novinář", "novinářka", "novinár", "novinárka", "aktivista", "aktivistka", "obhájce",
    "obhájkyně", "obhajca", "právník", "právnička", "blogerka", "bloger", "pan", "paní",
    "kameraman", "kameramanka", "fotograf", "fotografka", "reportér", "reportérka", "učitel",
    "učitelka", "syn", "dcera", "otec", "matka", "bratr", "sestra", "manžel", "manželka",
    "cameraman", "camerawoman", "photographer", "reporter", "camarógrafo", "camarógrafa",
    "journalisten", "aktivisten", "studenten", "advokaten", "försvararen",
    # more words for who someone is, in the languages above
    "rapper", "singer", "musician", "artist", "organiser", "organizer", "spokesperson",
    "coordinator", "rapero", "rapera", "cantante", "dirigente", "comunicador", "comunicadora",
    "coordinador", "coordinadora", "rappeur", "rappeuse", "syndicaliste", "opposant",
    "opposante", "blogueur", "blogueuse", "coordinateur", "coordinatrice", "frère", "sœur",
    "mari", "épouse", "Bruder", "Schwester", "Ehemann", "Ehefrau", "Gewerkschafter",
    "Gewerkschafterin", "irmão", "irmã", "marido", "esposa", "cantor", "cantora",
    # asking for someone's release names a person: "release X", "libertem X"
    "release", "releasing", "free", "libertem", "libertar", "liberte", "liberen", "libere",
    "liberar", "libérer", "libérez", "liberare", "liberate", "rilasciare", "scarcerare",
    "vrijlaten",
]  # fmt: skip
# Session 11's languages: who someone is, before their name ("Η δημοσιογράφος X").
PERSON_CUES += [
    # el
    "δημοσιογράφος", "ακτιβιστής", "ακτιβίστρια", "υπερασπιστής", "υπερασπίστρια", "δικηγόρος",
    "φοιτητής", "φοιτήτρια", "συνδικαλιστής", "συνδικαλίστρια",
    # hu
    "újságíró", "aktivista", "jogvédő", "ügyvéd", "diák", "egyetemista",
    # tr
    "gazeteci", "aktivist", "avukat", "öğrenci", "öğrencisi", "sendikacı",
    "insan hakları savunucusu",
    # (Turkish names a relative with a possessive: "kızı X", his or her daughter X.)
    "kızı", "oğlu", "eşi", "annesi", "babası", "kardeşi", "öğretmen", "öğretmeni",
    "kameraman", "muhabir", "fotoğrafçı",
    # ru, uk, bg
    "журналист", "журналистка", "активист", "активистка", "правозащитник", "правозащитница",
    "адвокат", "студент", "студентка", "профсоюзный", "журналіст", "журналістка", "активіст",
    "активістка", "правозахисник", "правозахисниця", "журналистът", "активистът",
    "адвокатът", "журналистката", "активистката", "студентът",
    # hr, sr, sl, ro
    "novinarka", "novinar", "aktivistkinja", "branitelj", "braniteljica", "odvjetnik",
    "advokat", "odvetnik", "novinarja", "jurnalistul", "jurnalista", "activistul", "activista",
    "avocatul", "studentul",
    # id, ms, tl, sw
    "aktivis", "mahasiswa", "jurnalis", "wartawan", "pengacara", "pembela", "peguam",
    "mamamahayag", "aktibista", "mwanahabari", "mwanaharakati", "mwanafunzi", "wakili",
]  # fmt: skip
PERSON_CUES += rows.PERSON_CUES
# Arabic: the words before a person's name that say it is a person ("الصحفي" journalist,
# "المحامية" lawyer), and the words after a name that end it ("في" in, "البالغ" aged).
ARABIC_PERSON_CUES = """الصحفي الصحفية الناشط الناشطة المدافع المدافعة المحامي المحامية الطالب
    الطالبة المدون المدونة الكاتب الكاتبة الشاعر الشاعرة المعتقل المعتقلة السجين السجينة
    الأستاذ الأستاذة المعلم المعلمة الطبيب الطبيبة النقابي النقابية السيد السيدة""".split()  # noqa: SIM905
ARABIC_NAME_ENDS = """في من إلى على البالغ البالغة الذي التي يوم بعد منذ عن مع وهو وهي أن لأنه
    لأنها""".split()  # noqa: SIM905
# Chinese and Japanese (Han script, no capitals): the words right before a person's name
# that say it is a person (lawyer, journalist, activist, wife ...; simplified and traditional
# forms), the usual family names a name starts with (one character, or two), and the
# characters that follow a name and are no part of it ("说" said, "被" was, "于" on ...).
HAN_PERSON_CUES = """律师 律師 记者 記者 维权人士 維權人士 活动人士 活動人士 人权捍卫者 人權捍衛者
    异见人士 異見人士 作家 诗人 詩人 学者 學者 教师 教師 老师 老師 牧师 牧師 学生 學生 博主
    工人 农民 農民 妻子 其妻 之妻 丈夫 其夫 之夫 母亲 母親 父亲 父親 儿子 兒子 女儿 女兒
    弁護士 活動家 ジャーナリスト 教員""".split()  # noqa: SIM905
HAN_SURNAMES_2 = """欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 东方 東方 夏侯 皇甫 尉迟 尉遲 公孙 公孫
    慕容 令狐 长孙 長孫 宇文 司徒 申屠 端木 佐藤 鈴木 高橋 田中 渡辺 伊藤 山本 中村 小林 加藤
    吉田 山田 佐々木 山口 松本 井上 木村 清水""".split()  # noqa: SIM905
HAN_SURNAMES_1 = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅高郑鄭梁谢謝宋唐许許"
    "韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚"
    "陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚"
    "龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂"
    "聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季"
    "裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时"
    "時穆农農司卓古吉缪繆简簡车車项項连連芦麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫"
    "衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲"
    "虞敖巩鞏明佘池查麻苑迟遲邝鄺伊"
    # (session 27, imp27a: Xi, and Wu as Japanese writes it)
    "习習呉"
)
HAN_AFTER_NAME = frozenset(
    "说說称稱被于於在的和与與是已曾等及因向对對为為也都将將则則就表示指出告诉訴"
)
# Words that are never part of a person's name: places, bodies and things that are written
# with capitals in names of organisations, courts and events.
NOT_NAME_WORDS = """committee commission region province department district county state
    court tribunal prison centre center detention river rivers park national municipal public
    assets university school church mosque army police ministry office council assembly
    parliament congress party movement union association foundation network federation
    organisation organization agency bureau service services station camp airport street square
    city town village community communities human rights international amnesty urgent action
    appeal appeals letter letters update jailed sentenced detained released arrested released
    comision comité tribunal corte fiscalia departamento municipio estado provincia
    derechos humanos personas corporacion fundacion asociacion prensa droits homme
    college colleges act acts road house hall beach avenue institute institution section seccao
    seccion fundacao instituto
    gefangnis regierung haft jahre jahren monate monaten majestat exzellenz hoheit
    universidad universite universitat universidade universita uniwersytet cuerpo corps guardia
    resguardo cabildo cabildos resguardos comunidad comunidades brigada batallon regimiento
    ejercito policia
    amnistia amnistie internacional internazionale internationale naciones unidas nazioni unite
    nations united sezione sektion groep gruppo grupo group gruppe programa programma programme
    program acao accion azione code codigo residents democratic educacao educacion rua acoes
    acciones azioni urgente urgentes studentengroep werkgroep solidarity solidaridad solidarite
    solidariedade solidarieta worldwide pilna pilne pilnych akcja akcje akcji""".split()  # noqa: SIM905
# Session 14: the same words in more languages ("Acil Eylem", "Aksi Mendesak": urgent action;
# "Kadın Hakları": women's rights; "Universitas"), "Task Force" (a security unit), and the
# short forms of a street's kind that end its name ("Grandview Ave").
NOT_NAME_WORDS += """acil eylem eylemler haklari aksi mendesak universitas kampus task force
    forces ave blvd""".split()  # noqa: SIM905
# Session 18: the kind of a publisher's document in its name ("Press Freedom
# Alert", "Weekly Bulletin"), and the ends of a place's name ("Green Valley").
NOT_NAME_WORDS += """alert alerts bulletin newsletter valley""".split()  # noqa: SIM905
# Endings of common nouns (German capitalises them) that no personal name has.
# Numbers written out: capitalised words after one are a quantity ("zu acht Jahren Haft"),
# not a name.
NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve fifteen twenty dos tres cuatro
    cinco seis siete ocho nueve diez doce quince veinte deux trois quatre cinq sept huit neuf
    dix douze quinze vingt zwei drei vier fünf sechs sieben acht neun zehn elf zwölf fünfzehn
    zwanzig""".split()  # noqa: SIM905
)
# Words that open a place's name, not a person's ("San Pedro Yolox", "Saint-Louis").
PLACE_STARTS = frozenset("san santa santo são sao saint sainte st sankt".split())  # noqa: SIM905
# Capitalised words that open a place's name in languages that capitalise nouns ("Bezirk
# Loliondo", "Schutzgebiet Ngorongoro"): a run opening with one is a place.
PLACE_STARTS |= frozenset(
    """bezirk landkreis kreis provinz gemeinde dorf schutzgebiet nationalpark region""".split()  # noqa: SIM905
)
# Session 14: words that open a street's or a place's name, in the languages that put them
# first ("Route de X", "Calle X", "Pulau X", an island): a run opening with one is no person.
PLACE_STARTS |= frozenset(
    """route chemin rue avenue boulevard calle avenida carrera via viale piazza rua travessa
    carrer avinguda straat laan plein jalan jl pulau gunung kampung desa kepulauan""".split()  # noqa: SIM905
)
# Nouns, in lowercase, that say the capitalised words right after them (past up to two
# qualifying words and "of"/"de") name a place: "la comunidad de Villa Ejemplo",
# "comunidade Yvy Porã", "un tribunale di Città Esempio".
PLACE_NOUNS = """community communities village town city district province region county
    comunidad comunidades aldea pueblo ciudad municipio distrito provincia región departamento
    comunidade comunidades aldeia vila cidade município distrito província região
    communauté village ville commune district province région département
    comunità villaggio città comune distretto provincia regione tribunale
    gemeenschap dorp stad gemeente provincie district
    gmina wieś miasto powiat województwo
    department dipartimento departament departamencie departamentu gminie powiecie
    województwie miejscowości""".split()  # noqa: SIM905
# Nouns for someone's part in a community or a group: after "community" or "union" they say
# a person's name follows ("the community member X", "un miembro del sindicato X").
ROLE_NOUNS = frozenset(
    """member members miembro miembros membre membres membro membros mitglied mitglieder lid
    leden elder elders chief resident residents residente residentes habitante habitantes
    morador moradores vecino vecina vecinos habitant habitants representative representante
    representantes représentant représentante rappresentante founder fundador fundadora
    fondateur fondatrice fondatore""".split()  # noqa: SIM905
)
# Nouns, in lowercase, that say the capitalised words right after them name an organisation,
# a group or a medium, not a person: "la asociación Colectiva Arcoíris", "the organisation
# Katribu ...", "el grupo paramilitar Águilas Negras", "the independent outlet Meydan ...".
ORGANISATION_NOUNS = """organisation organization group association collective network
    coalition federation union movement party platform outlet newspaper magazine website
    station company branch alliance
    organización organizacion asociación asociacion grupo colectivo colectiva red coalición
    federación sindicato movimiento partido plataforma medio periódico diario revista emisora
    empresa corporación corporacion fundación fundacion
    organisation association groupe collectif réseau coalition fédération syndicat mouvement
    parti plateforme journal média station entreprise
    organização organizacao associação associacao coletivo coletiva rede coalizão federação
    movimento partido plataforma jornal emissora empresa
    organizzazione associazione gruppo collettivo rete coalizione federazione sindacato
    movimento partito piattaforma giornale emittente
    organisatie vereniging groep collectief netwerk coalitie federatie vakbond beweging partij
    krant zender
    organizacja stowarzyszenie grupa sieć koalicja federacja związek ruch partia gazeta
    organisationen föreningen gruppen nätverket nyhetssajten tidningen radiostationen
    organisasjonen foreningen gruppen nettverket avisen radiostasjonen nettstedet
    tribe tribu etnia povo
    weekly daily tabloid broadcaster channel portal semanario semanal hebdomadaire quotidien
    wochenzeitung zeitung settimanale quotidiano""".split()  # noqa: SIM905
# What keeps a released person at risk, said after the release ("released on bail but still
# faces charges", "remis en liberté mais reste inculpé").
STILL_AT_RISK = re.compile(
    r"\b(?:but|yet|although|though|pero|aunque|mais|cependant|aber|jedoch|ma|però|mas|porém"
    r"|maar|men|ale)\s+(?:[\w’']+\s+){0,3}?(?:still|remains?|continues?|faces?|reste|restent"
    r"|toujours|sigue|siguen|continúa|continúan|weiterhin|noch|bleibt|resta|restano|ancora"
    r"|continua|continuam|blijft|nog)\b",
    re.IGNORECASE,
)
# Capitalised words that end an organisation's name: a run of names right before one is part
# of the body's name ("the Kurdistan Regional Government", "Westminster Presbyterian Church").
BODY_WORDS = frozenset(
    """party movement union association foundation network federation organisation
    organization university church army front alliance coalition collective brigade
    partido movimiento sindicato asociación fundación red federación universidad iglesia
    parti mouvement syndicat fondation réseau fédération université église""".split()  # noqa: SIM905
)
# Capitalised words that end the name of a medium or a watchdog ("Example TV", "Freedom
# Watch", "Radio Ejemplo" is caught by its first word): a run of names ending in one is no
# person. Also the titles of a post a contact holds ("Press Officer").
MEDIUM_WORDS = frozenset(
    """tv radio news watch media press times tribune gazette herald coalition officer
    coordinator coordinatrice koordinatorin referent referentin""".split()  # noqa: SIM905
)
# Words that give a contact right before a name ("For more information contact X",
# "Ansprechpartnerin: X", "contactez X"): the publisher's staff, not someone at risk.
CONTACT_CUE = re.compile(
    r"(?:\bcontact|contactez|contacte|contactar|contacta|kontaktieren\s+sie|kontakt|ansprechpartner"
    r"|ansprechpartnerin|contattare|contattate|neem\s+contact\s+op\s+met|skontaktuj\s+się\s+z)"
    r"\s*:?\s+$",
    re.IGNORECASE,
)
# What a sentence says when someone was released ("released without charge", "è stato
# rilasciato"): a name every mention of which is in such a sentence is no longer at risk.
RELEASED = re.compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?!not\b|never\b)\w+\s+)?(?:released|freed)"
    r"|released\s+(?:without\s+charge|on\s+bail|unconditionally)|welcom\w*\s+(?:the\s+)?release"
    r"|(?:fue|fueron|ha\s+sido|han\s+sido)\s+(?:liberad[oa]s?|excarcelad[oa]s?|puest[oa]s?\s+en"
    r"\s+libertad)|(?:quedó|quedaron|salió|salieron)\s+en\s+libertad"
    r"|(?:a|ont)\s+été\s+(?:libérée?s?|relâchée?s?|remise?s?\s+en\s+liberté)"
    r"|(?:foi|foram)\s+(?:libertad[oa]s?|solt[oa]s?)"
    r"|(?:è|sono)\s+stat[oaie]\s+(?:rilasciat[oaie]|scarcerat[oaie]|liberat[oaie])"
    r"|(?:is|werd|zijn|werden)\s+(?:(?!niet\b)\w+\s+)?vrijgelaten"
    r"|(?:wurde|wurden)\s+(?:[\w.]+\s+){0,4}?freigelassen(?!\s+werden)|freigelassen\s+worden"
    # Session 14: the Nordic languages ("blev løsladt", "har släppts", "ble løslatt").
    r"|(?:blev|er|var|ble|har\s+blitt)\s+(?:løsladt|frigivet|løslatt|sluppet\s+fri)"
    r"|(?:har|hade|blev)\s+(?:släppts|frisläppts|frigivits|släppt|frisläppt))",
    re.IGNORECASE,
)
# Words of a state's or a territory's name: a line with one is not a person's name
# ("Gobernador Constitucional del Estado de Oaxaca").
STATE_WORDS = frozenset(
    """estado state república republica republic république republique republik nación nacion
    nation federación federacion federation provincia province región region département
    departamento department municipio municipality reino kingdom königreich royaume
    commonwealth""".split()  # noqa: SIM905
)
# Session 11's languages ("Fehérorosz Köztársaság", "Türkiye Cumhuriyeti"), casefolded.
STATE_WORDS |= frozenset(
    w.casefold()
    for w in """köztársaság köztársasága királyság cumhuriyeti cumhuriyet krallığı δημοκρατία
    δημοκρατίας βασίλειο республика республики королевство республіка republika republike
    republici republicii regatul vabariik republikas respublika""".split()  # noqa: SIM905
)
# Round 30e: the stems of a state's words in any case ("Rusijos Federacijos", genitive, over
# "Federacija"): a name before an office that holds one is the state's, not a person's.
STATE_STEMS = (
    "republi", "respubli", "repúbli", "républi", "federa", "federá", "federac", "kingdom",
    "königreich", "royaume", "reino", "regno", "karalyst", "karalist", "köztársaság",
    "királyság", "cumhuriyet", "krallığ", "valstyb", "valsts", "država", "drzava", "państw",
    "королев", "республик", "федерац",
)  # fmt: skip
# (German compounds of bodies too: "Bauernorganisation", "Lehrerverband", "Justizministerium".)
NOT_NAME_ENDINGS = (
    "ung", "ungen", "heit", "keit", "schaft", "ismus", "briefe", "urteile",
    "organisation", "organization", "verband", "ministerium", "kommission",
)  # fmt: skip

# --- Recipients inside sentences ("Send your appeal to the Minister ...", "Scrivi ... al
# Capo ..."): the verbs that send, the words for "to" after them, the articles before the
# recipient, and how a sentence gives the greeting ('Begin your letter "Dear Minister"').
# A new language is a new entry in each table.
SEND_VERBS: dict[str, list[str]] = {
    "en": ["send", "write", "address", "post", "mail", "email", "e-mail", "direct"],
    "es": ["envíen", "envíe", "envía", "enviá", "escriban", "escriba", "escribe", "escribí",
           "escríbele", "manda", "mande", "mandá", "enviar", "dirige", "dirigí", "dirijan"],
    "fr": ["envoyez", "écrivez", "adressez", "envoyer", "écrire", "adresser"],
    "pt": ["envie", "enviem", "escreva", "escrevam", "mande", "mandem"],
    "de": ["schreiben", "schicken", "senden", "richten", "schreibt", "schickt", "schreib",
           "schick"],
    "it": ["scrivi", "scrivete", "scrivere", "invia", "inviate", "inviare", "manda", "mandate",
           "spedisci", "spedite", "indirizza", "indirizzate", "rivolgetevi", "rivolgiti"],
    "nl": ["schrijf", "schrijft", "stuur", "stuurt", "richt", "sturen", "schrijven", "gericht"],
    "sv": ["skicka", "skriv", "mejla", "maila", "skickas", "skriva"],
    "nb": ["send", "skriv", "sendes"],
    "da": ["send", "skriv", "sendes"],
    # (Round 34b: "Γράψτε στον Υπουργό ..., κ. X Y, ..., καθώς και στην Εισαγγελέα ...".)
    "el": ["γράψτε", "στείλτε", "γράψετε", "στείλετε", "απευθυνθείτε"],
}  # fmt: skip
# Words that send a letter without a verb of sending: "Your letter goes to ...", "A carta
# deve ser dirigida ao ...", "Uma cópia deve seguir para ...". Read like the verbs above.
SEND_VERBS["en"] += ["goes", "go", "addressed", "sent"]
SEND_VERBS["es"] += ["dirigida", "dirigidas", "dirigido", "escribir", "enviada", "enviadas"]
SEND_VERBS["fr"] += ["adressée", "adressées", "envoyée", "envoyées", "part", "partent"]
SEND_VERBS["pt"] += [
    "dirigida",
    "dirigidas",
    "dirigido",
    "escrever",
    "enviar",
    "enviada",
    "enviadas",
    "endereçada",
    "seguir",
    "segue",
    "escreve",
    "envia",
]
SEND_VERBS["de"] += ["geht", "gehen", "adressieren", "schicke", "sende", "richtet"]
SEND_VERBS["it"] += ["indirizzata", "indirizzate", "inviata", "inviate", "va", "vanno"]
SEND_TO_WORDS: dict[str, list[str]] = {
    "en": ["to"],
    "es": ["a", "al"],
    "fr": ["à", "au", "aux"],
    # (Round 34b: the spoken "pro", "pra" (para o, para a), "mande uma cópia pro Ministério".)
    "pt": ["para", "ao", "à", "aos", "pro", "pra", "pros", "pras"],
    "de": ["an"],
    "it": ["a", "al", "alla", "allo", "ai", "agli", "alle"],
    "nl": ["aan", "naar"],
    "sv": ["till"],
    "nb": ["til"],
    "da": ["til"],
    # (The word for "to" joined to the article: "στον", "στην"; "στα" names a language,
    # "Γράψτε στα αγγλικά".)
    "el": ["στον", "στην", "στους", "στις", "στο"],
}  # fmt: skip
# A heading that sends, without its colon: "Envie seus apelos para", "Send your letters to".
WRITE_TO_OPEN = re.compile(
    rf"(?:please\s+)?(?:{_every_word(SEND_VERBS)})(?!\w)"
    r"[^\n:.!?,]{0,30}?\s"
    rf"(?:{_alternatives(sorted({w for ws in SEND_TO_WORDS.values() for w in ws}))})",
    re.IGNORECASE,
)
# "to" joined to the article by an apostrophe: Italian "all'Ambasciata", French "à l'".
SEND_TO_ELIDED = ["all'", "all’", "agl'", "à l'", "à l’"]
RECIPIENT_ARTICLES = ["the", "la", "el", "le", "l'", "l’", "los", "las", "o", "a", "die", "den",
                      "der", "de", "het", "il", "lo", "gli", "i"]  # fmt: skip
# The two tables as regex alternations: "to" after a verb that sends, and an article before
# the office written to ("... to the Minister", "... al Fiscal", "... à la Ministre").
SEND_TO_PATTERN = _alternatives(sorted({w for ws in SEND_TO_WORDS.values() for w in ws}))
ARTICLE_PATTERN = _alternatives([a for a in RECIPIENT_ARTICLES if not a.endswith(("'", "’"))])
# The word for "to" (of any table: with a verb that sends, or with a case, Polish "do"), an
# article, or both, before whom: a letter's inside address ("To the Minister", "Al
# Ministro", "Do Prezydenta") and a sentence's recipient ("aan de procureur-generaal, X").
# One pattern for `recipient_lines` and `passed_on` (session 25h); it may match nothing.
_ALL_TO_WORDS = sorted(
    {w for t in (SEND_TO_WORDS, rows.SEND_TO_WORDS_MORE) for ws in t.values() for w in ws}
)
TO_BEFORE_OFFICE = re.compile(
    rf"^(?:(?:{_alternatives(_ALL_TO_WORDS)})"
    rf"(?:\s*[:：])?\s+)?(?:(?:{ARTICLE_PATTERN})\s+)?",
    re.IGNORECASE,
)
# Round 36c: the same word for "to" with its article inside a line, after a sentence's words
# ("Schreiben Sie bitte auch an den Generalstaatsanwalt"): where the office starts.
TO_INSIDE_BEFORE_OFFICE = re.compile(
    rf"\s(?:{_alternatives(_ALL_TO_WORDS)})\s+(?:{ARTICLE_PATTERN})\s+(?=\S)", re.IGNORECASE
)
# "Salutation for the President: Dear Mr President", "Anrede für den Präsidenten: ...": a
# greeting printed apart from the blocks, naming the office whose it is.
SALUTATION_FOR = re.compile(
    rf"^\(?(?:{_alternatives(FIELD_LABELS['salutation'])})\s+(?:for|to|für|an|pour|para|per|voor"
    r"|dla)\s+(?:(?:the|den|die|der|das|dem|le|la|les|el|los|las|il|lo|de|het|a)\s+|l['’])?"
    r"(?P<office>[^:：()]{2,60}?)\s*[:：]\s*(?P<greeting>[^()]{2,80}?)\)?\s*$",
    re.IGNORECASE,
)
# "... to the members of the Board", after the word for "to" (and its article): a body's
# members, written to as the body.
RECIPIENT_MEMBERS = ["members of", "each member of", "all members of", "each of the members of",
                     "miembros de", "integrantes de", "membres de", "membros de", "Mitglieder",
                     "membri", "leden van"]  # fmt: skip
# "... to the following officials:", after the word for "to".
RECIPIENT_LIST_INTROS = ["the following officials", "the following authorities",
                         "the following people", "the following", "los siguientes funcionarios",
                         "las siguientes autoridades", "las siguientes personas",
                         "les autorités suivantes", "les personnes suivantes",
                         "folgende Stellen", "folgende Personen", "le seguenti autorità",
                         "as seguintes autoridades", "de volgende personen"]  # fmt: skip
# How a sentence says how to begin the letter; the greeting follows in quotes.
GREETING_INTROS: dict[str, list[str]] = {
    "en": [r"(?:begin|start|open)(?:ning)?\s+(?:your\s+|the\s+)?(?:letters?|appeals?|e-?mails?"
           r"|messages?)(?:\s+with)?", r"address\s+(?:him|her|them)\s+as",
           r"with\s+the\s+(?:salutation|greeting)",
           r"(?:begin|start|open)\s+with"],
    "es": [r"(?:comience|empiece|empieza|empezá|comienza|comenzá|inicie|inicia)\s+(?:su\s+|tu\s+)?"
           r"(?:carta|correo|mensaje|llamamiento)\s+con", r"con\s+el\s+(?:saludo|tratamiento)"],
    "fr": [r"(?:commencez|commencer|débutez)\s+(?:votre\s+|vos\s+)?(?:lettres?|courriers?"
           r"|messages?)\s+par", r"avec\s+la\s+formule(?:\s+d['’]appel)?", r"commencez\s+par"],
    "pt": [r"(?:comece|inicie)\s+(?:a\s+)?(?:sua\s+)?(?:carta|mensagem|apelo)\s+com",
           r"(?:comece|inicie)\s+com", r"com\s+a\s+sauda[çc][ãa]o"],
    "sv": [r"(?:inled|börja|inleds)\s+(?:brevet\s+|mejlet\s+)?med", r"med\s+hälsningen"],
    "de": [r"(?:beginnen|eröffnen)\s+sie\s+(?:ihren|ihr|ihre)\s+(?:brief|schreiben|e-?mail"
           r"|appell)\s+mit", r"(?:beginne|beginnt)\s+(?:deinen|euren|dein)\s+(?:brief|e-?mail)"
           r"\s+mit", r"mit\s+der\s+anrede", r"beginnen\s+sie\s+mit"],
    "it": [r"(?:inizia|iniziate|comincia|cominciate|apri|aprite)\s+(?:la\s+|le\s+|il\s+|l['’])?"
           r"(?:tua\s+|vostra\s+|vostre\s+)?(?:lettera|lettere|e-?mail|messaggio|appello)\s+con"],
    "nl": [r"(?:begin|start)\s+(?:je|uw)\s+(?:brief|e-?mail|bericht)\s+met",
           r"met\s+de\s+aanhef"],
    "ca": [r"(?:comenceu|comença|comenci|inicieu)\s+(?:la\s+|les\s+|el\s+)?(?:vostra\s+)?"
           r"(?:carta|cartes|correu|missatge)\s+amb", r"amb\s+la\s+salutació"],
}  # fmt: skip

GREETING_INTROS["en"].append(r"(?:beginning|starting|opening)\s+with")
GREETING_INTROS["es"].append(r"(?:comenzando|empezando|iniciando)\s+con")
GREETING_INTROS["fr"].append(r"en\s+commençant\s+par")
GREETING_INTROS["pt"].append(r"(?:começando|iniciando)\s+com")
GREETING_INTROS["de"].append(r"beginnend\s+mit")
GREETING_INTROS["it"].append(r"(?:iniziando|cominciando)\s+con")

# Labels of a recipient's own lines in a block written as a form ("Nombre: X", "Cargo: Fiscal
# General", "Organisation: ..."): the label goes, the line stays; a name label opens a block.
WHO_LABELS: dict[str, list[str]] = {
    "name": ["Name", "Full name", "Nombre", "Nombre y apellidos", "Nom", "Nom et prénom", "Nome",
             "Naam", "Nimi", "Imię i nazwisko"],
    "recipient": ["Destinatario", "Destinataire", "Recipient", "Empfänger", "Empfängerin",
                  "Destinatário", "Adresat", "Ontvanger", "Mottagare",
                  # session 24 (imp24a): ru, uk, bg/mk, el, ka, hy, kk "addressee", "recipient"
                  "Адресат", "Адресаты", "Адресати", "Получатель", "Одержувач", "Получател",
                  "Примач", "Παραλήπτης", "Παραλήπτες", "ადრესატი", "Հասցեատեր", "Алушы"],
    "title": ["Title", "Position", "Office", "Post", "Cargo", "Puesto", "Fonction", "Titre",
              "Qualité", "Funktion", "Amt", "Position/Amt", "Carica", "Ruolo", "Functie",
              "Função", "Stanowisko", "Tehtävä", "Befattning", "Stilling"],
    "organisation": ["Organisation", "Organization", "Institution", "Institución", "Organismo",
                     "Organisme", "Behörde", "Institution/Behörde", "Instituição", "Órgão",
                     "Ente", "Instelling", "Organisatie", "Instytucja"],
}  # fmt: skip
# An envelope's "to whom" (language_rows.ENVELOPE_WHO): a form label whose value repeats the
# recipient a block names above it.
WHO_LABELS["envelope"] = [w for ws in rows.ENVELOPE_WHO.values() for w in ws]
_WHO_NAMES = {label.casefold(): kind for kind, labels in WHO_LABELS.items() for label in labels}
WHO_LABEL = re.compile(
    rf"^({_every_word(WHO_LABELS)})\s*[:：]\s*(?=\S)",
    re.IGNORECASE,
)


def who_label_kind(label: str) -> str:
    """ "Cargo" -> "title", "Nombre" -> "name"."""
    return _WHO_NAMES[re.sub(r"\s+", " ", label).casefold()]


def who_label_kind_or_none(label: str) -> str | None:
    """who_label_kind for any text: None when it is no label of WHO_LABELS."""
    return _WHO_NAMES.get(re.sub(r"\s+", " ", label).casefold())


# Names of a table's columns beside the labels above (WHO_LABELS, ADDRESS_LABEL, FIELD_LABELS,
# a "copies" word): a heading row of a table of recipients ("Naam; Functie; Adres;
# Postcode/Plaats; Land; Soort") names several of them (round 35b). A "role" column says of
# each row whether it is a copy.
COLUMN_LABELS: dict[str, list[str]] = {
    "place": ["City", "Town", "Place", "Postcode", "Postal code", "Zip", "ZIP code", "Ciudad",
              "Localidad", "Código postal", "CP", "Ville", "Code postal", "Localité", "Ort",
              "PLZ", "Stadt", "Cidade", "CEP", "Città", "CAP", "Plaats", "Woonplaats",
              "Stad", "Miasto", "Kod pocztowy", "Město", "PSČ", "Ort/PLZ", "Postort",
              "Postnummer", "Kaupunki", "Postinumero"],
    "country": ["Country", "País", "Pays", "Land", "Staat", "Paese", "Kraj", "Stát", "Maa",
                "Ország", "Ülke", "Страна", "Країна", "Χώρα"],
    "role": ["Role", "Type", "Kind", "Rol", "Rolle", "Rôle", "Tipo", "Art", "Soort", "Typ",
             "Funzione del destinatario", "Primary/copy", "Copy/primary", "Primary / copy"],
    "email": ["E-mail address", "Email address", "Correo electrónico", "Correo", "Courriel",
              "Adresse e-mail", "E-Mail-Adresse", "E-mailadres", "Endereço eletrônico"],
    "street": ["Street", "Calle", "Rue", "Straße", "Strasse", "Straat", "Rua", "Via", "Ulica",
               "Address 1", "Address 2", "Address 3", "Address line 1", "Address line 2"],
}  # fmt: skip
_COLUMN_NAMES = {
    label.casefold(): kind for kind, labels in COLUMN_LABELS.items() for label in labels
}


def column_label_kind(label: str) -> str | None:
    """ "Plaats" -> "place", "Soort" -> "role"; None for a name no table here holds."""
    return _COLUMN_NAMES.get(re.sub(r"\s+", " ", label.strip()).casefold())


# (Mend 35b) Names of a table's columns that a table of the people at risk or of events
# holds and a table of recipients does not (an age, a date, a time): a heading row with one
# of them is no table of recipients unless a column names what only a recipient has (a
# salutation, an e-mail address or a fax number, a role); an office's column is not enough.
OTHER_COLUMN_LABELS: dict[str, list[str]] = {
    "age": ["Age", "Edad", "Âge", "Alter", "Idade", "Età", "Leeftijd", "Wiek", "Ålder", "Alder",
            "Ikä", "Věk", "Vek", "Életkor", "Yaş", "Возраст", "Вік", "Ηλικία", "Umur"],
    "date": ["Date", "Fecha", "Datum", "Data", "Päivämäärä", "Päivä", "Dato", "Dátum",
             "Tarih", "Дата", "Ημερομηνία", "Tanggal", "Date of birth", "Date of arrest",
             "Fecha de nacimiento", "Fecha de detención", "Geburtsdatum", "Date de naissance",
             "Data de nascimento", "Data di nascita", "Geboortedatum", "Data urodzenia"],
    "time": ["Time", "Hora", "Heure", "Horaire", "Uhrzeit", "Zeit", "Ora", "Orario", "Tijd",
             "Tijdstip", "Godzina", "Aika", "Kellonaika", "Tid", "Klockslag", "Klokkeslett",
             "Čas", "Idő", "Saat", "Время", "Час", "Ώρα", "Horário", "Waktu", "Jam"],
}  # fmt: skip
_OTHER_COLUMN_NAMES = {
    label.casefold(): kind for kind, labels in OTHER_COLUMN_LABELS.items() for label in labels
}


def other_column_kind(label: str) -> str | None:
    """ "Edad" -> "age", "Uhrzeit" -> "time"; None for any other name."""
    return _OTHER_COLUMN_NAMES.get(re.sub(r"\s+", " ", label.strip()).casefold())


# A cell under a column headed by a "copies" word ("Copy", "Kopie", "CC") that marks the row
# as a copy: a mark or a "yes" of a language.
COPY_MARKS = frozenset([
    "x", "✓", "✔", "☑", "✗", "•", "*", "yes", "y", "ja", "j", "sí", "si", "oui", "sim", "tak",
    "да", "так", "evet", "ναι", "kyllä", "igen", "ano", "áno", "jah", "taip", "jā", "da", "po",
])  # fmt: skip


# A sentence that says how to begin the letters ("Start your message with ..."): running text.
GREETING_SENTENCE = re.compile(
    rf"^(?:please\s+)?(?:{'|'.join(x for xs in GREETING_INTROS.values() for x in xs)})\b",
    re.IGNORECASE,
)

# Mail headers as mail clients write them, in the languages they use ("From:", "Von:",
# "Objet :"): a block of them over a forwarded or list-delivered text is no recipient block.
MAIL_HEADERS = _alternatives(
    """From To Cc Bcc Date Sent Subject Reply-To Message-ID List-Id List-Unsubscribe List-Post
    List-Archive List-Help List-Subscribe Return-Path Received MIME-Version Content-Type
    Content-Transfer-Encoding X-Mailer Precedence Sender Organization
    Von An Gesendet Datum Betreff Kopie De À Envoyé Objet Asunto Para Enviado Fecha Assunto Data
    Oggetto Inviato Da A Van Aan Verzonden Onderwerp Datum Från Till Skickat Ämne Fra Til Sendt
    Emne Od Do Temat Wysłano Dato Lähettäjä Vastaanottaja Päivämäärä Lähetetty Aihe Komu
    Předmět Odesláno Feladó Címzett Tárgy Dátum Elküldve Kimden Kime Konu Tarih От Кому Тема
    Дата Отправлено Від Надіслано Από Προς Θέμα Ημερομηνία Στάλθηκε""".split()  # noqa: SIM905
)
# The verb of a reply's attribution line over the text it quotes, as mail clients and forums
# print it in their languages ("On Mon, 3 May 2021, X wrote:", "Am 03.05.2021 schrieb X:",
# "Le 03/05/2021, X a écrit :", "X (x@example.org) wrote:"): the line says who wrote what
# follows, it is no part of the appeal (round 29c). Past tenses and third persons only: a
# second person's imperative is a "write to" heading ("Escribe a:", "Schreibt an:"), and a
# form that is also a request's verb stays out (Indonesian and Malay "menulis" is "to write"
# in "Mohon segera menulis sebelum ...:", mend29c).
QUOTE_ATTRIBUTION_VERBS = _alternatives(
    [
        *"""wrote writes schrieb escribió scrive escreveu schreef skrev kirjoitti napisał napisała
        napisał(a) pisze napsal napsala napsal(a) napísal napísala írta yazdı написал написала
        написал(а) пишет написав пише έγραψε napisao napisala kirjutas rakstīja parašė rašė
        写道 書きました كتب כתב""".split(),  # noqa: SIM905
        *(
            "a écrit",
            "ha scritto",
            "a scris",
            "je napisal",
            "je napisala",
            "va escriure",
            "đã viết",
        ),
    ]
)
# A mailing list's footer: "... mailing list", "To unsubscribe ...", in several languages.
UNSUBSCRIBE = re.compile(
    r"mailing\s+list|unsubscribe|abmelden|austragen|désabonner|désinscri|darse\s+de\s+baja"
    r"|cancelar\s+(?:a\s+)?(?:sua\s+)?inscrição|afmelden|uitschrijven|avregistrera|avsluta"
    r"|prenumeration|wypisz|disiscriviti|cancella\s+iscrizione|listserv",
    re.IGNORECASE,
)
# A line that introduces the publisher's own contact ("To contact the Observatory, call ...",
# "Contact us:", "お問い合わせ"): the lines below it are no recipient.
# Words of a publisher's name ("Amnesty International, Section suisse", "PEN Centre", "Front
# Line Defenders", "Gesellschaft für ..."): a line with one and no headline shape is a letter
# head or a banner, not the case's title; a letter head with one is no person's name (the
# title's and the recipients' one test of a publisher's words).
PUBLISHER_WORDS = re.compile(
    r"\b(?:amnesty|amnist[ií]a|amnistie|anistia|amnestia|pen|section|secci[oó]n|sektion|sezione|sec[çc][ãa]o"
    r"|se[çc][ãa]o|afdeling|avdelning|osasto|group|groupe|grupo|gruppe|gruppen|gruppo|groep"
    r"|grupa|ryhmä|network|netzwerk|réseau|rete|netwerk|netværk|nätverk|nettverk|red"
    r"|secretariat|secretariado|secrétariat|sekretariat|gesellschaft"
    r"|committee|comité|komitee|comitato|commissie|club|association|asociaci[oó]n|associação"
    r"|verein|verband|vereniging|forening|förening|coordinadora|coordination|foundation"
    r"|fundaci[oó]n|stiftung|fondation|fondazione|ngo|ong|nro|newsletter|bulletin|infolettre"
    r"|rundbrief|nieuwsbrief|nyhetsbrev|notiziario|boletín|boletim)\b"
    # Amnesty's name in the scripts written without spaces (Japanese, Chinese, Korean).
    r"|アムネスティ|國際特赦|国际特赦|앰네스티",
    re.IGNORECASE,
)
# A charity's or an association's legal line ("Registered charity no. 1101800", "vzw",
# "e. V.", "ONLUS"): a footer of the publisher's, in no recipient's address.
LEGAL_FOOTER = re.compile(
    r"\bregistered\s+charity\b|\bcharity\s+(?:no|number|reg)\b|\bcompany\s+limited\s+by\s+guarantee"
    r"|\bregistered\s+in\s+england\b|\bvzw\b|\basbl\b|\be\.\s?V\.(?!\w)|\bgemeinnützig"
    r"|\bvereinsregister\b|\bonlus\b|\borganisme\s+de\s+bienfaisance\b|\bstichting\s+anbi\b"
    r"|\bcharitable\s+(?:organi[sz]ation|trust)\s+(?:no|number)\b",
    re.IGNORECASE,
)
PUBLISHER_CONTACT = re.compile(
    r"^(?:to\s+contact\s+(?:us|the)\b|contact\s+us\b|questions\b|kontaktieren\s+sie\s+uns"
    r"|contactez[-\s]nous|pour\s+nous\s+contacter|contáctenos|contacte(?:nos|-nos)|fale\s+conosco"
    r"|neem\s+contact\s+op|kontakta\s+oss|skontaktuj\s+się"
    # A sign-up box for the publisher's network ("Abonnez-vous au Réseau ...", "Subscribe").
    r"|subscribe\b|sign\s+up\b|abonnez-vous|abonnieren\s+sie|suscr[ií]b(?:e|ase)te|inscreva-se"
    r"|iscriviti|abonneer|prenumerera|tilmeld\s+dig|meld\s+deg\s+på"
    # "Receive our Urgent Actions by e-mail", "Receba nossas ...", "Recevez nos ...".
    r"|receive\s+our\b|receba\s+(?:as\s+)?noss[ao]s\b|cadastre-se|recib[ae]\s+nuestr[ao]s\b"
    r"|recevez\s+nos\b|erhalten\s+sie\s+unsere\b|ricevi\s+(?:le\s+|i\s+)?nostr[ei]\b"
    r"|ontvang\s+onze\b"
    # "For further information, contact X, ...", "Para más información: X": who to ask.
    r"|for\s+(?:further|more)\s+information\b|para\s+m[aá]s\s+informaci[oó]n\b"
    r"|pour\s+(?:plus\s+d['’]informations?|toute\s+information)\b|für\s+weitere\s+informationen\b"
    r"|per\s+(?:maggiori|ulteriori)\s+informazioni\b|para\s+mais\s+informaç(?:ões|ão)\b"
    r"|voor\s+meer\s+informatie\b"
    # (Round 29g) The publisher's press desk and "to contact the Observatory", "for further
    # details contact X", "how to reach us", per language: who answers, not who is written to.
    r"|for\s+(?:further|more)\s+details\b|press\s+contacts?\b|media\s+contacts?\b"
    r"|contatti?\s+(?:per\s+la\s+)?stampa\b|contactos?\s+(?:de|para\s+la)\s+prensa\b|contacts?\s+presse\b"
    # (Mend 29b) "To contact ..." only when its object is the publisher's own desk (a section,
    # secretariat, press office, the organisers, us), never an official ("Per contattare il
    # Ministro della Giustizia:" heads the recipient's block).
    r"|per\s+contattarci\b|per\s+contattare\s+(?:noi\b|(?:il|la|lo|l['’]|i|gli|le)\s*"
    r"(?:nostr[aoei]\s+)?(?:sezione|segreteria|redazione|ufficio\s+stampa|osservatorio"
    r"|organizzazion|organizzator|coordinamento))"
    r"|para\s+contactarnos\b|para\s+contactar\s+(?:al|a\s+la|a\s+los|a\s+las|con\s+(?:el|la))\s+"
    r"(?:nuestr[ao]s?\s+)?(?:secretariado|secretar[ií]a|observatorio|organizaci[oó]n|organizador"
    r"|oficina\s+de\s+prensa|secci[oó]n|coordinaci[oó]n|equipo)"
    r"|pour\s+contacter\s+(?:le|la|l['’]|les|notre|nos)\s*(?:secrétariat|observatoire|organisation"
    r"|organisateur|service\s+(?:de\s+)?presse|bureau\s+de\s+presse|section|coordination|équipe)"
    r"|pressekontakt\b|so\s+erreichen\s+sie\s+uns\b|perscontact\b|presskontakt\b"
    r"|contato\s+(?:para|de)\s+imprensa\b|kontakt\s+dla\s+medi[óo]w\b"
    # "Get our alerts by e-mail", "Tell us what you sent": the publisher's own address.
    r"|get\s+(?:\w+\s+){0,2}(?:alerts|actions|updates)\b|tell\s+us\b|let\s+us\s+know\b"
    r"|écrivez[-\s]nous|informez[-\s]nous|escr[ií]benos|cu[ée]ntanos|av[ií]sanos"
    r"|schreiben\s+sie\s+uns|teilen\s+sie\s+uns\b)"
    r"|お知らせください|お問い合わせ|联系我们|聯絡我們",
    re.IGNORECASE,
)
# A numbered heading over one recipient's block: "Recipient 1: Prime Minister", "Adresat 2",
# "宛先1：首相" (the words after it name the office in the page's language).
NUMBERED_RECIPIENT = re.compile(
    r"(?:recipient|addressee|target|destinataire|destinatario|destinatário|empfänger(?:in)?"
    r"|adressat(?:in)?|adresat|mottagare|mottaker|modtager|vastaanottaja|宛先|あて先|收件人)"
    r"\s*(?:nr\.?|no\.?|#)?\s*\d{1,2}\s*(?:[:：.)]\s*[^\n:：]{0,40})?",
    re.IGNORECASE,
)
