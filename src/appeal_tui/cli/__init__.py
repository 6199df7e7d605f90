"""The `appeal-tui` command. Each subcommand lives in its own module and is registered here."""

from __future__ import annotations

from appeal_tui.cli.app import main
from appeal_tui.cli.batch_cmd import batch
from appeal_tui.cli.drafts_bundle_cmd import export_cmd, import_cmd
from appeal_tui.cli.drafts_cmd import drafts
from appeal_tui.cli.import_case_cmd import import_case
from appeal_tui.cli.letter_cmd import letter
from appeal_tui.cli.paths_cmd import paths
from appeal_tui.cli.sheets_cmd import sheets
from appeal_tui.cli.tally_cmd import tally
from appeal_tui.cli.validate_cmd import validate
from appeal_tui.cli.write_cmd import write

main.add_command(paths)
main.add_command(drafts)
drafts.add_command(export_cmd)
drafts.add_command(import_cmd)
main.add_command(tally)
main.add_command(sheets)
main.add_command(batch)
main.add_command(validate)
main.add_command(write)
main.add_command(import_case)
main.add_command(letter)

__all__ = ["main"]
