"""A speaker list given by the user takes precedence over the names the articles use."""

import pandas as pd
import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.pipeline import build
from quotes.speaker_list import SpeakerListError, load_speaker_list

ARTICLES = {
    "a.txt": 'Mayor Jurij Vasin opened the bridge.\n\n"It took ten years," Jurij Vasin said.\n',
    "b.txt": 'Tomas Berg, a ferry captain, was not impressed.\n\n"Nobody asked us," Tomas Berg said.\n',
    "c.txt": 'Anna Berg, the harbour chief, welcomed the bridge.\n\n"Trade will grow," Anna Berg said.\n',
}
LIST = ("canonical,aliases,role,wikidata_id\n"
        "Yuri Vasin,Jurij Vasin|Y. Vasin,Mayor of Lindow,Q4242\n"
        "Anna Berg,,Harbour chief,not-an-id\n")


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (tmp_path / "speakers.csv").write_text("\ufeff" + LIST, encoding="utf-8")  # with a byte-order mark
    return tmp_path


def test_aliases_roles_and_ids_are_read(articles):
    listing = load_speaker_list(articles / "speakers.csv")
    assert listing.match("Jurij Vasin").canonical == "Yuri Vasin"
    assert listing.match("Yuriy Vasin").wikidata_id == "Q4242"  # a transliteration variant of the canonical name
    assert listing.match("Vasin").role == "Mayor of Lindow"  # the one listed person with that surname


def test_a_bad_wikidata_id_is_a_warning_and_left_out(articles):
    listing = load_speaker_list(articles / "speakers.csv")
    assert listing.match("Anna Berg").wikidata_id is None
    assert any("not-an-id" in w for w in listing.warnings)


def test_people_sharing_a_surname_stay_apart(articles):
    listing = load_speaker_list(articles / "speakers.csv")
    assert listing.match("Tomas Berg") is None
    build([articles / "in"], articles / "out", speakers=articles / "speakers.csv")
    speakers = pd.read_parquet(articles / "out" / "speakers.parquet").set_index("speaker")
    assert {"Anna Berg", "Tomas Berg"} <= set(speakers.index)
    assert speakers.loc["Anna Berg", "speaker_id"] != speakers.loc["Tomas Berg", "speaker_id"]


def test_listed_speakers_take_the_canonical_name_role_and_id(articles):
    build([articles / "in"], articles / "out", speakers=articles / "speakers.csv")
    speakers = pd.read_parquet(articles / "out" / "speakers.parquet").set_index("speaker")
    assert speakers.loc["Yuri Vasin", "wikidata_id"] == "Q4242"
    assert speakers.loc["Yuri Vasin", "role"] == "Mayor of Lindow"
    assert pd.isna(speakers.loc["Tomas Berg", "role"])
    quotes = pd.read_parquet(articles / "out" / "quotes.parquet")
    assert "Jurij Vasin" not in set(quotes.speaker)


def test_cli_build_with_a_speaker_list(articles):
    result = CliRunner().invoke(app, ["build", str(articles / "in"), "-o", str(articles / "cli"),
                                      "--speakers", str(articles / "speakers.csv")])
    assert result.exit_code == 0, result.output
    assert "not-an-id" in result.output
    speakers = pd.read_parquet(articles / "cli" / "speakers.parquet")
    assert "Yuri Vasin" in set(speakers.speaker)


def test_a_list_without_canonical_column_is_one_line_error(articles):
    bad = articles / "bad.csv"
    bad.write_text("name,role\nYuri Vasin,Mayor\n", encoding="utf-8")
    with pytest.raises(SpeakerListError, match="no 'canonical' column"):
        load_speaker_list(bad)
    result = CliRunner().invoke(app, ["build", str(articles / "in"), "-o", str(articles / "x"), "--speakers", str(bad)])
    assert result.exit_code != 0
    assert "no 'canonical' column" in result.output and "Traceback" not in result.output


def test_a_missing_list_is_one_line_error(articles):
    result = CliRunner().invoke(app, ["build", str(articles / "in"), "-o", str(articles / "x"),
                                      "--speakers", str(articles / "missing.csv")])
    assert result.exit_code != 0 and "missing.csv" in result.output and "Traceback" not in result.output
