"""The Add article page: paste or upload, check the details, preview the events, save.

Reading (``geo.sources.ingest``) turns the input into a draft or refuses it with one line; nothing is stored
until Save, which checks access again and stores the article with its events in one transaction.
The text is only ever shown escaped: uploaded HTML is reduced to its words and kept as plain text.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import Any

import pandas as pd
import streamlit as st

from geo import escape
from geo.sources import ingest
from geo.sources.articles import MAX_BYTES, Article, ArticleError
from geo.store import DuplicateArticle, StoreError, export, text_hash
from geo.worker import WorkFailed
from ui import access, data, maps, work

PASTE, UPLOAD = "Paste text", "Upload a file"
LIMIT = f"{MAX_BYTES // 1_000_000} MB"
_DRAFT = "_add_draft"  # the article read from the input (geo.sources.ingest.Draft)
_ERROR = "_add_error"  # why the last read failed
_SAVED = "_add_saved"  # {"hash", "id", "events"} of the article this session saved last
_PREVIEW = "_add_preview"  # (key, features) of the last preview
FIELDS = ("add_title", "add_publisher", "add_url", "add_published")


def _read() -> None:
    """The Read button: the pasted text or the uploaded file as a draft, its details pre-filled."""
    ss = st.session_state
    for key in (_DRAFT, _ERROR, _PREVIEW):
        ss.pop(key, None)
    try:
        if ss.get("add_mode") == UPLOAD:
            upload = ss.get("add_file")
            if upload is None:
                raise ArticleError("choose a .txt, .md or .html file first")
            draft = work.worker().read(upload.name, upload.getvalue())
        else:
            draft = work.worker().read(None, ss.get("add_text") or "")
    except (ArticleError, WorkFailed) as e:
        ss[_ERROR] = str(e)
        return
    ss[_DRAFT] = draft
    ss["add_title"] = draft.title or ""
    ss["add_publisher"] = draft.publisher or ""
    ss["add_url"] = draft.url or ""
    ss["add_published"] = draft.published.isoformat() if draft.published else ""


def article_from(draft: ingest.Draft, fields: dict[str, str]) -> Article:
    """The draft with the analyst's details, checked (an ArticleError names the bad one)."""
    published = (fields.get("add_published") or "").strip()
    stated = draft.published and published == draft.published.isoformat()
    return ingest.with_metadata(
        draft,
        title=fields.get("add_title"),
        publisher=fields.get("add_publisher"),
        url=fields.get("add_url"),
        published=published,
        published_basis=(
            "stated in the article; confirmed by the analyst who added it"
            if stated
            else "given by the analyst who added it"
        ),
    )


def _preview(article: Article) -> list[dict[str, Any]]:
    """The events the article would give (extracted once per text and publication date, in a worker
    process: a long text never stalls the other sessions). A refusal is a StoreError or WorkFailed."""
    key = (text_hash(article.text), article.published, article.title, article.publisher, article.url)
    cached = st.session_state.get(_PREVIEW)
    if cached and cached[0] == key:
        return cached[1]
    with st.spinner("Finding the places and dates…"):
        features = work.worker().preview(replace(article, id="preview"))
    st.session_state[_PREVIEW] = (key, features)
    return features


def _save(article: Article) -> None:
    """Store the article (access checked again first) and say what happened, in one line."""
    ss = st.session_state
    digest = text_hash(article.text)
    saved = ss.get(_SAVED) or {}
    if saved.get("hash") == digest:  # a second click on Save
        _saved_message(saved, again=True)
        return
    if not access.allowed():
        st.error("Editing is off for this session: nothing was saved.")
        return
    try:
        with data.store() as s:  # prepared (filled on first use) before the worker writes to it
            path = str(s.path)
        with st.spinner("Saving…"):
            added = work.worker().add(path, [article], access.editor_name())[0]
    except DuplicateArticle as e:
        if e.existing_id == saved.get("id"):
            _saved_message(saved, again=True)
            return
        st.error(escape.markdown(f"Not saved: {e}."), icon=":material/error:")
        st.page_link(
            "pages/sources.py",
            query_params={"source": e.existing_id},
            label="Open the article already in the store",
            icon=":material/article:",
        )
        return
    except (StoreError, ArticleError, WorkFailed, sqlite3.Error) as e:  # StoreError is an ArticleError
        st.error(escape.markdown(f"Not saved: {e}."), icon=":material/error:")
        return
    ss[_SAVED] = saved = {"hash": digest, "id": added.article_id, "events": added.events}
    _saved_message(saved)


def _saved_message(saved: dict[str, Any], again: bool = False) -> None:
    n = saved["events"]
    words = f"{n} event{'s' if n != 1 else ''}"
    if again:
        st.info(escape.markdown(f"Already saved as {saved['id']} ({words})."), icon=":material/check_circle:")
    else:
        st.success(escape.markdown(f"Saved as {saved['id']} with {words}: they are on the map now."))
    st.page_link(
        "pages/map.py",
        query_params={"source": saved["id"], "background": "1"},  # all of its events, background ones too
        label="Show its events on the map",
        icon=":material/map:",
    )


def page() -> None:
    st.markdown("#### Add an article")
    st.caption(
        f"Paste a news report or upload a .txt, .md or .html file (up to {LIMIT}); check its details and "
        "the events found in it, then save it: its events are on the map at once."
    )
    if access.editor("add articles") is None:
        return
    ss = st.session_state
    mode = st.radio("Article", [PASTE, UPLOAD], key="add_mode", horizontal=True, label_visibility="collapsed")
    if mode == PASTE:
        st.text_area(
            "Article text",
            key="add_text",
            height=220,
            placeholder="Paste the article's text (or its page's HTML) here.",
        )
    else:
        st.file_uploader(
            f"Article file (.txt, .md or .html; up to {LIMIT})",
            type=[e.lstrip(".") for e in ingest.EXTENSIONS],
            key="add_file",
        )
    st.button("Read the article", on_click=_read, icon=":material/description:")
    error = ss.pop(_ERROR, None)
    if error:
        st.error(escape.markdown(f"Cannot read this article: {error}."), icon=":material/error:")
    draft = ss.get(_DRAFT)
    if draft is None:
        return

    for note in draft.notes:
        st.info(escape.markdown(note), icon=":material/info:")
    left, right = st.columns(2)
    left.text_input("Title", key="add_title", max_chars=ingest.MAX_FIELD)
    right.text_input("Publisher", key="add_publisher", max_chars=ingest.MAX_FIELD)
    left.text_input("URL", key="add_url", max_chars=ingest.MAX_FIELD, placeholder="https://…")
    right.text_input(
        "Publication date (YYYY-MM-DD)",
        key="add_published",
        help="Pre-filled when the article states it. Words like “on Tuesday” are read against it.",
    )
    try:
        article = article_from(draft, {k: ss.get(k) or "" for k in FIELDS})
    except ArticleError as e:
        st.error(escape.markdown(f"Check the details: {e}."), icon=":material/error:")
        return

    try:
        features = _preview(article)
    except (StoreError, WorkFailed) as e:
        st.error(escape.markdown(f"Cannot preview this article: {e}."), icon=":material/error:")
        return
    st.markdown(
        f"**Preview: {len(features)} event{'s' if len(features) != 1 else ''} found** (nothing is saved yet)."
    )
    if features:
        maps.show(features, key="add_preview_map", height=360)
        table = pd.DataFrame(export.rows(features), columns=export.COLUMNS)
        st.dataframe(
            table[["date", "place", "mention", "quote"]],
            hide_index=True,
            height=min(320, 38 + 35 * len(table)),
        )
    with st.expander(f"The text to be stored ({len(article.text):,} characters, plain text)"):
        st.html(
            '<div class="art" style="white-space:pre-wrap;line-height:1.5;max-height:360px;overflow:auto">'
            + escape.html(article.text)
            + "</div>"
        )
    if st.button("Save to the store", type="primary", icon=":material/save:", key="add_save"):
        _save(article)
    elif (ss.get(_SAVED) or {}).get("hash") == text_hash(article.text):
        _saved_message(ss[_SAVED], again=True)
