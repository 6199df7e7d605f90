"""Batches of letters for an event: every case × language × recipient × signer, one file each.

One module per job:

- `spec`: the user's choices checked (formats, languages, recipients, signers) into a
  `BatchSpec`, or a `BatchError` saying what is wrong; nothing is written.
- `plan`: the letters of a batch in a stable order and their file names (a generator).
- `signers`: one composed letter signed by signer after signer (`SignedComposer`).
- `folder`: the output folder: refusing another batch, resuming, repairing, the manifest and
  print.html.
- `run`: `run_batch`, one pass over the plan writing what is missing.

`<recipient>` in a file name is the recipient's key (post) or `email` (one letter to the
primaries with copies); `-<n>` is the signer's row number in the signers file, zero-padded,
absent without signers. A batch never replaces a letter: a file that exists is kept, so running
the same batch again into the same folder writes only what is missing, with the date of its
first run. Each letter is written whole or not at all (`storage.atomic.write_exclusive`), so
an interruption or a full disk leaves no half-written letter; a folder that holds something
else, or another batch, is refused.
"""

from __future__ import annotations

from appeal_tui.export.batch.folder import (
    MANIFEST_FILE,
    MANIFEST_HEADER,
    PRINT_FILE,
    STATE_FILE,
    BatchError,
)
from appeal_tui.export.batch.plan import PlannedLetter, letter_count, plan
from appeal_tui.export.batch.run import BatchResult, Renderer, default_renderers, run_batch
from appeal_tui.export.batch.signers import Composer, SignedComposer
from appeal_tui.export.batch.spec import (
    BatchSpec,
    CasePlan,
    build_spec,
    plan_case,
    signers_digest,
)

__all__ = [
    "MANIFEST_FILE",
    "MANIFEST_HEADER",
    "PRINT_FILE",
    "STATE_FILE",
    "BatchError",
    "BatchResult",
    "BatchSpec",
    "CasePlan",
    "Composer",
    "PlannedLetter",
    "Renderer",
    "SignedComposer",
    "build_spec",
    "default_renderers",
    "letter_count",
    "plan",
    "plan_case",
    "run_batch",
    "signers_digest",
]
