"""`make run`'s editor password (scripts/editor_password.py) as a real process, in a scratch folder: made
once (0600) and reused, printed, handed to the server's environment; a password the user set wins; a
read-only run gets none. The "server" is a tiny Python command that reports its environment."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "editor_password.py"
# Stands in for `streamlit run`: prints what it was given.
SERVER = [sys.executable, "-c", "import json, os; print('SERVER', json.dumps({k: os.environ.get(k) "
          "for k in ('GEO_EDITOR_PASSWORD', 'GEO_EDITING')}))"]  # fmt: skip


@pytest.fixture()
def folder(tmp_path):
    """The project folder `make run` runs in, and a home without secrets."""
    (tmp_path / "home").mkdir()
    return tmp_path


def run(folder: Path, *args: str, env: dict[str, str] | None = None) -> tuple[str, dict, str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("GEO_EDITOR_PASSWORD", "GEO_EDITING", "HOME")}
    environ.update(HOME=str(folder / "home"), **(env or {}))
    done = subprocess.run(
        [sys.executable, str(SCRIPT), *args, "--", *SERVER],
        cwd=folder,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    server = next(json.loads(line[len("SERVER ") :]) for line in lines if line.startswith("SERVER "))
    said = "\n".join(line for line in lines if not line.startswith("SERVER ")).strip()
    return said, server, done.stderr


def test_made_once_private_printed_and_reused(folder):
    said, server, _ = run(folder)
    kept = folder / ".cache" / "editor-password"
    password = kept.read_text(encoding="utf-8").strip()
    assert len(password) >= 16
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert (
        said == f"Editing: type the editor password  {password}  (made now, kept in .cache/editor-password)"
    )
    assert server == {"GEO_EDITOR_PASSWORD": password, "GEO_EDITING": None}

    said, server, _ = run(folder)
    assert said == f"Editing: type the editor password  {password}  (kept in .cache/editor-password)"
    assert server["GEO_EDITOR_PASSWORD"] == password
    assert kept.read_text(encoding="utf-8").strip() == password


def test_each_project_gets_its_own_random_password(tmp_path):
    passwords = set()
    for name in ("a", "b"):
        folder = tmp_path / name
        (folder / "home").mkdir(parents=True)
        passwords.add(run(folder)[1]["GEO_EDITOR_PASSWORD"])
    assert len(passwords) == 2


def test_geo_editing_local_now_means_the_password(folder):
    _, server, _ = run(folder, "--editing", "local", env={"GEO_EDITING": "local"})
    assert server["GEO_EDITOR_PASSWORD"] and server["GEO_EDITING"] is None


def test_a_password_the_user_set_wins_and_is_not_printed(folder):
    said, server, _ = run(folder, env={"GEO_EDITOR_PASSWORD": "their own secret"})
    assert server["GEO_EDITOR_PASSWORD"] == "their own secret"
    assert said == "Editing: type the editor password you set in GEO_EDITOR_PASSWORD."
    assert "their own secret" not in said
    assert not (folder / ".cache").exists(), "nothing generated"


@pytest.mark.parametrize("where", ["project", "home"])
def test_a_password_in_secrets_toml_wins(folder, where):
    secrets = (folder if where == "project" else folder / "home") / ".streamlit" / "secrets.toml"
    secrets.parent.mkdir(parents=True)
    secrets.write_text('editor_password = "from secrets"\n', encoding="utf-8")
    said, server, _ = run(folder)
    assert server["GEO_EDITOR_PASSWORD"] is None, "the app reads it from secrets.toml itself"
    assert said.startswith("Editing: type the editor password set in ") and "secrets.toml" in said
    assert "from secrets" not in said
    assert not (folder / ".cache").exists()


def test_a_blank_password_anywhere_is_none(folder):
    secrets = folder / ".streamlit" / "secrets.toml"
    secrets.parent.mkdir()
    secrets.write_text('editor_password = "  "\n', encoding="utf-8")
    _, server, _ = run(folder, env={"GEO_EDITOR_PASSWORD": ""})
    assert server["GEO_EDITOR_PASSWORD"] == (folder / ".cache" / "editor-password").read_text().strip()


def test_a_broken_secrets_toml_gets_a_warning_and_a_generated_password(folder):
    secrets = folder / ".streamlit" / "secrets.toml"
    secrets.parent.mkdir()
    secrets.write_text("editor_password = \n", encoding="utf-8")
    _, server, stderr = run(folder)
    assert server["GEO_EDITOR_PASSWORD"]
    assert stderr.count("\n") == 1 and "cannot read" in stderr and "Traceback" not in stderr


def test_read_only_run_gets_no_password(folder):
    said, server, _ = run(folder, "--editing", "off", env={"GEO_EDITOR_PASSWORD": "their own secret"})
    assert said == "Editing is off for this run (GEO_EDITING=off): read-only."
    assert server == {"GEO_EDITOR_PASSWORD": None, "GEO_EDITING": "off"}
    assert not (folder / ".cache").exists()


def test_a_loose_or_empty_file_is_repaired(folder):
    kept = folder / ".cache" / "editor-password"
    kept.parent.mkdir()
    kept.write_text("shared-password\n", encoding="utf-8")
    kept.chmod(0o644)
    _, server, _ = run(folder)
    assert server["GEO_EDITOR_PASSWORD"] == "shared-password"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    kept.write_text("\n", encoding="utf-8")
    _, server, _ = run(folder)
    assert len(server["GEO_EDITOR_PASSWORD"]) >= 16
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600


def test_an_unreadable_file_is_one_line_not_a_traceback(folder):
    kept = folder / ".cache" / "editor-password"
    kept.parent.mkdir()
    kept.symlink_to(folder / "elsewhere")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--", *SERVER],
        cwd=folder,
        env=dict(os.environ, HOME=str(folder / "home"), GEO_EDITOR_PASSWORD=""),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "SERVER" not in done.stdout
    assert done.stderr.startswith("make run: cannot read the editor password file .cache/editor-password")
    assert done.stderr.count("\n") == 1


def test_the_password_file_is_ignored_by_git():
    done = subprocess.run(
        ["git", "check-ignore", "-q", ".cache/editor-password"], cwd=ROOT, capture_output=True, timeout=30
    )
    assert done.returncode == 0


def test_make_run_goes_through_the_script():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\nrun: setup\n", 1)[1].split("\n\n", 1)[0]
    assert "scripts/editor_password.py" in recipe and "-- $(VENV)/bin/streamlit run app.py" in recipe
