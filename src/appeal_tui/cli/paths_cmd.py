"""`appeal-tui paths`: where cases, drafts and settings live."""

from __future__ import annotations

from appeal_tui.cli.common import say
from appeal_tui.cli.translated import command
from appeal_tui.core.i18n import N_
from appeal_tui.storage.paths import ENV_DATA_DIR, default_paths


@command(help=N_("Print where cases, drafts and settings live."))
def paths() -> None:
    p = default_paths()
    from appeal_tui.core.library import bundled_cases_dir

    say(f"data:     {p.data}   (set {ENV_DATA_DIR} to change)")
    say(f"cases:    {p.cases}")
    say(f"drafts:   {p.drafts}")
    say(f"settings: {p.settings}")
    say(f"bundled:  {bundled_cases_dir()}")
