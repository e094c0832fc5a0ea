"""The house has floors: website/core at the bottom, the domain apps above it, the CMS apps, accounts and
the demo on top. An import only points down (or stays inside its own app); models import no views or
services. Every module is parsed, imports inside functions included.

`python -m tests.test_import_rule` prints the graph's figures (apps, arrows, arrows against the rule, circles).
"""

import ast
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_PACKAGES = ("website", "learning", "events", "cases", "demo")
SKIPPED_PARTS = {"migrations", "tests", "__pycache__"}

# The floor of each app; the wiring modules (settings, URLs, Celery app, WSGI) may import every floor.
FOUNDATION, DOMAIN, TOP = 0, 1, 2
DOMAIN_APPS = {"learning", "events", "cases"}
WIRING = {"website.urls", "website.settings", "website.celery", "website.wsgi", "website.asgi"}

# Imports against the rule that are kept on purpose, each with its reason: "importer -> imported": "why".
ALLOWED = {}


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_modules():
    """Module name → path, for every project module outside migrations."""
    modules = {}
    for package in SOURCE_PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if not SKIPPED_PARTS & set(path.relative_to(ROOT).parts):
                modules[module_name(path)] = path
    return modules


def imported_names(path, module):
    """Every module the file names in an import statement, wherever the statement stands."""
    is_package = path.name == "__init__.py"
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def project_target(name, modules):
    """The project module an import name lands in (the longest known prefix), or None for a library."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in modules:
            return candidate
        parts.pop()
    return None


def import_graph():
    """Edges (importer, imported) between project modules."""
    modules = source_modules()
    edges = set()
    for module, path in modules.items():
        for name in imported_names(path, module):
            target = project_target(name, modules)
            if target and target != module and not module.startswith(target + "."):
                edges.add((module, target))
    return modules, edges


def app_of(module):
    parts = module.split(".")
    if parts[0] == "website":
        return ".".join(parts[:2]) if len(parts) > 1 else "website"
    return parts[0]


def floor_of(app):
    if app == "website.core":
        return FOUNDATION
    if app in DOMAIN_APPS:
        return DOMAIN
    return TOP


def is_wiring(module):
    return any(module == wiring or module.startswith(wiring + ".") for wiring in WIRING)


def is_layer(module, layer):
    return any(part == layer or part.startswith(layer + "_") for part in module.split(".")[1:])


def broken_rule(importer, imported):
    """Why an import breaks the house rule, or None when it keeps it."""
    if is_wiring(importer):
        return None
    source, target = app_of(importer), app_of(imported)
    if is_layer(importer, "models") and (is_layer(imported, "views") or is_layer(imported, "services")):
        return "a model imports a view or a service"
    if source == target:
        return None
    if target == "demo":
        return "nothing imports the demo"
    if floor_of(target) > floor_of(source):
        return "points up"
    if floor_of(target) == floor_of(source) and floor_of(source) != TOP:
        return "points sideways"
    return None


def violations():
    _, edges = import_graph()
    found = {}
    for importer, imported in sorted(edges):
        reason = broken_rule(importer, imported)
        if reason:
            found[f"{importer} -> {imported}"] = reason
    return found


def circles(edges):
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    graph = {}
    for importer, imported in edges:
        graph.setdefault(importer, []).append(imported)
        graph.setdefault(imported, [])
    index, low, on_stack, stack, groups = {}, {}, set(), [], []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(graph[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        groups.append(sorted(group))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(graph[child])))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return groups


def test_every_import_points_down_or_stays_in_its_app():
    unexplained = {edge: reason for edge, reason in violations().items() if edge not in ALLOWED}
    assert not unexplained, "Imports against the house rule:\n" + "\n".join(
        f"  {edge}  ({reason})" for edge, reason in unexplained.items()
    )


def test_the_allow_list_names_only_imports_that_still_exist():
    _, edges = import_graph()
    stale = set(ALLOWED) - {f"{importer} -> {imported}" for importer, imported in edges}
    assert not stale, f"Remove from ALLOWED, these imports are gone or now keep the rule: {sorted(stale)}"


def test_no_modules_import_each_other_in_a_circle():
    _, edges = import_graph()
    kept = {
        (importer, imported) for importer, imported in edges if f"{importer} -> {imported}" not in ALLOWED
    }
    assert circles(kept) == []


def test_the_foundation_imports_no_app():
    _, edges = import_graph()
    upward = sorted(
        f"{importer} -> {imported}"
        for importer, imported in edges
        if app_of(importer) == "website.core"
        and app_of(imported) != "website.core"
        and f"{importer} -> {imported}" not in ALLOWED
    )
    assert upward == []


def test_the_rule_catches_an_upward_a_sideways_and_a_model_to_view_import():
    assert broken_rule("website.core.retention", "events.services.retention") == "points up"
    assert broken_rule("events.services.registrations", "learning.services.cohorts") == "points sideways"
    assert broken_rule("events.models.pages", "events.views.pages") == "a model imports a view or a service"
    assert broken_rule("website.news.models", "website.core.pages") is None
    assert broken_rule("demo.loader", "learning.models") is None
    assert broken_rule("website.home.models", "demo.loader") == "nothing imports the demo"


def summary():
    """Figures for a reader: app-level arrows, arrows against the rule, circles."""
    modules, edges = import_graph()
    app_edges = Counter(
        (app_of(a), app_of(b)) for a, b in edges if app_of(a) != app_of(b) and not is_wiring(a)
    )
    lines = [f"{len(modules)} modules, {len(edges)} imports between them"]
    lines.append(f"{len(app_edges)} arrows between apps:")
    for (source, target), count in sorted(app_edges.items()):
        marker = " (against the rule)" if broken_rule(f"{source}.x", f"{target}.x") else ""
        lines.append(f"  {source} -> {target}: {count}{marker}")
    found = violations()
    lines.append(f"{len(found)} imports against the rule")
    lines.extend(f"  {edge}  ({reason})" for edge, reason in found.items())
    groups = circles(edges)
    lines.append(f"{len(groups)} circles: {[len(group) for group in groups]}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(summary() + "\n")
