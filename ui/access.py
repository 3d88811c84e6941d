"""Who may write. Viewing is open to anyone with the link; adding articles, correcting events and
re-extracting are off unless this browser session is an editor's: an editor password is configured
(``st.secrets["editor_password"]`` or ``$GEO_EDITOR_PASSWORD``; ``make run`` generates one, keeps it in
``.cache/editor-password`` and prints it) and the user typed it in this session.

The password is compared in constant time; the session then keeps a digest of it under a key that no
widget uses, so a changed or removed password locks every session again and no widget value can stand in
for it. The connecting address is never trusted: a same-host forwarder or reverse proxy connects from
127.0.0.1 too, so ``GEO_EDITING=local`` no longer switches editing on (``GEO_EDITING=off`` still forces a
read-only run).

Wrong passwords are limited per browser session and per client address (``st.context.ip_address``):
five within five minutes lock the form for 30 s, then 60 s, ... up to 15 minutes, and while locked even
the right password is refused unchecked. Connections without an address (this machine, or a same-host
forwarder or proxy) share one bucket, and so do those whose address came from an ``X-Forwarded-For``
header: Streamlit's server believes that header from 127.0.0.1, so whoever talks to a same-host
forwarder could otherwise claim a fresh address for every try. Each wrong try and each lock-out is
logged (logger ``conflict_map.access``, WARNING) with the client address and the counts, never what
was typed.

Nothing else switches editing on: not a query parameter, not a widget. Write pages draw their
controls only when :func:`editor` returns a name, and every write calls :func:`allowed` again right
before it writes. The editor's name is asked with the password and recorded with each change.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import logging
import math
import os
import re
from dataclasses import dataclass

import streamlit as st

from geo import escape
from geo.ratelimit import Failure, Limiter
from geo.store import MAX_AUTHOR
from ui import data

LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
PASSWORD_ENV = "GEO_EDITOR_PASSWORD"
MODE_ENV = "GEO_EDITING"
# Session keys that no widget uses: only this module's code (after the checks) writes them.
_UNLOCKED = "_access_unlocked"  # digest of the password this session typed correctly
_NAME = "_access_name"  # the editor's name
_ERROR = "_access_error"  # the unlock form's last refusal, shown once
_TRIES = "_access_tries"  # this session's wrong tries (a Limiter with one key)
_SESSION = "session"
_SHARED = ""  # the bucket of the connections without a trustworthy address (this machine, proxies)

MAX_TRIES = 5
WINDOW = 300.0  # seconds
LOG = logging.getLogger("conflict_map.access")
if not LOG.handlers and not logging.getLogger().handlers:  # Streamlit sets up only its own loggers
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    LOG.addHandler(_handler)


def new_limiter() -> Limiter:
    """Five wrong tries in five minutes lock out for 30 s, then 60 s, ... up to 15 minutes."""
    return Limiter(max_tries=MAX_TRIES, window=WINDOW, lockout=30.0, max_lockout=900.0, forget=3600.0)


# Per client address, for the whole process (sessions run on different threads; Limiter locks).
CLIENTS = new_limiter()


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


def loopback_server() -> bool:
    """The server listens on this machine only (which says nothing about who connects: a forwarder
    on the same host connects from 127.0.0.1 too)."""
    return str(st.get_option("server.address") or "").strip().lower() in LOOPBACK


def status() -> Status:
    """Whether this session may write now, and if not, why."""
    if data.fixed_events():
        return Status(False, "Editing is off: this app shows a fixed events file (CONFLICT_MAP_EVENTS).")
    mode = os.environ.get(MODE_ENV)
    if mode == "off":
        return Status(False, "Editing is off: this run is read-only (GEO_EDITING=off).")
    password = _password()
    if password:
        typed = st.session_state.get(_UNLOCKED)
        if isinstance(typed, str) and hmac.compare_digest(typed, _digest(password)):
            return Status(True)
        return Status(False, "Editing needs the editor password.", needs_password=True)
    if mode == "local":
        return Status(
            False,
            "Editing is off: GEO_EDITING=local no longer switches it on; editing needs the editor "
            "password now (printed by `make run`).",
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


# -- wrong passwords ------------------------------------------------------------------------------


def _address() -> tuple[str | None, str]:
    """This session's client address as Streamlit reports it (None: none, as from this machine) and
    the X-Forwarded-For header its connection carried ("" when none)."""
    try:
        address = st.context.ip_address
        headers = st.context.headers.get_all("X-Forwarded-For")
    except Exception:  # no client context (a bare run): no address
        return None, ""
    address = address if isinstance(address, str) and address else None
    forwarded = ", ".join(v for v in headers if isinstance(v, str)) if isinstance(headers, list) else ""
    return address, forwarded


def _client() -> tuple[str, str]:
    """The key of this session's client bucket, and how the log names the client."""
    address, forwarded = _address()
    if address is None:
        return _SHARED, "no address (this machine or a same-host proxy)"
    shown = re.sub(r"[^0-9A-Za-z:.%\[\]-]", "?", address)[:64]
    if address in forwarded:  # possibly taken from the header: anyone may have written it
        return _SHARED, f"{shown} (as X-Forwarded-For says; counted with no address)"
    return address, shown


def _session_tries() -> Limiter:
    tries = st.session_state.get(_TRIES)
    if not isinstance(tries, Limiter):
        tries = st.session_state[_TRIES] = new_limiter()
    return tries


def _locked_for(key: str) -> float:
    """Seconds until this session, whose client has bucket ``key``, may try a password (0: now)."""
    return max(_session_tries().wait(_SESSION), CLIENTS.wait(key))


def _too_many(seconds: float) -> str:
    seconds = math.ceil(seconds)
    wait = f"{seconds} s" if seconds < 120 else f"{math.ceil(seconds / 60)} min"
    return f"Too many wrong passwords: try again in {wait}."


def _wrong(key: str, shown: str) -> str:
    """Count a wrong password for this session and its client, log it, and say what happens now."""
    session: Failure = _session_tries().fail(_SESSION)
    by_client = CLIENTS.fail(key)
    LOG.warning(
        "Wrong editor password from %s: %d wrong in this session, %d from this address, within %d s.",
        shown,
        session.count,
        by_client.count,
        int(WINDOW),
    )
    locked_for = max(session.locked_for, by_client.locked_for)
    if not locked_for:
        return "Wrong password: editing stays off."
    LOG.warning(
        "Editor password locked out for %d s for %s: %d wrong tries %s within %d s.",
        locked_for,
        shown,
        by_client.count if by_client.locked_for else session.count,
        "from this address" if by_client.locked_for else "in this session",
        int(WINDOW),
    )
    return _too_many(locked_for)


def _unlock() -> None:
    """The unlock form's callback: refused while locked out, then the password (compared in constant
    time) and the name."""
    ss = st.session_state
    password = _password()
    typed = str(ss.get("access_password") or "")
    name = _clean_name(ss.get("access_name"))
    if not name and loopback_server():
        name = _clean_name(_os_user())
    key, shown = _client()
    if not password:
        ss[_ERROR] = "No editor password is set: editing stays off."
        return
    wait = _locked_for(key)
    if wait > 0:  # not even compared
        ss.pop(_UNLOCKED, None)
        LOG.warning("Editor password try refused (locked out) from %s.", shown)
        ss[_ERROR] = _too_many(wait)
    elif not hmac.compare_digest(typed.encode("utf-8"), password.encode("utf-8")):
        ss.pop(_UNLOCKED, None)
        ss[_ERROR] = _wrong(key, shown)
    elif not name:
        ss[_ERROR] = "Say who you are (a name or initials): it is recorded with your changes."
    else:
        _session_tries().reset(_SESSION)
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
    in one line (with the password form when a password is set) and returns None, and the page draws
    nothing that writes."""
    state = status()
    if state.needs_password:
        st.info(f"{state.reason} Type it to {action}.", icon=":material/lock:")
        with st.form("access_unlock", clear_on_submit=True, border=True):
            st.text_input("Editor password", type="password", key="access_password")
            st.text_input(
                "Your name (recorded with your changes)",
                key="access_name",
                max_chars=MAX_AUTHOR,
                # Not pre-filled: whoever reaches the form (through a forwarder too) would read it.
                placeholder="Blank: your login name on this machine" if loopback_server() else None,
            )
            st.form_submit_button("Unlock editing", on_click=_unlock)
        error = st.session_state.pop(_ERROR, None)
        wait = _locked_for(_client()[0])
        if wait > 0:  # also in a session that has not tried yet: the address is locked out
            error = _too_many(wait)
        if error:
            st.error(error)
        return None
    if not state.on:
        st.info(state.reason, icon=":material/lock:")
        return None
    name = editor_name()
    if name is None:  # not reached through the form above, which asks the name; kept as a fallback
        with st.form("access_who_form", border=True):
            st.text_input("Your name (recorded with your changes)", key="access_who", max_chars=MAX_AUTHOR)
            st.form_submit_button("Start editing", on_click=_set_name)
        return None
    left, right = st.columns([4, 1])
    left.caption(f"Editing as **{escape.markdown(name)}**; your name is recorded with each change.")
    right.button("Stop editing", on_click=_stop, key="access_stop", type="tertiary")
    return name
