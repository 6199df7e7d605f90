"""Turning `Letter`s into bytes: plain text and Markdown (`export.text`), print-ready HTML,
email messages, social posts and batches. No Textual here."""
