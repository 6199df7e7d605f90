"""`appeal-tui paths`: where cases, drafts and settings live."""

from __future__ import annotations

import click

from appeal_tui.cli.common import say
from appeal_tui.storage.paths import ENV_DATA_DIR, default_paths


@click.command()
def paths() -> None:
    """Print where cases, drafts and settings live."""
    p = default_paths()
    from appeal_tui.core.library import bundled_cases_dir

    say(f"data:     {p.data}   (set {ENV_DATA_DIR} to change)")
    say(f"cases:    {p.cases}")
    say(f"drafts:   {p.drafts}")
    say(f"settings: {p.settings}")
    say(f"bundled:  {bundled_cases_dir()}")
