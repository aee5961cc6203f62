"""The layering is a rule, not a habit: the domain and the writers never touch Qt or the UI."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "workshop": ("PySide6", "shiboken6", "ui", "exports", "docx", "reportlab"),
    "exports": ("PySide6", "shiboken6", "ui"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_never_imports_what_it_must_not(package: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imports(path) & set(FORBIDDEN[package]))
        for path in (ROOT / package).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def _loaded_after(code: str, packages: tuple[str, ...]) -> list[str]:
    """The modules of `packages` that a fresh interpreter has loaded after running `code`."""
    listing = f"sorted(n for n in sys.modules if n.split('.')[0] in {packages!r})"
    probe = f"import sys\n{code}\nprint({listing})"
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return ast.literal_eval(out.stdout.strip())


def test_importing_the_domain_and_exports_loads_no_qt() -> None:
    code = (
        "import pkgutil, importlib, workshop, exports\n"
        "for pkg in (workshop, exports):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(f'{pkg.__name__}.{m.name}')"
    )
    assert _loaded_after(code, ("PySide6", "shiboken6", "ui")) == []


def test_cli_start_up_does_not_import_heavy_modules() -> None:
    """The parser reads the registry of formats for `--format`, and nothing else of exports."""
    heavy = ("PySide6", "docx", "reportlab", "exports", "ui")
    assert _loaded_after("import main\nmain._parser()", heavy) == ["exports", "exports.formats"]
