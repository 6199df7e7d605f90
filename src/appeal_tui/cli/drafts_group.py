"""The `drafts` group as users see it: list/show/delete plus export/import of bundles."""

from __future__ import annotations

from appeal_tui.cli.drafts_bundle_cmd import export_cmd, import_cmd
from appeal_tui.cli.drafts_cmd import drafts
from appeal_tui.cli.drafts_event_cmd import mark, print_cmd, writers

drafts.add_command(export_cmd)
drafts.add_command(import_cmd)
drafts.add_command(print_cmd)
drafts.add_command(mark)
drafts.add_command(writers)

__all__ = ["drafts"]
