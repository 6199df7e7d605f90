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


# Mend 36b1: a person at risk who is quoted or who published something stays one. "X says:",
# "Published by X", "Posted on ... by X", "X (author)" drop X only when nothing else in the
# text says X is at risk (an arrest, a detention or threats told of X, "X, 29,", the asks).

QUOTED = """URGENT ACTION UA 80/26
Journalist detained: Kiran Vosh

Journalist Kiran Vosh, 29, was arrested on 3 March 2026 in Dovrik.

Kiran Vosh says: "They followed me for weeks."

Please write immediately:
- Calling on the authorities to release the journalist immediately and unconditionally.

APPEALS TO:
Minister of Justice
Ms Hanna Teel
Ministry of Justice
Court Street 2
1200 Dovrik
Ostravia
"""


def test_a_person_at_risk_who_is_quoted_stays() -> None:
    assert _people(QUOTED) == ["Kiran Vosh"]


def test_a_person_at_risk_quoted_in_spanish_stays() -> None:
    text = """ACCIÓN URGENTE AU 12/26
Defensora detenida en Calvera

La defensora indígena Rosa Quispe fue detenida el 2 de marzo de 2026 durante una protesta.

Antes de su detención, Rosa Quispe dice: "No me van a callar."

Escriba inmediatamente:
- Pidan a las autoridades que liberen a la defensora de inmediato.

ENVÍEN LLAMAMIENTOS A:
Fiscal General
Sr. Tomás Arnau
Fiscalía General
Avenida Central 10
Calvera
"""
    assert _people(text) == ["Rosa Quispe"]


def test_a_person_at_risk_who_writes_or_published_stays_in_german() -> None:
    text = """EILAKTION UA 34/26
Blogger festgenommen

Veröffentlicht wurde das Video von Jonas Ferber, einem Blogger aus Lenhof. Jonas Ferber
wurde am 7. März 2026 festgenommen.

Jonas Ferber sagt: „Ich habe nur gefilmt, was geschah."

Bitte schreiben Sie:
- Fordern Sie die sofortige Freilassung des Bloggers.

APPELLE AN:
Innenminister
Herrn Karl Breit
Innenministerium
Ringstraße 8
1010 Lenhof
"""
    assert _people(text) == ["Jonas Ferber"]


def test_a_blogger_at_risk_who_posted_the_page_stays() -> None:
    text = """Free blogger Yara Tamsin!

Posted on 3 March 2026 by Yara Tamsin

Blogger Yara Tamsin, 31, was arrested on 1 March 2026 in Dovrik after writing about
corruption. She is held at the central police station.

Please write calling for her immediate release.

Send appeals to:
Minister of Justice
Ms Hanna Teel
Ministry of Justice
Court Street 2
1200 Dovrik
Ostravia
"""
    assert _people(text) == ["Yara Tamsin"]


def test_the_author_of_a_comment_under_his_own_appeal_stays_with_his_colleague() -> None:
    text = """URGENT ACTION UA 84/26
Student leaders at risk

Student leader Bram Oster was detained on 28 February 2026 in Dovrik. His colleague Malik
Oren, who has also been threatened, has gone into hiding.

Please write calling for the release of the student leader and for the safety of his
colleague.

Send appeals to:
Minister of Interior
Mr Otto Varn
Ministry of Interior
Palace Square 1
1200 Dovrik
Ostravia

Bram Oster (author) — 4 March 2026: Thank you all for writing.

Malik Oren says: 5 March 2026 at 10:01 am
Thank you, friends.
"""
    assert _people(text) == ["Bram Oster", "Malik Oren"]


def test_a_lawyer_only_quoted_is_no_person_at_risk() -> None:
    text = """URGENT ACTION UA 83/26
Trade unionist detained

Trade unionist Petra Lund was arrested on 2 March 2026 in Dovrik. She is held
incommunicado.

Her lawyer Anton Reis says: "I have not been allowed to see my client since her arrest."

Please write calling for the release of Petra Lund.

Send appeals to:
Minister of Justice
Ms Hanna Teel
Ministry of Justice
Court Street 2
1200 Dovrik
Ostravia
"""
    assert _people(text) == ["Petra Lund"]
