"""Session 27 mend (mend27a): the reviewer's findings on people in rounds 27a and 27c. Each
text here is invented (people, places, handles and dates), and each test failed on mend27."""

from __future__ import annotations

from appeal_tui.core.importer import import_document


def _people(text: str, source: str = "t.txt") -> list[str]:
    return [p["name"] for p in import_document(text, source=source).case["people"]]


# A blogger quoted from her own post, in an appeal about her arrest.
QUOTED_POST = """\
URGENT ACTION

Release poet Mira Kestel

Poet Mira Kestel was detained on 9 June 2031 in Utopia, minutes after she wrote:

> Mira Kestel @mirakestel · 9 Jun 2031
> Officers are outside my building.

Mira Kestel is held without charge. Please write calling for her release.
"""


def test_a_post_author_named_again_in_the_appeal_stays_a_person_at_risk() -> None:
    assert "Mira Kestel" in _people(QUOTED_POST)


# A Chinese text names a foreign reporter in Latin letters only: another person, not the
# Latin spelling of the one named in Han characters.
ZH_FOREIGNER = """\
紧急行动

请立即释放律师郑某某和记者 Tomas Varga

律师郑某某于2031年5月2日在示例市被捕。匈牙利记者 Tomas Varga 同日被拘留。
记者 Tomas Varga 当时正在采访。

请写信要求立即释放郑某某和 Tomas Varga。
"""


def test_a_latin_name_in_a_chinese_text_that_spells_no_one_else_stays() -> None:
    assert _people(ZH_FOREIGNER, "zh.txt") == ["郑某某", "Tomas Varga"]


def test_a_latin_name_glossed_beside_a_han_name_is_that_person() -> None:
    text = (
        "紧急行动\n\n律师郑某某（Zheng Moumou）于2031年5月2日在示例市被捕。"
        "律师郑某某至今下落不明，家人无法探视。\n\n"
        "请写信要求立即释放郑某某。Please write for Zheng Moumou's release.\n"
    )
    assert _people(text, "zh.txt") == ["郑某某"]


def test_nouns_of_persons_before_an_age_are_no_names() -> None:
    from appeal_tui.core.importer.people import _aged_names

    assert _aged_names("시위에 참가한 남성(51세)과 여성(44세)이 연행되었다") == []
    assert _aged_names("一名高中生（16岁）和一名大学生（20岁）被带走") == []
    assert _aged_names("示例村的男子（40歳）と女性（35歳）が") == []
    # Names before an age still are.
    assert _aged_names("활동가 박서윤(29세)이 연행되었다") == ["박서윤"]
    assert _aged_names("学生领袖高明远（19岁）被拘留") == ["高明远"]


# A student and her aunt share the first given name and the first family name.
TWO_RELATIVES = """\
ACCIÓN URGENTE

Liberen a Lucía Inés Morán Salas y a su tía Lucía Morán

La periodista Lucía Inés Morán Salas y su tía, la enfermera Lucía Morán, \
fueron detenidas el 8 de abril de 2031 en Utopía. \
Lucía Inés Morán Salas tiene 24 años; Lucía Morán tiene 57.

Escriban a las autoridades pidiendo la libertad de Lucía Inés Morán Salas y Lucía Morán.
"""


def test_a_relative_with_the_short_form_of_a_name_is_another_person() -> None:
    assert _people(TWO_RELATIVES) == ["Lucía Inés Morán Salas", "Lucía Morán"]


def test_a_short_form_named_apart_is_still_the_long_name() -> None:
    text = (
        "ACCIÓN URGENTE\n\nLiberen a Lucía Inés Morán Salas\n\n"
        "La periodista Lucía Inés Morán Salas fue detenida el 8 de abril de 2031 en Utopía. "
        "Según su familia, Lucía Morán no ha visto a un abogado.\n\n"
        "Escriban pidiendo la libertad de Lucía Inés Morán Salas.\n"
    )
    assert _people(text) == ["Lucía Inés Morán Salas"]
