"""`appeal-tui paths`: where cases, drafts and settings live."""

from __future__ import annotations

import click

from appeal_tui.storage.paths import ENV_DATA_DIR, default_paths


@click.command()
def paths() -> None:
    """Print where cases, drafts and settings live."""
    p = default_paths()
    from appeal_tui.core.library import bundled_cases_dir

    click.echo(f"data:     {p.data}   (set {ENV_DATA_DIR} to change)")
    click.echo(f"cases:    {p.cases}")
    click.echo(f"drafts:   {p.drafts}")
    click.echo(f"settings: {p.settings}")
    click.echo(f"bundled:  {bundled_cases_dir()}")
