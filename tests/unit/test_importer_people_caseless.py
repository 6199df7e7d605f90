"""People at risk named in a script without capitals (session 15).

Names in Latin, Cyrillic or Greek script are found by their capitals; Arabic and Han script
(Chinese, Japanese) have none, so a name there is told by the word before it that says it is
a person's ("المحامية" lawyer, "记者" journalist, "其妻" his wife) and ends where the text
says: an Arabic name after such a word ran on into the words after it ("سلمى الناصري ورفع
حظر"), and names in Han script were not found at all. The documents are our own (invented
names), in other languages and layouts than the ones that showed it.
"""

from __future__ import annotations

from appeal_tui.core.importer import import_document


def _people(text: str) -> list[str]:
    case = import_document(text, source="ua.txt").case
    return [p["name"] for p in case["people"]]


ARABIC = """نداء عاجل: الأردن – اعتقال الصحفي سامر الخطيب

اعتقلت قوات الأمن الصحفي سامر الخطيب وصادرت هاتفه في 4 آذار/مارس 2025 بعد مقال عن الفساد.
وقال محامو سامر الخطيب إنه لم يسمح لهم بزيارته.

يرجى الكتابة إلى السلطات للمطالبة بالإفراج عن سامر الخطيب فورًا.
"""


def test_an_arabic_name_ends_where_the_text_names_it_again() -> None:
    # Read after "الصحفي", the name runs on into "وصادرت هاتفه"; the text names "سامر
    # الخطيب" three times, "سامر الخطيب وصادرت" once.
    people = _people(ARABIC)
    assert "سامر الخطيب" in people
    assert not any("وصادرت" in p for p in people)


CHINESE = """緊急行動：記者周美玲遭拘留

2025年3月2日，台中地方的獨立記者周美玲在住處被警方帶走。其夫許文德說，警方沒有出示任何文件。
周美玲曾報導多起土地糾紛。許文德表示，家人至今不知道她被關押在何處。

請寫信要求當局立即釋放周美玲。
"""


def test_names_in_han_script_are_found_after_a_word_that_says_who_they_are() -> None:
    people = _people(CHINESE)
    # "周美玲" after "記者" (journalist), "許文德" after "其夫" (her husband): the third
    # character is the name's, not "說" (said) after it.
    assert "周美玲" in people
    assert "許文德" in people
    assert not any(p.endswith(("說", "在")) for p in people)
