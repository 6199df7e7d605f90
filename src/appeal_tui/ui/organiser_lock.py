"""The organiser's passphrase at an event: kept only as a salted hash, in memory.

Writers share the laptop; the organiser screens (import, batches, the tally) show what the
writers must not see of each other. The passphrase is set when the event starts and never
written anywhere.
"""

from __future__ import annotations

import hashlib
import hmac
import os

# PBKDF2-HMAC-SHA256 (in every Python, unlike scrypt): about 0.1 s a try on a laptop.
ITERATIONS = 200_000


class OrganiserLock:
    """Checks a passphrase against the one set at the start; holds only salt and hash."""

    def __init__(self, passphrase: str) -> None:
        if not passphrase:
            raise ValueError("an empty passphrase locks nothing")
        self._salt = os.urandom(16)
        self._hash = self._derive(passphrase)

    def _derive(self, passphrase: str) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", passphrase.encode("utf-8"), self._salt, ITERATIONS)

    def check(self, passphrase: str) -> bool:
        """True when `passphrase` is the one set at the start."""
        return hmac.compare_digest(self._derive(passphrase), self._hash)

    def __repr__(self) -> str:  # never the hash, not even in a traceback
        return "OrganiserLock(…)"
