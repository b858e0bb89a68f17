"""What a reader of the five sample articles finds in them, quote by quote."""

import pandas as pd
import pytest

from tests.conftest import SEEDS


def _quote(corpus, doc_prefix: str, opening: str) -> pd.Series:
    quotes = corpus.quotes
    rows = quotes[quotes.doc_id.str.startswith(doc_prefix) & quotes.text.str.startswith(opening)]
    assert len(rows) == 1, f"expected one quote opening {opening!r} in {doc_prefix}, found {len(rows)}"
    return rows.iloc[0]


@pytest.mark.parametrize("doc, opening, speaker, kind", [
    ("000", "Dear Mr. President, I am grateful", "Sergey Shoigu", "direct"),
    ("000", "I believe that not much time", "Sergey Shoigu", "direct"),  # "the Russian Defence Minister said"
    ("000", "We will discuss issues related", "Ilham Aliyev", "direct"),  # "the head of Azerbaijan said"
    ("000", "I would like to express my gratitude", "Ilham Aliyev", "direct"),
    ("001", "Dear Sergey Viktorovich.", "Ilham Aliyev", "dash"),  # "Welcoming the guests, President Ilham Aliyev said:"
    ("001", "Thank you very much, dear Ilham", "Sergey Lavrov", "dash"),  # "-Thank you" with no space
    ("002", "Dear Ilham Heydarovich!", "Vladimir Putin", "direct"),  # one mark open, many paragraphs, then close
    ("003", "Russia Considers Maintaining Peace", "Sergey Shoigu", "headline"),
    ("003", "We consider maintaining peace", "Sergey Shoigu", "direct"),
    ("003", "You know that we have provided", "Sergey Shoigu", "direct"),
    ("004", "As a follow-up to the contacts", "Russian Foreign Ministry", "direct"),  # "the ministry stated"
])
def test_seed_quotes_and_speakers(seed_corpus, doc, opening, speaker, kind):
    row = _quote(seed_corpus, doc, opening)
    assert row.speaker == speaker
    assert row.kind == kind
    assert row.method and 0 < row.confidence <= 1


def test_offsets_index_the_text_as_read(seed_corpus):
    for row in seed_corpus.quotes.itertuples():
        path = next(SEEDS.glob(f"{row.doc_id}.txt"))
        text = path.read_text(encoding="utf-8")
        assert text[row.start:row.end] == row.text


def test_dash_remark_runs_until_the_next_introducer(seed_corpus):
    aliyev = _quote(seed_corpus, "001", "Dear Sergey Viktorovich.")
    assert aliyev.text.rstrip().endswith("look forward to constructive work today.")
    lavrov = _quote(seed_corpus, "001", "Thank you very much, dear Ilham")
    assert lavrov.text.rstrip().endswith("Thank you very much for your hospitality.")


def test_a_phrase_named_inside_a_remark_is_a_term_not_a_new_utterance(seed_corpus):
    # `hope not to hear the phrase "..." again`: the president names a phrase; no one is quoted.
    assert not seed_corpus.quotes.text.str.startswith("Nagorno-Karabakh conflict").any()
    terms = seed_corpus.non_speech[seed_corpus.non_speech.doc_id.str.startswith("001")]
    assert terms.loc[terms.text == "Nagorno-Karabakh conflict", "reason"].tolist() == ["naming"]


def test_multi_paragraph_quote_closes_at_the_cue(seed_corpus):
    putin = _quote(seed_corpus, "002", "Dear Ilham Heydarovich!")
    assert putin.text.rstrip().endswith("certainly interested in it")
    assert not putin.unclosed


def test_one_speaker_across_documents(seed_corpus):
    speakers = seed_corpus.speakers.set_index("speaker")
    # Sergei (seed 000) and Sergey (seed 003) Shoigu are one person.
    assert speakers.loc["Sergey Shoigu", "documents"] == 2
    assert not any(name.startswith("Sergei") for name in speakers.index)


def test_document_metadata_from_the_text(seed_corpus):
    docs = seed_corpus.documents.set_index("doc_id")
    assert str(docs.loc["004_c07d530b4f2bbd59", "date"]) == "2020-11-15"
    assert docs.loc["004_c07d530b4f2bbd59", "place"] == "Moscow"
    assert docs.loc["004_c07d530b4f2bbd59", "source"] == "TASS"
    assert docs.loc["003_1854ed2ecdeb1227", "place"] == "Yerevan"
    assert docs.loc["000_577a17d1f73ca20e", "source"] == "Ministry of Defence of the Russian Federation"
    assert str(docs.loc["001_199110b56544d7ca", "date"]) == "2020-11-21"


def test_quote_date_and_place_come_from_the_article(seed_corpus):
    row = _quote(seed_corpus, "003", "We consider maintaining peace")
    assert str(row.date) == "2020-11-21" and row.place == "Yerevan"
    assert _quote(seed_corpus, "000", "Dear Mr. President").place == "Baku"


def test_the_two_ministers_are_the_minister_and_his_counterpart(seed_corpus):
    row = _quote(seed_corpus, "004", "in order to facilitate")
    assert list(row.speakers) == ["Sergey Lavrov", "Jeyhun Bayramov"]
    assert row.speaker_mention == "The two ministers" and pd.isna(row.speaker_id)
    speakers = seed_corpus.speakers.set_index("speaker")
    assert set(row.speaker_ids) == {speakers.loc["Sergey Lavrov", "speaker_id"],
                                    speakers.loc["Jeyhun Bayramov", "speaker_id"]}


def test_roles_resolve_to_the_people_the_article_introduced(seed_corpus):
    shoigu = _quote(seed_corpus, "000", "I believe that not much time")
    assert shoigu.speaker_mention == "the Russian Defence Minister" and shoigu.speaker == "Sergey Shoigu"
    aliyev = _quote(seed_corpus, "000", "We will discuss issues related")
    assert aliyev.speaker_mention == "the head of Azerbaijan" and aliyev.speaker == "Ilham Aliyev"
    ministry = _quote(seed_corpus, "004", "As a follow-up to the contacts")
    assert ministry.speaker_mention == "the ministry"
