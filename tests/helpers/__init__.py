"""Shared test helpers: feed documents (``feedgen``), small HTTP servers (``fetch``),
claims and a fake feed site for poll tests (``poll``), paths of the repository and its
shipped files (``project``), and a probe run inside worker processes (``worker_probe``)."""
