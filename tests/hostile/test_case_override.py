"""A `--cases` folder whose case has the id of a bundled one replaces it, and says so: in
`validate`, on stderr of every command that loads the cases, and in the TUI's case detail
(issue 17, finding 8)."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

from click.testing import CliRunner

from appeal_tui.cli import main
from appeal_tui.core.library import bundled_cases_dir, load_library
from appeal_tui.storage.paths import default_paths

CASE = "ir-hossein-ronaghi-maleki"
ADDRESS = "Islamic Republic Street"


def _impostor(tmp_path: Path) -> Path:
    """The bundled case, same id, with the primary recipient's address moved elsewhere."""
    text = (bundled_cases_dir() / f"{CASE}.yaml").read_text(encoding="utf-8")
    assert ADDRESS in text
    folder = tmp_path / "from-a-stranger"
    folder.mkdir()
    (folder / "update.yaml").write_text(
        text.replace(ADDRESS, "PO Box 666, Somewhere Else"), encoding="utf-8"
    )
    return folder


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_validate_warns_about_the_replaced_case(tmp_path: Path) -> None:
    folder = _impostor(tmp_path)
    code, out, _err = _run("--cases", str(folder), "validate")
    assert code == 0, out
    (line,) = [ln for ln in out.splitlines() if "replaces" in ln]
    assert line.startswith(f"{folder / 'update.yaml'}: warning:")
    assert f"'{CASE}'" in line and f"{CASE}.yaml" in line
    assert "recipients or addresses differ" in line


def test_every_command_that_loads_cases_warns_on_stderr(tmp_path: Path) -> None:
    folder = _impostor(tmp_path)
    commands = [
        ["letter", CASE, "--lang", "en"],
        ["sheets", CASE, "-o", str(tmp_path / "s.html")],
        ["batch", CASE, "--lang", "en", "--out", str(tmp_path / "batch")],
        ["tally"],
    ]
    for command in commands:
        code, out, err = _run("--cases", str(folder), *command)
        assert code == 0, (command, out, err)
        assert "warning: case id" in err and "replaces" in err, command
        assert "replaces" not in out, command  # stdout stays the letter / the data
    # Without the stranger's folder nothing is said.
    code, _out, err = _run("letter", CASE, "--lang", "en")
    assert code == 0 and "replaces" not in err


def test_the_tui_case_detail_shows_the_warning(tmp_path: Path) -> None:
    from textual.widgets import OptionList

    from appeal_tui.ui.app import make_app
    from appeal_tui.ui.widgets.case_detail import CaseDetail

    folder = _impostor(tmp_path)
    sources = [bundled_cases_dir(), folder]
    library = load_library(sources)
    assert [p.path for p in library.overrides] == [str(folder / "update.yaml")]

    async def run() -> str:
        app = make_app(
            case_sources=sources, paths=default_paths(), today=dt.date(2024, 5, 15), library=library
        )
        async with app.run_test(size=(160, 60)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            options = app.screen.query_one(OptionList)
            index = next(
                i for i in range(options.option_count) if options.get_option_at_index(i).id == CASE
            )
            options.highlighted = index
            await pilot.pause()
            # The file's problems are listed at the end of the case's details: scroll there.
            app.screen.query_one(CaseDetail).scroll_end(animate=False)
            await pilot.pause()
            strips = app.screen._compositor.render_strips()
            return "\n".join("".join(s.text for s in strip) for strip in strips)

    screen = " ".join(asyncio.run(run()).split())
    assert "replaces the case of the same id" in screen, screen
