"""The app's layout rules, checked: core and export never load Dash, UI strings live in one module,
and modules import the project's own modules at the top, once."""
from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP_FILES = sorted([ROOT / "app.py", *(ROOT / "components").rglob("*.py"), *(ROOT / "pages").rglob("*.py")])
I18N = ROOT / "components" / "core" / "i18n.py"
# Han ideographs, CJK punctuation (、。「」) and fullwidth forms (（），：；).
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


@pytest.mark.parametrize("package", ["components.core", "components.export"])
def test_core_and_export_load_no_dash_module(package):
    modules = sorted(p.stem for p in (ROOT / package.replace(".", "/")).glob("*.py") if p.stem != "__init__")
    code = (f"import sys\nfor m in {modules!r}:\n    __import__('{package}.' + m)\n"
            "print(sorted(m for m in sys.modules if m == 'dash' or m.startswith(('dash.', 'dash_'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]", f"{package} pulled in {out.stdout.strip()}"


def _docstrings(tree: ast.AST) -> set[int]:
    nodes = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    return {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, nodes) and node.body and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)}


def cjk_literals(source: str, label: str) -> list[str]:
    """String literals holding Chinese text, docstrings aside (they explain the domain, the UI never shows them)."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    return [f"{label}:{node.lineno}: {node.value[:40]!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
            and CJK.search(node.value)]


def test_ui_strings_live_only_in_i18n():
    found = [hit for path in APP_FILES if path != I18N
             for hit in cjk_literals(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))]
    assert found == [], "move these strings to components/core/i18n.py:\n" + "\n".join(found)


def test_the_cjk_check_sees_literals_and_f_strings_but_not_docstrings():
    sample = '"""模块说明。"""\nLABEL = "地区"\nOTHER = f"{1}年"\nSEP = "（"\nPLAIN = "≈ 247"\n'
    assert sorted(hit.split(":")[1] for hit in cjk_literals(sample, "sample")) == ["2", "3", "4"]


def test_the_projects_own_modules_are_imported_at_the_top():
    late = []
    for path in APP_FILES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in (n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))):
            for node in ast.walk(func):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                    [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                late += [f"{path.relative_to(ROOT)}:{node.lineno} {n}" for n in names
                         if n.split(".")[0] in ("components", "pages", "app", "etl")]
    assert late == []


def test_the_app_imports_no_etl_module_but_the_schema():
    used = set()
    for path in APP_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("etl"):
                used.add(node.module)
            elif isinstance(node, ast.Import):
                used |= {a.name for a in node.names if a.name.startswith("etl")}
    assert used <= {"etl.schema"}
