"""Widgets with behaviour of their own, shared by the screens."""
