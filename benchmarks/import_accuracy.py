"""How well `appeal-tui import` reads real urgent actions it was not written for.

Every sample in ../shared/ua-samples/ that labels.json describes is imported, and the case file
is scored against what a careful reader found, fact by fact:

- per recipient: name, title, organisation, country, role, salutation, fax, email, handles and
  the number of address lines (10 facts). A recipient the importer missed loses all ten; a
  recipient it made up costs one fact (it is added to the total, so inventing cannot help).
- per document: reference, deadline, languages (only from an explicit "write in ..." line: a
  label of null is right when the importer read no such line), and one fact per person at risk
  (a person it made up costs one fact as well).

Matching is fuzzy but fair: case, accents, punctuation and spacing are ignored; names and titles
match when most of their words agree (honorifics such as "Mr." or "H.E." are not words of a
name); fax numbers compare as digits without the international prefix; salutations compare as a
set of per-language parts ("Señor Secretario/Dear Minister" equals {es: Señor Secretario,
en: Dear Minister}); a country matches when both name the same territory in any language Babel
knows ("MEXIKO" = "Mexico").

Usage: python benchmarks/import_accuracy.py [--misses] [--only 31-44] [--skip 45-54]
       [--samples DIR [DIR ...]]
       (skips with a message when ../shared is absent). `--samples DIR` scores any folder
       of documents with a labels.json in the same format, for example our own unseen texts in
       tests/fixtures/import-fresh/; several folders are scored together, with one total.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _shared() -> Path:
    """../shared beside the checkout (a worktree may sit one level deeper)."""
    for parent in HERE.parents[:3]:
        if (parent / "shared" / "ua-samples").is_dir():
            return parent / "shared"
    return HERE.parent.parent / "shared"


SHARED = _shared()
SAMPLES = SHARED / "ua-samples"

RECIPIENT_FIELDS = (
    "name",
    "title",
    "organisation",
    "country",
    "role",
    "salutation",
    "fax",
    "email",
    "handles",
    "address_lines",
)
DOCUMENT_FIELDS = ("reference", "deadline", "languages", "people")
_HONORIFIC = re.compile(
    r"^(?:(?:mr|mrs|ms|dr|h\.?\s?e|sr|sra|lic|herrn?|frau|m|mme|his|her|excellency|"
    r"president|ambassador|prof|hon|honourable|honorable|rt)\.?\s+)+",
    re.I,
)


def norm(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w@]+", " ", text).split())


def words(text: str) -> set[str]:
    return set(norm(text).split())


def similar(a: str | None, b: str | None, threshold: float = 0.7) -> bool:
    """Both absent, or equal after `norm`, or most of their words shared (Jaccard)."""
    if not a or not b:
        return not a and not b
    if norm(a) == norm(b):
        return True
    wa, wb = words(a), words(b)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= threshold


def name_match(label: str, found: str) -> bool:
    label_n, found_n = _HONORIFIC.sub("", label.strip()), _HONORIFIC.sub("", found.strip())
    if similar(label_n, found_n, 0.6):
        return True
    wl, wf = words(label_n), words(found_n)
    # A name written in full in the label and shortened in the text (or the reverse).
    return bool(wl and wf) and (wl <= wf or wf <= wl) and len(wl & wf) >= 2


@cache
def _territories() -> dict[str, str]:
    from babel import Locale

    out: dict[str, str] = {}
    for code in ("en", "es", "fr", "de", "pt", "it", "fi", "sv", "pl", "sk", "nl"):
        for key, name in Locale.parse(code).territories.items():
            if key.isalpha():
                out.setdefault(norm(name), key)
    return out


def country_match(label: str | None, found: str | None) -> bool:
    if similar(label, found):
        return True
    if not label or not found:
        return False
    table = _territories()

    def code(name: str) -> str | None:
        n = norm(name)
        if n in table:
            return table[n]
        for key, value in table.items():
            if len(key) > 4 and (n.endswith(" " + key) or n.startswith(key + " ")):
                return value
        return None

    a, b = code(label), code(found)
    return a is not None and a == b


def salutation_parts(value: Any) -> set[str]:
    if value is None:
        return set()
    texts = list(value.values()) if isinstance(value, dict) else [str(value)]
    return {norm(part) for text in texts for part in str(text).split("/") if norm(part)}


def digits(number: str) -> str:
    # By value: "+٢٠ ٢" and "+20 2" are one number ("fax as the digits printed", in any script).
    values = "".join(str(unicodedata.decimal(c)) for c in number if c.isdecimal())
    return values.lstrip("0")


def fax_match(label: list[str], found: list[str]) -> bool:
    a, b = {digits(n) for n in label}, {digits(n) for n in found}
    if a == b:
        return True
    # The same numbers, one side with its country code ("+52 55 ..." and "55 ...").
    return len(a) == len(b) and all(any(x.endswith(y) or y.endswith(x) for y in b) for x in a)


def handles(value: Any) -> set[str]:
    if not value:
        return set()
    items = value if isinstance(value, list) else re.split(r"[\s,;/]+", str(value))
    return {h.casefold().lstrip("@") for h in items if h.strip("@ ")}


def plain(value: Any) -> str | None:
    """A case text as one string: a map by language (`title: {de: Innenminister}`) is the
    text in each of its languages."""
    if isinstance(value, dict):
        return " / ".join(str(v) for v in value.values() if v) or None
    return None if value is None else str(value)


def _found_name(recipient: dict[str, Any]) -> str:
    return plain(recipient.get("name")) or ""


def _office(recipient: dict[str, Any]) -> str:
    """A recipient's title and organisation, the words that name an office."""
    return " ".join(plain(recipient.get(k)) or "" for k in ("organisation", "title")).strip()


def office_match(label: dict[str, Any], found: dict[str, Any]) -> bool:
    """A label named by office only: the found recipient holds its title's or its
    organisation's words (those of three letters or more) among its name, title and
    organisation."""
    blob = words(f"{_found_name(found)} {_office(found)}")
    for key in ("title", "organisation"):
        want = {w for w in words(plain(label.get(key)) or "") if len(w) >= 3}
        if want and want <= blob:
            return True
    return False


def _name_fact(score: FileScore, label: dict[str, Any], found: dict[str, Any]) -> None:
    """A label with a name: the name read is that name. A label with none (an embassy's
    ambassador, "the Chair"): the recipient is named by their office, matched already by
    `_match`, so the fact holds when the office is read."""
    who = label["name"]
    if who:
        read = _found_name(found)
        score.fact("name", name_match(who, read), f"{who!r} read {read!r}")
        return
    blob = f"{_found_name(found)} {_office(found)}"
    score.fact("name", office_match(label, found), f"{_office(label)!r} read {blob!r}")


@dataclass
class FileScore:
    file: str
    right: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def fact(self, what: str, ok: bool, detail: str = "") -> None:
        if not what:
            return  # a fact this sample's label does not give
        self.total[what] += 1
        if ok:
            self.right[what] += 1
        elif detail:
            self.misses.append(f"{what}: {detail}")


def _not_the_name(recipient: dict[str, Any], organisation: str | None) -> str | None:
    """A recipient that is an office ("Embassy of X", no person named): labels give its
    organisation again or leave it out (both conventions are in the labels), and a reader
    learns the same from either. An organisation that only repeats the name counts as none."""
    if organisation is not None and norm(organisation) == norm(plain(recipient.get("name")) or ""):
        return None
    return organisation


def _country_alone(label: dict[str, Any], found: dict[str, Any], alone: frozenset[str]) -> bool:
    """A country printed on a line of its own under the address: ua-samples' labels leave it
    out of `address_lines` (the importer reads it as the recipient's country, which every
    letter prints under the address), the labels written to session 34's and 35's brief count
    it. Either is right, when the document does print that country alone on a line."""
    countries = (plain(found.get("country")), label.get("country"))
    return any(norm(c) in alone for c in countries if c)


def _body_as_first_line(label: dict[str, Any], found: dict[str, Any]) -> bool:
    """A building or body printed between the name and the street ("Palacio de Gobierno",
    "State House"): some labels name it the organisation, most count it as the first address
    line (203 against 49, round 36a), and the envelope prints the same lines either way. True
    when the label names it the organisation and the importer read no organisation but that
    line first in the address."""
    address = found.get("address") or []
    return (
        bool(label.get("organisation"))
        and not plain(found.get("organisation"))
        and bool(address)
        and similar(label["organisation"], plain(address[0]), 0.6)
    )


def _office_body_one_line(
    label: dict[str, Any], found: dict[str, Any], alone: frozenset[str]
) -> bool:
    """ "Office, Body" printed alone on one line under the name ("Chief, National Police"): 18
    labels split it at the comma into title and organisation, 17-19 keep it whole as the title
    (round 37b counted them), and the envelope prints the same words either way. True when the
    document prints that line alone and one side (label or importer) has it whole as the title
    with no organisation while the other has exactly its two parts; any other difference is
    still a miss."""

    def joined(title: str | None, body: str | None) -> str | None:
        return norm(f"{title}, {body}") if title and body else None

    title_l, body_l = plain(label.get("title")), plain(label.get("organisation"))
    title_f, body_f = plain(found.get("title")), plain(found.get("organisation"))
    for whole, body, parts in (
        (title_l, body_l, joined(title_f, body_f)),
        (title_f, body_f, joined(title_l, body_l)),
    ):
        if whole and not body and parts is not None and parts == norm(whole) and parts in alone:
            return True
    return False


def _one_of_a_lines_languages(expected: set[str], got: set[str], alone: frozenset[str]) -> bool:
    """A salutation printed in two languages on one line ("Señor Ministro / Dear Minister"):
    41 labels keep both parts, 20 keep one (round 37c counted them), and a letter greets in its
    own language either way. True when the label keeps some of the parts read and the document
    prints every part read on one line; a part the label has and the reading lacks is still a
    miss."""
    return (
        bool(expected)
        and expected < got
        and any(all(part in line for part in got) for line in alone)
    )


def _lines_alone(text: str) -> frozenset[str]:
    """Every line of a document's text, as `norm` writes it (to find a line of one word)."""
    return frozenset(norm(line) for line in text.splitlines() if line.strip())


def _score_recipient(
    score: FileScore,
    label: dict[str, Any],
    found: dict[str, Any],
    alone: frozenset[str] = frozenset(),
) -> None:
    if "title" not in label:
        # An early sample: name, role and salutation were written down.
        _score_some(score, label, found)
        return
    who = label["name"] or _office(label)
    _name_fact(score, label, found)
    building = _body_as_first_line(label, found)
    one_line = _office_body_one_line(label, found, alone)
    for key in ("title", "organisation"):
        want, got = label[key], plain(found.get(key))
        ok = (
            similar(want, got, 0.6)
            or one_line
            or (
                key == "organisation"
                and (
                    similar(_not_the_name(label, want), _not_the_name(found, got), 0.6) or building
                )
            )
        )
        score.fact(key, ok, f"{who}: {label[key]!r} read {found.get(key)!r}")
    score.fact(
        "country",
        country_match(label["country"], found.get("country")),
        f"{who}: {label['country']!r} read {found.get('country')!r}",
    )
    score.fact("role", label["role"] == found.get("role"), f"{who}: {label['role']}")
    expected, got = salutation_parts(label["salutation"]), salutation_parts(found.get("salutation"))
    score.fact(
        "salutation",
        expected == got or _one_of_a_lines_languages(expected, got, alone),
        f"{who}: {expected} read {got}",
    )
    fax = [str(n) for n in found.get("fax") or []]
    score.fact("fax", fax_match(label["fax"], fax), f"{who}: {label['fax']} read {fax}")
    email_l = {e.casefold() for e in label["email"]}
    email_f = {str(e).casefold() for e in found.get("email") or []}
    score.fact("email", email_l == email_f, f"{who}: {sorted(email_l)} read {sorted(email_f)}")
    # The case format holds one handle; the importer names the others in the note.
    also = re.search(r"Also on social media: ([^.]*)\.", str(found.get("note") or ""))
    noted = re.findall(r"@\w+", also.group(1)) if also else []
    tw_l, tw_f = handles(label["twitter"]), handles(found.get("twitter")) | handles(noted)
    score.fact("handles", tw_l == tw_f, f"{who}: {sorted(tw_l)} read {sorted(tw_f)}")
    lines = len(found.get("address") or [])
    score.fact(
        "address_lines",
        lines == label["address_lines"]
        or (label["address_lines"] == lines + 1 and _country_alone(label, found, alone))
        or (building and label["address_lines"] == lines - 1),
        f"{who}: {label['address_lines']} read {lines}",
    )


def _score_some(score: FileScore, label: dict[str, Any], found: dict[str, Any]) -> None:
    who = label["name"] or _office(label)
    _name_fact(score, label, found)
    score.fact("role", label["role"] == found.get("role"), f"{who}: {label['role']}")
    expected, got = salutation_parts(label["salutation"]), salutation_parts(found.get("salutation"))
    score.fact("salutation", expected == got, f"{who}: {expected} read {got}")


def _match(labels: list[dict[str, Any]], found: list[dict[str, Any]]) -> list[int | None]:
    """For each label recipient, the index of the found recipient that is them (or None)."""
    taken: set[int] = set()
    out: list[int | None] = []
    for label in labels:
        pick = None
        for i, r in enumerate(found):
            if not label["name"]:
                break  # no name to match: by the office below
            if i not in taken and name_match(label["name"], _found_name(r)):
                pick = i
                break
        if pick is None and not label["name"]:
            # A recipient the label names by office only ("the Ambassador", "Embassy of X"):
            # the found recipient whose name, title and organisation hold that office.
            for i, r in enumerate(found):
                if i not in taken and office_match(label, r):
                    pick = i
                    break
        if pick is None and label["name"]:
            # A name read into the wrong field: the organisation or title holds it.
            for i, r in enumerate(found):
                blob = " ".join(plain(r.get(k)) or "" for k in ("organisation", "title"))
                if i not in taken and name_match(label["name"], blob):
                    pick = i
                    break
        if pick is not None:
            taken.add(pick)
        out.append(pick)
    return out


def _generic_copy(recipient: dict[str, Any]) -> bool:
    """The copy the importer adds for "send copies to the embassy of X in your country": it
    names no one and has no address, only a note to look it up. The early labels count it as a
    copy, later labels leave it out as naming no one; unlabelled, it is not counted against
    the reading (labelled, it must still be found)."""
    return not recipient.get("address") and "look up its address in your country" in str(
        recipient.get("note") or ""
    )


def score_file(label: dict[str, Any], samples: Path = SAMPLES) -> FileScore:
    from appeal_tui.core.importer import import_document, read_document
    from appeal_tui.core.importer.text_extract import extract_text

    path = samples / label["file"]
    document = read_document(path.read_bytes())
    result = import_document(document, source=path.name)
    alone = _lines_alone(extract_text(document).text)
    return score_case(label, result.case, result.stated_languages, alone)


def score_case(
    label: dict[str, Any],
    case: dict[str, Any],
    stated: list[str] | None,
    alone: frozenset[str] = frozenset(),
) -> FileScore:
    """One document's facts: `case` read against a careful reader's `label`. `stated` holds the
    languages read from an explicit "write in ..." line (None: no such line); `alone` the
    document's lines printed alone (for the conventions that need the layout). A second
    reader's labels, made into a case, score the same way (benchmarks/label_agreement.py)."""
    score = FileScore(label["file"])
    found = [r for r in case["recipients"] if r.get("key") != "to-be-completed"]
    matches = _match(label["recipients"], found)
    for rec, pick in zip(label["recipients"], matches, strict=True):
        if pick is None:
            for key in RECIPIENT_FIELDS if "title" in rec else ("name", "role", "salutation"):
                score.fact(key, False)
            score.misses.append(f"recipient missed: {rec['name'] or _office(rec)!r}")
        else:
            _score_recipient(score, rec, found[pick], alone)
    for i, r in enumerate(found):
        if i not in matches and not _generic_copy(r):
            score.fact("extra recipient", False, f"not a recipient: {_found_name(r)!r}")

    ref_l, ref_f = label.get("reference"), case.get("reference")
    # "Further information on UA 98/16" names the reference UA 98/16 (and says it is an update).
    code_f = re.search(r"[A-Za-z]+\W*\d+\s*[/.]\s*\d+$", str(ref_f or ""))
    found_ref = code_f.group(0) if code_f else ref_f
    if ref_l and not re.search(r"[^\W\d_]", ref_l):
        # A number printed without a code word ("Action urgente n° 14/2026"): the number.
        # (Round 36e: "Alert No. 2026-07" against "2026-07": a hyphen parts it as a slash.)
        number_f = re.search(r"\d+\s*[/.\-]\s*\d+$", str(ref_f or ""))
        found_ref = number_f.group(0) if number_f else ref_f
    score.fact(
        "reference" if "reference" in label else "",
        # (A code read whole as the label prints it is right though its tail looks like a
        # code of its own: "TUN 004 / 0526 / OBS 052.1".)
        norm(ref_l or "").replace(" ", "")
        in (
            norm(str(found_ref or "")).replace(" ", ""),
            norm(str(ref_f or "")).replace(" ", ""),
        ),
        f"{ref_l!r} read {ref_f!r}",
    )
    deadline = case.get("deadline")
    deadline_f = deadline.isoformat() if isinstance(deadline, dt.date) else deadline
    score.fact(
        "deadline", label["deadline"] == deadline_f, f"{label['deadline']} read {deadline_f}"
    )
    languages_ok = (
        stated is None
        if label["languages"] is None
        else set(stated or []) == set(label["languages"])
    )
    score.fact("languages", languages_ok, f"{label['languages']} read {stated}")
    people = (
        []
        if "people" not in label
        else [
            plain(p.get("name") or p.get("group")) or ""
            for p in case.get("people", [])
            if not str(p.get("name", "")).startswith("TODO")
        ]
    )
    used: set[int] = set()
    for person in label.get("people", []):
        hit = next(
            (i for i, p in enumerate(people) if i not in used and name_match(person, p)), None
        )
        if hit is not None:
            used.add(hit)
        score.fact("people", hit is not None, f"person missed: {person!r}")
    for i, p in enumerate(people):
        if i not in used:
            score.fact("extra person", False, f"not a person at risk: {p!r}")
    return score


def _in(file: str, spans: list[tuple[int, int]]) -> bool:
    number = file.split("_", 1)[0]
    return number.isdigit() and any(a <= int(number) <= b for a, b in spans)


def _spans(text: str | None) -> list[tuple[int, int]]:
    out = []
    for part in (text or "").split(","):
        if part.strip():
            a, _, b = part.partition("-")
            out.append((int(a), int(b or a)))
    return out


EXCELLENCY = "Your Excellency"
DIPLOMATS = "Diplomatic representatives"


def _r(name: str, role: str, salutation: Any = None) -> dict[str, Any]:
    return {"name": name, "role": role, "salutation": salutation}


# Samples 01-06 have no entry in labels.json; what a careful reader finds in them was written
# down when the importer was first built (names, roles and salutations of the recipients, the
# deadline, the languages of the "write in" line). Only these fields are scored for them.
EARLY_LABELS: list[dict[str, Any]] = [
    {"file": "01_syria-khartabil-ua264-12.txt", "deadline": "2012-10-30",
     "languages": ["ar", "en", "fr"], "reference": "UA 264/12",
     "recipients": [_r("Bashar al-Assad", "primary", EXCELLENCY),
                    _r("Imad al-Fraij", "primary", EXCELLENCY),
                    _r("Walid al-Mu'allem", "primary", EXCELLENCY), _r(DIPLOMATS, "copy")]},
    {"file": "02_syria-khartabil-fi-ua264-12.txt", "deadline": "2013-01-29",
     "languages": ["ar", "en", "fr"],
     "recipients": [_r("Bashar al-Assad", "primary", EXCELLENCY),
                    _r("Imad al-Fraij", "primary", EXCELLENCY),
                    _r("Walid al-Mu'allem", "primary", EXCELLENCY),
                    _r("Russian Federation", "copy"), _r(DIPLOMATS, "copy")]},
    {"file": "03_syria-khartabil-ua264-12-zh-TW.txt", "deadline": "2012-10-30",
     "languages": ["ar", "en", "fr"],
     "recipients": [_r("Bashar al-Assad", "primary", {"zh-Hant": "總統閣下"}),
                    _r("Imad al-Fraij", "primary", {"zh-Hant": "部長閣下"}),
                    _r("Walid al-Mu'allem", "primary", {"zh-Hant": "部長閣下"})]},
    {"file": "04_iran-talibi-appeal-1998.txt", "languages": ["en", "fr"], "deadline": None,
     "recipients": [_r("Ali Khamenei", "primary", EXCELLENCY),
                    _r("Mohammad Khatami", "primary", EXCELLENCY),
                    _r(f"{DIPLOMATS} of Iran", "copy")]},
    {"file": "05_iran-mahrami-talibi-ua33-97-partial.txt", "deadline": "1997-03-20",
     "languages": None, "recipients": []},
    {"file": "06_honduras-copinh-third-ua60-16-template.txt", "deadline": "2017-08-16",
     "languages": None,
     "recipients": [_r("Julián Pacheco", "primary",
                       {"en": "Dear Minister", "es": "Estimado Señor Secretario de Seguridad"}),
                    _r(DIPLOMATS, "copy")]},
]  # fmt: skip


def load_labels(samples: Path = SAMPLES) -> list[dict[str, Any]]:
    labelled = json.loads((samples / "labels.json").read_text(encoding="utf-8"))
    early = (
        [e for e in EARLY_LABELS if (samples / e["file"]).is_file()] if samples == SAMPLES else []
    )
    return [*early, *labelled]


def table(
    only: str | None = None, skip: str | None = None, samples: Path = SAMPLES
) -> list[FileScore]:
    labels = load_labels(samples)
    if only:
        labels = [entry for entry in labels if _in(entry["file"], _spans(only))]
    if skip:
        labels = [entry for entry in labels if not _in(entry["file"], _spans(skip))]
    return [score_file(entry, samples) for entry in labels]


def totals(scores: list[FileScore]) -> tuple[Counter[str], Counter[str]]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for s in scores:
        right.update(s.right)
        total.update(s.total)
    return right, total


def run(quick: bool = False) -> dict[str, Any]:
    """For benchmarks/run.py: facts right out of facts a careful reader finds."""
    if not (SAMPLES / "labels.json").is_file():
        return {"name": "import_accuracy", "note": f"skipped: {SAMPLES}/labels.json is absent"}
    right, total = totals(table())
    r, t = sum(right.values()), sum(total.values())
    return {
        "name": "import_accuracy",
        "value": r,
        "baseline": t,
        "ratio": r / t,
        "unit": "facts right / facts",
        "target": "90%",
        "note": "per field: " + ", ".join(f"{k} {right[k]}/{total[k]}" for k in total),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="sample numbers to score, e.g. 31-44")
    parser.add_argument("--skip", help="sample numbers not to score, e.g. 45-54")
    parser.add_argument("--misses", action="store_true", help="list every missed fact")
    parser.add_argument(
        "--samples",
        type=Path,
        nargs="+",
        default=[SAMPLES],
        help="folders of documents, each with its labels.json, scored together "
        "(default: ../shared/ua-samples)",
    )
    args = parser.parse_args(argv)
    folders = [folder.resolve() for folder in args.samples]
    absent = [folder for folder in folders if not (folder / "labels.json").is_file()]
    if absent:
        where = absent[0] / "labels.json"
        print(f"import_accuracy: skipped: {where} is absent (the samples live there)")
        return 0
    scores = [s for folder in folders for s in table(args.only, args.skip, folder)]
    print(f"{'file':40} facts")
    for s in scores:
        r, t = sum(s.right.values()), sum(s.total.values())
        print(f"{s.file[:40]:40} {r:3}/{t:<3} {r / t:5.0%}")
        if args.misses:
            for miss in s.misses:
                print(f"    ✗ {miss}")
    right, total = totals(scores)
    print("\nper field:")
    for key in (*RECIPIENT_FIELDS, "extra recipient", *DOCUMENT_FIELDS, "extra person"):
        if total[key]:
            print(f"  {key:16} {right[key]:3}/{total[key]:<3} {right[key] / total[key]:5.0%}")
    r, t = sum(right.values()), sum(total.values())
    print(f"\ntotal: {r}/{t} facts right ({r / t:.1%})")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent / "src"))
    raise SystemExit(main())
