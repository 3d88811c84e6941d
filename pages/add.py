"""Add article: paste or upload a news report, check its details, preview its events, save it (editors)."""

from ui import add, shell
from ui import view as ui_view

shell.through_app()

ui_view.away("add")
add.page()
