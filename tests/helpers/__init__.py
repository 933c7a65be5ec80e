"""Shared test helpers: feed documents (``feedgen``), small HTTP servers (``fetch``) and
paths of the repository and its shipped files (``project``)."""
