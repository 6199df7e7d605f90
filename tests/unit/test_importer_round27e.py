"""Round 27e: formal letters' distribution lists (invented letters; no sample's names, places
or sentences): items parted by blank lines, a Turkish distribution "for action" / "for
information" of offices in the dative a few lines each, a letterhead over the letter's own
file number, numbered items run together on one line."""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.letters import copy_entries


def _names(text: str, role: str) -> list[str]:
    case = import_document(text, source="letter.txt").case
    return [
        str(r.get("name"))
        for r in case["recipients"]
        if r.get("role") == role and r.get("key") != "to-be-completed"
    ]


def test_copies_list_items_parted_by_blank_lines() -> None:
    # A web page gives each item its own paragraph; the first items were read in a zone.
    raw = [
        "Copie à :",
        "",
        "– Monsieur Paul Verdier, Préfet de la Région, 4 rue Haute, 12000 Villebrune",
        "",
        "– Madame la Directrice de l'Office des Étrangers, 9 place Basse, 13000 Montclar",
        "",
        "– Monsieur le Président du Tribunal de Villebrune, Villebrune",
        "",
        "– Membres du bureau",
    ]
    assert [at for at, _ in copy_entries(raw, set())] == [2, 4, 6]
    # The heading and first item read already (a zone): the items below are still the list's.
    assert [at for at, _ in copy_entries(raw, {0, 1, 2})] == [4, 6]


def test_turkish_distribution_for_action_and_for_information() -> None:
    text = "\n".join(
        [
            "GÜNEYKENT BAROSU",
            "Lale Sok. No: 7 Merkez 99100 GÜNEYKENT",
            "Tel: (0999) 111 22 33 Faks: (0999) 111 22 34",
            "",
            "Sayı : 2030/GB-77 12.05.2030",
            "Konu : Av. Deniz Tarhan hakkında",
            "",
            "DAĞITIM YERLERİNE",
            "",
            "Meslektaşımız Av. Deniz Tarhan 3 Mayıs 2030 tarihinde gözaltına alınmıştır. "
            "Bu nedenle bir an önce serbest bırakılması ve hakkında açılan davanın daha "
            "fazla gecikmeden sonra ermesi için gereğinin yapılmasını saygılarımızla arz "
            "ederiz. Avukatlar mesleki faaliyetleri nedeniyle yargılanmamalıdır.",
            "",
            "Av. Selin Okur",
            "Baro Başkanı",
            "",
            "GEREĞİ: Adalet Bakanlığına",
            "Bakanlıklar/ANKARA",
            "Güneykent Valiliğine",
            "Merkez/GÜNEYKENT",
            "",
            "BİLGİ: Güneykent Cumhuriyet Başsavcılığına",
            "Adliye Binası/GÜNEYKENT",
            "Avrupa Barolar Konseyi (CCBE)",
            "Rue Joseph II 40, 1000 Brüksel",
            "Cedex/BELÇİKA",
            "Tüm Üyelerimize",
        ]
    )
    assert _names(text, "primary") == ["Adalet Bakanlığı", "Güneykent Valiliği"]
    assert _names(text, "copy") == [
        "Güneykent Cumhuriyet Başsavcılığı",
        "Avrupa Barolar Konseyi (CCBE)",
    ]
    case = import_document(text, source="letter.txt").case
    council = next(r for r in case["recipients"] if "CCBE" in str(r.get("name")))
    assert council.get("country") == "BELÇİKA"


def test_letterhead_over_the_file_number_is_the_sender() -> None:
    # A body's head in capitals with its committee (read as a title and a name), its street
    # and phones, then the letter's own number and date: the sender, not a recipient.
    text = "\n".join(
        [
            "KUZEYKENT HEKİMLER DERNEĞİ",
            "YÖNETİM KURULU",
            "Çınar Cad. No: 12 Yenimahalle 99200 KUZEYKENT",
            "Tel: (0998) 444 55 66 Faks: (0998) 444 55 67",
            "",
            "Sayı : 2030/YK-15 02.06.2030",
            "Konu : Dr. Ece Yalın hakkında",
            "",
            "Sayın Emre Doğan",
            "İçişleri Bakanı",
            "Bakanlıklar",
            "99999 Çankaya/ANKARA",
            "",
            "Sayın Bakan,",
            "",
            "Derneğimizin üyesi Dr. Ece Yalın 28 Mayıs 2030 tarihinde gözaltına alınmıştır ve "
            "hâlâ serbest bırakılmamıştır.",
        ]
    )
    names = _names(text, "primary")
    assert len(names) == 1 and names[0].endswith("Emre Doğan")


def test_numbered_items_run_together_wrapped_and_an_office_alone() -> None:
    raw = [
        "Do wiadomości:",
        "1. Ambasada Republiki Ostlandii, ul. Długa 4, 00-950 Warszawa 2. Minister Zdrowia, "
        "ul. Krótka 2, 00-952 Warszawa",
        "3. Rektor Uniwersytetu Ostlandzkiego, prof. Adam Nowicki, al.",
        "Wolności 8, 10000 Ostgród, Ostlandia",
        "4. Przewodniczący Rady Szkół Wyższych",
        "5. Rada Wydziału Prawa",
        "6. a/a",
    ]
    entries = copy_entries(raw, set())
    assert [text.split(",")[0] for _, text in entries] == [
        "Ambasada Republiki Ostlandii",
        "Minister Zdrowia",
        "Rektor Uniwersytetu Ostlandzkiego",
        "Przewodniczący Rady Szkół Wyższych",
    ]
    assert entries[2][1].endswith("al. Wolności 8, 10000 Ostgród, Ostlandia")


def test_a_copies_heading_read_as_a_heading_makes_the_zone_below_copies() -> None:
    text = "\n".join(
        [
            "Sehr geehrter Herr Minister,",
            "",
            "wir bitten Sie, unseren Kollegen Rechtsanwalt Tarik Oran sofort freizulassen und "
            "die Anklage gegen ihn fallen zu lassen.",
            "",
            "Mit freundlichen Grüßen",
            "",
            "Dr. Hanna Brack",
            "Vorsitzende",
            "",
            "Nachrichtlich:",
            "– S.E. Herrn Botschafter Levent Akın, Botschaft der Republik Ostland, Lindenweg 4, "
            "10115 Berlin (botschaft@ostland-example.gov)",
            "– Frau Dr. Petra Wendel, Beauftragte für Menschenrechte, Auswärtiges Amt, Am Markt 1, "
            "10117 Berlin",
        ]
    )
    copies = _names(text, "copy")
    assert len(copies) == 2 and copies[1].endswith("Petra Wendel")
