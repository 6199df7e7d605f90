"""The Textual app: `make_app(...)` builds it; the rest is its screens and widgets."""
