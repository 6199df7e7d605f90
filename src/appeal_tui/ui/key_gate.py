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

Most keys need none of that. A key that the focused text editor takes as text (a letter, a
space: `check_consume_key`, which also keeps every binding from taking it) is inserted where
the cursor is and moves neither the focus nor the screen; the keys behind it reach the same
editor, in order, whatever they are. Such a key goes straight through, with no settling after
it: typing costs no rounds along the ancestors, and a key's frame never waits for them. What it
typed is waited for only before a key that a priority binding takes (bound before the focused
widget sees it: Ctrl+Q, which saves the letter, must find every letter typed before it in the
editor); any other key reaches the editor behind the text, and settles as before.
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
    from textual.widget import Widget

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
# While the app is not ready for keys (the first screen has no case listed yet), held keys are
# looked at again this often, for at most READY_LIMIT seconds (then they go on regardless).
READY_POLL = 0.02
READY_LIMIT = 60.0


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

    def __init__(self, app: App[None], *, not_ready: Callable[[], bool] | None = None) -> None:
        self.app = app
        # True while keys must wait (the first screen lists no case yet): a key typed then is
        # held until what it is meant for is there, as it would have been had the writer waited.
        self._not_ready = not_ready or (lambda: False)
        # When keys held for that go on regardless (one limit for all of them).
        self._ready_by: float | None = None
        self._held: deque[Held] = deque()
        # The event being handled now, posted again by the gate (so `admit` lets it through).
        self._released: Held | None = None
        self._task: asyncio.Task[None] | None = None
        # Set once the released event has been handed on by the app.
        self._handed_on: asyncio.Future[None] | None = None
        # The editor that took keys as text since the last settling (they may still be queued
        # there, unhandled); None: nothing typed since.
        self._typed_into: Widget | None = None

    @property
    def busy(self) -> bool:
        """True while a key is being settled or others wait behind it."""
        return self._task is not None

    def admit(self, event: Held) -> bool:
        """True: handle `event` now (call `handled` afterwards). False: the gate keeps it."""
        if event is self._released:
            return True
        if self._task is not None:
            if self._ready_by is not None and self._bound_first(event):
                return True  # keys wait for the cases; Ctrl+Q (quit) does not wait behind them
            self._held.append(event)
            return False
        if self._not_ready() and not self._bound_first(event):
            # (A priority binding, Ctrl+Q to quit, is never held.)
            self._ready_by = asyncio.get_running_loop().time() + READY_LIMIT
            self._held.append(event)
            self._task = asyncio.create_task(self._run())
            return False
        editor = self._text_editor(event)
        if editor is not None:
            self._typed_into = editor  # straight through, nothing to settle after it
            return True
        if self._typed_into is not None and self._bound_first(event):
            # A priority binding would act before the editor has the text typed before it.
            self._held.append(event)
            self._task = asyncio.create_task(self._run())
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

    def _text_editor(self, event: Held) -> Widget | None:
        """The focused editor, when it will take `event` as text; else None."""
        if not isinstance(event, events.Key):
            return None
        focused = self.app.focused
        if focused is None:
            return None
        # Imported at the first key, not with the app: the case list's first frame needs no
        # editor (a twentieth of the app's own imports).
        from textual.widgets import TextArea

        if isinstance(focused, TextArea) and focused.check_consume_key(event.key, event.character):
            return focused
        return None

    def _bound_first(self, event: Held) -> bool:
        """True when a priority binding may take `event` before the focused widget gets it."""
        if not isinstance(event, events.Key) or not self.app.screen_stack:
            return False
        active = self.app.screen.active_bindings.get(event.key)
        return active is not None and active.binding.priority

    async def _run(self) -> None:
        try:
            if self._handed_on is not None:
                # The first key is being handled by the app right now; settle it.
                await self._wait_handed_on()
                await self._settle()
            while self._held:
                await self._until_ready()
                event = self._held[0]
                editor = self._text_editor(event)
                if editor is None and self._typed_into is not None and self._bound_first(event):
                    await self._settle()
                self._held.popleft()
                self._handed_on = asyncio.get_running_loop().create_future()
                self._released = event
                if not self.app.post_message(event):
                    break
                await self._wait_handed_on()
                if editor is not None:
                    self._typed_into = editor  # text: the next key may follow at once
                else:
                    await self._settle()
        finally:
            self._released = None
            self._handed_on = None
            self._ready_by = None
            self._task = None

    async def _until_ready(self) -> None:
        """Until the app is ready for keys (at most READY_LIMIT seconds)."""
        if self._ready_by is None:
            return
        loop = asyncio.get_running_loop()
        while self._not_ready() and loop.time() < self._ready_by:
            await asyncio.sleep(READY_POLL)
        self._ready_by = None

    async def _wait_handed_on(self) -> None:
        if self._handed_on is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._handed_on, HOP_TIMEOUT)
        self._released = None

    async def _settle(self) -> None:
        """Until what the last key did is done: rounds along the focused widget's ancestors,
        two at least, and more while the screen or the focus keeps changing. Text typed before
        it is done then too: it was queued before the first round."""
        self._typed_into = None
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
