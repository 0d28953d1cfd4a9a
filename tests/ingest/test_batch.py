"""Batches: a folder of articles and a saved RSS or Atom feed, ingested end to end."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from willing.cli import ingest as ingest_cli
from willing.ingest import IngestError
from willing.ingest.batch import collect, feed_articles, is_feed
from willing.ingest.queue import ingest_many
from willing.services.access import Registry

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Berita Pertahanan</title>
<item><title>Belgia siap kirim kapal penyapu ranjau</title>
<link>https://example.org/berita/1</link>
<pubDate>Tue, 20 Jan 2026 08:00:00 +0700</pubDate>
<description>&lt;p&gt;Belgia siap mengirim dua kapal penyapu ranjau ke Laut Hitam
setelah gencatan senjata tercapai, kata Menteri Pertahanan Belgia, Theo Francken,
Senin.&lt;/p&gt;</description>
</item>
<item><title>Ministers meet in Riga</title>
<link>https://example.org/news/2</link>
<pubDate>Wed, 21 Jan 2026 10:00:00 +0000</pubDate>
<description>Defence ministers from 12 countries met in Riga on Wednesday
to plan air policing.</description>
</item></channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id>
<updated>2026-01-22T09:00:00Z</updated>
<entry><title>Norway pledges frigate</title><id>urn:wire:1</id>
<updated>2026-01-22T09:00:00Z</updated>
<content type="html">&lt;p&gt;Norway will send a frigate to the Black Sea mission, its
defence minister said on Thursday.&lt;/p&gt;</content></entry></feed>
"""


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    root = typer.Typer()
    ingest_cli.register(root)
    return root


def _run(app: typer.Typer, *args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, (result.output, result.exception)
    return result.output


def test_a_saved_rss_feed_gives_one_article_per_entry_with_its_date() -> None:
    assert is_feed(RSS.encode())
    articles = feed_articles(RSS.encode(), "feed.xml")
    assert [a.name for a in articles] == [
        "https://example.org/berita/1",
        "https://example.org/news/2",
    ]
    assert [a.published for a in articles] == [dt.date(2026, 1, 20), dt.date(2026, 1, 21)]
    assert b"Belgia siap kirim kapal" in articles[0].data


def test_an_atom_feed_reads_its_content() -> None:
    (article,) = feed_articles(ATOM.encode(), "wire.atom")
    assert article.published == dt.date(2026, 1, 22)
    assert b"Norway will send a frigate" in article.data


def test_a_feed_without_entries_is_an_error_naming_it() -> None:
    empty = b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'
    with pytest.raises(IngestError, match="empty.xml: a feed with no entries"):
        feed_articles(empty, "empty.xml")


def test_a_folder_gives_its_articles_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Norway will send a frigate.", encoding="utf-8")
    (tmp_path / "a.html").write_text("<p>Belgia siap mengirim kapal.</p>", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("ignored", encoding="utf-8")
    (tmp_path / "feed.xml").write_text(RSS, encoding="utf-8")
    names = [a.name for a in collect([tmp_path])]
    assert names == [
        "a.html",
        "b.txt",
        "https://example.org/berita/1",
        "https://example.org/news/2",
    ]


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no articles"):
        collect([tmp_path])


def test_each_article_keeps_its_own_date_and_progress_is_reported(registry: Registry) -> None:
    articles = feed_articles(RSS.encode(), "feed.xml")
    seen: list[str] = []
    results = ingest_many(
        registry,
        [(a.name, a.data) for a in articles],
        dates=[a.published for a in articles],
        progress=seen.append,
    )
    assert seen == [a.name for a in articles]
    assert [r.published for r in results] == [dt.date(2026, 1, 20), dt.date(2026, 1, 21)]
    assert all(r.drafts for r in results)


def test_ingest_a_folder_and_a_feed_skips_what_is_known(app: typer.Typer, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'w.db'}"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "ROME, Jan 19 - Italy will send a frigate to the Black Sea, Defence Minister "
        "Guido Crosetto said.",
        encoding="utf-8",
    )
    (folder / "feed.xml").write_text(RSS, encoding="utf-8")
    first = json.loads(_run(app, "ingest", str(folder), "--db", db, "--json"))
    assert len(first) == 3
    assert all(r["drafts"] for r in first)
    again = _run(app, "ingest", str(folder), "--db", db)
    assert "3 articles: 0 stored, 3 already known (skipped)" in again
    second = json.loads(_run(app, "ingest", str(folder), "--db", db, "--json"))
    assert all(r["reused_source"] and not r["drafts"] for r in second)


def test_a_folder_with_a_bad_file_stores_nothing(app: typer.Typer, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'w.db'}"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Norway will send a frigate.", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", db])
    assert result.exit_code != 0
    assert "b.txt" in str(result.output) + str(result.exception)
    listed = json.loads(_run(app, "review", "--db", db, "--json"))
    assert listed == []
