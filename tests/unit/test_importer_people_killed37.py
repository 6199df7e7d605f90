"""Round 37d: a person the action says was killed is mourned, not at risk.

Appeals by unions, lawyers' and church groups ask for an inquiry into a killing and protection
for the people threatened after it. The one killed was read as a person at risk, when one of
the sentences naming them said nothing of the killing ("X had worked there for years"), when
a list of names followed "the murder of", or when an apposition stood between ("the killing
of the farmers' spokesman X"). The documents are invented.
"""

from __future__ import annotations

from appeal_tui.core.importer import import_document


def _people(text: str) -> list[str]:
    case = import_document(text, source="ua.txt").case
    return [p["name"] for p in case["people"]]


LIST = """URGENT APPEAL: union members threatened after killings

On 3 May gunmen killed three members of the farm workers' union. Union leaders
Teodor Vashti and Milena Orcas have since received death threats and fear for their lives.

Please write calling for a prompt investigation into the murder of Arvid Lemko,
Petar Sunde and Jonas Kerrow, and for protection for Teodor Vashti and Milena Orcas.
"""


def test_names_listed_after_the_murder_of_are_no_people_at_risk() -> None:
    assert _people(LIST) == ["Teodor Vashti", "Milena Orcas"]


APPOSITION = """Eilaktion: Gewerkschafter bedroht

Am 4. Mai wurde der Kassierer der Gewerkschaft, Arvid Lemko, vor seinem Haus
erschossen. Arvid Lemko war seit zehn Jahren Mitglied der Gewerkschaft. Seitdem werden die
Vorsitzende Milena Orcas und ihr Stellvertreter Teodor Vashti mit dem Tod bedroht.

Bitte fordern Sie eine Untersuchung der Ermordung ihres Kassierers Arvid Lemko und
wirksamen Schutz für Milena Orcas und Teodor Vashti.
"""


def test_one_killed_named_again_without_the_killing_is_no_person_at_risk_in_german() -> None:
    assert _people(APPOSITION) == ["Milena Orcas", "Teodor Vashti"]


THREATENED_THEN_KILLED = """URGENT ACTION: lawyer killed, colleagues threatened

Lawyer Arvid Lemko was shot dead on 6 May outside his office. Arvid Lemko (41) had
represented farmers in land cases. His colleagues Teodor Vashti and Milena Orcas have
received threats by text message since the killing of Arvid Lemko.

Please write calling for an investigation into the killing of Arvid Lemko and for
protection for Teodor Vashti and Milena Orcas.
"""


def test_a_lawyer_killed_is_mourned_and_his_threatened_colleagues_stay() -> None:
    assert _people(THREATENED_THEN_KILLED) == ["Teodor Vashti", "Milena Orcas"]


STILL_HELD = """URGENT ACTION: activist held after his brother's killing

Activist Teodor Vashti was arrested on 2 June, a week after the killing of his brother.
Teodor Vashti is held at the central police station. His family fears he is tortured.

Please write calling for the release of Teodor Vashti.
"""


def test_a_person_held_after_a_relatives_killing_stays() -> None:
    assert _people(STILL_HELD) == ["Teodor Vashti"]


KILLED_AFTER_THREATS = """URGENT ACTION: threats against community leaders

Community leader Milena Orcas was threatened on 3 April. Two men told her that she would
suffer the same fate as Arvid Lemko, who was killed last year. Milena Orcas has asked the
police for protection; Arvid Lemko's killers have never been found.

Please write calling for protection for Milena Orcas.
"""


def test_someone_threatened_with_a_killed_persons_fate_stays() -> None:
    assert _people(KILLED_AFTER_THREATS) == ["Milena Orcas"]


WITNESSES = """Acción urgente: testigos amenazados

Los periodistas Kevin Arroyo y Dario Salcedo, que investigaban el asesinato de un alcalde,
han recibido amenazas de muerte.

Solicite protección para Kevin Arroyo y Dario Salcedo.
"""


def test_witnesses_of_a_killing_named_before_it_stay() -> None:
    assert _people(WITNESSES) == ["Kevin Arroyo", "Dario Salcedo"]
