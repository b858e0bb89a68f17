"""Metadata read from article text: the formats agency copy uses, and odd text that must not break it."""

from pathlib import Path

import pytest

from quotes.metadata import iso_date, parse_date, parse_text_metadata

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def spans_text(text: str, meta) -> list[str]:
    return [text[start:end] for start, end in meta.spans]


def test_iso_date_line_with_headline_after_separator():
    text = (" date 2019-03-02 Saturday, 2 March 2019 (ABC) _ Harbour bridge reopens after repairs.\n\n"
            "Body here.\n")
    meta = parse_text_metadata(text)
    assert meta.date == "2019-03-02"
    assert meta.title == "Harbour bridge reopens after repairs."
    # The headline itself is not a metadata span: headlines can quote people.
    assert spans_text(text, meta) == ["date 2019-03-02 Saturday, 2 March 2019 (ABC) _"]


def test_iso_date_line_with_headline_after_the_date():
    text = (" date 2019-03-02 Farmers protest over new water tariffs\n\n"
            "LONDON, March 2. /Wire/. Farmers gathered.\n")
    meta = parse_text_metadata(text)
    assert (meta.date, meta.title) == ("2019-03-02", "Farmers protest over new water tariffs")
    assert (meta.place, meta.source) == ("London", "Wire")


def test_site_name_after_date_means_title_on_next_line():
    text = " date 2019-03-02 ExampleNews.com\nCouncil Approves Budget For Next Year\n\nThe council met.\n"
    meta = parse_text_metadata(text)
    assert meta.title == "Council Approves Budget For Next Year"
    assert spans_text(text, meta) == ["date 2019-03-02 ExampleNews.com"]


def test_first_line_headline_and_date_line_with_time():
    text = "Mayor opens the new library\n\n4 may 2018, 11:20\n\nThe mayor cut the ribbon on Friday.\n"
    meta = parse_text_metadata(text)
    assert meta.title == "Mayor opens the new library"
    assert meta.date == "2018-05-04"
    assert spans_text(text, meta) == ["4 may 2018, 11:20"]


def test_byline_date_line():
    text = ("Storm Closes Ports\n\nJane Roe 5 minutes ago Tue 6th March 2018 | 09:05 AM\n\n"
            "Ports closed on Tuesday.\n")
    meta = parse_text_metadata(text)
    assert meta.date == "2018-03-06"
    assert "Jane Roe 5 minutes ago Tue 6th March 2018 | 09:05 AM" in spans_text(text, meta)


def test_first_line_that_is_a_sentence_is_not_a_title():
    text = "The committee met on Monday to discuss the budget.\n\nIt will meet again next week.\n"
    assert parse_text_metadata(text).title is None


def test_quoted_sentence_is_not_a_title_nor_a_span():
    text = '"We will not give up," the coach told reporters.\n\nThe team lost again.\n'
    meta = parse_text_metadata(text)
    assert meta.title is None and meta.spans == []


def test_slash_dateline_takes_year_from_the_header():
    text = ("Talks resume\n\n"
            "OSLO, June 3. /Wire/. Negotiators met again, as agreed in May 2021, to continue.\n")
    meta = parse_text_metadata(text)
    assert (meta.place, meta.source, meta.date) == ("Oslo", "Wire", "2021-06-03")
    assert "OSLO, June 3. /Wire/." in spans_text(text, meta)


def test_slash_dateline_without_a_year_leaves_the_date_empty():
    text = "Talks resume\n\nOSLO, June 3. /Wire/. Negotiators met again to continue the talks.\n"
    meta = parse_text_metadata(text)
    assert (meta.place, meta.source, meta.date) == ("Oslo", "Wire", None)


def test_slash_dateline_may_name_no_date():
    # A city in capitals and the agency between slashes, then a dash: the lead's subject starts after it.
    text = "Ministers meet\n\nBRISK /Vell Today/ – Governor Ada Lind hosted Toma Greb on Tuesday.\n"
    meta = parse_text_metadata(text)
    assert (meta.place, meta.source, meta.date) == ("Brisk", "Vell Today", None)
    assert spans_text(text, meta) == ["BRISK /Vell Today/ –"]
    # A writer's `/sic/` names no agency.
    assert parse_text_metadata("Ministers meet\n\nBRISK /sic/ - the ferry ran late.\n").place is None


def test_paren_dateline_with_date_inside():
    text = "Rail link opens\n\nLISBON (City News / Wire - 7th April, 2022) The new line carried passengers.\n"
    meta = parse_text_metadata(text)
    assert (meta.place, meta.source, meta.date) == ("Lisbon", "City News / Wire", "2022-04-07")
    # Only the dateline prefix is metadata, not the paragraph it opens.
    assert spans_text(text, meta) == ["LISBON (City News / Wire - 7th April, 2022)"]


def test_city_country_date_agency_dateline():
    text = "Port expands\n\nRIGA, Latvia, Sept. 9 (Wire) - The port added a berth. Work began in 2020.\n"
    meta = parse_text_metadata(text)
    assert (meta.place, meta.source) == ("Riga", "Wire")
    assert spans_text(text, meta) == ["RIGA, Latvia, Sept. 9 (Wire) -"]


def test_capitals_dateline_and_multi_word_city():
    text = ("Museum reopens\n\n"
            "NEW DELHI, AUGUST 14, NEWSWIRE. The museum reopened on 14 August 2019 at noon.\n")
    meta = parse_text_metadata(text)
    assert (meta.place, meta.source, meta.date) == ("New Delhi", "NEWSWIRE", "2019-08-14")


def test_dateline_without_an_agency():
    text = "Ferry line reopens\n\nPARIS, June 3, 2024. The ferry line to the islands reopened.\n"
    meta = parse_text_metadata(text)
    assert (meta.place, meta.source, meta.date) == ("Paris", None, "2024-06-03")
    assert spans_text(text, meta) == ["PARIS, June 3, 2024."]
    dashed = parse_text_metadata("Ferry line reopens\n\nPARIS, June 3 \u2014 The ferry line reopened.\n")
    assert (dashed.place, dashed.date) == ("Paris", None)  # no year is named anywhere
    # With no agency beside it, capitals that name no known place may be the agency: only the date is taken.
    agency = parse_text_metadata("Ferry line reopens\n\nNORDWIRE, June 3, 2024. The ferry line reopened.\n")
    assert (agency.place, agency.date) == (None, "2024-06-03")
    # A national capital is a place, though no country or region bears its name (`capitals.txt`).
    capital = parse_text_metadata("Ferry line reopens\n\nMINSK, June 3, 2024. The ferry line reopened.\n")
    assert (capital.place, capital.date) == ("Minsk", "2024-06-03")
    # A city in ordinary case opening a sentence is not a dateline.
    assert parse_text_metadata("Ferry news\n\nBergen, June 3 was a fine day for it.\n").place is None


@pytest.mark.parametrize("dateline, expected", [
    ("VESTBY, 6 March (Nordwire) -", ("Vestby", "Nordwire", None)),
    ("NEW HAVNING, 9th October, 2024 (NWA) --", ("New Havning", "NWA", "2024-10-09")),
    ("VESTBY, 12 April. /Nordwire/.", ("Vestby", "Nordwire", None)),
    # A full stop after the city in capitals, as some agencies write it.
    ("VESTBY. Aug 15 (Nordwire-Vestland) -", ("Vestby", "Nordwire-Vestland", None)),
    # Capitals of the whole Latin script, in the city and the country.
    ("ŞƏKİLLİ, Türkmenia, Nov. 3 (Nordwire) -", ("Şəkilli", "Nordwire", None)),
    # The date all in figures, day first.
    ("VESTBY, 11.06.2026 (Nordwire) -", ("Vestby", "Nordwire", "2026-06-11")),
    ("VESTBY, 3.02.2025 /Nordwire/.", ("Vestby", "Nordwire", "2025-02-03")),
    ("MINSK, 11.06.2026.", ("Minsk", None, "2026-06-11")),
    # The agency after the date, with a colon.
    ("VESTBY, March 11. Nordwire:", ("Vestby", "Nordwire", None)),
    ("VESTBY, Norland, Nov. 3. Nordwire:", ("Vestby", "Nordwire", None)),
    # Full stops after the city and the date, the agency in capitals and a slash.
    ("Vestby. 14 November. NORDWIRE.NO/", ("Vestby", "NORDWIRE.NO", None)),
    ("VESTBY. 14 November 2025. NWA/", ("Vestby", "NWA", "2025-11-14")),
    # The agency after the date with a comma, in capitals or one word in title case before a full stop.
    ("Vestby, Dec. 9, 2025, NORDWIRE.", ("Vestby", "NORDWIRE", "2025-12-09")),
    ("Vestby, Dec. 9, 2025, Nordwire.", ("Vestby", "Nordwire", "2025-12-09")),
])
def test_day_first_datelines(dateline, expected):
    text = f"Ferry line reopens\n\n{dateline} The ferry line to the islands reopened.\n"
    meta = parse_text_metadata(text)
    assert (meta.place, meta.source, meta.date) == expected
    assert spans_text(text, meta) == [dateline]


def test_a_dateline_may_give_the_full_date_first_and_then_the_place():
    meta = parse_text_metadata("Talks in Vestby\n\nJune 11, 2024, Vestby. Following the talks, the leaders spoke.\n")
    assert (meta.place, meta.date) == ("Vestby", "2024-06-11")
    # A building and then its city: the city is the place.
    meta = parse_text_metadata("Talks\n\nMarch 5, 2024, The Tower Palace, Vestby. Ada Lind held a meeting.\n")
    assert (meta.place, meta.date) == ("Vestby", "2024-03-05")
    # A transcript's heading line may end there, with no full stop.
    meta = parse_text_metadata("Talks\n\nMarch 5, 2024, The Tower Palace, Vestby\n\nAda Lind: Welcome.\n")
    assert (meta.place, meta.date) == ("Vestby", "2024-03-05")
    # A weekday after the date is no place, and a sentence that opens on a date is no dateline.
    assert parse_text_metadata("Talks\n\nJune 11, 2024, Monday. The talks began.\n").place is None
    assert parse_text_metadata("Talks\n\nVestby, June 11, Monday. The talks began.\n").place is None
    assert parse_text_metadata("Talks\n\nJune 11, 2024 was a fine day. The talks began.\n").date is None


def test_a_dateline_may_give_the_place_first_and_then_a_full_date():
    # The town with its country set off by dashes from the date, which open the lead.
    text = "Fair opens\n\nBrisk, Vellmark – 4 May 2025 – Mayor Ada Lind opened the fair.\n"
    meta = parse_text_metadata(text)
    assert (meta.place, meta.date) == ("Brisk", "2025-05-04")
    assert spans_text(text, meta) == ["Brisk, Vellmark – 4 May 2025 –"]
    # The town and its building, a heading line of its own.
    meta = parse_text_metadata("Talks\n\nBrisk, the Amber Hall, March 5, 2025\n\nAda Lind: Welcome.\n")
    assert (meta.place, meta.date) == ("Brisk", "2025-03-05")
    # The date in figures, the time, and the agency after a bar.
    meta = parse_text_metadata("Talks\n\nBrisk, 05.03.2025, 11:20 | Vellnews.vm\n\nThe talks began.\n")
    assert (meta.place, meta.date, meta.source) == ("Brisk", "2025-03-05", "Vellnews.vm")
    # A full stop after the full date, the lead's first sentence after it.
    text = "Talks\n\nBrisk, 30 January 2025. Foreign Minister Ada Lind held talks.\n"
    meta = parse_text_metadata(text)
    assert (meta.place, meta.date) == ("Brisk", "2025-01-30")
    assert spans_text(text, meta) == ["Brisk, 30 January 2025."]
    # Without the year, or with words after the date, a sentence is no dateline.
    assert parse_text_metadata("Talks\n\nBrisk, March 5. The port was calm.\n").place is None
    assert parse_text_metadata("Talks\n\nBrisk, March 5, was calm.\n").place is None
    assert parse_text_metadata("Talks\n\nBrisk, March 5, 2025, was a calm day in the port.\n").place is None


def test_a_city_in_capitals_and_a_dash_is_a_dateline():
    text = "Ferry line reopens\n\nPORT HAVNING - The ferry line to the islands reopened.\n"
    meta = parse_text_metadata(text)
    assert (meta.place, meta.source, meta.date) == ("Port Havning", None, None)
    assert spans_text(text, meta) == ["PORT HAVNING -"]
    # The city and the first word may open with any capital of the Latin script.
    text = "Ferry line reopens\n\nÖRSKÖY - Ümraniye Ferries reopened the line.\n"
    assert parse_text_metadata(text).place == "Örsköy"
    # A headline's label, or two capitals of a union or a country, opens no dateline.
    for opening in ("UPDATE - Fire spreads to the hills.", "EU - Norland talks resume today in Vestby.",
                    "WATCH - The mayor speaks at the harbour."):
        assert parse_text_metadata(f"Fire\n\n{opening}\n").spans == []


def test_a_dateline_with_its_province_or_state_and_a_lead_on_a():
    # North American papers name the province or state after the city, short or whole, and may open the lead on `A`.
    for line, place in (("KELMORE FALLS, Sask. — A grain elevator burned down overnight.", "Kelmore Falls"),
                        ("TARNBY, N.S. — Fishers in the harbour say the season opened late.", "Tarnby"),
                        ("ST. OSWIN, Nfld. — The ferry to the island was cancelled.", "St. Oswin"),
                        ("PORT STE. BRIGID, Ont. — The mill closed.", "Port Ste. Brigid"),
                        ("OSSORY — A 19-year-old was charged after the fire.", "Ossory")):
        text = f"Fire at the mill\n\n{line}\n"
        meta = parse_text_metadata(text)
        assert meta.place == place
        assert spans_text(text, meta) == [line[:line.index("—") + 1]]


def test_a_transcript_label_with_an_agency_is_no_dateline():
    # `Kyiv (AFP) -` is one; a colon after the brackets ends a speaker's label.
    text = "Talks\n\nThe leaders spoke to the press.\n\nQuestion (NWA): Will the ferry run?\n"
    assert parse_text_metadata(text).place is None
    assert parse_text_metadata("Talks\n\nVestby (NWA) - The leaders spoke.\n").place == "Vestby"


def test_capitalised_phrase_is_not_a_dateline():
    text = "UNESCO (the United Nations cultural agency) listed the site.\nMore text follows.\n"
    meta = parse_text_metadata(text)
    assert meta.place is None and meta.source is None


def test_closing_source_line():
    text = "Bridge opens\n\nThe bridge opened.\n\nSource: Ministry of Transport\n"
    meta = parse_text_metadata(text)
    assert meta.source == "Ministry of Transport"
    assert spans_text(text, meta)[-1] == "Source: Ministry of Transport"


def test_only_the_head_is_read_for_dates():
    body = "Filler sentence for the article body.\n" * 60
    text = "Long article here\n\n" + body + "12 March 2020, 10:00\n" + body
    assert parse_text_metadata(text).date is None


ODD_TEXTS = ["", "\n\n\n", "\x00\x01\x02", "date", " date 2020-99-99 x", "(((", "\ud800 odd",
             "A" * 5000, "MOSCOW, /", "Source:", "1 January 99999", "31 February 2020, 10:00\nbody"]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_text_never_raises(text):
    meta = parse_text_metadata(text)
    assert all(0 <= start <= end <= len(text) for start, end in meta.spans)
    assert meta.date is None or len(meta.date) == 10


def test_parse_date_and_iso_date():
    assert parse_date("3 March 2021") == "2021-03-03"
    assert parse_date("November 15", 2020) == "2020-11-15"
    assert parse_date("2020-02-30") is None
    assert iso_date("21.11.2020") == "2020-11-21"
    assert iso_date("2020-11-21T10:00:00Z") == "2020-11-21"
    assert iso_date("sometime") == "sometime" and iso_date("") is None


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="no seeds")
def test_seed_metadata():
    first, second, third, fourth = (parse_text_metadata(seed(p)) for p in ("000", "001", "003", "004"))
    assert first.date == "2020-11-21" and first.source == "Ministry of Defence of the Russian Federation"
    assert first.title.startswith("Sergei Shoigu arrive")
    assert second.date == "2020-11-21" and second.title.startswith("Ilham Aliyev has received")
    assert (third.place, third.date, third.source) == ("Yerevan", "2020-11-21", "UrduPoint News / Sputnik")
    assert third.title.startswith("Russia Considers Maintaining Peace")
    assert (fourth.place, fourth.source, fourth.date) == ("Moscow", "TASS", "2020-11-15")


def test_paren_dateline_with_a_region_or_a_city_in_title_case():
    meta = parse_text_metadata("Floods\n\nHARBOUR CITY, Norland (Wire) \u2014 The river rose overnight.\n")
    assert (meta.place, meta.source) == ("Harbour City", "Wire")
    meta = parse_text_metadata("Floods\n\nBergen (NTB) - The river rose overnight.\n")
    assert (meta.place, meta.source) == ("Bergen", "NTB")
    # A name with a party label opens no dateline.
    assert parse_text_metadata("Votes\n\nHolm (R-Ore.) \u2014 voted no.\n").place is None


def test_a_byline_is_a_metadata_line_and_its_writer_no_one_s_antecedent():
    from quotes.model import Document
    from quotes.pipeline import process
    text = ("Ferry owners hit back over Brimsey fares\n\nBy Solveig Marrant-Hale\n\n"
            "The founder of the Brimsey ferry line has hit back at councillors, insisting the fares are "
            "\"the lowest on the coast\".\n\nOskar Tervane, 70, said: \"We have not raised them since 2019.\"\n")
    meta = parse_text_metadata(text)
    assert spans_text(text, meta) == ["By Solveig Marrant-Hale"]
    doc = Document("b", text)
    doc.metadata_spans = meta.spans
    speakers = [q.speaker for q in process(doc).quotes]
    assert "Solveig Marrant-Hale" not in speakers
    assert speakers[0] == "Oskar Tervane"
    late = "Fares\n\nBy Tuesday, Councillor Ana Berg had said no.\n\nThe vote is on Friday.\n"
    assert spans_text(late, parse_text_metadata(late)) == []
