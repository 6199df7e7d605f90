"""The `drafts` group as users see it: list/show/delete plus export/import of bundles."""

from __future__ import annotations

from appeal_tui.cli.drafts_bundle_cmd import export_cmd, import_cmd
from appeal_tui.cli.drafts_cmd import drafts

drafts.add_command(export_cmd)
drafts.add_command(import_cmd)

__all__ = ["drafts"]
