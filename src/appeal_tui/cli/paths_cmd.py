"""`appeal-tui paths`: where cases, drafts and settings live."""

from __future__ import annotations

from appeal_tui.cli.common import say
from appeal_tui.cli.translated import command
from appeal_tui.core.i18n import N_, _
from appeal_tui.storage.paths import ENV_DATA_DIR, default_paths


@command(help=N_("Print where cases, drafts and settings live."))
def paths() -> None:
    p = default_paths()
    from appeal_tui.core.library import bundled_cases_dir

    rows = (
        (
            _("data:"),
            f"{p.data}   " + _("(set {variable} to change)").format(variable=ENV_DATA_DIR),
        ),
        (_("cases:"), str(p.cases)),
        (_("drafts:"), str(p.drafts)),
        (_("settings:"), str(p.settings)),
        (_("bundled:"), str(bundled_cases_dir())),
    )
    # The labels aligned however long they are in the interface language.
    width = max(len(label) for label, _path in rows)
    for label, path in rows:
        say(f"{label.ljust(width)} {path}")
