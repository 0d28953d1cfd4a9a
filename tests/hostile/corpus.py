# ruff: noqa: E501  (a table of literal inputs: long lines read better whole)
"""The hostile-input corpus: every case, how it is made, and which input paths accept it.

Files are committed under `cases/` (run `python -m tests.hostile.corpus` to write them
again after editing this table; a test fails when the two disagree). Cases that cannot be
committed (pipes, devices, folders where a file is expected, files past the size cap) are
made by the runner from `SPECIAL`.

A case is refused by every input path unless `accepts` names the path: those are inputs
the product takes on purpose (a name holding ``ESC[2J`` is data) and must then show safely.
"""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass, field
from pathlib import Path

CASES_DIR = Path(__file__).resolve().parent / "cases"

HEAD = "willing: 1\ndataset: hostile\n"
#: One valid pledge of the shipped data set's parties and capabilities, in flow style.
PLEDGE = "{id: P-HOSTILE-1, party: GBR, capability: mech-inf-bn, quantity: 1, layers: [reassure]}"
#: The id of the record the runner adds, hidden from every party but France.
HIDDEN_PLEDGE = "P-FRA-HIDDEN-1"


@dataclass(frozen=True)
class Case:
    """One hostile input: its file (or folder of files) and the paths that take it."""

    name: str
    files: dict[str, bytes]
    why: str
    accepts: frozenset[str] = field(default_factory=frozenset)


def _y(text: str) -> bytes:
    return (HEAD + text).encode("utf-8")


def _pledges(*records: str) -> bytes:
    return _y("pledges:\n" + "".join(f"  - {r}\n" for r in records))


def _pledge(**changes: str) -> str:
    fields = {
        "id": "P-HOSTILE-1",
        "party": "GBR",
        "capability": "mech-inf-bn",
        "quantity": "1",
        "layers": "[reassure]",
    }
    fields.update(changes)
    return "{" + ", ".join(f"{k}: {v}" for k, v in fields.items() if v != "-") + "}"


def _j(doc: object) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


JSON_PLEDGE = {
    "id": "P-HOSTILE-1",
    "party": "GBR",
    "capability": "mech-inf-bn",
    "quantity": 1,
    "layers": ["reassure"],
}


def _jp(**changes: object) -> bytes:
    return _j({"willing": 1, "dataset": "hostile", "pledges": [{**JSON_PLEDGE, **changes}]})


def _raw_json(text: str) -> bytes:
    return text.encode("utf-8")


def _csv(kind: str, text: str) -> dict[str, bytes]:
    return {f"{kind}.csv": text.encode("utf-8")}


CSV_HEAD = "id,party,capability,quantity,layers\r\n"
ESC = "\\e[2J\\e[31mOwned\\e[0m"
ALL_SCENARIO = frozenset(
    {"scenario-save", "scenario-show", "compare", "montecarlo", "criticality", "sensitivity"}
)
LOADS = frozenset({"load", "load-replace"})
#: `scenario show FILE` prints a file's assumptions without checking them against the
#: registry (that is what save and every computation do): it takes a well-formed scenario.
SHOWN = frozenset({"scenario-show"})
#: A scenario's id and label matter when it is stored (save refuses a built-in's id and a
#: label of another party); showing it or computing with it from a file takes them.
UNSTORED = frozenset({"scenario-show", "compare", "montecarlo", "criticality", "sensitivity"})


def _deep_yaml(n: int) -> bytes:
    return _y("pledges:\n  - " + "[" * n + "]" * n + "\n")


def _bomb() -> bytes:
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 9):
        prev, name = chr(96 + i), chr(97 + i)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    return _y("\n".join(lines) + "\npledges: [*i]\n")


def _cases() -> list[Case]:
    c: list[Case] = []

    def add(
        name: str, data: bytes | dict[str, bytes], why: str, accepts: frozenset[str] = frozenset()
    ) -> None:
        files = data if isinstance(data, dict) else {name: data}
        c.append(Case(name, files, why, accepts))

    good = _pledges(PLEDGE).decode()
    # --- encodings and bytes
    add("utf16-bom.yaml", codecs.BOM_UTF16_LE + good.encode("utf-16-le"), "UTF-16 with a mark")
    add("utf16-no-bom.yaml", good.encode("utf-16-le"), "UTF-16 without a mark (NUL bytes)")
    add("utf32-bom.yaml", codecs.BOM_UTF32_LE + good.encode("utf-32-le"), "UTF-32")
    add(
        "latin1.yaml",
        _pledges(_pledge(caveats='"caf\xe9"')).decode().encode("latin-1"),
        "Latin-1 bytes",
    )
    add("invalid-utf8.yaml", _y("pledges: []\n") + b"# \xff\xfe\xfd\n", "bytes that are no UTF-8")
    add("overlong-utf8.yaml", _y("dataset2: ") + b"\xc0\xaf\n", "an overlong UTF-8 sequence")
    add(
        "utf8-surrogate-bytes.yaml",
        _y("pledges: []\ntitle2: ") + b"\xed\xa0\x80\n",
        "a surrogate encoded as UTF-8",
    )
    add("surrogate-escape.yaml", _pledges(_pledge(caveats='"\\ud800"')), "a lone surrogate escape")
    add(
        "surrogate-pair-escape.yaml",
        _pledges(_pledge(caveats='"\\ud83d\\ude00"')),
        "a surrogate pair as two escapes",
    )
    add("nul-byte.yaml", _y("pledges: []\n") + b"title: a\x00b\n", "a raw NUL byte")
    add("nul-escape.yaml", _pledges(_pledge(caveats='"a\\0b"')), "a NUL escape")
    add("bom-twice.yaml", codecs.BOM_UTF8 * 2 + good.encode(), "two byte-order marks")
    add("raw-esc.yaml", _y("pledges: []\ntitle: ") + b"\x1b[2J\n", "a raw escape byte")
    add("raw-c1.yaml", _y("pledges: []\ntitle: ") + "\x9b2J".encode() + b"\n", "a raw C1 control")
    add("png.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "an image")
    add("random-bytes.yaml", bytes((i * 151 + 7) % 256 for i in range(4096)), "binary noise")
    add("empty.yaml", b"", "an empty file")
    add("blank.yaml", b"   \n\n\t\n", "only blanks")
    add("comment-only.yaml", b"# nothing here\n", "only a comment")
    # --- document structure
    add("top-list.yaml", b"- 1\n- 2\n", "a list at the top")
    add("top-scalar.yaml", b"hello\n", "a scalar at the top")
    add("kind-mapping.yaml", _y("pledges: {a: 1}\n"), "a kind holding a mapping")
    add("kind-null.yaml", _y("pledges: null\n"), "a kind holding null")
    add("unknown-kind.yaml", _y("weapons: []\n"), "an unknown kind")
    add("record-scalar.yaml", _y("pledges: [1, two]\n"), "records that are scalars")
    add("deep-100.yaml", _deep_yaml(100), "lists nested 100 deep")
    add("deep-20000.yaml", _deep_yaml(20000), "lists nested 20,000 deep")
    add(
        "deep-mapping.yaml",
        _y("pledges:\n  - " + "{a: " * 3000 + "1" + "}" * 3000 + "\n"),
        "mappings nested 3,000 deep",
    )
    add(
        "deep-block.yaml",
        _y("pledges:\n" + "".join("  " * i + "- \n" for i in range(1, 200))),
        "block lists nested 200 deep",
    )
    add("alias-bomb.yaml", _bomb(), "a billion laughs")
    add("alias-cycle.yaml", _y("pledges: &a [*a]\n"), "an alias inside its own anchor")
    add("alias-unknown.yaml", _y("pledges: [*nothing]\n"), "an alias to no anchor")
    add("merge-scalar.yaml", _y("pledges:\n  - {<<: 1, id: P-HOSTILE-1}\n"), "a merge of a scalar")
    add(
        "python-tag.yaml",
        _y("pledges:\n  - !!python/object/apply:os.system [echo pwned]\n"),
        "a Python object tag",
    )
    add("custom-tag.yaml", _pledges(_pledge(quantity="!weird 1")), "an unknown local tag")
    add("binary-tag.yaml", _pledges(_pledge(caveats="!!binary aGVsbG8=")), "a binary tag")
    add("set-tag.yaml", _y("pledges:\n  - !!set {a, b}\n"), "a set tag")
    add(
        "duplicate-key.yaml",
        _pledges(_pledge()[:-1] + ", quantity: 2}"),
        "a key given twice in a record",
    )
    add("duplicate-top-key.yaml", _y("pledges: []\npledges: []\n"), "a kind given twice")
    add("multi-document.yaml", _y("pledges: []\n---\npledges: []\n"), "two YAML documents")
    add("complex-key.yaml", _y("? [a, b]\n: c\n"), "a list as a key")
    add("plain-equals.yaml", _pledges(_pledge(caveats="=")), "a plain '=' value")
    add("unclosed-flow.yaml", _y("pledges: [{id: P-1\n"), "an unclosed flow")
    add("tab-indent.yaml", _y("pledges:\n\t- {id: P-1}\n"), "a tab as indentation")
    # --- values and types
    add("huge-int.yaml", _pledges(_pledge(readiness_days="9" * 5000)), "an integer of 5,000 digits")
    add(
        "int-overflow.yaml", _pledges(_pledge(readiness_days=str(2**40))), "an integer past 32 bits"
    )
    add("nan.yaml", _pledges(_pledge(quantity=".nan")), "NaN")
    add("inf.yaml", _pledges(_pledge(quantity=".inf")), "infinity")
    add("float-overflow.yaml", _pledges(_pledge(quantity="1.0e+400")), "a float past double range")
    add("zero-quantity.yaml", _pledges(_pledge(quantity="0")), "a zero quantity")
    add("bool-quantity.yaml", _pledges(_pledge(quantity="yes")), "a boolean as a number")
    add("date-as-text.yaml", _pledges(_pledge(caveats="2025-01-01")), "a date where text goes")
    add("list-as-text.yaml", _pledges(_pledge(party="[GBR, FRA]")), "a list where a code goes")
    add("map-as-list.yaml", _pledges(_pledge(layers="{a: b}")), "a mapping where a list goes")
    add("unknown-field.yaml", _pledges(_pledge(secret="yes")), "an unknown field")
    add("missing-field.yaml", _pledges(_pledge(party="-")), "a required field left out")
    add("bad-enum.yaml", _pledges(_pledge(layers="[nuclear]")), "a layer that does not exist")
    add("long-id.yaml", _pledges(_pledge(id="P" * 10000)), "an id of 10,000 characters")
    add("path-id.yaml", _pledges(_pledge(id="../../etc/passwd")), "a path as an id")
    add("esc-id.yaml", _pledges(_pledge(id=f'"P-{ESC}"')), "control characters in an id")
    add("duplicate-id.yaml", _pledges(_pledge(), _pledge()), "one id twice")
    add("stored-id.yaml", _pledges(_pledge(id="P-GBR-mech-inf-bn-1")), "a stored id")
    add("hidden-id.yaml", _pledges(_pledge(id=HIDDEN_PLEDGE)), "the id of a hidden record")
    add("unknown-party.yaml", _pledges(_pledge(party="ZZZ")), "a party that does not exist")
    many = [_pledge(id=f"P-BAD-{i}", quantity="-1") for i in range(1000)]
    add("thousand-errors.yaml", _pledges(*many), "a thousand bad records")
    add("bad-version.yaml", b"willing: 2\npledges: []\n", "a future format version")
    add(
        "esc-dataset-name.yaml",
        f'willing: 1\ndataset: "{ESC}"\npledges: []\n'.encode(),
        "control characters in the dataset name",
    )
    add(
        "long-dataset-name.yaml",
        f"willing: 1\ndataset: {'d' * 5000}\npledges: []\n".encode(),
        "a dataset name of 5,000 characters",
    )
    add(
        "list-dataset-name.yaml",
        b"willing: 1\ndataset: [a, b]\npledges: []\n",
        "a list as the dataset name",
    )
    add(
        "history-disorder.yaml",
        _pledges(
            _pledge(
                status="committed",
                history="[{status: committed, date: 2026-01-02}, {status: announced, date: 2026-01-01}]",
            )
        ),
        "history out of order",
    )
    # --- labels
    add(
        "label-classification.yaml",
        _pledges(_pledge(label="{classification: TOP-SECRET}")),
        "an unknown classification",
    )
    add(
        "label-unknown-owner.yaml",
        _pledges(_pledge(label="{classification: NATIONAL, owner: ZZZ}")),
        "an unknown owner",
    )
    add(
        "label-unknown-release.yaml",
        _pledges(_pledge(label="{classification: COALITION, releasable_to: [ZZZ]}")),
        "release to an unknown party",
    )
    add(
        "label-extra.yaml",
        _pledges(_pledge(label="{classification: PUBLIC, clearance: all}")),
        "an unknown label field",
    )
    add(
        "label-long-policy.yaml",
        _pledges(_pledge(label="{policy: " + "X" * 100 + "}")),
        "a policy of 100 characters",
    )
    add(
        "owner-mismatch.yaml",
        _pledges(
            _pledge(
                party="POL", label="{classification: NATIONAL, owner: FRA, releasable_to: [FRA]}"
            )
        ),
        "a Polish pledge owned by France",
    )
    add(
        "leaking-reference.yaml",
        _y(
            "conditions:\n  - {id: c-secret, name: Secret, label: {classification: NATIONAL, owner: FRA}}\npledges:\n  - "
            + _pledge(conditions="[c-secret]")
            + "\n"
        ),
        "a public pledge citing a national condition",
    )
    # --- consistency
    add(
        "cycle-self.yaml",
        _y("conditions:\n  - {id: c-a, name: A, depends_on: c-a}\n"),
        "a condition depending on itself",
    )
    add(
        "cycle-three.yaml",
        _y(
            "conditions:\n  - {id: c-a, name: A, depends_on: c-b}\n  - {id: c-b, name: B, depends_on: c-c}\n  - {id: c-c, name: C, depends_on: c-a}\n"
        ),
        "three conditions in a cycle",
    )
    add(
        "location-cycle.yaml",
        _y(
            "locations:\n  - {id: L-A, name: A, parent: L-B}\n  - {id: L-B, name: B, parent: L-A}\n"
        ),
        "two locations inside each other",
    )
    add(
        "span-past-end.yaml",
        _pledges(_pledge(evidence="[{source: seed-000, start: 0, end: 999999999}]")),
        "a span past the end of the text",
    )
    add(
        "span-reversed.yaml",
        _pledges(_pledge(evidence="[{source: seed-000, start: 50, end: 10}]")),
        "a span ending before it starts",
    )
    add(
        "span-negative.yaml",
        _pledges(_pledge(evidence="[{source: seed-000, start: -5, end: 10}]")),
        "a negative span",
    )
    add(
        "span-half.yaml",
        _pledges(_pledge(evidence="[{source: seed-000, start: 5}]")),
        "a span without an end",
    )
    add(
        "quote-mismatch.yaml",
        _pledges(_pledge(evidence='[{source: seed-000, start: 0, end: 8, quote: "Invented"}]')),
        "a quote that is not the text at its span",
    )
    add(
        "quote-not-in-text.yaml",
        _pledges(_pledge(evidence='[{source: seed-000, quote: "Words nobody wrote"}]')),
        "a quote absent from the source",
    )
    add(
        "span-no-text.yaml",
        _pledges(_pledge(evidence="[{source: wire-2026-01-06-paris-summit, start: 0, end: 5}]")),
        "a span into a source without text",
    )
    # --- control characters (data the product keeps, and must show safely)
    add(
        "esc-party-name.yaml",
        _y(f'parties:\n  - {{id: XEA, name: "{ESC}", party_kind: state, role: observer}}\n'),
        "a party named with terminal escapes",
        LOADS,
    )
    add(
        "esc-caveats.yaml",
        _pledges(_pledge(caveats=f'"{ESC}"')),
        "terminal escapes in caveats",
        frozenset({"load"}),
    )
    add(
        "bidi-name.yaml",
        _y('parties:\n  - {id: XEB, name: "abc\\u202edcba", party_kind: state, role: observer}\n'),
        "a bidirectional override",
        LOADS,
    )
    # --- JSON
    add(
        "nan.json",
        _raw_json(
            '{"pledges": [{"id": "P-HOSTILE-1", "party": "GBR", "capability": "mech-inf-bn", "quantity": NaN, "layers": ["reassure"]}]}'
        ),
        "NaN in JSON",
    )
    add(
        "infinity.json",
        _raw_json('{"pledges": [{"id": "P-HOSTILE-1", "quantity": -Infinity}]}'),
        "Infinity in JSON",
    )
    add(
        "deep.json",
        _raw_json('{"pledges": [' + "[" * 100000 + "]" * 100000 + "]}"),
        "JSON nested 100,000 deep",
    )
    add(
        "deep-40.json",
        _raw_json('{"pledges": [{"caveats": ' + "[" * 40 + "]" * 40 + "}]}"),
        "JSON nested 40 deep in a record",
    )
    add(
        "surrogate.json",
        _raw_json(
            '{"pledges": [{"id": "P-HOSTILE-1", "party": "GBR", "capability": "mech-inf-bn", "quantity": 1, "layers": ["reassure"], "caveats": "\\ud800"}]}'
        ),
        "a lone surrogate in JSON",
    )
    add(
        "low-surrogate-key.json",
        _raw_json('{"pledges": [{"\\udc00": 1}]}'),
        "a lone surrogate as a key",
    )
    add(
        "surrogate-name.json",
        _raw_json('{"dataset": "\\ud800", "pledges": []}'),
        "a lone surrogate as the dataset name",
    )
    add(
        "duplicate-key.json",
        _raw_json('{"pledges": [{"id": "P-1", "id": "P-2"}]}'),
        "a key twice in JSON",
    )
    add(
        "duplicate-top-key.json",
        _raw_json('{"pledges": [], "pledges": []}'),
        "a kind twice in JSON",
    )
    add("trailing-comma.json", _raw_json('{"pledges": [{"id": "P-1"},]}'), "a trailing comma")
    add("huge-int.json", _jp(readiness_days=int("9" * 4000)), "an integer of 4,000 digits")
    add(
        "huger-int.json",
        _raw_json('{"pledges": [{"readiness_days": ' + "9" * 10000 + "}]}"),
        "an integer past Python's conversion limit",
    )
    add(
        "exponent.json",
        _raw_json('{"pledges": [{"quantity": 1e999}]}'),
        "an exponent past double range",
    )
    add("top-array.json", _raw_json("[1, 2, 3]"), "a list at the top")
    add("comment.json", _raw_json('{"pledges": [] // no\n}'), "a comment in JSON")
    add("single-quotes.json", _raw_json("{'pledges': []}"), "single quotes")
    add("extra-data.json", _raw_json('{"pledges": []} {"pledges": []}'), "two documents")
    add("bom-bad.json", codecs.BOM_UTF8 + _jp(quantity="lots"), "a byte-order mark and a bad value")
    add(
        "type-confusion.json",
        _jp(quantity=[1], layers="reassure", party={"id": "GBR"}),
        "values of the wrong types",
    )
    add(
        "owner-mismatch.json",
        _jp(
            party="POL",
            label={"classification": "NATIONAL", "owner": "FRA", "releasable_to": ["FRA"]},
        ),
        "a Polish pledge owned by France",
    )
    add(
        "esc-name.json",
        _j(
            {
                "willing": 1,
                "dataset": "hostile",
                "parties": [
                    {
                        "id": "XEC",
                        "name": "\x1b[2J\x1b[31mOwned",
                        "party_kind": "state",
                        "role": "observer",
                    }
                ],
            }
        ),
        "terminal escapes in JSON",
        LOADS,
    )
    add(
        "utf16.json",
        codecs.BOM_UTF16_BE + _jp(quantity=-1).decode().encode("utf-16-be"),
        "UTF-16 JSON",
    )
    # --- CSV folders
    add(
        "csv-deep-cell",
        _csv("pledges", CSV_HEAD + "P-1,GBR,mech-inf-bn,1," + "[" * 5000 + "]" * 5000 + "\r\n"),
        "a CSV cell nested 5,000 deep",
    )
    add(
        "csv-surrogate",
        _csv("parties", 'id,name,party_kind,role\r\nXED,"""\\ud800""",state,observer\r\n'),
        "a lone surrogate in a CSV cell",
    )
    add(
        "csv-nan",
        _csv("pledges", CSV_HEAD + 'P-1,GBR,mech-inf-bn,NaN,"[""reassure""]"\r\n'),
        "NaN in a CSV cell",
    )
    add(
        "csv-extra-cells",
        _csv("pledges", CSV_HEAD + 'P-1,GBR,mech-inf-bn,1,"[""reassure""]",x,y\r\n'),
        "more cells than columns",
    )
    add("csv-unknown-column", _csv("pledges", "id,secret\r\nP-1,x\r\n"), "an unknown column")
    add(
        "csv-bad-json",
        _csv("pledges", CSV_HEAD + "P-1,GBR,mech-inf-bn,1,[reassure\r\n"),
        "a list cell that is not JSON",
    )
    add(
        "csv-nul",
        {"pledges.csv": (CSV_HEAD + "P-1,GB\x00R,mech-inf-bn,1,[]\r\n").encode()},
        "a NUL byte in CSV",
    )
    add(
        "csv-latin1",
        {
            "parties.csv": "id,name,party_kind,role\r\nXEE,Caf\xe9,state,observer\r\n".encode(
                "latin-1"
            )
        },
        "Latin-1 CSV",
    )
    add(
        "csv-utf16",
        {"parties.csv": "id,name,party_kind,role\r\nXEF,A,state,observer\r\n".encode("utf-16")},
        "UTF-16 CSV",
    )
    add("csv-unknown-kind", _csv("weapons", "id\r\nW-1\r\n"), "a file for no kind")
    add(
        "csv-unterminated",
        _csv("pledges", CSV_HEAD + 'P-1,"GBR,mech-inf-bn,1,[]\r\n'),
        "an unterminated quote",
    )
    add(
        "csv-duplicate-column",
        _csv(
            "pledges",
            'id,party,party,capability,quantity,layers\r\nP-1,GBR,POL,mech-inf-bn,1,"[""reassure""]"\r\n',
        ),
        "a column twice",
    )
    add(
        "csv-owner-mismatch",
        _csv(
            "pledges",
            'id,party,capability,quantity,layers,label\r\nP-1,POL,mech-inf-bn,1,"[""reassure""]","{""classification"": ""NATIONAL"", ""owner"": ""FRA""}"\r\n',
        ),
        "a Polish pledge owned by France in CSV",
    )
    add(
        "csv-esc-name",
        _csv("parties", "id,name,party_kind,role\r\nXEG,\x1b[2J\x1b[31mOwned,state,observer\r\n"),
        "terminal escapes in a CSV cell",
        LOADS,
    )

    # --- scenarios
    def sc(name: str, body: str, why: str, accepts: frozenset[str] = frozenset()) -> None:
        add(name, ("id: hostile\n" + body).encode("utf-8"), why, accepts)

    sc("sc-surrogate-title.yaml", 'title: "\\ud800"\n', "a lone surrogate in a scenario")
    add(
        "sc-surrogate-title.json",
        _raw_json('{"id": "hostile", "title": "\\udfff"}'),
        "a lone surrogate in a JSON scenario",
    )
    sc(
        "sc-deep.yaml",
        "description: " + "[" * 5000 + "]" * 5000 + "\n",
        "a scenario nested 5,000 deep",
    )
    sc(
        "sc-owner-mismatch.yaml",
        "add_pledges:\n  - "
        + _pledge(
            id="P-HYPO-1",
            party="POL",
            label="{classification: NATIONAL, owner: FRA, releasable_to: [FRA]}",
        )
        + "\n",
        "a hypothetical Polish pledge owned by France",
    )
    sc(
        "sc-hidden-id.yaml",
        "add_pledges:\n  - " + _pledge(id=HIDDEN_PLEDGE) + "\n",
        "a hypothetical pledge with a hidden pledge's id: saved by a viewer who may not see it,"
        " it joins his own records, where the id is free (refusing would tell that it exists);"
        " an administrator, who sees it, is refused",
        SHOWN | {"scenario-save"},
    )
    sc(
        "sc-label-escalation.yaml",
        "label: {classification: NATIONAL, owner: FRA, releasable_to: [FRA]}\n",
        "a scenario saved under another party's label",
        UNSTORED,
    )
    sc("sc-probability-nan.yaml", "probabilities: {ceasefire: .nan}\n", "a NaN probability")
    sc("sc-probability-two.yaml", "probabilities: {ceasefire: 2}\n", "a probability of 2", SHOWN)
    sc(
        "sc-unknown-condition.yaml",
        "conditions: {no-such-thing: met}\n",
        "an unknown condition",
        SHOWN,
    )
    add("sc-builtin-id.yaml", b"id: baseline\n", "a built-in scenario's id", UNSTORED)
    add("sc-bad-id.yaml", b"id: ../../x\n", "a path as a scenario id")
    sc(
        "sc-withdraw-many.yaml",
        "withdraw_nations: [" + ", ".join(["ZZZ"] * 20000) + "]\n",
        "20,000 unknown nations",
        SHOWN,
    )
    sc(
        "sc-negative-demand.yaml",
        "requirements:\n  - {id: R-RA-MECH-LVIV, quantity: -3}\n",
        "a negative requirement",
    )
    sc(
        "sc-python-tag.yaml",
        "title: !!python/object/apply:os.system [echo pwned]\n",
        "a Python tag in a scenario",
    )
    sc(
        "sc-alias-bomb.yaml",
        _bomb().decode().replace(HEAD, "").replace("pledges: [*i]", "description: *i"),
        "a billion laughs in a scenario",
    )
    sc(
        "sc-esc-title.yaml",
        f'title: "{ESC}"\ndescription: "\\x9b2J"\n',
        "terminal escapes in a scenario title",
        ALL_SCENARIO,
    )
    return c


CASES: list[Case] = _cases()

#: Inputs made at run time: (name, what it is).
SPECIAL: list[tuple[str, str]] = [
    ("fifo.yaml", "a named pipe nobody writes to"),
    ("fifo.json", "a named pipe nobody writes to"),
    ("zero.yaml", "a link to /dev/zero"),
    ("urandom.json", "a link to /dev/urandom"),
    ("folder.yaml", "a folder where a file is expected"),
    ("folder-with-fifo", "a data folder holding a pipe named a.yaml"),
    ("folder-with-subfolder", "a data folder holding a folder named b.yaml"),
    ("huge.yaml", "a sparse file past the size cap"),
    ("huge.json", "a sparse file past the size cap"),
    ("link-loop.yaml", "a symbolic link to itself"),
    ("dangling.yaml", "a symbolic link to nothing"),
]


def write(target: Path = CASES_DIR) -> None:
    """Write every case's files under `target` (one entry per case, CSV cases as folders)."""
    for case in CASES:
        if len(case.files) == 1 and case.name in case.files:
            (target / case.name).parent.mkdir(parents=True, exist_ok=True)
            (target / case.name).write_bytes(case.files[case.name])
        else:
            folder = target / case.name
            folder.mkdir(parents=True, exist_ok=True)
            for name, data in case.files.items():
                (folder / name).write_bytes(data)


if __name__ == "__main__":
    write()
    print(f"{len(CASES)} cases written to {CASES_DIR}; {len(SPECIAL)} more are made at run time")
