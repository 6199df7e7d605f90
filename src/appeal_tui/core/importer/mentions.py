"""People a chat or a thread mentions with "@": its members, never people at risk.

In a chat, a thread or a page's comments, "@Ana Souza", "@Kuba" or "@group_name" names
whom a message answers: someone taking part, like the speakers whose names open the
messages. A name written after "@" (its capitalised words, up to three) is read as no
person at risk; an e-mail address ("x@example.org") is no mention.

A name the text also writes without "@" (the story's "Ana Souza was arrested", or a first
name "@Ana" beside the story's "Ana Souza") is not read so: a mention never hides a person
the text names on its own (mend25a).
"""

from __future__ import annotations

import re

# "@" where no address's characters stand before it, then a word and up to two more that
# open with a capital ("@Ola Nowak a do ..." -> "Ola Nowak").
_MENTION = re.compile(r"(?<![\w.+\-@])@(\w{1,40}(?:[ \u00a0][^\W\d_][\w'’\-]{0,30}){0,2})")


def mentioned_names(text: str) -> list[str]:
    """The names written after "@" in `text` (the module's doc), in order, without repeats."""
    found: list[str] = []
    for m in _MENTION.finditer(text):
        words = m.group(1).split()
        name = [words[0]]
        for word in words[1:]:
            if not word[:1].isupper():
                break
            name.append(word)
        joined = " ".join(name)
        if joined[:1].isupper() and joined not in found and not _written_bare(joined, text):
            found.append(joined)
    return found


def _written_bare(name: str, text: str) -> bool:
    """Whether `text` writes `name` (or, for a first name alone, a name opening with it) at
    least once without "@" before it."""
    pattern = rf"(?<![\w@]){re.escape(name)}(?!\w)"
    return re.search(pattern, text) is not None
