"""The extractor's modules hold hundreds of module-level patterns; a name assigned twice silently replaces the first
for every use, so a rule written beside the first one never runs (four such pairs were found in round 70)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ETL = Path(__file__).resolve().parent.parent / "etl"


@pytest.mark.parametrize("module", sorted(ETL.rglob("*.py")), ids=lambda p: str(p.relative_to(ETL)))
def test_no_module_level_name_is_assigned_twice(module):
    tree = ast.parse(module.read_text(encoding="utf-8"))
    names = Counter(t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name))
    assert [n for n, k in names.items() if k > 1] == []
