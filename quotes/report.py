"""Reports on a built corpus: the speaker table and one speaker's quotes, filtered by date and source.

Both read the Parquet files only, so a report never needs the pipeline or its
models. Without filters the figures are those of speakers.parquet; with a date
range or a source they are counted again over the quotes that pass, since a
speaker's figures for November are not their figures for the year.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd
from rapidfuzz import process

from quotes import lexicon
from quotes.export import Corpus, ExportError, load
from quotes.speakers import given_names_agree, is_organisation, name_key
from quotes.statistics import occasion_key
from quotes.tables import FORMATS, render_frame

SPEAKER_COLUMNS = ["speaker", "quotes", "words", "documents", "occasions", "first", "last"]
QUOTE_COLUMNS = ["date", "place", "doc_id", "kind", "speaker", "text"]
SORT_ALIASES = {"first_date": "first", "last_date": "last"}


class ReportError(Exception):
    """A report cannot be made; the message is one line."""


def open_corpus(out_dir: str | Path) -> Corpus:
    """The corpus in `out_dir`, or a one-line ReportError saying why it cannot be read."""
    try:
        return load(out_dir)
    except ExportError as error:
        raise ReportError(str(error)) from error


def parse_day(value: str | dt.date | None, option: str) -> dt.date | None:
    """An ISO date given as a filter; a malformed one is an error naming the option."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ReportError(f"{option}: {value!r} is not a date; write it as YYYY-MM-DD") from None


def _whole_words(values: pd.Series, words: str) -> pd.Series:
    """Which values hold `words` as whole words, any case: a surname finds its speaker, AP not Japan."""
    pattern = r"(?<!\w)" + re.escape(" ".join(words.split())) + r"(?!\w)"
    return values.astype("string").str.contains(pattern, case=False, regex=True).fillna(False).astype(bool)


def _closest(names: pd.Series, name: str) -> str:
    close = [match[0] for match in process.extract(name, names.dropna().astype(str).unique().tolist(), limit=3)]
    return ", ".join(close) or "none"


def _from_source(corpus: Corpus, source: str) -> set[str]:
    """The documents whose source names `source`; naming no source of the corpus is an error."""
    chosen = corpus.documents[_whole_words(corpus.documents.source, source)]
    if chosen.empty:
        raise ReportError(f"no document from source {source!r}; sources: {_closest(corpus.documents.source, source)}")
    return set(chosen.doc_id)


def filter_quotes(corpus: Corpus, *, since: str | dt.date | None = None, until: str | dt.date | None = None,
                  source: str | None = None) -> pd.DataFrame:
    """The top-level quotes said from `since` to `until` (inclusive) in documents from `source`.

    A quote without a date is left out once a date bound is given: nobody knows it falls inside.
    """
    first, last = parse_day(since, "since"), parse_day(until, "until")
    if first and last and first > last:
        raise ReportError(f"since ({first}) is after until ({last})")
    quotes = corpus.quotes[corpus.quotes.parent_id.isna()]
    keep = pd.Series(True, index=quotes.index)
    if first:
        keep &= quotes.date.map(lambda d: d is not None and not pd.isna(d) and d >= first).astype(bool)
    if last:
        keep &= quotes.date.map(lambda d: d is not None and not pd.isna(d) and d <= last).astype(bool)
    if source is not None:
        keep &= quotes.doc_id.isin(_from_source(corpus, source))
    return quotes[keep]


def one_row_per_speaker(quotes: pd.DataFrame) -> pd.DataFrame:
    """Each quote once for each of its speakers: a group's quote counts for every member."""
    members = quotes.speaker_ids if "speaker_ids" in quotes else quotes.speaker_id.map(lambda s: [s])
    exploded = quotes.assign(member=members.map(lambda ids: [i for i in list(ids) if i])).explode("member")
    return exploded[exploded.member.notna()]


def speaker_figures(quotes: pd.DataFrame, speakers: pd.DataFrame) -> pd.DataFrame:
    """speakers.parquet's figures counted over `quotes` only, one row per speaker with a quote there."""
    said = one_row_per_speaker(quotes)
    columns = ["speaker_id", "speaker", "quotes", "words", "documents", "occasions", "first_date", "last_date"]
    if said.empty:
        return pd.DataFrame(columns=columns)
    occasion = [occasion_key(row) for row in said[["date", "doc_id", "place", "event"]].to_dict("records")]
    said = said.assign(n_words=said.text.fillna("").str.split().map(len),
                       day=said.date.map(lambda d: None if d is None or pd.isna(d) else d), occasion=occasion)
    figures = said.groupby("member").agg(quotes=("quote_id", "size"), words=("n_words", "sum"),
                                         documents=("doc_id", "nunique"), occasions=("occasion", "nunique"),
                                         first_date=("day", lambda d: min(d.dropna(), default=None)),
                                         last_date=("day", lambda d: max(d.dropna(), default=None)))
    names = speakers.set_index("speaker_id").speaker
    figures["speaker"] = figures.index.map(lambda sid: names.get(sid, sid))
    return figures.rename_axis("speaker_id").reset_index()[columns]


def _speaker_quotes(quotes: pd.DataFrame, speakers: pd.DataFrame, name: str) -> pd.DataFrame:
    """The top-level quotes of the speaker called `name`, in date order."""
    ids = _speaker_ids(speakers, name)
    # A quote of several speakers ("the two ministers said") belongs to each of them.
    members = quotes.speaker_ids if "speaker_ids" in quotes else quotes.speaker_id.map(lambda sid: [sid])
    chosen = quotes[members.map(lambda sids: bool(ids.intersection(list(sids))))]
    return chosen.sort_values(["date", "doc_id", "start"], na_position="last")


def _speaker_ids(speakers: pd.DataFrame, name: str) -> set[str]:
    """The ids of the speaker `name` stands for: a display name in any case or an id; else a name that
    unification takes for the speaker's (`quotes.speakers`: Dmitry for Dmitri, "Mr. Lund" for Ola Lund);
    else whole words of a display name. A name that fits two speakers is an error saying so."""
    wanted = name.casefold()
    hit = speakers.speaker.str.casefold().eq(wanted) | speakers.speaker_id.eq(name)
    hit = hit.fillna(False).astype(bool)
    if not hit.any():
        hit = _same_person(speakers, name)
    if not hit.any():
        hit = speakers.speaker.pipe(_whole_words, name)
    if not hit.any():
        raise ReportError(f"no speaker {name!r} in the corpus; closest: {_closest(speakers.speaker, name)}")
    shown = sorted(set(speakers.speaker[hit]))
    if len(shown) > 1:
        raise ReportError(f"{name!r} names more than one speaker: {', '.join(shown[:5])}"
                          f"{', ...' if len(shown) > 5 else ''}; give the full name or the speaker id")
    return set(speakers.speaker_id[hit])


def _same_person(speakers: pd.DataFrame, name: str) -> pd.Series:
    """Which named speakers the name is taken for when speakers are unified: the same key, or (for a
    person) the same surname with given names that agree, or a bare surname. Titles before it
    ("Mr.", "Dr.") are no part of it."""
    words = name.split()
    while len(words) > 1 and words[0] in lexicon.titles():
        words.pop(0)
    key = name_key(" ".join(words))
    if not key:
        return pd.Series(False, index=speakers.index)

    def fits(display: str, named: bool) -> bool:
        other = name_key(display)
        if other == key:
            return True
        if not named or not other or other[-1] != key[-1] or is_organisation(display):
            return False
        return len(key) == 1 or len(other) > 1 and given_names_agree(key[:-1], other[:-1])

    named = speakers.named.fillna(True).astype(bool) if "named" in speakers else \
        pd.Series(True, index=speakers.index)
    return pd.Series([isinstance(s, str) and fits(s, n) for s, n in zip(speakers.speaker, named, strict=True)],
                     index=speakers.index, dtype=bool)


def _speaker_table(figures: pd.DataFrame, sort: str, ascending: bool) -> pd.DataFrame:
    frame = figures.rename(columns={"first_date": "first", "last_date": "last"})[SPEAKER_COLUMNS]
    keys = [sort] if sort == "speaker" else [sort, "speaker"]
    order = [ascending, True][: len(keys)]
    return frame.sort_values(keys, ascending=order, na_position="last", kind="stable")


def _check_options(sort: str, fmt: str, limit: int | None, min_quotes: int | None) -> str:
    """Fail on a bad option before reading anything; returns the sort column's report name."""
    if fmt not in FORMATS:
        raise ReportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    column = SORT_ALIASES.get(sort, sort)
    if column not in SPEAKER_COLUMNS:
        raise ReportError(f"cannot sort by {sort!r}; choose one of {', '.join(SPEAKER_COLUMNS)}")
    if limit is not None and limit < 0:
        raise ReportError(f"limit must be zero or more, not {limit}")
    if min_quotes is not None and min_quotes < 0:
        raise ReportError(f"min-quotes must be zero or more, not {min_quotes}")
    return column


def by_speaker(out_dir: str | Path, *, sort: str = "quotes", ascending: bool = False, fmt: str = "table",
               speaker: str | None = None, limit: int | None = None, since: str | dt.date | None = None,
               until: str | dt.date | None = None, source: str | None = None,
               min_quotes: int | None = None) -> str:
    """The speakers of a corpus and their figures, or one speaker's quotes, as text in `fmt`.

    Without `speaker`, one row per speaker sorted by `sort` (ties by name), keeping
    those with at least `min_quotes` quotes. With it, that speaker's quotes in date
    order; `speaker` may be a display name, a speaker id, a name unification takes for
    the speaker's (another spelling, a title before it, a bare surname) or a whole word
    of a display name; one that fits two speakers is an error. `since` and `until`
    (ISO dates, inclusive) bound the quotes' dates, `source` keeps documents whose
    source names it (whole words, any case); the figures are counted over what they
    keep. `limit` keeps the first rows only.
    """
    column = _check_options(sort, fmt, limit, min_quotes)
    for bound, option in ((since, "since"), (until, "until")):
        parse_day(bound, option)
    corpus = open_corpus(out_dir)
    quotes = filter_quotes(corpus, since=since, until=until, source=source)
    if speaker:
        frame = _speaker_quotes(quotes, corpus.speakers, speaker)[QUOTE_COLUMNS]
        title = f"Quotes of {speaker}"
    else:
        frame = _speaker_table(speaker_figures(quotes, corpus.speakers), column, ascending)
        if min_quotes:
            frame = frame[frame.quotes >= min_quotes]
        title = "Speakers"
    return render_frame(frame if limit is None else frame.head(limit), fmt, title)
