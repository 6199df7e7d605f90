"""Round 34d: where a postal address ends. A line that carries a label ("Word: ..."), an
e-mail or a handle, or (after the address's country) a list's separators is no place, region or
country line after the postcode, even when it names a country or ends with one: a telegram's
address under the postal one, a postage note, a handle, a page's running footer.
Each on a short invented block."""

from __future__ import annotations

from appeal_tui.core.importer.recipient_lines import interpret


def test_a_labelled_line_ending_with_the_country_ends_the_address() -> None:
    # A telegram's address under the postal one repeats the place and the country.
    who = interpret(
        ["Arda Demirel", "Minister of Culture", "1000-001 Exemplo", "Vila Nova, Portugal",
         "Telegrams: Culture Minister, Vila Nova, Portugal"]
    )  # fmt: skip
    assert who.address == ["1000-001 Exemplo", "Vila Nova"]
    assert who.country == "Portugal"
    who = interpret(
        ["Arda Demirel", "Prime Minister", "06100 Sampleville, Morocco",
         "Brzojavi: Prime Minister, Sampleville, Morocco"]
    )  # fmt: skip
    assert who.address == ["06100 Sampleville"]


def test_a_footer_after_the_country_is_no_country_line() -> None:
    who = interpret(
        ["Marta Quixtán", "Procuradora", "9 avenida 1-23, zona 4", "Villa Ejemplo",
         "Honduras", "AU 99/2030 · Honduras"]
    )  # fmt: skip
    assert who.address == ["9 avenida 1-23, zona 4", "Villa Ejemplo"]
    assert who.country == "Honduras"


def test_a_label_naming_a_country_after_the_postcode_ends_the_address() -> None:
    who = interpret(
        ["Herrn Beispiel Mann", "Botschafter", "Musterstraße 5", "10115 Berlin",
         "Porto: Briefe nach Chile 1,10 €"]
    )  # fmt: skip
    assert who.address == ["Musterstraße 5", "10115 Berlin"]


def test_a_handle_after_the_postcode_is_no_place() -> None:
    who = interpret(
        ["Aisha Sampleton", "Prosecutor General", "Sample Building, 2nd Floor", "Example Lane",
         "Sampleton 20001", "Twitter @SampleOffice"]
    )  # fmt: skip
    assert who.address == ["Sample Building, 2nd Floor", "Example Lane", "Sampleton 20001"]
    who = interpret(
        ["Anna Exemplar", "Chair", "Sample St. 4", "Exampleburg 0010", "X: @sample_office"]
    )  # fmt: skip
    assert who.address == ["Sample St. 4", "Exampleburg 0010"]


def test_a_place_and_its_country_still_end_the_address() -> None:
    # (Guards: a region after the place, a country after it.)
    who = interpret(
        ["Ana Ruiz", "Ministra", "Calle 5 No. 6-7", "Santa Ejemplo, Magdalena", "Colombia"]
    )  # fmt: skip
    assert who.address == ["Calle 5 No. 6-7", "Santa Ejemplo, Magdalena"]
    assert who.country == "Colombia"
    who = interpret(["Ana Ruiz", "Ministra", "Calle 5 No. 6-7", "12345 Sampletown", "Upper Valley"])
    assert who.address == ["Calle 5 No. 6-7", "12345 Sampletown", "Upper Valley"]


def test_without_postcode_or_country_a_plain_non_address_line_ends_it() -> None:
    # A contact sentence in Urdu after the place (an e-mail, an international number).
    who = interpret(
        ["جناب فرضی نام", "وزیر اعلیٰ", "۹-نمونہ روڈ", "لاہور",
         "فیکس +92 00 12345678 اور ای میل", "sample@example.org پر بھیجیں۔"]
    )  # fmt: skip
    assert who.address == ["۹-نمونہ روڈ", "لاہور"]
    # A Japanese note on postage, its sentence's stop.
    who = interpret(["山田 花子", "所長", "〒100-0001 東京都千代田区見本1-2-3",
                     "航空便は110円です。封筒にAIR MAILと書いてください。"])  # fmt: skip
    assert who.address == ["〒100-0001 東京都千代田区見本1-2-3"]
    # A Korean sentence after the building, then the signature's place.
    who = interpret(["국가기관", "(01234) 서울특별시 중구 견본로 1", "견본빌딩",
                     "이 사건을 조사해 주시기를 바랍니다.", "(서명)"])  # fmt: skip
    assert who.address == ["(01234) 서울특별시 중구 견본로 1", "견본빌딩"]
    # A label's line (the letter's opening) under the place.
    who = interpret(["Sample Officer", "Chief Minister", "Sector 9", "Exampleabad",
                     'Opening: "Dear Chief Minister,"'])  # fmt: skip
    assert who.address == ["Sector 9", "Exampleabad"]


def test_without_postcode_an_abbreviated_place_stays() -> None:
    who = interpret(["Ana Ruiz", "Gobernadora", "Palacio de Gobierno", "Plaza Mayor s/n",
                     "Villa Ejemplo, Ejm."])  # fmt: skip
    assert who.address == ["Palacio de Gobierno", "Plaza Mayor s/n", "Villa Ejemplo, Ejm."]


def test_without_postcode_a_place_joined_with_its_contacts_stays() -> None:
    who = interpret(
        ["Embassy of Exampleland", "9 Sample Street", "Exampleton EX1 2PL · desk@example.org"]
    )  # fmt: skip
    assert who.address[0] == "9 Sample Street"
    assert len(who.address) == 2
