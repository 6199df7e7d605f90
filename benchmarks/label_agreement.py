"""How far two careful readers agree, next to how far the importer agrees with each of them.

The importer's goal (issue 16) is 90% of the facts a careful reader finds. Readers themselves
differ (how many lines "street, postcode city" makes, whether a building is the organisation,
whose names are people at risk), so a perfect importer cannot score 100% against one reader.
This measures that ceiling: a folder that holds, beside its document and labels.json, a
second reader's labels-second.json (written by someone who read neither the importer nor the
first labels) is scored four ways with import_accuracy's own rules:

- second as read against first, and first as read against second (the scorer is not symmetric:
  a recipient one reader leaves out counts as invented on one side, missed on the other);
- the importer against first, and against second.

Usage: python benchmarks/label_agreement.py [--misses] FOLDER [FOLDER ...]
       (a FOLDER without labels-second.json is skipped; so are folders that are absent).
Every set with second labels is listed in benchmarks/blind-sets/README.md ("Two readers").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import import_accuracy as ia  # noqa: E402

SECOND = "labels-second.json"
VIEWS = ("second vs first", "first vs second", "importer vs first", "importer vs second")


def as_case(label: dict[str, Any]) -> tuple[dict[str, Any], list[str] | None]:
    """A reader's labels as the case the importer would have written, and its languages."""
    recipients = [
        {
            **{k: r[k] for k in ("name", "title", "organisation", "country", "role")},
            **{k: r[k] for k in ("salutation", "fax", "email", "twitter")},
            "address": ["…"] * int(r["address_lines"] or 0),
        }
        for r in label["recipients"]
    ]
    case = {
        "recipients": recipients,
        "reference": label.get("reference"),
        "deadline": label.get("deadline"),
        "people": [{"name": p} for p in label.get("people") or []],
    }
    return case, label.get("languages")


def score_folder(folder: Path) -> dict[str, list[ia.FileScore]]:
    """The four views of every document in `folder` that both readers labelled."""
    from appeal_tui.core.importer import import_document, read_document
    from appeal_tui.core.importer.text_extract import extract_text

    first = {e["file"]: e for e in json.loads((folder / "labels.json").read_text("utf-8"))}
    second = json.loads((folder / SECOND).read_text("utf-8"))
    out: dict[str, list[ia.FileScore]] = {view: [] for view in VIEWS}
    for b in second:
        a = first.get(b["file"])
        if a is None:
            continue
        document = read_document((folder / a["file"]).read_bytes())
        result = import_document(document, source=a["file"])
        alone = ia._lines_alone(extract_text(document).text)
        read = (result.case, result.stated_languages)
        out["second vs first"].append(ia.score_case(a, *as_case(b), alone))
        out["first vs second"].append(ia.score_case(b, *as_case(a), alone))
        out["importer vs first"].append(ia.score_case(a, *read, alone))
        out["importer vs second"].append(ia.score_case(b, *read, alone))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list where the readers differ")
    parser.add_argument("folders", type=Path, nargs="+", help="folders with labels-second.json")
    args = parser.parse_args(argv)
    folders = [f for f in args.folders if (f / SECOND).is_file() and (f / "labels.json").is_file()]
    if not folders:
        print(f"label_agreement: skipped: no folder holds both labels.json and {SECOND}")
        return 0
    views: dict[str, list[ia.FileScore]] = {view: [] for view in VIEWS}
    for folder in folders:
        for view, scores in score_folder(folder).items():
            views[view].extend(scores)
    print(f"{'file':40} " + " ".join(f"{v:>18}" for v in VIEWS))
    for row in zip(*views.values(), strict=True):
        cells = [f"{sum(s.right.values())}/{sum(s.total.values())}" for s in row]
        print(f"{row[0].file[:40]:40} " + " ".join(f"{c:>18}" for c in cells))
        if args.misses:
            for miss in row[0].misses:
                print(f"    ≠ {miss}")
    print(f"\n{len(views[VIEWS[0]])} documents read by two readers")
    for view, scores in views.items():
        right, total = ia.totals(scores)
        r, t = sum(right.values()), sum(total.values())
        worst = sorted(total, key=lambda k: right[k] - total[k])[:3]
        where = ", ".join(f"{k} {right[k]}/{total[k]}" for k in worst)
        print(f"  {view:20} {r}/{t} ({r / t:.1%})   most apart: {where}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent / "src"))
    raise SystemExit(main())
