"""The importer on urgent actions in the languages its tables gained in session 11 (Greek,
Hungarian, Turkish, Russian, Croatian, Indonesian, Romanian, Ukrainian, Bulgarian, Lithuanian,
Swahili, Slovenian, Latvian, Malay, Tagalog, Icelandic; tests/fixtures/import-languages/, texts
of our own), and on the pieces each table gives: field labels, "write to" and "copies to"
headings, salutations, deadlines, the "write in ... or your own language" line and month
names. Each test asserts what a reader of the case would see."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from importer_support import imported_case, imported_recipients

from appeal_tui.core.importer.contact_fields import parse_salutation
from appeal_tui.core.importer.dates import find_dates
from appeal_tui.core.importer.doc_language import detect_language
from appeal_tui.core.importer.language_names import find_languages_line, language_code
from appeal_tui.core.importer.layout import is_salutation_line
from appeal_tui.core.importer.phrases import COPIES, SALUTATION_START
from appeal_tui.core.importer.recipient_lines import without_courtesy

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent / "fixtures" / "import-languages"


# The sets tuned on (every fact read), and set d, written last and scored once (first score
# 58/73; 62/73 after the two table fixes it showed: a Turkish "'ye kadar" and Greek
# portfolios; its misses left are head-last Turkish titles in a one-line bullet).
TUNED = ("a", "b", "c")
FLOORS = {("a", "b", "c"): 353 / 354, ("d",): 62 / 73}


def _labelled() -> list[tuple[Path, dict[str, Any]]]:
    found = []
    for folder in (SAMPLES / name for name in TUNED):
        for label in json.loads((folder / "labels.json").read_text(encoding="utf-8")):
            found.append((folder / label["file"], label))
    return found


def _value(field: Any) -> str:
    """A title or salutation as the case writes it: text, or {language: text}."""
    if isinstance(field, dict):
        return " / ".join(str(v) for v in field.values())
    return str(field or "")


@pytest.mark.parametrize(
    ("path", "label"), _labelled(), ids=lambda x: x.name if isinstance(x, Path) else ""
)
def test_each_sample_gives_its_recipients_deadline_and_languages(
    path: Path, label: dict[str, Any]
) -> None:
    case = imported_case(path.read_text(encoding="utf-8"))
    recipients = case["recipients"]
    # Names as the label writes them, without a courtesy word ("Jenderal", "Mr").
    names = [without_courtesy(r.get("name", "")) for r in recipients]
    assert names == [r["name"] for r in label["recipients"]]
    for got, want in zip(recipients, label["recipients"], strict=True):
        assert got.get("role", "primary") == want["role"], want["name"]
        assert _value(got.get("title")) == want["title"], want["name"]
        assert got.get("fax", []) == want["fax"], want["name"]
        assert got.get("email", []) == want["email"], want["name"]
        if want["salutation"]:
            assert want["salutation"].rstrip("!,") in _value(got.get("salutation")), want["name"]
    assert str(case["deadline"]) == label["deadline"]
    assert case["languages"][: len(label["languages"])] == label["languages"]


def test_every_set_is_there() -> None:
    assert sorted(p.name for p in SAMPLES.iterdir() if (p / "labels.json").is_file()) == sorted(
        name for names in FLOORS for name in names
    )


@pytest.mark.parametrize("names", list(FLOORS), ids="+".join)
def test_the_samples_score_at_least_their_floor(names: tuple[str, ...]) -> None:
    # First scores, each set scored once before any change made for it: a 72/155 (46.5%),
    # b 107/110 (97.3%), c 80/90 (88.9%), d 58/73 (79.5%); a+b+c 353/354 after this
    # session's changes (docs/importer.md, "Languages (session 11)"). The one miss left in
    # a-c: "Aung" ends like a German noun ("-ung") and is not read as a name.
    spec = importlib.util.spec_from_file_location(
        "import_accuracy", HERE.parents[1] / "benchmarks" / "import_accuracy.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    scores = [s for name in names for s in module.table(samples=SAMPLES / name)]
    right, total = module.totals(scores)
    r, t = sum(right.values()), sum(total.values())
    assert t >= 70 and r / t >= FLOORS[names], f"{r}/{t}: run import_accuracy.py --misses"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Στείλτε τις εκκλήσεις σας μέχρι τις 26 Μαρτίου 2027", dt.date(2027, 3, 26)),
        ("направьте обращения до 16 марта 2027 года", dt.date(2027, 3, 16)),
        ("najkasnije do 23. ožujka 2027.", dt.date(2027, 3, 23)),
        ("leveleit 2027. március 5-ig küldje el", dt.date(2027, 3, 5)),
        ("iki 2027 m. kovo 17 d.", dt.date(2027, 3, 17)),
        ("2027년 3월 5일까지 보내 주세요", dt.date(2027, 3, 5)),
        ("25 Şubat 2027 tarihine kadar", dt.date(2027, 2, 25)),
        ("până la 18 martie 2027", dt.date(2027, 3, 18)),
        ("kabla ya 23 Februari 2027", dt.date(2027, 2, 23)),
        ("sūtiet vēstules līdz 2027. gada 3. martam", dt.date(2027, 3, 3)),
        ("hiljemalt 5. märtsiks 2027", dt.date(2027, 3, 5)),
    ],
)
def test_dates_in_the_new_languages_are_read(text: str, date: dt.date) -> None:
    assert [f.date for f in find_dates(text)] == [date]


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        ("Γράψτε στα αγγλικά, στα ρωσικά ή στη γλώσσα σας:", ("en", "ru")),
        ("Írjon oroszul, angolul vagy a saját nyelvén:", ("ru", "en")),
        ("Lütfen İngilizce, Farsça veya kendi dilinizde yazın:", ("en", "fa")),
        ("Пишите на русском, узбекском или на своём языке:", ("ru", "uz")),
        ("Пишіть білоруською, російською або своєю мовою:", ("be", "ru")),
        ("Pišite na engleskom, srpskom ili na svom jeziku:", ("en", "sr")),
        ("به انگلیسی، فارسی یا زبان خودتان بنویسید", ("en", "fa")),
        ("כתבו באנגלית, בעברית או בשפתכם", ("en", "he")),
        ("영어, 한국어 또는 자국어로 작성해 주세요", ("en", "ko")),
        ("Tulislah dalam bahasa Inggris, Burma atau bahasa Anda sendiri:", ("en", "my")),
        ("Andika kwa Kiingereza, Kiswahili au lugha yako mwenyewe:", ("en", "sw")),
        ("Skrifið á ensku eða á þínu eigin tungumáli:", ("en",)),
    ],
)
def test_write_in_lines_name_their_languages(line: str, codes: tuple[str, ...]) -> None:
    found = find_languages_line(line)
    assert found is not None and found.codes == codes


def test_language_names_in_case_forms() -> None:
    assert language_code("английском") == "en"
    assert language_code("angleščini") == "en"
    assert language_code("angolul") == "en"
    assert language_code("ensku") == "en"
    # A common word is no language.
    assert language_code("вашем") is None


@pytest.mark.parametrize(
    "line",
    [
        "Уважаемый господин Генеральный прокурор!",
        "Tisztelt Főügyész Úr!",
        "Αξιότιμε κύριε Υπουργέ,",
        "Poštovana gospođo ministrice,",
        "Stimate domnule ministru,",
        "Mheshimiwa Rais,",
        "Kære justitsminister,",
    ],
)
def test_salutations_in_the_new_languages(line: str) -> None:
    assert SALUTATION_START.match(line)
    assert is_salutation_line(line)


@pytest.mark.parametrize(
    "line",
    ["Αντίγραφα προς:", "Копии направьте:", "Másolatot küldjön:", "Tembusan kepada:",
     "Kopyalarını gönderin:", "Nakala kwa:"],
)  # fmt: skip
def test_copies_headings_in_the_new_languages(line: str) -> None:
    assert COPIES.search(line)


def test_a_romanian_block_with_its_labels() -> None:
    text = (
        "Scrieți în engleză sau în limba dumneavoastră:\n"
        "- Cereți eliberarea lui Dan Exemplu Ionescu.\n\n"
        "Vă rugăm să trimiteți apelurile până la 2 aprilie 2027 către:\n\n"
        "Ministrul Justiției\n"
        "Ana Exemplu Popa\n"
        "Strada Exemplu 17\n"
        "050741 București, România\n"
        "Fax: +40 21 555 0100\n"
        "E-mail: cabinet@just-example.ro\n"
        "Formulă de adresare: Stimată doamnă ministru,\n"
    )
    (minister,) = imported_recipients(text)
    assert minister["name"] == "Ana Exemplu Popa"
    assert minister["fax"] == ["+40 21 555 0100"]
    assert minister["email"] == ["cabinet@just-example.ro"]
    assert "Stimată doamnă ministru" in _value(minister["salutation"])


def test_a_turkish_courtesy_word_opens_a_name_line() -> None:
    text = (
        "Lütfen İngilizce veya kendi dilinizde yazın:\n"
        "- Gazeteci Deniz Örnek Kaya serbest bırakılsın.\n\n"
        "Lütfen mektuplarınızı 9 Nisan 2027 tarihine kadar aşağıdaki adreslere gönderin:\n\n"
        "Adalet Bakanı\n"
        "Sayın Ali Örnek Tunç\n"
        "Adalet Bakanlığı\n"
        "06659 Ankara, Türkiye\n"
        "E-posta: bakan@adalet-example.gov.tr\n"
        "Hitap: Sayın Bakan,\n"
    )
    (minister,) = imported_recipients(text)
    # "Sayın" (a courtesy word, as "Mr") says the line is the person's, not the office's.
    assert minister["name"] == "Sayın Ali Örnek Tunç"
    assert _value(minister["title"]) == "Adalet Bakanı"
    assert minister["email"] == ["bakan@adalet-example.gov.tr"]
    assert str(imported_case(text)["deadline"]) == "2027-04-09"


def test_a_russian_block_with_an_address_label_and_background_after_it() -> None:
    text = (
        "Пишите на русском или на своём языке:\n"
        "- Призовите освободить Анну Примерову Ивановну.\n\n"
        "Пожалуйста, направьте обращения до 12 апреля 2027 года по адресам:\n\n"
        "Генеральный прокурор\n"
        "Игорь Примеров Краснов\n"
        "Адрес: ул. Большая Дмитровка, 15а, 125993 Москва, Россия\n"
        "Эл. почта: info@genproc-example.ru\n"
        "Обращение: Уважаемый господин Генеральный прокурор!\n\n"
        "Дополнительная информация\n"
        "Анна Примерова Ивановна задержана 2 марта 2027 года в Москве после пикета.\n"
    )
    (prosecutor,) = imported_recipients(text)
    assert prosecutor["name"] == "Игорь Примеров Краснов"
    assert _value(prosecutor["title"]) == "Генеральный прокурор"
    assert prosecutor["email"] == ["info@genproc-example.ru"]
    assert not any("Адрес" in line for line in prosecutor.get("address", []))
    assert not any("задержана" in line for line in prosecutor.get("address", []))
    assert str(imported_case(text)["deadline"]) == "2027-04-12"


def test_a_salutation_shared_by_two_languages_takes_the_documents() -> None:
    assert parse_salutation("Vážený pane ministře,", "cs") == {"cs": "Vážený pane ministře"}
    assert parse_salutation("Vážený pán minister,", "sk") == {"sk": "Vážený pán minister"}
    assert parse_salutation("Stimate domnule ministru,", "es") == {"ro": "Stimate domnule ministru"}


def test_a_deadline_said_after_the_date_with_an_apostrophe() -> None:
    # The table writes "'ye kadar" with a plain apostrophe; the text may use either.
    for apostrophe in ("'", "’"):
        text = (
            "Lütfen İngilizce veya kendi dilinizde yazın:\n"
            "- Gazeteci Deniz Örnek Kaya serbest bırakılsın.\n\n"
            f"Lütfen mektuplarınızı 14 Nisan 2027{apostrophe}ye kadar aşağıdaki adreslere "
            "gönderin:\n\n"
            "Adalet Bakanı\n"
            "Ali Örnek Tunç\n"
            "06659 Ankara, Türkiye\n"
            "E-posta: bakan@adalet-example.gov.tr\n"
        )
        assert str(imported_case(text)["deadline"]) == "2027-04-14"


def test_a_greek_office_and_its_portfolio_in_a_comma_run() -> None:
    text = (
        "Γράψτε στα γαλλικά ή στη γλώσσα σας:\n"
        "- Ζητήστε την απελευθέρωση της Άννας Παράδειγμα.\n\n"
        "Στείλτε τις εκκλήσεις σας πριν από τις 16 Απριλίου 2027 στους:\n\n"
        "Υπουργός Δικαιοσύνης, Λεΐλα Παράδειγμα Τζαφέλ, Λεωφόρος Μπαμπ Μπενάτ 31, 1006 Τύνιδα, "
        "Τυνησία, Φαξ: +216 71 555 0120\n"
    )
    (minister,) = imported_recipients(text)
    assert minister["name"] == "Λεΐλα Παράδειγμα Τζαφέλ"
    assert _value(minister["title"]) == "Υπουργός Δικαιοσύνης"
    assert minister["fax"] == ["+216 71 555 0120"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("긴급 행동: 언론인이 재판 없이 구금되어 있습니다. 석방을 촉구해 주세요.", "ko"),
        ("פעולה דחופה: עיתונאית עצורה ללא משפט. כתבו לרשויות וקראו לשחרר אותה מיד.", "he"),
        ("Η δημοσιογράφος κρατείται από τις 3 Φεβρουαρίου και δεν της επιτρέπεται να δει τον"
         " δικηγόρο της, ενώ η οικογένειά της δεν γνωρίζει πού είναι και για ποιο λόγο την"
         " κρατούν στο κέντρο κράτησης της πόλης με την κόρη της και τα παιδιά της.", "el"),
    ],
)  # fmt: skip
def test_the_documents_language_in_new_scripts(text: str, code: str) -> None:
    assert detect_language(text).code == code


# --- Session 14 (docs/importer.md, "Language tables (session 14)"): one short urgent action
# per language the tables gained, written for these tests (invented officials, addresses and
# wording of our own). Each gives what a reader finds: the first recipient's name, their
# greeting, the deadline, the languages asked for; the block under the "copies" heading is a
# copy. (A Chinese name is one word, which no rule reads as a name yet: None, not asserted.)
NEW_LANGUAGES: dict[str, tuple[str, dict[str, Any]]] = {
    # Belarusian: "Паважаны спадар Міністр" (respected Mr Minister).
    "be": (
        "ТЭРМІНОВАЯ АКЦЫЯ: ЖУРНАЛІСТКА ПАД ВАРТАЙ\n\n"
        "Журналістка Ганна Прыкладава затрымана 3 лютага 2027 года.\n\n"
        "Пішыце па-беларуску, па-англійску або на сваёй мове:\n"
        "- Заклікайце неадкладна вызваліць Ганну Прыкладаву.\n\n"
        "Калі ласка, дашліце звароты да 6 сакавіка 2027 года на адрасы:\n\n"
        "Міністр унутраных спраў\n"
        "Андрэй Прыкладаў Сымонаў\n"
        "вул. Гарадская, 4, 220030 Мінск, Беларусь\n"
        "Эл. пошта: mvd@example.by\n"
        "Зварот: Паважаны спадар Міністр!\n\n"
        "Копіі:\n\n"
        "Пасол\n"
        "Алена Прыкладава Коўш\n"
        "Пасольства Беларусі, вул. Прыкладная, 1, Вільня\n"
        "Эл. пошта: embassy@example.by\n",
        {"name": "Андрэй Прыкладаў Сымонаў", "salutation": "Паважаны спадар Міністр",
         "deadline": "2027-03-06", "languages": ["be", "en"]},
    ),
    # Serbian in Cyrillic: "Поштовани господине министре" (vocative).
    "sr-Cyrl": (
        "ХИТНА АКЦИЈА: НОВИНАРКА У ПРИТВОРУ\n\n"
        "Новинарка Јелена Пример ухапшена је 4. фебруара 2027.\n\n"
        "Пишите на српском, енглеском или на свом језику:\n"
        "- Позовите власти да одмах ослободе Јелену Пример.\n\n"
        "Пошаљите апеле најкасније до 7. марта 2027. на адресе:\n\n"
        "Министар правде\n"
        "Милош Пример Јовановић\n"
        "Немањина 22-26, 11000 Београд, Србија\n"
        "Е-пошта: kabinet@pravda-example.rs\n"
        "Обраћање: Поштовани господине министре,\n\n"
        "Копије:\n\n"
        "Амбасадор\n"
        "Ана Пример Петровић\n"
        "Амбасада Србије, Улица Пример 3, Беч\n"
        "Е-пошта: ambasada@example.rs\n",
        {"name": "Милош Пример Јовановић", "salutation": "Поштовани господине министре",
         "deadline": "2027-03-07", "languages": ["sr", "en"]},
    ),
    # Albanian: "I nderuar Zoti Ministër" (honoured Mr Minister).
    "sq": (
        "VEPRIM URGJENT: GAZETARI I BURGOSUR PA GJYQ\n\n"
        "Gazetari Arben Shembulli u arrestua më 2 shkurt 2027 dhe mbahet pa akuzë.\n\n"
        "Shkruani në anglisht, shqip ose në gjuhën tuaj:\n"
        "- Kërkoni lirimin e menjëhershëm të Arben Shembullit.\n\n"
        "Ju lutemi dërgoni letrat deri më 5 mars 2027 te:\n\n"
        "Ministri i Drejtësisë\n"
        "Z. Dritan Provë Hoxha\n"
        "Rruga e Shembullit 12\n"
        "1001 Tiranë, Shqipëri\n"
        "Email: ministri@drejtesia-example.al\n"
        "Përshëndetje: I nderuar Zoti Ministër,\n\n"
        "Kopje për:\n\n"
        "Ambasadori\n"
        "Znj. Elira Provë Kola\n"
        "Rruga e Kavajës 5, 1001 Tiranë\n"
        "Email: ambasada@example.al\n",
        {"name": "Dritan Provë Hoxha", "salutation": "I nderuar Zoti Ministër",
         "deadline": "2027-03-05", "languages": ["en", "sq"]},
    ),
    # Azerbaijani: "Hörmətli cənab Nazir" (respected Mr Minister); the deadline after the date.
    "az": (
        "TƏCİLİ FƏALİYYƏT: HÜQUQ MÜDAFİƏÇİSİ HƏBSDƏDİR\n\n"
        "Hüquq müdafiəçisi Elnur Nümunəli 1 fevral 2027 tarixində həbs edilib.\n\n"
        "Azərbaycan, ingilis və ya öz dilinizdə yazın:\n"
        "- Elnur Nümunəlinin dərhal azad edilməsini tələb edin.\n\n"
        "Müraciətlərinizi 8 mart 2027 tarixinə qədər bu ünvanlara göndərin:\n\n"
        "Ədliyyə Naziri\n"
        "Rəşad Nümunə Əliyev\n"
        "İnşaatçılar prospekti 1, AZ1073 Bakı, Azərbaycan\n"
        "E-poçt: nazir@justice-example.az\n"
        "Müraciət forması: Hörmətli cənab Nazir,\n\n"
        "Surətlər:\n\n"
        "Səfir\n"
        "Leyla Nümunə Qasımova\n"
        "Azərbaycan Respublikasının Səfirliyi, Nümunə küç. 4, Berlin\n"
        "E-poçt: sefirlik@example.az\n",
        {"name": "Rəşad Nümunə Əliyev", "salutation": "Hörmətli cənab Nazir",
         "deadline": "2027-03-08", "languages": ["az", "en"]},
    ),
    # Georgian: "ბატონო მინისტრო" (vocative: Mr Minister).
    "ka": (
        "სასწრაფო მოქმედება: ჟურნალისტი დაკავებულია\n\n"
        "ჟურნალისტი ნინო ნიმუშაძე 2027 წლის 2 თებერვალს დააკავეს.\n\n"
        "დაწერეთ ინგლისურ, ქართულ ან თქვენს ენაზე:\n"
        "- მოითხოვეთ ნინო ნიმუშაძის დაუყოვნებლივ გათავისუფლება.\n\n"
        "გთხოვთ, წერილები გაგზავნეთ 2027 წლის 9 მარტამდე შემდეგ მისამართებზე:\n\n"
        "იუსტიციის მინისტრი\n"
        "გიორგი ნიმუშ ბერიძე\n"
        "გორგასლის ქ. 24, 0114 თბილისი, საქართველო\n"
        "ელ-ფოსტა: minister@justice-example.ge\n"
        "მიმართვა: ბატონო მინისტრო,\n\n"
        "ასლები:\n\n"
        "ელჩი\n"
        "თამარ ნიმუშ კაპანაძე\n"
        "საქართველოს საელჩო, ნიმუშის ქ. 2, ვენა\n"
        "ელ-ფოსტა: embassy@example.ge\n",
        {"name": "გიორგი ნიმუშ ბერიძე", "salutation": "ბატონო მინისტრო",
         "deadline": "2027-03-09", "languages": ["en", "ka"]},
    ),
    # Armenian: "Մեծարգո պարոն նախարար" (highly esteemed Mr Minister).
    "hy": (
        "ՇՏԱՊ ԳՈՐԾՈՂՈՒԹՅՈՒՆ. ԼՐԱԳՐՈՂԸ ԿԱԼԱՆՔԻ ՏԱԿ Է\n\n"
        "Լրագրող Արամ Օրինակյանը ձերբակալվել է 2027 թվականի փետրվարի 3-ին։\n\n"
        "Գրեք հայերենով, անգլերենով կամ ձեր մայրենի լեզվով:\n"
        "- Պահանջեք անհապաղ ազատ արձակել Արամ Օրինակյանին։\n\n"
        "Խնդրում ենք ուղարկել նամակները մինչև 10 մարտի 2027 հետևյալ հասցեներով:\n\n"
        "Արդարադատության նախարար\n"
        "Կարեն Օրինակ Սարգսյան\n"
        "Վազգեն Սարգսյան 3, 0010 Երևան, Հայաստան\n"
        "Էլ. փոստ: minister@moj-example.am\n"
        "Դիմելաձև: Մեծարգո պարոն նախարար,\n\n"
        "Պատճեն:\n\n"
        "Դեսպան\n"
        "Անահիտ Օրինակ Պետրոսյան\n"
        "Հայաստանի Դեսպանություն, Օրինակ փ. 5, Փարիզ\n"
        "Էլ. փոստ: embassy@example.am\n",
        {"name": "Կարեն Օրինակ Սարգսյան", "salutation": "Մեծարգո պարոն նախարար",
         "deadline": "2027-03-10", "languages": ["hy", "en"]},
    ),
    # Urdu: "محترم وزیر اعظم صاحب" (respected Prime Minister), right to left in logical order.
    "ur": (
        "فوری کارروائی: صحافی گرفتار\n\n"
        "صحافی احمد مثال کو 4 فروری 2027 کو گرفتار کیا گیا۔\n\n"
        "انگریزی، اردو یا اپنی زبان میں لکھیں:\n"
        "- احمد مثال کی فوری رہائی کا مطالبہ کریں۔\n\n"
        "براہ کرم اپنے خطوط 11 مارچ 2027 تک ان پتوں پر بھیجیں:\n\n"
        "وزیر اعظم\n"
        "جناب عمران مثال خان\n"
        "وزیر اعظم ہاؤس، اسلام آباد، پاکستان\n"
        "ای میل: pm@example.pk\n"
        "خطاب: محترم وزیر اعظم صاحب،\n\n"
        "نقول:\n\n"
        "سفیر\n"
        "محترمہ سارہ مثال علی\n"
        "سفارت خانہ پاکستان، مثال روڈ 6، لندن\n"
        "ای میل: embassy@example.pk\n",
        {"name": "عمران مثال خان", "salutation": "محترم وزیر اعظم صاحب",
         "deadline": "2027-03-11", "languages": ["en", "ur"]},
    ),
    # Hindi: "माननीय मंत्री जी" (honourable Minister).
    "hi": (
        "तत्काल कार्रवाई: पत्रकार हिरासत में\n\n"
        "पत्रकार राहुल उदाहरण को 5 फ़रवरी 2027 को गिरफ़्तार किया गया।\n\n"
        "अंग्रेज़ी, हिंदी या अपनी भाषा में लिखें:\n"
        "- राहुल उदाहरण की तुरंत रिहाई की माँग करें।\n\n"
        "कृपया अपने पत्र 12 मार्च 2027 तक इन्हें भेजें:\n\n"
        "गृह मंत्री\n"
        "श्री अमित उदाहरण वर्मा\n"
        "नॉर्थ ब्लॉक, नई दिल्ली 110001, भारत\n"
        "ईमेल: hm@example.in\n"
        "संबोधन: माननीय मंत्री जी,\n\n"
        "प्रतिलिपि:\n\n"
        "राजदूत\n"
        "श्रीमती सीमा उदाहरण राव\n"
        "भारतीय दूतावास, उदाहरण मार्ग 7, बर्लिन\n"
        "ईमेल: embassy@example.in\n",
        {"name": "अमित उदाहरण वर्मा", "salutation": "माननीय मंत्री जी",
         "deadline": "2027-03-12", "languages": ["en", "hi"]},
    ),
    # Bengali: "মাননীয় মন্ত্রী" (honourable Minister); Bengali digits.
    "bn": (
        "জরুরি পদক্ষেপ: সাংবাদিক আটক\n\n"
        "সাংবাদিক রহিম উদাহরণকে ৬ ফেব্রুয়ারি ২০২৭ তারিখে গ্রেপ্তার করা হয়।\n\n"
        "ইংরেজি, বাংলা বা আপনার নিজের ভাষায় লিখুন:\n"
        "- রহিম উদাহরণের অবিলম্বে মুক্তি দাবি করুন।\n\n"
        "অনুগ্রহ করে ১৩ মার্চ ২০২৭ তারিখের মধ্যে চিঠি পাঠান:\n\n"
        "স্বরাষ্ট্রমন্ত্রী\n"
        "জনাব করিম উদাহরণ চৌধুরী\n"
        "বাংলাদেশ সচিবালয়, ঢাকা ১০০০, বাংলাদেশ\n"
        "ইমেইল: minister@example.bd\n"
        "সম্ভাষণ: মাননীয় মন্ত্রী,\n\n"
        "অনুলিপি:\n\n"
        "রাষ্ট্রদূত\n"
        "ফারহানা উদাহরণ হক\n"
        "বাংলাদেশ দূতাবাস, উদাহরণ সড়ক ৮, রোম\n"
        "ইমেইল: embassy@example.bd\n",
        {"name": "করিম উদাহরণ চৌধুরী", "salutation": "মাননীয় মন্ত্রী",
         "deadline": "2027-03-13", "languages": ["en", "bn"]},
    ),
    # Thai: letters open with "เรียน" and the office; no spaces between words; a Buddhist-era
    # year (2570 is 2027).
    "th": (
        "ปฏิบัติการด่วน: นักข่าวถูกควบคุมตัว\n\n"
        "นักข่าวสมชาย ตัวอย่าง ถูกจับกุมเมื่อวันที่ 7 กุมภาพันธ์ 2570\n\n"
        "กรุณาเขียนเป็นภาษาอังกฤษ ภาษาไทย หรือภาษาของคุณเอง:\n"
        "- เรียกร้องให้ปล่อยตัวสมชาย ตัวอย่าง โดยทันที\n\n"
        "กรุณาส่งจดหมายภายในวันที่ 14 มีนาคม 2570 ถึง:\n\n"
        "นายกรัฐมนตรี\n"
        "ประยุทธ ตัวอย่าง ศรีสุข\n"
        "ทำเนียบรัฐบาล ถนนพิษณุโลก กรุงเทพฯ 10300 ประเทศไทย\n"
        "อีเมล: pm@example.th\n"
        "คำขึ้นต้น: เรียน ท่านนายกรัฐมนตรี\n\n"
        "สำเนาเรียน:\n\n"
        "เอกอัครราชทูต\n"
        "วิภา ตัวอย่าง ใจดี\n"
        "สถานเอกอัครราชทูตไทย ถนนตัวอย่าง 9 กรุงลอนดอน\n"
        "อีเมล: embassy@example.th\n",
        {"name": "ประยุทธ ตัวอย่าง ศรีสุข", "salutation": "เรียน ท่านนายกรัฐมนตรี",
         "deadline": "2027-03-14", "languages": ["en", "th"]},
    ),
    # Vietnamese: "Kính gửi" (respectfully to); "Đồng kính gửi" heads the copies.
    "vi": (
        "HÀNH ĐỘNG KHẨN CẤP: NHÀ BÁO BỊ BẮT GIỮ\n\n"
        "Nhà báo Trần Văn Mẫu bị bắt ngày 8 tháng 2 năm 2027.\n\n"
        "Hãy viết bằng tiếng Anh, tiếng Việt hoặc ngôn ngữ của bạn:\n"
        "- Kêu gọi trả tự do ngay lập tức cho Trần Văn Mẫu.\n\n"
        "Vui lòng gửi thư trước ngày 15 tháng 3 năm 2027 đến:\n\n"
        "Bộ trưởng Bộ Công an\n"
        "Ông Lê Văn Thí Dụ\n"
        "44 Yết Kiêu, Hà Nội, Việt Nam\n"
        "Email: botruong@example.vn\n"
        "Cách xưng hô: Kính gửi Bộ trưởng,\n\n"
        "Đồng kính gửi:\n\n"
        "Đại sứ\n"
        "Bà Nguyễn Thị Mẫu\n"
        "Đại sứ quán Việt Nam, Đường Mẫu 10, Berlin\n"
        "Email: daisuquan@example.vn\n",
        {"name": "Lê Văn Thí Dụ", "salutation": "Kính gửi Bộ trưởng",
         "deadline": "2027-03-15", "languages": ["en", "vi"]},
    ),
    # Chinese (simplified): "尊敬的部长" (respected Minister), "抄送" (copies to).
    "zh-Hans": (
        "紧急行动：律师被拘押\n\n"
        "律师王示例于2027年2月9日被拘押，至今下落不明。\n\n"
        "请用中文、英文或您的母语写信：\n"
        "- 呼吁当局立即无条件释放王示例。\n\n"
        "请于2027年3月16日之前写信给：\n\n"
        "司法部部长\n"
        "李示范\n"
        "北京市朝阳区示例路10号\n"
        "电子邮件：buzhang@example.cn\n"
        "称谓：尊敬的部长：\n\n"
        "抄送：\n\n"
        "大使\n"
        "张示例\n"
        "中华人民共和国大使馆，示例街11号，柏林\n"
        "电子邮件：embassy@example.cn\n",
        {"name": None, "salutation": "尊敬的部长",
         "deadline": "2027-03-16", "languages": ["zh", "en"]},
    ),
    # Chinese (traditional): the same wording in traditional characters.
    "zh-Hant": (
        "緊急行動：律師遭拘押\n\n"
        "律師陳示例於2027年2月10日遭拘押，家人至今不知其下落。\n\n"
        "請用中文、英文或您的母語寫信：\n"
        "- 呼籲當局立即無條件釋放陳示例。\n\n"
        "請於2027年3月17日之前寫信給：\n\n"
        "司法部部長\n"
        "林示範\n"
        "示例市示例路12號\n"
        "電子郵件：buzhang@example.tw\n"
        "稱謂：尊敬的部長：\n\n"
        "抄送：\n\n"
        "大使\n"
        "黃示例\n"
        "大使館，示例街13號，倫敦\n"
        "電子郵件：embassy@example.tw\n",
        {"name": None, "salutation": "尊敬的部長",
         "deadline": "2027-03-17", "languages": ["zh", "en"]},
    ),
    # Basque: "Jaun agurgarria" (honoured sir); the year first ("2027ko martxoaren 18a").
    "eu": (
        "EKINTZA PREMIAZKOA: KAZETARIA ATXILOTUTA\n\n"
        "Kazetaria Miren Adibide 2027ko otsailaren 11an atxilotu zuten.\n\n"
        "Idatzi ingelesez, euskaraz edo zure hizkuntzan:\n"
        "- Eskatu Miren Adibide berehala askatzeko.\n\n"
        "Mesedez, bidali gutunak 2027ko martxoaren 18a baino lehen helbide hauetara:\n\n"
        "Justizia Ministroa\n"
        "Jon Adibide Etxeberria\n"
        "Adibide kalea 14, 20001 Donostia\n"
        "Posta elektronikoa: ministroa@example.eus\n"
        "Agurra: Jaun agurgarria:\n\n"
        "Kopiak:\n\n"
        "Enbaxadorea\n"
        "Ane Adibide Arrieta\n"
        "Enbaxada, Adibide kalea 15, Madril\n"
        "Posta elektronikoa: enbaxada@example.eus\n",
        {"name": "Jon Adibide Etxeberria", "salutation": "Jaun agurgarria",
         "deadline": "2027-03-18", "languages": ["en", "eu"]},
    ),
    # Galician: "Benquerido señor ministro"; "antes do" (before).
    "gl": (
        "ACCIÓN URXENTE: XORNALISTA DETIDA\n\n"
        "A xornalista Uxía Exemplo foi detida o 12 de febreiro de 2027.\n\n"
        "Escribide en galego, inglés ou na vosa lingua:\n"
        "- Pedide a liberación inmediata de Uxía Exemplo.\n\n"
        "Enviade as cartas antes do 19 de marzo de 2027 a:\n\n"
        "Ministro de Xustiza\n"
        "Xosé Exemplo Castro\n"
        "Rúa do Exemplo 16, 15701 Santiago de Compostela\n"
        "Correo electrónico: ministro@example.gal\n"
        "Saúdo: Benquerido señor ministro:\n\n"
        "Copias a:\n\n"
        "Embaixadora\n"
        "Antía Exemplo Rey\n"
        "Embaixada, Rúa Exemplo 17, Lisboa\n"
        "Correo electrónico: embaixada@example.gal\n",
        {"name": "Xosé Exemplo Castro", "salutation": "Benquerido señor ministro",
         "deadline": "2027-03-19", "languages": ["gl", "en"]},
    ),
    # Maltese: "Onor. Ministru" (Hon. Minister); "qabel l-20 ta' Marzu" (before 20 March).
    "mt": (
        "AZZJONI URĠENTI: ĠURNALIST MIŻMUM\n\n"
        "Il-ġurnalist Mark Eżempju ġie arrestat fit-13 ta' Frar 2027.\n\n"
        "Iktbu bl-Ingliż, bil-Malti jew bil-lingwa tiegħek:\n"
        "- Itolbu l-ħelsien immedjat ta' Mark Eżempju.\n\n"
        "Jekk jogħġbok ibagħtu l-ittri qabel l-20 ta' Marzu 2027 lil:\n\n"
        "Ministru għall-Intern\n"
        "Joseph Eżempju Borg\n"
        "Triq l-Eżempju 18, Valletta VLT 1000, Malta\n"
        "Email: ministru@example.mt\n"
        "Tislima: Onor. Ministru,\n\n"
        "Kopji lil:\n\n"
        "Ambaxxatur\n"
        "Maria Eżempju Vella\n"
        "Ambaxxata ta' Malta, Triq Eżempju 19, Ruma\n"
        "Email: ambaxxata@example.mt\n",
        {"name": "Joseph Eżempju Borg", "salutation": "Onor. Ministru",
         "deadline": "2027-03-20", "languages": ["en", "mt"]},
    ),
    # Irish: "A Aire" (vocative: Minister); "roimh" (before).
    "ga": (
        "GNÍOMH PRÁINNEACH: IRISEOIR I GCOIMEÁD\n\n"
        "Gabhadh an t-iriseoir Seán Sampla ar 14 Feabhra 2027.\n\n"
        "Scríobh i mBéarla, as Gaeilge nó i do theanga féin:\n"
        "- Iarr go scaoilfí saor Seán Sampla láithreach.\n\n"
        "Seol litreacha roimh 21 Márta 2027 chuig:\n\n"
        "Aire Dlí agus Cirt\n"
        "Máire Sampla Ní Bhriain\n"
        "Sráid Sampla 20, Baile Átha Cliath 2, Éire\n"
        "Ríomhphost: aire@example.ie\n"
        "Beannú: A Aire,\n\n"
        "Cóipeanna chuig:\n\n"
        "Ambasadóir\n"
        "Pádraig Sampla Ó Briain\n"
        "Ambasáid na hÉireann, Sráid Sampla 21, Páras\n"
        "Ríomhphost: ambasaid@example.ie\n",
        {"name": "Máire Sampla Ní Bhriain", "salutation": "A Aire",
         "deadline": "2027-03-21", "languages": ["en", "ga"]},
    ),
    # European Portuguese: "Exmo. Senhor Ministro"; Brazilian: "Prezado Senhor Ministro".
    "pt-PT": (
        "ACÇÃO URGENTE: JORNALISTA DETIDO\n\n"
        "O jornalista Rui Exemplo foi detido a 15 de fevereiro de 2027.\n\n"
        "Escreva em português, inglês ou na sua própria língua:\n"
        "- Exija a libertação imediata de Rui Exemplo.\n\n"
        "Envie os apelos até 22 de março de 2027 para:\n\n"
        "Ministro da Justiça\n"
        "João Exemplo Ferreira\n"
        "Praça do Exemplo 22, 1149-019 Lisboa, Portugal\n"
        "Correio eletrónico: ministro@example.pt\n"
        "Tratamento: Exmo. Senhor Ministro,\n\n"
        "Cópias para:\n\n"
        "Embaixadora\n"
        "Ana Exemplo Sousa\n"
        "Embaixada de Portugal, Rua Exemplo 23, Maputo\n"
        "Correio eletrónico: embaixada@example.pt\n",
        {"name": "João Exemplo Ferreira", "salutation": "Exmo. Senhor Ministro",
         "deadline": "2027-03-22", "languages": ["pt", "en"]},
    ),
    "pt-BR": (
        "AÇÃO URGENTE: DEFENSORA DE DIREITOS AMEAÇADA\n\n"
        "A defensora Maria Exemplo recebeu ameaças em 16 de fevereiro de 2027.\n\n"
        "Escreva em português, inglês ou no seu próprio idioma:\n"
        "- Peça proteção imediata para Maria Exemplo.\n\n"
        "Envie seus apelos até 23 de março de 2027 para:\n\n"
        "Governador do Estado\n"
        "Carlos Exemplo Lima\n"
        "Palácio do Exemplo, Praça Exemplo 24, 40000-000 Salvador, BA, Brasil\n"
        "E-mail: governador@example.br\n"
        "Vocativo: Prezado Senhor Governador,\n\n"
        "Cópias para:\n\n"
        "Secretária de Segurança Pública\n"
        "Paula Exemplo Santos\n"
        "Avenida Exemplo 25, Salvador, BA, Brasil\n"
        "E-mail: seguranca@example.br\n",
        {"name": "Carlos Exemplo Lima", "salutation": "Prezado Senhor Governador",
         "deadline": "2027-03-23", "languages": ["pt", "en"]},
    ),
}  # fmt: skip


@pytest.mark.parametrize(("text", "want"), NEW_LANGUAGES.values(), ids=list(NEW_LANGUAGES))
def test_an_urgent_action_in_each_language_added_in_session_14(
    text: str, want: dict[str, Any]
) -> None:
    case = imported_case(text)
    first, copy = case["recipients"][0], case["recipients"][-1]
    if want["name"] is not None:
        assert without_courtesy(first["name"]) == want["name"]
    assert first.get("role", "primary") == "primary"
    assert want["salutation"] in _value(first.get("salutation"))
    assert str(case.get("deadline")) == want["deadline"]
    assert case["languages"][: len(want["languages"])] == want["languages"]
    assert len(case["recipients"]) >= 2 and copy["role"] == "copy"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("trước ngày 5 tháng 3 năm 2027", dt.date(2027, 3, 5)),
        ("5 मार्च 2027 तक", dt.date(2027, 3, 5)),
        ("৫ মার্চ ২০২৭ এর মধ্যে", dt.date(2027, 3, 5)),
        ("ภายในวันที่ 5 มีนาคม 2570", dt.date(2027, 3, 5)),
        ("qabel l-5 ta' Marzu 2027", dt.date(2027, 3, 5)),
        ("2027ko martxoaren 5a baino lehen", dt.date(2027, 3, 5)),
        ("2027 թվականի մարտի 5-ը", dt.date(2027, 3, 5)),
        ("2027 წლის 5 მარტამდე", dt.date(2027, 3, 5)),
        ("да 5 сакавіка 2027", dt.date(2027, 3, 5)),
        ("deri më 5 mars 2027", dt.date(2027, 3, 5)),
        ("5 مارچ 2027 تک", dt.date(2027, 3, 5)),
        ("roimh 5 Márta 2027", dt.date(2027, 3, 5)),
        ("antes do 5 de marzo de 2027", dt.date(2027, 3, 5)),
        ("2026年12月4日", dt.date(2026, 12, 4)),
        ("2026년 12월 4일", dt.date(2026, 12, 4)),
    ],
)
def test_dates_in_the_languages_of_session_14(text: str, date: dt.date) -> None:
    assert [f.date for f in find_dates(text)] == [date]


@pytest.mark.parametrize(
    ("word", "code"),
    [("па-англійску", "en"), ("по-английски", "en"), ("bl-Ingliż", "en"),
     ("mBéarla", "en"), ("ingelesez", "en"), ("ইংরেজিতে", "en"), ("ภาษาอังกฤษ", "en"),
     ("tiếng Anh", "en"), ("ინგლისურ", "en"), ("انگریزی", "en"), ("अंग्रेज़ी", "en"),
     ("fin", None), ("tay", None)],
)  # fmt: skip
def test_language_names_of_session_14(word: str, code: str | None) -> None:
    assert language_code(word) == code


@pytest.mark.parametrize(
    "line",
    ["Копіі:", "Đồng kính gửi:", "สำเนาเรียน:", "抄送：", "प्रतिलिपि:", "অনুলিপি:", "Kopje për:",
     "Cóipeanna chuig:", "Surətlər:", "ასლები:", "Kopji lil:"],
)  # fmt: skip
def test_copies_headings_of_session_14(line: str) -> None:
    assert COPIES.search(line)


def test_a_vietnamese_office_does_not_make_its_syllables_no_names() -> None:
    # "Thủ tướng" (prime minister) opens a title line; "Thu" is still a name's syllable.
    text = (
        "Hãy viết bằng tiếng Anh hoặc ngôn ngữ của bạn:\n"
        "- Kêu gọi trả tự do cho Nguyễn Thị Thu Mẫu.\n\n"
        "Vui lòng gửi thư trước ngày 15 tháng 3 năm 2027 đến:\n\n"
        "Thủ tướng\n"
        "Ông Phạm Văn Ví Dụ\n"
        "Email: thutuong@example.vn\n"
    )
    case = imported_case(text)
    assert without_courtesy(case["recipients"][0]["name"]) == "Phạm Văn Ví Dụ"
    assert _value(case["recipients"][0].get("title")) == "Thủ tướng"
    assert [p["name"] for p in case["people"]] == ["Nguyễn Thị Thu Mẫu"]
