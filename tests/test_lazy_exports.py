"""``tracker.poll`` and ``tracker.store`` export their names lazily (a parse worker
should not load the cycle or the database code). A lazy name that is also the name
of one of the package's modules would turn into that module once the module is
imported elsewhere; this checks every exported name after all modules are loaded,
in a fresh interpreter so the import order is the one tested here."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import importlib, pkgutil, types
for name in ("tracker.poll", "tracker.store"):
    package = importlib.import_module(name)
    for info in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{name}.{info.name}")
    for export in package.__all__:
        value = getattr(package, export)
        assert not isinstance(value, types.ModuleType), f"{name}.{export} is a module"
print("ok")
"""


def test_lazy_exports_are_never_shadowed_by_modules() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
