"""The streaming YAML and JSON readers: the same values as the stock parsers on any
document they both accept, and refusals with a line number for what they must not take."""

from __future__ import annotations

import io
import json
import math
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from willing import data
from willing.domain.errors import ValidationFailure
from willing.interchange.files import read_path
from willing.interchange.inputs import MAX_DEPTH
from willing.interchange.jsonio import JsonInputError, load_json
from willing.interchange.yamlio import YamlInputError, load_yaml, read_yaml_document

scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=False)
    | st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
    | st.dates()
)
keys = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=10)
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=25,
)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


@settings(max_examples=200, deadline=None)
@given(doc=documents, flow=st.booleans())
def test_yaml_reads_what_the_safe_loader_reads(doc: Any, flow: bool) -> None:
    text = yaml.safe_dump(doc, allow_unicode=True, default_flow_style=flow)
    expected = yaml.safe_load(text)
    assert _same(load_yaml(text), expected)
    assert _same(load_yaml(io.BytesIO(text.encode("utf-8"))), expected)


@settings(max_examples=200, deadline=None)
@given(
    parts=st.lists(documents, min_size=1, max_size=4),
    picks=st.lists(st.integers(0, 3), min_size=1, max_size=8),
    flow=st.booleans(),
)
def test_anchors_and_aliases_read_as_the_safe_loader_reads_them(
    parts: list[Any], picks: list[int], flow: bool
) -> None:
    """A value used twice is written once with an anchor and then as aliases; each alias
    reads as the value it names, however deep, as the stock loader reads it."""
    shared = [[part] for part in parts]  # lists, so that the dumper anchors each one
    doc = {"items": [shared[i % len(shared)] for i in picks], "again": shared}
    text = yaml.safe_dump(doc, allow_unicode=True, default_flow_style=flow)
    assert _same(load_yaml(text), yaml.safe_load(text))
    assert _same(read_yaml_document(text, lambda key: False, lambda *a: None), yaml.safe_load(text))


json_documents = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(blacklist_categories=("Cs",)), max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=25,
)


@settings(max_examples=200, deadline=None)
@given(doc=json_documents)
def test_json_reads_what_the_json_module_reads(doc: Any) -> None:
    text = json.dumps(doc, default=str, ensure_ascii=False, indent=1)
    assert _same(load_json(text), json.loads(text))


def test_records_are_handed_over_one_by_one_and_not_kept() -> None:
    seen: list[tuple[str, int, Any]] = []
    text = "willing: 1\npledges:\n  - {id: a}\n  - {id: b}\nother: [1, 2]\n"
    top = read_yaml_document(text, lambda k: k == "pledges", lambda *a: seen.append(a))
    assert seen == [("pledges", 0, {"id": "a"}), ("pledges", 1, {"id": "b"})]
    assert top == {"willing": 1, "other": [1, 2]}


def test_the_shipped_data_set_reads_as_before() -> None:
    folder = data.path_of("cotw-ukraine-2026")
    for path in sorted(folder.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert load_yaml(text) == yaml.safe_load(text), path.name
    assert sum(read_path(folder).counts().values()) > 600


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("a: [" + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "]\n", "nested deeper", 1),
        ("a: 1\nb: *x\n", "names no finished anchor", 2),
        ("a: &x [*x]\n", "names no finished anchor", 1),
        ("a: 1\na: 2\n", "duplicate key 'a'", 2),
        ("a: !!python/name:os.system\n", "!!python/name:os.system is not accepted", 1),
        ("a: 1\n---\nb: 2\n", "more than one YAML document", 2),
        ("a: " + "9" * 5000 + "\n", "not a valid int", 1),
        ('a: "\\ud800"\n', "invalid Unicode character escape", 1),
        ("? [a]\n: b\n", "a top-level key must be", 1),
        ("x:\n  ? [a]\n  : b\n", "a mapping key must be a plain value", 2),
    ],
)
def test_yaml_refusals_say_what_and_where(text: str, message: str, line: int) -> None:
    with pytest.raises(YamlInputError) as caught:
        load_yaml(text)
    assert message in caught.value.message
    assert caught.value.line == line


def test_an_alias_bomb_is_refused_early() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        prev, name = chr(96 + i), chr(97 + i)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    with pytest.raises(YamlInputError, match="alias bomb"):
        load_yaml("\n".join(lines))


def test_aliases_within_reason_and_merge_keys_still_work() -> None:
    text = "base: &b {x: 1, y: 2}\nuse: {<<: *b, y: 3}\nagain: *b\n"
    assert load_yaml(text) == yaml.safe_load(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"a": NaN}', "NaN is not a JSON value"),
        ('{"a": 1, "a": 2}', "duplicate key"),
        ('{"a": [1,]}', "Expecting value"),
        ("[" * 100_000 + "]" * 100_000, "nested deeper"),
        ('{"a": ' + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "}", "nested deeper"),
        ('{"a": 1} {"b": 2}', "Extra data"),
    ],
)
def test_json_refusals_say_what(text: str, message: str) -> None:
    with pytest.raises(JsonInputError, match=message):
        load_json(text)


def test_a_bad_record_at_the_end_of_a_large_file_is_named(tmp_path: Path) -> None:
    record = "  - {id: P-%d, party: GBR, capability: x, quantity: 1, layers: [reassure]}\n"
    path = tmp_path / "big.yaml"
    path.write_text(
        "pledges:\n"
        + "".join(record % i for i in range(20_000))
        + "  - {id: P-BAD, quantity: -1}\n",
        encoding="utf-8",
    )
    with pytest.raises(Exception, match=r"pledges\[20000\] id 'P-BAD', field 'quantity'"):
        read_path(path)


@pytest.mark.parametrize("suffix", ["json", "yaml"])
def test_reading_stops_at_the_first_invalid_record(tmp_path: Path, suffix: str) -> None:
    """Its problems are all reported; the records after it are not read (one of them
    would not even parse)."""
    good = {"id": "P-0", "party": "GBR", "capability": "x", "quantity": 1, "layers": ["support"]}
    bad = {"id": "P-1", "party": "GBR", "quantity": -1, "layers": ["nowhere"]}
    text = json.dumps({"pledges": [good, bad, *({"id": f"P-{i}"} for i in range(2, 5000))]})
    path = tmp_path / f"bad.{suffix}"
    path.write_text(text[:-2] + ", [}]}")  # broken after the bad record
    with pytest.raises(ValidationFailure) as refused:
        read_path(path)
    shown = [(p.where, p.field) for p in refused.value.problems]
    at = f"{path}: pledges[1] id 'P-1'"
    assert shown == [(at, "capability"), (at, "quantity"), (at, "layers.0"), (at, None)]
    assert "nothing after it was read" in refused.value.problems[-1].message
