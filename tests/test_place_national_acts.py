"""A coup seizes a state, not a town: told with no place of its own in a story about an attack, it
is placed in the story's country, not at the attack's town. Stories are composed for these tests."""

from __future__ import annotations

from frontwire.model import Article


def _coups(process, text: str) -> list[tuple[str | None, str | None, str | None]]:
    rec = process(Article.from_text(text, published="2024-08-03"))
    return [
        (e.where.name, e.where.country, e.where.precision) if e.where else (None, None, None)
        for e in rec.events
        if e.mode == "coup"
    ]


def test_place_a_coup_told_as_background_is_the_country_not_the_attacked_town(process) -> None:
    text = (
        "NIAMEY, Aug 3 (Reuters) - Suspected jihadists killed 17 soldiers in an ambush near the town of "
        "Tera in western Niger on Tuesday, the army said.\n\n"
        "Niger's junta, which seized power in a coup in July 2023, has struggled to contain attacks by "
        "groups linked to al Qaeda and Islamic State."
    )
    assert _coups(process, text) == [("Niger", "NER", "country")]
