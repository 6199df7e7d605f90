"""Keys typed ahead reach the widget that would have got them had the writer waited.

Textual hands each key to the focused widget's message queue at once. A key that moves focus
or changes the screen (Tab, F3, Enter on a case, Ctrl+N) takes effect only once it has been
handled, which for a screen or app binding is after it has travelled up every container; keys
typed behind it meanwhile went to the widget that had focus when they arrived: the name field
instead of the address field, the old screen instead of the new one (issue 14).

`KeyGate` holds each key (and each paste) while the one before it is still being handled, and
lets it through once that key has settled: it went up the widgets it bubbles through, whatever
those posted to themselves on the way was handled, the app ran the key's binding, and any
screen it opened is mounted with its focus set. Whether that is so is learned by sending a
callback (`call_later`) along the focused widget's ancestors: each runs after the messages
queued before it. A key that arrives while nothing is in flight goes straight through, so a
writer typing at an ordinary pace sees no difference; a fast typist or a paste is replayed
in order, as a slow typist's keys would have been.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import events

if TYPE_CHECKING:
    from textual.app import App
    from textual.dom import DOMNode

# Held events: keys and pastes (a paste is text typed at once).
Held = events.Key | events.Paste

# A callback that has not run after this long was on a widget that closed meanwhile: the key
# is settled as far as it ever will be. Only a safety net; callbacks normally run in
# microseconds.
HOP_TIMEOUT = 0.5
# Rounds along the focused widget's ancestors before a key counts as settled, at most: one
# more round follows any round that changed the screen or the focus (a screen that opened,
# then the focus it set).
MAX_ROUNDS = 8


def _path(app: App[None]) -> list[DOMNode]:
    """The nodes a key goes through now: the focused widget (or the screen) up to the app."""
    start: DOMNode = app.focused or app.screen
    return list(start.ancestors_with_self)


class KeyGate:
    """Lets keys and pastes through one at a time, each once the one before has settled.

    `AppealApp.on_event` asks `admit` for every key or paste that arrives from the terminal;
    `admit` either lets it through (`True`: handle it now), or keeps it and posts it to the
    app again when its turn comes.
    """

    def __init__(self, app: App[None]) -> None:
        self.app = app
        self._held: deque[Held] = deque()
        # The event being handled now, posted again by the gate (so `admit` lets it through).
        self._released: Held | None = None
        self._task: asyncio.Task[None] | None = None
        # Set once the released event has been handed on by the app.
        self._handed_on: asyncio.Future[None] | None = None

    @property
    def busy(self) -> bool:
        """True while a key is being settled or others wait behind it."""
        return self._task is not None

    def admit(self, event: Held) -> bool:
        """True: handle `event` now (call `handled` afterwards). False: the gate keeps it."""
        if event is self._released:
            return True
        if self._task is not None:
            self._held.append(event)
            return False
        self._handed_on = asyncio.get_running_loop().create_future()
        self._task = asyncio.create_task(self._run())
        return True

    def handled(self, event: Held) -> None:
        """The app has run `event`'s priority binding or handed it to the focused widget."""
        future = self._handed_on
        if future is not None and not future.done():
            future.set_result(None)

    def close(self) -> None:
        """Drop held keys and stop (the app is closing)."""
        self._held.clear()
        if self._task is not None:
            self._task.cancel()
            self._task = None

    async def _run(self) -> None:
        try:
            # The first key is being handled by the app right now; settle it, then the rest.
            await self._wait_handed_on()
            while self._held:
                event = self._held.popleft()
                self._handed_on = asyncio.get_running_loop().create_future()
                self._released = event
                if not self.app.post_message(event):
                    break
                await self._wait_handed_on()
        finally:
            self._released = None
            self._handed_on = None
            self._task = None

    async def _wait_handed_on(self) -> None:
        if self._handed_on is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._handed_on, HOP_TIMEOUT)
        self._released = None
        await self._settle()

    async def _settle(self) -> None:
        """Until what the last key did is done: rounds along the focused widget's ancestors,
        two at least, and more while the screen or the focus keeps changing."""
        app = self.app
        for round_ in range(MAX_ROUNDS):
            if not app.screen_stack:
                return  # the app is closing: nothing to wait for
            before = (app.screen, app.focused)
            path = _path(app)
            for index, node in enumerate(path):
                # Twice on the widget that took the key: it may post itself a message as it
                # handles the key (Input.Changed), to be handled before the next key.
                for _ in range(2 if index == 0 and round_ == 0 else 1):
                    await self._hop(node)
            if not app.screen_stack:
                return
            after = (app.screen, app.focused)
            if round_ >= 1 and after == before and app.screen.is_mounted:
                return

    async def _hop(self, node: DOMNode) -> None:
        """Until `node` has handled every message queued for it before now (or HOP_TIMEOUT).
        The future is awaited directly, with a timer handle for the timeout: `wait_for` would
        add a second future and a loop iteration to each of the dozen and more hops a key
        takes."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        resolve = _resolver(future)
        if not node.call_later(resolve):
            return  # closing: it takes no more messages
        timeout = loop.call_later(HOP_TIMEOUT, resolve)
        try:
            await future
        finally:
            timeout.cancel()


def _resolver(future: asyncio.Future[None]) -> Callable[[], None]:
    def resolve() -> None:
        if not future.done():
            future.set_result(None)

    return resolve
