"""Each choice of a check list takes one line, however long its words or whatever line breaks
they hold, so line N of the list is choice N: its box shows whether that choice is chosen and a
click on the box chooses that one. (Textual's `SelectionList`, which `CheckList` is, maps line N
to choice N when drawing boxes and reading clicks; its style cuts a long choice with an
ellipsis. A style that let choices wrap would put every box below a wrapped choice on its
neighbour: this test fails then.)"""

from __future__ import annotations

import asyncio

from pilot_support import screen_lines, settled
from textual.app import App, ComposeResult

from appeal_tui.ui.widgets.check_list import CheckList

CHOSEN, NOT_CHOSEN = "▐X▌", "▐ ▌"
LONG = "[main] Dr Aleksandra Nowicka, Deputy Minister\nMinistry of Justice\npost, email"


class ListApp(App[None]):
    CSS = "CheckList { width: 40; height: 12; border: none; padding: 0; }"

    def compose(self) -> ComposeResult:
        yield CheckList(
            (LONG, "long", True),
            ("[copy] Embassy — post", "embassy", False),
            ("[copy] Ombudsman — email", "ombudsman", True),
        )


def rows(app: App[None]) -> list[str]:
    return [line[:40] for line in screen_lines(app)[:8]]


def test_a_long_choice_takes_one_line_and_every_box_is_its_own_choices() -> None:
    async def run() -> None:
        app = ListApp()
        async with app.run_test(size=(60, 14)) as pilot:
            await settled(pilot)
            lines = rows(app)
            assert lines[0].startswith(CHOSEN) and lines[0].endswith("…"), lines
            assert lines[1].startswith(NOT_CHOSEN) and "Embassy" in lines[1], lines
            assert lines[2].startswith(CHOSEN) and "Ombudsman" in lines[2], lines
            embassy = 1
            # A click on the embassy's box chooses the embassy, not another choice.
            check_list = app.query_one(CheckList)
            await pilot.click(CheckList, offset=(2, embassy))
            await settled(pilot)
            assert sorted(check_list.selected) == ["embassy", "long", "ombudsman"]
            assert CHOSEN in rows(app)[embassy]

    asyncio.run(run())
