"""Corrections: an event's history and, for editors, its corrections (``?event=<id>``); without an
event, the list of corrected events."""

from ui import corrections, shell
from ui import view as ui_view

shell.through_app()

ui_view.away("corrections")
corrections.page()
