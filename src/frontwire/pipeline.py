"""The one pure entry point: ``process(article) -> Record``.

The CLI, the HTTP API and batch/distributed runs all call this function and nothing else to turn an
article into a record. It does no I/O of its own beyond reading the packaged model and gazetteer
(read-only data, opened lazily once per process), so the same article always gives the same record.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from frontwire.model import Article, Record

SUPPORTED_LANGUAGES = frozenset({"en"})


def process(article: Article) -> Record:
    """Extract events, claims and tolls from one article.

    Non-English articles are returned with no events and a stated ``skipped`` reason: the rules and
    model are English-only, and a silent empty record would read as "nothing happened".
    """
    if article.language and article.language not in SUPPORTED_LANGUAGES:
        return Record(
            article=article, skipped=f"language {article.language!r} is not supported (English only)"
        )
    if not article.body.strip():
        return Record(article=article, skipped="empty body")
    from frontwire.nlp.engine import extract  # imported here so `--help` does not load spaCy

    events, tolls = extract(article)
    return Record(article=article, events=events, tolls=tolls)


def process_many(articles: Iterable[Article]) -> Iterator[Record]:
    """Process a stream of articles; the engine batches the parse internally."""
    for article in articles:
        yield process(article)
