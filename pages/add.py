"""Add article: paste or upload a news report, check its details, preview its events, save it (editors)."""

from ui import add
from ui import view as ui_view

ui_view.away("add")
add.page()
