"""Bring the interface's translation catalogs up to date with the code, in one command:

    python scripts/catalogs.py

It runs, from the repository root, what a translator would run by hand:

    pybabel extract -F babel.cfg --no-location --sort-output --add-comments=TRANSLATORS: \
        --project=appeal-tui --version=0.1.0 --copyright-holder="the appeal-tui authors" \
        -o src/appeal_tui/locale/appeal_tui.pot src/appeal_tui
    pybabel update -D appeal_tui -i src/appeal_tui/locale/appeal_tui.pot \
        -d src/appeal_tui/locale --ignore-obsolete --ignore-pot-creation-date
    pybabel compile -D appeal_tui -d src/appeal_tui/locale --statistics

and, for an interface language without a catalog yet, `pybabel init -l LANG` with the plural
rule of PLURAL_FORMS and the review note of REVIEW_NOTE in the header.

The template (.pot) is rewritten only when its messages changed, so an unchanged run leaves no
diff (Babel would otherwise stamp a new creation date). `python scripts/catalogs.py --check`
changes nothing and exits 1 when the template is out of date (what tests/unit/test_i18n.py
checks too).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "src" / "appeal_tui"
LOCALE = SOURCE / "locale"
DOMAIN = "appeal_tui"
TEMPLATE = LOCALE / f"{DOMAIN}.pot"
MAPPING = REPO / "babel.cfg"

# The interface languages with a catalog (English is the messages themselves).
LANGUAGES = ("es", "fr", "de", "fa", "ar")
# Plural rules as gettext has them. Babel's own (from CLDR) give Spanish and French a third
# form for round millions, which translators rarely expect; these are GNU gettext's.
PLURAL_FORMS = {
    "es": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "de": "nplurals=2; plural=(n != 1);",
    "fa": "nplurals=2; plural=(n > 1);",
    "ar": (
        "nplurals=6; plural=(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : "
        "n % 100 >= 3 && n % 100 <= 10 ? 3 : n % 100 >= 11 ? 4 : 5);"
    ),
}
# Every catalog says in its header who translated it, until a native speaker has reviewed it.
REVIEW_NOTE = "Translated by an AI assistant; not yet reviewed by a native speaker."


def _version() -> str:
    """The package's version (`appeal_tui.__version__`), read without importing the package."""
    for line in (SOURCE / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    return "0"


EXTRACT_OPTIONS = (
    "-F",
    str(MAPPING),
    "--no-location",
    "--sort-output",
    "--add-comments=TRANSLATORS:",
    "--project=appeal-tui",
    f"--version={_version()}",
    "--copyright-holder=the appeal-tui authors",
)


def pybabel(*args: str) -> None:
    """Run one `pybabel` command (Babel's own command line, in this interpreter)."""
    from babel.messages.frontend import CommandLineInterface

    status = CommandLineInterface().run(["pybabel", "-q", *args])
    if status:
        raise SystemExit(status)


def _messages(path: Path) -> list[tuple[object, ...]]:
    """What a template says, without its dates: each message's id, comments and flags."""
    from babel.messages.pofile import read_po

    with open(path, "rb") as f:
        catalog = read_po(f)
    return [
        (m.id, m.context, tuple(m.auto_comments), tuple(sorted(m.flags))) for m in catalog if m.id
    ]


def extract(check: bool = False) -> bool:
    """Extract the messages into the template; True when it changed (or, with `check`, would)."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / f"{DOMAIN}.pot"
        pybabel("extract", *EXTRACT_OPTIONS, "-o", str(fresh), str(SOURCE))
        if TEMPLATE.exists() and _messages(fresh) == _messages(TEMPLATE):
            return False
        if not check:
            TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
            TEMPLATE.write_bytes(fresh.read_bytes())
        return True


def init(language: str) -> None:
    """A new, empty catalog for `language` with its plural rule and the review note."""
    pybabel("init", "-D", DOMAIN, "-i", str(TEMPLATE), "-d", str(LOCALE), "-l", language)
    po = LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    lines = po.read_text(encoding="utf-8").splitlines()
    out: list[str] = []
    for line in lines:
        if line.startswith('"Plural-Forms:'):
            line = f'"Plural-Forms: {PLURAL_FORMS[language]}\\n"'
        out.append(line)
        if line.startswith("# ") and "translations for" in line:
            out.append(f"# {REVIEW_NOTE}")
            out.append("# Native speakers: please review, and add your name below when done.")
    po.write_text("\n".join(out) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if the template is stale"
    )
    args = parser.parse_args(argv)
    if args.check:
        stale = extract(check=True)
        if stale:
            print("the catalog template is out of date: run `python scripts/catalogs.py`")
        return 1 if stale else 0
    extract()
    for language in LANGUAGES:
        if not (LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po").exists():
            init(language)
    pybabel(
        "update",
        "-D",
        DOMAIN,
        "-i",
        str(TEMPLATE),
        "-d",
        str(LOCALE),
        "--ignore-obsolete",
        "--ignore-pot-creation-date",
    )
    pybabel("compile", "-D", DOMAIN, "-d", str(LOCALE), "--statistics")
    return 0


if __name__ == "__main__":
    sys.exit(main())
