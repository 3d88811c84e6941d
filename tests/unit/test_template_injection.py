"""No article, link or editor text is ever template source.

branca renders each macro of a map element and, by default, parses the result as a Jinja template a
second time (``MacroElement.render`` wraps it in a new ``Element``): an article quoting ``{{ 7*191 }}``
showed 1337, and ``{{ lipsum.__globals__.os.popen(...) }}`` ran a shell command on the server. These
tests render the map the way st_folium does and check that every field's text arrives as data.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from branca.element import Figure
from folium.template import Template
from streamlit_folium import _get_map_string

from geo import escape
from geo.maps import eventmap
from geo.maps.elements import MapElement

SAMPLE_FILE = Path(__file__).resolve().parents[1] / "data" / "sample_events.geojson"
SAMPLE = json.loads(SAMPLE_FILE.read_text(encoding="utf-8"))["features"]

# Every form a template engine acts on, and text that merely looks like it.
ATTACKS = [
    "{{ 'pw' ~ 'ned' }}",  # an expression: would render "pwned"
    "{{ 7*191 }}",
    "{% if true %}{{ 'pw' ~ 'ned' }}{% endif %}",  # a statement
    "{# comment #}hidden",  # a comment: would swallow its text
    "{{citation needed}}",  # wiki text: a syntax error took the page down
    "{% raw %}",  # an unclosed block: likewise
    "{%- for x in range(3) -%}{{ 'pw' ~ 'ned' }}{%- endfor -%}",
    "}}{{ {%%} {##}",  # stray delimiters
    "{{ lipsum.__globals__.os.popen('touch {sentinel}').read() }}",  # the real payload
    "{{ self.__init__.__globals__.__builtins__.__import__('os').system('touch {sentinel}') }}",
]

FIELDS = [
    # (where the text sits in a feature, how to put it there)
    "place",
    "excerpt",
    "source.title",
    "source.publisher",
    "source.url",
    "correction.by",
    "correction.notes",
]


def hostile_feature(field: str, text: str) -> dict:
    feature = json.loads(json.dumps(SAMPLE[0]))
    props = feature["properties"]
    if field == "excerpt":
        props["excerpt"] = f"Before {text} after {props['mention']}."
        props["excerpt_start"] = 0
        props["mention_start"] = props["excerpt"].rindex(props["mention"])
        props["mention_end"] = props["mention_start"] + len(props["mention"])
    elif field.startswith("source."):
        key = field.split(".", 1)[1]
        props["source"][key] = f"https://example.org/{text}" if key == "url" else text
    elif field.startswith("correction."):
        key = field.split(".", 1)[1]
        props["corrected"] = True
        props["correction"] = {
            "kinds": ["note"],
            "by": text if key == "by" else "Ana",
            "at": "2026-11-21T10:00:00+00:00",
            "notes": [text] if key == "notes" else [],
        }
    else:
        props[field] = text
    return feature


def rendered(features: list[dict], focus: str | None = None) -> str:
    """What st_folium sends to the browser: it renders the whole figure, then each element's script."""
    m = eventmap.build_map(features, basemap_url="/app/static/basemap/countries.geojson", focus=focus)
    page = m.get_root().render()
    return page + "\n" + _get_map_string(m)


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("attack", ATTACKS)
def test_template_syntax_in_any_field_stays_text_and_runs_nothing(field, attack, tmp_path):
    sentinel = tmp_path / "payload-ran"
    text = attack.replace("{sentinel}", str(sentinel))
    out = rendered([hostile_feature(field, text), *SAMPLE[1:3]])  # no exception: the map is drawn
    assert not sentinel.exists(), "the payload ran on the server"
    assert "pwned" not in out  # what the expressions above evaluate to
    # The text is in the page as data (a JS string with its braces escaped), every character of it.
    shown = f"https://example.org/{text}" if field == "source.url" else text
    as_data = escape.js(escape.html(shown))[1:-1]
    assert as_data in out
    assert "{{" not in as_data and "{%" not in as_data and "{#" not in as_data


def test_a_focused_event_id_from_a_link_is_data_too():
    attack = "{{ 'pw' ~ 'ned' }}"
    out = rendered(SAMPLE[:3], focus=attack)
    assert "pwned" not in out


class _Raw(MapElement):
    """An element that puts a value into its script without escaping (as a careless plugin might)."""

    _template = Template("{% macro script(this, kwargs) %}var raw = '{{ this.raw }}';{% endmacro %}")

    def __init__(self, raw: str):
        super().__init__()
        self.raw = raw


@pytest.mark.parametrize("attack", ATTACKS[:4])
def test_map_elements_render_their_macros_once(attack):
    """Even unescaped, a map element's output is not parsed again: the braces reach the page as typed."""
    figure = Figure()
    figure.add_child(_Raw(attack))
    out = figure.render()
    assert f"var raw = '{attack}';" in out


@pytest.mark.parametrize(
    "value",
    [
        "{{ x }}",
        {"quote": "{% raw %}", "list": ["{#", "}}"]},
        [{"a": {"b": "{{"}}],  # nested objects: structural braces stay, those in strings go
        "back\\\\{{ slash",
    ],
)
def test_js_literals_keep_no_brace_inside_strings(value):
    literal = escape.js(value)
    assert json.loads(literal) == value
    strings = re.findall(r'"[^"\\]*(?:\\.[^"\\]*)*"', literal)
    assert not any("{" in s or "}" in s for s in strings)
