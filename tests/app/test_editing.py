"""Adding articles and correcting events in-process (AppTest): who may write, what a bad file gets, and
that what an editor saves or corrects is on the map at once. Every test has its own store file."""

from __future__ import annotations

import getpass
import json
import logging
import re

import pytest
from streamlit import config

from geo import escape
from geo.ratelimit import Limiter
from geo.store import open_store
from tests.app.conftest import ROOT, map_script, texts
from ui import access, data

PASSWORD = "correct horse battery"
ARTICLE = (
    "Wed, November 15, 2017\n\n"
    "Kurdish-led fighters said on Monday that a convoy left Raqa for Deir Ezzor on Tuesday.\n"
)
SEED_TEXT = (ROOT / "data" / "articles" / "003_3ba38f1d61eacb9e.txt").read_text(encoding="utf-8")
WRITE_LABELS = {
    "Save to the store",
    "Read the article",
    "Move the event",
    "Change the date",
    "Reject the event",
    "Restore the event",
    "Add the note",
    "Re-extract every article",
}


def snapshot(path) -> tuple:
    """Everything a write changes: the revision (every write advances it) and the counts (of the
    store filled as the app fills it)."""
    with data.store() as s:
        assert s.path == path
        return s.revision(), len(s.articles()), s.count_events()


def write_controls(at) -> set[str]:
    """The controls on the page that could write or lead to a write."""
    found = {b.label for b in at.button} & WRITE_LABELS
    found |= {f"text_area:{t.label}" for t in at.text_area}
    found |= {f"file_uploader:{u.label}" for u in at.get("file_uploader")}
    return found


def plain(markdown: str) -> str:
    """Markdown as read: without the backslashes that escape its syntax characters."""
    return re.sub(r"\\(.)", r"\1", markdown)


def one_line_error(at) -> str:
    assert not at.exception
    assert len(at.error) == 1, [e.value for e in at.error]
    message = at.error[0].value
    assert "\n" not in message and "Traceback" not in message
    return plain(message)


def first_event(store_path, **where) -> dict:
    """The first stored event with these properties (the store filled as the app fills it)."""
    with data.store() as s:
        assert s.path == store_path
        return next(f for f in s.features() if all(f["properties"].get(k) == v for k, v in where.items()))


@pytest.fixture()
def password(monkeypatch):
    monkeypatch.setenv("GEO_EDITOR_PASSWORD", PASSWORD)


@pytest.fixture()
def local(monkeypatch):
    """`make run`: a server listening on 127.0.0.1 only, with the password it generated and printed."""
    monkeypatch.setenv("GEO_EDITOR_PASSWORD", PASSWORD)
    config.set_option("server.address", "127.0.0.1")
    yield
    config.set_option("server.address", None)


def unlock(at, name="Ana", secret=PASSWORD):
    at.text_input(key="access_password").input(secret)
    at.text_input(key="access_name").input(name)
    next(b for b in at.button if b.label == "Unlock editing").click().run()
    return at


def read_pasted(at, text):
    at.text_area(key="add_text").input(text)
    next(b for b in at.button if b.label == "Read the article").click().run()
    return at


# -- editing is off unless switched on -----------------------------------------------------------


@pytest.mark.parametrize("page", ["pages/add.py", "pages/corrections.py", "pages/store.py"])
def test_editing_is_off_by_default_and_write_pages_offer_nothing_that_writes(app, own_store, page):
    at = app(page).run()
    if page == "pages/corrections.py":  # an event's page, so that its forms would show
        at = app(page, event=first_event(own_store)["id"]).run()
    assert not at.exception
    assert write_controls(at) == set()
    assert not at.get("form") and not [t for t in at.text_input if t.key == "access_password"]
    reason = [i.value for i in at.info if "Editing is off" in i.value]
    assert len(reason) == 1 and "\n" not in reason[0], "one line says why"


BYPASS_PARAMS = [
    {"edit": "1"},
    {"editing": "local"},
    {"password": PASSWORD},
    {"editor_password": ""},
    {"_access_unlocked": "1", "_access_name": "Mallory"},
]
BYPASS_STATE = [
    {"_access_unlocked": True, "_access_name": "Mallory"},  # the flag keys themselves
    {"_access_unlocked": "", "_access_name": "Mallory"},
    {"access_password": "", "access_name": "Mallory"},  # the unlock form's widget keys
    {"add_text": ARTICLE, "add_mode": "Paste text"},  # the page's own widget keys
]


@pytest.mark.parametrize("params", BYPASS_PARAMS)
def test_no_link_parameter_switches_editing_on(app, own_store, params):
    at = app("pages/add.py", **params).run()
    assert not at.exception and write_controls(at) == set()


@pytest.mark.parametrize("state", BYPASS_STATE)
@pytest.mark.parametrize("page", ["pages/add.py", "pages/corrections.py"])
def test_no_session_or_widget_trick_switches_editing_on(app, own_store, state, page):
    at = app(page, event=first_event(own_store)["id"]) if page.endswith("corrections.py") else app(page)
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception and write_controls(at) == set()


@pytest.mark.parametrize(
    "env, address",
    [
        ({"GEO_EDITOR_PASSWORD": ""}, None),  # an empty password is no password
        ({"GEO_EDITOR_PASSWORD": "   "}, None),
        ({"GEO_EDITING": "local"}, "127.0.0.1"),  # no longer a switch: a forwarder connects from here too
        ({"GEO_EDITING": "local"}, None),
        ({"GEO_EDITING": "local"}, "0.0.0.0"),
        ({"GEO_EDITING": "local"}, "192.168.1.20"),
        ({"GEO_EDITING": "yes"}, "127.0.0.1"),
        ({"GEO_EDITING": "LOCAL"}, "127.0.0.1"),
    ],
)
def test_misconfigured_switches_leave_editing_off(app, monkeypatch, env, address):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    config.set_option("server.address", address)
    try:
        at = app("pages/add.py").run()
    finally:
        config.set_option("server.address", None)
    assert not at.exception and write_controls(at) == set()
    assert not [t for t in at.text_input if t.key == "access_password"], "no password form without one"


@pytest.mark.parametrize("typed", ["wrong", "", PASSWORD.upper(), PASSWORD + " "])
def test_wrong_password_keeps_editing_off(app, password, typed):
    at = unlock(app("pages/add.py").run(), secret=typed)
    assert "Wrong password" in one_line_error(at)
    assert write_controls(at) == set()
    at.run()  # and it stays off on the next run
    assert write_controls(at) == set()


def test_password_in_secrets_unlocks_too(app):
    at = app("pages/add.py")
    at.secrets["editor_password"] = PASSWORD
    at.run()
    assert write_controls(at) == set()
    unlock(at)
    assert "text_area:Article text" in write_controls(at)


def test_geo_editing_local_alone_no_longer_switches_editing_on(app, monkeypatch):
    monkeypatch.setenv("GEO_EDITING", "local")
    config.set_option("server.address", "127.0.0.1")
    try:
        at = app("pages/add.py", edit="1").run()
    finally:
        config.set_option("server.address", None)
    assert not at.exception and write_controls(at) == set()
    assert [i.value for i in at.info] == [
        "Editing is off: GEO_EDITING=local no longer switches it on; editing needs the editor "
        "password now (printed by `make run`)."
    ]


def test_geo_editing_off_is_read_only_even_with_a_password(app, password, monkeypatch):
    monkeypatch.setenv("GEO_EDITING", "off")
    at = app("pages/add.py").run()
    assert write_controls(at) == set() and not at.get("form")
    assert [i.value for i in at.info] == ["Editing is off: this run is read-only (GEO_EDITING=off)."]


def test_local_run_needs_the_password_and_asks_the_name_once(app, local):
    at = app("pages/add.py").run()
    assert write_controls(at) == set()
    assert at.text_input(key="access_name").value == "", "not pre-filled: a forwarder's visitor sees it"
    unlock(at, name="Bo")
    assert "Editing as **Bo**" in texts(at)
    at.switch_page("pages/store.py").run()
    assert "Re-extract every article" in write_controls(at), "asked once per session, not per page"


def test_local_run_takes_the_login_name_for_a_blank_name(app, local):
    at = unlock(app("pages/add.py").run(), name="")
    assert not at.error
    assert f"Editing as **{escape.markdown(getpass.getuser())}**" in texts(at)


def test_a_blank_name_is_refused_on_a_shared_server(app, password):
    at = unlock(app("pages/add.py").run(), name="  ")
    assert "Say who you are" in one_line_error(at)
    assert write_controls(at) == set()


# -- wrong passwords are limited and logged ---------------------------------------------------------

LOCKED = re.compile(r"^Too many wrong passwords: try again in (\d+) s\.$")


def wrong_tries(at, n, secret="guess"):
    for i in range(n):
        unlock(at, secret=f"{secret}-{i}")
    return at


def test_wrong_passwords_past_the_limit_lock_the_form_and_are_logged(app, password, caplog):
    caplog.set_level(logging.WARNING, logger="conflict_map.access")
    at = wrong_tries(app("pages/add.py").run(), 4)
    assert one_line_error(at) == "Wrong password: editing stays off."
    unlock(at, secret="guess-4")
    assert LOCKED.match(one_line_error(at)) and 25 <= int(LOCKED.match(one_line_error(at))[1]) <= 30
    unlock(at)  # the right password, refused unchecked while locked
    assert LOCKED.match(one_line_error(at))
    assert write_controls(at) == set()
    at.run()
    assert LOCKED.match(one_line_error(at)), "said again on the next run"

    logged = [r for r in caplog.records if r.name == "conflict_map.access"]
    assert all(r.levelno == logging.WARNING for r in logged)
    messages = [r.getMessage() for r in logged]
    wrong = [m for m in messages if m.startswith("Wrong editor password")]
    assert len(wrong) == 5
    assert wrong[0] == (
        "Wrong editor password from no address (this machine or a same-host proxy): 1 wrong in this "
        "session, 1 from this address, within 300 s."
    )
    assert "5 wrong in this session, 5 from this address" in wrong[-1]
    assert any(m.startswith("Editor password locked out for 30 s for no address") for m in messages)
    assert any(m.startswith("Editor password try refused (locked out)") for m in messages)
    assert not any("guess" in m or PASSWORD in m for m in messages), "never what was typed"


def test_another_session_from_the_same_client_is_locked_too(app, password):
    wrong_tries(app("pages/add.py").run(), 5)
    other = app("pages/add.py").run()  # a new browser session (a new tab, a new attacker)
    assert LOCKED.match(one_line_error(other)), "locked before it has tried"
    unlock(other)
    assert LOCKED.match(one_line_error(other))
    assert write_controls(other) == set()


def test_another_client_address_is_not_locked(app, password, monkeypatch, caplog):
    caplog.set_level(logging.WARNING, logger="conflict_map.access")
    monkeypatch.setattr(access, "_address", lambda: ("203.0.113.7", ""))
    wrong_tries(app("pages/add.py").run(), 5)
    assert any("from 203.0.113.7: 5 wrong" in r.getMessage() for r in caplog.records)
    assert LOCKED.match(one_line_error(app("pages/add.py").run())), "a new session from there too"
    monkeypatch.setattr(access, "_address", lambda: ("198.51.100.2", ""))
    at = unlock(app("pages/add.py").run())
    assert "text_area:Article text" in write_controls(at)


def test_forged_forwarded_addresses_share_one_bucket(app, password, monkeypatch, caplog):
    """Through a same-host forwarder, Streamlit takes the address from X-Forwarded-For, which the
    visitor writes: a new session per try with a new address each must not get fresh counts."""
    caplog.set_level(logging.WARNING, logger="conflict_map.access")
    for i in range(5):
        forged = f"192.0.2.{i}"
        monkeypatch.setattr(access, "_address", lambda forged=forged: (forged, f"{forged}, 10.0.0.1"))
        unlock(app("pages/add.py").run(), secret=f"guess-{i}")
    monkeypatch.setattr(access, "_address", lambda: ("192.0.2.99", "192.0.2.99"))
    at = unlock(app("pages/add.py").run())
    assert LOCKED.match(one_line_error(at)) and write_controls(at) == set()
    assert any(
        r.getMessage().startswith(
            "Wrong editor password from 192.0.2.4 (as X-Forwarded-For says; counted with no address): "
            "1 wrong in this session, 5 from this address"
        )
        for r in caplog.records
    )


def test_a_hostile_address_is_logged_harmlessly(app, password, monkeypatch, caplog):
    caplog.set_level(logging.WARNING, logger="conflict_map.access")
    monkeypatch.setattr(access, "_address", lambda: ("1.2.3.4\x1b[31m fake entry", ""))
    unlock(app("pages/add.py").run(), secret="guess")
    (message,) = [r.getMessage() for r in caplog.records if r.name == "conflict_map.access"]
    assert message.startswith("Wrong editor password from 1.2.3.4?[31m?fake?entry: 1 wrong")


def test_a_session_that_changes_address_is_locked_by_its_own_count(app, password, monkeypatch):
    at = app("pages/add.py").run()
    for i in range(5):
        monkeypatch.setattr(access, "_address", lambda i=i: (f"198.51.100.{i}", ""))
        unlock(at, secret=f"guess-{i}")
    assert LOCKED.match(one_line_error(at))
    monkeypatch.setattr(access, "_address", lambda: ("198.51.100.99", ""))
    unlock(at)
    assert LOCKED.match(one_line_error(at)) and write_controls(at) == set()


class Clock:
    now = 1000.0

    def __call__(self):
        return self.now


def test_the_lock_out_ends_and_a_right_password_resets_the_session_count(app, password, monkeypatch):
    clock = Clock()

    def limiter():
        return Limiter(max_tries=5, window=300, lockout=30, max_lockout=900, forget=3600, clock=clock)

    monkeypatch.setattr(access, "new_limiter", limiter)
    monkeypatch.setattr(access, "CLIENTS", limiter())
    at = wrong_tries(app("pages/add.py").run(), 5)
    assert one_line_error(at) == "Too many wrong passwords: try again in 30 s."
    clock.now += 31
    wrong_tries(at, 4)  # the client bucket: 4 in the window; the session's count is reset below
    clock.now += 31
    unlock(at)
    assert "text_area:Article text" in write_controls(at)
    assert at.session_state["_access_tries"].wait("session") == 0
    at.button(key="access_stop").click().run()
    unlock(at, secret="one more")  # 5th wrong try from this client in the window: locked for 60 s
    assert one_line_error(at) == "Too many wrong passwords: try again in 60 s."


def test_a_password_changed_meanwhile_stops_the_next_write(app, password, own_store, monkeypatch):
    event = first_event(own_store)
    at = unlock(app("pages/corrections.py", event=event["id"]).run())
    before = snapshot(own_store)
    monkeypatch.setenv("GEO_EDITOR_PASSWORD", "a new password")  # rotated after the form was drawn
    at.button(key=f"cx_reject_{event['id']}").click().run()
    assert "nothing was changed" in one_line_error(at)
    assert snapshot(own_store) == before
    assert write_controls(at) == set()


# -- adding an article ----------------------------------------------------------------------------


def test_editor_adds_an_article_by_paste_and_its_events_are_on_the_map(app, password, own_store):
    at = unlock(app("pages/add.py").run())
    read_pasted(at, ARTICLE)
    assert not at.exception and not at.error
    assert at.text_input(key="add_published").value == "2017-11-15", "the stated date is pre-filled"
    assert "Preview: 2 events found" in texts(at)
    assert map_script(at)["script"].count("a convoy left") >= 1  # the small preview map
    at.text_input(key="add_title").input("Convoy leaves Raqa")
    at.text_input(key="add_publisher").input("Test Wire")
    at.button(key="add_save").click().run()
    assert not at.exception and not at.error
    assert "with 2 events" in at.success[0].value
    link = next(p for p in at.get("page_link") if p.proto.page == "")  # the default page: the Map
    with open_store(own_store) as s:
        added = s.summary()[-1]
    assert added["title"] == "Convoy leaves Raqa" and added["added_by"] == "Ana" and added["events"] == 2
    assert link.proto.query_string == f"source={added['id']}&background=1"

    at.switch_page("pages/map.py")  # as the link does: every event of the article, background ones too
    at.query_params["source"] = added["id"]
    at.query_params["background"] = "1"
    at.run()
    assert not at.exception
    assert "2 of " in texts(at)
    script = map_script(at)["script"]
    assert "a convoy left" in script and "Test Wire" in script


def test_double_click_on_save_stores_it_once(app, password, own_store):
    at = read_pasted(unlock(app("pages/add.py").run()), ARTICLE)
    at.button(key="add_save").click().run()
    after_first = snapshot(own_store)
    at.button(key="add_save").click().run()
    assert not at.error and "Already saved" in at.info[-1].value
    assert snapshot(own_store) == after_first


def test_the_same_text_twice_is_refused_with_a_link_to_the_existing_article(app, password, own_store):
    at = read_pasted(unlock(app("pages/add.py").run()), "\n" + SEED_TEXT.replace("\n", "\r\n") + "\n\n")
    before = snapshot(own_store)
    at.button(key="add_save").click().run()
    assert "already in the store as article" in one_line_error(at)
    link = next(p for p in at.get("page_link") if p.proto.page == "sources")
    assert link.proto.query_string == "source=003_3ba38f1d61eacb9e"
    assert snapshot(own_store) == before


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
)


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\n\t \n", "is empty"),
        ("picture.txt", PNG + bytes(range(256)) * 4, "binary file"),
        ("huge.txt", b"Raqa fell. " * 500_000, "larger than 5 MB"),
        ("scripts.html", b"<html><script>x()</script><script>y()</script></html>", "no article text"),
    ],
)
def test_a_bad_upload_gets_one_line_and_changes_nothing(app, password, own_store, name, content, expected):
    at = unlock(app("pages/add.py").run())
    before = snapshot(own_store)
    at.radio(key="add_mode").set_value("Upload a file").run()
    at.file_uploader(key="add_file").upload(name, content, "text/plain")
    next(b for b in at.button if b.label == "Read the article").click().run()
    assert expected in one_line_error(at)
    assert "add_save" not in [b.key for b in at.button]
    assert snapshot(own_store) == before


def test_empty_paste_gets_one_line(app, password, own_store):
    before = snapshot(own_store)
    at = read_pasted(unlock(app("pages/add.py").run()), "   \n  ")
    assert "is empty" in one_line_error(at)
    assert snapshot(own_store) == before


@pytest.mark.parametrize(
    "field, value, expected",
    [
        ("add_published", "2017-02-30", "bad publication date"),  # no 30 February
        ("add_published", "15/11/2017", "bad publication date"),
        ("add_published", "2999-01-01", "in the future"),
        ("add_published", "1850-01-01", "before 1900"),
        ("add_url", "javascript:alert(1)", "is not a web address"),
    ],
)
def test_bad_details_get_one_line_and_no_save_button(app, password, own_store, field, value, expected):
    at = read_pasted(unlock(app("pages/add.py").run()), ARTICLE)
    before = snapshot(own_store)
    at.text_input(key=field).input(value).run()
    assert expected in one_line_error(at)
    assert "add_save" not in [b.key for b in at.button]
    assert snapshot(own_store) == before


HOSTILE_HTML = b"""<html><head><title>Raid near Raqa</title><script>alert('head')</script></head>
<body><script src="https://evil.example/x.js"></script><nav>Home | World</nav>
<article><h1>Raid near Raqa</h1>
<p>Coalition aircraft struck positions near Raqa on October 12, 2017, officials said on Friday.</p>
<p>Residents said <b>dozens</b> fled towards Deir Ezzor <img src=x onerror="alert(1)"> after the raid.</p>
<script>document.write('<iframe src=//evil.example>')</script>
</article><footer>(c) Evil Corp</footer><script>steal()</script></body></html>"""


def test_html_full_of_scripts_is_stored_and_shown_as_text_only(app, password, own_store):
    at = unlock(app("pages/add.py").run())
    at.radio(key="add_mode").set_value("Upload a file").run()
    at.file_uploader(key="add_file").upload("raid.html", HOSTILE_HTML, "text/html")
    next(b for b in at.button if b.label == "Read the article").click().run()
    assert not at.exception and not at.error
    assert any("removed 4 scripts" in plain(i.value) for i in at.info)
    assert at.text_input(key="add_title").value == "Raid near Raqa"
    rendered = "\n".join(h.proto.body for h in at.get("html")) + map_script(at)["script"]
    assert "<script" not in rendered
    assert "alert(" not in rendered and "onerror" not in rendered and "evil.example" not in rendered
    at.text_input(key="add_published").input("2017-10-14")
    at.button(key="add_save").click().run()
    assert at.success, [e.value for e in at.error]
    with open_store(own_store) as s:
        stored = s.articles()[-1].text
    assert "Coalition aircraft struck positions near Raqa" in stored
    assert "<" not in stored and "alert" not in stored and "steal" not in stored


def test_a_cp1252_file_is_decoded_with_a_note(app, password, own_store):
    text = "Le café près de Raqa a fermé le 17 octobre 2017 – selon l’AFP.\n"
    at = unlock(app("pages/add.py").run())
    at.radio(key="add_mode").set_value("Upload a file").run()
    at.file_uploader(key="add_file").upload("cafe.txt", text.encode("cp1252"), "text/plain")
    next(b for b in at.button if b.label == "Read the article").click().run()
    assert not at.error
    assert any("decoded as Windows-1252" in plain(i.value) for i in at.info)
    assert "Le café près de Raqa a fermé le 17 octobre 2017 – selon l’AFP." in texts(at)
    at.button(key="add_save").click().run()
    with open_store(own_store) as s:
        assert s.articles()[-1].text == text


# -- corrections ----------------------------------------------------------------------------------


def open_event(app, event_id):
    return app("pages/corrections.py", event=event_id)


def test_correcting_an_event_shows_on_the_map_and_in_its_history(app, password, own_store):
    event = first_event(own_store, place="Raqqa", date_basis="text")
    eid = event["id"]
    at = unlock(open_event(app, eid).run(), name="Ana <b>")

    at.text_input(key=f"cx_search_{eid}").input("Mosul").run()
    assert at.selectbox(key=f"cx_place_{eid}").value == "geonames:99072"  # the best match is chosen
    at.text_input(key=f"cx_move_note_{eid}").input("The wire mixed up the cities <script>x</script>")
    at.button(key=f"cx_move_{eid}").click().run()
    assert not at.error and "Moved the event" in at.success[0].value
    assert at.markdown[0].value.startswith("#### Mosul")

    at.date_input(key=f"cx_start_{eid}").set_value("2017-10-01")
    at.date_input(key=f"cx_end_{eid}").set_value("2017-10-31")
    at.selectbox(key=f"cx_precision_{eid}").set_value("month")
    at.button(key=f"cx_date_{eid}").click().run()
    assert not at.error and "October 2017, month (set by an analyst)" in plain(at.markdown[0].value)

    at.text_area(key=f"cx_note_{eid}").input("Checked against the AFP wire.")
    at.button(key=f"cx_addnote_{eid}").click().run()
    history = at.dataframe[0].value
    assert list(history["who"]) == ["Ana <b>"] * 3
    assert list(history["change"]) == [
        "moved to Mosul (point, 36.335, 43.11889)",
        "dated October 2017, month",
        "note",
    ]
    lon, lat = event["geometry"]["coordinates"]
    assert f"Raqqa (point, {lat}, {lon})" in plain(texts(at)), "the event as extracted"

    # On the map: moved, re-dated, ringed, and the popup says who corrected it (escaped).
    at.switch_page("pages/map.py")
    at.query_params.clear()
    at.query_params["event"] = eid
    at.run()
    script = map_script(at)["script"]
    assert re.search(r'"lat":\[[^\]]*\b36\.335\b', script) and re.search(
        r'"lon":\[[^\]]*\b43\.1189\b', script
    )
    assert "Corrected (place, date, note) by Ana \\u0026lt;b\\u0026gt;" in script
    assert "Corrected (place, date, note) by Ana &lt;b&gt;" in texts(at)  # the panel beside the map
    assert "Ana <b>" not in texts(at)

    # Rejected: gone from the map, listed on the Corrections page; restored: back on the map.
    at = unlock(open_event(app, eid).run())  # a new session: unlocked again
    at.button(key=f"cx_reject_{eid}").click().run()
    assert "no longer on the map" in plain(at.success[0].value)
    assert "rejected" in at.warning[0].value
    at.switch_page("pages/map.py")
    at.query_params.clear()
    at.run()
    assert eid not in map_script(at)["script"]
    at.switch_page("pages/corrections.py").run()
    assert any(plain(p.proto.label).endswith("(rejected)") for p in at.get("page_link"))
    at = unlock(open_event(app, eid).run())
    at.button(key=f"cx_restore_{eid}").click().run()
    assert "on the map again" in plain(at.success[0].value)
    at.switch_page("pages/map.py")
    at.query_params.clear()
    at.run()
    assert eid in map_script(at)["script"]


def test_a_corrected_date_counts_as_a_text_date_for_the_basis_filter(app, local, own_store):
    event = first_event(own_store, date_basis="publication")
    eid = event["id"]
    at = unlock(open_event(app, eid).run())
    at.date_input(key=f"cx_start_{eid}").set_value("2017-06-06")
    at.date_input(key=f"cx_end_{eid}").set_value("2017-06-06")
    at.selectbox(key=f"cx_precision_{eid}").set_value("day")
    at.button(key=f"cx_date_{eid}").click().run()
    assert not at.error
    at.switch_page("pages/map.py")
    at.query_params.clear()
    at.query_params["basis"] = "text"
    at.query_params["background"] = "1"  # whatever its type: the basis filter is what is tested
    at.run()
    assert re.search(rf'"id":\[[^\]]*"{eid}"', map_script(at)["script"])


def test_a_bad_correction_gets_one_line_and_changes_nothing(app, local, own_store):
    eid = first_event(own_store)["id"]
    at = unlock(open_event(app, eid).run())
    before = snapshot(own_store)
    at.date_input(key=f"cx_start_{eid}").set_value("2017-10-31")
    at.date_input(key=f"cx_end_{eid}").set_value("2017-10-01")
    at.button(key=f"cx_date_{eid}").click().run()
    assert "ends before it starts" in one_line_error(at)
    at.button(key=f"cx_addnote_{eid}").click().run()  # an empty note
    assert "the note is empty" in one_line_error(at)
    assert snapshot(own_store) == before


def test_an_unknown_event_link_is_survived(app):
    at = app("pages/corrections.py", event="0000000000000000").run()
    assert not at.exception and "not in the store" in at.warning[0].value
    at = app("pages/corrections.py", event="<script>").run()
    assert not at.exception and "Corrections" in at.markdown[0].value


# -- the store page -------------------------------------------------------------------------------


def test_store_page_exports_the_whole_store_and_rebuilds_for_editors(app, local, own_store):
    eid = first_event(own_store)["id"]
    with open_store(own_store) as s:
        s.correct(eid, "note", author="Ana", note="kept across rebuilds")
    at = app("pages/store.py").run()
    assert not at.exception
    assert [b.label for b in at.get("download_button")] == [
        "Download GeoJSON",
        "Download CSV",
        "Download GeoPackage",
    ]
    unlock(at)
    at.button(key="store_rebuild").click().run()
    assert not at.exception
    assert "1 correction kept" in at.success[0].value
    with open_store(own_store) as s:
        assert [c.note for c in s.history(eid)] == ["kept across rebuilds"]


HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(1)> **md** [x](javascript:alert(1))"
NAME = "<img src=x onerror=alert(1)> **md** [x](javascript:alert(1))"  # within the 80 characters


def test_hostile_article_and_editor_strings_stay_text_on_the_write_pages(
    app, local, own_store, tmp_path, monkeypatch
):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "evil.txt").write_text(f"Intro. {HOSTILE} in Raqa on October 17.", encoding="utf-8")
    meta = {
        "file": "evil.txt",
        "id": "evil",
        "title": HOSTILE,
        "publisher": HOSTILE,
        "published": "2017-11-15",
    }
    (folder / "manifest.json").write_text(json.dumps({"articles": [meta]}), encoding="utf-8")
    monkeypatch.setenv("CONFLICT_MAP_ARTICLES", str(folder))
    eid = first_event(own_store)["id"]
    at = unlock(open_event(app, eid).run(), name=NAME)
    at.text_area(key=f"cx_note_{eid}").input(HOSTILE)
    at.button(key=f"cx_addnote_{eid}").click().run()
    pages = [at]
    for page in ("pages/corrections.py", "pages/map.py", "pages/store.py"):
        pages.append(app(page, **({"event": eid} if page.endswith("map.py") else {})).run())
    assert f"Corrected (note) by {escape.html(NAME)}" in texts(pages[2])  # on the map's panel, as text
    assert list(at.dataframe[0].value["who"]) == [NAME]  # in the history, as typed
    for shown in pages:
        assert not shown.exception
        page_text = texts(shown) + "".join(e.value for e in [*shown.error, *shown.success])
        assert "<script>" not in page_text and "<img" not in page_text
        markdown = [m.value for m in [*shown.markdown, *shown.caption]] + [
            link.proto.label for link in shown.get("page_link")
        ]
        assert not any("](javascript:" in m or "**md**" in m for m in markdown)


@pytest.mark.parametrize("page", [None, "pages/sources.py", "pages/store.py"])
def test_a_damaged_store_file_gets_one_line_not_a_traceback(app, own_store, page):
    own_store.parent.mkdir(parents=True, exist_ok=True)
    own_store.write_bytes(b"this is not a SQLite database" * 100)
    at = app(page).run()
    assert "cannot be opened" in one_line_error(at)
