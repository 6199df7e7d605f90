"""Mends of the merge of session 24's importer rounds (invented documents)."""

from __future__ import annotations

from appeal_tui.core.importer.passed_on import without_adverbials


def test_without_adverbials_long_run_of_short_parts_is_linear() -> None:
    line = "in english, " * 17_000 + "Ms Vela Drom"
    assert without_adverbials(line)
    # Reaching this line is the test.
    assert without_adverbials("vor dem 3. Mai, höflich, Herrn Ilo Varn") == "Herrn Ilo Varn"


def _recipients(text: str) -> list[dict[str, object]]:
    from appeal_tui.core.importer import import_document, read_document

    case = import_document(read_document(text.encode()), source="t.txt").case
    return list(case.get("recipients", []))


def test_armenian_write_heading_is_a_heading_not_the_name() -> None:
    from appeal_tui.core.importer.phrases import WRITE_TO_LINE

    assert WRITE_TO_LINE.search("Գրեք:")
    text = (
        "Խնդրում ենք գրել մինչև 2026 թ. մայիսի 10-ը։\n\n"
        "Գրեք՝\nԱրտաքին գործերի նախարար\nՍերո Դալյան\nՎազգենի փողոց 4\n0015 Երևան\n"
        "Ֆաքս՝ +374 10 11 22 33\n"
    )
    names = [str(r.get("name")) for r in _recipients(text)]
    assert not any("Գրեք" in n for n in names)


def test_russian_text_naming_kazakh_or_mongolian_spellings_stays_russian() -> None:
    from appeal_tui.core.importer.doc_language import detect_language

    ru_kk = (
        "Правозащитница Әсел Бағдатқызы задержана в городе Өскемен-Қала после пикета. "
        "Её держат в изоляторе. Пишите властям с призывом освободить её."
    )
    assert detect_language(ru_kk).code == "ru"
    ru_mn = "Журналист Түмэн Өлзийбат задержан в городе Сүхбаатар. Пишите до мая."
    assert detect_language(ru_mn).code not in {"mn", "kk"}
    kk = "Белсенді қыз бейбіт пикеттен кейін ұсталды және оның туыстарына кездесуге рұқсат жоқ."
    assert detect_language(kk).code == "kk"
    mn = (
        "Сэтгүүлч эмэгтэй тайван жагсаалын дараа баривчлагдсан бөгөөд түүний гэр бүл "
        "уулзаж чадахгүй байна."
    )
    assert detect_language(mn).code == "mn"


def test_primary_and_copy_sharing_a_cabinet_fax_in_two_scripts_stay_two() -> None:
    text = (
        "Пишите:\nМинистр иностранных дел\nВера Долинская\nМинистерство иностранных дел\n"
        "ул. Садовая 7\n100200 Ромград\nФакс: +7 111 222 33 44\n\n"
        "Копии:\nDeputy Minister\nOskar Lind Brevik\nMinistry of Foreign Affairs\n"
        "Sadovaya 7\n100200 Romgrad\nFax: +7 111 222 33 44\n"
    )
    names = {str(r.get("name")) for r in _recipients(text)}
    assert any("Brevik" in n for n in names) and any("Долинская" in n for n in names)


def test_initials_of_a_surname_that_only_extends_another_are_another_person() -> None:
    from appeal_tui.core.importer.alphabets import initials_repeat

    assert initials_repeat("k. mill", ["karla millner"]) is None
    assert initials_repeat("и. н. сомову", ["игорь николаевич сомов"]) == 0
    text = (
        "Schreiben Sie an:\nInnenminister\nKarl Mannheimer\nRingstraße 4\n1010 Nordstadt\n"
        "E-Mail: minister@innen.example\n\n"
        "Kopien an:\nBürgerbeauftragte\nK. Mann\nParkweg 2\n1020 Nordstadt\n"
    )
    names = {str(r.get("name")) for r in _recipients(text)}
    assert "K. Mann" in names


def test_a_recipients_contact_strip_under_write_to_is_not_the_publishers() -> None:
    from appeal_tui.core.importer.recipients import Publisher

    text = (
        "Bitte schreiben Sie bis zum 3. Mai.\n\n"
        "Schreiben Sie an:\nGeneralstaatsanwältin\nRena Voskuil\nGerichtsplatz 2, 4410 Lindau\n"
        "Tel. +41 22 700 1010 · Fax +41 22 700 1011 · kanzlei@justiz.example\n\n"
        "Kopien an:\nStellvertretender Generalstaatsanwalt\nOtto Brenn\nGerichtsplatz 2\n"
        "4410 Lindau\nE-Mail: stellvertretung@justiz.example\n"
    )
    assert "justiz.example" not in Publisher.of(text, text).domains
    names = {str(r.get("name")) for r in _recipients(text)}
    assert any("Brenn" in n for n in names)
    footer = (
        "Menschenrechtsbund · Hofgasse 3 · 8001 Zell · Tel. +41 44 100 20 30 · info@mrb.example"
    )
    page = f"{footer}\n\nSchreiben Sie an:\nMinister\nIlse Dorn\n\n{footer}\n"
    assert "mrb.example" in Publisher.of(page, page).domains


def test_an_edge_box_of_a_bodys_own_officer_holds_no_recipient() -> None:
    from appeal_tui.core.importer.page_edges import holds_recipients

    team = "Directora ejecutiva\nLía Sotomar\nCalle del Olmo 3\n28001 Villaverde\nTel. 910 555 010"
    assert not holds_recipients(team)
    assert not holds_recipients("Secretary General\nHarbour Voices\nQuay Lane 2\n4410 Porth")
    official = (
        "Ministra de Justicia\nLía Sotomar\nCalle del Olmo 3\n28001 Villaverde\nFax: 910 555 011"
    )
    assert holds_recipients(official)


def test_a_name_in_another_script_is_read_alike_in_latin_letters() -> None:
    from appeal_tui.core.importer.alphabets import _latin

    assert _latin("Долинская").startswith("dolinsk")
    assert _latin("გიორგი") == "giorgi"
