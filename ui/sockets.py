"""Small responses without the 40 ms wait: TCP_NODELAY on the server's sockets.

Streamlit (1.67, its Starlette server) binds its listening socket itself, as ``socket.socket(family)``:
protocol number 0, not IPPROTO_TCP. asyncio turns Nagle's algorithm off only for sockets whose protocol
is IPPROTO_TCP (``asyncio.base_events._set_nodelay``), so on every connection the server accepts a small
write (a response's body after its headers, a websocket message after another) waits for the browser's
delayed ACK: about 40 ms per small static file on a kept-alive connection. A page load fetches some forty
small widget chunks over six connections, so the map's own code waited some 0.4 s behind them
(``bench/app_speed.py``), and every script message of a rerun could wait the same. The same class of bug:
https://github.com/kserve/kserve/issues/6050.

:func:`no_delay` sets TCP_NODELAY on this process's listening TCP sockets, which connections accepted
later inherit on Linux, and on its TCP connections already open (the first visitor's). It reads the
process's descriptors from ``/proc/self/fd`` and does nothing where that does not exist. It changes one
option of sockets and nothing else: no data is read or written, no descriptor of the server is closed
(each is looked at through a duplicate).
"""

from __future__ import annotations

import os
import socket
import stat
from functools import cache

_FDS = "/proc/self/fd"


def _stream_socket(fd: int) -> bool:
    try:
        return stat.S_ISSOCK(os.fstat(fd).st_mode)
    except OSError:  # closed meanwhile
        return False


def _set_no_delay(fd: int) -> bool:
    """TCP_NODELAY on the TCP socket ``fd`` (through a duplicate of it); False for any other socket."""
    try:
        s = socket.socket(fileno=os.dup(fd))  # family and type read from the descriptor
    except OSError:
        return False
    with s:
        try:
            if s.family not in (socket.AF_INET, socket.AF_INET6) or s.type != socket.SOCK_STREAM:
                return False
            if s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY):
                return False  # already set (asyncio's own sockets, ours before)
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            return True
        except OSError:
            return False


def no_delay(fds_dir: str = _FDS) -> int:
    """Turn Nagle's algorithm off on this process's TCP sockets; returns how many were changed."""
    try:
        names = os.listdir(fds_dir)
    except OSError:
        return 0
    changed = 0
    for name in names:
        if name.isdigit() and _stream_socket(int(name)):
            changed += _set_no_delay(int(name))
    return changed


@cache
def no_delay_once() -> int:
    """:func:`no_delay` once per process (the app calls it on every script run)."""
    return no_delay()
