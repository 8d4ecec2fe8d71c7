"""The layers: each module imports only from layers below it (or its own package), no cycles.

Every import counts: module level, inside functions and under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

SRC = ROOT / "src" / "egovcheck"

# Top-level module or package -> layer. A module may import from lower layers, and from
# modules of its own package (a package is one unit; cycles inside it are refused too).
LAYERS: dict[str, float] = {
    "__init__": 0.0,
    "errors": 0.0,
    "textsafe": 0.0,
    "models": 0.1,
    "findings": 0.2,
    "yamlfile": 1.0,
    "output": 1.0,
    "files": 1.0,
    "inputs": 1.0,
    "loader": 1.1,
    "config": 1.1,
    "baselines": 1.2,
    "parent": 1.2,
    "pace": 2.0,
    "binding": 2.0,
    "waivers": 2.0,
    "checks": 3.0,
    "assessment": 4.0,
    "required_path": 4.0,
    "extract": 4.0,
    "engine": 4.1,
    "run": 5.5,
    "messages": 5.0,
    "formatters": 6.0,
    "report": 6.0,
    "views": 6.0,
    "cli": 7.1,
    "__main__": 8.0,
}
# Layer 6 packages never import each other.
SIBLINGS = {"formatters", "report", "views"}


def _module_name(path: Path) -> str:
    rel = path.relative_to(SRC).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(["egovcheck", *parts])


def _imports(path: Path) -> list[tuple[str, int]]:
    """Every egovcheck module ``path`` imports, with its line (any place in the file)."""
    tree = ast.parse(path.read_text("utf-8"))
    package = _module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names if a.name.startswith("egovcheck")]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            if module == "egovcheck":
                found += [(f"egovcheck.{a.name}", node.lineno) for a in node.names]
            elif module.startswith("egovcheck."):
                found.append((module, node.lineno))
    return found


def _top(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


MODULES = sorted(SRC.rglob("*.py"))


def test_every_module_has_a_layer() -> None:
    missing = {_top(_module_name(p)) for p in MODULES} - set(LAYERS)
    assert not missing, f"modules with no layer: {sorted(missing)}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_imports_go_down_the_layers(path: Path) -> None:
    me = _top(_module_name(path))
    wrong = []
    for module, line in _imports(path):
        other = _top(module)
        if other == me or other not in LAYERS:
            continue
        if LAYERS[other] >= LAYERS[me] or (me in SIBLINGS and other in SIBLINGS):
            wrong.append(f"line {line}: {module} (layer {LAYERS[other]} from {LAYERS[me]})")
    assert not wrong, wrong


def test_only_the_cli_imports_typer() -> None:
    users = [
        str(p.relative_to(SRC))
        for p in MODULES
        if _top(_module_name(p)) != "cli"
        and any(
            isinstance(n, (ast.Import, ast.ImportFrom))
            and any(
                (getattr(n, "module", None) or a.name).split(".")[0] in ("typer", "click")
                for a in n.names
            )
            for n in ast.walk(ast.parse(p.read_text("utf-8")))
        )
    ]
    assert not users, users


def test_no_import_cycles() -> None:
    """No cycle among the modules, counting function-level and TYPE_CHECKING imports."""
    graph = {_module_name(p): {m for m, _ in _imports(p)} for p in MODULES}
    names = set(graph)

    def resolve(module: str) -> str | None:
        while module and module not in names:
            module = module.rpartition(".")[0]
        return module or None

    edges = {
        m: {r for t in targets if (r := resolve(t)) and r != m} for m, targets in graph.items()
    }
    # A package's __init__ importing its own submodules is how a registry collects them.
    for m in list(edges):
        edges[m] = {t for t in edges[m] if not (t.startswith(m + "."))}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                cycle = [*stack[stack.index(nxt) :], nxt]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)


def test_the_checker_itself_finds_a_cycle(tmp_path: Path) -> None:
    """The import reader sees function-level and TYPE_CHECKING imports (else it proves nothing)."""
    module = tmp_path / "mod.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from egovcheck.cli import main\n"
        "def f():\n    from egovcheck import engine\n",
        "utf-8",
    )
    global SRC
    saved, SRC = SRC, tmp_path
    try:
        assert [m for m, _ in _imports(module)] == ["egovcheck.cli", "egovcheck.engine"]
    finally:
        SRC = saved
