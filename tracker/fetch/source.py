"""read_source: the bytes of a feed given as a path, a file:// URL or an http(s) URL."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from tracker.errors import FetchError
from tracker.fetch.http_fetcher import HttpFetcher
from tracker.models import HttpSettings
from tracker.protocols import FetchRequest


def read_source(source: str, settings: HttpSettings) -> bytes:
    """Read one document for ``scan``; raises FetchError naming ``source``.

    http(s) goes through HttpFetcher (same caps, timeouts and redirect rules);
    local files get the same ``max_bytes`` cap.
    """
    parts = urlsplit(source)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        with HttpFetcher(settings) as fetcher:
            body = fetcher.fetch(FetchRequest(source)).body
        return body or b""
    if scheme == "file":
        if parts.netloc not in ("", "localhost"):
            raise FetchError(source, "file URLs with a remote host are not supported")
        return _read_file(source, Path(url2pathname(parts.path)), settings.max_bytes)
    if len(scheme) > 1:  # one letter is a Windows drive, not a scheme
        raise FetchError(source, f"unsupported URL scheme {scheme!r} "
                                 "(use a path, file://, http:// or https://)")
    return _read_file(source, Path(source).expanduser(), settings.max_bytes)


def _read_file(source: str, path: Path, max_bytes: int) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise FetchError(source, "no such file") from None
    except IsADirectoryError:
        raise FetchError(source, "is a directory, not a file") from None
    except PermissionError:
        raise FetchError(source, "permission denied") from None
    except OSError as exc:
        raise FetchError(source, f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise FetchError(source, f"file larger than the cap of {max_bytes} bytes")
    return data
