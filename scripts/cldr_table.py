"""Write the CLDR table the importer reads (src/appeal_tui/core/importer/cldr_table.json) from
the installed Babel:

    python scripts/cldr_table.py

Run it after a Babel upgrade, or after a change that makes the importer ask Babel something new
(another locale in a list of locales). `--check` writes nothing and exits 1 when the shipped table
is not what the installed Babel gives (tests/unit/test_importer_cldr.py checks the same).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from appeal_tui.core.importer import cldr


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args()
    path = Path(cldr.__file__).with_name(cldr.TABLE)
    text = cldr.table_text(cldr.build_table())
    if args.check:
        current = path.read_text(encoding="utf-8") if path.is_file() else ""
        if current != text:
            print(f"{path} is not what Babel gives; run python scripts/cldr_table.py")
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
