"""Catalogue loading: the project's YAML is valid, and broken ids are reported, not ignored."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from etl.catalog import DEFAULT_DIR, load_catalog
from etl.errors import CatalogError
from etl.extract.extractor import compiled


def test_project_catalogue_loads_in_file_order():
    cat = load_catalog()
    assert list(cat.themes)[0] == "economy"
    assert list(cat.indicators)[0] == "gdp"
    assert cat.regions["tianjin_hebei"]["name_zh"] == "津冀"
    assert "天津、河北" in cat.regions["tianjin_hebei"]["aliases"]
    assert cat.ancestors("xiongan") == ["hebei", "jjj"]
    assert cat is load_catalog(DEFAULT_DIR)  # cached


def test_every_match_block_compiles():
    comp = compiled(load_catalog())
    assert {r.id for r in comp.rules} == {i for i, d in load_catalog().indicators.items() if d.get("match")}


@pytest.fixture
def catalog_dir(tmp_path):
    shutil.copytree(DEFAULT_DIR, tmp_path, dirs_exist_ok=True)
    return tmp_path


ECONOMY = Path("indicators") / "economy.yml"


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def indicator(**fields) -> str:
    base = {"id": "new_one", "theme": "economy", "name_zh": "新", "name_en": "New", "unit": "家", "measure": "level"}
    base.update(fields)
    return "\n- {" + ", ".join(f"{k}: {v}" for k, v in base.items()) + "}\n"


@pytest.mark.parametrize("text, words", [
    (indicator(id="gdp"), "duplicate id 'gdp'"),
    (indicator(theme="environment"), "has theme 'environment' but sits in economy.yml"),
    (indicator(default_region="atlantis"), "unknown default_region 'atlantis'"),
    (indicator(measure="guess"), "measure: Input should be .level."),
    (indicator(match="{all: [x], units: [家], regions: [atlantis]}"), "unknown region 'atlantis'"),
    (indicator(match="{units: [家]}"), "needs `all` or `any`"),
    (indicator(match="{all: [x], units: [家], typo: 1}"), "unknown key 'match.typo'"),
    ("\n- {id: half}\n", "indicator 'half': lacks name_zh; lacks name_en; lacks theme"),
    (indicator(name_en="Sanhe, Dachang"), "unknown key 'Dachang'"),
])
def test_indicator_errors(catalog_dir, text, words):
    append(catalog_dir / ECONOMY, text)
    with pytest.raises(CatalogError, match=words.replace("(", r"\(").replace("`", "`")):
        load_catalog(catalog_dir)


@pytest.mark.parametrize("text, words", [
    ("\n- {id: beijing, name_zh: 又北京, name_en: B}\n", "duplicate id 'beijing'"),
    ("\n- {id: moon, name_zh: 月球, name_en: Moon, parent: mars}\n", "unknown parent 'mars'"),
    ("\n- {id: moon, name_zh: 月球, name_en: Moon, aliases: [北京]}\n", "alias '北京' names both"),
])
def test_region_errors(catalog_dir, text, words):
    append(catalog_dir / "regions.yml", text)
    with pytest.raises(CatalogError, match=words):
        load_catalog(catalog_dir)


def test_unknown_match_unit_is_an_error(catalog_dir):
    append(catalog_dir / ECONOMY, indicator(match="{all: [x], units: [筐]}"))
    with pytest.raises(CatalogError, match="match unit '筐'"):
        compiled(load_catalog(catalog_dir))


def test_broken_yaml_names_file_and_line(catalog_dir):
    append(catalog_dir / "themes.yml", "\n- id: [oops\n")
    with pytest.raises(CatalogError, match=r"themes\.yml:\d+"):
        load_catalog(catalog_dir)


def test_indicator_file_must_be_named_after_a_theme(catalog_dir):
    (catalog_dir / "indicators" / "misc.yml").write_text(indicator(), encoding="utf-8")
    with pytest.raises(CatalogError, match="misc.yml: the file name must be a theme id"):
        load_catalog(catalog_dir)


def test_same_id_in_two_theme_files_is_refused(catalog_dir):
    append(catalog_dir / "indicators" / "environment.yml", indicator(id="gdp", theme="environment"))
    with pytest.raises(CatalogError, match="duplicate id 'gdp'"):
        load_catalog(catalog_dir)


def test_english_names_with_commas_survive(tmp_path):
    assert load_catalog().regions["beisanxian"]["name_en"] == "Three northern counties (Sanhe, Dachang, Xianghe)"


def test_missing_file(tmp_path):
    with pytest.raises(CatalogError, match="missing"):
        load_catalog(tmp_path)
