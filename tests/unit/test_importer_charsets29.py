"""Texts in legacy encodings: the charset a file declares, or a non-Latin one told from the
bytes, while undeclared Western text keeps Windows-1252 (session 29, lead)."""

from __future__ import annotations

from appeal_tui.core.importer import read_document

JA = (
    "緊急行動。法務大臣に手紙を書いてください。"
    "拝啓　法務大臣閣下。人権活動家の山田花子さんを釈放してください。"
)
RU = (
    "Срочная акция. Напишите Генеральному прокурору: Уважаемый господин прокурор, "
    "прошу немедленно освободить журналиста Ивана Петровича Соколова."
)
KO = (
    "긴급행동. 법무부 장관에게 편지를 쓰십시오. "
    "존경하는 장관님, 인권 활동가 김민서 씨를 석방해 주십시오."
)
EL = (
    "Επείγουσα δράση. Γράψτε στον Υπουργό Δικαιοσύνης: "
    "Αξιότιμε κύριε Υπουργέ, απελευθερώστε τον δημοσιογράφο."
)
DE = (
    "Schreiben Sie an den Präsidenten. Sehr geehrter Herr Präsident, "
    "lassen Sie Jörg Weiß frei. Grüße – „danke“"
)


def test_html_meta_charset_is_honoured() -> None:
    for charset, text in (("Shift_JIS", JA), ("EUC-KR", KO), ("windows-1251", RU)):
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        page = f"<html><head>{meta}"
        data = (page + f"</head><body><p>{text}</p></body></html>").encode(charset)
        assert text in read_document(data), charset
        html5 = f'<!DOCTYPE html><meta charset="{charset.lower()}"><p>{text}</p>'.encode(charset)
        assert text in read_document(html5), charset


def test_xml_prolog_and_mail_header_charset() -> None:
    xml = f'<?xml version="1.0" encoding="EUC-JP"?><html><body>{JA}</body></html>'.encode("euc-jp")
    assert JA in read_document(xml)
    mail = f"Subject: UA\nContent-Type: text/plain; charset=koi8-r\n\n{RU}\n".encode("koi8-r")
    assert RU in read_document(mail)


def test_undeclared_non_latin_text_is_told_from_its_bytes() -> None:
    cases = (("koi8-r", RU), ("cp1251", RU), ("shift_jis", JA), ("euc-kr", KO), ("cp1253", EL))
    for enc, text in cases:
        assert text in read_document(((text + "\n") * 3).encode(enc)), enc


def test_undeclared_western_text_stays_windows_1252() -> None:
    text = (DE + "\n") * 5 + "Señor Ministro: «liberen a Íñigo Núñez» — Œuvre, façade, naïve.\n"
    assert read_document(text.encode("cp1252")) == text


def test_latin1_declared_page_reads_cp1252_quotes() -> None:
    page = '<meta charset="iso-8859-1"><p>„Frei“ – sagte Jörg.</p>'
    assert "„Frei“ – sagte Jörg." in read_document(page.encode("cp1252"))


def test_western_text_with_rules_of_dashes_and_bullets_stays_windows_1252() -> None:
    # (Review: runs of one repeated byte are rules, not words of another script.)
    text = (
        "ACTION URGENTE\n"
        + "—" * 40
        + "\nLe militant Rémi Lefèvre a été arrêté à Nîmes.\n"
        + "•" * 30
        + "\nÉcrivez au ministre de l'Intérieur à Paris.\n"
    )
    assert read_document(text.encode("cp1252")) == text


def test_a_quoted_content_type_in_a_forward_does_not_set_the_charset() -> None:
    text = (
        "Subject: Fwd: action\n\nVoici l'appel :\n> Content-Type: text/plain; charset=koi8-r\n"
        "> Écrivez au ministre de l'Intérieur à Paris pour Jérôme Lefèvre.\n"
    )
    assert "Jérôme Lefèvre" in read_document(text.encode("cp1252"))
