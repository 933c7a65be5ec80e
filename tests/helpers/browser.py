"""Finding Debian's chromium for the browser tests.

Where it is missing the tests fail under CI (``.ci/run`` installs it, so a missing
browser there is a broken setup, not a reason to skip) and skip elsewhere with
the command that installs it (``make test`` prints it too).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

INSTALL_HINT = "apt-get install -y chromium chromium-driver  (as root: Debian's packages)"
CHROMIUM_ARGS = ("--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run")


def _need(name: str, default: str) -> Path:
    found = Path(default) if Path(default).exists() else (
        Path(shutil.which(name)) if shutil.which(name) else None)  # type: ignore[arg-type]
    if found is not None:
        return found
    message = f"{default} is not installed; the browser tests need it: {INSTALL_HINT}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def chromium() -> Path:
    return _need("chromium", "/usr/bin/chromium")


def chromedriver() -> Path:
    return _need("chromedriver", "/usr/bin/chromedriver")
