"""Reconciliation: several sources for one figure, nothing dropped, one preferred by the documented rule."""
from etl.reconcile import consistent, reconcile

ORDER = ["nbs-2025-5th-census", "nbs-2023-4th-census"]


def obs(value, source_id, kind="reference", qualifier="exact", vintage=None, date="2022-01-01", **kw):
    base = {"indicator": "gdp", "region": "beijing", "year": 2021, "period_start": None, "base_year": None,
            "value": value, "qualifier": qualifier, "source_id": source_id, "source_kind": kind,
            "source_date": date, "vintage": vintage, "derived": False, "source_location": f"{source_id}:1"}
    return {**base, **kw}


def test_equal_values_from_two_sources_become_one_observation_listing_both():
    rows, groups = reconcile([obs(33, "a"), obs(33, "b", kind="release")], ORDER)
    assert len(rows) == 1
    assert rows[0]["preferred"] and not rows[0]["conflict"]
    assert sorted([rows[0]["source_id"], *rows[0]["corroborated_by"]]) == ["a", "b"]
    assert groups[0]["status"] == "agree"


def test_official_series_is_preferred_over_news_and_nothing_is_dropped():
    rows, _ = reconcile([obs(40269.6, "news", vintage="first-release"),
                         obs(44350.7, "nbs5", kind="statistics", vintage="nbs-2025-5th-census")], ORDER)
    assert len(rows) == 2
    assert [r["source_id"] for r in rows if r["preferred"]] == ["nbs5"]


def test_latest_vintage_wins_and_different_vintages_are_revisions_not_conflicts():
    rows, groups = reconcile([obs(41045.6, "nbs4", kind="statistics", vintage="nbs-2023-4th-census"),
                              obs(44350.7, "nbs5", kind="statistics", vintage="nbs-2025-5th-census")], ORDER)
    assert [r["value"] for r in rows if r["preferred"]] == [44350.7]
    assert not any(r["conflict"] for r in rows)
    assert groups[0]["status"] == "revision"


def test_later_publication_wins_among_news_and_disagreement_is_a_conflict():
    rows, groups = reconcile([obs(1.2, "early", qualifier="approx", date="2021-12-06"),
                              obs(1.5, "late", qualifier="approx", date="2022-04")], ORDER)
    assert [r["source_id"] for r in rows if r["preferred"]] == ["late"]
    assert all(r["conflict"] for r in rows)
    assert groups[0]["status"] == "conflict"


def test_exact_beats_approximate_from_the_same_date():
    rows, _ = reconcile([obs(40000, "round", qualifier="approx"), obs(40269.6, "exact")], ORDER)
    assert [r["source_id"] for r in rows if r["preferred"]] == ["exact"]


def test_undated_source_never_outranks_a_dated_one():
    rows, _ = reconcile([obs(35371.3, "undated", date=None), obs(35400, "dated", date="2020-01-20")], ORDER)
    assert [r["source_id"] for r in rows if r["preferred"]] == ["dated"]


def test_rounded_and_bounded_figures_agree_with_values_they_describe():
    assert consistent({"value": 40000, "qualifier": "approx"}, {"value": 40269.6, "qualifier": "exact"})
    assert consistent({"value": 9000, "qualifier": "more_than"}, {"value": 10000, "qualifier": "more_than"})
    assert consistent({"value": 4800, "qualifier": "more_than"}, {"value": 4861, "qualifier": "exact"})
    assert not consistent({"value": 4800, "qualifier": "more_than"}, {"value": 4500, "qualifier": "exact"})
    assert not consistent({"value": 33, "qualifier": "exact"}, {"value": 34, "qualifier": "exact"})


def test_periods_and_base_years_are_separate_observations():
    rows, groups = reconcile([obs(1760, "a", period_start=2014), obs(2308.7, "b", period_start=2021)], ORDER)
    assert all(r["preferred"] for r in rows) and groups == []


def test_a_stated_figure_beats_a_derived_ratio_even_from_the_official_series():
    derived = obs(2.5, "derived-x", kind="statistics", vintage="nbs-2025-5th-census", derived=True)
    stated = obs(2.0, "news", kind="release", date="2015-01")
    rows, groups = reconcile([derived, stated], ORDER)
    assert [r["source_id"] for r in rows if r["preferred"]] == ["news"]
    assert groups[0]["status"] == "revision", "different vintages: a revision, not a conflict"


def test_a_sum_of_one_official_series_ranks_as_that_series():
    total = obs(101649.3, "derived-gdp-jjj", kind="statistics", vintage="nbs-2025-5th-census", derived=True,
                official_sum=True, region="jjj")
    news = obs(96000, "news", kind="reference", qualifier="approx", vintage="first-release", region="jjj")
    rows, _ = reconcile([total, news], ORDER)
    assert [r["source_id"] for r in rows if r["preferred"]] == ["derived-gdp-jjj"]


def test_a_later_rounded_recollection_gives_way_to_the_finer_figure_and_is_no_conflict():
    from etl.reconcile import written_precision
    bulletin = obs(89.5, "bulletin", kind="release", date="2014-01-03", precision=written_precision("89.5微克", 89.5))
    recalled = obs(90, "later", kind="release", date="2018-01-03", precision=written_precision("90微克/立方米", 90))
    rows, groups = reconcile([recalled, bulletin], ORDER)
    assert [r["value"] for r in rows if r["preferred"]] == [89.5]
    assert not any(r["conflict"] for r in rows) and groups[0]["status"] == "agree"


def test_a_later_different_figure_still_wins_and_a_bound_is_not_a_rounding():
    later = obs(92, "later", kind="release", date="2018-01-03", precision=1.0)
    rows, _ = reconcile([later, obs(89.5, "bulletin", kind="release", date="2014-01-03", precision=0.1)], ORDER)
    assert [r["value"] for r in rows if r["preferred"]] == [92]
    over = obs(10000, "later", kind="release", qualifier="more_than", date="2024-04", precision=10000.0)
    rows, _ = reconcile([over, obs(9000, "early", kind="release", qualifier="more_than", date="2023-01", precision=1.0)], ORDER)
    assert [r["value"] for r in rows if r["preferred"]] == [10000]


def test_written_precision_is_the_step_of_the_last_digit_in_the_stored_unit():
    from etl.reconcile import written_precision
    assert written_precision("90微克/立方米", 90) == 1
    assert written_precision("4.0万亿元", 40000) == 1000
    assert abs(written_precision("33.6%", 33.6) - 0.1) < 1e-12
    assert written_precision("千余家", 1000) is None and written_precision(None, 5) is None
