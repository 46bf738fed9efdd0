"""What the transcript providers are built from: plain values, read from the config once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Webshare:
    """Rotating residential proxies from Webshare: the account's proxy credentials."""

    username: str
    password: str
    locations: tuple[str, ...] = ()  # country codes the exit IPs are picked from

    def __repr__(self) -> str:
        return f"Webshare(username={self.username!r}, locations={self.locations!r})"


@dataclass(frozen=True)
class ProviderOptions:
    """Settings of every transcript provider (each reads the ones it needs)."""

    directory: Path = Path("transcripts")
    languages: tuple[str, ...] = ("en",)
    proxy_url: str | None = None
    proxy_retries: int = 10  # > 0: a rotating proxy (keep-alive off, retried when blocked)
    webshare: Webshare | None = None
    ytdlp_cookies: Path | None = None
    ytdlp_po_token_url: str | None = None
    ytdlp_sleep: float = 1.0
    timeout: float = 20.0  # seconds for one request to YouTube

    def __repr__(self) -> str:
        proxy = "set" if self.proxy_url else None
        return f"ProviderOptions(directory={self.directory!r}, proxy={proxy}, ...)"

    def proxy_for_ytdlp(self) -> str | None:
        """One proxy URL: Webshare's rotating endpoint, else proxy_url."""
        if self.webshare is not None:
            return webshare_url(self.webshare)
        return self.proxy_url


def webshare_url(account: Webshare) -> str:
    """Webshare's rotating endpoint, as youtube-transcript-api builds it."""
    codes = "".join(f"-{code.upper()}" for code in account.locations)
    user = account.username.removesuffix("-rotate")
    return f"http://{user}{codes}-rotate:{account.password}@p.webshare.io:80/"
