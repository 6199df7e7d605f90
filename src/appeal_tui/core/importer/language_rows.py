"""Rows of the language tables added in session 14 (docs/importer.md, "Language tables
(session 14)"): the EU's Maltese and Irish, Galician and Basque, Belarusian, Serbian and
Macedonian in Cyrillic, Albanian, Georgian, Armenian, Azerbaijani, Urdu, Hindi, Bengali, Thai,
Vietnamese, Chinese, Japanese and European Portuguese forms.

Data only: phrases.py adds each table here to the table of the same name there, before it
builds its patterns. Each row is a language's own wording, as a native writer prints it; the
comment on a row names the form ("vocative", "genitive", "after the date"). Language and
month names are not here: they come from Babel (language_names.py, dates.py).

Thai, Chinese and Japanese write no spaces between words, so a keyword there has no word
boundary around it: those go in the *_UNSPACED lists, which the patterns match anywhere.
"""

from __future__ import annotations

# Words for the letters or for sending them, before "to ...:".
APPEAL_WORDS: dict[str, list[str]] = {
    "be": ["звароты", "лісты", "пішыце", "накіруйце", "дашліце"],  # imperative plural
    "sr-Cyrl": ["апеле", "писма", "пишите", "пошаљите"],
    "mk": ["апелите", "писмата", "пишете", "испратете"],
    "sq": ["letrat", "apelet", "shkruani", "dërgoni"],  # imperative plural (polite)
    "az": ["müraciətlərinizi", "məktublarınızı", "yazın", "göndərin"],
    "ka": ["წერილები", "მიმართვები", "მიწერეთ", "გაგზავნეთ"],  # polite imperative
    "hy": ["նամակները", "գրեք", "ուղարկեք"],
    "eu": ["gutunak", "idatzi", "bidali"],
    "mt": ["ittri", "ikteb", "iktbu", "ibgħat", "ibagħtu"],
    "ga": ["litreacha", "scríobh", "seol"],
}  # fmt: skip
# The words for "to" that end such a line.
APPEAL_TO: dict[str, list[str]] = {
    "be": ["на адрасы", "па адрасах"],
    "sr-Cyrl": ["на адресе", "на адресу"],
    "mk": ["на адресите", "до"],
    "sq": ["te", "tek", "drejtuar", "në adresat"],
    "az": ["ünvanlara", "ünvanına"],  # dative
    "ka": ["მისამართებზე", "მისამართზე"],
    "hy": ["հասցեներով", "հասցեով"],
    "vi": ["đến", "tới"],
    "eu": ["helbide hauetara", "hauei"],
    "mt": ["lil"],
    "ga": ["chuig"],
}  # fmt: skip
# "Copies to" headings, as the words that open them ("Копіі:", "Đồng kính gửi:").
COPY_WORDS: dict[str, list[str]] = {
    "be": ["копіі", "копію"],
    "sr-Cyrl": ["копије", "копију"],
    "mk": ["копии", "копија"],
    "sq": ["kopje", "kopja"],
    "az": ["surətlər", "surəti", "surətini"],
    "ka": ["ასლები", "ასლი"],
    # session 24 (imp24a): Kazakh and Mongolian (Cyrillic), Amharic (Ethiopian letters' "ግልባጭ",
    # the carbon copy), Sinhala, Burmese
    "kk": ["көшірмелер", "көшірмесін", "көшірме"],
    "mn": ["хуулбарыг", "хуулбар"],
    "am": ["ግልባጭ", "ግልባጮች"],
    "si": ["පිටපත්", "පිටපත"],
    "my": ["မိတ္တူ"],
    "hy": ["պատճենները", "պատճեն"],
    # Urdu and Hindi office letters: "copy for information".
    "ur": ["نقل برائے اطلاع", "نقول"],
    "hi": ["प्रतिलिपि", "प्रतिलिपियाँ"],
    "bn": ["অনুলিপি"],
    # Vietnamese letters' "also respectfully sent to" (cc), and "copy sent to".
    "vi": ["đồng kính gửi", "bản sao gửi", "gửi bản sao đến", "gửi bản sao tới", "bản sao đến",
           "bản sao tới", "gửi bản sao cho"],
    "eu": ["kopiak"],
    "gl": ["copias", "copia"],
    "mt": ["kopji", "kopja"],
    "ga": ["cóipeanna", "cóip"],
    # Session 25 (imp25i): ne "for information" (a letter's cc), mr, ta, te, ml, gu, pa "copy"
    "ne": ["बोधार्थ", "प्रतिलिपि"],
    "mr": ["प्रत", "प्रती", "प्रतिलिपी"],
    "ta": ["நகல்", "நகல்கள்"],
    "te": ["ప్రతి", "ప్రతులు", "నకలు"],
    "ml": ["പകർപ്പ്", "പകർപ്പുകൾ"],
    "gu": ["નકલ", "નકલો"],
    "pa": ["ਕਾਪੀ", "ਕਾਪੀਆਂ", "ਉਤਾਰਾ"],
}  # fmt: skip
# A bracketed note after a recipient that makes it a copy ("(for information)", "(copy)"),
# on the name's line or a line of its own at the block's end.
COPY_NOTES: dict[str, list[str]] = {
    "en": ["copy", "cc", "for information", "for info", "for your information", "copy only"],
    "fr": ["copie", "pour information", "pour info", "copie pour information"],
    "es": ["copia", "para información", "para su información", "copia para información"],
    "pt": ["cópia", "para informação", "para conhecimento"],
    "de": ["kopie", "zur kenntnis", "zur information", "kopie zur kenntnis", "nachrichtlich",
           "nachrichtlich an", "abschrift", "abschrift an", "durchschrift"],
    "it": ["copia", "per conoscenza", "per informazione"],
    "nl": ["kopie", "ter informatie", "ter kennisname"],
    "pl": ["kopia", "do wiadomości"],
    "no": ["kopi", "til orientering"],
    # Session 27e: Turkish official correspondence's "BİLGİ:" (for information) list.
    "tr": ["bilgi", "bilgi için", "bilgiye"],
}  # fmt: skip
# Session 27e: the rows of `COPY_NOTES` that head an official distribution "for information"
# (beside `DISTRIBUTION_FOR_ACTION`), whose items may stand a few lines each with no comma.
DISTRIBUTION_FOR_INFORMATION: dict[str, list[str]] = {
    "tr": ["bilgi", "bilgi için", "bilgiye"],
    "fr": ["pour information", "copie pour information"],
    "en": ["for information"],
    "de": ["zur kenntnis", "zur kenntnisnahme"],
}  # fmt: skip
# Session 27e: the heading of an official letter's distribution "for action" (the letter's
# addressees, beside its "for information" copies in `COPY_NOTES`): Turkish "GEREĞİ:" over
# "Adalet Bakanlığına / Bakanlıklar/ANKARA", French administrative "Pour attribution :".
DISTRIBUTION_FOR_ACTION: dict[str, list[str]] = {
    "tr": ["gereği", "gereği için", "gereğine"],
    "fr": ["pour attribution", "destinataires pour attribution"],
    "en": ["for action", "for necessary action"],
    "de": ["zur erledigung"],
}  # fmt: skip
# Headings of a letter's distribution list, alone on their line over its items ("Verzonden
# aan:", "Verteiler:", "Distribution:", "Rozdzielnik:"): the offices the letter went to besides
# its addressee, read as copies (round 26c). Only a heading alone with its colon, over items
# that each hold a comma, is read so.
DISTRIBUTION_HEADINGS: dict[str, list[str]] = {
    "en": ["distribution", "distribution list", "sent to", "also sent to", "copied to"],
    "de": ["verteiler", "verteiler nachrichtlich", "ergeht an", "ergeht nachrichtlich an"],
    "nl": ["verzonden aan", "verstuurd aan", "ook verzonden aan", "distributie", "afschrift aan"],
    "fr": ["diffusion", "liste de diffusion", "ampliation", "ampliations", "envoyé à",
           "envoyée à", "adressé à", "adressée à"],
    "es": ["distribución", "enviada a", "enviado a", "remitida a", "remitido a",
           "con copia a", "con copia para"],
    "it": ["distribuzione", "inviata a", "inviato a", "e p.c.", "p.c."],
    "pt": ["distribuição", "enviada a", "enviado a", "com cópia a", "com cópia para"],
    "pl": ["rozdzielnik", "otrzymują", "do wiadomości"],
    "cs": ["rozdělovník", "na vědomí"],
    "sk": ["rozdeľovník", "na vedomie"],
    "tr": ["dağıtım", "dağıtım yerleri"],
    "ru": ["рассылка", "разослано", "копии направлены"],
    "ar": ["التوزيع", "توزيع", "نسخة إلى", "نسخة الى", "نسخ إلى"],
    "fa": ["رونوشت", "رونوشت به", "گیرندگان رونوشت"],
}  # fmt: skip
# The word "to" that opens an inside address before the addressee's courtesy title ("إلى
# السيد ...", "To His Excellency ...", "An Herrn ...", "À Monsieur ...", "Kime: Sayın ..."):
# no part of the name (round 26c). Dropped only before a courtesy title.
ADDRESSEE_TO: dict[str, list[str]] = {
    "ar": ["إلى", "الى", "إلي"],
    "fa": ["به"],
    "ur": ["بخدمت", "بنام"],
    "tr": ["Kime"],
    "en": ["To"],
    "de": ["An"],
    "fr": ["À", "A"],
    "es": ["A", "Al"],
    "it": ["A", "Al", "Alla"],
    "pt": ["A", "Ao", "À", "Para"],
    "nl": ["Aan"],
}  # fmt: skip
# Remarks on an item of a letter's copies list that name no recipient: how the copy goes ("by
# e-mail") and the writer's own file ("Handakte", "file copy"). A part of an item that is one
# of them is dropped; an item that starts with a file word is no recipient.
COPY_REMARKS: dict[str, list[str]] = {
    "en": ["by e-mail", "by email", "via e-mail", "via email", "by fax", "by post", "by hand"],
    "de": ["per e-mail", "per mail", "per fax", "per post", "vorab per fax", "vorab per e-mail",
           "zur kenntnisnahme", "z. k.", "z.k."],
    "fr": ["par courriel", "par e-mail", "par mail", "par fax", "par courrier"],
    "es": ["por correo electrónico", "por correo", "por fax", "para su conocimiento"],
    "it": ["per e-mail", "via e-mail", "per fax", "a mezzo pec"],
    "pt": ["por e-mail", "por correio eletrónico", "por fax"],
    "nl": ["per e-mail", "per mail", "per fax", "per post"],
    "pl": ["e-mailem", "pocztą elektroniczną", "faksem"],
}  # fmt: skip
COPY_FILE_WORDS: dict[str, list[str]] = {
    "en": ["file", "file copy", "our file", "records"],
    "de": ["handakte", "akte", "z. d. a.", "z.d.a.", "zu den akten"],
    "fr": ["dossier", "archives"],
    "es": ["archivo", "expediente"],
    "it": ["agli atti", "atti", "fascicolo"],
    "pt": ["arquivo", "processo"],
    "nl": ["dossier", "archief"],
    "pl": ["a/a", "aa", "akta"],
}  # fmt: skip
# Thai, Chinese and Japanese "copy to" (Thai official letters' "สำเนาเรียน", "สำเนาถึง"; "抄送";
# "写し:", a copy).
COPY_WORDS_UNSPACED = ["สำเนาเรียน", "สำเนาถึง", "抄送", "副本抄送", "写し",
                       # zh "copies sent (to)", ko "copies sent" (session 27, imp27a)
                       "副本寄送", "副本寄給", "副本寄给", "사본송부",
                       # km "copy to", lo "copy to", "copy" (session 24)
                       "ចម្លងជូន", "ສຳເນົາເຖິງ", "ສຳເນົາ"]  # fmt: skip
# "Write (in ...)": the verb before the languages of a "write in ... or your own language"
# line (Urdu, Hindi and Bengali put it last: the list is read before "your own language").
WRITE_IN: dict[str, list[str]] = {
    "be": ["пішыце", "напішыце"],
    "sr-Cyrl": ["пишите", "напишите"],
    "mk": ["пишете", "напишете"],
    "sq": ["shkruani"],
    "az": ["yazın"],
    "ka": ["დაწერეთ", "მიწერეთ"],
    "hy": ["գրեք"],
    "ur": ["لکھیں"],
    "hi": ["लिखें"],
    "bn": ["লিখুন"],
    "vi": ["viết bằng", "hãy viết bằng", "viết thư bằng"],  # "write in (the language of)"
    "eu": ["idatzi"],
    "gl": ["escribide", "escriba"],
    "mt": ["ikteb", "iktbu"],
    "ga": ["scríobh"],
    # Round 28e: French "word (the letter)", as a lawyers' association asks ("Rédigez en
    # français ou en arabe"); Afrikaans "write".
    "fr": ["rédigez", "rédiger"],
    "af": ["skryf"],
}  # fmt: skip
# Thai "write in" ("เขียนเป็นภาษา..."), Chinese "please use" ("請用英文或...").
WRITE_IN_UNSPACED = ["เขียนเป็น", "請用", "请用",
                     # zh "please (write) with" (session 27, imp27a: "請以中文或英文撰寫")
                     "請以", "请以",
                     # th "write the letter in", "in the language" (session 26, imp26b; and
                     # "เป็น" with its mark lost in a PDF's text layer)
                     "เขียนจดหมายเป็น", "เป็นภาษา", "เปนภาษา"]  # fmt: skip
# "... or your own language".
OWN_LANGUAGE: dict[str, list[str]] = {
    "be": ["на сваёй мове", "сваёй мовай", "на вашай мове"],
    "sr-Cyrl": ["на свом језику", "на вашем језику", "на свом матерњем језику"],
    "mk": ["на вашиот јазик", "на својот јазик"],
    "sq": ["në gjuhën tuaj", "në gjuhën tënde"],
    "az": ["öz dilinizdə", "ana dilinizdə"],
    "ka": ["თქვენს მშობლიურ ენაზე", "თქვენს ენაზე"],
    "hy": ["ձեր մայրենի լեզվով", "ձեր լեզվով"],
    "ur": ["اپنی زبان", "اپنی مادری زبان"],
    "hi": ["अपनी भाषा", "अपनी मातृभाषा"],
    "bn": ["আপনার নিজের ভাষায়", "নিজের ভাষায়", "আপনার ভাষায়"],
    "vi": ["ngôn ngữ của bạn", "ngôn ngữ của mình", "tiếng mẹ đẻ của bạn"],
    "eu": ["zure hizkuntzan", "zeure hizkuntzan"],
    "gl": ["na túa lingua", "na súa lingua", "na vosa lingua", "na túa propia lingua"],
    "mt": ["bil-lingwa tiegħek", "fil-lingwa tiegħek"],
    "ga": ["i do theanga féin"],
}  # fmt: skip
OWN_LANGUAGE_UNSPACED = ["ภาษาของคุณเอง", "ภาษาของท่านเอง", "您的母语", "你的母语"]
# "Before <date>", "until <date>", "deadline:", where the date follows.
DEADLINE_BEFORE: dict[str, list[str]] = {
    "be": ["да", "не пазней за", "тэрмін:"],
    "sr-Cyrl": ["до", "најкасније до", "пре", "рок:"],
    "mk": ["до", "најдоцна до", "пред", "рок:"],
    "sq": ["deri më", "deri në", "jo më vonë se", "afati:"],
    "az": ["son tarix:", "ən gec"],
    "ka": ["ვადა:"],
    "hy": ["մինչև", "մինչեւ"],
    "ur": ["آخری تاریخ:"],
    "hi": ["अंतिम तिथि:"],
    "bn": ["শেষ তারিখ:"],
    # Vietnamese "before (the day)", "at the latest", "deadline:".
    "vi": ["trước ngày", "trước", "chậm nhất là", "chậm nhất vào ngày", "hạn chót:",
           "hạn chót: ngày", "hạn chót là ngày", "hạn cuối: ngày"],
    "eu": ["epemuga:"],
    "gl": ["antes do", "antes da", "ata o", "como moi tarde o", "prazo:"],
    # Maltese writes the day with its article: "qabel l-4 ta' Diċembru".
    "mt": ["qabel", "qabel il-", "qabel l-", "sa mhux aktar tard mill-", "skadenza:"],
    "ga": ["roimh", "roimh an", "spriocdháta:"],
    "zh": ["截止日期:", "截止日期：", "截止日期為", "截止日期为"],
    # Arabic "at a time no later than" ("في موعد أقصاه ٣٠ أبريل").
    "ar": ["في موعد أقصاه", "موعد أقصاه", "في موعد لا يتجاوز", "حتى",
           # Round 31a: with "and" joined before ("وقبل ١٠ أبريل", "وحتى ٣٠ مايو").
           "وقبل", "وحتى", "وذلك قبل", "ولا يتجاوز"],
    # Flemish "at the latest (on)"; Dutch "up to and including" (see RANGE_CLOSING).
    "nl": ["ten laatste op", "ten laatste", "tot en met", "t/m"],
    # session 24 (imp24a): Amharic "until"
    "am": ["እስከ"],
    # Session 26 (imp26d): "last date:", "deadline:" in the languages of South Asia.
    "ne": ["अन्तिम मिति:", "अन्तिम म्याद:"],
    "mr": ["अंतिम तारीख:", "अंतिम मुदत:"],
    "ta": ["கடைசி தேதி:", "இறுதி தேதி:", "இறுதி நாள்:"],
    "te": ["చివరి తేదీ:", "గడువు:", "గడువు తేదీ:"],
    "kn": ["ಕೊನೆಯ ದಿನಾಂಕ:", "ಗಡುವು:"],
    "ml": ["അവസാന തീയതി:", "അവസാന തിയതി:"],
    "gu": ["અંતિમ તારીખ:", "છેલ્લી તારીખ:"],
    "pa": ["ਆਖਰੀ ਮਿਤੀ:", "ਆਖ਼ਰੀ ਮਿਤੀ:", "ਆਖਰੀ ਤਾਰੀਖ:"],
    "si": ["අවසන් දිනය:", "අවසාන දිනය:"],
    "dv": ["ފަހު ތާރީޚު:"],
    # Korean "the deadline (day) is", "deadline:" (session 26, imp26b)
    "ko": ["마감일은", "마감은", "마감일:", "마감:", "기한은", "기한:"],
    # Round 28e: "before:" with its colon ("PLEASE TAKE ACTION BEFORE: 9 December"), an
    # action's end ("Action ends 31/05", "Action window closes Friday 29 January"), Italian
    # "by" before an elided article ("entro l'11 marzo"), Finnish "(the appeal time) ends".
    "en": ["before:", "action ends", "action closes", "action window closes",
           "campaign ends", "campaign closes", "appeal closes", "appeal ends"],
    "it": ["entro l'", "entro l’", "entro e non oltre l'", "non oltre l'", "prima dell'"],
    "fi": ["päättyy"],
}  # fmt: skip
# Deadline words that close a range or a period as often as they give a deadline (Dutch "van 3
# tot en met 5 mei", "in voorarrest tot en met ..."): a deadline only with words about appeals
# on the date's line and no date or number right before them.
RANGE_CLOSING: dict[str, list[str]] = {
    "nl": ["tot en met", "t/m"],
}  # fmt: skip
# Session 27 (imp27c): words for "until" that close a period right after its first date or
# number ("1. März 2031 bis 30. April 2031", a bulletin's issue; "del 3 hasta el 9"); before a
# date anywhere else they give a deadline ("schreibt bis 20. Mai").
RANGE_CLOSING_AFTER_DATE: dict[str, list[str]] = {
    "de": ["bis", "bis zum"],
    "es": ["hasta", "hasta el"],
    "pt": ["até", "até ao", "até o"],
    "it": ["fino al"],
    "fr": ["jusqu'au", "jusqu’au"],
    "pl": ["do"],
}  # fmt: skip
# Session 27 mend (mend27c): words about the action, the appeal or the writing. On the line
# of a period ("Aktionszeitraum: 1. Mai bis 20. Juni", "Akcja trwa od 1 do 20 czerwca") the
# period's closing date stays the deadline. Matched as word beginnings ("Aktion" in
# "Aktionszeitraum", "schreib" in "schreiben", "schreibt").
PERIOD_ACTION_WORDS: dict[str, list[str]] = {
    "de": ["aktion", "appell", "schreib", "eilaktion"],
    "es": ["acción", "accion", "llamamiento", "escrib", "envíen"],
    "pt": ["ação", "acção", "acao", "apelo", "escrev", "enviem"],
    "it": ["azione", "appell", "scriv", "inviate"],
    "fr": ["action", "appel", "écri", "envoyez"],
    "pl": ["akcj", "apel", "pisz", "napisz", "wyślij", "wysyłaj"],
    "en": ["action", "appeal", "write", "writing"],
}  # fmt: skip
# Session 28 mend (mend28e): words for "before" and "until" (and an end) that a story uses
# as often as a request ("prima dell'8 marzo, quando è stata arrestata", "arestul preventiv
# pana la 30 iunie", "vangittuna pidettäväksi 30.6. asti", "azuiliwe hadi tarehe 30 Juni",
# "Before: 1 March she had received threats", "the campaign ends 30 June"): a deadline only
# in a sentence with words about the appeal (APPEAL_CONTEXT) or alone with its date on a line.
DEADLINE_WORDS_IN_A_STORY: dict[str, list[str]] = {
    "en": ["before:", "campaign ends", "campaign closes"],
    "it": ["prima dell'", "prima dell’"],
    "fi": ["asti", "saakka"],
    "ro": ["pana la"],
    "sw": ["hadi", "hadi tarehe"],
}  # fmt: skip
# Session 29 (imp29f): the imperative "act" (and "take action", "help") opening a sentence,
# per language: a "before"/"until" date of DEADLINE_WORDS_IN_A_STORY in a sentence opened by
# one is the appeal's deadline ("Agite prima dell'8 giugno", "Toimi 8.6. asti", "Handeln
# Sie bis ..."); a story does not open a sentence with an order to act. Whole words.
ACT_NOW: dict[str, list[str]] = {
    "en": ["Act", "Act now", "Take action", "Please act"],
    "it": ["Agite", "Agisci", "Attivati", "Attivatevi", "Intervenite", "Intervieni"],
    "fi": ["Toimi", "Toimikaa", "Osallistu", "Osallistukaa"],
    "de": ["Handeln Sie", "Handle", "Handelt", "Werden Sie aktiv", "Bitte handeln Sie"],
    "es": ["Actúa", "Actúe", "Actúen", "Actuad", "Actúa ya"],
    "fr": ["Agissez", "Agis", "Agissons", "Mobilisez-vous"],
    "pt": ["Aja", "Ajam", "Atue", "Actue", "Atuem"],
    "ro": ["Acționați", "Acţionaţi", "Actionati", "Acționează", "Acţionează"],
    "pl": ["Działaj", "Działajcie"],
    "nl": ["Kom in actie", "Onderneem actie", "Kom nu in actie"],
    "sw": ["Chukua hatua", "Chukueni hatua"],
}  # fmt: skip
# Session 30 (imp30g): "not after <date>", said before the date, a deadline as clear as
# "before": "Send appeller snarest og ikke etter 2. desember", "Skicka vädjanden ... och inte
# efter den 22 juni", "Stuur uw brief zo snel mogelijk, maar niet later dan 18 april". Merged
# into phrases.DEADLINE_BEFORE.
DEADLINE_NOT_AFTER: dict[str, list[str]] = {
    "en": ["not after", "and not after", "not later than"],
    "nb": ["ikke etter", "ikke etter den", "ikke senere enn", "ikkje etter", "ikkje seinare enn"],
    "da": ["ikke efter", "ikke efter den", "ikke senere end"],
    "sv": ["inte efter", "inte efter den", "ej efter", "ej efter den", "inte senare än"],
    "nl": ["niet later dan", "niet na"],
    "de": ["nicht nach dem", "nicht später als", "keinesfalls nach dem"],
    "fr": ["pas après le", "pas apres le", "pas plus tard que le"],
    "es": ["no después del", "no despues del", "no después de", "no despues de"],
    "pt": ["não depois de", "nao depois de", "não após", "nao apos"],
    "it": ["non dopo il", "non più tardi del", "non piu tardi del"],
    "cs": ["ne později než", "ne po"],
    "sk": ["nie neskôr ako", "nie po"],
    "pl": ["nie później niż", "nie po"],
    "af": ["nie later as"],
    "fi": ["ei myöhemmin kuin"],
}  # fmt: skip
# Session 30 (imp30g): the soft deadline, "after <date> check with the office (before
# sending)" in any language: the word for "after" before the date (SOFT_AFTER_BEFORE) or
# after it (SOFT_AFTER_AFTER, Finnish "jälkeen", Japanese "以降"), with a word for "check",
# "ask", "contact" (SOFT_CHECK, whole words since mend30c) in the date's sentence or the
# next. The date is the deadline when the text gives no other (fields.find_deadline's
# "checked after").
SOFT_AFTER_BEFORE: dict[str, list[str]] = {
    "en": ["after"],
    "fr": ["après le", "apres le", "après"],
    "de": ["nach dem"],
    # (No Spanish row: a studied table labels "consulten ... si los van a enviar después
    # del <date>" as no deadline; Spanish keeps phrases.SENDING_AFTER's forms.)
    "pt": ["depois de", "após", "apos"],
    "it": ["dopo il"],
    "nl": ["na"],
    "af": ["na", "ná"],
    "sv": ["efter den", "efter"],
    "nb": ["etter den", "etter"],
    "da": ["efter den", "efter"],
    "cs": ["po"],
    "sk": ["po"],
    "pl": ["po"],
    "ca": ["després del"],
    # Round 31a: Slovenian "after" with the locative ("Če jih boste pošiljali po 16. maju").
    "sl": ["po"],
}  # fmt: skip
SOFT_AFTER_AFTER: dict[str, list[str]] = {
    "fi": ["jälkeen"],
    "ja": ["以降", "以後", "より後"],
    "ko": ["이후", "以後"],
    "tr": ["tarihinden sonra", "sonra"],
    "zh": ["之後", "之后", "以後", "以后"],
}  # fmt: skip
# (mend30c: whole words, in the forms that ask the reader, "vérifiez", not "vérifie" of
# "vérifiée" nor "contacte" of "le contacter"; Italian "-ate" and English "consult" are also
# participles or a story's infinitive ("verificate da un giudice", "allowed to consult a
# lawyer"), so they stand with the word that follows; Chinese and Japanese with their polite
# request, "請確認", "ご確認", not a story's "没有确认". Each language's "after" row is read
# with its own check row only, fields._SOFT_ROWS.)
SOFT_CHECK: dict[str, list[str]] = {
    "en": ["check with", "please check", "please consult", "consult the section",
           "consult the office", "consult your section"],
    "fr": ["vérifiez", "verifiez", "consultez", "contactez", "renseignez-vous", "informez-vous",
           "consulter le", "consulter la", "consulter votre", "consulter les", "vérifier auprès",
           "verifier aupres"],
    "de": ["rücksprache", "ruecksprache", "erkundigen sie", "fragen sie", "kontaktieren sie"],
    "es": ["consulte", "consulten", "verifique", "verifiquen", "compruebe", "comprueben",
           "contacte", "contacten"],
    "pt": ["verifique", "verifiquem", "consulte", "consultem", "contacte", "contactem",
           "confirme", "confirmem", "informe-se", "informem-se"],
    "it": ["verificate con", "verificate presso", "verificate prima", "controllate con",
           "controllate presso", "contattate il", "contattate la", "contattate l'",
           "consultate il", "consultate la", "consultate l'", "informatevi", "verificare con",
           "verificare presso"],
    "nl": ["informeer", "neem contact", "overleg", "controleer", "check"],
    "af": ["kontak", "raadpleeg", "skakel"],
    "sv": ["kontakta", "kontrollera", "hör med", "stäm av"],
    "nb": ["kontakt", "sjekk", "ta kontakt", "hør med"],
    "da": ["kontakt", "tjek", "hør"],
    "cs": ["ověřte", "overte", "informujte", "poraďte", "poradte", "kontaktujte", "zeptejte"],
    "sk": ["overte", "overte si", "informujte", "kontaktujte", "opýtajte"],
    "pl": ["sprawdź", "sprawdz", "skontaktuj", "skontaktujcie", "zapytaj", "zapytajcie",
           "skonsultuj", "skonsultujcie"],
    "fi": ["tarkista", "tarkistakaa", "ota yhteyttä", "ottakaa yhteyttä", "kysy", "kysykää"],
    "ja": ["問い合わせ", "ご確認", "ご相談", "確認してください", "確認下さい"],
    "ko": ["문의", "확인하십시오", "확인하세요", "확인해 주십시오", "확인해 주세요"],
    "tr": ["danışın", "danışınız", "kontrol edin", "kontrol ediniz", "sorun", "sorunuz",
           "iletişime geçin", "iletişime geçiniz"],
    "zh": ["請查詢", "请查询", "請確認", "请确认", "請聯絡", "请联络", "請先查詢", "请先查询",
           "請先確認", "请先确认", "請先聯絡", "请先联络"],
    "ca": ["consulteu", "comproveu", "contacteu"],
    "sl": ["posvetujte", "preverite", "pozanimajte", "obrnite se", "kontaktirajte"],
}  # fmt: skip
# Session 28 mend (mend28e): the words a deadline's label takes after its noun before the
# colon ("Deadline for appeals:", "Dernier délai d'envoi :", "Tarikh akhir untuk rayuan:"):
# sending, the letters, the appeals. A label with other words names another date ("Termin
# rozprawy apelacyjnej:", "Closing date of the investigation:", "Last date seen:"). Matched
# as word beginnings, besides the words about appeals (phrases.APPEAL_CONTEXT).
DEADLINE_LABEL_WORDS: dict[str, list[str]] = {
    "en": ["for", "appeals", "letters", "sending", "actions", "action", "responses", "emails",
           "notice"],
    "fr": ["d'envoi", "d’envoi", "envoi", "pour", "appels", "lettres", "des", "d'action"],
    "de": ["für", "einsend", "briefe", "appelle", "aktion"],
    "es": ["para", "envío", "envio", "enviar", "cartas", "llamamientos", "acción"],
    "pt": ["para", "envio", "enviar", "cartas", "apelos", "ação"],
    "it": ["per", "invio", "inviare", "appelli", "lettere", "azione"],
    "ms": ["untuk", "rayuan", "surat", "menghantar", "penghantaran"],
    "id": ["untuk", "pengiriman", "surat", "mengirim"],
    "pl": ["wysyłania", "wysyłki", "nadsyłania", "apeli", "listów", "akcji"],
    "cs": ["pro", "zaslání", "odeslání", "dopisů", "apelů", "akce"],
    "sk": ["na", "zaslanie", "odoslanie", "listov", "apelov", "akcie"],
    "tr": ["gönderim", "için", "mektup"],
    "vi": ["gửi", "thư"],
    "sw": ["kutuma", "barua"],
    "ar": ["للمناشدات", "المناشدات", "لإرسال", "إرسال"],
    "fa": ["ارسال", "نامه‌ها", "نامه"],
    "ru": ["отправки", "писем", "обращений", "акции"],
    "uk": ["надсилання", "листів", "звернень", "акції"],
}  # fmt: skip
# Lead, after the third review of session 28: of those nouns, the ones that also name another
# event's date ("Closing date of the investigation:", "Last date seen:", "Termin rozprawy:",
# "Termín soudního jednání:"); only these need DEADLINE_LABEL_WORDS after them. "Deadline to
# send appeals:", "Fecha límite de envío:", "Frist zur Einsendung:" are labels whatever their
# words.
DEADLINE_NOUNS_IN_A_STORY: dict[str, list[str]] = {
    "en": ["closing date", "last date"],
    "it": ["termine"],
    "pl": ["termin"],
    "cs": ["termín"],
    "sk": ["termín"],
}
# The noun "deadline" that opens a label, with up to three words after it before the colon
# ("Deadline for appeals:", "مهلت ارسال نامه‌ها:", "الموعد النهائي للمناشدات:").
DEADLINE_NOUNS: dict[str, list[str]] = {
    "en": ["deadline", "closing date", "last date"],
    "es": ["fecha límite", "plazo"],
    "fr": ["date limite", "échéance", "dernier délai", "délai"],
    "de": ["frist", "einsendeschluss"],
    "it": ["scadenza", "termine"],
    "pt": ["prazo", "data limite"],
    "fa": ["مهلت", "آخرین مهلت"],
    "ar": ["الموعد النهائي", "آخر موعد", "الموعد الأخير"],
    "ru": ["крайний срок", "срок"],
    "uk": ["кінцевий термін", "термін"],
    "tr": ["son tarih", "son gün", "son gönderim tarihi"],
    # Round 28e: the same noun in more languages ("Termín: 18. júna", "Skilafrestur: 1.
    # júlí", "Tarehe ya mwisho: 12 Juni", "Tarikh akhir untuk rayuan: 12/11", "Dernier délai
    # d'envoi : 15 avril", "Hạn chót:", "Closing date:").
    "sk": ["termín", "lehota"],
    "cs": ["termín", "lhůta"],
    "is": ["skilafrestur", "frestur"],
    "sw": ["tarehe ya mwisho", "mwisho wa kutuma"],
    "ms": ["tarikh akhir", "tarikh tutup"],
    "id": ["batas waktu", "tenggat", "tenggat waktu"],
    "vi": ["hạn chót", "hạn cuối", "thời hạn"],
    "pl": ["termin"],
    "tl": ["huling araw", "takdang petsa"],
}  # fmt: skip
# Thai "within the day", "before the day" ("ภายในวันที่ 4 ธันวาคม 2569").
DEADLINE_BEFORE_UNSPACED = ["ภายในวันที่", "ก่อนวันที่", "ภายใน", "ก่อน",
                            # (ที่ with its tone mark lost: a PDF font drew the mark stacked over
                            # the vowel with a glyph mapped to no letter.)
                            "ภายในวันที", "ก่อนวันที",
                            # ja "the deadline is", zh "the deadline is" (session 26, imp26b)
                            "締め切りは", "締切りは", "締切は", "締切日は", "〆切は", "期限は",
                            "截止日期是", "截止日期為", "截止日期为", "截止时间为", "截止時間為",
                            # km "before the day", "by the day" (session 24)
                            "មុនថ្ងៃទី", "ត្រឹមថ្ងៃទី",
                            # (session 26, imp26b: km with a space before "the day", and
                            # before the date alone; lo "before the day", "within the day")
                            "មុន ថ្ងៃទី", "ត្រឹម ថ្ងៃទី", "មុន", "ត្រឹម",
                            "ກ່ອນວັນທີ", "ພາຍໃນວັນທີ", "ກ່ອນ", "ພາຍໃນ"]  # fmt: skip
# Of those, the words alone ("before", "within", without "the day"): a story says them too
# ("he wrote before 15 February"), so they announce a deadline only in a request, after a
# word asking the reader on the same sentence (th, km, lo "please") (session 26, mend26b).
# Arabic words of an office that open a line ("director", "head", "minister", "governor",
# "commander"): a line that opens with one names an office, never a person, even where the
# office's table (`TITLE_WORDS`) lacks the word (session 26, mend26b).
# ("قائد", commander, is also a given name: not here.)
OFFICE_OPENING_AR = ["مدير", "مديرة", "المدير", "رئيس", "رئيسة", "وزير", "وزيرة", "محافظ",
                     "آمر", "النائب العام"]  # fmt: skip
DEADLINE_BEFORE_BARE = ["ก่อน", "ภายใน", "មុន", "ត្រឹម", "ກ່ອນ", "ພາຍໃນ"]
DEADLINE_REQUEST_WORDS = ["โปรด", "กรุณา", "ขอให้", "សូម", "ກະລຸນາ", "ຂໍໃຫ້"]
# The same said after the date ("4 दिसंबर 2026 तक", "2026-cı il 4 dekabr tarixinə qədər").
DEADLINE_AFTER: dict[str, list[str]] = {
    "ur": ["تک", "سے پہلے"],
    "hi": ["तक", "से पहले"],
    "bn": ["এর মধ্যে", "-এর মধ্যে", "তারিখের মধ্যে", "এর আগে", "-এর আগে", "তারিখের আগে"],
    "az": ["tarixinə qədər", "tarixədək", "-dək", "-ədək", "qədər"],
    # (Basque writes the day with its article: "martxoaren 18a baino lehen".)
    "eu": ["baino lehen", "baino lehenago", "a baino lehen", "a baino lehenago"],
    # "le 17 avril au plus tard", "el 17 de abril a más tardar", "by 17 April at the latest".
    "fr": ["au plus tard"],
    "es": ["a más tardar", "como muy tarde"],
    "it": ["al più tardi", "al massimo"],
    "pt": ["o mais tardar", "no mais tardar"],
    "en": ["at the latest"],
    # Round 28e: Finnish "until" after the date ("30.6.2021 asti", "21.7. saakka").
    "fi": ["asti", "saakka"],
    # session 24 (imp24a): kk, mn "until"; si "before"; my "before (it comes)"
    "kk": ["дейін"],
    "mn": ["хүртэл",
           # (Round 31a: "within", "before" after the day's case ending, "10-ны дотор".)
           "дотор", "-ны дотор", "-ний дотор", "-ны өмнө", "-ний өмнө", "-нээс өмнө",
           "-наас өмнө"],
    "si": ["ට පෙර", "ට කලින්", "වන විට"],
    "my": ["မတိုင်မီ", "နောက်ဆုံးထား၍"],
    # Session 25 (imp25i): ne "within", "before"; mr "until", "before"; gu "until"; pa "until"
    "ne": ["भित्र", "गतेभित्र", "अघि", "भन्दा अगाडि", "सम्म"],
    "mr": ["पर्यंत", "पूर्वी", "च्या आत"],
    "gu": ["સુધીમાં", "સુધી", "પહેલાં"],
    "pa": ["ਤੱਕ", "ਤੋਂ ਪਹਿਲਾਂ"],
    # Session 26 (imp26d): ml "within" (written onto the day: "30-നകം"), "before", "until";
    # ta "within", "before"; te "within", "before"; kn "within", "before"
    "ml": ["-നകം", "നകം", "-ന് മുമ്പ്", "ന് മുമ്പ്", "-നു മുമ്പ്", "നു മുമ്പ്", "വരെ"],
    "ta": ["-க்குள்", "க்குள்", "-க்கு முன்", "க்கு முன்", "-ம் தேதிக்குள்", "ம் தேதிக்குள்",
           # (Round 31a: Sri Lankan Tamil, below.)
           "வரை", "முன்னர்", "க்கு முன்னர்", "ஆம் திகதிக்கு முன்னர்", "ஆம் திகதிக்கு முன்",
           "ஆம் திகதிக்குள்", "ஆம் திகதி வரை", "திகதிக்கு முன்னர்", "திகதிக்குள்"],
    "te": ["లోపు", "లోగా", "-లోపు", "కు ముందు", "-కు ముందు"],
    "kn": ["ರೊಳಗೆ", "-ರೊಳಗೆ", "ಕ್ಕೆ ಮೊದಲು", "ರ ಮೊದಲು"],
    # Round 31a: "before", "until" after the date in more languages: Hungarian "2019. október
    # 15. előtt"; Sri Lankan Tamil "2026 மே 8 வரை", "22ஆம் திகதிக்கு முன்னர்"; Mongolian
    # "10-ны дотор" (within); Amharic "... ድረስ" (until, closing "እስከ").
    "hu": ["előtt", ". előtt", "-e előtt", "-a előtt"],
    "am": ["ድረስ"],
}  # fmt: skip
# Words of a line about the appeal (a date on it is a deadline): stems, matched inside words.
APPEAL_CONTEXT: dict[str, list[str]] = {
    "be": ["зварот", "ліст", "пішыце", "дашліце"],
    "sr-Cyrl": ["апел", "пишите", "пошаљите", "писма"],
    "mk": ["апел", "пишете", "испратете"],
    "sq": ["letr", "apel", "shkruani", "dërgoni"],
    "az": ["müraciət", "məktub", "yazın", "göndərin"],
    "ka": ["წერილ", "მიწერეთ", "გაგზავნეთ", "მიმართვ"],
    "hy": ["նամակ", "գրեք", "ուղարկեք"],
    "ur": ["خطوط", "لکھیں", "بھیجیں", "اپیل"],
    "hi": ["पत्र", "लिखें", "भेजें", "अपील"],
    "bn": ["চিঠি", "লিখুন", "পাঠান", "আবেদন"],
    "vi": ["thư", "gửi", "viết", "kêu gọi"],
    "zh": ["信件", "写信", "寫信", "呼吁", "呼籲", "截止"],
    # ja "deadline" (as "deadline" is one in English), "letter", "write"; ko "deadline";
    # km "letter", "send"; lo "letter", "send"; my "letter", "send" (session 26, imp26b)
    "ja": ["締め切り", "締切", "〆切", "手紙", "書簡"],
    "ko": ["탄원", "편지", "보내", "마감", "서한"],
    "km": ["លិខិត", "ផ្ញើ"],
    "lo": ["ຈົດໝາຍ", "ສົ່ງ"],
    "my": ["ပေးပို့"],
    "th": ["จดหมาย", "ส่ง", "เขียน"],
    "eu": ["gutun", "idatzi", "bidali"],
    "gl": ["carta", "escrib", "envia"],
    # Round 31a: Dutch plural "letters" (not a form of "brief"), Catalan "letters", "send".
    "nl": ["brieven"],
    "ca": ["cartes", "envieu", "trameteu"],
    "mt": ["ittri", "ikteb", "iktbu", "ibgħat"],
    "ga": ["litir", "litreacha", "scríobh", "seol"],
    # Session 25 (imp25i): "letter", "write", "send", "appeal"
    "ne": ["पत्र", "लेख्नु", "पठाउनु", "अपील"],
    "mr": ["पत्र", "लिहा", "पाठवा", "आवाहन"],
    "ta": ["கடிதம்", "எழுது", "அனுப்பு", "முறையீடு",
           # Session 29 lead: "letters" and the verb's stem before its other endings
           # ("கடிதங்கள்", "அனுப்பி").
           "கடித", "அனுப்ப"],
    "te": ["లేఖ", "రాయండి", "పంపండి", "విజ్ఞప్తి"],
    "ml": ["കത്ത്", "കത്തു", "എഴുതു", "അയയ്ക്കു", "അയയ്\u200cക്കു", "അഭ്യർത്ഥന"],
    "gu": ["પત્ર", "લખો", "મોકલો", "અપીલ"],
    "pa": ["ਪੱਤਰ", "ਚਿੱਠੀ", "ਲਿਖੋ", "ਭੇਜੋ", "ਅਪੀਲ"],
}  # fmt: skip
# Session 29 lead (after review): the reader asked to write or send, as whole words (a request
# addresses the reader: an imperative, "you can write"; a story's "escrevia" or "Sąd
# apelacyjny" is none): a sentence offering languages with one of these asks for letters in
# them (language_names._languages_listed_to_send).
LANGUAGE_REQUEST_CUES: dict[str, list[str]] = {
    "pt": ["pode escrever", "podem escrever", "escreva", "escrevam", "envie", "enviem"],
    "pl": ["możesz wysłać", "możesz napisać", "można wysłać", "można napisać", "wyślij",
           "napisz", "wyślijcie", "napiszcie"],
    # (Czech typed without its accents, as 1990s mails were: "Piste anglicky".)
    "cs": ["pište", "napište", "pošlete", "můžete psát", "můžete poslat", "piste", "napiste",
           "poslete", "muzete psat", "muzete poslat"],
    "ko": ["보내 주십시오", "보내주십시오", "보내 주세요", "보내주세요", "써 주십시오", "서한",
           "편지"],
    "ka": ["დაწეროთ", "დაწერეთ", "მიწერეთ", "გაგზავნეთ", "წერილი", "წერილები"],
    "am": ["ይጻፉ", "ይላኩ", "ደብዳቤ"],
    "bn": ["পাঠিয়ে", "পাঠান", "লিখুন", "চিঠি"],
    "ur": ["بھیجیں", "لکھیں", "خط"],
    "hi": ["भेजें", "लिखें", "पत्र"],
    "ta": ["அனுப்பி", "அனுப்பவும்", "எழுதவும்", "கடிதங்கள்", "கடிதம்"],
}  # fmt: skip
# Nouns a nationality adjective, spelt as a language's name, qualifies ("the French or German
# embassy"): a list of names right before one is no list of languages.
NOUNS_AFTER_NATIONALITY: dict[str, list[str]] = {
    "en": ["embassy", "embassies", "government", "authorities", "authority", "consulate",
           "ministry", "court", "courts", "people", "citizen", "citizens", "national",
           "nationals", "police", "army", "border", "section", "sections", "office", "press"],
}  # fmt: skip
# Headings of the background after the appeal.
HARD_END: dict[str, list[str]] = {
    "be": ["Дадатковая інфармацыя"],
    "sr-Cyrl": ["Додатне информације", "Позадина"],
    "mk": ["Дополнителни информации"],
    "sq": ["Informacion shtesë", "Informacione shtesë", "Sfondi"],
    "az": ["Əlavə məlumat"],
    "ka": ["დამატებითი ინფორმაცია"],
    "hy": ["Լրացուցիչ տեղեկություններ"],
    "ur": ["اضافی معلومات", "پس منظر"],
    "hi": ["अतिरिक्त जानकारी", "पृष्ठभूमि"],
    # Round 30d: Nepali "more information", "background".
    "ne": ["थप जानकारी", "पृष्ठभूमि"],
    "bn": ["অতিরিক্ত তথ্য", "পটভূমি"],
    "th": ["ข้อมูลเพิ่มเติม", "ข้อมูลภูมิหลัง"],
    "vi": ["Thông tin thêm", "Thông tin bổ sung", "Bối cảnh"],
    "eu": ["Informazio gehigarria"],
    "mt": ["Informazzjoni addizzjonali", "Sfond"],
    "ga": ["Eolas breise", "Cúlra"],
}  # fmt: skip
# Labels before a postal address: dropped, the address kept.
ADDRESS_LABEL: dict[str, list[str]] = {
    "be": ["Адрас"], "sr-Cyrl": ["Адреса"], "mk": ["Адреса"], "sq": ["Adresa"],
    "az": ["Ünvan"], "ka": ["მისამართი"], "hy": ["Հասցե"], "ur": ["پتہ"], "hi": ["पता"],
    "bn": ["ঠিকানা"], "th": ["ที่อยู่"], "vi": ["Địa chỉ"], "zh": ["地址"], "ja": ["住所"],
    "eu": ["Helbidea"], "gl": ["Enderezo"], "mt": ["Indirizz"], "ga": ["Seoladh"],
}  # fmt: skip
# Office and body words: a line with one is an organisation.
ORGANISATION_WORDS: dict[str, list[str]] = {
    "be": ["Міністэрства", "Пасольства", "Пракуратура", "Адміністрацыя", "Урад"],
    "sr-Cyrl": ["Министарство", "Амбасада", "Тужилаштво", "Влада"],
    "mk": ["Амбасада", "Обвинителство", "Влада"],
    "sq": ["Ministria", "Prokuroria", "Qeveria", "Zyra"],
    "az": ["Nazirliyi", "Səfirliyi", "Prokurorluğu", "Administrasiyası", "Aparatı"],
    "ka": ["სამინისტრო", "საელჩო", "პროკურატურა", "მთავრობა", "ადმინისტრაცია"],
    # session 24 (imp24a)
    "kk": ["Министрлігі", "Елшілігі", "Прокуратурасы", "Әкімдігі", "Үкіметі"],
    "mn": ["Яам", "Элчин сайдын яам", "Прокурорын газар"],
    "am": ["ሚኒስቴር", "ኮሚሽን", "ኤምባሲ", "ጽሕፈት ቤት", "ጽ/ቤት"],
    "si": ["අමාත්‍යාංශය", "කාර්යාලය", "තානාපති කාර්යාලය", "කොමිෂන් සභාව"],
    "hy": ["Նախարարություն", "Դեսպանություն", "Դատախազություն", "Կառավարություն",
           "Աշխատակազմ"],
    # ur (session 23): a ministry, an office and a secretariat (written as English words in
    # Urdu letters), a commission, as "मंत्रालय", "कार्यालय", "आयोग" are in Hindi
    "ur": ["سفارت خانہ", "وزارت داخلہ", "وزارت", "آفس", "سیکرٹریٹ", "کمیشن", "دفتر"],
    "hi": ["मंत्रालय", "दूतावास", "कार्यालय", "आयोग"],
    "bn": ["মন্ত্রণালয়", "দূতাবাস", "কার্যালয়", "কমিশন"],
    "vi": ["Bộ Công an", "Bộ Ngoại giao", "Bộ Tư pháp", "Văn phòng", "Đại sứ quán",
           "Viện Kiểm sát"],
    "eu": ["Saila", "Ministerioa", "Enbaxada", "Fiskaltza", "Gobernua"],
    "gl": ["Consellería", "Xunta"],
    "mt": ["Ministeru", "Ambaxxata", "Uffiċċju"],
    "ga": ["Roinn", "Ambasáid", "Oifig"],
    # en (session 18): a procurator's office (China, Viet Nam, Soviet successors)
    "en": ["Procuratorate", "Procuracy",
           # session 20: an administration, as Russian, Romanian, Georgian rows have it
           "Administration"],
    "es": ["Administración"], "pt": ["Administração"], "it": ["Amministrazione"],
    "de": ["Verwaltung", "Präsidialverwaltung"],
    # nb, da, sv: a directorate
    "nb": ["Direktoratet", "Direktorat"],
    # Session 25 (imp25i): "ministry", "office", "commission", "secretariat", "department"
    "ne": ["मन्त्रालय", "कार्यालय", "आयोग", "सचिवालय", "सेना", "प्रहरी"],
    "mr": ["मंत्रालय", "कार्यालय", "आयोग", "सचिवालय", "विभाग"],
    "ta": ["அமைச்சகம்", "அலுவலகம்", "ஆணையம்", "தலைமைச் செயலகம்", "துறை",
           # Round 35c, Sri Lanka's Tamil: headquarters, commission, high
           # commission, embassy, department, ministry
           "தலைமையகம்", "ஆணைக்குழு", "உயர்ஸ்தானிகராலயம்", "தூதரகம்",
           "திணைக்களம்", "அமைச்சு"],
    # Round 35c: lt ministry, office, embassy, prosecutor's office; cs office, government
    "lt": ["ministerija", "Ministerija", "tarnyba", "ambasada", "prokuratūra", "Prokuratūra",
           "kanceliarija", "Vyriausybė"],
    # (cs "vláda", "kancelář", the government, an office, are also surnames: they are in
    # phrases.ORGANISATION_WORDS with a guard, not here.)
    "cs": ["úřad", "Úřad"],
    "te": ["మంత్రిత్వ శాఖ", "కార్యాలయం", "కమిషన్", "సచివాలయం", "శాఖ"],
    "ml": ["മന്ത്രാലയം", "ഓഫീസ്", "കാര്യാലയം", "കമ്മീഷൻ", "സെക്രട്ടേറിയറ്റ്", "വകുപ്പ്"],
    "gu": ["મંત્રાલય", "કાર્યાલય", "કચેરી", "આયોગ", "સચિવાલય", "વિભાગ"],
    "pa": ["ਮੰਤਰਾਲਾ", "ਮੰਤਰਾਲੇ", "ਦਫ਼ਤਰ", "ਦਫਤਰ", "ਕਮਿਸ਼ਨ", "ਸਕੱਤਰੇਤ", "ਵਿਭਾਗ"],
    "bn-more": ["সচিবালয়", "দপ্তর", "অধিদপ্তর", "বিভাগ"],
    "hi-more": ["सचिवालय", "मुख्यालय", "विभाग", "मन्त्रालय"],
}  # fmt: skip
ORGANISATION_WORDS_UNSPACED = [
    # th: ministry, embassy, office
    "กระทรวง", "สถานเอกอัครราชทูต", "สำนักงาน",
    # zh: the State Council, ministries of justice and foreign affairs, public security bureaus
    "国务院", "國務院", "司法部", "外交部", "公安厅", "公安廳", "公安局",
    # ja: ministries of justice and foreign affairs, the Cabinet Office
    "法務省", "外務省", "内閣府",
    # ko (session 27, imp27a), written joined to the body's own name: a commission, a
    # (immigration) detention centre, a prison, a remand centre, a court. (Not a ministry:
    # "법무부 장관" is read whole as the office.)
    "위원회", "보호소", "교도소", "구치소", "법원",
]  # fmt: skip
# Field labels, each followed by ":".
FIELD_LABELS: dict[str, list[str]] = {
    "fax": ["Faks", "ფაქსი", "Ֆաքս", "فیکس", "फ़ैक्स", "ফ্যাক্স", "โทรสาร", "Faxa", "Facs",
            # session 24 (imp24a): am/ti, si, km, my, lo
            "ፋክስ", "ෆැක්ස්", "ទូរសារ", "ဖက်စ်", "ແຟັກ", "ແຟັກຊ໌",
            # session 31 (lead): is, and "fax number" in de/nl/sv/da, fr, es, it, pt
            "Símbréf", "Myndsendir", "Faxnummer", "Faxnr.", "Numéro de fax", "N° de fax",
            "Número de fax", "Nº de fax", "Numero di fax", "N. fax", "Número do fax"],
    "email": ["Электрондық пошта", "Цахим шуудан", "И-мэйл", "ኢሜይል", "ኢሜል", "ኢ-ሜይል",
              "ኢመይል", "විද්‍යුත් තැපෑල", "ඊමේල්", "អ៊ីមែល", "អ៊ីម៉ែល", "အီးမေးလ်", "ອີເມວ",
              "ອີເມລ",
              "Электронная пошта", "Эл. пошта", "Е-пошта", "Имејл", "Posta elektronike",
              "E-poçt", "ელ-ფოსტა", "ელფოსტა", "Էլ. փոստ", "ای میل", "ईमेल", "ইমেইল",
              "ই-মেইল", "อีเมล", "Thư điện tử", "Posta elektronikoa", "Helbide elektronikoa",
              "Posta elettronika", "Ríomhphost"],
    "phone": ["Утас", "ስልክ", "දුරකථන", "ទូរស័ព្ទ", "ဖုန်း", "ໂທລະສັບ",
              "Тэлефон", "ტელეფონი", "Հեռախոս", "فون", "फ़ोन", "दूरभाष", "ফোন", "โทรศัพท์",
              "Điện thoại", "Telefonoa", "Telefown", "Guthán"],
    # The greeting's label ("Зварот:", "Cách xưng hô:", "Beannú:").
    "salutation": ["Қаратпа сөз", "Қаратпа", "Хандах хэлбэр", "ሰላምታ", "ආමන්ත්‍රණය",
                   "Зварот", "Обраћање", "Обраќање", "Müraciət forması", "მიმართვა",
                   "Դիմելաձև", "संबोधन", "সম্ভাষণ", "คำขึ้นต้น", "Cách xưng hô", "Lời chào",
                   "Agurra", "Saúdo", "Tislima", "Beannú", "Përshëndetje", "خطاب"],
}  # fmt: skip
# Session 25 (imp25i): the labels of South Asia's scripts: "fax", "e-mail", "phone" as Nepali,
# Hindi and Marathi (with and without the nukta), Tamil, Telugu, Malayalam, Gujarati, Punjabi,
# Urdu and Dhivehi write them, and "form of address".
FIELD_LABELS["fax"] += [
    "फ्याक्स", "फैक्स", "फॅक्स", "ফ্যাক্স নম্বর", "தொலைநகல்", "ஃபேக்ஸ்", "ఫ్యాక్స్", "ഫാക്സ്",
    "ફેક્સ", "ਫੈਕਸ", "ਫ਼ੈਕਸ", "ފެކްސް",
]  # fmt: skip
FIELD_LABELS["email"] += [
    "ई-मेल", "इमेल", "इ-मेल", "ইমেল", "மின்னஞ்சல்", "ఈమెయిల్", "ఇమెయిల్", "ഇമെയിൽ", "ഇ-മെയിൽ",
    "ઈમેલ", "ઇમેઇલ", "ઈ-મેલ", "ਈਮੇਲ", "ਈ-ਮੇਲ", "ای-میل", "އީމެއިލް",
]  # fmt: skip
FIELD_LABELS["phone"] += [
    "फोन", "टेलिफोन", "टेलीफोन", "தொலைபேசி", "ఫోన్", "ഫോൺ", "ફોન", "ਫ਼ੋਨ", "ਫੋਨ", "ٹیلیفون",
    "ފޯން",
]  # fmt: skip
FIELD_LABELS["salutation"] += [
    "सम्बोधन", "সম্বোধন", "القاب", "விளிப்பு", "సంబోధన", "അഭിസംബോധന", "સંબોધન", "ਸੰਬੋਧਨ",
]  # fmt: skip
# Session 27 (imp27c): the Swedish, Danish and Norwegian everyday "e-mail" ("mejl", "mail"),
# and "open with" as a greeting's label (Swedish "Inled", "Inled med", Danish "Indled med").
FIELD_LABELS["email"] += ["Mejl", "Mejla", "Mejladress", "Mailadresse", "E-postadresse"]
FIELD_LABELS["salutation"] += ["Inled", "Inled med", "Inled brevet med", "Indled med"]
# "Write to" headings, and who to write to (plurals only: a singular "address:" is a label).
WRITE_TO: dict[str, list[str]] = {
    "be": ["пішыце па адрасах", "каму пісаць", "адрасаты"],
    "sr-Cyrl": ["пишите на адресе", "коме писати", "примаоци"],
    "mk": ["пишете до", "на кого да пишете", "примачи"],
    "sq": ["shkruani te", "shkruani në adresat", "kujt t'i shkruani", "marrësit"],
    "az": ["kimə yazmalı", "ünvanlara yazın"],
    "ka": ["ვის მივწეროთ", "მისამართები", "ადრესატები"],
    # session 24 (imp24a): hy "send the appeals/letters", "whom to address"; Kazakh and Mongolian
    # "whom to write", "addresses", "recipients"; Amharic "addresses", "recipients"; Sinhala
    # "addresses"; Burmese "addresses", "addresses to send to"
    "kk": ["кімге жазу керек", "кімге жазу", "мекенжайлар", "алушылар"],
    "mn": ["хэнд бичих вэ", "хэнд бичих", "хүлээн авагчид", "хаягууд"],
    "am": ["አድራሻዎች", "ተቀባዮች"],
    "si": ["ලිපින", "ලිපි යැවිය යුතු ලිපින",
           # Session 26 (imp26d): the plural "addresses", "addresses to send letters to",
           # "whom to write to"
           "ලිපිනයන්", "ලිපි යැවිය යුතු ලිපිනයන්", "ලිපි යැවිය යුත්තේ", "කාට ලියන්නද"],
    "my": ["လိပ်စာများ", "ပေးပို့ရန်လိပ်စာများ"],
    # km "please send letters to", "send letters to", "addresses to send letters to"
    "km": ["សូមផ្ញើលិខិតទៅ", "ផ្ញើលិខិតទៅ", "អាសយដ្ឋានសម្រាប់ផ្ញើលិខិត"],
    # (and the plain imperative "write:", "Գրեք՝", as a heading of its own)
    "hy": ["գրեք", "ում գրել", "հասցեատերեր", "դիմումներն ուղարկել", "դիմումները ուղարկել",
           "նամակներն ուղարկել", "նամակները ուղարկել", "ում դիմել"],
    "ur": ["کسے لکھیں", "وصول کنندگان"],
    "hi": ["किसे लिखें", "प्राप्तकर्ता",
           # Session 27 (imp27d): hi, bn "to whom to write" in the plural and respectful forms
           "किन्हें लिखें", "किसको लिखें", "किनको लिखें"],
    "bn": ["কাকে লিখবেন", "প্রাপক", "যাঁদের কাছে লিখবেন", "যাদের কাছে লিখবেন", "কাদের কাছে লিখবেন",
           "কার কাছে লিখবেন"],
    "th": ["ส่งจดหมายถึง", "ผู้รับ", "ส่งถึง", "ส่งไปที่", "ที่อยู่ผู้รับ"],
    "vi": ["gửi thư đến", "gửi thư tới", "người nhận"],
    "zh": ["写信给", "寫信給", "寄信至"],
    # ar (session 18): "the bodies to address", with and without the vowel sign
    "ar": ["الجهات التي يرجى مخاطبتها", "الجهات التي يُرجى مخاطبتها", "الجهات المطلوب مخاطبتها"],
    # ko (session 18): "where to send (it)", honorific and plain
    "ko": ["보내실 곳", "보내실 주소", "보낼 주소"],
    # ja, zh (session 22): "where the requests go" (a letter's addressee, Japanese sections'
    # "要請先"), "where to send", and Chinese "the addressee(s) of the letters"
    "ja": ["要請先", "宛先", "あて先", "送付先", "送り先", "要請書の送付先", "手紙の送付先"],
    "eu": ["nori idatzi", "hartzaileak"],
    "gl": ["escribide a", "a quen escribir"],
    "mt": ["ikteb lil", "iktbu lil", "lil min tikteb"],
    "ga": ["scríobh chuig", "seol chuig"],
    # Session 25 (imp25i): "whom to write to", "addresses" of ne, mr, ta, te, ml, gu, pa
    "ne": ["कसलाई लेख्ने", "पत्र पठाउने ठेगाना", "ठेगानाहरू"],
    "mr": ["कोणाला लिहावे", "कोणाला लिहा", "पत्ते"],
    "ta": ["யாருக்கு எழுத வேண்டும்", "யாருக்கு எழுதுவது", "முகவரிகள்"],
    "te": ["ఎవరికి రాయాలి", "చిరునామాలు"],
    "ml": ["ആർക്ക് എഴുതണം", "വിലാസങ്ങൾ"],
    "gu": ["કોને લખવું", "સરનામાં"],
    "pa": ["ਕਿਸ ਨੂੰ ਲਿਖਣਾ ਹੈ", "ਕਿਸ ਨੂੰ ਲਿਖੀਏ", "ਪਤੇ"],
}  # fmt: skip
# Session 26 (imp26d): "send to this address / these addresses", "the address to send
# letters to", "letters are to be sent (to)" of the languages of South Asia
_WRITE_TO_SOUTH_ASIA: dict[str, list[str]] = {
    "pa": ["ਇਸ ਪਤੇ 'ਤੇ ਭੇਜੋ", "ਇਸ ਪਤੇ ’ਤੇ ਭੇਜੋ", "ਇਸ ਪਤੇ ਤੇ ਭੇਜੋ", "ਇਨ੍ਹਾਂ ਪਤਿਆਂ 'ਤੇ ਭੇਜੋ",
            "ਚਿੱਠੀ ਭੇਜਣ ਦਾ ਪਤਾ"],
    "hi": ["इस पते पर भेजें", "इन पतों पर भेजें", "पत्र भेजने का पता", "पत्र यहाँ भेजें"],
    "ne": ["यस ठेगानामा पठाउनुहोस्", "यी ठेगानामा पठाउनुहोस्"],
    "mr": ["या पत्त्यावर पाठवा", "या पत्त्यांवर पाठवा", "पत्र पाठवण्याचा पत्ता"],
    "bn": ["এই ঠিকানায় পাঠান", "এই ঠিকানাগুলোতে পাঠান", "চিঠি পাঠানোর ঠিকানা"],
    "ur": ["اس پتے پر بھیجیں", "ان پتوں پر بھیجیں", "خطوط بھیجنے کا پتہ"],
    "ta": ["இந்த முகவரிக்கு அனுப்பவும்", "கடிதம் அனுப்ப வேண்டிய முகவரி"],
    "te": ["ఈ చిరునామాకు పంపండి", "లేఖలు పంపవలసిన చిరునామా"],
    "ml": ["കത്തുകൾ അയയ്ക്കേണ്ടത്", "കത്തുകൾ അയയ്\u200cക്കേണ്ടത്", "കത്ത് അയയ്ക്കേണ്ട വിലാസം",
            "ഈ വിലാസത്തിൽ അയയ്ക്കുക"],
    "gu": ["આ સરનામે મોકલો", "પત્ર મોકલવાનું સરનામું"],
}  # fmt: skip
for _code, _words in _WRITE_TO_SOUTH_ASIA.items():
    WRITE_TO[_code] = [*WRITE_TO.get(_code, []), *_words]
# Offices that open a recipient's title line.
TITLE_WORDS = [
    # pl (round 24o): offices in the genitive after "do" ("Napisz do Prokuratora ...")
    "Prokuratora", "Rzecznika", "Rzeczniczki", "Prezydenta", "Premiera", "Ambasadora",
    "Komendanta", "Przewodniczącego", "Przewodniczącej", "Marszałka", "Wojewody",
    # be
    "Прэзідэнт", "Пракурор", "Пасол", "Старшыня", "Прэм'ер-міністр",
    # sr (Cyrillic), mk
    "Председник", "Министар", "Премијер", "Тужилац", "Амбасадор", "Претседател", "Министер",
    "Премиер", "Обвинител",
    # sq
    "Presidenti", "Ministri", "Ministër", "Kryeministri", "Prokurori", "Ambasadori",
    # az
    "Prezident", "Naziri", "Prokuror", "Səfir", "Səfiri",
    # ka
    "პრეზიდენტი", "პრემიერ-მინისტრი", "მინისტრი", "პროკურორი", "ელჩი",
    # hy
    "Նախագահ", "Վարչապետ", "Նախարար", "Դատախազ", "Դեսպան",
    # session 24 (imp24a): ka, hy "defender" (the public defender, the human rights defender,
    # offices whose word comes last); kk (with the possessive the office takes after its
    # body: "Қазақстан Республикасының Бас прокуроры"), mn; am/ti; si; my (Burmese writes
    # its words without spaces: its offices as words the line holds)
    "დამცველი", "თავმჯდომარე", "Պաշտպան", "Պաշտպանը",
    "Президенті", "Министрі", "Прокуроры", "Елшісі", "Төрағасы", "Әкімі", "Уәкілі",
    "Ерөнхийлөгч", "Сайд", "Прокурор",
    "ፕሬዚዳንት", "ፕሬዝዳንት", "ሚኒስትር", "ኮሚሽነር", "አምባሳደር", "ፕረዚደንት", "ሚኒስተር",
    "ජනාධිපති", "අගමැති", "අමාත්‍ය", "ඇමති", "නීතිපති", "පොලිස්පති", "තානාපති", "කොමසාරිස්",
    # ur
    "صدر", "گورنر",
    # hi
    "राष्ट्रपति", "प्रधानमंत्री", "मंत्री", "मुख्यमंत्री", "राज्यपाल", "राजदूत",
    # bn
    "রাষ্ট্রপতি", "প্রধানমন্ত্রী", "মন্ত্রী", "স্বরাষ্ট্রমন্ত্রী", "রাষ্ট্রদূত",
    # th: prime minister, minister, attorney general, ambassador
    "นายกรัฐมนตรี", "รัฐมนตรี", "อัยการสูงสุด", "เอกอัครราชทูต",
    # zh: president, premier, minister, procurator-general, ambassador, governor, director
    "国家主席", "國家主席", "总理", "總理", "部长", "部長", "检察长", "檢察長", "大使",
    "省长", "省長", "厅长", "廳長", "局长", "局長",
    # ja: prime minister, minister, president, prosecutor-general, ambassador, governor
    "内閣総理大臣", "総理大臣", "大臣", "大統領", "検事総長", "知事",
    # eu
    "Lehendakaria", "Sailburua", "Ministroa", "Enbaxadorea", "Arartekoa",
    # gl
    "Conselleiro", "Conselleira",
    # mt
    "Ministru", "Ambaxxatur",
    # ga
    "Uachtarán", "Taoiseach", "Aire", "Ard-Aighne", "Coimisinéir", "Ambasadóir",
    # nb, da, sv (session 18): heads of a service or body, foreign and home ministers
    "Direktør", "Generaldirektør", "Sjef",
    # en (session 18)
    "Procurator",
    # ar (session 18): the feminine forms of the head of a body, a minister, an ambassador
    "رئيسة", "وزيرة", "سفيرة", "Utenriksminister",
    "Innenriksminister", "Udenrigsminister", "Indenrigsminister", "Generaldirektör",
    # Session 27e: a university's head, written to in a letter's copies list (pl, de, cs,
    # sk, hr, sl, tr, hu, es, pt, it, fr, en)
    "Rektor", "Rektorka", "Rector", "Rectora", "Reitor", "Reitora", "Rettore", "Rettrice",
    "Recteur", "Rectrice", "Rektör",
]  # fmt: skip
# Session 27e: an office noun with its possessive ending, "its head", written last after the
# body it heads ("TBMM ... Komisyonu Başkanı", the commission's chair; "X Minisztérium
# vezetője"): the line is that office, though it names the body too.
OFFICE_OF_BODY: dict[str, list[str]] = {
    "tr": ["Başkanı", "Bakanı", "Başsavcısı", "Savcısı", "Müdürü", "Valisi", "Büyükelçisi",
           "Genel Sekreteri", "Kaymakamı", "Rektörü", "Başkan Yardımcısı"],
    "hu": ["elnöke", "vezetője", "igazgatója", "főigazgatója", "nagykövete", "ügyésze"],
}  # fmt: skip

# Session 27 (imp27c): German offices that close a compound noun, their portfolio or rank
# joined before them ("Staatspräsident", "Landespolizeipräsidentin", "Oberstaatsanwalt",
# "Sonderbeauftragter"), as "-minister" does: a line opening with such a word is a title.
TITLE_COMPOUND_ENDS = [
    "präsident", "präsidentin", "botschafter", "botschafterin", "kanzler", "kanzlerin",
    "staatsanwalt", "staatsanwältin", "bürgermeister", "bürgermeisterin", "beauftragter",
    "beauftragte", "kommissar", "kommissarin",
]  # fmt: skip
# Session 25 (imp25i): offices of South Asia's languages, which join their portfolio before
# them into one word ("गृहमन्त्री" the home minister, "স্বরাষ্ট্রমন্ত্রী", "முதலமைச்சர்" the
# chief minister) or put it in the word before ("পুলিশের মহাপরিদর্শক", the inspector general of
# police; "وفاقی وزیر", the federal minister): a line whose first or second word ends with one
# is a title line.
TITLE_WORDS_LAST = [
    # hi, mr, ne (Hindi's anusvara spelling and Nepali's conjunct)
    "मंत्री", "मन्त्री", "आयुक्त", "महानिदेशक", "निदेशक", "महानिरीक्षक", "अध्यक्ष", "सचिव",
    "राज्यपाल", "अधीक्षक", "जिलाधिकारी", "जिल्हाधिकारी", "न्यायाधीश", "सेनापति", "राजदूत",
    # bn
    "মন্ত্রী", "মহাপরিদর্শক", "সচিব", "কমিশনার", "চেয়ারম্যান", "রাষ্ট্রদূত", "মহাপরিচালক",
    # ur
    "وزیر", "وزیراعلیٰ", "وزیراعظم", "انسپکٹر", "سیکرٹری", "چیئرمین",
    # ta, te, ml (Tamil joins a vowel into the office: "முதல்" + "அமைச்சர்", "முதலமைச்சர்")
    "அமைச்சர்", "மைச்சர்", "ஆணையர்", "இயக்குநர்", "தலைவர்", "செயலாளர்", "మంత్రి", "కమిషనర్",
    # Round 35c, ta (Sri Lanka's usage): chief ("பொலிஸ்மா அதிபர்", the inspector general of
    # police; "சட்டமா அதிபர்", the attorney general), high commissioner,
    # ambassador, commissioner; bn adviser (a minister of an interim government)
    "அதிபர்", "உயர்ஸ்தானிகர்", "தூதுவர்", "ஆணையாளர்", "উপদেষ্টা",
    "డైరెక్టర్", "కార్యదర్శి", "മന്ത്രി", "കമ്മീഷണർ", "ഡയറക്ടർ", "സെക്രട്ടറി", "ചെയർമാൻ",
    # gu, pa
    "મંત્રી", "કમિશનર", "નિયામક", "અધ્યક્ષ", "સચિવ", "ਮੰਤਰੀ", "ਕਮਿਸ਼ਨਰ", "ਡਾਇਰੈਕਟਰ", "ਸਕੱਤਰ",
    # Session 27 (imp27d): my, km, lo write the office last after its body too, joined to it
    # ("X-ဝန်ကြီး", the minister of X; "ឧបនាយករដ្ឋមន្ត្រី", deputy prime minister): minister,
    # chief minister, police chief, president, chair; km prime minister, minister, governor;
    # lo minister
    "ဝန်ကြီး", "ဝန်ကြီးချုပ်", "ရဲချုပ်", "သမ္မတ", "ဥက္ကဋ္ဌ", "នាយករដ្ឋមន្ត្រី", "រដ្ឋមន្ត្រី",
    "អភិបាល", "ລັດຖະມົນຕີ",
]  # fmt: skip
# Chinese and Japanese offices, last on a title line after their body ("司法部部长").
TITLE_WORDS_UNSPACED = [
    # session 24 (imp24a): km prime minister, minister; my president, minister, prime
    # minister, attorney general, ambassador; lo prime minister, minister, president
    "នាយករដ្ឋមន្ត្រី", "រដ្ឋមន្ត្រី", "သမ္မတ", "ဝန်ကြီး", "ဝန်ကြီးချုပ်", "ရှေ့နေချုပ်",
    "သံအမတ်", "ນາຍົກລັດຖະມົນຕີ", "ລັດຖະມົນຕີ", "ປະທານປະເທດ",
    "部长", "部長", "检察长", "檢察長", "厅长", "廳長", "局长", "局長", "省长", "省長", "主席",
    "总理", "總理", "大使", "大臣", "知事", "長官",
    # session 23 (imp23s): heads of a department (Hong Kong's secretaries, "司長"), of a
    # centre or institute ("所長"), of a court or academy ("院長"), of an agency or a police
    # force ("署長"), of a city ("市長"), of a commission ("委員長"), of a division ("處長")
    "司長", "司长", "所長", "所长", "院長", "院长", "署長", "署长", "市長", "市长", "委員長",
    "委员长", "處長", "处长",
]  # fmt: skip
# Offices of scripts written without spaces between words that open their line and run on
# into the body they head (Khmer "រដ្ឋមន្ត្រីក្រសួងយុត្តិធម៌", the minister of the ministry of
# justice; Lao and Burmese the same): a title line however it goes on (session 24).
TITLE_WORDS_OPENING_UNSPACED = [
    "នាយករដ្ឋមន្ត្រី", "រដ្ឋមន្ត្រី", "ប្រធាន", "អភិបាល", "ព្រះរាជអាជ្ញា", "ឯកអគ្គរដ្ឋទូត",
    "ນາຍົກລັດຖະມົນຕີ", "ລັດຖະມົນຕີ", "ປະທານ", "ເຈົ້າແຂວງ", "ອົງການໄອຍະການ",
    "ဝန်ကြီးချုပ်", "ဝန်ကြီး", "သမ္မတ", "ရှေ့နေချုပ်", "သံအမတ်ကြီး", "ဥက္ကဋ္ဌ",
]  # fmt: skip
# Vietnamese offices: only to open a title line. (Their syllables are syllables of names too,
# "Thu", "Chu", "Trương": kept out of the words no name contains, which TITLE_WORDS gives.)
TITLE_PHRASES_VI = ["Chủ tịch nước", "Thủ tướng", "Bộ trưởng", "Viện trưởng", "Đại sứ",
                    "Chủ tịch"]  # fmt: skip
TITLE_PHRASES = [
    # (No phrase with a particle, "de", "i", or a word of names, "Baş": its words would be
    # words no name contains.)
    "Генеральны пракурор", "Генерални тужилац", "Јавен обвинител", "გენერალური პროკურორი",
    "სახალხო დამცველი", "Գլխավոր դատախազ", "وزیر اعظم", "چیف جسٹس", "پولیس کے سربراہ",
    "पुलिस आयुक्त", "पुलिस महानिदेशक", "অ্যাটর্নি জেনারেল", "Fiskal nagusia", "Prim Ministru",
    "Kummissarju tal-Pulizija", "Avukat Ġenerali",
    # cs, sk: the prosecutor general, the office opening with its adjective.
    "Generální prokurátor", "Generální prokurátorka", "Generálny prokurátor",
    "Generálna prokurátorka", "Nejvyšší státní zástupce", "Nejvyšší státní zástupkyně",
    # (Round 35c) lt: the prime minister (a man, a woman)
    "Ministras Pirmininkas", "Ministrė Pirmininkė",
    # Head-last offices of scripts without capitals to tell a title from a name: ministers
    # of justice, the interior and foreign affairs in Georgian and Armenian.
    "იუსტიციის მინისტრი", "შინაგან საქმეთა მინისტრი", "საგარეო საქმეთა მინისტრი",
    "Արդարադատության նախարար", "Ներքին գործերի նախարար", "Արտաքին գործերի նախարար",
    # Chiefs of police in the first languages.
    "Chief of Police", "Police Commissioner", "Commissioner of Police",
    # en: China's and Viet Nam's chief procurators (session 18)
    "Procurator General", "Procurator-General", "Chief Procurator",
]  # fmt: skip
# Courtesy words before a person's name.
HONORIFICS = [
    # session 24 (imp24a): am "Mr", "Mrs", "Miss", "Dr", "Honourable"; si "Honourable", "Dr";
    # km "His Excellency", "Her Excellency", "Mr", "Mrs"; my "U", "Daw", "Dr"
    "አቶ", "ወ/ሮ", "ወይዘሮ", "ወ/ሪት", "ዶ/ር", "ክቡር", "ክብርት", "ගරු", "ආචාර්ය", "ឯកឧត្តម",
    "លោកជំទាវ", "លោក", "លោកស្រី", "ဦး", "ဒေါ်", "ဒေါက်တာ",
    # be, sr (Cyrillic), mk
    "спадар", "спадарыня", "госпођа", "г.", "гђа", "госпоѓа",
    # sq: "Mr", "Mrs", "His/Her Excellency"
    "Z.", "Znj.", "Zoti", "Zonja", "Shkëlqesia e Tij", "Shkëlqesia e Saj",
    # az, ka, hy
    "cənab", "xanım", "Zati-aliləri", "ბატონი", "ქალბატონი", "պարոն", "տիկին",
    # ur, hi, bn
    "جناب", "محترمہ", "ڈاکٹر", "श्री", "श्रीमती", "सुश्री", "डॉ.", "জনাব", "ড.",
    # hi, bn "the honourable", "Mr", "Mrs"; he "the honourable" (in full and shortened); th
    # "His Excellency" (session 22)
    "माननीय", "श्रीमान", "মাননীয়", "শ্রী", "শ্রীমতী", "כבוד", "כב'", "ฯพณฯ",
    # vi: "Mr", "Mrs", "His Excellency"; the ranks of generals (session 18)
    "Ông", "Bà", "Ngài", "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng",
    # mt, ga, pt (Portugal)
    "Is-Sur", "Is-Sinjura", "Onor.", "An tUasal", "Exmo. Senhor", "Exma. Senhora",
    # session 23 (imp23s), he: ranks of the army and the police before a name, with a maqaf
    # or a hyphen, in full and shortened with gershayim (lieutenant general, major general,
    # brigadier general, colonel, lieutenant colonel; the police's commissioner ranks), and
    # "Dr", "Advocate", "Prof."
    "רב־אלוף", "רב-אלוף", "רא״ל", "אלוף", "תת־אלוף", "תת-אלוף", "תא״ל", "אל״ם", "סא״ל",
    "רב־ניצב", "רב-ניצב", "ניצב", "תת־ניצב", "תת-ניצב", "ד״ר", "ד\"ר", "עו״ד", "עו\"ד",
    "פרופ'",
    # ar: the ranks of generals and colonels before a name (lieutenant general, brigadier,
    # colonel, staff major general)
    "الفريق", "الفريق أول", "العميد", "العقيد", "اللواء الركن",
    # session 26 (imp26e), ar: "staff lieutenant general", "Sheikh", "Sheikha"
    "الفريق الركن", "الشيخ", "الشيخة",
    # th: ranks before a name, parted from it by a space (police and army generals and
    # colonels), and "Dr"
    "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พ.ต.อ.", "พ.ต.ท.", "พล.อ.", "พล.ท.", "พล.ต.", "พ.อ.",
    "ดร.",
    # session 24 (imp24w), ro: "Mr", "Mrs" and their dative, before a name in a sentence
    "domnul", "doamna", "domnului", "doamnei", "dl.", "dna.",
    # Session 25 (imp25i): "Mr", "Mrs", "Ms", "the honourable" of ne, ta, te, ml, gu, pa
    "सम्माननीय", "திரு", "திருமதி", "செல்வி", "மாண்புமிகு",
    # Round 35c: ta "Mr", "Mrs", "Ms" written with a full stop, as Sri Lanka's pages do
    "திரு.", "திருமதி.", "செல்வி.", "శ్రీ", "శ్రీమతి", "ശ്രീ", "ശ്രീമതി",
    "શ્રી", "શ્રીમતી", "ਸ੍ਰੀ", "ਸ਼੍ਰੀ", "ਸ੍ਰੀਮਤੀ", "ਸ਼੍ਰੀਮਤੀ", "ਸ਼੍ਰੀਮਾਨ",
    # Session 26 (imp26d): "the honourable" of ml (in full and shortened), pa, gu, te, kn, ur;
    # kn "Mr", "Mrs"; si "the honourable", "His Excellency"; hi "His Excellency"
    "ബഹു.", "ബഹുമാനപ്പെട്ട", "ਮਾਣਯੋਗ", "માનનીય", "గౌరవనీయ", "ಮಾನ್ಯ", "ಶ್ರೀ", "ಶ್ರೀಮತಿ",
    "عزت مآب", "ගරු", "අතිගරු", "महामहिम",
    # Session 27e, pl: academic degrees written before a name in lowercase ("prof. dr hab. X")
    "prof.", "prof. dr hab.", "dr hab.",
    # Session 28 (imp28a): courtesy words and titles shortened as an address line prints them
    # before a name. hr, bs, sr: "Mr" shortened, "Miss", "His/Her Excellency" shortened
    "gosp.", "gđica", "gđica.", "Nj. E.", "Nj.E.",
    # cs, sk: academic titles before a name (law, arts, medicine, science, master's,
    # bachelor's, associate professor), "Mr", "Mrs" in lowercase and in Slovak
    "JUDr.", "PhDr.", "MUDr.", "RNDr.", "Mgr.", "Bc.", "doc.", "pan", "paní", "Paní", "pán",
    "Pán", "pani",
    # pl: ranks and a priest's title shortened before a name (general, colonel, major, father)
    "gen.", "płk", "płk.", "mjr", "mjr.", "ks.",
    # tr: "Sayın" shortened
    "Sn.",
    # it: "Dear Sir/Madam", "Illustrious", "Esteemed" shortened as an envelope prints them,
    # lawyer's and doctor's titles
    "Egregio", "Egregia", "Egr.", "Gent.mo", "Gent.ma", "Gentile", "Ill.mo", "Ill.ma",
    "Preg.mo", "Preg.ma", "Avv.", "avv.", "dott.", "Dott.", "Dr.ssa", "sig.", "sig.ra",
    "On.le",
    # es, ca: "Most Illustrious", "Honourable" shortened
    "Ilmo.", "Ilma.", "Ilmo", "Ilma", "Hble.", "Molt Honorable",
    # pt: "His Excellency" and "Most Excellent" written without the dot or with "mo"/"ma"
    "Exmo", "Exma", "Ex.mo", "Ex.ma", "S. Exa.", "S.Exa.", "V. Exa.",
    # nl: "Mrs", "Mr" shortened in lowercase
    "Mevr.", "mevr.", "dhr.",
    # ms, id: "Mr", "Madam", "engineer", "Hajji", "Hajjah", a graduate's title, "brother",
    # "sister" (shortened)
    "Tuan", "Puan", "Encik", "Ir.", "Hj.", "Hjh.", "Drs.", "Sdr.", "Sdri.", "Pak",
    # el: "Most Honourable"
    "Αξιότιμο", "Αξιότιμη", "Αξιότιμε",
    # uk: "Mr", "Mrs" capitalised, and "Mr" in the dative of an address
    "Пан", "Пані", "Панові", "пану", "панові",
    # vi: "His Excellency" in lowercase; sv, da, no: "Mr", "Mrs" in lowercase
    "ngài", "herr", "fru",
]  # fmt: skip
# Years counted in a named era, as dates print them ("令和8年3月31日", "民國115年5月2日"): the
# era's name and the Gregorian year before its first year (its year 1 is that year + 1).
# Japanese eras since 1926 (a first year is also printed "元年"), and the Republic of China's
# calendar (Taiwan), in traditional and simplified characters and with its short form.
ERA_YEARS: dict[str, int] = {
    "令和": 2018, "平成": 1988, "昭和": 1925,
    "民國": 1911, "民国": 1911, "中華民國": 1911, "中华民国": 1911,
}  # fmt: skip
# Words a date prints with its parts (session 26, imp26b): km, lo "month" before the month's
# name, joined or not ("ថ្ងៃទី ២៥ ខែតុលា ឆ្នាំ ២០១៣"); km, lo "year" before the year; my "year"
# after it and "month" joined after the month's name ("၂၀၂၆ ခုနှစ်၊ ဧပြီလ ၃၀ ရက်").
DATE_MONTH_BEFORE = ["ខែ", "ເດືອນ"]
DATE_YEAR_BEFORE = ["ឆ្នាំ", "ປີ"]
DATE_YEAR_AFTER = ["ခုနှစ်"]
DATE_MONTH_AFTER = ["လ"]
# Round 31a: the Gregorian era's mark joined after a year ("۳۱ اکتوبر ۲۰۲۵ء", "١٢ مارس ٢٠٢٥م"):
# Urdu "ء" (عیسوی), Arabic "م" (ميلادي). (Not "هـ", "ھ": a year of the Hijri era.)
DATE_GREGORIAN_ERA_AFTER = ["ء", "م"]
# Round 31a: month names a country spells otherwise than CLDR's (Sri Lankan Tamil "ஒக்டோபர்",
# "பெப்ரவரி", "ஓகஸ்ட்", "செப்டெம்பர்", "டிசெம்பர்" beside India's "அக்டோபர்", ...).
MONTH_NAMES_MORE: dict[str, dict[str, int]] = {
    "ta": {"பெப்ரவரி": 2, "ஏப்பிரல்": 4, "ஓகஸ்ட்": 8, "ஆகஸ்டு": 8, "செப்டெம்பர்": 9,
           "ஒக்டோபர்": 10, "ஒக்ரோபர்": 10, "நவெம்பர்": 11, "டிசெம்பர்": 12},
}  # fmt: skip
# Round 31a: months numbered, not named: Mongolian "2026 оны 6 дугаар сарын 10" (the year's
# word, the month's number with its ordinal ending, the word "month's", then the day).
DATE_NUMBERED_MONTH = {
    "mn": {"year": ["оны", "он"], "ordinal": ["дугаар", "дүгээр", "-р"], "month": ["сарын"]},
}  # fmt: skip
# Round 31a: the Ethiopian calendar's months (Amharic, Tigrinya spellings), 1 = Meskerem; a
# date in it prints the era's mark after the year ("ጥር 20 ቀን 2019 ዓ.ም.", "የካቲት ፲፭ ቀን
# ፳፻፲፰ ዓ.ም."), which tells it from a Gregorian month named alike in Tigrinya.
ETHIOPIAN_MONTHS: list[list[str]] = [
    ["መስከረም"], ["ጥቅምት", "ጥቅምቲ"], ["ኅዳር", "ህዳር", "ሕዳር"], ["ታኅሣሥ", "ታህሳስ", "ታሕሳስ", "ታኅሳስ"],
    ["ጥር", "ጥሪ"], ["የካቲት", "ለካቲት"], ["መጋቢት"], ["ሚያዝያ"], ["ግንቦት"], ["ሰኔ", "ሰነ"],
    ["ሐምሌ", "ሃምሌ", "ሓምለ"], ["ነሐሴ", "ነሃሴ", "ነሓሰ"], ["ጳጉሜ", "ጳጉሜን"],
]  # fmt: skip
ETHIOPIAN_DAY_WORD = ["ቀን"]  # "day" between the day's number and the year
ETHIOPIAN_ERA = ["ዓ.ም.", "ዓ.ም", "ዓ/ም", "ዓ. ም."]
# Courtesy rows that are also given names or surnames of other languages (session 28 mend):
# Korean surname "Pak", Vietnamese given name "Tuan", Malay "Puan" before a Chinese name,
# Italian surname "Gentile", Bosnian given name "Ilma", Finnish given name "Ilmo", surname
# "Pan" in Cyrillic. Before a recipient's name they are courtesy words; a person at risk's
# name keeps them ("Pak Jong Chol", "Gentile Maria Rossi") unless the text is in a language
# whose courtesy word it is (session 29, imp29f): id/ms "Pak Budi X" is "Mr Budi X", "Puan
# Siti X" "Mrs Siti X"; it "Gentile"; pt/es "Ilma."/"Ilmo."; uk/be "Пан".
HONORIFICS_ALSO_NAMES: dict[str, frozenset[str]] = {
    "Pak": frozenset({"id", "ms"}),
    "Tuan": frozenset({"id", "ms"}),
    "Puan": frozenset({"id", "ms"}),
    "Gentile": frozenset({"it"}),
    "Ilma": frozenset({"pt", "es"}),
    "Ilmo": frozenset({"pt", "es"}),
    "Пан": frozenset({"uk", "be"}),
}
# Courtesy words written joined to the name that follows, with no space (Thai "Mr", "Mrs",
# "Miss": "นายสมชาย ใจดี"): no part of the name.
HONORIFICS_JOINED = ["นาย", "นาง", "นางสาว"]
# The same in a script whose names are written without a space between their words (Burmese
# "ဦးX", "ဒေါ်X", "ဒေါက်တာX": Mr, Mrs, Dr; and ranks: lieutenant general, general, police
# chief): dropped though no second word follows (session 27, imp27d).
HONORIFICS_JOINED_ALONE = [
    "ဦး", "ဒေါ်", "ဒေါက်တာ", "ဒုတိယဗိုလ်ချုပ်ကြီး", "ဗိုလ်ချုပ်ကြီး", "ဗိုလ်ချုပ်", "ဒုတိယရဲချုပ်",
    "ရဲချုပ်",
]  # fmt: skip
# Courtesy words written after a person's name (zh, ja "Excellency", ja "Mr/Ms" on an
# envelope; ko "to you" after a name on an envelope): no part of the name.
HONORIFICS_AFTER = ["閣下", "阁下", "様", "殿", "귀하"]
# Courtesy words written after a name as a word of their own, read so only after a name of
# one word that follows an office ("保安局局長 黃志強 先生"): zh "Mr", "Ms"; ja "Mr/Ms"
# (written, and in speech); ko "Mr/Ms" (honoured, plain).
HONORIFIC_WORDS_AFTER = ["先生", "女士", "氏", "さん", "님", "씨"]
# Courtesy words a script with capitals writes after a person's name, as an address line
# prints them, in the case the line gives them ("Ерлан Примеров мырзаға": "to Mr E. P."),
# session 28 (imp28a): kk, ky "Mr", "Mrs" (and the dative); tr "Mr", "Mrs" (with the
# dative, joined or after an apostrophe); az "Mr", "Mrs", "His Excellency"; uz "His
# Excellency" (Latin and Cyrillic); hu "Mr", "Mrs" and "for" ("... úr részére").
COURTESY_AFTER_NAME: dict[str, list[str]] = {
    "kk": ["мырза", "мырзаға", "ханым", "ханымға"],
    "ky": ["мырза", "мырзага", "айым", "айымга", "ханым", "ханымга"],
    "tr": ["Bey", "Beye", "Bey'e", "Bey’e", "Hanım", "Hanıma", "Hanım'a", "Hanım’a",
           "Beyefendi", "Beyefendiye", "Hanımefendi", "Hanımefendiye"],
    "az": ["bəy", "bəyə", "xanım", "xanıma", "cənabları", "cənablarına"],
    "uz": ["janob", "janobga", "janoblari", "janoblariga", "жаноб", "жанобга", "жаноблари",
           "жанобларига"],
    "hu": ["úr", "úrnak", "asszony", "asszonynak", "részére"],
}  # fmt: skip
# How a letter opens.
SALUTATION_WORDS: dict[str, list[str]] = {
    # "Respected", "Honoured" (masculine, feminine, plural): "Паважаны спадар Міністр,".
    "be": ["Паважаны", "Паважаная", "Паважаныя", "Шаноўны", "Шаноўная", "Шаноўныя"],
    "sr-Cyrl": ["Поштовани", "Поштована", "Уважени", "Уважена"],
    "mk": ["Почитуван", "Почитувана", "Почитувани"],
    # "I nderuar Zoti Ministër," (masculine), "E nderuar" (feminine), "Të nderuar" (plural).
    "sq": ["I nderuar", "E nderuar", "Të nderuar"],
    "az": ["Hörmətli", "Möhtərəm"],
    # Vocatives: "ბატონო მინისტრო,", "ქალბატონო", "პატივცემულო" (respected).
    "ka": ["ბატონო", "ქალბატონო", "პატივცემულო"],
    # session 24 (imp24a): kk "respected", "dear"; mn "honourable", "respected"; am
    # "honourable" (masculine, feminine), "dear"; si "honourable", "dear"; my "respected"; km
    # "respectfully (to)"; lo "to" (as Thai "เรียน")
    "kk": ["Құрметті", "Қадірлі"],
    "mn": ["Эрхэм хүндэт", "Хүндэт", "Эрхэм"],
    "am": ["ክቡር", "ክብርት", "ውድ"],
    "si": ["ගරු", "හිතවත්", "ආදරණීය"],
    "my": ["လေးစားအပ်ပါသော", "လေးစားရပါသော"],
    "km": ["សូមគោរព", "គោរពជូន"],
    "lo": ["ຮຽນ"],
    # "Respected", "Highly esteemed": "Մեծարգո պարոն նախագահ,".
    "hy": ["Հարգելի", "Մեծարգո", "Հարգարժան"],
    # "محترم وزیر اعظم صاحب،", "عزت مآب" (His Excellency).
    "ur": ["محترم", "محترمہ", "جناب", "عزت مآب"],
    # "माननीय मंत्री जी,", "आदरणीय" (respected), "महामहिम" (Excellency).
    "hi": ["माननीय", "आदरणीय", "महामहिम"],
    "bn": ["মাননীয়", "মাননীয়া", "শ্রদ্ধেয়", "জনাব"],
    # Thai letters open with "เรียน" (to, respectfully) and the office.
    "th": ["เรียน"],
    # "Kính gửi" (respectfully to), "Kính thưa" (respectfully addressing).
    "vi": ["Kính gửi", "Kính thưa", "Thưa"],
    # "Jaun agurgarria" (honoured sir), "Andre agurgarria" (honoured madam).
    "eu": ["Jaun agurgarria", "Andre agurgarria"],
    "gl": ["Benquerido", "Benquerida"],
    # "Għażiż Ministru," (dear), "Onor. Ministru,".
    "mt": ["Għażiż", "Għażiża", "Onorevoli", "Onor."],
    # Irish opens with the vocative: "A Chara" (friend), "A Aire" (Minister).
    "ga": ["A Chara", "A Chairde", "A Aire", "A Uachtaráin"],
    "pt-PT": ["Exmo.", "Exma.", "Exmo", "Exma", "Ilustríssimo", "Ilustríssima",
              "Vossa Excelência"],
    "it": ["Illustrissimo", "Illustrissima", "Onorevole"],
    "ar": ["حضرة", "سعادة"],
    # Session 25 (imp25i): "honourable", "respected"
    "ne": ["माननीय", "सम्माननीय", "आदरणीय"],
    "mr": ["माननीय", "आदरणीय"],
    "ta": ["மதிப்பிற்குரிய", "மாண்புமிகு", "அன்புள்ள"],
    "te": ["గౌరవనీయ", "గౌరవనీయులైన", "గౌరవ"],
    "ml": ["ബഹുമാനപ്പെട്ട", "പ്രിയ"],
    "gu": ["માનનીય", "આદરણીય"],
    "pa": ["ਮਾਣਯੋਗ", "ਸਤਿਕਾਰਯੋਗ"],
}  # fmt: skip
# Chinese "尊敬的" (respected) joins the office without a space ("尊敬的部长：").
SALUTATION_WORDS_UNSPACED = ["尊敬的"]
# Round 31c: words that head a recipient's block and are no office, read as its title when
# printed on the line above the name: a role's name ("Primary", "Copy"), a letter's opener
# ("לכבוד", to the honourable), the verb of a copies heading ("ХУУЛБАР ИЛГЭЭХ", send a copy).
# (The send verbs and copy words of `phrases` count as well: `heading_as_title`.)
BLOCK_HEAD_WORDS: dict[str, list[str]] = {
    "en": ["primary", "copy", "copies", "cc", "to", "recipient", "recipients"],
    "he": ["לכבוד"],
    "mn": ["илгээх", "илгээнэ"],
    "fr": ["destinataire", "destinataires"],
    "de": ["empfänger", "empfängerin"],
    "es": ["destinatario", "destinatarios", "destinataria"],
    "pt": ["destinatário", "destinatários", "destinatária"],
}  # fmt: skip
# Openers that never start a name or an address line.
SALUTATION_ONLY = ["Паважаны", "Шаноўны", "Поштовани", "I nderuar", "E nderuar", "Hörmətli",
                   "Հարգելի", "Մեծարգո", "माननीय", "आदरणीय", "মাননীয়", "เรียน", "Kính gửi",
                   "Kính thưa", "Għażiż", "Għażiża", "A Chara",
                   # session 24 (imp24a): "respected" in ru, uk, bg, kk, mn; el "esteemed",
                   # "dear" (vocatives); my "respected"; km "respectfully": adjectives of a
                   # greeting that no name or address opens with
                   "Уважаемый", "Уважаемая", "Уважаемые", "Глубокоуважаемый", "Шановний",
                   "Шановна", "Шановні", "Вельмишановний", "Уважаеми", "Уважаема",
                   "Құрметті", "Эрхэм хүндэт", "Αξιότιμε", "Αξιότιμη", "Αξιότιμοι", "Αγαπητέ",
                   "Αγαπητή", "လေးစားအပ်ပါသော", "សូមគោរព"]  # fmt: skip
# Who someone is, before their name.
PERSON_CUES = [
    # be, sr (Cyrillic)
    "журналіст", "праваабаронца", "актывіст", "актывістка", "адвакат", "студэнт", "студэнтка",
    "новинар", "новинарка", "активиста", "активисткиња",
    # sq, az
    "gazetari", "gazetarja", "aktivisti", "aktivistja", "avokati", "jurnalist", "fəal", "vəkil",
    "tələbə",
    # ka, hy
    "ჟურნალისტი", "აქტივისტი", "ადვოკატი", "უფლებადამცველი", "լրագրող", "ակտիվիստ",
    "փաստաբան",
    # ur, hi, bn
    "صحافی", "وکیل", "पत्रकार", "कार्यकर्ता", "वकील", "छात्र", "সাংবাদিক", "অধিকারকর্মী",
    "আইনজীবী", "ছাত্র",
    # vi, eu, gl, mt, ga
    "nhà báo", "nhà hoạt động", "luật sư", "kazetaria", "ekintzailea", "abokatua",
    "xornalista", "avogado", "avogada", "ġurnalist", "attivist", "avukat", "iriseoir",
    "gníomhaí", "dlíodóir",
    # Asking for someone's release names a person: Vietnamese "trả tự do cho" (give freedom
    # to), Albanian "lirimin e" (the release of), Belarusian and Serbian "release".
    "trả tự do cho", "lirimin e", "lirimin e menjëhershëm të", "вызваліць", "ослободе",
]  # fmt: skip

# Session 15 (issue 16): the Solar Hijri calendar's months, in order, as Afghanistan prints
# them (Dari and Pashto, the zodiac names); Iran's names come from persiantools (dates.py).
# Read only as day, month and a year of that era (1200-1500): "۱۵ آذر ۱۴۰۲" is 6 December 2023.
SOLAR_HIJRI_MONTHS: list[list[str]] = [
    ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"],
]  # fmt: skip

# Languages that put the verb last name the languages before it, as Japanese does ("به زبان
# فارسی، انگلیسی یا آلمانی بنویسید": in Persian, English or German write). The verb ("write",
# polite imperative) ends the list.
WRITE_IN_LAST_VERB: dict[str, list[str]] = {
    # Round 27b: Kazakh, Kyrgyz, Mongolian "write", last after the list.
    "kk": ["жазыңыз", "жазыңыздар", "жазуға", "жіберіңіз"],
    "ky": ["жазыңыз", "жазыңыздар"],
    "mn": ["бичнэ үү", "бичээрэй", "бичих", "илгээнэ үү"],
    "fa": ["بنویسید", "بنویسيد", "نوشته شوند"],
    "ur": ["لکھیں", "لکھیے", "لکھے", "لکھی", "لکھ"],
    "hi": ["लिखें", "लिखिए", "लिखे", "लिख", "भेजी", "भेजें"],
    "bn": ["লিখুন", "লিখলেই", "লিখতে", "লিখবেন", "লিখে"],
    # Session 25 (imp25i): Nepali, Marathi, Tamil, Telugu, Malayalam, Gujarati, Punjabi,
    # Sinhala "write" (and Nepali "send"), last after the list as in Hindi.
    "ne": ["लेख्नुहोस्", "लेख्न", "लेखेर", "पठाउनुहोस्", "पठाउन"],
    "mr": ["लिहा", "लिहावे", "लिहू", "लिहिता"],
    "ta": ["எழுதுங்கள்", "எழுதலாம்", "எழுதவும்"],
    "te": ["రాయండి", "వ్రాయండి", "రాయవచ్చు", "వ్రాయవచ్చు"],
    "ml": ["എഴുതുക", "എഴുതാം", "എഴുതണം"],
    "gu": ["લખો", "લખી", "લખવા"],
    "pa": ["ਲਿਖੋ", "ਲਿਖ", "ਲਿਖੇ"],
    "si": ["ලියන්න", "ලිවිය"],
    # Turkish and Azerbaijani too: "İngilizce veya Türkçe yazın".
    "tr": ["yazın", "yazınız", "yazabilirsiniz", "yazılabilir", "yazılmalıdır"],
    "az": ["yazın", "yazmağınız", "yaza bilərsiniz"],
    # Korean puts the verb last too: "영어 또는 베트남어로 작성해 주세요" (in English or
    # Vietnamese, please write).
    "ko": ["작성해", "작성하여", "작성하시", "써", "써서"],
}  # fmt: skip
# The word for "language" that a language named like its country needs before it (Malay
# "bahasa Azerbaijan", Indonesian "bahasa Indonesia"): without it the word is the country.
LANGUAGE_NOUN_BEFORE: dict[str, list[str]] = {
    "ms": ["bahasa"],
    "id": ["bahasa"],
}  # fmt: skip

# People at risk in Arabic script without capitals (people.py): a word that says the next or
# the previous words are a person's. Persian writes the noun before the name ("خبرنگار X") or
# after it in apposition, joined by the ezafe ("X، دانشجوی ۲۲ ساله": X, a student of 22).
PERSON_CUES_ARABIC_SCRIPT: dict[str, list[str]] = {
    "fa": ["دانشجو", "دانشجوی", "روزنامه‌نگار", "خبرنگار", "فعال", "وکیل", "معلم", "نویسنده",
           "شاعر", "کارگر", "هم‌کلاسی", "همسر", "زندانی", "مدافع", "هنرمند", "ورزشکار",
           "فعال مدنی", "کنشگر", "آموزگار", "پزشک", "دختر", "پسر", "برادر", "خواهر", "مادر",
           "پدر", "همکار", "همکارش", "هم‌بند"],
    "ur": ["صحافی", "کارکن", "وکیل", "طالب علم", "استاد", "شاعر", "مصنف"],
}  # fmt: skip
# Words that end a name in those languages ("in", "from", "to", object marker, "and", "that").
NAME_ENDS_ARABIC_SCRIPT: dict[str, list[str]] = {
    "fa": ["در", "از", "به", "را", "که", "و", "با", "تا", "برای", "روز", "است", "بود", "نیز"],
    "ur": ["کو", "نے", "کا", "کی", "کے", "میں", "سے", "اور", "ہے"],
}  # fmt: skip
# A pronoun between the cue and the name ("هم‌کلاسی او، X": his classmate, X).
PRONOUNS_ARABIC_SCRIPT: dict[str, list[str]] = {
    "fa": ["او", "وی", "ایشان", "آنها"],
    "ar": ["له", "لها"],
}  # fmt: skip

# Session 15 (issue 16): East Slavic names in an oblique case, back to the nominative. An
# address is written in the dative ("Москальковой Татьяне Николаевне": to T. N. Moskalkova),
# a story names people in the genitive or accusative ("жены, Натальи Примеровой"). Rows:
# (ending in the oblique case, nominative ending, gender "m"/"f"), per part of the name. A
# name is changed only when its gender is known (from the patronymic, else a feminine surname's
# ending, else the given name's), and only by rows of that gender; nominative forms match no
# row, and a name with its patronymic in the nominative ("-вич", "-вна") is left. Masculine
# surnames in "-ова"/"-ева"/"-ина" (genitive) need a patronymic to say "m".
NAME_CASE_ENDINGS: dict[str, dict[str, list[tuple[str, str, str]]]] = {
    "ru": {
        "patronymic": [
            ("вича", "вич", "m"), ("вичу", "вич", "m"), ("вичем", "вич", "m"), ("виче", "вич", "m"),
            ("ьича", "ьич", "m"), ("ьичу", "ьич", "m"),
            ("вны", "вна", "f"), ("вне", "вна", "f"), ("вну", "вна", "f"), ("вной", "вна", "f"),
            ("ичны", "ична", "f"), ("ичне", "ична", "f"), ("ичну", "ична", "f"),
        ],
        "surname": [
            ("овой", "ова", "f"), ("евой", "ева", "f"), ("ёвой", "ёва", "f"), ("иной", "ина", "f"),
            ("ыной", "ына", "f"), ("ской", "ская", "f"), ("цкой", "цкая", "f"), ("ной", "ная", "f"),
            ("ову", "ова", "f"), ("еву", "ева", "f"), ("ину", "ина", "f"), ("скую", "ская", "f"),
            ("ову", "ов", "m"), ("еву", "ев", "m"), ("ёву", "ёв", "m"), ("ину", "ин", "m"),
            ("ыну", "ын", "m"), ("ова", "ов", "m"), ("ева", "ев", "m"), ("ина", "ин", "m"),
            ("ским", "ский", "m"), ("ского", "ский", "m"), ("скому", "ский", "m"),
            ("цкого", "цкий", "m"), ("цкому", "цкий", "m"), ("ым", "", "m"),
            ("ному", "ный", "m"),  # (session 26a: an adjective's dative, "Заречному")
        ],
        "given": [
            ("ье", "ья", "f"), ("ьи", "ья", "f"), ("ью", "ья", "f"), ("ии", "ия", "f"),
            ("ию", "ия", "f"), ("не", "на", "f"), ("ны", "на", "f"), ("ну", "на", "f"),
            ("ре", "ра", "f"), ("ры", "ра", "f"), ("ру", "ра", "f"), ("ле", "ла", "f"),
            ("лы", "ла", "f"), ("лу", "ла", "f"), ("ге", "га", "f"), ("ги", "га", "f"),
            ("ею", "ей", "m"), ("ея", "ей", "m"), ("ию", "ий", "m"),
            ("ем", "ей", "m"), ("у", "", "m"), ("ю", "ь", "m"), ("ом", "", "m"),
            # A man's dative is a woman's accusative ("Олегу"/"Ольгу", "Ивану"/"Анну"): both,
            # and the text's other forms tell which.
            ("ну", "н", "m"), ("ру", "р", "m"), ("лу", "л", "m"), ("у", "а", "f"),
        ],
        # Genitive given names that are feminine nominatives too ("Игоря"/"Наталья",
        # "Олега"/"Анна"): only beside a patronymic that says the gender.
        "given_with_patronymic": [("я", "ь", "m"), ("а", "", "m"), ("ы", "а", "f")],
    },
    "uk": {
        "patronymic": [
            ("вича", "вич", "m"), ("вичу", "вич", "m"), ("вичеві", "вич", "m"),
            ("вни", "вна", "f"), ("вні", "вна", "f"), ("вну", "вна", "f"),
        ],
        "surname": [
            ("овій", "ова", "f"), ("евій", "ева", "f"), ("іній", "іна", "f"),
            ("ської", "ська", "f"), ("ській", "ська", "f"), ("ові", "", "m"), ("ову", "ов", "m"),
            ("ського", "ський", "m"), ("ському", "ський", "m"),
            # Session 26a: an adjective's dative ("Вигаданому"), a surname in "-енко"; the
            # genitive and accusative the Russian rows gave before (a name with "і", "ї",
            # "є", "ґ" is read by these rows only).
            ("ому", "ий", "m"), ("енку", "енко", "m"), ("енкові", "енко", "m"),
            ("енка", "енко", "m"), ("ова", "ов", "m"), ("ева", "ев", "m"), ("єва", "єв", "m"),
            ("іна", "ін", "m"), ("ина", "ин", "m"), ("ової", "ова", "f"),
            ("евої", "ева", "f"), ("євої", "єва", "f"), ("іної", "іна", "f"),
            # (Mend26a: a man's dative in "-іну", "-єву", "-еву", "-ину" as "-ову"; a woman's
            # is "-іній", "-євій", "-евій". "Кузьміну" is a woman's accusative only.)
            ("іну", "ін", "m"), ("єву", "єв", "m"), ("еву", "ев", "m"), ("ину", "ин", "m"),
            # (Mend26d: a man's dative of a surname in "-ко" and "-ук"/"-юк": "Бойку" is
            # "Бойко", "Шевчуку" "Шевчук".)
            ("ку", "ко", "m"), ("уку", "ук", "m"), ("юку", "юк", "m"),
            # (Round 28b: a man's surname in "-ець" loses its "е" in the other cases:
            # "Кравець", dative "Кравцю" or "Кравцеві", genitive "Кравця"; after "н", "в",
            # "л", "р".)
            ("нцю", "нець", "m"), ("вцю", "вець", "m"), ("лцю", "лець", "m"),
            ("рцю", "рець", "m"), ("нцеві", "нець", "m"), ("вцеві", "вець", "m"),
            ("нця", "нець", "m"), ("вця", "вець", "m"),
        ],
        "given": [
            ("ні", "на", "f"), ("ри", "ра", "f"), ("рі", "ра", "f"), ("ії", "ія", "f"),
            ("ію", "ія", "f"), ("ові", "", "m"), ("еві", "ь", "m"), ("ію", "ій", "m"),
            # Session 26a: the datives the Russian rows gave Ukrainian names wrong
            # ("Андрію" is "Андрій", "Ігорю" "Ігор", "Петру" "Петро"); a man's dative in
            # "-у" is a woman's accusative too, as in Russian.
            ("у", "", "m"), ("тру", "тро", "m"), ("ю", "ь", "m"),
            ("орю", "ор", "m"), ("ореві", "ор", "m"),
        ],
        # Mend26a: a woman's accusative ("Олену", "Кузьміну", "Асєєву"), never her dative
        # ("Олені Кузьміній"): read only as a candidate for the text to confirm
        # (`nominatives`), never to give a name's gender ("Андрію Кузьміну" is a man).
        "accusative": [
            ("у", "а", "f"), ("ову", "ова", "f"), ("еву", "ева", "f"), ("єву", "єва", "f"),
            ("іну", "іна", "f"), ("ину", "ина", "f"),
        ],
        # A man's name or surname of the "-а" declension, dative "-і" ("Микиті", "Бандері",
        # "Сірі"): read only beside a word that is a man's ("Степану Бандері").
        "masculine_a": [("і", "а", "m")],
        "given_with_patronymic": [
            ("а", "", "m"), ("я", "ь", "m"), ("ія", "ій", "m"), ("и", "а", "f"),
        ],
    },
}  # fmt: skip

# The labels of an East Slavic envelope: "Кому:" (to whom: the office and the name again, in
# the dative, with initials on the next line: "Примерову А. В.") and "Куда:" (where: the
# street). Under a block that already names its recipient, "to whom" repeats it and is no
# address line; "where" is an address label.
ENVELOPE_WHO: dict[str, list[str]] = {
    "ru": ["Кому"], "uk": ["Кому"], "be": ["Каму"], "bg": ["До"], "sr-Cyrl": ["Прималац"],
}  # fmt: skip
ENVELOPE_WHERE: dict[str, list[str]] = {
    "ru": ["Куда"], "uk": ["Куди"], "be": ["Куды"], "sr-Cyrl": ["Адреса"],
}  # fmt: skip

# A patronymic ends these ways in the nominative; the word before it is the given name, so an
# office printed before the name without a joining word ("Прокурор Тверской области
# Андрей Викторович Примеров": the region in the genitive) ends there.
PATRONYMIC_ENDINGS: dict[str, list[str]] = {
    "ru": ["ович", "евич", "ьич", "овна", "евна", "ична", "инична"],
    "uk": ["ович", "йович", "івна", "ївна", "ична"],
    "be": ["авіч", "евіч", "аўна", "еўна"],
    # kk (session 24): "son of", "daughter of" joined to the father's name ("Асқарұлы")
    "kk": ["ұлы", "қызы", "улы", "кызы"],
}  # fmt: skip

# Round 27b: case suffixes the Turkic and Mongolic languages of Central Asia join to a name's
# last word in Cyrillic (Kazakh accusative "Ерлан Примеровты", dative "Примеровқа", genitive
# "Примеровтың"; Kyrgyz, Mongolian, Tajik likewise): the same person as the bare name.
NAME_CASE_SUFFIXES: dict[str, list[str]] = {
    "kk": ["ты", "ті", "ны", "ні", "ды", "ді", "ға", "ге", "қа", "ке", "ғa", "дан", "ден",
           "тан", "тен", "нан", "нен", "ның", "нің", "дың", "дің", "тың", "тің", "мен",
           "бен", "пен", "ке", "қа"],
    "ky": ["ду", "дү", "ды", "ди", "ту", "тү", "ты", "ти", "ну", "нү", "ны", "ни", "га",
           "ге", "ка", "ке", "го", "гө", "ко", "кө", "дун", "дүн", "дын", "дин", "тун",
           "түн", "тын", "тин", "нун", "нүн", "нын", "нин", "дан", "ден", "тан", "тен"],
    "mn": ["ийг", "ыг", "ийн", "ын", "ын", "аас", "ээс", "оос", "өөс", "тай", "тэй", "той",
           "д", "т"],
    "tg": ["ро"],
}  # fmt: skip

# Round 27b: the word for "year" printed after a date ("от 09.06.2003 г.", "12.05.2024 р.",
# "2024 ж.") on a letter's date line.
YEAR_AFTER_DATE: dict[str, list[str]] = {
    "ru": ["г.", "г", "года"], "uk": ["р.", "року"], "be": ["г.", "года"], "bg": ["г."],
    "kk": ["ж.", "жыл"], "ky": ["ж."], "uz": ["y.", "yil"], "tg": ["с."], "mk": ["г."],
    "sr": ["г.", "године"],
}  # fmt: skip

# Round 27b: the word for "to" that ends a copies heading printed without its colon ("Копии
# направляйте в", "Копії надсилайте до", "Copies to").
COPIES_TO_LAST: dict[str, list[str]] = {
    "ru": ["в", "во", "на", "по адресу"], "uk": ["до", "на", "в"], "be": ["у", "ў", "на"],
    "bg": ["до", "на"], "en": ["to"], "de": ["an"], "fr": ["à", "aux"],
    "es": ["a", "al", "para"], "pl": ["do", "na"], "cs": ["na", "do"],
}  # fmt: skip

# Round 27b: courtesy words in the dative before a name in an address ("г-ну Примерову
# А. В.", "пані Петренко О. І."), with the gender they tell.
DATIVE_COURTESY: dict[str, dict[str, str]] = {
    "ru": {"г-ну": "m", "господину": "m", "г-же": "f", "госпоже": "f"},
    "uk": {"пану": "m", "пані": "f"},
    "be": {"спадару": "m", "спадарыні": "f"},
}  # fmt: skip

# Round 27b: the genitive endings that open the complement of an office printed in the
# dative, wrapped onto the line below it ("Генеральному прокурору" over "Республики X",
# "Министру юстиции" over "Российской Федерации"): that line goes on the office.
OFFICE_COMPLEMENT_GENITIVE: dict[str, list[str]] = {
    "ru": ["ии", "ой", "ей", "ого", "его", "ых", "их", "ки", "ти", "ы"],
    "uk": ["ії", "ої", "ої", "ого", "ього", "их", "ки", "ти", "ів"],
    "be": ["ыі", "ай", "ага", "ых", "кі", "ці"],
    "cs": ["ky", "ké", "ého", "iky", "ství"],
    "sk": ["ky", "kej", "ého", "stva"],
}  # fmt: skip

# Adjectives that follow the noun of a body's name in Romance languages ("Ministerio Público",
# "Tribunal Supremo", "Procuradoria-Geral"): in a block run together on one line they go on
# with the body, not a new line (flat_lines.py). Masculine and feminine, singular.
ORG_ADJECTIVES_AFTER: dict[str, list[str]] = {
    "es": ["Público", "Pública", "Nacional", "General", "Federal", "Supremo", "Suprema",
           "Superior", "Constitucional", "Penal", "Provincial", "Regional", "Municipal",
           "Estatal", "Central", "Penitenciario", "Penitenciaria", "Electoral"],
    "pt": ["Público", "Pública", "Nacional", "Geral", "Federal", "Supremo", "Superior",
           "Estadual", "Municipal", "Penitenciário"],
    "fr": ["Public", "Publique", "National", "Nationale", "Général", "Générale", "Fédéral",
           "Suprême", "Supérieur", "Constitutionnel", "Pénitentiaire", "Régional"],
    "it": ["Pubblico", "Nazionale", "Generale", "Federale", "Supremo", "Superiore",
           "Costituzionale", "Regionale", "Penitenziario"],
}  # fmt: skip

# A number labelled as the document's ("شماره: ۰۳/۱۴۰۹", "Номер: 12/26", "Alert No. 2030-03"):
# the label's words, before ":" (fields.py reads the number as printed, in any digits).
REFERENCE_NUMBER_LABELS: dict[str, list[str]] = {
    "en": ["Ref. No.", "Reference No."],
    "fa": ["شماره", "شماره اقدام", "شمارهٔ", "شمارٔه", "شمارٔه اقدام", "شمارۀ اقدام"],
    "ar": ["رقم", "الرقم"],
    "ru": ["Номер", "№"],
    "uk": ["Номер", "№"],
    "es": ["Número"],
    "fr": ["Numéro"],
    "de": ["Nummer"],
    "tr": ["Sayı", "Numara"],
    # Session 25 (imp25i): "number" and its abbreviations in South Asia's scripts ("नं.",
    # "নং", "نمبر", "எண்").
    "hi": ["नं.", "नं", "नंबर", "क्रमांक", "संख्या"],
    "ne": ["नं.", "नं", "नम्बर", "संख्या"],
    "mr": ["क्र.", "क्रमांक"],
    "bn": ["নং", "নম্বর"],
    "ur": ["نمبر", "نمبر:"],
    "ta": ["எண்"],
    "te": ["నం.", "సంఖ్య"],
    "ml": ["നമ്പർ", "നം."],
    "gu": ["નં.", "નંબર", "ક્રમાંક"],
    "pa": ["ਨੰ.", "ਨੰਬਰ"],
    "si": ["අංක"],
    # Session 26 (imp26b): "number" in East and Southeast Asia's languages: th "ที่", "เลขที่"
    # (and "ที" with its tone mark lost in a PDF's text layer), km "លេខ", lo "ເລກທີ", my
    # "အမှတ်", vi "số", id "nomor", ko "제", zh and ja "第".
    "th": ["ที่", "เลขที่", "ที"],
    "km": ["លេខ"],
    "lo": ["ເລກທີ", "ທີ"],
    "my": ["အမှတ်"],
    "vi": ["số", "Số"],
    "id": ["nomor", "Nomor", "No."],
    # Round 28e: Chinese "serial number" ("紧急行动 编号：UA-2030-017"), Persian "the action's
    # number".
    "zh": ["编号", "編號"],
    }  # fmt: skip
# The label of a letter's own file reference in its head ("Unser Zeichen: AB 12/30",
# "N/Réf. : XY/2030/007", "L.dz. K-0101/5/2030", "Исх. № 77", "Our ref: ABC/2030/01"): every
# formal letter of an institution prints one; fields.py reads the code after it, as printed.
FILE_REFERENCE_LABELS: dict[str, list[str]] = {
    "en": ["Our ref", "Our reference", "Our file", "Ref", "Reference"],
    "de": ["Unser Zeichen", "Unser Aktenzeichen", "Unser Az", "Aktenzeichen", "Az",
           "Geschäftszeichen", "GZ", "Zeichen"],
    "fr": ["N/Réf", "N/Ref", "Nos réf", "Notre réf", "Notre référence", "Nos références",
           "Réf", "Référence", "V/Réf"],
    "es": ["N/Ref", "N/Rfa", "Nuestra ref", "Nuestra referencia", "Ref", "Referencia",
           "Registro de salida", "Reg. de salida"],
    "it": ["Ns. rif", "Nostro rif", "Rif", "Prot", "Protocollo"],
    "pt": ["N/Ref", "N/Refª", "Nossa ref", "Nossa referência", "Ref", "Ofício"],
    "nl": ["Ons kenmerk", "Kenmerk"],
    "pl": ["L.dz", "L. dz", "Nasz znak", "Znak sprawy", "Znak", "Sygn"],
    "cs": ["Naše značka", "Naše č.j", "Č.j", "Čj", "Č. j", "Spis. zn"],
    "sk": ["Naša značka", "Číslo spisu", "Č.j"],
    "sv": ["Vår referens", "Vår ref", "Dnr", "Diarienummer"],
    "da": ["Vores ref", "J.nr"],
    "no": ["Vår ref", "Vår referanse", "Saksnr"],
    "ru": ["Исх", "Исх. номер", "Исходящий", "Наш исх"],
    "uk": ["Вих", "Вихідний", "Наш вих"],
    "tr": ["Sayı", "Dosya No"],
    "bg": ["Изх", "Изх. номер", "Наш №"],
    "sr": ["Naš broj", "Broj", "Ur. broj", "Наш број", "Број"],
    "hr": ["Naš broj", "Klasa", "Urbroj", "Ur. broj"],
    "sl": ["Številka", "Naša številka"],
    "ro": ["Nr. înregistrare", "Număr de înregistrare", "Referința noastră"],
    "hu": ["Iktatószám", "Ügyszám", "Hivatkozási szám"],
    "fi": ["Diaarinumero", "Dnro", "Viitteemme"],
    "et": ["Meie viide", "Meie nr"],
    "lt": ["Mūsų nuoroda"],
    "lv": ["Mūsu atsauce"],
    "el": ["Αρ. Πρωτ", "Αριθ. Πρωτ", "Αριθμός Πρωτοκόλλου", "Α.Π"],
    "ca": ["N/Ref", "Referència", "Registre de sortida"],
    "id": ["Nomor", "No. Surat"],
    "ms": ["Rujukan Kami", "Ruj. Kami", "Rujukan"],
    "sw": ["Kumb. Na", "Kumbukumbu Na"],
    "vi": ["Số"],
    "he": ["סימוכין", "מספרנו"],
    "ar": ["الرقم", "المرجع", "رقم الملف", "عدد", "رقم الصادر", "الإشارة"],
    "fa": ["شماره نامه", "شماره"],
    "kk": ["Шығыс", "Шығ"],
    "ka": ["ნომერი"],
    "hy": ["Ելից"],
}  # fmt: skip
# Words for the kind of document before "No." and its number ("Alert No. 2030-03",
# "Appeal Nr. 12/26", "Alerta n° 4/2026"): the number is the reference.
DOCUMENT_KIND_WORDS: dict[str, list[str]] = {
    "en": ["Alert", "Appeal", "Action", "Bulletin", "Urgent Action", "Urgent Alert",
           "Action Alert", "Urgent Appeal"],
    "es": ["Alerta", "Acción", "Llamamiento", "Acción urgente", "Llamamiento urgente"],
    "fr": ["Alerte", "Appel", "Action", "Action urgente", "Appel urgent", "Fiche d'action",
           "Action lettres"],
    # (Round 36e: a letter-writing action, "Briefaktion 2/2030", "schrijfactie nr. 2030-03",
    # "Action lettres n° 07/2030", is a kind of document numbered as an urgent action is.)
    "de": ["Aktion", "Eilaktion", "Appell", "Briefaktion", "Schreibaktion"],
    "pt": ["Alerta", "Ação", "Apelo", "Ação urgente", "Acção urgente", "Apelo urgente"],
    "it": ["Allerta", "Azione", "Appello", "Appello urgente", "Azione urgente"],
    "tr": ["Acil Eylem", "Eylem", "Çağrı"],
    "ar": ["نداء عاجل", "تحرك عاجل", "نداء", "مناشدة عاجلة", "مناشدة"],
    "fa": ["اقدام فوری", "اقدام"],
    # Session 25 (imp25i): "appeal", "urgent appeal", "urgent action" in South Asia's
    # languages ("अपील नं. ०३/०७२", "জরুরি আবেদন নং ১২/২০২৩", "فوری اپیل نمبر ۰۸/۲۰۲۱").
    "hi": ["अपील", "तत्काल अपील", "तत्काल कार्रवाई", "तत्काल कार्यवाही"],
    "ne": ["अपील", "अनुरोध"],
    "mr": ["आवाहन", "अपील"],
    "bn": ["আবেদন", "জরুরি আবেদন", "আপিল", "জরুরি পদক্ষেপ"],  # (27d: "urgent action")
    "ur": ["اپیل", "فوری اپیل"],
    "ta": ["முறையீடு", "அவசர முறையீடு"],
    "te": ["విజ్ఞప్తి"],
    "ml": ["അഭ്യർത്ഥന"],
    "gu": ["અપીલ"],
    "pa": ["ਅਪੀਲ"],
    "si": ["ආයාචනය"],
    # Session 26 (imp26b): "urgent action" in East and Southeast Asia's languages.
    "th": ["ปฏิบัติการด่วน", "ปฏิบัติการเร่งด่วน"],
    "km": ["សកម្មភាពបន្ទាន់", "សកម្មភាពជាបន្ទាន់"],
    "lo": ["ປະຕິບັດການດ່ວນ"],
    "my": ["အရေးပေါ်လှုပ်ရှားမှု", "အရေးယူဆောင်ရွက်မှု"],
    "vi": ["Hành động khẩn cấp", "Hành động khẩn", "Kêu gọi khẩn cấp"],
    "id": ["Aksi Mendesak", "Aksi Cepat"],
    # Round 28e: "urgent action" (appeal, alert) in more languages, before its number with a
    # number sign or without ("Skubus veiksmas Nr. 14/2030", "Urgent Actie 118/30",
    # "Blixtaktion 4/2030", "СРОЧНАЯ АКЦИЯ № 7/2030", "Appello urgente n. 04/2030").
    "lt": ["Skubus veiksmas", "Skubi akcija"],
    "sr": ["Хитна акција", "Hitna akcija"],
    "ru": ["Срочная акция", "Срочное обращение"],
    "uk": ["Термінова акція", "Термінове звернення"],
    "be": ["Тэрміновая акцыя"],
    "bg": ["Спешна акция"],
    "kk": ["Шұғыл әрекет", "Шұғыл акция"],
    "he": ["פעולה דחופה"],
    "nl": ["Urgent Actie", "Urgente actie", "Urgente oproep", "Schrijfactie", "schrijfactie",
           "Briefschrijfactie", "briefschrijfactie"],
    "sv": ["Blixtaktion", "Brådskande aktion", "Upprop"],
    "no": ["Hasteaksjon"],
    "da": ["Hasteaktion"],
    "fi": ["Kiireellinen vetoomus", "Vetoomus"],
    "ka": ["გადაუდებელი მოქმედება"],
    "hy": ["Շտապ գործողություն"],
    "mn": ["Яаралтай ажиллагаа"],
    "sw": ["Hatua ya dharura", "Hatua za dharura"],
    "tl": ["Agarang aksyon", "Agarang panawagan"],
    "pl": ["Pilna akcja"],
    "cs": ["Naléhavá akce", "Urgentní akce"],
    "sk": ["Naliehavá akcia", "Urgentná akcia"],
    "hu": ["Sürgős akció", "Sürgős felhívás"],
    "el": ["Επείγουσα δράση", "Επείγουσα ενέργεια"],
    "ro": ["Acțiune urgentă", "Actiune urgenta"],
}  # fmt: skip
# Round 28e: number signs ("No.", "Nr.", "n°", "№", "#" in every script) before an action's
# number, besides REFERENCE_NUMBER_LABELS' words for "number": Serbian "бр." ("ХИТНА АКЦИЈА
# бр. 3/2030"), Hebrew "מס'", Italian "n.", Swahili "Na.".
NUMBER_SIGNS: dict[str, list[str]] = {
    "*": ["No.", "No", "Nr.", "Nr", "n°", "nº", "n.º", "№", "#", "n."],
    "sr": ["бр.", "br."],
    "hr": ["br."],
    "bs": ["br."],
    "he": ["מס'", "מס׳", "מס."],
    "sw": ["Na."],
    "mk": ["бр."],
    "bg": ["№"],
}  # fmt: skip

# Session 27 (imp27c): labels of a group's own register in a bulletin or newsletter
# (baptisms, weddings, funerals, the deceased, birthdays, new members, the sick we pray for):
# a name listed once after such a label and its colon is the group's, no one at risk.
GROUP_REGISTER_LABELS: dict[str, list[str]] = {
    "de": ["Taufen", "Getauft", "Trauungen", "Getraut", "Verstorben", "Verstorbene",
           "Beerdigungen", "Bestattungen", "Geburtstage", "Jubilare", "Neue Mitglieder",
           "Wir gedenken", "Wir beten für"],
    "en": ["Baptisms", "Baptised", "Baptized", "Weddings", "Marriages", "Funerals", "Deaths",
           "Deceased", "Died", "Birthdays", "Anniversaries", "New members", "Welcome to",
           "Sick list", "Please pray for", "We pray for", "In memoriam"],
    "es": ["Bautizos", "Bautismos", "Bautizados", "Bodas", "Matrimonios", "Defunciones",
           "Fallecidos", "Fallecimientos", "Difuntos", "Cumpleaños", "Nuevos socios",
           "Nuevas socias", "Rezamos por"],
    "fr": ["Baptêmes", "Baptisés", "Mariages", "Obsèques", "Funérailles", "Décès",
           "Défunts", "Anniversaires", "Nouveaux membres", "Nous prions pour"],
    "it": ["Battesimi", "Battezzati", "Matrimoni", "Funerali", "Defunti", "Deceduti",
           "Compleanni", "Nuovi soci", "Preghiamo per"],
    "pt": ["Batizados", "Batismos", "Casamentos", "Funerais", "Falecimentos", "Falecidos",
           "Aniversários", "Novos sócios", "Rezamos por"],
    "nl": ["Dopen", "Gedoopt", "Huwelijken", "Overleden", "Uitvaarten", "Verjaardagen",
           "Nieuwe leden", "Wij bidden voor"],
    "pl": ["Chrzty", "Ochrzczeni", "Śluby", "Pogrzeby", "Zmarli", "Odeszli", "Urodziny",
           "Nowi członkowie", "Modlimy się za"],
    "hu": ["Keresztelők", "Megkereszteltek", "Esküvők", "Házasságkötések", "Temetések",
           "Elhunytak", "Születésnapok", "Új tagok"],
    "cs": ["Křty", "Pokřtěni", "Svatby", "Pohřby", "Zemřeli", "Narozeniny", "Noví členové"],
    "sv": ["Dop", "Döpta", "Vigslar", "Begravningar", "Avlidna", "Födelsedagar", "Nya medlemmar"],
}  # fmt: skip
# An age after a name, in the language's words ("Nadim X, 24 anni", "X(…, 35세)", "(46歳)"):
# the words are a person's (people.py).
AGE_WORDS: dict[str, list[str]] = {
    "en": ["years", "years old", "year-old"],
    "es": ["años"], "fr": ["ans"], "de": ["jahre", "jahren"], "pt": ["anos"], "nl": ["jaar"],
    "sv": ["år"], "pl": ["lat", "lata"], "it": ["anni"], "cs": ["let"], "hu": ["éves"],
    "tr": ["yaşında"], "ru": ["лет", "года"], "uk": ["років", "роки"], "id": ["tahun"],
    "vi": ["tuổi"], "ko": ["세", "살"], "ja": ["歳"], "zh": ["岁", "歲"],
}  # fmt: skip
# Round 31d: small words a text typed in capitals (a telex, an old fax or circular) runs
# between names, beside the languages' most common words (`doc_language.SMALL_WORDS`): in
# such a text no word is printed in small letters, and these end a run of words in capitals
# ("TO RELEASE THEM OR TO PERMIT", "HE AND HIS WIFE"); people.py.
# Mend31C: verbs (past and present forms) a text in capitals prints after a cue word ("THE
# JOURNALIST COVERED", "HIS MOTHER VISITED", "HIS LAWYER FILED"): no word of a name there, so
# a run of capitals with one is no person (people.py).
VERBS_IN_CAPITALS: dict[str, list[str]] = {
    "en": ["arrested", "detained", "visited", "visits", "filed", "files", "covered", "covers",
           "reported", "reports", "released", "sentenced", "charged", "held", "taken",
           "beaten", "tortured", "killed", "abducted", "disappeared", "accused", "convicted",
           "transferred", "questioned", "interrogated", "threatened", "attacked", "raided",
           "denied", "refused", "told", "said", "says", "lives", "lived", "works", "worked",
           "leads", "led", "addressed", "gathered", "organized", "organised", "founded",
           "joined", "went", "came", "saw", "met", "wrote", "writes", "received", "sent",
           "called", "asked", "tried", "learned", "learnt", "heard", "fled", "returned",
           "appealed", "protested", "published", "investigated", "documented", "represents",
           "represented", "defended", "defends", "visit", "cover", "report", "file"],
    "es": ["detuvo", "detuvieron", "visitó", "visita", "presentó", "presentaron", "denunció",
           "denunciaron", "cubría", "cubrió", "trabaja", "trabajaba", "vive", "vivía",
           "dijo", "declaró", "fue", "era", "recibió", "escribió", "huyó", "llegó"],
    "pt": ["deteve", "detiveram", "visitou", "visita", "apresentou", "denunciou", "cobria",
           "cobriu", "trabalha", "trabalhava", "vive", "vivia", "disse", "declarou", "foi",
           "era", "recebeu", "escreveu", "fugiu", "chegou"],
    "fr": ["arrêté", "arrêta", "visité", "visita", "rend", "déposé", "déposa", "couvrait",
           "couvre", "travaille", "travaillait", "vit", "vivait", "dit", "déclaré", "fut",
           "reçu", "écrit", "écrivait", "fui", "arrivé"],
}  # fmt: skip
SMALL_WORDS_IN_CAPITALS: dict[str, list[str]] = {
    "en": ["or", "them", "they", "their", "we", "our", "you", "your", "him", "it", "its",
           "were", "been", "had", "who", "whom", "which", "where", "what", "at", "as", "an",
           "a", "but", "if", "so", "no", "all", "any", "both", "also", "into", "out", "up",
           "will", "would", "may", "should", "can", "could", "must", "do", "did", "does",
           "than", "then", "there", "these", "those", "about", "after", "before", "over",
           "under", "without", "against", "between", "because", "while", "until", "unless"],
    "es": ["o", "u", "e", "ni", "ellos", "ellas", "él", "ella", "le", "les", "nos", "sin",
           "sobre", "entre", "hasta", "desde", "fueron", "han", "ha", "son", "está", "están",
           "sus", "este", "esta", "estos", "donde", "cuando", "quien", "quienes"],
    "pt": ["ou", "e", "eles", "elas", "ele", "ela", "sem", "sobre", "entre", "até", "desde",
           "foram", "são", "está", "estão", "onde", "quando", "quem", "seus", "suas", "na",
           "no", "nas", "nos"],
    "fr": ["ou", "ni", "ils", "elles", "lui", "leur", "leurs", "sans", "sur", "entre",
           "jusqu", "depuis", "ont", "sont", "était", "où", "quand", "qui", "ce", "cette",
           "ses", "son", "sa", "en", "par", "avec", "mais"],
    "de": ["oder", "sie", "ihn", "ihm", "ihnen", "ihr", "ihre", "ohne", "über", "unter",
           "zwischen", "bis", "seit", "sind", "war", "waren", "hat", "haben", "wo", "wann",
           "wer", "sein", "seine", "auch", "aber", "nach", "bei", "aus"],
    "it": ["o", "e", "né", "loro", "lui", "lei", "senza", "sopra", "tra", "fra", "fino",
           "sono", "stati", "è", "dove", "quando", "chi", "suo", "sua", "suoi"],
    "nl": ["of", "en", "zij", "ze", "hen", "hun", "hem", "haar", "zonder", "tussen", "tot",
           "sinds", "waren", "was", "heeft", "hebben", "waar", "wanneer", "wie", "zijn"],
    "sv": ["eller", "de", "dem", "deras", "honom", "henne", "utan", "mellan", "tills",
           "sedan", "är", "var", "har", "hade", "där", "när", "vem", "sin", "sina"],
}  # fmt: skip
# Titles of a profession or a church before a name, never part of it ("Associate Professor
# of Sociology", "Professor X", "Pastor X's health"): a run of names stops at one.
NAME_TITLES: dict[str, list[str]] = {
    "en": ["professor", "prof", "lecturer", "pastor", "reverend", "revd", "rev", "bishop",
           "archbishop", "imam", "rabbi", "priest", "vicar", "curate"],
    "es": ["profesor", "profesora", "catedrático", "catedrática", "padre", "obispo"],
    "fr": ["professeur", "professeure", "pasteur", "abbé", "évêque"],
    "de": ["professorin", "pfarrer", "pfarrerin", "pastorin", "bischof"],
    "it": ["professore", "professoressa", "vescovo"],
    "pt": ["professora", "bispo"],
}  # fmt: skip

# Articles written straight before a run of capitalised words make it a body, a place or a
# thing ("member of the Example Valley Growers", "Sprecherin eines Musterstädter Vereins"),
# not a person: these languages write no article before a person's name. (Only unambiguous
# forms: not "de", "la", "el" or "a", which are also prepositions, particles or the article
# Catalan, Italian and Portuguese put before names.)
ARTICLES_BEFORE_BODIES: dict[str, list[str]] = {
    "en": ["the"], "de": ["der", "des", "dem", "den", "das", "ein", "eines", "einer", "einem"],
    "nl": ["het"], "fr": ["du", "les"], "es": ["del", "los", "las"],
    "sv": ["det"], "da": ["det"],
}  # fmt: skip

# Japanese joins a noun to the name it describes with "の" ("弁護士の王子涵": the lawyer Wang
# Zihan), and puts a courtesy word after a name ("王子涵さん", "田中氏"): both say the Han
# characters next to them are a person's name (people.py).
HAN_CUE_JOINERS = ["の"]
HAN_NAME_SUFFIXES = ["さん", "氏", "様", "先生",
                     # ja "lawyer", "journalist" written after the name ("X弁護士"; session 27)
                     "弁護士", "記者"]  # fmt: skip
# Words for "years old" printed after an age in brackets ("（37歲）", "(45세)"): zh (traditional,
# simplified), ja, ko (two words).
AGE_WORDS_AFTER = ["歲", "岁", "歳", "세", "살"]
# Nouns of persons that an age in brackets follows as it follows a name ("남성(45세)", a man;
# "高中生（17岁）", a high-school student): no one's name (people._aged_names; mend27a). Han
# words end the word before the age ("一名高中生"); Hangul words are that word.
PERSON_NOUNS_BEFORE_AGE: dict[str, list[str]] = {
    "zh": ["男子", "女子", "男性", "女性", "男孩", "女孩", "男童", "女童", "儿童", "兒童", "孩子",
           "少年", "少女", "青年", "老人", "学生", "學生", "高中生", "初中生", "中学生", "中學生",
           "小学生", "小學生", "大学生", "大學生", "研究生", "父亲", "父親", "母亲", "母親",
           "丈夫", "妻子", "儿子", "兒子", "女儿", "女兒", "村民", "居民", "工人", "农民",
           "農民", "死者", "患者", "嫌疑人", "当事人", "當事人"],
    "ja": ["男性", "女性", "男子", "女子", "男児", "女児", "少年", "少女", "高校生", "中学生",
           "小学生", "大学生", "学生", "息子", "夫", "妻", "父", "母", "娘", "容疑者", "被告"],
    "ko": ["남성", "여성", "남자", "여자", "남학생", "여학생", "학생", "고등학생", "고교생",
           "중학생", "초등학생", "대학생", "대학원생", "아이", "어린이", "아동", "소년", "소녀",
           "청년", "노인", "아버지", "어머니", "아빠", "엄마", "남편", "아내", "부인", "아들",
           "딸", "주민", "노동자", "피해자", "피의자", "용의자", "운전자", "시민"],
}  # fmt: skip

# "and" between two names of a list in the languages of NAME_CASE_ENDINGS: names joined so
# are in the same grammatical case ("звільнити Рустема Кадірова і Ельдара Мусаєва").
# "And" between two people's names in the scripts of South and Southeast Asia, with spaces
# around it ("X Y और Z W", "X Y ও Z W"): two names of two words each so joined, written so
# twice or more, are people (session 27, imp27d).
NATIVE_NAME_JOINERS: dict[str, list[str]] = {
    "hi": ["और", "तथा", "एवं"], "ne": ["र", "तथा"], "mr": ["आणि", "व"], "bn": ["ও", "এবং"],
    "pa": ["ਅਤੇ", "ਤੇ"], "gu": ["અને"], "ta": ["மற்றும்"], "te": ["మరియు"], "kn": ["ಮತ್ತು"],
    "ml": ["ഉം", "എന്നിവർ"], "si": ["සහ"], "th": ["และ", "กับ"], "lo": ["ແລະ", "ກັບ"],
    "km": ["និង"], "my": ["နှင့်", "နဲ့"],
}  # fmt: skip
# Words that mark a number in brackets after two words of those scripts as an age ("X Y (৩৬
# বছর)", "X Y (อายุ ๒๑ ปี)", "(अायु 32)"), written before or after the number (mend27b: a bare
# number counts only when it is a plausible age beside a person cue).
NATIVE_AGE_WORDS: dict[str, list[str]] = {
    "hi": ["वर्ष", "वर्षीय", "साल", "आयु", "उम्र", "उमर"], "ne": ["वर्ष", "बर्ष", "वर्षीय", "उमेर"],
    "mr": ["वर्षे", "वर्षांचा", "वर्षांची", "वय"], "bn": ["বছর", "বছরের", "বয়স", "বয়স"],
    "pa": ["ਸਾਲ", "ਸਾਲਾ", "ਉਮਰ"], "gu": ["વર્ષ", "વર્ષના", "વર્ષીય", "ઉંમર"],
    "ta": ["வயது", "வயதான", "வயதுடைய"], "te": ["ఏళ్ల", "ఏళ్లు", "సంవత్సరాలు", "వయస్సు", "వయసు"],
    "kn": ["ವರ್ಷ", "ವಯಸ್ಸು"], "ml": ["വയസ്സ്", "വയസ്", "വയസുള്ള", "വയസ്സുള്ള"],
    "si": ["වයස", "අවුරුදු", "වයස්"], "th": ["ปี", "อายุ"], "lo": ["ປີ", "ອາຍຸ"],
    "km": ["ឆ្នាំ", "អាយុ"], "my": ["နှစ်", "အသက်"],
}  # fmt: skip
# A law's section, article or clause before a number in brackets ("उपधारा (2)", "มาตรา (๑๔)"):
# that number is no age, and the words before it no name (mend27b).
NATIVE_LAW_WORDS: dict[str, list[str]] = {
    "hi": ["धारा", "उपधारा", "अनुच्छेद", "खंड", "खण्ड", "नियम", "अधिनियम", "दफ़ा", "दफा"],
    "ne": ["दफा", "उपदफा", "धारा", "ऐन", "नियम"], "mr": ["कलम", "उपकलम", "अनुच्छेद", "कायदा"],
    "bn": ["ধারা", "উপধারা", "অনুচ্ছেদ", "আইন"], "pa": ["ਧਾਰਾ", "ਉਪਧਾਰਾ", "ਕਾਨੂੰਨ"],
    "gu": ["કલમ", "ધારા", "પેટાકલમ"], "ta": ["பிரிவு", "சட்டம்", "உட்பிரிவு"],
    "te": ["సెక్షన్", "సెక్షను", "అధికరణ", "చట్టం"], "kn": ["ಸೆಕ್ಷನ್", "ಕಲಂ", "ಕಾಯ್ದೆ"],
    "ml": ["വകുപ്പ്", "നിയമം"], "si": ["වගන්තිය", "පනත"],
    "th": ["มาตรา", "วรรค", "พระราชบัญญัติ", "กฎหมาย"], "lo": ["ມາດຕາ", "ກົດໝາຍ"],
    "km": ["មាត្រា", "ច្បាប់"], "my": ["ပုဒ်မ", "ဥပဒေ"],
}  # fmt: skip
# Who someone is or what befell them, in those scripts (occupations, kin, arrest and
# detention): a person's cue beside a bare age or a pair joined by "and", and never a word of
# the name itself ("कार्यकर्ता सीता": the activist Sita; mend27b). Matched inside a word
# (postpositions and joined words: "ภรรยาของ", "গ্রেপ্তারের").
NATIVE_PERSON_CUES: dict[str, list[str]] = {
    "hi": ["पत्रकार", "कार्यकर्ता", "वकील", "छात्र", "छात्रा", "नेता", "किसान", "मज़दूर",
           "मजदूर", "शिक्षक", "शिक्षिका", "भाई", "बहन", "पत्नी", "पति", "बेटे", "बेटी", "पुत्र",
           "गिरफ़्तार", "गिरफ्तार", "हिरासत", "बंदी", "कैद", "लापता", "सदस्य", "सचिव",
           "अध्यक्ष", "संयोजक", "माँ", "मां", "पिता"],
    "ne": ["पत्रकार", "अधिकारकर्मी", "कार्यकर्ता", "विद्यार्थी", "पक्राउ", "हिरासत", "बेपत्ता",
           "श्रीमती", "भाइ", "बहिनी", "शिक्षक", "आमा", "बुबा", "छोरा", "छोरी", "श्रीमान",
           "संयोजक", "अध्यक्ष", "सचिव", "सदस्य", "किसान", "नेता"],
    "mr": ["पत्रकार", "कार्यकर्ते", "कार्यकर्ता", "वकील", "विद्यार्थी", "अटक", "ताब्यात"],
    "bn": ["সাংবাদিক", "অধিকারকর্মী", "কর্মী", "আইনজীবী", "ছাত্র", "শ্রমিক", "নেত্রী", "নেতা",
           "ভাই", "বোন", "স্ত্রী", "স্বামী", "ছেলে", "মেয়ে", "আটক", "গ্রেপ্তার", "গ্রেফতার",
           "নিখোঁজ", "বন্দি", "সম্পাদক", "সভাপতি", "সদস্য", "শিক্ষক", "কৃষক", "মা", "বাবা"],
    "pa": ["ਪੱਤਰਕਾਰ", "ਕਾਰਕੁਨ", "ਵਕੀਲ", "ਵਿਦਿਆਰਥੀ", "ਗ੍ਰਿਫ਼ਤਾਰ", "ਗ੍ਰਿਫਤਾਰ", "ਹਿਰਾਸਤ", "ਪ੍ਰਧਾਨ",
           "ਕਿਸਾਨ", "ਆਗੂ", "ਮੈਂਬਰ", "ਸਕੱਤਰ", "ਭਰਾ", "ਭੈਣ", "ਪੁੱਤਰ"],
    "gu": ["પત્રકાર", "કાર્યકર", "વકીલ", "વિદ્યાર્થી", "ધરપકડ", "અટકાયત"],
    "ta": ["பத்திரிகையாளர்", "செயற்பாட்டாளர்", "வழக்கறிஞர்", "மாணவர்", "கைது", "தடுப்பு",
           "ஊடகவியலாளர்", "ஆசிரியர்", "மகன்", "மகள்",
           "மனைவி", "கணவர்", "தலைவர்", "செயலாளர்", "உறுப்பினர்"],
    "te": ["జర్నలిస్టు", "కార్యకర్త", "న్యాయవాది", "విద్యార్థి", "అరెస్టు", "నిర్బంధ"],
    "kn": ["ಪತ್ರಕರ್ತ", "ಕಾರ್ಯಕರ್ತ", "ವಕೀಲ", "ವಿದ್ಯಾರ್ಥಿ", "ಬಂಧನ", "ಬಂಧಿಸ"],
    "ml": ["പത്രപ്രവർത്തക", "പ്രവർത്തക", "അഭിഭാഷക", "വിദ്യാർത്ഥി", "അറസ്റ്റ്", "തടങ്കൽ", "നേതാവ്",
           "നേതാവായ", "അംഗം", "സെക്രട്ടറി", "അധ്യാപക", "മകൻ", "മകൾ", "ഭാര്യ", "ഭർത്താവ്"],
    "si": ["මාධ්‍යවේදී", "ක්‍රියාකාරී", "නීතිඥ", "ශිෂ්‍ය", "අත්අඩංගුවට", "රඳවා"],
    "th": ["นักกิจกรรม", "นักข่าว", "ผู้สื่อข่าว", "ทนาย", "นักศึกษา", "นักเรียน", "แกนนำ",
           "ภรรยา", "สามี", "ลูกชาย", "ลูกสาว", "พี่ชาย", "น้องชาย", "ถูกจับ", "จับกุม",
           "ควบคุมตัว", "คุมขัง", "สูญหาย", "กิจกรรม", "สมาชิก", "เลขาธิการ", "ประธาน",
           "ครู"],
    "lo": ["ນັກເຄື່ອນໄຫວ", "ນັກຂ່າວ", "ທະນາຍ", "ນັກສຶກສາ", "ຖືກຈັບ", "ຈັບກຸມ", "ກັກຂັງ",
           "ຫາຍສາບສູນ"],
    "km": ["សកម្មជន", "អ្នកសារព័ត៌មាន", "មេធាវី", "និស្សិត", "ចាប់ខ្លួន", "ឃុំខ្លួន", "បាត់ខ្លួន"],
    "my": ["သတင်းထောက်", "တက်ကြွလှုပ်ရှားသူ", "ရှေ့နေ", "ကျောင်းသား", "ကျောင်းသူ", "ဖမ်းဆီး",
           "ထိန်းသိမ်း", "အကျဉ်း"],
}  # fmt: skip
NAME_LIST_JOINERS: dict[str, list[str]] = {
    "ru": ["и"], "uk": ["і", "й", "та"], "be": ["і", "ды"],
}  # fmt: skip
# Letters that Russian, Ukrainian and Belarusian spell one name with differently ("Рустем" /
# "Рустем", "Кадиров" / "Кадіров"): one spelling when names are compared.
CYRILLIC_SPELLINGS: dict[str, str] = {
    "і": "и", "ї": "и", "ы": "и", "й": "и", "є": "е", "э": "е", "ё": "е", "ґ": "г", "ў": "у",
}  # fmt: skip

# A clause saying someone was killed ("fue asesinado", "the murder of X"): a name every
# clause of which says so is a victim the action speaks of, no longer a person at risk.
KILLED: dict[str, list[str]] = {
    "en": ["was killed", "was murdered", "was shot dead", "were killed", "murder of",
           "killing of", "assassination of"],
    "es": ["fue asesinado", "fue asesinada", "fueron asesinados", "asesinato de",
           "homicidio de"],
    "fr": ["a été assassiné", "a été assassinée", "a été tué", "a été tuée", "assassinat de",
           "meurtre de"],
    "pt": ["foi assassinado", "foi assassinada", "assassinato de", "assassínio de"],
    "it": ["è stato ucciso", "è stata uccisa", "omicidio di", "uccisione di"],
    "de": ["wurde ermordet", "wurde getötet", "ermordung von", "mord an"],
}  # fmt: skip
# Words that name a district or ward in an address line ("Dongcheng Qu", "Quận Chín",
# "Colonia Centro", "Minato-ku"): positive evidence that a line of two comma parts above
# the postcode is the street and its district, not a body (recipient_lines).
DISTRICT_WORDS: dict[str, list[str]] = {
    "zh": ["qu", "区", "區"],
    "vi": ["quận", "phường", "huyện", "xã"],
    "en": ["district", "ward"],
    "ja": ["-ku", "-cho", "-machi"],
    "es": ["colonia", "col.", "barrio", "distrito"],
    "pt": ["bairro", "distrito", "bloco"],
    "fr": ["arrondissement", "quartier"],
    "id": ["kecamatan", "kelurahan"],
}  # fmt: skip

# Words of a part of a building that a postal address prints with its number after the street
# or the building ("Suite 12", "Piso 3", "Bureau 4"): the part belongs to the line above it.
UNIT_WORDS: dict[str, list[str]] = {
    "en": ["suite", "room", "floor", "unit", "apt", "apartment", "entrance", "level"],
    "es": ["piso", "oficina", "despacho", "planta", "departamento", "depto", "interior"],
    "pt": ["sala", "andar", "conjunto", "apartamento", "apto"],
    "fr": ["bureau", "étage", "porte", "escalier", "appartement", "appt"],
    "de": ["zimmer", "raum", "etage", "stock", "büro", "eingang"],
    "it": ["piano", "stanza", "interno", "scala"],
    "nl": ["kamer", "verdieping"],
    "ru": ["офис", "кабинет", "подъезд", "этаж", "комната", "кв"],
    "id": ["lantai", "ruang"],
    "tr": ["kat", "daire"],
    "pl": ["pokój", "piętro", "lokal"],
}  # fmt: skip

# The label of a sender's field ("FROM:" on a fax's cover sheet or a memo's head, "Absender:",
# "Expéditeur :"): its value and the lines under it are the writer's own, no recipient.
SENDER_LABELS: dict[str, list[str]] = {
    "en": ["from", "sender", "sent by"],
    "de": ["von", "absender", "absenderin"],
    "fr": ["de", "expéditeur", "expéditrice", "émetteur"],
    "es": ["de", "remitente", "emisor"],
    "pt": ["de", "remetente"],
    "it": ["da", "mittente"],
    "nl": ["van", "afzender"],
    "pl": ["od", "nadawca"],
    "sv": ["från", "avsändare"],
    "no": ["fra", "avsender"],
    "da": ["fra", "afsender"],
    "fi": ["lähettäjä"],
    "cs": ["od", "odesílatel"],
    "tr": ["kimden", "gönderen"],
    "ru": ["от", "отправитель"],
    "id": ["dari", "pengirim"],
}  # fmt: skip

# The label of a letter's subject line, between the inside address and the salutation ("Re:",
# "Betreff:", "Objet :", "Asunto:"): the line says what the letter is about, no address.
SUBJECT_LABELS: dict[str, list[str]] = {
    "en": ["re", "subject", "ref", "our ref", "regarding"],
    "de": ["betreff", "betr.", "betrifft"],
    "fr": ["objet", "concerne", "réf."],
    "es": ["asunto", "ref.", "referencia"],
    "pt": ["assunto", "ref.", "referência"],
    "it": ["oggetto", "rif."],
    "nl": ["betreft", "onderwerp", "inzake"],
    "pl": ["dotyczy", "temat", "dot."],
    "sv": ["ämne", "angående"],
    "no": ["emne", "vedrørende", "vedr."],
    "da": ["emne", "vedrørende", "vedr."],
    "fi": ["aihe", "asia"],
    "cs": ["věc", "předmět"],
    "tr": ["konu"],
    "ru": ["тема", "о"],
    "hu": ["tárgy"],
    "el": ["θέμα"],
}  # fmt: skip

# Round 23p: recipients in sentences of languages with grammatical cases. Verbs that send a
# letter to someone named right after them in the dative, with no word for "to" (Croatian,
# Serbian and Bosnian in Latin letters, Slovene, Czech, Slovak: "Pišite ministru ...",
# "Napište ministrovi ...", "Kopiju pošaljite Veleposlanstvu ...").
SEND_VERBS_DATIVE: dict[str, list[str]] = {
    "hr": ["pišite", "piši", "napišite", "napiši", "pošaljite", "pošalji", "uputite", "uputi",
           "obratite se", "obrati se"],
    "sl": ["pišite", "piši", "napišite", "pošljite", "pošlji"],
    "cs": ["pište", "napište", "napiš", "pošlete", "pošli", "zašlete"],
    "sk": ["píšte", "napíšte", "napíš", "pošlite", "pošli", "zašlite"],
    # Round 24o: languages that mark whom by a case ending with no word for "to" (Hungarian
    # dative, Finnish allative, Lithuanian, Latvian and Estonian dative or allative).
    "hu": ["írjon", "írjanak", "írj", "küldjön", "küldjék", "küldje", "küldj"],
    "fi": ["lähetä", "lähettäkää", "kirjoita", "kirjoittakaa"],
    "lt": ["rašykite", "parašykite", "siųskite", "nusiųskite", "rašyk", "siųsk"],
    "lv": ["rakstiet", "uzrakstiet", "sūtiet", "nosūtiet", "raksti", "sūti"],
    "et": ["kirjutage", "saatke", "kirjuta", "saada"],

    # Romanian names whom in the dative too ("scrieți Ministrului Justiției"); Swahili's
    # applied verb holds "to" ("mwandikie Waziri ...": write to him, the Minister).
    "ro": ["scrieți", "scrieţi", "scrieti", "trimiteți", "trimiteţi", "trimiteti", "trimite"],
    "sw": ["mwandikie", "mwandikieni", "waandikie", "waandikieni", "mtumie", "watumie"],
    # Session 25h: Russian, Ukrainian and Belarusian name whom in the dative too
    # ("Пишите ... Генеральному прокурору ...", "ОБРАЩЕНИЯ НАПРАВЛЯЙТЕ: Министру ...").
    "ru": ["пишите", "напишите", "направьте", "направляйте", "отправьте", "отправляйте",
           "пошлите", "обращения направляйте", "обращения направьте"],
    "uk": ["пишіть", "напишіть", "надішліть", "надсилайте", "направте", "звертайтеся до"],
    "be": ["пішыце", "напішыце", "дашліце", "адпраўце"],
}  # fmt: skip
# Verbs that send with a word for "to" (Polish "do" with the genitive): read like the rows of
# phrases.SEND_VERBS / SEND_TO_WORDS.
SEND_VERBS_MORE: dict[str, list[str]] = {
    "pl": ["piszcie", "napiszcie", "piszemy", "napiszemy", "napisz", "pisz", "wyślijcie",
           "wyślij", "wysyłamy", "wyślemy", "kierujemy", "skierujcie", "skierujemy",
           "zaadresujcie"],
    # Swahili "send a copy to": "tuma nakala kwa ..."
    # (Round 28c: "Barua ya kwanza iende kwa ...": the letter is to go to.)
    "sw": ["tuma", "tumeni", "tumia", "iende", "ziende", "ipelekwe", "zipelekwe"],
    # Session 26a: Bulgarian, Macedonian "пишете ... до кмета на X, Y, на адрес ...".
    "bg": ["пишете", "напишете", "изпратете", "изпращайте"],
}  # fmt: skip
SEND_TO_WORDS_MORE: dict[str, list[str]] = {"pl": ["do"], "sw": ["kwa"], "bg": ["до"]}
# Money a sentence sends, not letters (mend28c): "Michango yote iende kwa Mweka Hazina ...",
# "Donations should go to the treasurer ...": whom it names is no recipient of the appeal.
DONATION_WORDS: dict[str, list[str]] = {
    "en": ["donation", "donations", "contribution", "contributions", "money", "payment",
           "payments", "cheque", "cheques", "funds", "dues", "fees"],
    "sw": ["michango", "mchango", "fedha", "pesa", "malipo", "sadaka"],
    "de": ["spende", "spenden", "beiträge", "beitrag", "zahlungen", "überweisungen"],
    "fr": ["dons", "cotisation", "cotisations", "chèque", "chèques", "paiements"],
    "es": ["donativo", "donativos", "donación", "donaciones", "aportes", "cuotas", "pagos"],
    "it": ["donazione", "donazioni", "contributi", "offerte", "pagamenti"],
    "pt": ["doação", "doações", "donativos", "contribuições", "pagamentos"],
    "nl": ["donatie", "donaties", "giften", "gift", "bijdragen", "betalingen"],
    "pl": ["darowizny", "darowiznę", "wpłaty", "składki"],
    "sv": ["gåvor", "gåva", "bidrag", "betalningar"],
    "ru": ["пожертвования", "взносы", "деньги"],
    "bg": ["дарения", "вноски"],
}  # fmt: skip
# "and" before the next recipient's office and name in a sentence of those languages.
AND_WORDS_CASES: dict[str, list[str]] = {
    "hr": ["i"], "sl": ["in"], "cs": ["a"], "sk": ["a"], "pl": ["i", "oraz"],
}  # fmt: skip
# "... Viktoru Kalinovskom na adresu Ureda ...": the words that say "at the address of" before
# the body a person is written to at, in a sentence.
AT_ADDRESS: dict[str, list[str]] = {
    "hr": ["na adresu", "na adresi"], "sl": ["na naslov", "na naslovu"],
    "cs": ["na adresu", "na adrese"], "sk": ["na adresu", "na adrese"],
    "pl": ["na adres", "pod adresem"],
    # Languages without cases give the same words before the address itself ("Scrivete al
    # Presidente ..., X Y, all'indirizzo Palais ..., 1000 City, Country"): the address line
    # follows them.
    "it": ["all'indirizzo", "all’indirizzo", "presso l'indirizzo"],
    "en": ["at the address"], "fr": ["à l'adresse", "à l’adresse"],
    "es": ["en la dirección", "a la dirección"], "pt": ["no endereço", "para o endereço"],
    "de": ["unter der Adresse", "an die Adresse"], "nl": ["op het adres"],
    "sv": ["på adressen"],
    # Session 26a: the Cyrillic languages ("до кмета на X, Y, на адрес Община X, ...").
    "bg": ["на адрес"], "mk": ["на адреса"], "sr": ["na adresu", "на адресу"],
    "ru": ["по адресу"], "uk": ["за адресою"], "be": ["па адрасе"],
}  # fmt: skip
# Personal names in the case a sentence that sends letters puts them in, back to the
# nominative: (ending in that case, nominative ending, what must come before the ending:
# "c" a consonant, "v" a vowel, "" anything; the gender the ending is of: "m" or "f"). A name
# is changed only when EVERY one of its words matches a row of the same case and gender (a
# nominative "Ana Kovač" or "Maria Kowalska" has a word that matches none; "Ravindra Doshi"
# reads a masculine and a feminine genitive), and, after an office in small letters, only in
# the case and gender the office word itself is declined in ("ministru" a masculine dative,
# "ministry" a feminine genitive) (`name_cases.latin_nominative`).
NAME_CASES_LATIN: dict[str, dict[str, list[tuple[str, str, str, str]]]] = {
    # Croatian, Serbian, Bosnian (Latin): the dative after "pišite", "pošaljite".
    "hr": {"dative": [
        ("skom", "ski", "", "m"), ("ckom", "cki", "", "m"), ("čkom", "čki", "", "m"),
        ("škom", "ški", "", "m"), ("iju", "i", "", "m"), ("u", "", "c", "m"),
        ("i", "a", "c", "f"), ("oj", "a", "c", "f"),
    ]},
    "sl": {"dative": [
        ("skemu", "ski", "", "m"), ("cemu", "c", "", "m"), ("iju", "i", "", "m"),
        ("u", "", "c", "m"), ("i", "a", "c", "f"),
    ]},
    "cs": {"dative": [
        ("skému", "ský", "", "m"), ("ckému", "cký", "", "m"), ("ovi", "", "c", "m"),
        ("é", "a", "c", "f"), ("ské", "ská", "", "f"), ("ové", "ová", "", "f"),
        # session 24: given names ("Konstantinu", "Sergeji", "Taťjaně"); adjectival and
        # soft masculine datives ("Novotnému" of "Novotný", "Jiřímu" of "Jiří"; not "-imu",
        # which is also "Nazimu" of "Nazim").
        ("u", "", "c", "m"), ("ji", "j", "", "m"), ("ě", "a", "c", "f"),
        ("ému", "ý", "", "m"), ("ímu", "í", "", "m"),
        # Round 27b: Tajik and Azerbaijani surnames in "-zoda", "-zade" decline as
        # "předseda" ("Rahimzodovi" of "Rahimzoda").
        ("zodovi", "zoda", "", "m"), ("zadovi", "zada", "", "m"),
    ]},
    "sk": {"dative": [
        ("zodovi", "zoda", "", "m"), ("zadovi", "zada", "", "m"),
        ("skému", "ský", "", "m"), ("ckému", "cký", "", "m"), ("ovi", "", "c", "m"),
        ("e", "a", "c", "f"), ("skej", "ská", "", "f"), ("ovej", "ová", "", "f"),
    ]},
    # Lithuanian: the dative after "rašykite", "siųskite" (session 25h). A man's "-as" takes
    # "-ui", "-is" takes "-iui", a Slavic "-vičius" takes "-vičiui"; a woman's "-a" takes
    # "-ai", "-ė" takes "-ei"; before "-iui" a "t" or "d" of the stem is written "č", "dž"
    # ("Jonaitis" -> "Jonaičiui"); "-jus" takes "-jui" ("Sergejus" -> "Sergejui").
    "lt": {"dative": [
        ("vičiui", "vičius", "", "m"), ("čiui", "tis", "", "m"), ("džiui", "dis", "", "m"),
        ("iui", "is", "", "m"), ("jui", "jus", "", "m"), ("ui", "as", "c", "m"),
        ("ai", "a", "c", "f"), ("ei", "ė", "c", "f"),
    ]},
    # Polish: the genitive after "do", the dative after a verb.
    "pl": {"genitive": [
        ("skiego", "ski", "", "m"), ("ckiego", "cki", "", "m"), ("dzkiego", "dzki", "", "m"),
        ("skiej", "ska", "", "f"), ("ckiej", "cka", "", "f"),
        ("a", "", "c", "m"), ("y", "a", "c", "f"), ("i", "a", "c", "f"),
        # (Round 24o: a wife's or daughter's surname in "-owa"/"-ewa" declines as an
        # adjective: "Tahirewej", "Nowakowej".)
        ("owej", "owa", "", "f"), ("ewej", "ewa", "", "f"),
    ], "dative": [
        ("skiemu", "ski", "", "m"), ("ckiemu", "cki", "", "m"), ("owi", "", "c", "m"),
    ],
    # Round 28b: a woman's accusative, after "uwolnić", "wesprzeć" in an ask ("uwolnić
    # Marię X"); a man's is his genitive.
    "accusative": [
        ("ę", "a", "", "f"), ("ską", "ska", "", "f"), ("cką", "cka", "", "f"),
        ("ową", "owa", "", "f"), ("ewą", "ewa", "", "f"),
    ]},
    # (Round 28b's Romanian row, a woman's "-ei" of "-a", is in NAME_CASES_IN_A_STORY alone,
    # mend28b: here it read a man's "Andrei Matei" as "Andra Mata".)
}  # fmt: skip
# Short words and abbreviations a street's name opens with, which the street tables of
# `phrases` (ADDRESS_WORDS, PLACE_STARTS) do not spell out: a line "Cll 5 de Mayo 1920" or
# "Ul. 3 Maja 12" is a street named after a date, no letter's date line
# (`layout.is_date_line`).
STREET_ABBREVIATIONS: dict[str, list[str]] = {
    "es": ["Av", "Avda", "Cl", "Cll", "Cra", "Kra", "Dg", "Tv", "Pje", "Psje", "Jr"],
    "pt": ["R", "Av", "Al", "Trav", "Tv", "Pç", "Rod", "Estr"],
    "fr": ["Av", "Bd", "Bld", "Pl", "Imp", "All", "Ch", "Rte"],
    "it": ["V", "Vle", "V.le", "C.so", "Cso", "P.za", "P.zza", "Pzza", "Loc"],
    "ro": ["Str", "Bd", "Bdul", "Bul", "Sos", "Șos", "Cal", "Spl", "Al", "Int"],
    "de": ["Str", "Pl"], "nl": ["Str"], "en": ["St", "Rd", "Ave", "Av", "Blvd", "Ln", "Sq"],
    "pl": ["ul", "al", "pl", "os", "Aleja", "Plac", "Osiedle"],
    "cs": ["ul", "nám", "tř", "nábř", "Náměstí", "Třída"],
    "sk": ["ul", "nám", "Námestie", "Trieda"],
    "tr": ["Cad", "Cd", "Sok", "Sk", "Blv", "Bulv", "Mah", "Mh"],
    "hu": ["u", "krt", "tér", "út"], "hr": ["ul", "Ulica", "Trg"],
    # (mend29a: the Cyrillic and Greek ones, before a capitalised street name in a sentence.)
    "ru": ["ул", "просп", "пр-т", "пер", "бульв", "б-р", "наб", "пл", "ш"],
    "uk": ["вул", "просп", "пров", "бульв", "наб", "пл", "майд"],
    "be": ["вул", "пр", "зав", "пл"], "bg": ["ул", "бул", "пл"], "sr": ["ул", "бул", "трг"],
    "el": ["Λεωφ", "Οδ", "Πλ"],
}  # fmt: skip
# Nouns of persons that are masculine though they decline like feminine nouns in "-a"
# (Serbian "sudija" -> dative "sudiji", Polish "wojewoda" -> genitive "wojewody", Czech
# "předseda" -> genitive "předsedy"), in the nominative: an office word that reads as a
# feminine "-a" form by NAME_CASES_LATIN but is one of these is masculine, so a man's name
# after it is read in its case (`name_cases._office_case`).
MASCULINE_A_NOUNS: dict[str, list[str]] = {
    "hr": ["sudija", "kolega", "vojvoda", "starješina", "sluga", "vođa"],
    "sl": ["vodja", "kolega", "sluga", "starešina"],
    "cs": ["předseda", "místopředseda", "kolega", "vévoda", "starosta", "místostarosta",
           "soudce", "zástupce", "obhájce", "žalobce", "správce"],
    "sk": ["predseda", "podpredseda", "kolega", "vojvoda", "starosta", "sudca", "hovorca",
           "zástupca", "obhajca", "žalobca", "správca"],
    "pl": ["wojewoda", "wicewojewoda", "starosta", "kolega", "doradca", "obrońca",
           "zastępca", "wykonawca", "poeta"],
}  # fmt: skip
# Where a consonant ending read off a man's word leaves a stem that may have lost a mobile
# "e" ("Karlu" of "Karel", "Havlíčkovi" of "Havlíček", "Markovi" of "Marek"): a stem ending
# in a consonant and one of these letters is no sure nominative, so the name stays as printed
# (`name_cases.latin_nominative`).
MOBILE_E_LETTERS: dict[str, str] = {"cs": "klcn", "sk": "klcn"}
MASCULINE_A_NOUNS["sr"] = MASCULINE_A_NOUNS["hr"]
MASCULINE_A_NOUNS["bs"] = MASCULINE_A_NOUNS["hr"]

# Languages that put the case ending on the LAST word of a full name only (Finnish "Lähetä
# vetoomuksia sisäministeri Ayhan Demirelille": the allative): (ending, nominative ending,
# what comes before the ending, as above). A foreign name ending in a consonant takes "-ille";
# a name in "-nen" takes "-selle".
LAST_WORD_CASES: dict[str, list[tuple[str, str, str]]] = {
    "fi": [("selle", "nen", "v"), ("ille", "", "c")],
}  # fmt: skip
NAME_CASES_LATIN["sr"] = NAME_CASES_LATIN["hr"]
NAME_CASES_LATIN["bs"] = NAME_CASES_LATIN["hr"]
SEND_VERBS_DATIVE["sr"] = SEND_VERBS_DATIVE["hr"]
SEND_VERBS_DATIVE["bs"] = SEND_VERBS_DATIVE["hr"]
# "Ako dobijete odgovor, pišite nam na adresu ...", "pošlete nám ji na adresu ...": a verb of
# sending followed by "us" or "me" sends the reply back to the section, no recipient. The
# first-person pronouns of the languages whose verbs name whom in the dative.
FIRST_PERSON_DATIVE: dict[str, list[str]] = {
    "hr": ["nam", "nama", "meni", "mi"], "sl": ["nam", "nama", "meni", "mi"],
    "cs": ["nám", "mně", "mi"], "sk": ["nám", "mne", "mi"],
    "pl": ["nam", "mnie", "mi"],
}  # fmt: skip
FIRST_PERSON_DATIVE["sr"] = FIRST_PERSON_DATIVE["hr"]
FIRST_PERSON_DATIVE["bs"] = FIRST_PERSON_DATIVE["hr"]
# Mend 35e: "us", the publisher, to whom a line under the last block asks a copy be sent
# ("and please send us a copy: x@y", "merci de nous envoyer une copie : x@y", "Копию просим
# направить нам: x@y"): first-person-plural words and the verbs that carry them. (Portuguese
# "nos" is also "in the", Danish "os" is the Portuguese article: neither is a row.)
COPY_TO_US: dict[str, list[str]] = {
    "en": ["us"], "fr": ["nous"], "pt": ["nós", "para nós", "envie-nos", "mande-nos"],
    "es": ["nosotros", "nosotras", "nos", "envíenos", "envíennos", "mándenos", "remítanos"],
    "de": ["uns"], "nl": ["ons"], "it": ["noi", "ci", "inviateci", "mandateci", "inviatecene"],
    "sv": ["oss"], "nb": ["oss"], "pl": ["nam", "nas"], "cs": ["nám", "nás"],
    "sk": ["nám", "nás"], "hr": ["nam", "nama"], "ru": ["нам", "нас"], "uk": ["нам", "нас"],
    "bg": ["нас", "на нас"], "tr": ["bize"], "hu": ["nekünk"], "ro": ["nouă"],
    "el": ["μας"], "id": ["kami"], "fa": ["برای ما"], "ar": ["إلينا", "لنا"],
    "ka": ["ჩვენ", "ჩვენთვის"],
}  # fmt: skip
# Mend 37e: what the publisher asks for in a sentence over its own e-mail, beside "us"
# (`COPY_TO_US`): a copy ("Please send a copy of your fax to the campaign:") or to leave its
# list ("Om je af te melden van deze groep, stuur een e-mail naar:"). A sentence with none of
# them ("Letters can also be sent by email:", "pode também escrever-lhe por correio
# eletrónico:") tells how to reach the recipient above: its e-mail is the recipient's.
PUBLISHER_REQUEST: dict[str, list[str]] = {
    "en": ["copy", "copies", "unsubscribe", "leave this list", "leave the list",
           "no longer receive", "no more messages", "no more e-mails", "no more emails"],
    "fr": ["copie", "copies", "désabonner", "désinscrire", "désabonnement", "désinscription"],
    "es": ["copia", "copias", "darse de baja", "darte de baja", "dar de baja",
           "dejar de recibir"],
    "pt": ["cópia", "cópias", "cancelar a subscrição", "deixar de receber"],
    "it": ["copia", "copie", "cancellarsi", "disiscriversi", "non ricevere più"],
    "de": ["kopie", "kopien", "abschrift", "abmelden", "abzumelden", "abbestellen",
           "keine nachrichten mehr", "keine e-mails mehr"],
    "nl": ["kopie", "kopieën", "afschrift", "afmelden", "af te melden", "uitschrijven",
           "uit te schrijven", "geen berichten meer", "geen e-mails meer"],
    "sv": ["kopia", "kopior", "avregistrera", "avsluta prenumerationen"],
    "nb": ["kopi", "kopier", "avmelde", "melde deg av"], "da": ["kopi", "kopier", "afmelde"],
    "pl": ["kopia", "kopię", "kopie", "kopii", "wypisać", "wypisz"],
    "cs": ["kopie", "kopii", "odhlásit"], "sk": ["kópia", "kópiu", "kópie", "odhlásiť"],
    "hr": ["kopija", "kopiju", "kopije", "odjaviti"],
    "ru": ["копия", "копию", "копии", "копий", "отписаться"],
    "uk": ["копія", "копію", "копії", "відписатися"],
    "bg": ["копие", "копия"], "tr": ["kopya", "kopyasını", "kopyalarını", "suretini"],
    "hu": ["másolat", "másolatát", "másolatot", "leiratkozni", "leiratkozás"],
    "ro": ["copie", "copia", "copii", "dezabona"], "el": ["αντίγραφο", "αντίγραφα"],
    "id": ["salinan", "tembusan", "berhenti berlangganan"],
}  # fmt: skip
# Round 38d: the copies the publisher asks for of the answers its readers get ("Please send
# copies of any replies you receive to X", "envoyez une copie des réponses à X", "Kopien der
# Antworten bitte an X"): X is the publisher or its secretary, whom the reader tells, no one
# the appeal writes to. The copy words (the copy sense of `PUBLISHER_REQUEST`) and the nouns
# for a reply; the two within a few words of each other in one sentence.
REPLY_COPY_WORDS: dict[str, list[str]] = {
    "en": ["copy", "copies"], "fr": ["copie", "copies"], "es": ["copia", "copias"],
    "pt": ["cópia", "cópias"], "it": ["copia", "copie"],
    "de": ["kopie", "kopien", "abschrift"], "nl": ["kopie", "kopieën", "afschrift"],
    "sv": ["kopia", "kopior"], "nb": ["kopi", "kopier"], "da": ["kopi", "kopier"],
    "pl": ["kopia", "kopię", "kopie", "kopii"], "cs": ["kopie", "kopii"],
    "sk": ["kópia", "kópiu", "kópie"], "hr": ["kopija", "kopiju", "kopije"],
    "ru": ["копия", "копию", "копии", "копий"], "uk": ["копія", "копію", "копії"],
    "tr": ["kopya", "kopyasını", "kopyalarını", "suretini"], "id": ["salinan"],
}  # fmt: skip
REPLY_NOUNS: dict[str, list[str]] = {
    "en": ["reply", "replies", "response", "responses", "answer", "answers"],
    "fr": ["réponse", "réponses"], "es": ["respuesta", "respuestas"],
    "pt": ["resposta", "respostas"], "it": ["risposta", "risposte"],
    "de": ["antwort", "antworten", "antwortschreiben"], "nl": ["antwoord", "antwoorden"],
    "sv": ["svar", "svaret", "svaren"], "nb": ["svar", "svaret", "svarene"],
    "da": ["svar", "svaret", "svarene"], "pl": ["odpowiedź", "odpowiedzi"],
    "cs": ["odpověď", "odpovědi"], "sk": ["odpoveď", "odpovede"],
    "hr": ["odgovor", "odgovora", "odgovore"], "ru": ["ответ", "ответа", "ответы", "ответов"],
    "uk": ["відповідь", "відповіді"], "tr": ["yanıt", "yanıtların", "cevap", "cevapların"],
    "id": ["balasan", "jawaban"],
}  # fmt: skip
# Mend 38d: the reply must be what is copied ("copies OF any replies", "copie DES réponses",
# "copias DE las respuestas", "Kopien DER Antworten"): the words that may open the words
# between the copy word and the reply noun. "Send copies TO the embassy requesting a reply"
# asks for a copy to the embassy, and its block is a recipient.
REPLY_OF_WORDS: dict[str, list[str]] = {
    "en": ["of"], "fr": ["de", "des", "du", "d'", "d’"], "es": ["de", "del"],
    "pt": ["de", "da", "das", "do", "dos"],
    "it": ["di", "del", "della", "delle", "dei", "degli", "d'", "d’"],
    "de": ["der", "des", "von", "einer", "eines", "aller", "ihrer", "etwaiger"],
    "nl": ["van"], "sv": ["av", "på"], "nb": ["av", "på"], "da": ["af", "på"],
}  # fmt: skip
# Languages that say "of" by a case ending ("kopie odpowiedzi", "копии ответов", "salinan
# balasan"): words may come between the copy word and the reply noun if none of them is a word
# for whom the copy goes to (`REPLY_TO_WORDS`).
REPLY_OF_BY_CASE = frozenset({"pl", "cs", "sk", "hr", "ru", "uk", "tr", "id"})
# Words that say whom a copy goes to ("to", "à", "a", "para", "an", "do", "ke", "к"). Between
# the copy word and the reply noun, they make the reply someone else's: no publisher's request.
# After the reply noun, the words after the last of them name whom the copies of replies go
# to, the only words that may name a block below (mend 38d: "any from the OSCE, to X").
REPLY_TO_WORDS: dict[str, list[str]] = {
    "en": ["to"], "fr": ["à", "au", "aux", "auprès"], "es": ["a", "al", "para"],
    "pt": ["para", "ao", "à", "aos", "às"],
    "it": ["a", "al", "alla", "alle", "ai", "agli", "all'", "all’", "presso"],
    "de": ["an"], "nl": ["aan", "naar"], "sv": ["till"], "nb": ["til"], "da": ["til"],
    "pl": ["do", "na"], "cs": ["do", "na"], "sk": ["do", "na"], "hr": ["na", "u"],
    "ru": ["в", "во", "на", "к", "ко"], "uk": ["до", "на", "в", "у"],
    "id": ["ke", "kepada", "untuk"],
}  # fmt: skip
# Words by which a sentence asks its reader to act ("You can also raise this with ...",
# "Concerns can be raised with ...", "Wenden Sie sich an ..."): a sentence with an address
# but no verb of sending is read as a recipient only when it has one of them before the
# office; a story's "police searched the office of X, Y, at 12 Oak Street, ..." has none.
# Words with a capital are matched as written (German "Sie", not "sie").
READER_ASKS: dict[str, list[str]] = {
    "en": ["you", "your", "please", "raise", "raised", "urge", "appeal", "contact", "can",
           "should"],
    "de": ["Sie", "Ihre", "Ihr", "Ihnen", "bitte", "wenden", "appellieren", "können"],
    "fr": ["vous", "votre", "veuillez", "pouvez", "adressez"],
    "es": ["usted", "ustedes", "puede", "pueden", "dirígete", "diríjase", "favor"],
    "pt": ["você", "vocês", "pode", "podem", "favor", "dirija"],
    "it": ["potete", "puoi", "vostra", "vostro", "rivolgetevi", "favore"],
    "nl": ["u", "uw", "je", "jij", "jullie", "graag", "kunt", "kan"],
    "sv": ["du", "ni", "din", "er", "kan", "vänligen"],
    "no": ["du", "dere", "din", "kan", "vennligst"], "da": ["du", "jer", "din", "kan"],
    "pl": ["możecie", "możesz", "prosimy", "proszę", "zwróćcie", "apelujcie"],
    "hr": ["možete", "molimo", "obratite", "vi", "vaš", "vaše"],
    "sl": ["lahko", "prosimo", "obrnite"], "cs": ["můžete", "prosíme", "obraťte"],
    "sk": ["môžete", "prosíme", "obráťte"],
}  # fmt: skip
# "and" between two recipients of one sentence, each with its address in brackets ("X (...)
# and Y (...)", "X (...), și Y (...)", "X (...) na Y (...)"), by language.
AND_BETWEEN_RECIPIENTS: dict[str, list[str]] = {
    "en": ["and", "and also"], "de": ["und"], "fr": ["et"], "es": ["y", "e"], "pt": ["e"],
    "it": ["e", "ed"], "nl": ["en"], "sv": ["och"], "da": ["og"], "nb": ["og"], "fi": ["ja"],
    "cs": ["a"], "sk": ["a"], "pl": ["i", "oraz"], "hr": ["i"], "sl": ["in"], "ro": ["și", "şi"],
    "hu": ["és"], "tr": ["ve"], "sw": ["na", "pamoja na"], "id": ["dan"],
}  # fmt: skip
AND_BETWEEN_RECIPIENTS["sr"] = AND_BETWEEN_RECIPIENTS["bs"] = AND_BETWEEN_RECIPIENTS["hr"]
# "please" as a word of its own between a verb that sends and whom ("Napište prosím
# ministru ...", "Schreiben Sie bitte an ..."), by language.
PLEASE_WORDS: dict[str, list[str]] = {
    "en": ["please", "kindly"], "de": ["bitte"], "fr": ["s'il vous plaît", "svp"],
    "es": ["por favor"], "pt": ["por favor"], "it": ["per favore", "per cortesia"],
    "nl": ["alstublieft", "graag", "a.u.b."], "cs": ["prosím", "prosíme"],
    "sk": ["prosím", "prosíme"], "pl": ["proszę", "prosimy"], "hr": ["molimo", "molim"],
    "sl": ["prosimo", "prosim"], "ro": ["vă rog", "vă rugăm"], "sw": ["tafadhali"],
    "hu": ["kérjük", "kérem"], "sv": ["vänligen"], "da": ["venligst"], "nb": ["vennligst"],
}  # fmt: skip


# mend31B: a season's or a church year's name printed before a year ("Spring 2026", "Lent
# 2031", "najaar 2009"): the year a newsletter's deadline without one is in (folded).
SEASON_WORDS: dict[str, list[str]] = {
    "en": ["spring", "summer", "autumn", "fall", "winter", "advent", "lent", "easter",
           "christmas", "michaelmas", "pentecost", "term", "semester"],
    "nl": ["voorjaar", "lente", "zomer", "najaar", "herfst", "winter", "advent", "pasen"],
    "de": ["fruhling", "fruhjahr", "sommer", "herbst", "winter", "advent", "ostern"],
    "fr": ["printemps", "ete", "automne", "hiver", "avent", "careme"],
    "es": ["primavera", "verano", "otono", "invierno", "adviento", "cuaresma"],
}  # fmt: skip
# mend31B: a request to send or write in a sentence the page wrapped before its date (an
# imperative, or "must"/"should" with the verb); `fields._wrapped_sentence`.
SEND_ASKED: dict[str, list[str]] = {
    "en": ["send", "write", "post", "email", "e-mail", "must be sent", "should be sent",
           "should reach", "must reach", "should arrive", "must arrive"],
    "ca": ["cal enviar", "envieu", "escriviu", "cal escriure"],
    "es": ["envíen", "envien", "envíe", "envie", "escriban", "escriba", "hay que enviar"],
    "pt": ["enviem", "envie", "escrevam", "escreva", "mandem", "mande"],
    "fr": ["envoyez", "écrivez", "il faut envoyer"],
    "it": ["inviate", "scrivete", "invia", "scrivi"],
    "de": ["senden sie", "schicken sie", "schreiben sie", "sendet", "schreibt"],
    "nl": ["stuur", "stuurt", "schrijf", "verstuur", "stuur uw", "moeten"],
}  # fmt: skip
# Mend 40e: a call to act (or write, or send) in a heading's label that a deadline's word
# closes with its colon ("MERCI D'AGIR AVANT LE :", "ACTÚEN ..., ANTES DEL:", "SEND APPELLER
# INNEN:"); with SEND_ASKED, whole words (`phrases.DEADLINE_BEFORE`).
DEADLINE_LABEL_ASKS: dict[str, list[str]] = {
    "en": ["act", "take action", "act now"],
    "fr": ["agissez", "agir", "écrire", "envoyer", "envoyez vos appels"],
    "es": ["actúen", "actuen", "actúe", "actúa", "actua"],
    "pt": ["ajam", "aja", "atuem", "actuem"],
    "it": ["agite", "agisci"],
    "de": ["handeln sie", "handelt", "schickt"],
    "nl": ["kom in actie"],
    "da": ["send", "skriv", "handl"],
    "nb": ["send", "skriv"],
    "sv": ["skicka", "skriv", "agera"],
    "pl": ["działaj", "działajcie", "napisz", "napiszcie", "wyślij", "wyślijcie"],
    "cs": ["pište", "napište", "jednejte", "pošlete"],
}  # fmt: skip
# mend31B: a story's verbs or nouns before the date of a wrapped sentence ("adjourned the
# hearing until", "was in hiding until"): the date is the story's, whatever words about
# letters the sentence holds.
WRAPPED_STORY_WORDS: dict[str, list[str]] = {
    "en": ["hearing", "adjourned", "postponed", "in hiding", "was held", "were held",
           "was detained", "were detained", "remanded", "trial"],
    "ca": ["judici", "detingut", "detinguda", "vista"],
    "es": ["audiencia", "juicio", "detenido", "detenida", "aplazó", "aplazada"],
    "pt": ["audiência", "julgamento", "detido", "detida", "adiou", "adiada"],
    "fr": ["audience", "procès", "détenu", "détenue", "ajourné", "reporté"],
    "de": ["verhandlung", "prozess", "festgenommen", "inhaftiert", "vertagt"],
    "nl": ["zitting", "proces", "vastgehouden", "aangehouden", "uitgesteld"],
}  # fmt: skip


# Session 24 (mend24b): the offices any body has, an NGO, a union or a company as much as the
# state ("Executive Director", "Presidente", "Vorsitzende"): an edge box whose block opens with
# only these words, under no heading, is a body's own team, not an official written to.
ANY_BODY_OFFICE_WORDS: dict[str, list[str]] = {
    "en": ["executive", "director", "president", "vice-president", "vice", "chair", "chairman",
           "chairwoman", "chairperson", "secretary", "general", "deputy", "head", "chief",
           "treasurer", "coordinator", "manager", "founder", "co-founder", "board", "member",
           "officer", "programme", "program", "campaigns", "of", "the", "and", "&"],
    "fr": ["directeur", "directrice", "président", "présidente", "secrétaire", "général",
           "générale", "trésorier", "trésorière", "coordinateur", "coordinatrice", "exécutif",
           "exécutive", "adjoint", "adjointe", "fondateur", "fondatrice"],
    "es": ["director", "directora", "presidente", "presidenta", "secretario", "secretaria",
           "tesorero", "tesorera", "coordinador", "coordinadora", "ejecutivo", "ejecutiva",
           "fundador", "fundadora"],
    "de": ["geschäftsführer", "geschäftsführerin", "vorsitzender", "vorsitzende", "direktor",
           "direktorin", "präsident", "präsidentin", "generalsekretär", "generalsekretärin",
           "schatzmeister", "schatzmeisterin", "koordinator", "koordinatorin", "gründer",
           "gründerin", "stellvertretender", "stellvertretende"],
    "it": ["direttore", "direttrice", "presidente", "segretario", "segretaria", "generale",
           "tesoriere", "coordinatore", "coordinatrice", "esecutivo", "esecutiva"],
    "pt": ["diretor", "diretora", "presidente", "secretário", "secretária", "geral",
           "tesoureiro", "tesoureira", "coordenador", "coordenadora", "executivo", "executiva"],
    "nl": ["directeur", "voorzitter", "secretaris", "penningmeester", "coördinator",
           "algemeen"],
}  # fmt: skip

# Session 25h: an office a sentence that sends names in the dative, back in the nominative:
# per language, whether the declined words lead the office with their complement after them
# ("lead": Russian "Генеральному прокурору Республики X", Czech "generálnímu prokurátorovi
# Ruské federace") or stand anywhere among complements in the genitive ("any": Lithuanian
# "vidaus reikalų ministrui"), and the regular endings (dative, nominative) of its adjectives
# (and Lithuanian nouns). Session 25 mend: a noun of "lead" languages is restored only from
# `OFFICE_NOUN_DATIVES` (a bare "-у", "-ovi" is no ending to strip: "Послу" is "посол",
# "předsedovi" is "předseda"); an office without a known noun stays as printed.
OFFICE_DATIVE_ENDINGS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "ru": ("lead", [("ому", "ый"), ("ему", "ий")]),
    "uk": ("lead", [("ому", "ий"), ("ьому", "ій")]),
    "be": ("lead", [("аму", "ы"), ("яму", "і")]),
    "cs": ("lead", [("ímu", "í"), ("ému", "ý")]),
    "sk": ("lead", [("iemu", "í"), ("ému", "ý"), ("emu", "y")]),
    "lt": ("any", [("iam", "is"), ("ajam", "asis"), ("iui", "is"), ("ui", "as")]),
    # Session 26a: Bulgarian has no dative; after "до" an office takes the short definite
    # article on its first word ("Министъра на ...", "Главния прокурор", "кмета на X"),
    # restored from the rows below only.
    "bg": ("lead", []),
    # Session 27e: Turkish writes to an office in the dative, its last word's possessive "-(s)I"
    # then "-(n)A" ("Adalet Bakanlığına", "TBMM ... Başkanlığına", "Bakanı'na"): the nouns of
    # `OFFICE_NOUN_DATIVES` only, anywhere in the office.
    "tr": ("any", []),
    # Round 30a: Croatian, Serbian and Bosnian (Latin letters), Slovenian and Polish write
    # the office of a sending sentence in a case too ("Pišite ministru pravosuđa X",
    # "glavnom tužitelju", "Pisma pošljite generalni tožilki", "Napisz do Prokuratora
    # Generalnego", Polish the genitive after "do" and the dative after a verb): the nouns
    # from `OFFICE_NOUN_DATIVES` only; the adjectives before a noun (Polish ones after it too)
    # by these endings, a masculine one in "-i"/"-y", a feminine one in "-a".
    "hr": ("lead", [("om", "i"), ("omu", "i"), ("em", "i"), ("emu", "i"), ("oj", "a")]),
    "sl": ("lead", [("emu", "i"), ("i", "a")]),
    "pl": ("lead", [("ego", "y"), ("kiego", "ki"), ("giego", "gi"), ("emu", "y"),
                    ("kiemu", "ki"), ("giemu", "gi"), ("ej", "a"), ("kiej", "ka"),
                    ("giej", "ga")]),
}  # fmt: skip
OFFICE_DATIVE_ENDINGS["sr"] = OFFICE_DATIVE_ENDINGS["hr"]
OFFICE_DATIVE_ENDINGS["bs"] = OFFICE_DATIVE_ENDINGS["hr"]

# Office nouns: the nominative, then its datives (lower case; hyphenated words whole).
OFFICE_NOUN_DATIVES: dict[str, list[tuple[str, ...]]] = {
    "ru": [("прокурор", "прокурору"), ("генпрокурор", "генпрокурору"), ("министр", "министру"),
           ("премьер-министр", "премьер-министру"), ("президент", "президенту"),
           ("посол", "послу"), ("председатель", "председателю"), ("губернатор", "губернатору"),
           ("начальник", "начальнику"), ("директор", "директору"), ("мэр", "мэру"),
           ("руководитель", "руководителю"), ("глава", "главе"), ("судья", "судье"),
           ("заместитель", "заместителю"), ("следователь", "следователю"),
           ("омбудсмен", "омбудсмену"), ("спикер", "спикеру"), ("консул", "консулу"),
           ("министерство", "министерству"), ("посольство", "посольству"),
           ("уполномоченный", "уполномоченному"), ("уполномоченная", "уполномоченной")],
    "uk": [("прокурор", "прокурору", "прокуророві"), ("міністр", "міністру", "міністрові"),
           ("прем'єр-міністр", "прем'єр-міністру", "прем’єр-міністру"),
           ("президент", "президенту", "президентові"), ("посол", "послу", "послові"),
           ("голова", "голові"), ("начальник", "начальнику", "начальникові"),
           ("директор", "директору", "директорові"), ("суддя", "судді"),
           ("омбудсман", "омбудсману"), ("міністерство", "міністерству"),
           ("уповноважений", "уповноваженому"), ("уповноважена", "уповноваженій")],
    "be": [("пракурор", "пракурору"), ("міністр", "міністру"), ("прэзідэнт", "прэзідэнту"),
           ("пасол", "паслу"), ("старшыня", "старшыні"), ("кіраўнік", "кіраўніку")],
    "cs": [("prokurátor", "prokurátorovi", "prokurátoru"), ("ministr", "ministrovi", "ministru"),
           ("ministryně", "ministryni"), ("předseda", "předsedovi"),
           ("předsedkyně", "předsedkyni"), ("prezident", "prezidentovi", "prezidentu"),
           ("premiér", "premiérovi", "premiéru"), ("velvyslanec", "velvyslanci"),
           ("zástupce", "zástupci"), ("ředitel", "řediteli"), ("soudce", "soudci"),
           ("hejtman", "hejtmanovi"), ("primátor", "primátorovi"), ("ombudsman", "ombudsmanovi"),
           ("náměstek", "náměstkovi")],
    "sk": [("prokurátor", "prokurátorovi"), ("minister", "ministrovi"),
           ("ministerka", "ministerke"), ("predseda", "predsedovi"),
           ("predsedníčka", "predsedníčke"), ("prezident", "prezidentovi"),
           ("prezidentka", "prezidentke"), ("veľvyslanec", "veľvyslancovi"),
           ("riaditeľ", "riaditeľovi"), ("sudca", "sudcovi"), ("ombudsman", "ombudsmanovi")],
    # Bulgarian: the nominative, then the form with the short definite article (session 26a).
    "bg": [("министър", "министъра"), ("министър-председател", "министър-председателя"),
           ("прокурор", "прокурора"), ("главен", "главния"), ("председател", "председателя"),
           ("президент", "президента"), ("посланик", "посланика"), ("кмет", "кмета"),
           ("омбудсман", "омбудсмана"), ("директор", "директора"), ("началник", "началника"),
           ("заместник", "заместника"), ("управител", "управителя"), ("областен", "областния"),
           ("върховен", "върховния"), ("съдия", "съдията"), ("губернатор", "губернатора")],
    # Turkish (session 27e): the nominative with its possessive ending, then the dative, with
    # and without the apostrophe prose may set before the ending.
    "tr": [("bakanlığı", "bakanlığına"), ("başkanlığı", "başkanlığına"),
           ("cumhurbaşkanlığı", "cumhurbaşkanlığına"), ("büyükelçiliği", "büyükelçiliğine"),
           ("başkonsolosluğu", "başkonsolosluğuna"), ("başsavcılığı", "başsavcılığına"),
           ("savcılığı", "savcılığına"), ("valiliği", "valiliğine"),
           ("kaymakamlığı", "kaymakamlığına"), ("müdürlüğü", "müdürlüğüne"),
           ("komisyonu", "komisyonuna"), ("kurumu", "kurumuna"), ("kurulu", "kuruluna"),
           ("meclisi", "meclisine"), ("sekreterliği", "sekreterliğine"),
           ("mahkemesi", "mahkemesine"), ("bakanı", "bakanına", "bakanı'na", "bakanı’na"),
           ("başkanı", "başkanına", "başkanı'na", "başkanı’na"),
           ("cumhurbaşkanı", "cumhurbaşkanına", "cumhurbaşkanı'na", "cumhurbaşkanı’na"),
           ("başsavcısı", "başsavcısına", "başsavcısı'na", "başsavcısı’na"),
           ("valisi", "valisine", "valisi'ne", "valisi’ne"),
           ("büyükelçisi", "büyükelçisine", "büyükelçisi'ne", "büyükelçisi’ne")],
    # Round 30a: the nominative, then its dative (Polish: its genitive, then its dative).
    "hr": [("ministar", "ministru"), ("ministrica", "ministrici"), ("tužitelj", "tužitelju"),
           ("tužiteljica", "tužiteljici"), ("tužilac", "tužiocu"), ("tužiteljka", "tužiteljki"),
           ("predsjednik", "predsjedniku"), ("predsjednica", "predsjednici"),
           ("predsednik", "predsedniku"), ("predsednica", "predsednici"),
           ("premijer", "premijeru"), ("premijerka", "premijerki"),
           ("veleposlanik", "veleposlaniku"), ("veleposlanica", "veleposlanici"),
           ("ambasador", "ambasadoru"), ("ambasadorka", "ambasadorki"),
           ("zaštitnik", "zaštitniku"), ("zaštitnica", "zaštitnici"),
           ("pravobranitelj", "pravobranitelju"), ("pravobraniteljica", "pravobraniteljici"),
           ("ravnatelj", "ravnatelju"), ("ravnateljica", "ravnateljici"),
           ("direktor", "direktoru"), ("direktorica", "direktorici"),
           ("načelnik", "načelniku"), ("načelnica", "načelnici"),
           ("gradonačelnik", "gradonačelniku"), ("guverner", "guverneru"), ("sudac", "sucu"),
           ("sudija", "sudiji"), ("sutkinja", "sutkinji"), ("ombudsman", "ombudsmanu"),
           ("povjerenik", "povjereniku"), ("poverenik", "povereniku"),
           ("povjerenica", "povjerenici"), ("poverenica", "poverenici"),
           ("zapovjednik", "zapovjedniku"), ("komandant", "komandantu"),
           ("upravitelj", "upravitelju"), ("upravnik", "upravniku"), ("župan", "županu")],
    "sl": [("minister", "ministru"), ("ministrica", "ministrici"), ("tožilec", "tožilcu"),
           ("tožilka", "tožilki"), ("predsednik", "predsedniku"),
           ("predsednica", "predsednici"), ("premier", "premierju"),
           ("veleposlanik", "veleposlaniku"), ("veleposlanica", "veleposlanici"),
           ("varuh", "varuhu"), ("varuhinja", "varuhinji"), ("direktor", "direktorju"),
           ("direktorica", "direktorici"), ("načelnik", "načelniku"), ("sodnik", "sodniku"),
           ("sodnica", "sodnici"), ("župan", "županu"), ("komisar", "komisarju")],
    "pl": [("prokurator", "prokuratora", "prokuratorowi"),
           ("prokuratorka", "prokuratorki", "prokuratorce"),
           ("minister", "ministra", "ministrowi"), ("prezydent", "prezydenta", "prezydentowi"),
           ("premier", "premiera", "premierowi"), ("ambasador", "ambasadora", "ambasadorowi"),
           ("rzecznik", "rzecznika", "rzecznikowi"), ("rzeczniczka", "rzeczniczki", "rzeczniczce"),
           ("przewodniczący", "przewodniczącego", "przewodniczącemu"),
           ("przewodnicząca", "przewodniczącej"), ("komendant", "komendanta", "komendantowi"),
           ("dyrektor", "dyrektora", "dyrektorowi"), ("marszałek", "marszałka", "marszałkowi"),
           ("sędzia", "sędziego", "sędziemu"), ("wojewoda", "wojewody", "wojewodzie"),
           ("gubernator", "gubernatora", "gubernatorowi"), ("prezes", "prezesa", "prezesowi"),
           ("burmistrz", "burmistrza", "burmistrzowi"), ("konsul", "konsula", "konsulowi"),
           ("komisarz", "komisarza", "komisarzowi")],
}  # fmt: skip
OFFICE_NOUN_DATIVES["sr"] = OFFICE_NOUN_DATIVES["hr"]
OFFICE_NOUN_DATIVES["bs"] = OFFICE_NOUN_DATIVES["hr"]

# Round 27f: South Slavic names in Cyrillic letters (Serbian, Macedonian, Bulgarian) in the
# cases a story puts them in, as NAME_CASES_LATIN's rows: (oblique ending, nominative ending).
# Used only to tell which of two forms of one name the text gives is the nominative
# ("Јелени"/"Јелена": the dative and the name; `alphabets._case_endings`), never to change a
# name alone.
NAME_CASES_SOUTH_CYRILLIC: list[tuple[str, str]] = [
    ("и", "а"), ("у", "а"), ("ој", "а"), ("е", "а"), ("ом", "о"),  # a woman's "-а", "Нико-"
    ("у", ""), ("а", ""), ("ом", ""), ("ем", ""),  # a man's in a consonant
    ("ског", "ски"), ("ском", "ски"), ("ића", "ић"), ("ићу", "ић"), ("ићем", "ић"),
]  # fmt: skip

# Round 28d: the cases a story or an ask puts a person's name in, beyond the dative and
# genitive of NAME_CASES_LATIN (the forms a letter's addressee takes): (oblique ending,
# nominative ending), per language. Used only to tell which of two forms of one name is the
# nominative (`alphabets.case_endings_of`) and to rename a person read in an oblique form to
# the nominative the text prints too ("uwolnijcie Alaksandrę X" and "Alaksandra X, 29 lat";
# `people._printed_nominative`), never to make up a form the text does not print.
NAME_CASES_IN_A_STORY: dict[str, list[tuple[str, str]]] = {
    # Polish: a woman's accusative and instrumental, a man's genitive-accusative, instrumental.
    "pl": [("ę", "a"), ("ą", "a"), ("a", ""), ("em", ""), ("iem", ""), ("u", "")],
    # Czech, Slovak: a man's genitive-accusative ("Jana", "Andiho"), a woman's accusative.
    "cs": [("a", ""), ("ho", ""), ("u", "a"), ("em", ""), ("ou", "a")],
    "sk": [("a", ""), ("ho", ""), ("u", "a"), ("om", ""), ("ou", "a")],
    # Croatian, Serbian, Bosnian, Slovene: accusative and genitive.
    "hr": [("u", "a"), ("e", "a"), ("a", ""), ("om", "a"), ("om", "")],
    "sr": [("u", "a"), ("e", "a"), ("a", ""), ("om", "a"), ("om", "")],
    "bs": [("u", "a"), ("e", "a"), ("a", ""), ("om", "a"), ("om", "")],
    # Slovene: not a woman's accusative "-o" of "-a" (mend28d: a man's "Marko" is a nominative).
    "sl": [("e", "a"), ("a", "")],
    # Romanian: a woman's genitive-dative ("Mariei" of "Maria").
    "ro": [("ei", "a")],
    # Latvian: the "-s" a foreign man's name takes and its cases (the text prints the name as
    # its own language writes it too: "Nazarov"), a woman's genitive, dative, accusative.
    "lv": [("s", ""), ("u", ""), ("am", ""), ("a", ""), ("as", "a"), ("ai", "a"), ("u", "a")],
    # Lithuanian: genitive and accusative.
    "lt": [("o", "as"), ("ą", "as"), ("os", "a"), ("ą", "a"), ("ės", "ė"), ("ę", "ė")],
    # Hungarian: accusative, dative, with and instrumental ("Nino Xét", "Annának").
    "hu": [("t", ""), ("ot", ""), ("et", ""), ("öt", ""), ("ét", "e"), ("át", "a"),
           ("nak", ""), ("nek", ""), ("ának", "a"), ("ének", "e")],
    # Armenian: genitive-dative, the definite article, accusative-dative, ablative,
    # instrumental ("Արմեն Xը", "Xի", "Xին").
    "hy": [("ի", ""), ("ը", ""), ("ն", ""), ("ին", ""), ("ից", ""), ("ով", "")],
}  # fmt: skip
# Round 28d: of those, the endings no nominative of a name in that language ends in, so that a
# person the text names in that case alone is named in the nominative all the same ("wolność
# dla Alesię X" -> "Alesia X"; Armenian "-յանի", the genitive of a surname in "-յան"):
# (oblique ending of a word, nominative ending).
NAME_CASES_SURE: dict[str, list[tuple[str, str]]] = {
    "pl": [("ę", "a")],
    "lt": [("ę", "ė")],
    # Hungarian: only the accusative of a Georgian surname in "-dze" (mend28d: surnames end in
    # "-át", "-ét": "Barát", "Német").
    "hu": [("dzét", "dze")],
    "hy": [("յանի", "յան"), ("յանը", "յան"), ("յանին", "յան"), ("յանից", "յան"),
           ("յանով", "յան"), ("յանն", "յան")],
}  # fmt: skip

# Round 28d: capitalised words that open the name of a body, a medium or a place of
# detention, per language ("Radio X Comunitaria", "Observatório do X", "Comando Provincial
# da X", "Hospital X"): a run of names opening with one is no person at risk
# (`people._body_by_its_start`, beside phrases.ORGANISATION_NOUNS and BODY_WORDS).
BODY_NAME_STARTS: dict[str, list[str]] = {
    "en": ["Radio", "Observatory", "Hospital", "Academy", "Club", "Mechanism", "Assembly",
           "Chamber", "College", "School"],
    "es": ["Radio", "Radioemisora", "Observatorio", "Hospital", "Ayuntamiento", "Asamblea",
           "Mecanismo", "Colegio", "Colegios", "Comando", "Núcleo", "Voz", "Escuela",
           "Cárcel", "Penal", "Centro", "Juzgado", "Cámara"],
    "pt": ["Rádio", "Radio", "Observatório", "Hospital", "Assembleia", "Comando", "Núcleo",
           "Forças", "Escola", "Colégio", "Câmara", "Centro", "Presídio", "Penitenciária"],
    "fr": ["Radio", "Observatoire", "Hôpital", "Assemblée", "Barreau", "Ordre", "Collège",
           "École", "Prison", "Centre"],
    "it": ["Radio", "Osservatorio", "Ospedale", "Assemblea", "Ordine", "Carcere"],
    "de": ["Radio", "Krankenhaus", "Klinik", "Gefängnis", "Strafkolonie", "Justizvollzugsanstalt"],
    "nl": ["Radio", "Ziekenhuis", "Gevangenis"],
    "pl": ["Radio", "Sąd", "Trybunał", "Szpital", "Areszt", "Kolonia", "Więzienie"],
    "cs": ["Rádio", "Soud", "Nemocnice", "Věznice"],
    "ro": ["Radio", "Parohia", "Spitalul", "Tribunalul", "Penitenciarul"],
    "tr": ["Radyo"],
    "id": ["Radio", "Polres", "Polresta", "Polda", "Polsek", "Lapas", "Rutan"],
    "ru": ["Радио"], "uk": ["Радіо"],
}  # fmt: skip
# The words that end such a name ("Magyar PEN Club", "X Farmers", "Y Hukuk Bürosu", "Z Legal
# LLP", "Mountain Voice FM"): a run of names ending in one is no person at risk
# (`people._body_by_its_end`, beside phrases.BODY_WORDS and MEDIUM_WORDS). Written in
# capitals ("PEN", "FM", "LLP", "PRM"), a few of them are only body words when the text
# prints them so (`BODY_NAME_ACRONYMS`: "Pen" is a family name too).
BODY_NAME_ENDS: dict[str, list[str]] = {
    "en": ["Club", "Academy", "Observatory", "Farmers", "Women", "Democrat",
           "Democrats", "Hospital", "School", "College", "Institute", "Centre", "Center",
           "Society", "Trust", "Guild", "Forum", "Initiative", "Project", "Prison"],
    "es": ["Comunitaria", "Comunitario", "Estudiantil", "Intersectorial"],
    "pt": ["Comunitária", "Comunitário"],
    "tr": ["Örgütü", "Bürosu", "Ağı", "Derneği", "Vakfı", "Platformu", "Sendikası",
           "Gazetesi", "Cezaevi", "Cezaevleri"],
    "pl": ["Okręgowy", "Rejonowy", "Apelacyjny", "Trybunału"],
    "nl": ["Vereniging", "Kamer", "Stichting"],
    "ro": ["Română"],
}  # fmt: skip
BODY_NAME_ACRONYMS: list[str] = ["PEN", "FM", "AM", "LLP", "LLC", "PRM", "ROVD", "РОВД"]
# The tails of compound nouns for a body, in the languages that write them as one word
# ("Rechtsanwaltskammer", "Menschenrechtsinitiative", "Kirchengemeinde", "Mensenrechtenkring",
# "Strafrechtbank"): a run of names opening or ending with such a word is no person at risk.
BODY_COMPOUND_ENDS: dict[str, list[str]] = {
    "de": ["kammer", "gemeinde", "gruppe", "initiative", "verein", "verband", "stiftung",
           "netzwerk", "gericht", "kolonie", "anstalt"],
    "nl": ["kring", "vereniging", "rechtbank", "kamer", "stichting", "groep"],
    "sv": ["föreningen", "gruppen", "domstol", "rätten"],
    "no": ["foreningen", "gruppen", "retten"], "da": ["foreningen", "gruppen", "retten"],
}  # fmt: skip
# Round 28d: capitalised words that open a place's name in the languages that put them
# first ("Alta X", "Valle de X", "Nueva X", "Negros X", "Barangay X", "Tanah X", "Fazenda X",
# "Quilombo X"), and that end one ("X Oriental", "X Tengah"): a run of names opening or
# ending with one is a place, no person (`people._place_by_its_words`).
PLACE_NAME_STARTS: dict[str, list[str]] = {
    "es": ["Alta", "Alto", "Bajo", "Baja", "Valle", "Nueva", "Nuevo", "Puerto", "Cerro",
           "Laguna", "Ciudad", "Villa", "Colonia", "Barrio", "Vereda", "Corregimiento",
           "Resguardo", "Territorio", "Finca", "Hacienda"],
    "pt": ["Alto", "Alta", "Baixo", "Vale", "Nova", "Novo", "Porto", "Fazenda", "Quilombo",
           "Aldeia", "Assentamento", "Território", "Bairro"],
    "en": ["Port", "Fort", "Mount", "Lake", "Upper", "Lower", "North", "South", "East", "West",
           "Northern", "Southern", "Eastern", "Western"],
    "fr": ["Haut", "Haute", "Bas", "Basse", "Mont", "Lac", "Quartier"],
    "tl": ["Barangay", "Sitio", "Purok", "Bayan", "Lungsod"],
    "id": ["Tanah", "Kota", "Kabupaten", "Kampung", "Desa", "Perumnas", "Distrik", "Provinsi",
           "Kecamatan", "Kelurahan"],
    "sw": ["Kaunti", "Wilaya", "Kijiji", "Mkoa"],
    # Round 29e: Vietnamese administrative units ("tỉnh X" province, "thị xã X" town).
    "vi": ["Tỉnh", "Huyện", "Xã", "Phường", "Quận", "Thành phố"],
}  # fmt: skip
PLACE_NAME_ENDS: dict[str, list[str]] = {
    "es": ["Oriental", "Occidental"], "tl": ["Oriental", "Occidental", "Norte"],
    "id": ["Tengah", "Barat", "Timur", "Utara", "Selatan", "Raya"],
    "en": ["Land", "County", "District", "Province", "Region", "Isles", "Island", "Islands",
           "Valley", "Heights", "Gate", "Row", "Road", "Square", "Avenue"],
    "de": ["Straße", "Strasse", "Platz", "Weg", "Gasse", "Allee"],
}  # fmt: skip
# Round 29e: the prepositions before a place's name ("in", "i", "u", "sa", "di": "in
# Alta X", "i Ciudad X", "sa Y, Negros X"). After one of them, a run of names
# that opens or ends with a place's word of ANY language's `PLACE_NAME_STARTS` or
# `PLACE_NAME_ENDS` is a place (a Spanish place in a Danish text), and so is one after a
# town and a comma ("Y, Negros X"); without such a cue only the text's own language's rows
# count (`people._place_by_a_cue`). Words that also come before a person ("a", "de", "to")
# are left out.
PLACE_PREPOSITIONS: dict[str, list[str]] = {
    "en": ["in", "at", "from", "near", "outside"],
    "es": ["en", "desde", "cerca de"], "pt": ["em", "no", "na", "perto de"],
    "fr": ["dans", "près de"], "it": ["in", "nel", "nella", "presso"],
    "de": ["in", "im", "bei", "nach", "aus"], "nl": ["in", "in de", "bij", "uit"],
    "sv": ["i", "från", "utanför"], "no": ["i", "fra", "utenfor"], "da": ["i", "fra", "uden for"],
    "fi": ["kaupungissa"], "pl": ["w", "we", "pod"], "cs": ["v", "ve", "u"],
    "hr": ["u", "iz"], "sr": ["u", "iz", "у", "из"], "bs": ["u", "iz"],
    "tl": ["sa"], "id": ["di", "dari"], "ms": ["di", "dari"], "sw": ["katika"],
}  # fmt: skip
# Round 28d: the words of a web page's furniture (sharing buttons, navigation, the terms of
# use: "Weitere Informationen", "Termos de Utilização", "Facebook Сподели"), which no
# person's name holds: a run of capitalised words with one is no person at risk
# (`people._NOT_NAME_WORDS`).
PAGE_WORDS: dict[str, list[str]] = {
    "en": ["Share", "Facebook", "Twitter", "WhatsApp", "Instagram", "LinkedIn", "Telegram",
           "Menu", "Login", "Cookies", "Privacy", "Imprint", "Homepage"],
    "de": ["Informationen", "Fälle", "Teilen", "Impressum", "Datenschutz", "Startseite",
           "Navigation", "Übersicht"],
    "pt": ["Termos", "Utilização", "Privacidade", "Compartilhar", "Partilhar", "Início"],
    "es": ["Compartir", "Términos", "Privacidad", "Inicio"],
    "fr": ["Partager", "Confidentialité", "Accueil"],
    "it": ["Condividi", "Privacy"],
    "nl": ["Delen"], "pl": ["Udostępnij"],
    "bg": ["Сподели"], "ru": ["Поделиться"], "uk": ["Поділитися"],
}  # fmt: skip

# Round 28e: the ways to send an appeal, as an older action lists them before the languages
# ("Telegrams/faxes/express and airmail letters, in Spanish or in English:", "télégrammes,
# télécopies, lettres exprès ou par avion (en français) :", "Briefe, Faxe, auf Englisch oder
# Deutsch:", "Stuur faksboodskappe, telegramme of lugposbriewe, in Engels"): two of them, or
# the heading of the recommended action (RECOMMENDED_ACTION_HEADINGS), before "in <language>"
# in the same sentence make it the languages line. Matched as word beginnings.
SEND_CHANNEL_WORDS: dict[str, list[str]] = {
    "en": ["telegram", "telex", "fax", "letter", "airmail", "express", "e-mail", "email"],
    "fr": ["télégramme", "telegramme", "télex", "telex", "télécopie", "telecopie", "fax",
           "lettre", "exprès", "expres", "par avion", "courriel"],
    "de": ["Brief", "Fax", "Telefax", "Telegramm", "Luftpost", "E-Mail"],
    "es": ["telegrama", "télex", "fax", "carta", "correo aéreo", "aéreo", "urgente",
           "correo electrónico"],
    "pt": ["telegrama", "fax", "carta", "via aérea", "correio eletrónico", "e-mail"],
    "it": ["telegramm", "fax", "letter", "espress", "posta aerea", "e-mail"],
    "nl": ["telegram", "fax", "brief", "brieven", "luchtpost", "e-mail"],
    "af": ["faks", "telegram", "lugpos", "brief", "briewe", "e-pos"],
    "ro": ["telegram", "fax", "scrisor", "apeluri", "e-mail"],
    "sv": ["telegram", "fax", "brev", "flygpost", "e-post"],
    "da": ["telegram", "fax", "brev", "luftpost", "e-mail"],
    "no": ["telegram", "faks", "brev", "luftpost", "e-post"],
    "fi": ["sähke", "faksi", "kirje", "lentoposti", "sähköposti"],
    "pl": ["telegram", "faks", "list", "e-mail"],
    "cs": ["telegram", "fax", "dopis", "e-mail"],
}  # fmt: skip
# The heading of an older action's requests ("RECOMMENDED ACTION:", "ACTION RECOMMANDÉE :",
# "EMPFOHLENE AKTIONEN:", "ACTIUNI RECOMANDATE:", "WAT U KAN DOEN:").
RECOMMENDED_ACTION_HEADINGS: dict[str, list[str]] = {
    "en": ["recommended action", "recommended actions", "what you can do"],
    "fr": ["action recommandée", "action recommandee", "actions recommandées", "que faire"],
    "de": ["empfohlene aktionen", "empfohlene aktion", "was sie tun können"],
    "es": ["acción recomendada", "accion recomendada", "acciones recomendadas", "qué puedes hacer"],
    "pt": ["ação recomendada", "acção recomendada", "acções recomendadas", "ações recomendadas"],
    "it": ["azione raccomandata", "azioni raccomandate", "cosa puoi fare"],
    "nl": ["aanbevolen actie", "aanbevolen acties", "wat kunt u doen", "wat u kunt doen"],
    "af": ["wat u kan doen", "aanbevole aksie"],
    "ro": ["actiuni recomandate", "acțiuni recomandate", "actiune recomandata",
           "acțiune recomandată"],
    "sv": ["rekommenderad åtgärd", "vad du kan göra"],
    "da": ["anbefalet handling", "hvad du kan gøre"],
    "no": ["anbefalt handling", "hva du kan gjøre"],
    "fi": ["suositeltu toiminta", "mitä voit tehdä"],
}  # fmt: skip

# Round 36d: the marks of a page's, a post's or a comment's author ("Posted on 3 May 2024 by
# X", "/ Por X", "X (author)", "X • Autor", "X says:"): the words that say someone wrote it.
# Whoever the text marks so is its writer, no one at risk, unless the asks name them.
POST_AUTHOR_WORDS: dict[str, list[str]] = {
    "en": ["author"], "es": ["autor", "autora"], "pt": ["autor", "autora"],
    "fr": ["auteur", "autrice", "auteure"], "it": ["autore", "autrice"],
    "de": ["Autor", "Autorin"], "nl": ["auteur"], "pl": ["autor", "autorka"],
}  # fmt: skip
POST_SAYS: dict[str, list[str]] = {
    "en": ["says"], "es": ["dice"], "pt": ["diz"], "fr": ["dit"], "de": ["sagt", "schreibt"],
    "nl": ["zegt", "schrijft"], "it": ["dice", "scrive"], "pl": ["pisze"],
}  # fmt: skip
POST_PUBLISHED: dict[str, list[str]] = {
    "en": ["Posted", "Published", "Written"], "es": ["Publicado", "Publicada", "Escrito"],
    "pt": ["Publicado", "Publicada", "Postado", "Escrito"], "fr": ["Publié", "Publiée", "Écrit"],
    "de": ["Veröffentlicht", "Geschrieben", "Gepostet"], "nl": ["Gepubliceerd", "Geplaatst"],
    "it": ["Pubblicato", "Pubblicata", "Scritto"], "pl": ["Opublikowano", "Dodano"],
}  # fmt: skip
POST_BY: dict[str, list[str]] = {
    "en": ["by"], "es": ["por"], "pt": ["por"], "fr": ["par"], "de": ["von"], "nl": ["door"],
    "it": ["da"], "pl": ["przez"],
}  # fmt: skip

# Round 36d: the words a law's, a code's or a treaty's name ends with (English: "the Public
# Order Act", "the UN Model Principles") or opens with (the Romance languages: "del Codi X", "la
# Ley X", "du Code X"). Named after an article or "under", such a name is no one at risk.
LAW_NAME_ENDS: dict[str, list[str]] = {
    "en": ["Law", "Act", "Decree", "Principles", "Code", "Covenant", "Convention",
           "Constitution", "Ordinance", "Declaration", "Regulations", "Proclamation"],
}  # fmt: skip
LAW_NAME_STARTS: dict[str, list[str]] = {
    "es": ["Ley", "Código", "Decreto"], "pt": ["Lei", "Código", "Decreto"],
    "ca": ["Llei", "Codi", "Decret"], "fr": ["Loi", "Code", "Décret"],
    "it": ["Legge", "Codice", "Decreto"],
}  # fmt: skip
# Mend 40c: law words that are also family names ("Kevin Law", "Lei Wenjun", "Loi Kok Weng",
# "Ley", "Legge"). Such a name is a law only when every mention follows an article (round 36d);
# a year, a possessive or a sentence's start before a mention is no law's sign for it ("the 2019
# Ivan Law march", "the Federation's Daniel Law", "Kevin Law organised ...").
LAW_WORDS_ALSO_SURNAMES: list[str] = ["Law", "Lei", "Loi", "Ley", "Legge"]
LAW_ARTICLES: dict[str, list[str]] = {
    "en": ["the", "under"], "es": ["la", "el", "del", "de la"], "pt": ["a", "o", "da", "do"],
    "ca": ["la", "el", "del", "de la"], "fr": ["la", "le", "du", "de la"],
    "it": ["la", "il", "della", "del"],
}  # fmt: skip
