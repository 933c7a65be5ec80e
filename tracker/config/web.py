"""``[web]`` in config.toml: the local web app (docs/web.md). The login token is
never read from here: only the name of the environment variable that holds it."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.config.reader import Section

DEFAULT_TOKEN_ENV = "CLAIMTRACKER_WEB_TOKEN"


@dataclass(frozen=True, slots=True)
class WebSettings:
    enabled: bool = False            # started by `serve` too
    host: str = "127.0.0.1"          # another address requires the login token
    port: int = 8765
    base_url: str | None = None      # how the digest links to it (default http://host:port)
    token_env: str = DEFAULT_TOKEN_ENV

    @property
    def url(self) -> str:
        if self.base_url:
            return self.base_url.rstrip("/")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"


def parse_web(section: Section | None) -> WebSettings:
    if section is None:
        return WebSettings()
    d = WebSettings()
    enabled = section.boolean("enabled")
    port = section.integer("port", minimum=1)
    if port is not None and port > 65535:
        section.fail_key("port", f"must be at most 65535 (got {port})")
    base_url = section.string("base_url")
    if base_url is not None and not base_url.startswith(("http://", "https://")):
        section.fail_key("base_url", "must be an http:// or https:// URL")
    settings = WebSettings(
        enabled=d.enabled if enabled is None else enabled,
        host=section.string("host") or d.host,
        port=d.port if port is None else port,
        base_url=base_url,
        token_env=section.string("token_env") or d.token_env,
    )
    section.finish()
    return settings
