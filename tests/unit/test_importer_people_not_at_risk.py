"""Round 36d: names that are no person at risk: a law's, a page's author's.

A law or a treaty named twice ("the Public Order Act", "the UN Basic Principles", "la Ley
X") and the writer of a blog post or a comment ("Posted on ... by X", "X says:", "/ Por X")
were read as people at risk; the letter then asked for their release. The documents are
invented.
"""

from __future__ import annotations

from appeal_tui.core.importer import import_document


def _people(text: str) -> list[str]:
    case = import_document(text, source="ua.txt").case
    return [p["name"] for p in case["people"]]


LAWS = """URGENT ACTION: Union leaders face charges

Union leaders Marek Dolan and Sefa Orlov were arrested on 2 March. The police said that
both would be charged under the Public Order Act, which carries a penalty of ten years.
Marek Dolan and Sefa Orlov deny any offence. The UN Model Principles on the Role of
Lawyers require that lawyers work without fear.

Please write calling for the release of Marek Dolan and Sefa Orlov, the withdrawal of the
charges under the Public Order Act, and respect for the UN Model Principles.
"""

LEY = """Acción urgente: periodista procesada

La periodista Inés Carvallo fue detenida el 4 de mayo. La fiscalía la acusa según el
artículo 12 de la Ley Antiterrorista por sus reportajes. Inés Carvallo sigue detenida.

Escriba para pedir la libertad de Inés Carvallo y la reforma de la Ley Antiterrorista.
"""


def test_a_law_named_twice_is_no_person_at_risk() -> None:
    assert _people(LAWS) == ["Marek Dolan", "Sefa Orlov"]


def test_a_code_named_twice_is_no_person_at_risk_in_spanish() -> None:
    assert _people(LEY) == ["Inés Carvallo"]


BLOG = """Free the river defenders!

Posted on 4 March 2025 by Harriet Olufemi · 2 Comments

Environmental defenders Lucio Ferraz and Dalia Nunes were arrested on 1 March after a
protest against a dam. Lucio Ferraz and Dalia Nunes are held at the city police station.

Please write calling for the release of Lucio Ferraz and Dalia Nunes.

2 thoughts on "Free the river defenders!"

Harriet Olufemi says: 5 March 2025 at 9:12 am
Thanks all, letters went out today.
"""

ENTRADA = """Acción urgente: defensora amenazada

12 mayo, 2025 / Acciones urgentes / Por Equipo Comunicación

La defensora Rosa Beltrán Ayala recibió amenazas de muerte. Rosa Beltrán Ayala vive en la
comunidad con su familia. Equipo Comunicación sigue el caso.

Pida protección para Rosa Beltrán Ayala.
"""


def test_a_blog_posts_author_is_no_person_at_risk() -> None:
    assert _people(BLOG) == ["Lucio Ferraz", "Dalia Nunes"]


def test_a_byline_after_a_separator_names_the_writer_in_spanish() -> None:
    assert _people(ENTRADA) == ["Rosa Beltrán Ayala"]


POSTAL = """URGENT ACTION: Student leader held incommunicado

Student leader Ilse Varga was detained on 9 May. Ilse Varga has had no access to a lawyer.

Please write calling for the release of Ilse Varga.

Solidarity cards may be sent to her lawyer:
Av. Kemal Sarp Yildiz, Yildiz Hukuk Ofisi, Deniz Cad. No: 8/2, 34371 Kadikoy
"""


def test_names_in_a_postal_address_are_no_people_at_risk() -> None:
    assert _people(POSTAL) == ["Ilse Varga"]


def test_a_person_whose_surname_is_a_laws_word_stays() -> None:
    text = """URGENT ACTION: Activist detained

Activist Dorian Law was arrested on 2 June. The police say Dorian Law broke the Public
Order Act. Dorian Law is held at the central police station.

Please write calling for the release of Dorian Law and the repeal of the Public Order Act.
"""
    assert _people(text) == ["Dorian Law"]
