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
