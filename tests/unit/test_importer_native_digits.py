"""Fax and phone numbers printed in Arabic-Indic, Persian or Devanagari digits are written to the
case file with ASCII digits, so the imported case validates once its TODOs are filled."""

from __future__ import annotations

from importer_reading import recipients as _recipients


def test_arabic_indic_fax_is_written_with_ascii_digits() -> None:
    text = (
        "Urgent Action UA 91/26\n\n"
        "Please write to:\n\n"
        "Minister of Justice\n"
        "Karim Haddad\n"
        "12 Invented Street\n"
        "Cairo, Egypt\n"
        "Fax: +٢٠ ٢ ٢٥٧٧ ٤٩٠٣\n"
        "Salutation: Dear Minister\n"
    )
    (minister,) = _recipients(text, source="invented.txt")
    assert minister["fax"] == ["+20 2 2577 4903"]


def test_persian_and_devanagari_digits_in_a_fax_and_phone() -> None:
    from appeal_tui.core.importer.contact_fields import Contacts, add_numbers

    contacts = Contacts()
    assert add_numbers(contacts, "fax", "+۹۸ ۲۱ ۶۶۰۱ ۷۸۹۰")
    assert add_numbers(contacts, "phone", "+९७७ १ ४२११ ०००")
    assert contacts.fax == ["+98 21 6601 7890"]
    assert contacts.phone == ["+977 1 4211 000"]
