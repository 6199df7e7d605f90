"""The pane beside the case list: facts as plain text, summary and background as the case's
Markdown (never markup), and problems."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from appeal_tui.core.i18n import N_, _
from appeal_tui.core.loading import LoadResult
from appeal_tui.core.model import Case
from appeal_tui.core.problems import Problem
from appeal_tui.ui.case_facts import deadline_passed, deadline_text, language_label
from appeal_tui.ui.case_markdown import Block, markdown_blocks, render_blocks
from appeal_tui.ui.display_text import clean, one_line, short_path
from appeal_tui.ui.visual_lines import VisualStatic

# A problem's severity as the pane names it.
SEVERITY_WORDS = {"error": N_("error"), "warning": N_("warning")}


def _problem_lines(problems: tuple[Problem, ...] | list[Problem]) -> str:
    """One line per problem, `line:col: error: message`; the file is named once above them."""
    lines = []
    for p in problems:
        severity = SEVERITY_WORDS.get(p.severity.value, p.severity.value)
        if p.line is None:
            lines.append(clean(p.format()))
        elif p.column is None:
            lines.append(
                clean(
                    _("line {line}: {severity}: {message}").format(
                        line=p.line, severity=_(severity), message=p.message
                    )
                )
            )
        else:
            lines.append(
                clean(
                    _("line {line}, column {column}: {severity}: {message}").format(
                        line=p.line, column=p.column, severity=_(severity), message=p.message
                    )
                )
            )
    return "\n".join(lines)


class CaseDetail(VerticalScroll):
    """Shows one case (or one broken file). Every piece of case text is `Content`, never markup."""

    can_focus = True

    def compose(self) -> ComposeResult:
        # Right-to-left case text follows the app's setting (ui/visual_lines.py).
        yield VisualStatic(id="detail-title", markup=False)
        yield VisualStatic(id="detail-facts", markup=False)
        yield VisualStatic(id="detail-notice", markup=False)
        yield VisualStatic(id="detail-summary", markup=False)
        yield VisualStatic(id="detail-background", markup=False)
        yield VisualStatic(id="detail-problems", markup=False)

    def _set(self, widget_id: str, text: str, *, classes: str = "") -> None:
        widget = self.query_one(f"#{widget_id}", Static)
        widget.update(Content(text))
        widget.display = bool(text)
        widget.set_classes(classes)

    def _set_markdown(self, widget_id: str, blocks: list[Block]) -> None:
        widget = self.query_one(f"#{widget_id}", Static)
        widget.update(render_blocks(blocks))
        widget.display = bool(blocks)

    def show_message(self, text: str) -> None:
        """Only a line of text (nothing chosen yet, or no case matches)."""
        self._set("detail-title", "")
        self._set("detail-facts", text)
        for widget_id in (
            "detail-notice",
            "detail-summary",
            "detail-background",
            "detail-problems",
        ):
            self._set(widget_id, "")

    def show_case(self, case: Case, problems: tuple[Problem, ...], today: dt.date) -> None:
        """Show `case`; warnings its file has are listed at the end."""
        facts = [
            _("For: {person}").format(person=one_line(case.person_label) or "—"),
            _("Country: {country}").format(country=one_line(case.country)),
            _("Deadline: {date} ({left})").format(
                date=case.deadline.isoformat() if case.deadline else "—",
                left=deadline_text(case.deadline, today),
            ),
            _("Languages: {languages}").format(
                languages=", ".join(language_label(code) for code in case.languages)
            ),
        ]
        if case.reference:
            facts.insert(0, _("Reference: {reference}").format(reference=one_line(case.reference)))
        if case.tags:
            facts.append(_("Tags: {tags}").format(tags=", ".join(one_line(t) for t in case.tags)))
        self._set("detail-title", one_line(case.title))
        self._set("detail-facts", "\n".join(facts))
        if not case.is_writable:
            self._set(
                "detail-notice",
                _(
                    "This case is closed: it is shown for reference, and no new letters are "
                    "written."
                ),
                classes="-closed",
            )
        elif deadline_passed(case, today):
            self._set(
                "detail-notice",
                _("The deadline has passed. Letters can still help: you may still write one."),
                classes="-passed",
            )
        else:
            self._set("detail-notice", "")
        self._set_markdown("detail-summary", markdown_blocks(case.summary))
        background = markdown_blocks(case.background)
        if background:
            heading = Block(Text(_("Background"), style=Style(bold=True)), kind="heading")
            background.insert(0, heading)
        self._set_markdown("detail-background", background)
        self._set(
            "detail-problems",
            _("Problems in {file}:").format(file=short_path(case.source_path))
            + "\n"
            + _problem_lines(problems)
            if problems
            else "",
            classes="-warnings",
        )
        self.scroll_home(animate=False)

    def show_broken(self, result: LoadResult) -> None:
        """A case file that could not be loaded, with every problem found in it."""
        self._set(
            "detail-title", _("Could not load {file}").format(file=clean(Path(result.path).name))
        )
        self._set(
            "detail-facts",
            _(
                "This case file has errors, so it is not in the list of cases. "
                "Ask the organiser who sent it to fix these (or run `appeal-tui validate`):"
            ),
        )
        self._set("detail-notice", "")
        self._set("detail-summary", "")
        self._set("detail-background", "")
        self._set(
            "detail-problems",
            _("Problems in {file}:").format(file=short_path(result.path))
            + "\n"
            + _problem_lines(result.problems),
            classes="-errors",
        )
        self.scroll_home(animate=False)
