"""The `appeal-tui` command. Each subcommand lives in its own module and is registered here.

Registration is lazy (module:attribute), so starting the app imports only what it runs.
"""

from __future__ import annotations

from appeal_tui.cli.app import main

main.register_lazy("paths", "appeal_tui.cli.paths_cmd:paths")
main.register_lazy("validate", "appeal_tui.cli.validate_cmd:validate")
main.register_lazy("letter", "appeal_tui.cli.letter_cmd:letter")
main.register_lazy("write", "appeal_tui.cli.write_cmd:write")
main.register_lazy("drafts", "appeal_tui.cli.drafts_group:drafts")
main.register_lazy("batch", "appeal_tui.cli.batch_cmd:batch")
main.register_lazy("sheets", "appeal_tui.cli.sheets_cmd:sheets")
main.register_lazy("tally", "appeal_tui.cli.tally_cmd:tally")
main.register_lazy("import", "appeal_tui.cli.import_case_cmd:import_case")
main.register_lazy("envelopes", "appeal_tui.cli.envelopes_cmd:envelopes")

__all__ = ["main"]
