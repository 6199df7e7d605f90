"""Session 27 (imp27c): an appeal that is one item among other news (a parish bulletin, a
group's newsletter, a thread of posts, a web page pasted as text). Each text here is our own
(invented people, offices, streets and addresses), in another language than the study
document that showed the cause."""

from __future__ import annotations

import time

from appeal_tui.core.importer import import_document

# A club's newsletter in Dutch: its register of members, then the appeal's block with no
# "write to" line right above it, a country in its long official form, and a copies line
# wrapped before its fax number.
NEWSLETTER = """\
CLUBBLAD DE LINDE

Nieuws van de club

Nieuwe leden: Joris Veldkamp, Annelies Brouwer. Overleden: Hendrik Zwaan (91).

Brieven tegen het vergeten

Karel Moreno Vidal, leraar, zit sinds maart 2030 vast. Karel Moreno Vidal moet vrij.
Schrijf beleefd aan de president.

Zijne Excellentie Tomas Delaverde
Staatspresident
Paleis van de Republiek
Hoofdstraat 12
Capitalis
SOCIALISTISCHE REPUBLIEK VIETNAM

Kopie aan: Ambassade van Utopia, Laan van Ruimte 5, 2517 Den Haag, Fax:
070 – 123 45 67
"""


def test_a_country_in_its_long_official_form_ends_an_address() -> None:
    from appeal_tui.core.importer.countries import split_country

    for line in (
        "SOZIALISTISCHE REPUBLIK VIETNAM",
        "Socialistische Republiek Vietnam",
        "República Socialista de Vietnam",
    ):
        found = split_country(line)
        assert found is not None and found[2] == "VN", line


def test_a_copies_run_that_ends_with_a_label_takes_the_value_below() -> None:
    recipients = import_document(NEWSLETTER).case["recipients"]
    copy = next(r for r in recipients if r["role"] == "copy")
    assert copy["name"].startswith("Ambassade van Utopia")
    assert copy["fax"] == ["070 123 45 67"]
    assert "note" not in copy


def test_a_register_of_the_groups_own_people_names_no_one_at_risk() -> None:
    people = [p["name"] for p in import_document(NEWSLETTER).case["people"]]
    assert "Karel Moreno Vidal" in people
    for name in ("Joris Veldkamp", "Annelies Brouwer", "Hendrik Zwaan"):
        assert name not in people


def test_a_german_office_closing_a_compound_is_a_title() -> None:
    from appeal_tui.core.importer.recipient_lines import interpret

    who = interpret(["Herrn Max Beispielmann", "Landespolizeipräsident", "Polizeiamt", "Hof 3"])
    assert who.title == "Landespolizeipräsident"


def test_until_between_two_dates_is_a_period_not_a_deadline() -> None:
    text = (
        "GEMEINDEBLATT Nr. 7 · 1. März 2031 bis 30. April 2031\n\n"
        "Bitte schreiben Sie an den Minister.\n\n"
        "Herrn Minister Otto Beispiel\nMinisterium der Justiz\nAmtsweg 4\n10115 Berlin\n"
    )
    assert import_document(text).case.get("deadline") is None


# A local group's page pasted as text: the address blocks lost their line breaks, each line
# run straight into the next.
GLUED = (
    "Boletín del grupo\n\nQUÉ PEDIMOS\n"
    "Que liberen a Rosaura Ibáñez Quintero. Rosaura Ibáñez Quintero es maestra.\n"
    "A QUIÉN ESCRIBIR\n"
    "Aurelio Pastrana VidalMinistro del Interior de UtopíaMinisterio del Interior"
    "Avenida Central 14, Ciudad Modelo 2040UtopíaX: @AurelioPastranaTratamiento: "
    "Señor Ministro\n"
)


def test_lines_glued_without_breaks_are_parted_where_an_address_line_opens() -> None:
    from appeal_tui.core.importer.run_on import part_glued_lines

    lines = part_glued_lines(GLUED).split("\n")
    assert "Aurelio Pastrana Vidal" in lines
    assert "Ministro del Interior de Utopía" in lines
    assert "Avenida Central 14, Ciudad Modelo 2040" in lines
    assert "X: @AurelioPastrana" in lines
    assert "Tratamiento: Señor Ministro" in lines
    # One glue is a name's own capital or a brand's: the line stays.
    assert part_glued_lines("Visit our McEwan stall at the fair") == (
        "Visit our McEwan stall at the fair"
    )
    recipients = import_document(GLUED).case["recipients"]
    assert recipients[0]["name"] == "Aurelio Pastrana Vidal"
    assert recipients[0]["salutation"]


def test_a_short_form_with_the_first_family_name_is_the_same_person() -> None:
    from appeal_tui.core.importer.people import _shortened

    assert _shortened("rosaura ibanez", "rosaura lucia ibanez quintero")
    assert not _shortened("rosaura quintero", "marta lucia ibanez quintero")


# A thread of posts in Danish: each post numbered "k/n", the write-to line naming whom
# before its colon, the group's header over every post.
THREAD = """\
**Gruppe Nordby** @gruppe_nordby · 3 maj 2031

TRÅD: Lise Marstrand, journalist, er fængslet. Lise Marstrand skal løslades. 1/4

---

**Gruppe Nordby** @gruppe_nordby · 3 maj 2031

Skriv til Utopias justitsminister:
Orvar Tinglund
Minister of Justice
Ministry of Justice
Rettens Vej 9
4000 Utopiaby
Mejl: minister@justice.example.org
Indled med: "Your Excellency" 2/4

---

**Gruppe Nordby** @gruppe_nordby · 3 maj 2031

Kræv at Lise Marstrand løslades. 3/4

---

**Gruppe Nordby** @gruppe_nordby · 3 maj 2031

Send senest 12. maj 2031. Del tråden! 4/4
"""


def test_a_thread_with_its_write_to_line_naming_whom() -> None:
    case = import_document(THREAD).case
    recipient = case["recipients"][0]
    assert recipient["name"] == "Orvar Tinglund"
    assert recipient["email"] == ["minister@justice.example.org"]
    people = [p["name"] for p in case["people"]]
    assert "Lise Marstrand" in people
    assert "Gruppe Nordby" not in people


def test_a_threads_post_numbers_go_and_other_line_ends_stay() -> None:
    from appeal_tui.core.importer.text_repairs import drop_thread_counters

    text = drop_thread_counters(THREAD)
    assert '"Your Excellency"\n' in text
    assert "1/4" not in text and "4/4" not in text
    kept = "Ref. 3/4\nsee page 2/9\n"
    assert drop_thread_counters(kept) == kept


def test_long_lines_stay_quick() -> None:
    from appeal_tui.core.importer.run_on import part_glued_lines
    from appeal_tui.core.importer.text_repairs import drop_thread_counters

    line = "abcPresidente de Utopía xyzAvenida 3 " * 6000
    start = time.process_time()
    part_glued_lines(line)
    drop_thread_counters("word 1/3 " * 20000)
    assert time.process_time() - start >= 0  # reached: no quadratic search on a long line


# A student group's news in Portuguese: the address under a heading that names it, and a
# footnote of copies, the second one after "; e à".
FOOTNOTED = """\
Notícias do grupo

Escrevam antes de 3 de setembro de 2031.

**Endereço para enviar as cartas**

Dr. Silvano Amarante Queluz
Procurador-Geral da República
Rua das Flores 17
1200-001 Cidadela
Utopia

Cópias para: Provedor de Justiça, Dona Rita Lameiro Sá, Avenida Nova 4, 1200-002 \
Cidadela, Utopia, e-mail: provedor@example.org; e à Embaixada de Utopia, Rua do Sol 8, \
1000-100 Lisboa, fax: 21 555 0199.
"""


def test_a_heading_that_names_the_address_and_copies_parted_by_and_to() -> None:
    recipients = import_document(FOOTNOTED).case["recipients"]
    names = [r["name"] for r in recipients]
    first = recipients[0]
    assert "Silvano Amarante Queluz" in first["name"]
    assert "Endereço" not in str(first.get("organisation"))
    copies = [r for r in recipients if r["role"] == "copy"]
    assert len(copies) == 2, names
    assert copies[0]["email"] == ["provedor@example.org"]
    assert "fax" not in copies[0]
    assert copies[1]["name"].startswith("Embaixada de Utopia")
    assert copies[1]["fax"] == ["21 555 0199"]
