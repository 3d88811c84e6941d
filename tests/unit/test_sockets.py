"""ui.sockets: the server's connections send small responses at once (no Nagle wait for a delayed ACK)."""

from __future__ import annotations

import socket

import pytest

from ui import sockets


def _nodelay(s: socket.socket) -> bool:
    return bool(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))


@pytest.fixture
def listener():
    """A listening socket made the way Streamlit makes its own: protocol 0, so asyncio leaves Nagle on."""
    s = socket.socket(family=socket.AF_INET)
    s.bind(("127.0.0.1", 0))
    s.listen(4)
    yield s
    s.close()


def _accept(listener: socket.socket) -> tuple[socket.socket, socket.socket]:
    client = socket.create_connection(listener.getsockname())
    conn, _ = listener.accept()
    return client, conn


@pytest.mark.skipif(not sockets.os.path.isdir(sockets._FDS), reason="needs /proc (Linux)")
def test_connections_accepted_after_it_and_open_before_it_send_small_writes_at_once(listener):
    client0, before = _accept(listener)
    assert not _nodelay(listener) and not _nodelay(before)  # what Streamlit's server has without it
    assert sockets.no_delay() >= 2
    client1, after = _accept(listener)
    try:
        assert _nodelay(before) and _nodelay(after)
        # the sockets still work: nothing was read, written or closed
        before.sendall(b"head")
        after.sendall(b"body")
        assert client0.recv(4) == b"head" and client1.recv(4) == b"body"
    finally:
        for s in (client0, before, client1, after):
            s.close()


@pytest.mark.skipif(not sockets.os.path.isdir(sockets._FDS), reason="needs /proc (Linux)")
def test_other_sockets_and_files_are_left_as_they_are(tmp_path):
    a, b = socket.socketpair()  # Unix sockets: no TCP option to set
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    with open(tmp_path / "f", "w") as f, a, b, udp:
        sockets.no_delay()
        a.sendall(b"x")
        assert b.recv(1) == b"x"
        f.write("still open")
    assert (tmp_path / "f").read_text() == "still open"


def test_without_proc_it_does_nothing(tmp_path):
    assert sockets.no_delay(str(tmp_path / "no-such-dir")) == 0
