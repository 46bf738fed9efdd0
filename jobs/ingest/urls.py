"""Canonical URLs: one spelling per article, so the same link from two feeds is one article."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import SplitResult, parse_qsl, urlencode, urlsplit, urlunsplit

# query parameters that say where a click came from, never which page it is
TRACKING = {
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
    "igshid", "igsh", "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "referrer",
    "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv",
    "wt.mc_id", "cmpid", "ocid", "smid", "sr_share", "spm",
    "guccounter", "guce_referrer", "guce_referrer_sig",
}  # fmt: skip
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "hsa_", "itm_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_YOUTUBE_ID = re.compile(r"^[0-9A-Za-z_-]{11}$")


def canonical_url(url: str) -> str:
    """Lowercase scheme and host, no default port, fragment or tracking parameters; sorted query."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        hostname, port = host_and_port(parts.netloc)
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (hostname or "").lower().rstrip(".")
    if not scheme or not host:
        return url
    video = youtube_video_id(url)
    if video:
        return f"https://www.youtube.com/watch?v={video}"
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port is None or port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", kept_query(parts.query), ""))


# A feed's links share their site and, often, their tracking parameters ("utm_source=rss"):
# both are read once per distinct value instead of once per link (a fifth of parsing a feed).
@lru_cache(maxsize=1024)
def host_and_port(netloc: str) -> tuple[str | None, int | None]:
    """urlsplit's `.hostname` and `.port` of a URL with this netloc (ValueError for a bad
    port): both properties read the netloc alone."""
    parts = SplitResult("", netloc, "", "", "")
    port = parts.port
    return parts.hostname, port


@lru_cache(maxsize=1024)
def kept_query(query: str) -> str:
    """The query without tracking parameters, its pairs sorted."""
    if not query:
        return ""
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not is_tracking(k)]
    return urlencode(sorted(kept))


def is_tracking(name: str) -> bool:
    """A query parameter that only records where a click came from."""
    name = name.lower()
    return name in TRACKING or name.startswith(TRACKING_PREFIXES)


def youtube_video_id(url: str) -> str | None:
    """The video id of a youtube.com/watch, youtu.be, /shorts/ or /embed/ URL."""
    if "youtu" not in url.lower():  # in every host below: most links are no video, and
        return None  # splitting them cost a tenth of parsing a feed (twice per entry)
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower().rstrip(".")
    candidate = None
    if host == "youtu.be":
        candidate = parts.path.strip("/").split("/")[0]
    elif in_domain(host, "youtube.com") or in_domain(host, "youtube-nocookie.com"):
        if parts.path == "/watch":
            candidate = dict(parse_qsl(parts.query)).get("v")
        else:
            match = re.match(r"^/(?:shorts|embed|live|v)/([^/?#]+)", parts.path)
            candidate = match.group(1) if match else None
    return candidate if candidate and _YOUTUBE_ID.match(candidate) else None


def in_domain(host: str, domain: str) -> bool:
    """`host` is `domain` or one of its subdomains ("notyoutube.com" is not youtube.com's)."""
    return host == domain or host.endswith("." + domain)


def site_host(url: str) -> str:
    """The host without `www.` (empty when there is none), to compare outlets."""
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""
    return host.removeprefix("www.")
