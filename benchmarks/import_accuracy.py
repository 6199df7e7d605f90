"""How well `appeal-tui import` reads real urgent actions: for each file in ../shared/ua-samples/
and ../shared/seed/, what it found against what a careful reader finds (written down below by
reading each sample). Recipients and salutations must all be right; the other columns count.

Usage: python benchmarks/import_accuracy.py      (skips with a message when ../shared is absent)
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"

Salutation = str | dict[str, str] | None


@dataclass(frozen=True)
class Expected:
    """What a careful reader finds. A recipient is (role, part of the name, salutation); a
    request to copy "diplomatic representatives" counts as a copy recipient."""

    recipients: list[tuple[str, str, Salutation]]
    fax: int = 0
    email: int = 0
    phone: int = 0
    # Hidden, disguised or missing email addresses, each a note on its recipient.
    email_notes: int = 0
    languages: list[str] = field(default_factory=list)
    deadline: dt.date | None = None
    asks: int = 0


EXCELLENCY = "Your Excellency"
EXPECTED: dict[str, Expected] = {
    "seed/urgent-action-hossein-ronaghi-maleki.txt": Expected(
        recipients=[
            ("primary", "Ali Khamenei", EXCELLENCY),
            ("copy", "Sadegh Larijani", EXCELLENCY),
            ("copy", "Dolat Abadi", None),
            ("copy", "Embassy of Pakistan", None),
        ],
        phone=2,
        email_notes=3,
        languages=["fa", "en", "es", "fr"],
        asks=3,
    ),
    "ua-samples/01_syria-khartabil-ua264-12.txt": Expected(
        recipients=[
            ("primary", "Bashar al-Assad", EXCELLENCY),
            ("primary", "Imad al-Fraij", EXCELLENCY),
            ("primary", "Walid al-Mu", EXCELLENCY),
            ("copy", "Diplomatic representatives", None),
        ],
        fax=4,
        languages=["ar", "en", "fr"],
        deadline=dt.date(2012, 10, 30),
        asks=3,
    ),
    "ua-samples/02_syria-khartabil-fi-ua264-12.txt": Expected(
        recipients=[
            ("primary", "Bashar al-Assad", EXCELLENCY),
            ("primary", "Imad al-Fraij", EXCELLENCY),
            ("primary", "Walid al-Mu", EXCELLENCY),
            ("copy", "Russian Federation", None),
            ("copy", "Diplomatic representatives", None),
        ],
        fax=4,
        languages=["ar", "en", "fr"],
        deadline=dt.date(2013, 1, 29),
        asks=2,
    ),
    "ua-samples/03_syria-khartabil-ua264-12-zh-TW.txt": Expected(
        recipients=[
            ("primary", "Bashar al-Assad", {"zh-Hant": "總統閣下"}),
            ("primary", "Imad al-Fraij", {"zh-Hant": "部長閣下"}),
            ("primary", "Walid al-Mu", {"zh-Hant": "部長閣下"}),
        ],
        fax=4,
        languages=["ar", "en", "fr"],
        deadline=dt.date(2012, 10, 30),
        asks=3,
    ),
    "ua-samples/04_iran-talibi-appeal-1998.txt": Expected(
        recipients=[
            ("primary", "Ali Khamenei", EXCELLENCY),
            ("primary", "Mohammad Khatami", EXCELLENCY),
            ("copy", "Iran", None),
        ],
        languages=["en", "fr"],
        asks=3,
    ),
    # A partial reprint: no action, no recipients; the bulletin "expires" on its deadline.
    "ua-samples/05_iran-mahrami-talibi-ua33-97-partial.txt": Expected(
        recipients=[], deadline=dt.date(1997, 3, 20)
    ),
    "ua-samples/06_honduras-copinh-third-ua60-16-template.txt": Expected(
        recipients=[
            (
                "primary",
                "Julián Pacheco",
                {"en": "Dear Minister", "es": "Estimado Señor Secretario de Seguridad"},
            ),
            ("copy", "Diplomatic representatives", None),
        ],
        email=2,
        # No languages line: the letter is in English and the target prefers Spanish.
        languages=["en", "es"],
        deadline=dt.date(2017, 8, 16),
        asks=1,
    ),
}


def _real_recipients(case: dict[str, Any]) -> list[dict[str, Any]]:
    return [r for r in case["recipients"] if r["key"] != "to-be-completed"]


def score(name: str, expected: Expected) -> dict[str, Any]:
    """One table row: each column "found/expected", and the number of items right."""
    from appeal_tui.core.importer import import_document

    raw = (SHARED / name).read_text(encoding="utf-8")
    case = import_document(raw).case
    found = _real_recipients(case)
    recipients_right = sum(
        1
        for (role, part, _), r in zip(expected.recipients, found, strict=False)
        if r["role"] == role and part in r["name"]
    )
    salutations_right = sum(
        1
        for (_, _, salutation), r in zip(expected.recipients, found, strict=False)
        if r.get("salutation") == salutation
    )
    count = {k: sum(len(r.get(k, [])) for r in found) for k in ("fax", "email", "phone")}
    email_notes = sum(1 for r in found if "email" in r.get("note", "").lower())
    languages = list(case["languages"])
    languages_right = all(code in languages for code in expected.languages)
    asks = [a for a in next(iter(case["asks"].values())) if not a.startswith("TODO")]
    checks = {
        "recipients": (
            recipients_right == len(expected.recipients) == len(found),
            f"{recipients_right}/{len(expected.recipients)}"
            + ("" if len(found) == len(expected.recipients) else f" (found {len(found)})"),
        ),
        "salutations": (
            salutations_right == len(expected.recipients),
            f"{salutations_right}/{len(expected.recipients)}",
        ),
        "fax": (count["fax"] == expected.fax, f"{count['fax']}/{expected.fax}"),
        "email": (count["email"] == expected.email, f"{count['email']}/{expected.email}"),
        "phone": (count["phone"] == expected.phone, f"{count['phone']}/{expected.phone}"),
        "email notes": (
            email_notes == expected.email_notes,
            f"{email_notes}/{expected.email_notes}",
        ),
        "languages": (languages_right, ",".join(languages)),
        "deadline": (
            case.get("deadline") == expected.deadline,
            str(case.get("deadline") or "-"),
        ),
        "asks": (len(asks) == expected.asks, f"{len(asks)}/{expected.asks}"),
    }
    return {"sample": name.split("/")[-1][:34], "checks": checks}


def table() -> tuple[list[dict[str, Any]], int, int]:
    rows = [score(name, expected) for name, expected in EXPECTED.items()]
    right = sum(ok for row in rows for ok, _ in row["checks"].values())
    total = sum(len(row["checks"]) for row in rows)
    return rows, right, total


def run(quick: bool = False) -> dict[str, Any]:
    """For benchmarks/run.py: items right out of items checked."""
    if not SHARED.is_dir():
        return {"name": "import_accuracy", "note": f"skipped: {SHARED} is absent"}
    rows, right, total = table()
    all_people_right = all(
        row["checks"]["recipients"][0] and row["checks"]["salutations"][0] for row in rows
    )
    return {
        "name": "import_accuracy",
        "value": right,
        "baseline": total,
        "ratio": right / total,
        "unit": "items right / items",
        "target": "recipients and salutations 100%",
        "note": "recipients and salutations all right" if all_people_right else "MISSES",
    }


def main() -> int:
    if not SHARED.is_dir():
        print(f"import_accuracy: skipped: {SHARED} is absent (the samples live there)")
        return 0
    rows, right, total = table()
    columns = list(rows[0]["checks"])
    header = ["sample", *columns]
    lines = [[row["sample"]] + [("" if ok else "✗ ") + text for ok, text in row["checks"].values()]
             for row in rows]  # fmt: skip
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(header)]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    for line in lines:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)))
    print(f"\n{right}/{total} items right ({right / total:.0%}); ✗ marks a miss")
    misses = [
        row["sample"]
        for row in rows
        if not (row["checks"]["recipients"][0] and row["checks"]["salutations"][0])
    ]
    if misses:
        print("recipients or salutations wrong in: " + ", ".join(misses))
        return 1
    print("every recipient and salutation right")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent / "src"))
    raise SystemExit(main())
