"""One screen per step of the volunteer's journey, each in its own module."""
