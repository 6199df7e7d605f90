"""Round 35a: a text in a container read out as its lines before the blocks are split. A chat's
JSON export, a channel's log, subtitles (SRT, WebVTT) and markup sources (AsciiDoc, Org-mode,
LaTeX, reStructuredText) give the case the recipients and people a reader of the text sees;
the containers the importer read before (a chat app's text export, BBCode, a mail quoted twice)
still do; an ordinary text, Markdown or HTML is left as it is. All texts invented."""

from __future__ import annotations

import json
from typing import Any

import pytest

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.containers import container_text
from hostile.guards import hard_timeout


def _case(text: str, source: str) -> dict[str, Any]:
    return import_document(text, source=source).case


def _recipient_names(case: dict[str, Any]) -> list[str]:
    return [
        str(r.get("name") or "") for r in case["recipients"] if r.get("key") != "to-be-completed"
    ]


def _people(case: dict[str, Any]) -> list[str]:
    return [str(p.get("name")) for p in case.get("people", [])]


def _strings(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    if isinstance(node, list):
        return [s for item in node for s in _strings(item)]
    return []


def _no_container_signs(case: dict[str, Any], *signs: str) -> None:
    values = "\n".join(_strings(case["recipients"]) + _strings(case.get("people", [])))
    for sign in signs:
        assert sign not in values


_LETTER = [
    "URGENT ACTION UA 88/26: TEACHER HELD WITHOUT CHARGE",
    "Orlen Vasquiel, a teacher in Varnholt, was arrested on 3 March 2026 and is held "
    "without charge. His family has not been allowed to see him.",
    "Please write immediately, calling on the authorities to release Orlen Vasquiel.",
    "Write to:",
    "Minister of Justice",
    "Ms Idrana Pellomir",
    "Ministry of Justice",
    "14 Quarry Road",
    "Varnholt 40210",
    "Ostravia",
    "Salutation: Dear Minister",
    "Please send appeals before 30 April 2026.",
]


# --- JSON exports ---------------------------------------------------------------------------------


def _telegram_export() -> str:
    action = "\n".join(_LETTER)
    head, rest = action.split("Ms Idrana Pellomir")
    messages = [
        {"id": 1, "type": "service", "date": "2026-03-10T10:40:00", "actor": "Kaja",
         "action": "create_group", "title": "Group 12"},
        {"id": 2, "type": "message", "date": "2026-03-10T10:41:00", "from": "Kaja Lind",
         "from_id": "user100", "text": "forwarding the new action, letters at thursday's meeting",
         "text_entities": [{"type": "plain",
                            "text": "forwarding the new action, letters at thursday's meeting"}]},
        {"id": 3, "type": "message", "date": "2026-03-10T10:42:00", "from": "Kaja Lind",
         "from_id": "user100",
         "text": [head, {"type": "bold", "text": "Ms Idrana Pellomir"}, rest],
         "text_entities": [{"type": "plain", "text": head},
                           {"type": "bold", "text": "Ms Idrana Pellomir"},
                           {"type": "plain", "text": rest}]},
        {"id": 4, "type": "message", "date": "2026-03-10T11:02:00", "from": "Piet Oom",
         "from_id": "user200", "text": "ok", "text_entities": [{"type": "plain", "text": "ok"}]},
    ]  # fmt: skip
    return json.dumps(
        {"name": "Group 12", "type": "private_group", "id": 77, "messages": messages}, indent=1
    )


def test_a_telegram_json_export_gives_the_action_it_holds() -> None:
    case = _case(_telegram_export(), "result.json")
    assert any("Idrana Pellomir" in name for name in _recipient_names(case))
    assert any("Orlen Vasquiel" in name for name in _people(case))
    _no_container_signs(case, "text_entities", '"', "{", "user100")


def test_a_json_export_reads_each_message_once_in_order() -> None:
    read = container_text(_telegram_export())
    assert read.count("Idrana Pellomir") == 1  # text and its entities: once
    assert read.index("forwarding the new action") < read.index("URGENT ACTION")
    assert "Kaja Lind" not in read and "2026-03-10T10:41:00" not in read
    assert "Ms Idrana Pellomir\nMinistry of Justice" in read  # the fragments are one text


def test_a_slack_export_reads_its_links_and_drops_emoji_codes() -> None:
    messages = [
        {"type": "message", "user": "U01", "ts": "1.1", "text": "new action :wave: see below",
         "user_profile": {"real_name": "kaja"}},
        {"type": "message", "user": "U01", "ts": "1.2",
         "text": "\n".join(_LETTER).replace("Salutation", "Email: <mailto:min@justice.example.ov|"
                                             "min@justice.example.ov>\nSalutation")},
    ]  # fmt: skip
    case = _case(json.dumps(messages), "2026-03-10.json")
    assert any("Idrana Pellomir" in name for name in _recipient_names(case))
    assert "min@justice.example.ov" in repr(case["recipients"])
    assert ":wave:" not in container_text(json.dumps(messages))


def test_json_without_prose_is_left_as_it_is() -> None:
    data = json.dumps({"id": 4, "items": ["a", "b"], "names": ["Ana Souza", "Ivo Lind"]})
    assert container_text(data) is data


# --- A channel's log ------------------------------------------------------------------------------


def test_a_channel_log_gives_the_action_pasted_line_by_line() -> None:
    lines = ["--- Log opened Tue Mar 10 19:00:02 2026", "[19:00] *** kaja has joined #group12"]
    for i, line in enumerate(_LETTER):
        lines.append(f"[19:{i + 1:02d}] <@kaja> {line}")
        if i == 3:
            lines.append("[19:04] <piet> is there a fax too?")
    lines.append("--- Log closed Tue Mar 10 19:40:00 2026")
    case = _case("\n".join(lines), "#group12.2026-03-10.log")
    assert any("Idrana Pellomir" in name for name in _recipient_names(case))
    assert any("Orlen Vasquiel" in name for name in _people(case))
    _no_container_signs(case, "<@kaja>", "[19:", "kaja")


# --- Subtitles ------------------------------------------------------------------------------------

_VTT = """WEBVTT
Kind: captions
Language: en

NOTE
Captions for the group's video, draft 2.

intro
00:00:01.000 --> 00:00:03.000
[music]

00:00:03.200 --> 00:00:07.900
<v Kaja>Hello. Tonight we write for Orlen Vasquiel,

00:00:08.000 --> 00:00:12.000
<v Kaja>a teacher in Varnholt who was arrested on 3 March 2026.

00:00:12.100 --> 00:00:16.000 align:start position:10%
<v Kaja>Please write to the Minister of Justice, <i>Ms Idrana Pellomir</i>,

00:00:16.100 --> 00:00:20.000
and call for his release before 30 April 2026.

00:00:20.100 --> 00:00:26.000
[on screen: Ms Idrana Pellomir
Minister of Justice, Ministry of Justice
14 Quarry Road, Varnholt 40210, Ostravia]
"""


def test_webvtt_subtitles_give_the_people_and_the_recipient() -> None:
    case = _case(_VTT, "ua-88-26.en.vtt")
    assert any("Idrana Pellomir" in name for name in _recipient_names(case))
    assert any("Orlen Vasquiel" in name for name in _people(case))
    _no_container_signs(case, "-->", "<v", "WEBVTT", "00:00")


def test_subtitle_cues_of_one_sentence_run_on_and_sound_labels_go() -> None:
    read = container_text(_VTT)
    assert "Orlen Vasquiel,\na teacher in Varnholt" in read  # one paragraph, line for line
    assert "[music]" not in read and "intro" not in read and "draft 2" not in read
    assert "14 Quarry Road, Varnholt 40210, Ostravia" in read


def test_srt_subtitles_drop_numbers_and_timings() -> None:
    cues = [
        "Tonight we write for Orlen Vasquiel, a teacher in Varnholt.",
        "He was arrested on 3 March 2026.",
        "Write to Ms Idrana Pellomir, Minister of Justice.",
    ]
    srt = "\n".join(
        f"{i}\n00:00:{2 * i:02d},000 --> 00:00:{2 * i + 1:02d},500\n{cue}\n"
        for i, cue in enumerate(cues, 1)
    )
    read = container_text(srt)
    assert read.split("\n\n")[0].strip() == cues[0]
    assert "-->" not in read and "\n1\n" not in f"\n{read}"


# --- Markup sources -------------------------------------------------------------------------------

_RST = """=====================================
Urgent action UA 88/26: teacher held
=====================================

:Date: 10 March 2026
:Reference: UA 88/26

Orlen Vasquiel, a teacher in Varnholt, was arrested on 3 March 2026 and is held without
charge. See `the full action <https://example.org/ua-88-26>`_.

What to ask
-----------

Please write immediately, calling on the authorities to release **Orlen Vasquiel**.

Write to
--------

| Minister of Justice
| Ms Idrana Pellomir
| Ministry of Justice
| 14 Quarry Road
| Varnholt 40210
| Ostravia
| Salutation: Dear Minister

.. note::

   Please send appeals before 30 April 2026.

.. |logo| image:: logo.png
"""


def test_restructuredtext_gives_the_recipient_of_its_line_block() -> None:
    case = _case(_RST, "ua-88-26.rst")
    assert any("Idrana Pellomir" in name for name in _recipient_names(case))
    assert any("Orlen Vasquiel" in name for name in _people(case))
    _no_container_signs(case, "| ", "**", "====", "`_")
    read = container_text(_RST)
    assert "the full action" in read and "<https" not in read and "logo.png" not in read
    assert "Please send appeals before 30 April 2026." in read


_ADOC = """= Urgent action UA 88/26: teacher held
:revdate: 2026-03-10
:country: Ostravia
// internal: check the fax before publishing

[.lead]
*UA 88/26* | {country} | {revdate}

== Summary

Orlen Vasquiel, a teacher in Varnholt, was arrested on 3 March 2026 and is held without charge.

== Write to

[cols="1",frame=none]
|===
a|
*Minister of Justice* +
Ms Idrana Pellomir +
Ministry of Justice +
14 Quarry Road +
Varnholt 40210 +
Ostravia +
Salutation: Dear Minister
|===

include::partials/footer.adoc[]
"""


def test_asciidoc_gives_the_recipient_of_its_table_cell() -> None:
    case = _case(_ADOC, "ua-88-26.adoc")
    assert any("Idrana Pellomir" in name for name in _recipient_names(case))
    assert any("Orlen Vasquiel" in name for name in _people(case))
    _no_container_signs(case, " +", "|===", "a|", "*Minister")
    read = container_text(_ADOC)
    assert "UA 88/26 | Ostravia | 2026-03-10" in read  # attributes read
    assert "include::" not in read and "internal" not in read


_ORG = """#+TITLE: Letter evening, 12 March
#+AUTHOR: Kaja
#+STARTUP: overview

* TODO Buy stamps                                  :errand:
  DEADLINE: <2026-03-11 Wed>
* Ostravia: Orlen Vasquiel (UA 88/26)
  :PROPERTIES:
  :UA:       UA 88/26
  :END:
** Case
   Teacher *Orlen Vasquiel*, arrested in Varnholt on 3 March 2026, held without charge.
** Address
   #+BEGIN_QUOTE
   Ms Idrana Pellomir
   Minister of Justice
   14 Quarry Road
   Varnholt 40210, Ostravia
   Salutation: Dear Minister
   #+END_QUOTE
"""


def test_org_mode_gives_the_recipient_of_its_quote_block() -> None:
    case = _case(_ORG, "evening.org")
    assert any("Idrana Pellomir" in name for name in _recipient_names(case))
    _no_container_signs(case, "#+", ":PROPERTIES:", ":END:")
    read = container_text(_ORG)
    assert "Letter evening, 12 March" in read and "Kaja" not in read
    assert "UA 88/26\n" not in read.split("Ostravia: Orlen")[1][:30]  # the drawer went


_TEX = r"""% letter for the group, compile with pdflatex
\documentclass[a4paper]{letter}
\usepackage[utf8]{inputenc}
\signature{Group 12}
\begin{document}
\begin{letter}{Ms Idrana Pellomir\\
  Minister of Justice\\
  14 Quarry Road\\
  Varnholt 40210\\
  Ostravia}
\opening{Dear Minister,}

I am writing about the teacher \textbf{Orlen Vasquiel}, who was arrested in Varnholt on
3 March 2026 and is held without charge. I urge you to release him \emph{immediately}.

\closing{Yours sincerely,}
\end{letter}
\end{document}
"""


def test_a_latex_letter_gives_its_addressee() -> None:
    case = _case(_TEX, "letter.tex")
    assert any("Idrana Pellomir" in name for name in _recipient_names(case))
    _no_container_signs(case, "\\", "{", "}")
    read = container_text(_TEX)
    assert "Ms Idrana Pellomir\nMinister of Justice\n14 Quarry Road" in read
    assert "inputenc" not in read and "documentclass" not in read
    # (a comment is the source's note to its reader: a paragraph of its own)
    assert read.startswith("letter for the group, compile with pdflatex\n\n")


def test_latex_accents_are_read_as_letters() -> None:
    text = _TEX.replace("Pellomir", "Pell\\'omir").replace("Quarry", 'Qu\\"arry')
    read = container_text(text)
    assert "Pellómir" in read and "Quärry" in read


# --- Containers read before (a chat app's text export, BBCode, a mail quoted twice) ---------------


def test_a_whatsapp_export_still_gives_the_action() -> None:
    lines = ["10/03/2026, 10:40 - Messages and calls are end-to-end encrypted."]
    lines.append("10/03/2026, 10:41 - Kaja Lind: new action for thursday")
    lines.append("10/03/2026, 10:42 - Kaja Lind: " + _LETTER[0])
    lines.extend(_LETTER[1:])
    lines.append("10/03/2026, 11:02 - Piet Oom: thanks!")
    lines.append("10/03/2026, 11:05 - Piet Oom: I'll bring envelopes")
    lines.append("10/03/2026, 11:07 - Kaja Lind: great")
    case = _case("\n".join(lines), "WhatsApp Chat with Group 12.txt")
    assert any("Idrana Pellomir" in name for name in _recipient_names(case))
    _no_container_signs(case, "10/03/2026, 10:4")


def test_a_bbcode_forum_post_still_gives_the_action() -> None:
    text = "\n".join(_LETTER).replace("Ms Idrana Pellomir", "[b]Ms Idrana Pellomir[/b]")
    text = text.replace("Write to:", "[u]Write to:[/u]")
    text = f"[quote=kaja]{text}[/quote]\n[i]see you thursday[/i]"
    case = _case(text, "forum-post.txt")
    assert any("Idrana Pellomir" in name for name in _recipient_names(case))
    _no_container_signs(case, "[b]", "[/b]", "[quote")


def test_a_mail_forwarded_twice_still_gives_the_action() -> None:
    quoted = "\n".join(f"> > {line}" for line in _LETTER)
    text = f"Hi all, see the action below.\n\n> Kaja wrote:\n> forwarding this one\n>\n{quoted}\n"
    case = _case(text, "Fwd_ Fwd_ UA 88-26.eml")
    assert any("Idrana Pellomir" in name for name in _recipient_names(case))
    _no_container_signs(case, "> >")


# --- What is no container -------------------------------------------------------------------------

_ORDINARY = [
    "\n".join(_LETTER),
    "# Urgent action\n\nSome **bold** text.\n\n> quoted line one\n> quoted line two\n"
    "> quoted line three\n\nWrite to\n--------\n\nMs Idrana Pellomir\n",
    "<html><body><p>Write to: Ms Idrana Pellomir</p><p>[19:04] &lt;kaja&gt; hi</p></body></html>",
    "== Urgent action ==\n\nA text with a heading written as a wiki's.\n\n= Not a title\n",
    "Timeline\n12:04 Ms X arrived\n12:30 the hearing began\n13:00 the hearing ended\n",
    "Hearing on 12 March: 10:00 --> postponed\n" * 3,
    "Write to\n========\n\n| Name | Office |\n| --- | --- |\n| Ms Idrana Pellomir | Minister |\n"
    "\nA text with a Markdown table under a heading underlined.\n",
    "Write to\n--------\n\n* Ms Idrana Pellomir\n* Minister of Justice\n\n== Copies\n== Notes\n",
    "\\begin{itemize} is how a LaTeX list begins, a note in a text.\n",
    "[1, 2, 3]",
    "{not json: at all}",
]


@pytest.mark.parametrize("text", _ORDINARY)
def test_text_that_is_no_container_is_left_as_it_is(text: str) -> None:
    assert container_text(text) is text


# --- Untrusted input ------------------------------------------------------------------------------

_HOSTILE = [
    "[" * 1_000_000,
    "{" + '"a": "b c d e f g h i j k l", ' * 30_000 + '"z": 1}',
    "[" * 100_000 + "]" * 100_000,
    json.dumps({f"k{i}": f"word {i} and more words here" for i in range(40_000)}),
    "#+TITLE: x\n#+A: b\n* h\n" + " *a" * 330_000,
    "Title\n=====\n\n.. note::\n" + " *a _b" * 160_000,
    "00:00:01,000 --> 00:00:02,000\n" * 40_000,
    "[19:04] <a> " + "x" * 1_000_000,
    "[19:04] <a> *a _b `c \\d{ +\n" * 40_000,
    "= T\n:a: b\n:c: d\n" + "*a _b *c _d " * 80_000 + " +\n",
    "#+TITLE: x\n#+A: b\n* h\n" + "*a /b =c ~d [[x][y " * 50_000,
    "\\documentclass{x}\n\\begin{document}\n\\a\n\\b\n" + "\\x{" * 200_000 + "\\\\" * 50_000,
    "Title\n=====\n\n.. note::\n" + "`a <b" * 150_000 + "\n| a\n| b\n",
]


@pytest.mark.parametrize("text", _HOSTILE)
def test_a_hostile_megabyte_is_read_in_bounded_time(text: str) -> None:
    # (A hang guard, not a timing assertion: a quadratic reading takes many minutes.)
    with hard_timeout(60):
        assert isinstance(container_text(text), str)


# --- Mend 35a: a wiki source and timings quoted in prose are no containers ------------------------

_WIKI = """== Urgent action ==
Teacher Orlen Vasquiel was arrested on 3 March 2026 in Varnholt.

== Details ==
:Deadline: 30 April 2026
:Languages: English, Ostravian

[https://example.org/ua/88 The whole action]

Write to:
Minister of Justice Idrana Pellomir
Ministry of Justice
14 Quarry Road
Varnholt 40210, Ostravia
Fax: +12 3456 7890
Salutation: Dear Minister
"""

_WIKI_INDENTED = """'''Urgent action: teacher held'''

== Background ==
Teacher Orlen Vasquiel was arrested on 3 March 2026 in Varnholt and is held without charge.

== Write to ==
:Minister of Justice Idrana Pellomir
:Ministry of Justice
:14 Quarry Road, Varnholt 40210, Ostravia
:Fax: +12 3456 7890
:Email: minister@justice.example.org

[https://example.org/ua/88 The whole action]

Please write before 30 April 2026.
"""


@pytest.mark.parametrize("text", [_WIKI, _WIKI_INDENTED], ids=["fields", "indented"])
def test_a_mediawiki_source_is_not_read_as_asciidoc(text: str) -> None:
    # Its headings close with the run of '=' that opens them: no AsciiDoc reading drops its
    # ":Label: value" lines or leaves " ==" on a heading.
    assert container_text(text) is text


def test_a_mediawiki_source_keeps_its_deadline_and_fax() -> None:
    case = _case(_WIKI, "ua-88-26.txt")
    assert str(case.get("deadline")) == "2026-04-30"
    assert any("3456 7890" in str(r.get("fax") or "") for r in case["recipients"])
    case = _case(_WIKI_INDENTED, "ua-88-26.txt")
    assert any("3456 7890" in str(r.get("fax") or "") for r in case["recipients"])


_TIMINGS_QUOTED = """URGENT ACTION: Filmmaker Mira Tashkentova detained

Filmmaker Mira Tashkentova was detained on 4 February 2026. The court cited these scenes:
00:01:04.200 --> 00:01:09.800 protest footage
00:12:30.000 --> 00:12:41.500 interview with a miner
00:40:02.100 --> 00:40:10.000 closing titles

Write to:
Prosecutor General Farrukh Tilloev
Prosecutor General's Office
126 Rudaki Avenue, 734001 Dushanbe, Tajikistan
Salutation: Dear Prosecutor General
"""


def test_timing_lines_quoted_in_prose_are_no_subtitle_file() -> None:
    assert container_text(_TIMINGS_QUOTED) is _TIMINGS_QUOTED
    case = _case(_TIMINGS_QUOTED, "ua-88-26.txt")
    assert any("Mira Tashkentova" in name for name in _people(case))


def test_quoted_cues_among_paragraphs_are_no_subtitle_file() -> None:
    # Three cues of their own, each a block, but most of the blocks prose: no subtitle file.
    text = (
        _TIMINGS_QUOTED.replace(
            "scenes:\n",
            "scenes:\n\n1\n00:00:01,000 --> 00:00:02,000\nstart\n\n"
            "2\n00:00:03,000 --> 00:00:04,000\nmiddle\n\n3\n00:00:05,000 --> 00:00:06,000\nend\n\n",
        )
        + "\nPlease write before 30 April 2026.\n\nCopies to the embassy.\n\nThank you.\n"
    )
    assert container_text(text) is text
