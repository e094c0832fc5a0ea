"""Every package the code imports is declared in pyproject.toml, so a deployment from the production lock
has it. Production code may import the `[project] dependencies`; the tests, the bench, the scripts and the
`factories` modules (test support) may also import the `dev` extras. A package that only arrives because
another one needs it is not declared: it goes as soon as that other one stops needing it.
"""

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIPPED_DIRS = {".venv", "node_modules", "var", "static", "templates", "locale"}
DEV_DIRS = {"tests", "bench", "scripts"}


def normalised(distribution):
    return re.sub(r"[-_.]+", "-", distribution).lower()


def declared(requirements):
    return {normalised(re.match(r"[A-Za-z0-9._-]+", requirement).group()) for requirement in requirements}


def declared_distributions():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    production = declared(project["dependencies"])
    return production, production | declared(project["optional-dependencies"]["dev"])


def project_modules():
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if not any(part in SKIPPED_DIRS or part.startswith(".") for part in parts):
            yield path


def is_dev_module(path):
    relative = path.relative_to(ROOT)
    return relative.parts[0] in DEV_DIRS or relative.stem == "factories"


def top_level_imports(path):
    """The first name of every absolute import, imports inside functions included."""
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node.module.split(".")[0]


def is_project_package(name):
    return (ROOT / name).is_dir() or (ROOT / f"{name}.py").is_file()


def undeclared_imports():
    production, dev = declared_distributions()
    providers = packages_distributions()
    problems = []
    for path in project_modules():
        allowed = dev if is_dev_module(path) else production
        for name in sorted(set(top_level_imports(path))):
            if name in sys.stdlib_module_names or is_project_package(name):
                continue
            distributions = {normalised(distribution) for distribution in providers.get(name, [])}
            if not distributions & allowed:
                provided_by = ", ".join(sorted(distributions)) or "no installed package"
                problems.append(f"{path.relative_to(ROOT)}: import {name} ({provided_by})")
    return problems


def test_every_imported_package_is_declared():
    problems = undeclared_imports()
    assert not problems, "Declare these packages in pyproject.toml:\n" + "\n".join(problems)


def test_production_code_imports_no_factories():
    """Factories need the dev extras (factory-boy), which a deployment does not install."""
    importers = [
        str(path.relative_to(ROOT))
        for path in project_modules()
        if not is_dev_module(path)
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.ImportFrom)
        and (
            (node.module or "").split(".")[-1] == "factories"
            or any(a.name == "factories" for a in node.names)
        )
    ]
    assert importers == []


def test_an_undeclared_import_is_caught(tmp_path, monkeypatch):
    module = tmp_path / "website" / "example.py"
    module.parent.mkdir()
    module.write_text(
        "def parse(text):\n    import dateutil.parser\n\n    return dateutil.parser.parse(text)\n"
    )
    (tmp_path / "pyproject.toml").write_text(
        '[project]\ndependencies = ["Django==5.2.19"]\n[project.optional-dependencies]\ndev = []\n'
    )
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert undeclared_imports() == ["website/example.py: import dateutil (python-dateutil)"]
