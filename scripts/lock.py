"""Writes the two locks from the packages installed in this environment (run it with the project's Python).

requirements.lock      the `[project] dependencies` and everything they need: what a deployment installs.
requirements-dev.lock  `-r requirements.lock`, then the `dev` extras and what they need beyond it.

Each package is pinned to the version installed here, so install what pyproject.toml asks for first
(`pip install '.[dev]'`), run the tests, then run this.
"""

import sys
import tomllib
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
HEADER = "# Pinned by scripts/lock.py from pyproject.toml ({what}); Python {python} on Linux.\n"


def closure(requirements, asked_by, found, visited):
    """Every distribution the requirements need in this environment, each with who asked for it."""
    for requirement in map(Requirement, requirements):
        name = canonicalize_name(requirement.name)
        found.setdefault(name, set()).add(asked_by)
        extras = frozenset(requirement.extras) | {""}
        if (name, extras) not in visited:
            visited.add((name, extras))
            closure(needs(name, extras), name, found, visited)
    return found


def locked(requirements, asked_by):
    return closure([text for text in requirements if applies(Requirement(text), {""})], asked_by, {}, set())


def needs(name, extras):
    """The requirements of an installed distribution that apply here with these extras."""
    try:
        requirements = distribution(name).requires or []
    except PackageNotFoundError:
        sys.exit(f"{name} is not installed here: install the project's dependencies first.")
    return [text for text in requirements if applies(Requirement(text), extras)]


def applies(requirement, extras):
    """Whether a requirement holds for this Python and platform, with one of these extras asked for."""
    return not requirement.marker or any(requirement.marker.evaluate({"extra": extra}) for extra in extras)


def pinned(found, skip=()):
    lines = []
    for name in sorted(set(found) - set(skip)):
        lines.append(f"{name}=={distribution(name).version}\n")
        lines.append("    # via " + ", ".join(sorted(found[name])) + "\n")
    return "".join(lines)


def main():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    production = locked(project["dependencies"], "pyproject.toml")
    development = locked(project["optional-dependencies"]["dev"], "pyproject.toml [dev]")
    (ROOT / "requirements.lock").write_text(
        HEADER.format(what="production", python=python) + pinned(production)
    )
    (ROOT / "requirements-dev.lock").write_text(
        HEADER.format(what="development", python=python)
        + "-r requirements.lock\n"
        + pinned(development, skip=production)
    )


if __name__ == "__main__":
    main()
