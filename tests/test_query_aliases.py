"""A region named by name or alias in the query string (?region=北京, ?region=京) opens the same view as its id,
the way /region/北京 does in a path; an unknown word still gets the unknown-region message, and hostile
values never answer 5xx. Flask test client against the fixture table, with the real catalogue's aliases.
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml

import app as dashboard
from components.core import store
from components.core.i18n import t
from tests.fixtures.make_table import CATALOG, REGIONS, write_table

ROOT = Path(__file__).resolve().parents[1]
LEAKS = ("/work", "/tmp", "/home", "Traceback", '.py"', str(ROOT))
JING = quote("京")          # Beijing's one-character alias
BEIJING = quote("北京")     # its Chinese name
PAGES = ["/", "/theme/economy", "/region/tianjin", "/indicator/gdp", "/data", "/sources"]


@pytest.fixture(scope="module")
def client(tmp_path_factory, fixture_table_path):
    """The app on the fixture table whose regions carry the aliases of etl/meta/regions.yml."""
    aliases = {r["id"]: r.get("aliases", []) for r in yaml.safe_load((ROOT / "etl/meta/regions.yml").read_text())}
    regions = [{**r, "aliases": aliases.get(r["id"], [])} for r in REGIONS]
    assert "京" in aliases["beijing"], "the catalogue's alias these tests rely on"
    path = write_table(tmp_path_factory.mktemp("aliases") / "indicators.parquet",
                       catalog={**CATALOG, "regions": regions})
    store.init(path)
    test_client = dashboard.server.test_client()
    test_client.get("/_dash-dependencies")  # Dash fills its callback map on a first request
    yield test_client
    store.init(fixture_table_path)


def _page(client, pathname: str, search: str) -> tuple[int, str]:
    """What the page router shows for a URL reached inside the app (no page load, so no redirect)."""
    body = {"output": ".._pages_content.children..._pages_store.data..",
            "outputs": [{"id": "_pages_content", "property": "children"}, {"id": "_pages_store", "property": "data"}],
            "inputs": [{"id": "_pages_location", "property": "pathname", "value": pathname},
                       {"id": "_pages_location", "property": "search", "value": search}],
            "changedPropIds": ["_pages_location.pathname"]}
    response = client.post("/_dash-update-component", data=json.dumps(body), content_type="application/json")
    text = response.get_data(as_text=True)
    if response.status_code == 200:  # Dash escapes non-ASCII: read the words as the page shows them
        text = json.dumps(json.loads(text), ensure_ascii=False)
    return response.status_code, text


@pytest.mark.parametrize("pathname", PAGES)
@pytest.mark.parametrize("search", [f"?region={JING}", f"?region={BEIJING}", "?region=Beijing",
                                    f"?region={JING},tianjin", f"?region={JING}&region=tianjin"])
def test_a_region_alias_in_the_query_opens_the_page(client, pathname, search):
    status, text = _page(client, pathname, search)
    assert status == 200
    assert "page-message" not in text, text[:400]


@pytest.mark.parametrize("pathname", ["/", "/theme/economy"])
def test_the_alias_view_is_the_id_view(client, pathname):
    """The page drawn for ?region=京 is the page drawn for ?region=beijing: the links it draws carry the id."""
    _, by_alias = _page(client, pathname, f"?region={JING}&lang=en")
    _, by_id = _page(client, pathname, "?region=beijing&lang=en")
    assert by_alias == by_id
    assert "region=beijing" in by_id


@pytest.mark.parametrize("search,named", [("?region=atlantis", "atlantis"),
                                          (f"?region={BEIJING},atlantis", "atlantis"),
                                          ("?region=%E4%BA%AC%E4%BA%AC", "京京")])
def test_an_unknown_region_still_gets_the_message_naming_it(client, search, named):
    status, text = _page(client, "/theme/economy", search)
    assert status == 200 and "page-message" in text
    assert t("error.unknown_regions", "zh", ids=named) in text, "the message names exactly the unknown word"


HOSTILE = ["?region=" + "x" * 100_000, "?region=%00%0d%0aSet-Cookie:%20a=b", "?region=../../etc/passwd",
           "?region=%2e%2e%2f%2e%2e%2fapp.py", "?region=%ZZ%E5%8C", f"?region={JING}," + "y," * 5000,
           "?region=%E2%80%AE" + JING, f"?region={JING}&region=" + "z" * 70]


@pytest.mark.parametrize("search", HOSTILE, ids=[h[:40] for h in HOSTILE])
def test_hostile_region_values_never_answer_5xx(client, search):
    status, text = _page(client, "/theme/economy", search)
    assert status == 200 and not [leak for leak in LEAKS if leak in text]
    response = client.get("/theme/economy" + search)
    assert response.status_code in (200, 302, 404)
    assert not [leak for leak in LEAKS if leak in response.get_data(as_text=True)]
    assert "\n" not in response.headers.get("Location", "") and "Set-Cookie" not in response.headers


def test_a_canonical_query_is_served_without_a_redirect(client):
    assert client.get("/theme/economy?region=beijing,tianjin&lang=en").status_code == 200


@pytest.mark.parametrize("url,location", [
    (f"/theme/economy?region={JING}&lang=en", "/theme/economy?region=beijing&lang=en"),
    (f"/?region={BEIJING},tianjin&from=2015", "/?region=beijing,tianjin&from=2015"),
    (f"/region/{BEIJING}?region={JING}", "/region/beijing?region=beijing"),
])
def test_a_page_load_with_an_alias_redirects_to_the_id_link(client, url, location):
    """Like /region/北京 → /region/beijing: the address bar then shows the link to copy."""
    response = client.get(url)
    assert response.status_code == 302 and response.headers["Location"] == location
