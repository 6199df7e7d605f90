"""appeal-tui: write polite, personal human-rights appeal letters in the terminal."""

__version__ = "0.1.0"
