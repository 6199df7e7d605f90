"""Hostile inputs shared by the hardening tests: strings, a hostile case and case-file text."""
