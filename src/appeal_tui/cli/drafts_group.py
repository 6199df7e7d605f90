"""The `drafts` group as users see it: list/show/delete plus export/import of bundles.

The bundle and event commands are imported only when used (`LazyGroup`): they need the
exporters, which `drafts list` does not (a tenth of its time on 10,000 drafts).
"""

from __future__ import annotations

from appeal_tui.cli.drafts_cmd import drafts

drafts.register_lazy("export", "appeal_tui.cli.drafts_bundle_cmd:export_cmd")
drafts.register_lazy("import", "appeal_tui.cli.drafts_bundle_cmd:import_cmd")
drafts.register_lazy("print", "appeal_tui.cli.drafts_event_cmd:print_cmd")
drafts.register_lazy("mark", "appeal_tui.cli.drafts_event_cmd:mark")
drafts.register_lazy("writers", "appeal_tui.cli.drafts_event_cmd:writers")

__all__ = ["drafts"]
