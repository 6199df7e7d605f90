"""Where files live, and the files the app writes: drafts, the sender profile, settings."""
