"""Who may write. Viewing is open to anyone with the link; adding articles, correcting events and
re-extracting are off unless this browser session is an editor's:

- an editor password is configured (``st.secrets["editor_password"]`` or ``$GEO_EDITOR_PASSWORD``) and
  the user typed it in this session. It is compared in constant time; the session then keeps a digest
  of the password under a key that no widget uses, so a changed or removed password locks every
  session again and no widget value can stand in for it; or
- ``$GEO_EDITING=local`` and the server listens on a loopback address only (``make run``): the
  analyst's own machine, which nobody else can reach.

Nothing else switches editing on: not a query parameter, not a widget. Write pages draw their
controls only when :func:`editor` returns a name, and every write calls :func:`allowed` again right
before it writes. The editor's name is asked once per session and recorded with each change.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import os
from dataclasses import dataclass

import streamlit as st

from geo import escape
from geo.store import MAX_AUTHOR
from ui import data

LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
PASSWORD_ENV = "GEO_EDITOR_PASSWORD"
MODE_ENV = "GEO_EDITING"
# Session keys that no widget uses: only this module's code (after the checks) writes them.
_UNLOCKED = "_access_unlocked"  # digest of the password this session typed correctly
_NAME = "_access_name"  # the editor's name
_ERROR = "_access_error"  # the unlock form's last refusal, shown once


@dataclass(frozen=True)
class Status:
    on: bool
    reason: str = ""  # why editing is off, one line
    needs_password: bool = False  # off until the password is typed


def _password() -> str | None:
    """The configured editor password, or None (an empty or blank one is none)."""
    value = os.environ.get(PASSWORD_ENV)
    if not value:
        try:
            value = st.secrets.get("editor_password")
        except FileNotFoundError:  # no secrets.toml at all (StreamlitSecretNotFoundError)
            value = None
    value = "" if value is None else str(value)
    return value if value.strip() else None


def _digest(password: str) -> str:
    return hashlib.sha256(b"conflict-map editor\0" + password.encode("utf-8")).hexdigest()


def local_run() -> bool:
    """``GEO_EDITING=local`` on a server that only listens on the machine itself."""
    address = str(st.get_option("server.address") or "").strip().lower()
    return os.environ.get(MODE_ENV) == "local" and address in LOOPBACK


def status() -> Status:
    """Whether this session may write now, and if not, why."""
    if data.fixed_events():
        return Status(False, "Editing is off: this app shows a fixed events file (CONFLICT_MAP_EVENTS).")
    if local_run():
        return Status(True)
    password = _password()
    if password:
        typed = st.session_state.get(_UNLOCKED)
        if isinstance(typed, str) and hmac.compare_digest(typed, _digest(password)):
            return Status(True)
        return Status(False, "Editing needs the editor password.", needs_password=True)
    if os.environ.get(MODE_ENV) == "local":
        return Status(
            False,
            "Editing is off: GEO_EDITING=local needs a server listening on 127.0.0.1 only (`make run`).",
        )
    return Status(False, "Editing is off: this app is read-only (no editor password is set).")


def editor_name() -> str | None:
    name = st.session_state.get(_NAME)
    return name if isinstance(name, str) and name.strip() else None


def allowed() -> bool:
    """Check again, right before a write: editing is on and the editor has said who they are."""
    return status().on and editor_name() is not None


def _clean_name(name: object) -> str | None:
    name = " ".join(str(name or "").split())
    return name[:MAX_AUTHOR] or None


def _unlock() -> None:
    """The unlock form's callback: the password (compared in constant time) and the name."""
    ss = st.session_state
    password = _password()
    typed = str(ss.get("access_password") or "")
    name = _clean_name(ss.get("access_name"))
    if not password:
        ss[_ERROR] = "No editor password is set: editing stays off."
    elif not hmac.compare_digest(typed.encode("utf-8"), password.encode("utf-8")):
        ss.pop(_UNLOCKED, None)
        ss[_ERROR] = "Wrong password: editing stays off."
    elif not name:
        ss[_ERROR] = "Say who you are (a name or initials): it is recorded with your changes."
    else:
        ss[_UNLOCKED] = _digest(password)
        ss[_NAME] = name
        ss.pop(_ERROR, None)


def _set_name() -> None:
    if status().on:
        st.session_state[_NAME] = _clean_name(st.session_state.get("access_who"))


def _stop() -> None:
    for key in (_UNLOCKED, _NAME):
        st.session_state.pop(key, None)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def editor(action: str = "change the data") -> str | None:
    """The gate of a write page: the editor's name when this session may write. Otherwise it says why
    in one line (with the password form when a password is set, or asks for the name) and returns
    None, and the page draws nothing that writes."""
    state = status()
    if state.needs_password:
        st.info(f"{state.reason} Type it to {action}.", icon=":material/lock:")
        with st.form("access_unlock", clear_on_submit=True, border=True):
            st.text_input("Editor password", type="password", key="access_password")
            st.text_input("Your name (recorded with your changes)", key="access_name", max_chars=MAX_AUTHOR)
            st.form_submit_button("Unlock editing", on_click=_unlock)
        error = st.session_state.pop(_ERROR, None)
        if error:
            st.error(error)
        return None
    if not state.on:
        st.info(state.reason, icon=":material/lock:")
        return None
    name = editor_name()
    if name is None:
        with st.form("access_who_form", border=True):
            st.text_input(
                "Your name (recorded with your changes)",
                value=_os_user() if local_run() else "",
                key="access_who",
                max_chars=MAX_AUTHOR,
            )
            st.form_submit_button("Start editing", on_click=_set_name)
        return None
    left, right = st.columns([4, 1])
    left.caption(f"Editing as **{escape.markdown(name)}**; your name is recorded with each change.")
    right.button("Stop editing", on_click=_stop, key="access_stop", type="tertiary")
    return name
