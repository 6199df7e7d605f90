"""Round 40c: a law's or a treaty's name read as a person at risk.

Round 36d's `_law_named` took a run ending in a law's word only when every mention followed an
article. An appeal names a law in more ways: with its year between the article and the name
("the 2019 Public Safety Law"), after a country's possessive ("under Veloria's Anti-Sedition
Proclamation"), at a sentence's start in a footnote, or with its number ("Decree No. 7"), and
with law words the table lacked ("Declaration", "Regulations", "Proclamation"). The documents
are invented.
"""

from __future__ import annotations

from appeal_tui.core.importer import import_document


def _people(text: str) -> list[str]:
    case = import_document(text, source="ua.txt").case
    return [p["name"] for p in case["people"]]


YEAR = """URGENT ACTION: Poet sentenced for verses

Poet Ilse Varnow was sentenced on 3 May to nine years under the 2019 Public Safety Law and
the Online Crimes Law for poems she posted. Ilse Varnow has not seen her lawyer since.

Please write calling for the release of Ilse Varnow and the repeal of the 2019 Public Safety
Law.
"""

POSSESSIVE = """URGENT ACTION: Blogger convicted

Blogger Tomas Reyk was convicted under Veloria's Anti-Sedition Proclamation on 2 June.
At least six writers have been convicted under the Anti-Sedition Proclamation since 2015.
Tomas Reyk is held in Darn prison.

Please write calling for the release of Tomas Reyk.
"""

DECLARATION = """URGENT ACTION: Librarian held

Librarian Oda Brennik was arrested on 9 April for lending books; the Universal Declaration
was on her shelves. Oda Brennik is held without charge, contrary to Article 19 of the
Universal Declaration.

Please write calling for the release of Oda Brennik.
"""

REGULATIONS = """URGENT ACTION: Two students detained

Students Pavel Orin and Mira Sodde are held under the Curfew Regulations since 2 May.
The Curfew Regulations and the Security Act let the police keep anyone for months.

Please write calling for the release of Pavel Orin and Mira Sodde.
"""

NUMBERED = """URGENT ACTION: Editor detained

Editor Kofi Arden is believed to be held under the Public Peace Decree No. 4 of 1990,
which permits arrest without a hearing. Many writers are held under Decree No. 4.

Please write calling for the release of Kofi Arden.
"""

FOOTNOTE = """URGENT ACTION: Lawyer disbarred

Lawyer Samir Valde was disbarred on 1 March. The UN Model Principles on Counsel protect
counsel from sanctions for their work.

1 Told by his family. Model Principles on Counsel, text of 1990.

Please write calling for the reinstatement of Samir Valde, as the UN Model Principles
require.
"""


def test_a_law_with_its_year_after_the_article_is_no_person() -> None:
    assert _people(YEAR) == ["Ilse Varnow"]


def test_a_law_after_a_countrys_possessive_is_no_person() -> None:
    assert _people(POSSESSIVE) == ["Tomas Reyk"]


def test_a_declaration_is_no_person() -> None:
    assert _people(DECLARATION) == ["Oda Brennik"]


def test_regulations_are_no_person() -> None:
    assert _people(REGULATIONS) == ["Pavel Orin", "Mira Sodde"]


def test_a_numbered_decree_is_no_person() -> None:
    assert _people(NUMBERED) == ["Kofi Arden"]


def test_a_law_at_a_footnotes_start_is_no_person() -> None:
    assert _people(FOOTNOTE) == ["Samir Valde"]


# Guards: people whose names end in a law's word, or who are named at a sentence's start.
GUARD = """URGENT ACTION: Activists arrested

Activists Jonah Law and Dara Charter were arrested on 5 May. Jonah Law was beaten in
custody. Dara Charter is held under the Public Order Act.

Please write calling for the release of Jonah Law and Dara Charter.
"""


def test_people_surnamed_with_a_laws_word_stay() -> None:
    assert _people(GUARD) == ["Jonah Law", "Dara Charter"]


# Mend 40c (reviewer C): a person's name used as a label after "the", a year, a possessive or
# an article ("the Kevin Law trial", "do Lei Chin Hong") while every other mention opens a
# sentence. A sentence's start is where a person's name stands most; "Law", "Lei", "Loi" are
# family names. Main names each of these people; round 40c named nobody.
LABEL_ARTICLE = """URGENT ACTION
HONG KONG: STUDENT FACES TRIAL

A student goes on trial on 9 June 2025. Kevin Law organised a campus vigil. Supporters call the
Kevin Law trial a test of academic freedom.

Please write to the Secretary for Justice.
"""

LABEL_POSSESSIVE = """URGENT ACTION
MALAYSIA: UNION ORGANISER HELD

Police in Penang detained the Federation's Daniel Law on 3 April 2025. Daniel Law has been
denied access to his lawyers.

Please write to the Inspector-General of Police.
"""

LABEL_YEAR = """URGENT ACTION
HONG KONG: MARCH ORGANISER RE-ARRESTED

Police re-arrested a march organiser on 2 May 2025. Supporters of the 2019 Ivan Law march say he
is being punished again. Ivan Law has been refused bail.

Please write to the Commissioner of Police.
"""

LABEL_CASE = """URGENT ACTION
CHINA: LABOUR ACTIVIST MISSING

Police raided the home of a labour activist in Shenzhen on 14 March 2025. Lei Wenjun has not
been seen since. Activists fear the Lei Wenjun case is part of a wider crackdown.

Please write to the Minister of Public Security.
"""

LABEL_LOI = """URGENT ACTION
MALAYSIA: ACTIVIST MISSING

Police raided an activist's home in Ipoh on 3 April 2025. Loi Kok Weng has not been seen since.
Friends fear the Loi Kok Weng case is part of a crackdown.

Please write to the Inspector-General of Police.
"""

LABEL_PT = """AÇÃO URGENTE
MACAU: JORNALISTA DETIDO

A Polícia Judiciária deteve um jornalista em 2 de maio de 2025. Lei Chin Hong tinha publicado
uma reportagem. A detenção do Lei Chin Hong foi denunciada por associações de jornalistas.

Escreva ao Secretário para a Segurança.
"""

LABEL_CA = """ACCIÓ URGENT
XINA: ACTIVISTA DESAPAREGUDA

La policia va escorcollar el domicili d'una activista el 8 de març de 2025. Lei Xiaomei no ha
estat vista des d'aleshores. La família de la Lei Xiaomei no sap on és.

Escriviu al director de la Seguretat Pública de Guangzhou.
"""


def test_a_person_named_as_a_label_after_the_stays() -> None:
    assert _people(LABEL_ARTICLE) == ["Kevin Law"]


def test_a_person_after_a_bodys_possessive_stays() -> None:
    assert _people(LABEL_POSSESSIVE) == ["Daniel Law"]


def test_a_person_after_a_year_stays() -> None:
    assert _people(LABEL_YEAR) == ["Ivan Law"]


def test_a_person_surnamed_lei_named_as_a_case_stays() -> None:
    assert _people(LABEL_CASE) == ["Lei Wenjun"]


def test_a_person_surnamed_loi_named_as_a_case_stays() -> None:
    assert _people(LABEL_LOI) == ["Loi Kok Weng"]


def test_a_person_surnamed_lei_after_portugueses_do_stays() -> None:
    assert _people(LABEL_PT) == ["Lei Chin Hong"]


def test_a_person_surnamed_lei_after_catalans_la_stays() -> None:
    assert _people(LABEL_CA) == ["Lei Xiaomei"]
