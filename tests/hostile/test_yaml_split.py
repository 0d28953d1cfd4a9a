"""A large YAML file read by two processes gives exactly what one reader gives: the same
records, or the same error, wherever the cut falls (inside quoted text, a block scalar, a
flow collection, after an anchor that a later alias names, before a repeated key)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from willing.domain.errors import ValidationFailure
from willing.interchange import files, yamlsplit
from willing.interchange.documents import DatasetReader, TooManyProblems
from willing.interchange.yamlio import YamlInputError, read_yaml_document
from willing.interchange.yamlsplit import Cut, Part, Takeover, find_cut, read_part

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from hostile_import import make  # noqa: E402 - the benchmark's own file maker

PLEDGE = (
    "id: P-{n}\n{i}party: GBR\n{i}capability: mech-inf-bn\n{i}quantity: {q}\n"
    "{i}layers: [reassure]\n"
)
REQUIREMENT = (
    "id: R-{n}\n{i}capability: mech-inf-bn\n{i}quantity: 3\n{i}layer: reassure\n"
    "{i}location: UKR\n{i}phase: P1\n{i}priority: 1\n"
)

#: Values of `caveats` that hold a line a cut could take for an item or a key.
TRICKY = [
    '"quoted, with\n{d}- id: P-FAKE\n  and more"',
    "'single, with\n{d}- id: P-FAKE'",
    "|\n{i}  a block\n{i}  - id: P-FAKE\n",
    ">\n{i}  folded\n{i}  pledges:\n",
    '"a key inside\npledges:\n{d}- x"',
    "plain words\n{i}  - continued",
    "[a,\n{d}- b]",
    "{{a: 1,\n{d}- b}}",
]


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A dataset in block style with tricky values, anchors, aliases, comments, invalid
    records and keys after the lists."""
    indent = draw(st.sampled_from([0, 2]))
    dash = " " * indent
    inner = " " * (indent + 2)
    out = ["willing: 1\n"]
    if draw(st.booleans()):
        out.append('title: "a title\n  on two lines"\n')
    anchors: list[str] = []
    for kind, template in (("pledges", PLEDGE), ("requirements", REQUIREMENT)):
        if kind == "requirements" and not draw(st.booleans()):
            continue
        out.append(f"{kind}:\n")
        for n in range(draw(st.integers(1, 8))):
            shape = draw(
                st.sampled_from(["plain", "tricky", "anchor", "alias", "comment", "bad", "below"])
            )
            if shape == "alias" and anchors:
                out.append(f"{dash}- *{draw(st.sampled_from(anchors))}\n")
                continue
            if shape == "comment":
                out.append(f"# {dash}- id: P-COMMENT\n{dash}# - not an item\n")
            quantity = -1 if shape == "bad" else draw(st.integers(1, 9))
            body = template.format(n=f"{kind[0]}{n}", i=inner, q=quantity)
            anchor = ""
            if shape == "anchor":
                anchor = f"&a{n}{kind[0]} "
                anchors.append(f"a{n}{kind[0]}")
            if shape == "tricky" and kind == "pledges":
                value = draw(st.sampled_from(TRICKY)).format(d=dash, i=inner)
                body += f"{inner}caveats: {value}\n"
            if shape == "below":  # the item's mapping starts on the line after its dash
                out.append(f"{dash}-\n{inner}{body}")
            else:
                out.append(f"{dash}- {anchor}{body}")
    if draw(st.booleans()):
        out.append(draw(st.sampled_from(["dataset: after\n", "pledges: []\n", "title: late\n"])))
    return "".join(out)


def outcome(read: Any, where: str = "doc.yaml") -> tuple[Any, ...]:
    """What a reading gives: its records, or its error, in comparable form."""
    reader = DatasetReader(where)
    try:
        top = read(reader)
        dataset = reader.finish(top)
    except YamlInputError as exc:
        return ("yaml", exc.message, exc.line)
    except TooManyProblems:
        return ("stopped", [repr(p) for p in reader.stopped().problems])
    except ValidationFailure as failure:
        return ("invalid", [repr(p) for p in failure.problems])
    return ("ok", dataset.name, dataset.title, {k: list(v) for k, v in dataset.records.items()})


def one_reader(data: bytes, where: str = "doc.yaml") -> tuple[Any, ...]:
    return outcome(lambda reader: read_yaml_document(data, reader.streams, reader.add), where)


def split_reader(data: bytes, cut: Cut) -> tuple[tuple[Any, ...], bool]:
    """The reading with a cut, the helper's part read here (the same `read_part` the helper
    process runs), and whether the part was taken."""
    taken: list[Part | None] = []

    def part() -> Part | None:
        taken.append(read_part(data[cut.offset :], cut.key))
        return taken[-1]

    def read(reader: DatasetReader) -> Any:
        takeover = Takeover(data, cut, part, reader)
        return read_yaml_document(data, reader.streams, reader.add, takeover)

    result = outcome(read)
    return result, bool(taken) and taken[-1] is not None


def line_starts(data: bytes) -> list[tuple[int, int]]:
    starts, offset = [(0, 0)], 0
    for line, text in enumerate(data.split(b"\n")[:-1], start=1):
        offset += len(text) + 1
        starts.append((offset, line))
    return starts


@settings(max_examples=150, deadline=None)
@given(documents(), st.data())
@example(
    "willing: 1\npledges:\n- id: P-1\n  party: GBR\n  capability: c\n  quantity: 1\n"
    '  layers: [reassure]\n  caveats: "x\n- id: P-FAKE\n  y"\n- id: P-2\n  party: GBR\n'
    "  capability: c\n  quantity: -1\n  layers: [reassure]\n",
    None,
)
@example(
    "willing: 1\npledges:\n- id: P-1\n  party: GBR\n  capability: c\n  quantity: 1\n"
    "  layers: [reassure]\n-\n  id: P-2\n  party: GBR\n  capability: c\n  quantity: 1\n"
    "  layers: [reassure]\n",
    "below",
)
def test_any_cut_reads_as_one_reader(text: str, data: Any) -> None:
    raw = text.encode()
    expected = one_reader(raw)
    starts = line_starts(raw)
    cuts = [find_cut(raw, near) for near in range(0, len(raw), max(1, len(raw) // 7))]
    if data == "below":  # a cut at the first line of an item's mapping, below its dash
        offset = raw.index(b"  id: P-2")
        cuts.append(Cut(offset, raw.count(b"\n", 0, offset), "pledges", 0))
    elif data is not None:  # any line, any key, any indent: most of these cuts are wrong
        for _ in range(4):
            offset, line = data.draw(st.sampled_from(starts))
            key = data.draw(st.sampled_from(["pledges", "requirements"]))
            cuts.append(Cut(offset, line, key, data.draw(st.sampled_from([0, 2, 4]))))
    for cut in cuts:
        if cut is None:
            continue
        got, _ = split_reader(raw, cut)
        assert got == expected, (cut, text)


def test_a_proposed_cut_is_taken_on_a_plain_file() -> None:
    """The cut is not always refused: on the usual shape the helper's part is used."""
    text = "willing: 1\npledges:\n" + "".join(
        "  - " + PLEDGE.format(n=n, i="    ", q=2) for n in range(40)
    )
    raw = text.encode()
    cut = find_cut(raw)
    assert cut is not None
    assert (cut.key, cut.indent) == ("pledges", 2)
    got, taken = split_reader(raw, cut)
    assert taken
    assert got == one_reader(raw)
    assert [r.id for r in got[3]["pledges"]] == [f"P-{n}" for n in range(40)]


@pytest.mark.parametrize(
    "text",
    [
        "%YAML 1.1\n---\npledges:\n- a\n- b\n",
        "pledges:\r\n- a\r\n- b\r\n",
        "{pledges: [a, b, c]}\n",
        "title: x\nnotes:\n- a\n- b\n",
    ],
)
def test_no_cut_where_lines_or_directives_would_read_differently(text: str) -> None:
    assert find_cut(text.encode(), 0) is None


def test_the_cut_is_an_item_of_the_list_that_holds_the_middle() -> None:
    raw = b"willing: 1\npledges:\n  - a\n  - b\n  - c\nrequirements:\n- d\n- e\n"
    cut = find_cut(raw, raw.index(b"  - b"))
    assert cut == Cut(raw.index(b"  - b"), 3, "pledges", 2)
    cut = find_cut(raw, raw.index(b"- e") - 1)
    assert cut == Cut(raw.index(b"- e"), 7, "requirements", 0)


@pytest.mark.parametrize("bad", ["last", "none"])
def test_a_large_file_is_read_by_two_processes_as_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bad: str
) -> None:
    """The real helper process, through `willing load`'s own reading: same dataset or
    same error as one reader, and the helper's part was used."""
    path = tmp_path / "large.yaml"
    make(path, 400_000)
    if bad == "none":
        text = path.read_text()
        path.write_text(text[: text.rindex("  - {id: P-BULK-BAD")])
    raw = path.read_bytes()
    expected = one_reader(raw, str(path))
    taken: list[bool] = []
    real = yamlsplit.Helper.result

    def result(self: yamlsplit.Helper) -> Part | None:
        part = real(self)
        taken.append(part is not None)
        return part

    monkeypatch.setattr(yamlsplit.Helper, "result", result)
    monkeypatch.setattr(files, "MIN_BYTES", 0)
    monkeypatch.setattr(files, "usable_cpus", lambda: 2)
    if bad == "last":
        with pytest.raises(ValidationFailure) as failure:
            files.read_document(path, "yaml")
        assert expected[0] == "stopped"
        assert [repr(p) for p in failure.value.problems] == expected[1]
    else:
        dataset = files.read_document(path, "yaml")
        assert expected[0] == "ok"
        assert dataset.records["pledges"] == expected[3]["pledges"]
    assert taken == [True]
