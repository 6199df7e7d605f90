"""The `appeal-tui` command. Each subcommand lives in its own module and is registered here."""

from __future__ import annotations

from appeal_tui.cli.app import main
from appeal_tui.cli.drafts_cmd import drafts
from appeal_tui.cli.paths_cmd import paths
from appeal_tui.cli.validate_cmd import validate

main.add_command(paths)
main.add_command(drafts)
main.add_command(validate)

__all__ = ["main"]
