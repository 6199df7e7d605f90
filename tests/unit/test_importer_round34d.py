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


# Mend 34d: a reviewer's shapes, in invented words. With no postcode and no country found,
# a postal label (a box, a postcode, an attention line, a place before its postcode) is an
# address's own line; only a contact's label or a sentence ends the address. A full stop at
# a line's end makes no sentence alone. After the postcode, a line whose parts, joined by a
# list's separators or in quotes, are each a place or country is still a place line.


def test_a_postal_label_is_an_address_line() -> None:
    who = interpret(["Fiscal Ejemplar", "Fiscalía Ejemplar", "Av. Muestra 20",
                     "Villa Ejemplo: C.P. 01234"])  # fmt: skip
    assert who.address == ["Av. Muestra 20", "Villa Ejemplo: C.P. 01234"]
    who = interpret(["President", "Office of the President", "State House", "P.O. Box: 12345",
                     "Exampleton"])  # fmt: skip
    assert who.address == ["State House", "P.O. Box: 12345", "Exampleton"]
    who = interpret(["Ministre", "Ministère de l'Exemple", "Avenue de l'Exemple", "B.P. : 123",
                     "Villebelle 01"])  # fmt: skip
    assert who.address == ["Avenue de l'Exemple", "B.P. : 123", "Villebelle 01"]
    who = interpret(["Ministro", "Ministerio de Ejemplo", "Calle Muestra", "Casilla: 4321",
                     "Villa Ejemplo"])  # fmt: skip
    assert who.address == ["Calle Muestra", "Casilla: 4321", "Villa Ejemplo"]
    who = interpret(["معالي الوزير", "وزارة المثال", "شارع النموذج", "ص.ب: 4321", "مدينة المثال"])
    assert who.address == ["شارع النموذج", "ص.ب: 4321", "مدينة المثال"]
    who = interpret(["見本大臣 山田花子 殿", "見本省", "東京都千代田区見本1-2-3",
                     "見本合同庁舎第9号館", "郵便番号: 100-0001"])  # fmt: skip
    assert who.address == ["東京都千代田区見本1-2-3", "見本合同庁舎第9号館", "郵便番号: 100-0001"]
    who = interpret(["견본부 장관 김견본", "견본부", "경기도 견본시 견본로 1", "견본청사 2동",
                     "우편번호: 12345"])  # fmt: skip
    assert who.address == ["경기도 견본시 견본로 1", "견본청사 2동", "우편번호: 12345"]
    who = interpret(["The Commissioner", "Police Headquarters", "Sample Road",
                     "Attention: Ms. Sample Person", "Exampleton"])  # fmt: skip
    assert who.address == ["Sample Road", "Attention: Ms. Sample Person", "Exampleton"]


def test_a_contact_label_or_a_sentence_still_ends_the_address() -> None:
    who = interpret(["Herrn Beispiel Mann", "Innenminister", "Innenministerium", "Am Beispiel 1",
                     "Musterstadt", "Fax: 01 234 56 0"])  # fmt: skip
    assert who.address == ["Am Beispiel 1", "Musterstadt"]
    who = interpret(["見本大臣 山田花子 殿", "東京都千代田区見本1-2-3", "見本省。",
                     "FAX：00-0000-0000"])  # fmt: skip
    assert who.address == ["東京都千代田区見本1-2-3", "見本省。"]
    who = interpret(["The Commissioner", "Police Headquarters", "Sample Road",
                     "Please write to the office before the deadline.", "Exampleton"])  # fmt: skip
    assert who.address == ["Sample Road"]


def test_a_full_stop_alone_makes_no_sentence() -> None:
    who = interpret(["Gobernador", "Gobernación", "Calle Muestra 120", "San Pedro de la Muestra."])
    assert who.address == ["Gobernación", "Calle Muestra 120", "San Pedro de la Muestra."]
    who = interpret(["Sample Minister", "Minister of Justice", "Ministry of Justice",
                     "Government Buildings", "Block D, Room 7, Gate 2.", "Exampleton"])  # fmt: skip
    assert who.address[-2:] == ["Block D, Room 7, Gate 2.", "Exampleton"]
    who = interpret(["Генеральный прокурор", "Генеральная прокуратура", "ул. Образцовая, д. 5а",
                     "Примерск, ул. Тестовая, д. 12."])  # fmt: skip
    assert who.address == ["ул. Образцовая, д. 5а", "Примерск, ул. Тестовая, д. 12."]
    who = interpret(["The Commissioner", "Police Headquarters", "Sample Road",
                     "Plot 7, Example Avenue, next to the Post Office.", "Exampleton"])  # fmt: skip
    assert who.address == ["Sample Road", "Plot 7, Example Avenue, next to the Post Office.",
                           "Exampleton"]  # fmt: skip
    who = interpret(["جناب وزیر اعلیٰ", "وزیر اعلیٰ سیکرٹریٹ", "۵-نمونہ روڈ", "نمونہ آباد۔"])
    assert who.address == ["۵-نمونہ روڈ", "نمونہ آباد۔"]
    who = interpret(["رئيس الهيئة", "هيئة المثال", "مبنى رقم 3",
                     "طريق النموذج، مبنى رقم 3، الطابق الثاني.", "مدينة المثال"])  # fmt: skip
    assert who.address == ["مبنى رقم 3", "طريق النموذج، مبنى رقم 3، الطابق الثاني.", "مدينة المثال"]


def test_a_line_of_listed_countries_or_places_stays_a_place_line() -> None:
    for line in ("España · Spain", "España | Spain"):
        who = interpret(["Ana Ejemplo", "Ministra", "Calle Muestra 5", "28099 Villaejemplo", line])
        assert who.address == ["Calle Muestra 5", "28099 Villaejemplo", line]
    who = interpret(["Jan Przykład", "Minister", "ul. Przykładowa 2a", "00-999 Wzorowo",
                     "Polska • Poland"])  # fmt: skip
    assert who.address == ["ul. Przykładowa 2a", "00-999 Wzorowo", "Polska • Poland"]
    for line in ("VM · México", "«Estados Unidos Mexicanos»"):
        who = interpret(["Ana Ejemplo", "Ministra", "Calle 9 No. 1-2", "01234 Villa de Muestra",
                         line])  # fmt: skip
        assert who.address == ["Calle 9 No. 1-2", "01234 Villa de Muestra", line]
    # (A footer's number beside the country is still no place: the country is the address's.)
    who = interpret(["Ana Ejemplo", "Ministra", "Calle Muestra 5", "28099 Villaejemplo", "España",
                     "AU 12/2030 · España"])  # fmt: skip
    assert who.address == ["Calle Muestra 5", "28099 Villaejemplo"]
    assert who.country == "España"
