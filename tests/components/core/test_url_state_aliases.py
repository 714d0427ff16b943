"""Region names and aliases in a query string (?region=北京, ?region=京) mean the same regions as in a path.

url_state only rewrites words through a resolver it is given (the app passes the catalogue's, see
components/ui/page_guard.py); these tests use a small stand-in and, at the end, the real catalogue's aliases.
"""
from __future__ import annotations

from urllib.parse import parse_qs, quote

import pytest

from components.core.url_state import MAX_REGIONS, canonical_query, canonical_regions, parse

ALIASES = {"北京": "beijing", "京": "beijing", "beijing": "beijing", "Beijing": "beijing",
           "天津": "tianjin", "tianjin": "tianjin", "津冀": "tianjin_hebei"}


def resolve(word):
    return ALIASES.get(word)


def test_names_and_aliases_become_ids_in_order_without_duplicates():
    assert canonical_regions(["京", "tianjin", "北京", "Beijing"], resolve) == ("beijing", "tianjin")
    assert canonical_regions(["津冀"], resolve) == ("tianjin_hebei",)


def test_unknown_words_stay_as_typed_for_the_message():
    assert canonical_regions(["北京", "atlantis"], resolve) == ("beijing", "atlantis")


@pytest.mark.parametrize("query,expected", [
    ("?region=" + quote("北京"), "?region=beijing"),
    ("?region=" + quote("京"), "?region=beijing"),
    ("region=北京", "?region=beijing"),                                   # not percent-encoded, no '?'
    ("?lang=en&region=" + quote("京") + "&from=2015", "?lang=en&region=beijing&from=2015"),
    ("?region=" + quote("北京,天津"), "?region=beijing,tianjin"),
    ("?region=" + quote("京") + "&region=tianjin&lang=en", "?region=beijing,tianjin&lang=en"),  # repeats add up
    ("?region=" + quote("北京") + ",beijing", "?region=beijing"),
    ("?region=" + quote("北京") + ",atlantis", "?region=beijing,atlantis"),  # the unknown one stays, for the message
])
def test_a_query_with_an_alias_has_a_canonical_form(query, expected):
    assert canonical_query(query, resolve) == expected
    assert parse(expected).regions == canonical_regions(parse(query).regions, resolve)


@pytest.mark.parametrize("query", ["", "?", "?lang=en", "?region=beijing,tianjin&from=2015", "?region=atlantis",
                                   "?region=", "?region=beijing&region=beijing"])
def test_a_query_without_an_alias_needs_no_redirect(query):
    assert canonical_query(query, resolve) is None


@pytest.mark.parametrize("query", [
    "?region=" + "x" * 100_000,
    "?region=%00%0d%0aSet-Cookie:%20a=b",
    "?region=../../etc/passwd",
    "?region=%ZZ%E5%8C",
    "?region=" + ",".join(f"r{i}" for i in range(MAX_REGIONS + 1)) + ",%E4%BA%AC",
])
def test_hostile_queries_never_redirect_or_raise(query):
    assert canonical_query(query, resolve) is None


def test_a_redirect_never_carries_a_raw_control_character():
    location = canonical_query("?region=%E4%BA%AC,x%0d%0aSet-Cookie:%20y", resolve)
    assert location is not None and location.startswith("?region=beijing,")
    assert "\r" not in location and "\n" not in location and "%0D%0A" in location
    assert parse_qs(location[1:])["region"] == ["beijing,x\r\nSet-Cookie: y"]


def test_the_catalogue_aliases_resolve_in_a_query(loaded_store):
    def catalogue(word):
        try:
            return loaded_store.resolve("region", word)
        except loaded_store.UnknownId:
            return None
    assert canonical_query("?region=" + quote("北京"), catalogue) == "?region=beijing"
    assert canonical_query("?region=Beijing,HEBEI", catalogue) == "?region=beijing,hebei"
    assert canonical_query("?region=" + quote("雄安新区"), catalogue) == "?region=xiongan"
