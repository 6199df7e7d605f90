"""The "Import an urgent action" screen, driven like an organiser would, in a tiny host app."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from textual.app import App
from textual.widgets import Button, Input, Static, TextArea

from appeal_tui.core.loading import load_case_file
from appeal_tui.ui.screens.import_case import ImportCaseScreen

DOC = Path(__file__).parents[1] / "unit" / "importer_docs" / "en_plain_bullets.txt"
UNSET = object()


class Host(App[None]):
    def __init__(self, cases_dir: Path) -> None:
        super().__init__()
        self.cases_dir = cases_dir
        self.dismissed: object = UNSET

    def on_mount(self) -> None:
        self.push_screen(ImportCaseScreen(self.cases_dir), self._done)

    def _done(self, result: Path | None) -> None:
        self.dismissed = result


def report_text(app: Host) -> str:
    return str(app.screen.query_one("#import-report", Static).render())


async def import_file(app: Host, pilot: Any, path: Path) -> None:
    """Type the path, press Import and wait for the reading to end."""
    app.screen.query_one("#import-path", Input).value = str(path)
    await pilot.click("#import-run")
    await app.workers.wait_for_complete()
    await pilot.pause()


def test_import_a_file_and_save_it_twice_without_overwriting(tmp_path: Path) -> None:
    asyncio.run(_import_a_file_and_save_it_twice_without_overwriting(tmp_path))


async def _import_a_file_and_save_it_twice_without_overwriting(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    app = Host(cases)
    async with app.run_test(size=(120, 40)) as pilot:
        await import_file(app, pilot, DOC)
        yaml_text = app.screen.query_one("#import-yaml", TextArea).text
        assert "reference: UA 61/13" in yaml_text
        assert "recipients   3 (2 primary, 1 copy)" in report_text(app)
        assert "check: summary: write it in your own words" in report_text(app)
        assert not app.screen.query_one("#import-save", Button).disabled
        await pilot.click("#import-save")
        await pilot.pause()
    saved = app.dismissed
    assert isinstance(saved, Path) and saved.parent == cases
    # The importer's TODO summary is for the organiser to write: `validate` reports it (and
    # nothing else) until it is replaced.
    todo = load_case_file(saved)
    assert [p.message.split(":")[0] for p in todo.problems] == ["summary"]
    assert all("is a placeholder" in p.message for p in todo.problems)
    saved.write_text(saved.read_text(encoding="utf-8").replace("TODO: ", ""), encoding="utf-8")
    first = load_case_file(saved)
    assert first.problems == () and first.case is not None

    second_app = Host(cases)
    async with second_app.run_test(size=(120, 40)) as pilot:
        await import_file(second_app, pilot, DOC)
        await pilot.press("ctrl+s")
        await pilot.pause()
    again = second_app.dismissed
    assert isinstance(again, Path) and again != saved
    assert again.name == f"{saved.stem}-2.yaml"
    again.write_text(again.read_text(encoding="utf-8").replace("TODO: ", ""), encoding="utf-8")
    loaded = load_case_file(again)
    assert loaded.case is not None and loaded.case.id == again.stem
    assert load_case_file(saved).case == first.case


def test_pasted_text_with_markup_is_shown_as_plain_text(tmp_path: Path) -> None:
    asyncio.run(_pasted_text_with_markup_is_shown_as_plain_text(tmp_path))


async def _pasted_text_with_markup_is_shown_as_plain_text(tmp_path: Path) -> None:
    pasted = (
        "[b]Bold[/b] [@click=app.quit]quit[/] [/]\n\n"
        "Please write immediately in English or your own language:\n"
        "• Release Ana Ruiz [red]now[/red] please.\n\n"
        "Please send appeals before 1 May 2020 to:\n"
        "Minister of Justice\nJohn Doe\nSalutation: Dear Minister\n"
    )
    app = Host(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        app.screen.query_one("#import-paste", TextArea).text = pasted
        await pilot.click("#import-run")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "[red]now[/red]" in app.screen.query_one("#import-yaml", TextArea).text
        assert "[b]Bold[/b] [@click=app.quit]quit[/] [/]" in report_text(app)
        assert app.is_running
        await pilot.press("escape")
        await pilot.pause()
    assert app.dismissed is None


def test_a_missing_file_is_reported_and_nothing_can_be_saved(tmp_path: Path) -> None:
    asyncio.run(_a_missing_file_is_reported_and_nothing_can_be_saved(tmp_path))


async def _a_missing_file_is_reported_and_nothing_can_be_saved(tmp_path: Path) -> None:
    app = Host(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        app.screen.query_one("#import-path", Input).value = str(tmp_path / "nope.txt")
        await pilot.click("#import-run")
        await pilot.pause()
        status = str(app.screen.query_one("#import-status", Static).render())
        assert status.startswith(f"Cannot read {tmp_path / 'nope.txt'}")
        assert app.screen.query_one("#import-save", Button).disabled


def _pdf_maker() -> object:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "importer_pdf", Path(__file__).parents[1] / "unit" / "importer_pdf.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_pdf_path_is_imported_and_a_scan_is_explained(tmp_path: Path) -> None:
    asyncio.run(_a_pdf_path_is_imported_and_a_scan_is_explained(tmp_path))


async def _a_pdf_path_is_imported_and_a_scan_is_explained(tmp_path: Path) -> None:
    maker: Any = _pdf_maker()
    pdf = tmp_path / "ua.pdf"
    pdf.write_bytes(
        maker.text_pdf(
            [
                "URGENT ACTION UA 12/34",
                "Please write to:",
                "Minister of Justice",
                "John Example",
                "1 Main Street",
                "Capital City, Peru",
                "Salutation: Dear Minister",
            ]
        )
    )
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(maker.image_only_pdf())
    app = Host(tmp_path / "cases")
    async with app.run_test(size=(120, 40)) as pilot:
        await import_file(app, pilot, pdf)
        yaml_text = app.screen.query_one("#import-yaml", TextArea).text
        assert "name: John Example" in yaml_text and "reference: UA 12/34" in yaml_text
        assert not app.screen.query_one("#import-save", Button).disabled
        path_input = app.screen.query_one("#import-path", Input)
        path_input.value = str(scan)
        path_input.focus()
        await pilot.press("enter")  # Enter in the path field imports too
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = str(app.screen.query_one("#import-status", Static).render())
        assert status.startswith(f"Cannot read {scan}: the PDF has no text layer")
        assert app.screen.query_one("#import-save", Button).disabled


def test_the_result_shows_that_an_import_is_working_until_it_is_done(
    tmp_path: Path, monkeypatch: Any
) -> None:
    asyncio.run(_the_result_shows_that_an_import_is_working(tmp_path, monkeypatch))


async def _the_result_shows_that_an_import_is_working(tmp_path: Path, monkeypatch: Any) -> None:
    # The first import of a run loads the importer (a second or two, session 33): the screen
    # says it is working, and answers keys, until the case is there.
    import threading

    import appeal_tui.core.importer as importer

    release = threading.Event()
    real = importer.import_document

    def slow(raw: str, **kwargs: Any) -> Any:
        release.wait(30)
        return real(raw, **kwargs)

    monkeypatch.setattr(importer, "import_document", slow)
    junk = tmp_path / "picture.png"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n0000")
    app = Host(tmp_path / "cases")
    async with app.run_test(size=(120, 40)) as pilot:
        path_input = app.screen.query_one("#import-path", Input)
        path_input.value = str(DOC)
        await pilot.click("#import-run")
        await pilot.pause()
        result = app.screen.query_one("#import-result")
        status = app.screen.query_one("#import-status", Static)
        assert result.loading and str(status.render()) == "Importing …"
        path_input.focus()
        await pilot.press("end", "x")  # the screen answers while the import runs
        await pilot.pause()
        assert path_input.value == f"{DOC}x"
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not result.loading
        assert "reference: UA 61/13" in app.screen.query_one("#import-yaml", TextArea).text
        # A file that is no document: said in the status line, and nothing is loading.
        path_input.value = str(junk)
        await pilot.click("#import-run")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not result.loading
        assert str(status.render()).startswith(f"Cannot read {junk}: this is a PNG image")


def test_saving_renames_the_case_read_without_reading_the_text_again(
    tmp_path: Path, monkeypatch: Any
) -> None:
    asyncio.run(_saving_renames_without_reading_again(tmp_path, monkeypatch))


async def _saving_renames_without_reading_again(tmp_path: Path, monkeypatch: Any) -> None:
    # A big PDF takes seconds to read: Ctrl+S writes the case already shown, under its file's
    # name, and does not hold the screen reading the text a second time.
    import appeal_tui.core.importer as importer

    cases = tmp_path / "cases"
    cases.mkdir()
    app = Host(cases)
    async with app.run_test(size=(120, 40)) as pilot:
        await import_file(app, pilot, DOC)
        shown = app.screen.query_one("#import-yaml", TextArea).text
        case_id = app.screen.result.case_id  # type: ignore[attr-defined]
        (cases / f"{case_id}.yaml").write_text("taken\n", encoding="utf-8")

        def read_again(*args: Any, **kwargs: Any) -> Any:
            raise AssertionError("the text was read again to save it")

        monkeypatch.setattr(importer, "import_document", read_again)
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = app.dismissed
    assert isinstance(saved, Path) and saved.name == f"{case_id}-2.yaml"
    text = saved.read_text(encoding="utf-8")
    assert text.startswith("# Imported by appeal-tui from en_plain_bullets.txt.")
    assert f"id: {case_id}-2\n" in text
    # Everything else is the case shown on the screen.
    assert text.replace(f"id: {case_id}-2\n", f"id: {case_id}\n") == shown
