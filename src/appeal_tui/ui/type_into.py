"""Keys a writer typed where no field had the focus, given to the field they were meant for.

Two screens send such keys on: the case list (a letter typed on the list filters it) and the
writing screen (a letter typed on the row of tabs goes into the letter). Both must focus the
field at once, not later as `Widget.focus()` would (the next key of a burst would go before
it), and must type after the field's own focus handler: an `Input` selects all its text when
it gets the focus, and the next key would replace what was there; a `TextArea` ends its undo
step when it gets the focus, and text typed before that would join the words written before
Tab, so one Ctrl+Z would take back only part of what was typed after it. `call_later` queues
the typing behind the focus event in the field's own queue, and before any later key of the
burst, which the screen forwards to the field once it has the focus.
"""

from __future__ import annotations

from textual.widgets import Input, TextArea
from textual.widgets.input import Selection


def type_into(field: Input | TextArea, text: str = "", key: str = "") -> None:
    """Focus `field` now and give it `text`, or the editing `key` ("backspace"), at its
    cursor once its focus handler has run."""

    def type_it() -> None:
        if isinstance(field, Input):
            field.selection = Selection.cursor(field.cursor_position)
            if key == "backspace":
                field.action_delete_left()
            elif text:
                field.insert_text_at_cursor(text)
        elif key == "backspace":
            field.action_delete_left()
        elif text:
            field.insert(text)

    field.screen.set_focus(field)
    field.call_later(type_it)
