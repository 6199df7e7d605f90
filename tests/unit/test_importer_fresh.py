"""The importer on urgent actions we wrote ourselves (tests/fixtures/import-fresh/): texts in
layouts and languages the rules were not first written for, each round scored once before
any rule was changed for it (docs/importer.md keeps those first scores). The benchmark's
scorer must keep the floor reached since, and every output must validate once its TODOs are
filled in."""

from __future__ import annotations

import functools
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from appeal_tui.core import importer
from appeal_tui.core.importer import ImportResult, import_document, read_document
from appeal_tui.core.importer.case_writer import write_case
from appeal_tui.core.importer.text_extract import detect_kind, extract_text
from appeal_tui.core.importer.todo import TODO_PREFIX
from appeal_tui.core.loading import load_case_bytes

HERE = Path(__file__).resolve().parent
BENCHMARK = HERE.parents[1] / "benchmarks" / "import_accuracy.py"
FRESH = HERE.parent / "fixtures" / "import-fresh"
ROUNDS = sorted(p for p in FRESH.iterdir() if (p / "labels.json").is_file())
# The blind set: one text per folder g-n, written together and scored together (first score,
# before any change for it: 160/281, 56.9%, the estimate for unseen texts; docs/importer.md
# keeps its history).
BLIND = tuple("ghijklmn")
# A second blind set, written after g-n's changes to measure whether they generalise (first
# score 85/144, 59.0%; the code before any g-n change scores 78/143 on it).
BLIND_2 = tuple("opqrs")
# A third, written after o-s's changes (first score 98/118, 83.1%; before any g-n change the
# code scored 95/117 on it, after g-n's changes 98/118: o-s's changes moved nothing here).
BLIND_3 = tuple("tuvw")
# A fourth, on PDF artefacts (a running head inside a block across a page break, a sidebar
# before the title), written after t-w's changes (first score 64/69, 92.8%; 63/69 before any
# change).
BLIND_4 = tuple("xy")
# A fifth, written after all the changes above (first score 43/95, 45.3%; the code before any
# change scored 32/95 on it, after g-n's changes 42/96): columns side by side, recipients
# given only by e-mail in a sentence, a letter head inside a letter template.
BLIND_5 = ("z1", "z2", "z3")
# The last, written after everything above as texts come (a flattened web block, a model
# letter before the addresses, an HTML table with a heading row, a union's bullet list):
# first score 31/124, 25.0% (before any change 23/126, after g-n's changes 31/125).
BLIND_6 = ("final1", "final2", "final3", "final4")
# Written after every change of session 6 and scored blind then (first score 68/119, 57.1%;
# the code before any change 65/119); tuned on since round 8 (docs/importer.md).
BLIND_7 = ("last1", "last2", "last3", "last4")
# Round 8's held-out set, written before any change of that round (a parish page with <li>
# recipients, an Italian group's blocks under "INDIRIZZI", a French letter head set to the
# right, a Spanish page of labelled fields "Nombre:", "Cargo:"): first score 73/123, 59.3%;
# 78/121 after the changes made for last1-last4 only; tuned on since.
BLIND_8 = ("s7a", "s7b", "s7c", "s7d")
# Written after round 8's changes (a German model letter's head, an English case card in
# capitals, a Brazilian blog post with recipients in a sentence, a numbered list of fields
# parted by em dashes): first score 79/117, 67.5% (the code before round 8: 69/118); tuned on
# since.
BLIND_9 = ("s8a", "s8b", "s8c", "s8d")
# Written after s8's changes (a PEN network alert, a Dutch page, an HTML table without a
# heading row, French sub-headings per recipient): first score 93/97, 95.9% (the code before
# round 8: 82/98).
BLIND_10 = ("s9a", "s9b", "s9c", "s9d")
# Aimed at unusual layouts after s9's changes (a social-media post, a hyphenated PDF text
# layer, a line of bold labels per recipient): first score 53/83, 63.9% (before round 8:
# 53/83, s10c relabelled to the one-line address convention after the first score).
BLIND_11 = ("s10a", "s10b", "s10c")
# Written after s10's changes (semicolon runs in a newsletter, an Italian e-mail form with
# "PEC:", recipients parted by semicolons in a sentence): first score 54/86, 62.8% (before
# round 8: 48/86); tuned on since.
BLIND_12 = ("s11a", "s11b", "s11c")
# Written after every change of round 8 ("Name — Office" lines, <p>/<br> blocks, a French
# form with values aligned by spaces): first score 54/84, 64.3% (before round 8: 63/83; both
# recomputed after s12a's label was corrected); tuned on since.
BLIND_13 = ("s12a", "s12b", "s12c")
# Written in session 7 by a writer who did not read the importer, while round 8 was made by
# another who did not see them (a Polish note with a Markdown table, a Brazilian HTML page, a
# three-page PDF text layer, a German Musterbrief with recipients in sentences, an ACAT appeal
# whose recipient is only a letter head, a Cuban update, an Italian page with a French letter,
# a Swedish page with an English letter, a PEN alert, a 1996 newsgroup UA). First score
# 252/400 (63.0%) with the code of the session's start, 261/401 (65.1%) with round 8, 260/401
# (64.8%) once a handle longer than X allows (next01) became a note instead of a value
# `validate` refuses. Tuned on since round 9 (session 8), when a new blind set was written
# apart; the floor is what round 9 reached.
BLIND_14 = tuple(f"next{n:02}" for n in range(1, 11))
# Written in session 8 before any change of round 9, in layouts round 9 meant to reach (a Dutch
# cut-out letter whose only primary recipient is its letter head, copies as wrapped bullets; a
# Spanish Markdown table with <br> in its cells; a Portuguese newsletter with every recipient
# in sentences): first score 34/108 (31.5%); tuned on since.
BLIND_15 = ("s13a", "s13b", "s13c")
# Written after round 9's first changes, in layouts not aimed at (a Czech page with Czech
# headings and labels, French <li> items "Office : Name, ...", a press release whose first
# recipient follows "... to:" on the sentence's own wrapped line): first score 64/84 (76.2%),
# the same as with the code before round 9; tuned on since.
BLIND_16 = ("s14a", "s14b", "s14c")
# Written after s14's changes (a student club's sheet of numbered indented blocks with a "cc:"
# line, a French newsletter with recipients under small headings and parts parted by dashes,
# a Norwegian Markdown page): first score 44/96 (45.8%), the same as with the code before
# round 9; tuned on since.
BLIND_17 = ("s15a", "s15b", "s15c")
# Written after s15's changes (an AIUSA-style UA, a German HTML definition list of recipients,
# a WhatsApp chain with *bold* markers): first score 77/105 (73.3%), the same as with the code
# before round 9; tuned on since.
# With them, s17a-s17b, written after every other change of round 9 (an Italian Markdown page
# whose bullets part their fields with dashes and wrap over lines, a forwarded parish e-mail
# with blocks after "send your letter to" without a colon): first score 37/49 (75.5%); the
# code before round 9 scored 27/50; tuned on since.
BLIND_18 = ("s16a", "s16b", "s16c", "s17a", "s17b")
# Written in session 8 by a writer who did not read the importer (a Czech page with a table of
# one column per recipient, a Markdown page with nested bullets and backslash hard breaks, a
# PDF text layer, a quoted e-mail forward, a Dutch parish letter, a 2007 HTML page of nested
# tables, a Danish form with dot leaders, an Italian newsletter, a Finnish 1997 letter, a
# Catalan Markdown page). First score with main's code: 230/439 (52.4%). Tuned on in session 8
# (round 9b: document facts and extraction) and in session 9 round 10 (recipient layouts); the
# floor is what round 10 reached (400/425, 94.1%).
BLIND_19 = tuple(f"next{n:02}" for n in range(11, 21))
# Written in session 8 by the round 9b author to check that its mechanisms generalise (a Spanish
# table with a column per recipient and its row labels in plain cells, a Norwegian form with dot
# leaders, a wrapped deadline and a copy). Written after the change they test, so not blind:
# main's code scored them 21/59 (35.6%), the round's code 58/58 at once.
BLIND_20 = ("d16a", "d16b")
# Written in session 8 by a third writer who did not read the importer, close to real urgent
# actions (a 1994 UA update in a list archive, a 2007 UA whose blocks lost their line breaks, a
# 2014 PDF text layer with three columns side by side, a 2021 model-letter UA, Swiss German,
# Spanish, French (cut inside a fax line), Dutch and Italian (cut after "APPELLI A:") section
# pages, a PEN alert in HTML) and scored once, blind, with the code of the end of session 8
# (rounds 9 and 9b): 309/381 (81.1%); the code of the session's start read 306/382 (80.1%).
# Tuned on since session 9 round 10 (docs/importer.md, "Round 10"); the floor is what that
# round reached (367/377, 97.3%).
BLIND_21 = tuple(f"next{n:02}" for n in range(21, 31))
# Written in session 9 by a fourth writer who did not read the importer (a Swedish page with
# recipients in accordions, a Polish Markdown table, an OCR'd 1990 typewritten UA cut after the
# first copy, an OMCT/FIDH Observatory e-mail with bulleted recipients, an ACAT letter head in a
# PDF text layer, a Japanese section page, a Facebook group post cut at "See more", a Flemish
# HTML newsletter with recipients in sentences, a German newsletter's PDF text layer with an
# address box in the middle, a truncated Wayback capture of a 2005 AIUSA page) and scored once,
# blind, with main's code at 6b1bd90 (session 8's end): 193/361 (53.5%). Tuned on since (session
# 9, round 10b: mail headers, OCR'd labels, wrapped bullets with their fields below, Japanese
# tables, <summary> headings, a recipient named in a sentence with its contacts in the next
# ones, hidden HTML); the floor is what that reached: 331/345 (95.9%).
BLIND_22 = tuple(f"next{n:02}" for n in range(31, 41))
# Written in session 9 by a fifth writer who did not read the importer, weighted as organisers'
# files are (seven Amnesty UAs: a 1996 EXTRA bulletin, Portuguese, Norwegian and Italian section
# PDF text layers, a Canadian French page, an English page 1 cut in the second block, a Danish
# quoted-printable e-mail; a joint NGO letter, a PEN Canada alert, a church page) and kept from
# both of round 10's authors. Scored blind with main's code at 6b1bd90: 321/444 (72.3%); with
# the code of rounds 10 and 10b: 327/441 (74.1%). Tuned on since session 10, round 11 (a table
# read cell by cell, a letter's cc: list, wrapped values and runs, quoted-printable mail, the
# sender's letter head; docs/importer.md, "Round 11"); the floor is what that reached: 408/438
# (93.2%).
BLIND_23 = tuple(f"next{n:02}" for n in range(41, 51))
# Written in session 10 by two writers who did not read the importer: ten Amnesty UAs of
# sections and eras (six real PDFs printed by Chromium: a 2012 three-column box, a Swiss French
# translation, the German section's 2016 print layout, the Mexican and French model-letter
# templates, an Irish case sheet; an Austrian page of contact cards, a Brazilian page as text, an
# Australian network e-mail, a Spanish follow-up page). Scored blind: 245/353 (69.4%) with main
# at 93978e4 (session 10's start), 258/354 with main at 369f906 (rounds 11 and the PDF columns).
# Tuned on since session 11, round 12 (docs/importer.md, "Round 12"), with the PDF reader's
# round 2 and the language tables of session 11. Their labels counted a country alone on its
# own line as an address line; relabelled in session 11 to the ua-samples convention (it is the
# country field), address_lines only (the doubts say which). The floor is what was reached:
# 317/337.
BLIND_24 = tuple(f"next{n:02}" for n in range(51, 61))
# Written with next51-next60 by publishers other than Amnesty's international office (Front
# Line Defenders, OMCT, ACAT-Schweiz, Svenska PEN, CSW, a student group's blog, PBI's raw .eml,
# a teachers' union's Joomla table, RSF's Markdown petition, a 1995 Usenet post; four real
# PDFs). Scored blind: 344/486 (70.8%) with main at 93978e4, 347/485 with main at 369f906.
# Tuned on since session 11 as next51-next60 were, relabelled the same way; floor: 443/470.
BLIND_25 = tuple(f"next{n:02}" for n in range(61, 71))
# Written in session 11 by two writers who did not read the importer: ten Amnesty UAs of
# sections and eras (Belgian French, UK, Argentine, Slovenian, Finnish, Luxembourg, New
# Zealand, Chilean, Hungarian, Greek; five real PDFs), labelled to the ua-samples country
# convention. Scored blind: 234/403 (58.1%) with main at 369f906 after the relabel, 286/397
# (72.0%) with main at b2a7f70 after session 11's rounds (74.3% with next81-next90). Tuned on
# since session 12, round 13 (docs/importer.md, "Round 13") with the PDF reader's round 3 and a
# Slovenian honorific added at the merge; the floor is what that reached: 375/388.
BLIND_26 = tuple(f"next{n:02}" for n in range(71, 81))
# Written with next71-next80 by publishers other than Amnesty's sections (Civil Rights
# Defenders, GfbV, Scholars at Risk, Pax Christi, IFEX, a 1998 fax chain, Norsk PEN,
# Protection International, a union branch, a university club; four real PDFs). Scored
# blind: 310/407 (76.2%) with main at 369f906 after the relabel, 309/404 (76.5%) with main at
# b2a7f70 (74.3% with next71-next80). Tuned on since session 12, round 13, as next71-next80;
# floor: 354/390.
BLIND_27 = tuple(f"next{n:02}" for n in range(81, 91))
BLIND_28 = tuple(f"next{n}" for n in range(111, 121))
# Written in session 13 by writers who did not read the importer: ten Amnesty section UAs of
# several eras (an Italian 2008 PDF, a Dutch 2017 page with a table of recipients, a Swedish
# 1996 fax, a Polish 2021 PDF with a model letter, a Japanese 2012 page, a Brazilian follow-up
# PDF, a Mexican network e-mail, a Swiss bilingual PDF, a Ukrainian Markdown page, a Moroccan
# 2005 PDF; five real PDFs). Scored blind: 228/356 (64.0%) with main at 7f1b06c. Tuned on in
# session 13, round 15 (docs/importer.md, "Round 15"); the floor is what that reached.
BLIND_29 = tuple(f"next{n}" for n in range(121, 131))
# Written with next111-next120 by publishers other than Amnesty (OMCT, Front Line Defenders,
# the FIDH-OMCT Observatory, a CPJ alert forwarded to Usenet in 1996, a 1994 Brazilian fax, a
# German union's newsletter, a Dutch writing-evening flyer, PEN Català, an Italian group's
# Markdown page, a regional network's PDF; five real PDFs). Scored blind: 360/443 (81.3%) with
# main at 7f1b06c. Tuned on in session 13, round 15, as next111-next120; the floor is what that
# reached.
BLIND_30 = tuple(f"next{n}" for n in range(131, 141))
# Written in session 13 by writers who did not read the importer: ten Amnesty section UAs
# (Spanish, Greek, Turkish, Korean Markdown, Czech e-mail, an Irish BBS message of 1995,
# Canadian French, a Danish bulletin of 2002, Hong Kong, Indonesian; five real PDFs). Scored
# blind: 220/353 (62.3%) with main at 7f1b06c, 234/347 (67.4%) with round 15 merged. Studied in
# session 14, round 16 (docs/importer.md, "Round 16"), for mechanisms that hold across
# languages; the floor is what that reached (309/332).
BLIND_31 = tuple(f"next{n}" for n in range(141, 151))
# Written with next131-next140 by publishers other than Amnesty (ISHR, ACAT-France, CSW, a
# twinning association's 1997 letter, Tlachinollan, PBI by e-mail, a Swedish union's pasted
# text, a diaspora group's page, a law clinic, Scholars at Risk; four PDFs). Scored blind:
# 287/379 (75.7%) with main at 7f1b06c, 288/377 (76.4%) with round 15 merged. Kept held out
# through round 16's first phase (290/377, 76.9%, at its end); the floor is what that reached.
BLIND_32 = tuple(f"next{n}" for n in range(151, 161))
# Written in session 14 by writers who did not read the importer, before any round of that
# session: national sections in Portuguese, Italian, Dutch, Norwegian, Czech (a paste that lost
# its line breaks), Turkish, Japanese, Ukrainian, Catalan, and an Irish page with a French
# letter; five PDFs. Scored blind once: 217/340 (63.8%) at the session's start and 218/340
# after its rounds. With the run-on reader (its category chosen from these misses) 232/340;
# the floor is that. Session 15 (imp17b: Persian, East Slavic cases, pastes): 243/341;
# round 17a (whole documents read badly, by cause) 261/338; 270/339 merged (the floor).
BLIND_33 = tuple(f"next{n}" for n in range(161, 171))
# Written with it: other publishers (press freedom, a writers' centre, anti-torture, church,
# union and student groups), forwarded e-mail, Word HTML, Markdown, newsletters, Arabic and
# Persian; four PDFs. Blind: 236/400 (59.0%) at the session's start, 250/401 after its rounds
# (Arabic presentation forms), 267/403 with the run-on reader. Session 15: 290/401 with a
# right-to-left page read from its lines' right ends (pdf17), 307/401 with imp17b (Persian,
# a shared greeting, a copy to initials, an HTML paste), 306/399 with round 17a;
# 350/397 merged (the floor).
BLIND_34 = tuple(f"next{n}" for n in range(171, 181))
# Written with it: other eras and damaged layouts (a 1996 typed text, a 2005 table layout, a
# blog paste without line breaks, a case sheet, a social-media action, an update changing the
# recipients, Russian, Chinese, Polish with a Spanish letter, a two-column PDF); five PDFs.
# Blind: 227/367 (61.9%) at the session's start, 228/368 at its end. Session 15: 230/368
# with names in Han script (pdf17), 299/365 with imp17b (Russian cases and envelope, a
# social-media who's who, pastes), 254/367 with round 17a;
# 301/365 merged. Session 23 (imp23s): 340/360, a Chinese block's embassy line under the
# person (the floor, 0.94).
# Reached on each round after its changes (first scores: a 69%, b 80%, c 69%, d 67%, e 34%,
# f 73%);
# a drop is a defect.
BLIND_SETS = (
    BLIND,
    BLIND_2,
    BLIND_3,
    BLIND_4,
    BLIND_5,
    BLIND_6,
    BLIND_7,
    BLIND_8,
    BLIND_9,
    BLIND_10,
    BLIND_11,
    BLIND_12,
    BLIND_13,
    BLIND_14,
    BLIND_15,
    BLIND_16,
    BLIND_17,
    BLIND_18,
    BLIND_19,
    BLIND_20,
    BLIND_21,
    BLIND_22,
    BLIND_23,
    BLIND_24,
    BLIND_25,
    BLIND_26,
    BLIND_27,
    BLIND_28,
    BLIND_29,
    BLIND_30,
    BLIND_31,
    BLIND_32,
    BLIND_33,
    BLIND_34,
)
FLOORS = {
    **{r: 0.95 for r in "abcdef"},
    "g-n": 0.95,
    "o-s": 0.95,
    "t-w": 0.95,
    "x-y": 0.95,
    "z1-z3": 0.95,
    "final1-final4": 0.95,
    "last1-last4": 0.95,
    "s7a-s7d": 0.95,
    "s8a-s8d": 0.95,
    "s9a-s9d": 0.95,
    "s10a-s10c": 0.95,
    "s11a-s11c": 0.95,
    "s12a-s12c": 0.97,
    "next01-next10": 0.985,
    "s13a-s13c": 0.95,
    "s14a-s14c": 0.95,
    "s15a-s15c": 0.95,
    "s16a-s17b": 0.95,
    "next11-next20": 0.97,
    "d16a-d16b": 0.98,
    "next21-next30": 0.985,
    "next31-next40": 0.98,
    "next41-next50": 0.94,
    "next51-next60": 0.946,
    "next61-next70": 0.969,
    "next71-next80": 0.99,
    "next81-next90": 0.976,
    "next111-next120": 0.94,
    "next121-next130": 0.965,
    "next131-next140": 0.939,
    "next141-next150": 0.95,
    "next151-next160": 0.825,
    "next161-next170": 0.916,
    "next171-next180": 0.94,
}
SETS = [
    *([p] for p in ROUNDS if not any(p.name in blind for blind in BLIND_SETS)),
    *([p for p in ROUNDS if p.name in blind] for blind in BLIND_SETS),
]


def _set_name(folders: list[Path]) -> str:
    return folders[0].name if len(folders) == 1 else f"{folders[0].name}-{folders[-1].name}"


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("import_accuracy", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


accuracy = _benchmark()


def test_every_round_is_there() -> None:
    assert [_set_name(folders) for folders in SETS] == list(FLOORS)
    assert [[p.name for p in folders] for folders in SETS[-len(BLIND_SETS) :]] == [
        list(blind) for blind in BLIND_SETS
    ]


@pytest.mark.parametrize("folders", SETS, ids=_set_name)
def test_the_scorer_keeps_the_floor_on_texts_we_wrote(
    folders: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The scorer reads and imports each text as `_imported` does: it gets the result the file's
    # other tests check (one read and one import a text per test process, below).
    monkeypatch.setattr(importer, "read_document", _read_once)
    monkeypatch.setattr(importer, "import_document", _import_once)
    scores = [s for folder in folders for s in accuracy.table(samples=folder)]
    right, total = accuracy.totals(scores)
    r, t = sum(right.values()), sum(total.values())
    assert t >= 50, "every round has its labelled facts"
    name = _set_name(folders)
    assert r / t >= FLOORS[name], (
        f"{name}: {r}/{t} ({r / t:.1%}): run benchmarks/import_accuracy.py --samples "
        f"{' '.join(str(f) for f in folders)} --misses"
    )


def _fill(value: Any) -> Any:
    if isinstance(value, str):
        return "Filled in by the organiser." if value.startswith(TODO_PREFIX) else value
    if isinstance(value, dict):
        return {k: _fill(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v) for v in value]
    return value


FILES = [p for folder in ROUNDS for p in sorted(folder.iterdir()) if p.name != "labels.json"]
_SET_OF = {folder: i for i, folders in enumerate(SETS) for folder in folders}
# The order of a text's three tests (run_together), as they are written below.
_ORDER = {
    name: i
    for i, name in enumerate(
        (
            "test_each_text_gives_a_case_that_validates_once_filled_in",
            "test_each_hint_in_the_report_quotes_the_line_it_names",
            "test_validate_flags_each_todo_and_nothing_else",
        )
    )
}


@functools.cache
def _read_once(data: bytes) -> str:
    """`read_document` once per file content in a test process (a PDF's text layer takes the
    longest to read)."""
    return read_document(data)


@functools.cache
def _import_text(raw: str, source: str) -> ImportResult:
    return import_document(raw, source=source)


def _import_once(raw: str, *, source: str | None = None, **options: Any) -> ImportResult:
    """`import_document` imported once per text and source in a test process: the importer is
    a pure function of them, and no test here or in the scorer changes the result (each checks
    its own things on it). With any other option it is the importer itself."""
    if options or source is None:
        return import_document(raw, source=source, **options)
    return _import_text(raw, source)


def _imported(path: Path) -> tuple[str, ImportResult]:
    """The file's text and what the importer makes of it, read and imported once for the set's
    scorer test and the three tests of each file below (run_together keeps them side by side,
    so that they run in the same pytest-xdist worker)."""
    raw = _read_once(path.read_bytes())  # a PDF's text layer, the others' own text
    return raw, _import_once(raw, source=path.name)


def run_together(item: pytest.Item) -> tuple[int, int, int]:
    """Where `item` goes in this file's run (tests/conftest.py sorts them by it, stably): each
    set's scorer test, then the three tests of each of its texts, so that one worker imports
    each text once. The other tests first."""
    spec = getattr(item, "callspec", None)
    if spec is None:
        return (-1, 0, 0)
    if "folders" in spec.params:
        return (SETS.index(spec.params["folders"]), -1, 0)
    path = spec.params["path"]
    return (_SET_OF[path.parent], FILES.index(path), _ORDER[item.originalname])  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_text_gives_a_case_that_validates_once_filled_in(path: Path) -> None:
    _, result = _imported(path)
    filled = write_case(_fill(result.case))  # as `appeal-tui import` writes it
    loaded = load_case_bytes(filled.encode("utf-8"), f"{path.stem}.yaml")
    assert [p.format() for p in loaded.problems if p.is_error] == []
    # No ask in the case is an instruction to writers: each is a letter form or a TODO.
    for ask in result.case["asks"][next(iter(result.case["asks"]))]:
        assert ask.startswith(TODO_PREFIX) or ask[:1].isupper()


_HINT = re.compile(r'look near (text )?line (\d+): "(.*?)…?"(?:;|$)')


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_hint_in_the_report_quotes_the_line_it_names(path: Path) -> None:
    # What the reader is sent to must be there: the file's own line for text and Markdown,
    # the extracted text's line (said as "text line") for HTML and PDF.
    raw, result = _imported(path)  # raw: a PDF's text layer, the others' own text
    # (A Markdown file full of HTML block tags is read as HTML; <br> and emphasis alone keep it
    # Markdown.)
    own_lines = path.suffix != ".html" and detect_kind(raw) != "html"
    lines = (raw if own_lines else extract_text(raw).text).split("\n")
    hints = [h for check in result.report.checks for h in _HINT.findall(check)]
    for text_line, number, quote in hints:
        assert bool(text_line) == (not own_lines)
        # Markdown's emphasis and quote marks are not part of the quoted text.
        line = re.sub(r"[*_`]|^\s*>\s?", "", lines[int(number) - 1])
        assert re.sub(r"[*_`]", "", quote) in " ".join(line.split()), (number, quote)


def test_people_named_in_arabic_script_and_the_hint_when_none_is_found() -> None:
    # After a word that says it is a person ("الصحفي", journalist), the name is read; the
    # adjective after the cue and the words that end a name ("البالغ", aged) are not part of it.
    path = next((FRESH / "h").glob("*.txt"))
    result = import_document(read_document(path.read_bytes()), source=path.name)
    assert result.case["people"] == [{"name": "يوسف الإدريسي بنعلي"}]
    # Without such a word nothing is guessed, and the report points at the opening paragraph.
    text = path.read_text(encoding="utf-8").replace("الصحفي ", "")
    checks = import_document(text).report.checks
    people = next(c for c in checks if c.startswith("people: no name found"))
    assert 'look near line 5: "اعتُقل يوسف الإدريسي بنعلي' in people


def _todos(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.startswith(TODO_PREFIX) else []
    if isinstance(value, dict):
        return [t for v in value.values() for t in _todos(v)]
    if isinstance(value, list):
        return [t for v in value for t in _todos(v)]
    return []


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_validate_flags_each_todo_and_nothing_else(path: Path) -> None:
    _, result = _imported(path)
    loaded = load_case_bytes(write_case(result.case).encode("utf-8"), f"{path.stem}.yaml")
    errors = [p for p in loaded.problems if p.is_error]
    assert len(_todos(result.case)) >= 1  # the summary is always the organiser's to write
    assert len(errors) == len(_todos(result.case))
    assert all("placeholder" in p.message for p in errors)
