"""Where appeal-tui keeps its files. `APPEAL_TUI_DATA_DIR` overrides the data directory."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from appeal_tui.core.i18n import _

APP_NAME = "appeal-tui"
ENV_DATA_DIR = "APPEAL_TUI_DATA_DIR"


@dataclass(frozen=True)
class Paths:
    """The folders of one data directory. Nothing is created until `ensure` is called."""

    data: Path

    @property
    def cases(self) -> Path:
        return self.data / "cases"

    @property
    def drafts(self) -> Path:
        return self.data / "drafts"

    @property
    def settings(self) -> Path:
        return self.data / "settings"

    @property
    def exports(self) -> Path:
        return self.data / "exports"

    def ensure(self, folder: Path) -> Path:
        """Create `folder` (and missing parents) owner-only: it holds personal data.

        Only folders created here get their permissions set: a folder that exists already, the
        data folder included, is the user's (it may be a symlink to a shared drive, or a folder
        they chose on purpose) and is left as it is.
        """
        missing: list[Path] = []
        current = folder
        while not os.path.lexists(current) and current.parent != current:
            missing.append(current)
            current = current.parent
        for new in reversed(missing):
            try:
                new.mkdir(mode=0o700)
            except FileExistsError:
                continue  # made meanwhile by another instance: theirs to set
            # mkdir's mode is masked by the umask; set it exactly on what we made, not following
            # a symlink (none can be there: we just made it).
            with contextlib.suppress(OSError):
                os.chmod(new, 0o700)
        if not folder.is_dir():
            raise NotADirectoryError(_("{path} is not a folder").format(path=folder))
        return folder


def data_dir() -> Path:
    """The user data directory: `$APPEAL_TUI_DATA_DIR` if set, else platformdirs' user data dir."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    import platformdirs  # (only here: every command reads the settings, a few ms to import)

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_paths() -> Paths:
    return Paths(data_dir())


def documents_dir() -> Path:
    """Where exported letters go by default: the user's documents folder."""
    import platformdirs

    return Path(platformdirs.user_documents_dir())


def case_sources(paths: Paths, extra: tuple[Path, ...] | list[Path] = ()) -> list[Path]:
    """Where cases are loaded from, in override order: bundled, the user's folder, --cases DIRs.

    Later sources override earlier ones by case id.
    """
    from appeal_tui.core.library import bundled_cases_dir

    return [bundled_cases_dir(), paths.cases, *extra]
