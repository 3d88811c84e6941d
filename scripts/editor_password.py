"""The editor password of `make run`, then the server: ``editor_password.py [--editing MODE] -- COMMAND...``

Editing on the analyst's machine needs a password, because the address a browser connects from cannot
tell the analyst from a same-host forwarder or reverse proxy (they all connect from 127.0.0.1). So, unless
the user set one (``GEO_EDITOR_PASSWORD``, or ``editor_password`` in a Streamlit secrets.toml: those
win), the first run generates a random password into ``.cache/editor-password`` (mode 0600, ignored by
git) and later runs reuse it. The password is printed, then COMMAND (``streamlit run ...``) replaces
this process with ``GEO_EDITOR_PASSWORD`` in its environment, never on a command line.

``--editing off`` (``make run GEO_EDITING=off``): a read-only run, no password generated or passed.
Any other mode (``on``, and the old ``local``) means the password. Problems: one line on stderr, status 2.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tomllib
from collections.abc import MutableMapping
from pathlib import Path

PASSWORD_ENV = "GEO_EDITOR_PASSWORD"
MODE_ENV = "GEO_EDITING"
DEFAULT_FILE = Path(".cache") / "editor-password"


class Problem(Exception):
    """A one-line reason to stop."""


def _secrets_files() -> list[Path]:
    """Where Streamlit looks for secrets by default: the user's, then the project's (the working
    directory's)."""
    return [Path.home() / ".streamlit" / "secrets.toml", Path(".streamlit") / "secrets.toml"]


def password_in_secrets() -> Path | None:
    """The secrets.toml that sets a non-blank ``editor_password``, if one does."""
    found = None
    for path in _secrets_files():
        try:
            with path.open("rb") as f:
                value = tomllib.load(f).get("editor_password")
        except FileNotFoundError:
            continue
        except (OSError, tomllib.TOMLDecodeError) as e:
            print(
                f"Warning: cannot read {path} ({e}); it is not used for the editor password.", file=sys.stderr
            )
            continue
        if value is not None and str(value).strip():
            found = path  # the project's file overrides the user's
    return found


def _read(path: Path) -> str:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as e:
        raise Problem(f"cannot read the editor password file {path}: {e.strerror}") from None
    try:
        with os.fdopen(fd, encoding="utf-8") as f:
            if os.fstat(f.fileno()).st_mode & 0o077:
                os.fchmod(f.fileno(), 0o600)  # readable by others: only its owner may read it
            return f.read().strip()
    except (OSError, UnicodeDecodeError) as e:
        raise Problem(f"cannot read the editor password file {path}: {e}") from None


def _create(path: Path, replace: bool) -> str:
    """A new random password in ``path`` (0600). Written to a private file first, then linked into
    place, so a reader never sees a half-written file and two first runs agree on one password."""
    password = secrets.token_urlsafe(12)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            os.fchmod(f.fileno(), 0o600)
            f.write(password + "\n")
            f.flush()
            os.fsync(f.fileno())
        try:
            if replace:
                os.replace(temporary, path)
            else:
                os.link(temporary, path)  # fails if another run made one meanwhile: use that one
        finally:
            temporary.unlink(missing_ok=True)
    except FileExistsError:
        return _read(path)
    except OSError as e:
        raise Problem(f"cannot write the editor password file {path}: {e.strerror}") from None
    return password


def file_password(path: Path) -> tuple[str, bool]:
    """The password kept in ``path``, made on first use: (password, whether it was made now)."""
    if path.is_file() or path.is_symlink():
        password = _read(path)
        if password:
            return password, False
        return _create(path, replace=True), True  # an empty file: a new password
    return _create(path, replace=False), True


def prepare(editing: str, path: Path, environ: MutableMapping[str, str]) -> str:
    """Set up ``environ`` for the server and return what to tell the user (one line)."""
    if editing == "off":
        environ[MODE_ENV] = "off"
        environ.pop(PASSWORD_ENV, None)
        return "Editing is off for this run (GEO_EDITING=off): read-only."
    environ.pop(MODE_ENV, None)  # `local` is no longer a switch: the password is
    if environ.get(PASSWORD_ENV, "").strip():
        return f"Editing: type the editor password you set in {PASSWORD_ENV}."
    environ.pop(PASSWORD_ENV, None)  # an empty one is none
    secrets_file = password_in_secrets()
    if secrets_file is not None:
        return f"Editing: type the editor password set in {secrets_file} (editor_password)."
    password, made = file_password(path)
    environ[PASSWORD_ENV] = password
    kept = f"made now, kept in {path}" if made else f"kept in {path}"
    return f"Editing: type the editor password  {password}  ({kept})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--editing", default="on", help="off: a read-only run; anything else: the password")
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE, help=f"default {DEFAULT_FILE}")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- the server's command line")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    try:
        line = prepare(args.editing.strip(), args.file, os.environ)
    except Problem as e:
        print(f"make run: {e}", file=sys.stderr)
        return 2
    print(f"\n  {line}\n", flush=True)
    if not command:
        return 0
    try:
        os.execvp(command[0], command)
    except OSError as e:
        print(f"make run: cannot start {command[0]}: {e.strerror}", file=sys.stderr)
        return 127
    return 0  # not reached


if __name__ == "__main__":
    sys.exit(main())
