"""`willing review --interactive`: each draft in its sentence, decided with single keys
through the same review services; and the sentence a span is shown in."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from willing.cli.main import app
from willing.ingest import review
from willing.ingest.drafts import sentence_around
from willing.ingest.queue import ingest
from willing.services.access import Registry

TEXT = (
    b"Italy will send a frigate, the minister said. Spain is ready to send a field hospital. "
    b"Portugal will provide training, officials said."
)


@given(
    text=st.text(alphabet="ab .!?\n", max_size=60),
    a=st.integers(min_value=0, max_value=70),
    b=st.integers(min_value=0, max_value=70),
)
def test_the_sentence_holds_the_span_and_stays_in_the_text(text: str, a: int, b: int) -> None:
    start, end = sorted((a, b))
    before, span, after = sentence_around(text, start, end)
    assert span == text[min(start, len(text)) : min(end, len(text))]
    assert before + span + after in text
    for mark in (". ", "! ", "? ", "\n"):  # no sentence ends inside the context
        assert mark not in before
        assert mark not in after


def test_the_sentence_stops_at_its_neighbours() -> None:
    text = "One. Two words here. Three."
    start = text.index("words")
    assert sentence_around(text, start, start + 5) == ("Two ", "words", " here.")


def test_keys_accept_edit_skip_and_reject_through_the_services(registry: Registry) -> None:
    result = ingest(registry, TEXT, name="briefs.txt", published=dt.date(2026, 1, 7))
    queue = review.listing(registry, source=result.source, item_type="commitment")
    assert len(queue) >= 3
    url = str(registry.store.engine.url)
    keys = "a\ne\ncapability=frigate\nquantity=1\n\na\ns\nr\n"
    ran = CliRunner().invoke(
        app,
        ["review", "--interactive", "--type", "commitment", "--source", result.source, "--db", url],
        input=keys,
        env={"COLUMNS": "200"},
    )
    assert ran.exit_code == 0, ran.output
    assert "needs capability" in ran.output  # the first "a": said, and asked again
    assert "Italy will send a frigate, the minister said." in ran.output
    after = {d.id: d.status for d in review.listing(registry, status=None, source=result.source)}
    assert after[queue[0].id] == "linked"
    assert after[queue[1].id] == "pending"
    assert after[queue[2].id] == "rejected"
    assert "1 accepted, 1 rejected, 1 edited, 1 skipped" in ran.output


def test_the_end_of_the_input_quits_and_changes_nothing(registry: Registry) -> None:
    result = ingest(registry, TEXT, name="briefs.txt", published=dt.date(2026, 1, 7))
    before = review.listing(registry, status=None, source=result.source)
    ran = CliRunner().invoke(
        app, ["review", "-i", "--db", str(registry.store.engine.url)], input="s\n"
    )
    assert ran.exit_code == 0, ran.output
    assert review.listing(registry, status=None, source=result.source) == before
