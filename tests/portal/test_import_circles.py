"""No import circles among the project's modules.

The graph is read from the source (the AST of every module of every project package), so nothing is imported.
Only imports that run when a module is imported count: those at module level, also inside ``if``/``try``/``with``
blocks and class bodies; imports inside functions and under ``if TYPE_CHECKING:`` do not. A circle is a strongly
connected component of more than one module. A second test adds the imports inside functions: a circle must not
merely be hidden by moving one of its imports into a function.

Packages: importing ``a.b.c`` also runs ``a/__init__.py`` and ``a/b/__init__.py``, so the importing module depends on
them too, except on the packages it lies in itself (those have always run before it).
"""

import ast
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
NOT_PROJECT = {"tests", "node_modules", "staticfiles", "media"}


def project_packages(root):
    return sorted(
        path.name
        for path in root.iterdir()
        if path.is_dir() and (path / "__init__.py").exists() and path.name not in NOT_PROJECT
    )


def project_modules(root):
    """``{dotted name: path}`` of every module of the project's packages (a package is named by its ``__init__``)."""
    modules = {}
    for package in project_packages(root):
        for path in (root / package).rglob("*.py"):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


def is_type_checking(test):
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_in(node, *, in_functions):
    """The Import/ImportFrom nodes under ``node`` that run when its module is imported (``in_functions``: also
    those that run only when a function is called)."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child
        elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) and not in_functions:
            continue
        elif isinstance(child, ast.If) and is_type_checking(child.test):
            for statement in child.orelse:
                yield from imports_in(ast.Module(body=[statement], type_ignores=[]), in_functions=in_functions)
        else:
            yield from imports_in(child, in_functions=in_functions)


def imported_names(node, module, is_package):
    """The dotted names an import statement in ``module`` asks for."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        prefix = ".".join([*base, node.module] if node.module else base)
    else:
        prefix = node.module
    return [prefix] + [f"{prefix}.{alias.name}" for alias in node.names if alias.name != "*"]


def import_graph(root, *, in_functions=False):
    """``{module: set of project modules it imports at import time}`` (``in_functions``: or in any function)."""
    modules = project_modules(root)
    graph = {}
    for module, path in modules.items():
        is_package = path.name == "__init__.py"
        own_packages = {".".join(module.split(".")[:i]) for i in range(1, module.count(".") + 1 + is_package)}
        targets = set()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in imports_in(tree, in_functions=in_functions):
            for name in imported_names(node, module, is_package):
                parts = name.split(".")
                for i in range(1, len(parts) + 1):
                    target = ".".join(parts[:i])
                    if target in modules and target != module and target not in own_packages:
                        targets.add(target)
        graph[module] = targets
    return graph


def circles(graph):
    """The strongly connected components with more than one module (Tarjan's algorithm), each sorted."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_project_has_no_import_circles():
    graph = import_graph(ROOT)
    assert {"portal.settings", "services.models", "funding.models", "masterplan.models"} <= graph.keys()
    assert "portal.publication" in graph["services.models"]  # the walker sees the imports it should
    assert circles(graph) == []


def test_no_circle_is_hidden_by_an_import_inside_a_function():
    """A circle is cut by a better home for the shared name, not by moving one of its imports into a function."""
    graph = import_graph(ROOT, in_functions=True)
    assert "portal.workflow.login" in graph["portal.workflow.apps"]  # imported in ready(): seen here
    assert circles(graph) == []


def write(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_a_circle_through_module_level_imports_is_found(tmp_path):
    write(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/models.py": "from app.redirects import SlugHistory\n",
            "app/redirects.py": "import django\n\nclass Finder:\n    from app import models\n",
            "app/views.py": "from . import models\n",
            "other/__init__.py": "",
            "other/a.py": "try:\n    from other.b import x\nexcept ImportError:\n    pass\n",
            "other/b.py": "if True:\n    from ..other import a\n",
        },
    )
    assert circles(import_graph(tmp_path)) == [["app.models", "app.redirects"], ["other.a", "other.b"]]


def test_imports_inside_functions_type_checking_and_own_packages_do_not_count(tmp_path):
    write(
        tmp_path,
        {
            "app/__init__.py": "from app.registry import register\n",
            "app/registry.py": "def register():\n    from app import entries\n",
            "app/entries.py": (
                "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.registry import register\n"
            ),
            "app/sub/__init__.py": "",
            "app/sub/deep.py": "from app.sub import sibling\n",
            "app/sub/sibling.py": "import app.sub.deep\n",
        },
    )
    graph = import_graph(tmp_path)
    assert import_graph(tmp_path, in_functions=True)["app.registry"] == {"app.entries"}
    assert graph["app.registry"] == set()
    assert graph["app.entries"] == set()
    assert graph["app.sub.deep"] == {"app.sub.sibling"}
    assert circles(graph) == [["app.sub.deep", "app.sub.sibling"]]
