"""Quantities: numbers in digits and words, qualifiers, units, periods, ranges."""

from __future__ import annotations

import pytest

from pipeline.extract.quantities import find_quantities, parse_number


def _one(text: str) -> tuple[str, float | None, float | None, str, str | None, str | None]:
    (q,) = find_quantities(text)
    assert text[q.span.start : q.span.end] == q.text == q.span.text
    return q.text, q.value, q.value_max, q.qualifier, q.unit, q.period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("captured at least ten Ukrainian soldiers",
         ("at least ten Ukrainian soldiers", 10.0, None, "at_least", "soldiers", None)),
        ("shot down 37 drones in a single week",
         ("37 drones in a single week", 37.0, None, "exact", "drones", "in a single week")),
        ("more than 1,200 troops", ("more than 1,200 troops", 1200.0, None, "more_than", "troops",
                                    None)),
        ("about 3 million people", ("about 3 million people", 3e6, None, "approximate", "people",
                                    None)),
        ("between 5 and 7 percent", ("between 5 and 7 percent", 5.0, 7.0, "range", "%", None)),
        ("from 10 to 20 km", ("from 10 to 20 km", 10.0, 20.0, "range", "km", None)),
        ("52% of voters", ("52%", 52.0, None, "exact", "%", None)),
        ("$2.5 billion in aid", ("$2.5 billion", 2.5e9, None, "exact", "USD", None)),
        ("fewer than twenty-five villages",
         ("fewer than twenty-five villages", 25.0, None, "less_than", "villages", None)),
        ("dozens of civilians", ("dozens of civilians", 24.0, None, "at_least", "civilians",
                                 None)),
        ("up to 40 missiles per day",
         ("up to 40 missiles per day", 40.0, None, "at_most", "missiles", "per day")),
        ("a 30-day ceasefire", ("30-day ceasefire", 30.0, None, "exact", "day", None)),
        ("two border crossings", ("two border crossings", 2.0, None, "exact", "crossings", None)),
        ("35-plus hours", ("35-plus hours", 35.0, None, "at_least", "hours", None)),
        ("about two-thirds of voters",
         ("about two-thirds of voters", 0.6667, None, "approximate", "fraction", None)),
        ("2.7 million donors across the country",
         ("2.7 million donors", 2.7e6, None, "exact", "donors", None)),
        # the rate of a toll keeps its period past the casualty words
        ("around 300 killed and wounded per day",
         ("around 300 killed and wounded per day", 300.0, None, "approximate", "killed",
          "per day")),
        ("about 1,000 soldiers killed or wounded every day",
         ("about 1,000 soldiers killed or wounded every day", 1000.0, None, "approximate",
          "soldiers", "every day")),
        ("40 soldiers killed a day later", ("40 soldiers", 40.0, None, "exact", "soldiers", None)),
        # a unit is a noun, a rate is no point in time, a range of percentages is one
        ("rose by about 190,000 between January and August",
         ("about 190,000", 190000.0, None, "approximate", None, None)),
        ("adds 120 new affordable housing units",
         ("120 new affordable housing units", 120.0, None, "exact", "units", None)),
        ("down from about 60 percent a week ago",
         ("about 60 percent", 60.0, None, "approximate", "%", None)),
        ("in the 5.25 percent to 5.50 percent range",
         ("5.25 percent to 5.50 percent", 5.25, 5.5, "range", "%", None)),
    ],
)
def test_quantities(text: str, expected: tuple[object, ...]) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize(
    "text",
    ["In 2015 the war began.", "On Jan. 5 they met.", "The M113 carrier.", "At 10:10 a.m.",
     "one of the captives", "No. 3 on the list"],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_offsets_are_shifted() -> None:
    (q,) = find_quantities("ten tanks", offset=100)
    assert (q.span.start, q.span.end) == (100, 109)


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,200", 1200.0), ("3.5", 3.5), ("twenty-five", 25.0), ("a dozen", 12.0),
     ("two dozen", 24.0), ("$2.5 million", 2.5e6), ("7bn", 7e9), ("many", None)],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


def test_qualifier_alternatives_are_prefix_free() -> None:
    # The qualifier regex is prefix-factored, which keeps its matches only while no
    # qualifier is a prefix of another (then at most one can match at a place).
    from pipeline.extract.quantities import _QUALIFIER

    words = _QUALIFIER.split("|")
    assert not [(a, b) for a in words for b in words if a != b and b.startswith(a)]


def test_a_long_s_in_a_vague_number_does_not_crash() -> None:
    found = find_quantities("Thousand\u017f of people fled the city.")
    assert [q.value for q in found] == [2000.0]


def test_over_right_after_a_counted_unit_is_where_not_more_than() -> None:
    found = find_quantities("Russia says it downed 75 drones over eight regions.")
    assert [(q.text, q.value, q.qualifier) for q in found] == [
        ("75 drones", 75.0, "exact"), ("eight regions", 8.0, "exact")]
    (found_one,) = find_quantities("The ministry said over 40 people were killed.")
    assert found_one.qualifier == "more_than"


@pytest.mark.parametrize(("text", "quantity", "qualifier"), [
    ("Hamas handed over four Israeli captives.", "four Israeli captives", "exact"),
    ("The rebels turned over 12 prisoners to the ICRC.", "12 prisoners", "exact"),
    ("Russian forces took over three villages.", "three villages", "exact"),
    ("The crossing took over 12 hours.", "over 12 hours", "more_than"),
    ("He held over 40 meetings.", "over 40 meetings", "more_than"),
])
def test_over_after_a_phrasal_verb_is_a_particle(text: str, quantity: str,
                                                 qualifier: str) -> None:
    (found,) = find_quantities(text)
    assert (found.text, str(found.qualifier)) == (quantity, qualifier)


def test_a_part_counts_what_the_whole_counts() -> None:
    found = find_quantities("Ukraine shot down 58 of the 93 drones and 21 of the 34 missiles.")
    assert [(q.text, q.unit) for q in found] == [
        ("58", "drones"), ("93 drones", "drones"), ("21", "missiles"), ("34 missiles", "missiles")]


@pytest.mark.parametrize("text", [
    "A group calling itself NoName057(16) said it.",
    "It was posted on 25 December 2024.",
    "F16 jets were seen.",
])
def test_numbers_in_names_and_dates_are_no_counts(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("The road is 140km long.", 140.0, "km"),
    ("A convoy carried 20t of aid.", 20.0, "t"),
    ("It dropped a 2,000kg bomb.", 2000.0, "kg"),
    ("Winds reached 90mph.", 90.0, "mph"),
    ("The plant makes about 1GW.", 1.0, "GW"),
    ("A 40km-long convoy moved.", 40.0, "km"),
])
def test_a_unit_written_onto_the_number_is_its_unit(text: str, value: float, unit: str) -> None:
    (quantity,) = find_quantities(text)
    assert (quantity.value, quantity.unit) == (value, unit)


def test_a_calibre_and_a_name_are_no_glued_units() -> None:
    assert find_quantities("It fired 155mm shells at F16 jets.") == []


@pytest.mark.parametrize(("text", "unit"), [
    ("They destroyed three armoured fighting vehicles.", "vehicles"),
    ("It showed seven destroyed Ukrainian tanks.", "tanks"),
    ("Two fixed-wing aircraft were lost.", "aircraft"),
    ("They fired five guided missiles.", "missiles"),
])
def test_adjectives_before_the_counted_noun_are_no_unit(text: str, unit: str) -> None:
    (quantity,) = find_quantities(text)
    assert quantity.unit == unit


def test_a_qualifier_counts_for_the_numbers_listed_with_it() -> None:
    found = find_quantities("More than 14,500 children, 9,500 women and 3,000 men died.")
    assert [q.qualifier for q in found] == ["more_than"] * 3
    assert [q.qualifier for q in find_quantities("In 2020, 5 people died.")] == ["exact"]


def test_a_pronoun_is_no_unit() -> None:
    assert [q.unit for q in find_quantities("Six were killed, six of them children.")] == [
        None, None]


@pytest.mark.parametrize("text", ["the 1974 disengagement agreement", "Under rule 37 of it",
                                  "Pierre, 41, was arrested.", "Resolution 2334 passed."])
def test_dates_labels_and_ages_are_no_counts(text: str) -> None:
    assert find_quantities(text) == []


def test_since_a_month_and_year_is_the_period() -> None:
    (q,) = find_quantities("It has killed 40 people since November 2023.")
    assert q.period == "since November 2023"
    (q,) = find_quantities("In Kherson, 41 people were killed.")
    assert (q.value, q.unit) == (41.0, "people")


@pytest.mark.parametrize(("text", "quantity", "value"), [
    ("The army said it killed several dozen terrorists.", "several dozen terrorists", 36.0),
    ("A few hundred soldiers crossed the river.", "A few hundred soldiers", 300.0),
    ("Several thousand troops massed near the border.", "Several thousand troops", 3000.0),
])
def test_several_or_a_few_before_a_scale_is_an_approximate_count(
        text: str, quantity: str, value: float) -> None:
    (found,) = find_quantities(text)
    assert (found.text, found.value, str(found.qualifier)) == (quantity, value, "approximate")


@pytest.mark.parametrize(("text", "found"), [
    ("One soldier was killed, officials said.", [("One soldier", 1.0, "soldier")]),
    ("One Ukrainian soldier died.", [("One Ukrainian soldier", 1.0, "soldier")]),
    ("One of the soldiers was killed.", []),
    ("It was one of the deadliest days.", []),
    ("One day later the town fell.", []),
])
def test_one_counts_a_person_only(text: str, found: list[tuple[str, float, str]]) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    ("at least six Chinese coast guard vessels were seen",
     [("at least six Chinese coast guard vessels", "at_least", "vessels")]),
    ("More than 100,000 ethnic Armenians fled",
     [("More than 100,000 ethnic Armenians", "more_than", "armenians")]),
    ("At least 85 died in the attack", [("At least 85", "at_least", None)]),
    ("5 drones hit targets", [("5 drones", "exact", "drones")]),
    ("Officials said as high as 150,000 dead and closer to 100,000 displaced.",
     [("as high as 150,000 dead", "at_most", "dead"),
      ("closer to 100,000 displaced", "approximate", "displaced")]),
    ("The shelling killed a 71-year-old woman", []),
    ("two children aged 4 and 7 were hurt", [("two children", "exact", "children")]),
    ("the 1951 Mutual Defense Treaty extends", []),
])
def test_units_qualifiers_and_ages(text: str, found: list[tuple[str, str, str | None]]) -> None:
    assert [(q.text, str(q.qualifier), q.unit) for q in find_quantities(text)] == found


def test_n_or_m_is_one_range_and_a_tent_is_no_weight() -> None:
    # "four or five" had been two quantities; "a tent" was "ten" with a glued "t" (tonnes).
    (q,) = find_quantities("four or five people were killed")
    assert (q.text, q.value, q.value_max, q.qualifier) == ("four or five people", 4.0, 5.0,
                                                            "range")
    assert [q.text for q in find_quantities("a strike hit a tent")] == []
    assert [q.unit for q in find_quantities("a 20t truck")] == ["t"]


def test_a_clock_time_with_its_zone_is_no_count() -> None:
    # "0640 GMT" had been the count 640.
    found = find_quantities("at around 0640 GMT, 22 nautical miles east of Khor Fakkan")
    assert [q.text for q in found] == ["22 nautical miles"]


@pytest.mark.parametrize(("text", "expected"), [
    ("temperatures would fall to minus 5 degrees", ("minus 5 degrees", -5.0, "exact", "degrees")),
    ("temperatures would fall to -5 degrees", ("-5 degrees", -5.0, "exact", "degrees")),
    ("deaths could exceed 10,000", ("10,000", 10000.0, "more_than", None)),
    ("deaths topped 10,000", ("10,000", 10000.0, "more_than", None)),
    ("the top 10 players", ("10 players", 10.0, "exact", "players")),
    ("a magnitude 7.6 quake", ("7.6", 7.6, "exact", "magnitude")),
])
def test_signs_verbal_qualifiers_and_magnitudes(text: str, expected: tuple[object, ...]) -> None:
    (q,) = find_quantities(text)
    assert (q.text, q.value, str(q.qualifier), q.unit) == expected


def test_a_time_frame_later_in_the_sentence_is_the_period_of_the_count() -> None:
    found = find_quantities("Shelling killed two people in the Kharkiv region over the past 24 "
                            "hours.")
    assert [(q.text, q.period) for q in found] == [("two people", "over the past 24 hours")]
    assert [q.text for q in find_quantities("It fired 5-7 rockets from a Su-34 in 2023-24.")] == [
        "5-7 rockets"]


def test_a_participle_after_the_counted_noun_ends_the_unit_and_a_part_inherits_it() -> None:
    (q,) = find_quantities("The clip shows two women placing bundles of ballots into a box.")
    assert (q.text, q.unit) == ("two women", "women")
    found = find_quantities("It destroyed 27 Ukrainian drones, including nine over Volgograd.")
    assert [(q.text, q.unit) for q in found] == [("27 Ukrainian drones", "drones"),
                                                 ("nine", "drones")]


def test_a_rate_after_what_is_counted_is_the_period() -> None:
    (q,) = find_quantities("The refinery processes about 15 million tonnes of crude a year.")
    assert (q.text, q.unit, q.period) == ("about 15 million tonnes of crude a year", "tonnes",
                                          "a year")


@pytest.mark.parametrize("text", ["between 10 p.m. and 4 a.m.", "It hit at 2 am on Monday"])
def test_clock_times_are_no_counts(text: str) -> None:
    assert find_quantities(text) == []


def test_including_a_count_over_a_place_counts_what_went_over_places() -> None:
    found = find_quantities("It downed 47 drones over seven regions, including 19 over Kursk.")
    assert [(q.text, q.unit) for q in found][-1] == ("19", "drones")  # before: regions


def test_a_toll_that_could_rise_to_a_number_is_a_ceiling_and_a_clock_is_no_count() -> None:
    (q,) = find_quantities("The death toll could rise to 10, an official said.")
    assert q.qualifier == "at_most"  # before: exact
    (past,) = find_quantities("The toll rose to 10 on Friday.")
    assert past.qualifier == "exact"
    assert find_quantities("The shells started falling at around 11 o’clock.") == []


def test_a_converted_figure_is_as_rough_as_the_first() -> None:
    found = find_quantities("It lies some 20 km (12 miles) east of Pokrovsk.")
    assert [q.qualifier for q in found] == ["approximate", "approximate"]  # before: exact


def test_a_stance_is_no_count_and_last_year_is_a_period() -> None:
    # Before: "zero tolerance" was a count of 0 tolerance; "£12 million last" took "last" for
    # its unit.
    assert find_quantities('The sport has "zero tolerance" for doping.') == []
    (q,) = find_quantities("It overspent its budget by £12 million last year.")
    assert (q.unit, q.period) == ("GBP", "last year")


@pytest.mark.parametrize(("text", "value"), [
    ("the enemy had lost more than 2 000 servicemen", 2000.0),
    ("Ukrainian forces had lost 1\u202f200 servicemen", 1200.0),
    ("it downed 2\u00a0000 drones", 2000.0),
])
def test_thousands_grouped_by_spaces(text: str, value: float) -> None:
    assert _one(text)[1] == value


def test_a_unit_after_a_joined_line_break_still_counts() -> None:
    assert _one("killed at least 27  civilians")[4] == "civilians"


@pytest.mark.parametrize(("text", "expected"), [
    ("33 hostages are to be freed over six weeks", ("six weeks", "exact")),
    ("the fighting lasted over six weeks", ("over six weeks", "more_than")),
])
def test_over_a_span_of_time_after_an_event_is_during_it(text: str,
                                                         expected: tuple[str, str]) -> None:
    last = find_quantities(text)[-1]
    assert (last.text, last.qualifier) == expected


@pytest.mark.parametrize(("text", "unit"), [
    ("air defences shot down 51 of the drones", "drones"),
    ("two of its soldiers were wounded", "soldiers"),
    ("at least two of her children", "children"),
])
def test_a_part_of_a_counted_group_counts_the_group(text: str, unit: str) -> None:
    assert _one(text)[4] == unit


def test_taken_prisoner_is_no_unit() -> None:
    assert find_quantities("28 attackers had been killed and six taken prisoner")[-1].unit is None


def test_two_percentages_joined_by_and_are_two_values() -> None:
    assert [q.text for q in find_quantities("rose 3 percent and 4 percent")] == [
        "3 percent", "4 percent"]
    (both,) = find_quantities("between 5 percent and 7 percent")
    assert (both.value, both.value_max) == (5.0, 7.0)


@pytest.mark.parametrize(("text", "unit"), [
    ("The death toll had risen to 34, officials said.", "deaths"),
    ("The toll rose to at least 34.", "deaths"),
    ("The casualty toll stood at about 120.", "casualties"),
    ("Police put the crowd at 5,000.", "people"),
    ("Turnout was 1.2 million.", "people"),
    ("Turnout was 64%.", "%"),  # a unit of its own wins
    ("The toll road costs 5 dollars.", "dollars"),
])
def test_a_bare_number_counts_what_the_noun_before_measures(text: str, unit: str) -> None:
    assert _one(text)[4] == unit


def test_nautical_miles_are_no_statute_miles() -> None:
    assert _one("about 50 nautical miles off the coast")[4] == "nautical miles"


@pytest.mark.parametrize(("text", "expected"), [
    ("one to seven people were missing", ("one to seven people", 1.0, 7.0)),
    ("one or two drones hit the depot", ("one or two drones", 1.0, 2.0)),
    ("Between one and three soldiers were wounded", ("Between one and three soldiers", 1.0, 3.0)),
])
def test_a_range_may_open_with_one(text: str, expected: tuple[str, float, float]) -> None:
    assert _one(text)[:3] == expected


def test_one_before_anything_else_is_still_no_count() -> None:
    assert find_quantities("one of the attacks, in one-to-one talks, one day") == []


@pytest.mark.parametrize(("text", "qualifier"), [
    ("inside the networks for as long as eight months", "at_most"),
    ("as few as 20 people had received aid", "at_least"),
    ("as far as 40 km behind the line", "at_most"),
])
def test_bounds_written_as_comparisons(text: str, qualifier: str) -> None:
    assert _one(text)[3] == qualifier


@pytest.mark.parametrize("text", ["Israeli strikes killed 11 in southern Lebanon",
                                  "The number of dead had doubled to 80",
                                  "The attack killed at least 30, police said."])
def test_a_bare_count_of_the_killed_counts_people(text: str) -> None:
    assert _one(text)[4] == "people"


def test_a_multiple_is_no_count() -> None:
    (ratio,) = find_quantities("the real toll was at least three times the official figure")
    assert (ratio.text, ratio.value, ratio.unit) == ("at least three times", 3.0, "times")


@pytest.mark.parametrize(("text", "unit"), [
    ("at least three U.S. telecommunications providers", "providers"),
    ("about 40 U.N. peacekeepers", "peacekeepers"),
])
def test_an_abbreviated_name_may_modify_the_unit(text: str, unit: str) -> None:
    assert _one(text)[4] == unit


def test_a_unit_does_not_cross_a_sentence_end() -> None:
    (count,) = find_quantities("shot down 3 Su-25s. Ukrainian officials said")
    assert count.unit != "officials"


def test_one_two_is_no_range() -> None:
    assert find_quantities("a one-two punch of strikes") == []


@pytest.mark.parametrize(("text", "value", "value_max", "unit"), [
    # Before: 2 to 3,000,000 and 5 to 600 (the scale written once read only on the second)
    ("between two and three million people", 2e6, 3e6, "people"),
    ("five to six hundred people", 500.0, 600.0, "people"),
    ("1 to 1.5 million people", 1e6, 1.5e6, "people"),
    ("between 2 and 3,000 people", 2.0, 3000.0, "people"),  # no scale word to share
    # Before: no quantity at all, or no unit after "more"
    ("more than a thousand people", 1000.0, None, "people"),
    ("about a hundred people", 100.0, None, "people"),
    ("12 more bodies", 12.0, None, "bodies"),
])
def test_scales_written_once_and_a_hundred(text: str, value: float, value_max: float | None,
                                           unit: str) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.value_max, q.unit) == (value, value_max, unit)


@pytest.mark.parametrize("text", ["Half a million people have fled.",
                                  "A quarter of a million homes were damaged."])
def test_a_after_half_or_of_is_no_count_of_one_scale(text: str) -> None:
    # Review: "Half a million" was read as 1,000,000
    assert all(q.value != 1e6 for q in find_quantities(text))


@pytest.mark.parametrize(("text", "quantity", "unit", "qualifier", "period"), [
    ("The AIU's public list shows 11 Kenyans provisionally suspended in 2025.", "11 Kenyans",
     "kenyans", "exact", None),
    ("Its own analysis showed that fewer than half of the customers had received refunds.",
     "fewer than half", "fraction", "less_than", None),
    ("The U.S. economy added 143,000 jobs in January, the Labor Department said on Friday, "
     "while revisions showed hiring in the previous two months was stronger than first "
     "reported.", "143,000 jobs", "jobs", "exact", None),
])
def test_a_unit_qualifier_and_period_from_the_quantity_s_own_words(
        text: str, quantity: str, unit: str, qualifier: str, period: str | None) -> None:
    found = next(q for q in find_quantities(text) if q.text == quantity)
    assert (found.unit, str(found.qualifier), found.period) == (unit, qualifier, period)


def test_a_figure_revised_up_to_a_value_is_that_value() -> None:
    text = "The bureau revised December's figure up to 307,000 from the 256,000 it reported."
    found = {q.text: str(q.qualifier) for q in find_quantities(text)}
    assert found["307,000"] == "exact"
    assert "up to 300" in {q.text for q in find_quantities("The toll could rise up to 300.")}


def test_up_to_after_raised_fears_is_still_a_ceiling() -> None:
    (found,) = find_quantities("The storm raised fears that up to 300 people had died.")
    assert str(found.qualifier) == "at_most"
