"""The drafts screen reaches a draft's earlier versions (`h`) and restores one: a bundle that
replaced a local draft hides nothing (issue 17, finding 4)."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import replace
from pathlib import Path

from appeal_tui.core.draft import iso_utc, new_draft
from appeal_tui.storage.bundles import bundle_bytes, check_bundle, merge_bundles
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import default_paths

CASE = "ir-hossein-ronaghi-maleki"


def _screen_text(app: object) -> str:
    strips = app.screen._compositor.render_strips()  # type: ignore[attr-defined]
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


def test_h_lists_earlier_versions_and_enter_restores(tmp_path: Path) -> None:
    from appeal_tui.core.library import bundled_cases_dir
    from appeal_tui.ui.app import make_app
    from appeal_tui.ui.screens.draft_history import DraftHistoryScreen
    from appeal_tui.ui.screens.drafts import DraftsScreen

    store = DraftStore(default_paths())
    mine = store.save(new_draft(CASE, language="en", body="My own careful letter")).draft
    later = iso_utc(dt.datetime.now(dt.UTC) + dt.timedelta(hours=1))
    theirs = replace(mine, body="A letter from the bundle", updated=later)
    bundle = tmp_path / "b.zip"
    bundle.write_bytes(bundle_bytes([theirs]))
    merge_bundles(store, [check_bundle(bundle)])
    assert store.load(mine.id).body == "A letter from the bundle"

    async def run() -> tuple[str, str]:
        app = make_app(
            case_sources=[bundled_cases_dir()], paths=default_paths(), today=dt.date(2024, 5, 15)
        )
        async with app.run_test(size=(120, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.press("f2")
            await pilot.pause()
            assert isinstance(app.screen, DraftsScreen)
            await pilot.press("h")
            await pilot.pause()
            assert isinstance(app.screen, DraftHistoryScreen)
            listed = _screen_text(app)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, DraftsScreen)
            return listed, _screen_text(app)

    listed, _after = asyncio.run(run())
    assert "My own careful letter" in listed and "Earlier versions" in listed
    assert DraftStore(default_paths()).load(mine.id).body == "My own careful letter"
    # The bundle's version was kept in its turn.
    bodies = [v.draft.body for v in DraftStore(default_paths()).versions(mine.id)]
    assert "A letter from the bundle" in bodies
