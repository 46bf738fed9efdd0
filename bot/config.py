"""The config file (TOML) → typed, validated settings, read once at start and passed down."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from bot.durations import config_duration, parse_clock
from bot.logs import LogFormat
from jobs.digest.routing import Routing, check_kinds, check_pattern
from jobs.ingest.source_kinds import (
    SourceSpec,
    feed_spec,
    google_news_spec,
    hacker_news_spec,
    youtube_spec,
)
from jobs.video.options import ProviderOptions, Webshare
from jobs.vocabulary import StoryKind
from storage.errors import ConfigError as ConfigError  # the tree's branch, named here too

DEFAULTS_FILE = Path(__file__).with_name("defaults.toml")
DEFAULT_CONFIG_NAME = "config.toml"


Duration = Annotated[timedelta, BeforeValidator(config_duration(timedelta(seconds=30)))]
AlertAge = Annotated[timedelta, BeforeValidator(config_duration(timedelta(minutes=10)))]
# short minimums for [scale]: a claim is cheap to renew, and tests run whole clusters in seconds
ClaimTime = Annotated[timedelta, BeforeValidator(config_duration(timedelta(seconds=1)))]
Tick = Annotated[timedelta, BeforeValidator(config_duration(timedelta(seconds=0.1)))]


def _check_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone {name!r} (use an IANA name like 'Europe/Berlin')"
        ) from None
    return name


def _check_clock(text: str) -> str:
    hour, minute = parse_clock(text)
    return f"{hour:02d}:{minute:02d}"


TimeZoneName = Annotated[str, BeforeValidator(_check_zone)]
ClockTime = Annotated[str, BeforeValidator(_check_clock)]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class StorageSettings(Section):
    url: str = "sqlite:///labwatch.db"

    @field_validator("url")
    @classmethod
    def _valid_url(cls, value: str) -> str:
        if not database_url_shaped(value):
            raise ValueError(f"{value!r} is not an SQLAlchemy database URL")
        return value


# SQLAlchemy's own URL pattern (sqlalchemy.engine.url._parse_url), so that loading a config
# need not import SQLAlchemy (~0.15 s): `labwatch check` and `--help` never open a database.
# tests/test_config.py checks it against make_url.
_DATABASE_URL = re.compile(
    r"""(?P<name>[\w\+]+)://
        (?:(?P<username>[^:/]*)(?::(?P<password>[^@]*))?@)?
        (?:(?:\[(?P<ipv6host>[^/\?]+)\]|(?P<ipv4host>[^/:\?]+))?(?::(?P<port>[^/\?]*))?)?
        (?:/(?P<database>[^\?]*))?
        (?:\?(?P<query>.*))?""",
    re.X,
)


def database_url_shaped(value: str) -> bool:
    """Whether SQLAlchemy's make_url would take `value` (its pattern, and a port int() reads)."""
    match = _DATABASE_URL.match(value)
    if match is None:
        return False
    if match["port"] is None:
        return True
    try:
        int(match["port"])
    except ValueError:
        return False
    return True


class HttpSettings(Section):
    timeout: float = Field(20.0, gt=0, le=600)
    max_body_bytes: int = Field(10_000_000, gt=0)
    allow_private_networks: bool = False
    max_connections: int = Field(8, ge=1, le=1000)
    max_per_host: int = Field(4, ge=1, le=100)
    user_agent: str | None = None
    parse_timeout: float = Field(30.0, gt=0, le=600)
    parse_workers: int = Field(2, ge=1, le=64)


class ScheduleSettings(Section):
    poll_every: Duration = timedelta(minutes=10)
    digest_at: ClockTime = "09:00"
    timezone: TimeZoneName = "UTC"


class SourceSettings(Section):
    name: str = Field(min_length=1, max_length=200)
    url: str | None = None
    youtube_channel: str | None = None
    google_news: str | None = None
    hacker_news: str | None = None
    poll_every: Duration | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> SourceSettings:
        given = [
            k for k in ("url", "youtube_channel", "google_news", "hacker_news") if getattr(self, k)
        ]
        if len(given) != 1:
            raise ValueError(
                "give exactly one of url, youtube_channel, google_news, hacker_news"
                + (f" (got {', '.join(given)})" if given else "")
            )
        if self.url is not None:
            check_source_url(self.url)
        self.spec()  # raises ValueError for a malformed channel or query
        return self

    def spec(self) -> SourceSpec:
        """The source as the pipeline sees it."""
        if self.youtube_channel:
            return youtube_spec(self.name, self.youtube_channel)
        if self.google_news:
            return google_news_spec(self.name, self.google_news)
        if self.hacker_news:
            return hacker_news_spec(self.name, self.hacker_news)
        assert self.url is not None
        return feed_spec(self.name, self.url)


def check_source_url(url: str) -> None:
    """An http(s) URL with a host, or ValueError saying what is wrong."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError(f"{url[:200]!r} is not an http(s) URL (feeds are fetched over the web)")
    if not parts.hostname:
        raise ValueError(f"{url[:200]!r} has no host name")


ProviderName = Literal["youtube", "ytdlp", "directory"]


class TranscriptSettings(Section):
    providers: list[ProviderName] | None = None  # tried in order per video; wins over provider
    provider: Literal["youtube", "ytdlp", "directory", "none"] = "youtube"  # a chain of one
    directory: str = "transcripts"
    languages: list[str] = Field(default_factory=lambda: ["en"], min_length=1)
    # a video with captions for sure: asked every round, so a block is told from "no captions"
    canary_video: str = Field("dQw4w9WgXcQ", pattern=r"^([\w-]{11})?$")
    proxy_url: str | None = None  # http(s) proxy for youtube and ytdlp
    proxy_url_env: str | None = None  # or the name of the variable holding it (with a password)
    proxy: str | None = None  # older name of proxy_url
    proxy_retries: int = Field(10, ge=0, le=50)  # rotating proxy: new exit IP per retry; 0 = fixed
    webshare_username_env: str = "WEBSHARE_PROXY_USERNAME"
    webshare_password_env: str = "WEBSHARE_PROXY_PASSWORD"
    webshare_locations: list[Annotated[str, Field(pattern=r"^[A-Za-z]{2}$")]] = Field(
        default_factory=list
    )
    ytdlp_cookies: str | None = None  # a cookies.txt file (Netscape format) for yt-dlp
    ytdlp_po_token_url: str | None = None  # a PO-token provider (bgutil HTTP server) base URL
    ytdlp_sleep: float = Field(1.0, ge=0, le=600)  # seconds between yt-dlp's requests

    @field_validator("providers")
    @classmethod
    def _distinct(cls, value: list[str] | None) -> list[str] | None:
        if value is not None and len(set(value)) != len(value):
            raise ValueError("a provider is named twice")
        return value

    def chain(self) -> list[str]:
        """The providers in the order they are tried; empty: no transcripts."""
        if self.providers is not None:
            return list(self.providers)
        return [] if self.provider == "none" else [self.provider]


class NamedSettings(Section):
    name: str = Field(min_length=1, max_length=200)
    aliases: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(default_factory=list)


Name = Annotated[str, Field(min_length=1, max_length=200)]


class WatchSettings(Section):
    people: list[Name | NamedSettings] = Field(default_factory=list)
    keywords: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(
        default_factory=list
    )
    labs: list[Name | NamedSettings] | None = None
    news_search_for_people: bool = False

    def people_named(self) -> list[NamedSettings]:
        """Every watched person with aliases, plain names included."""
        return [p if isinstance(p, NamedSettings) else NamedSettings(name=p) for p in self.people]

    def labs_named(self) -> list[NamedSettings] | None:
        """The configured labs, or None for the built-in list."""
        if self.labs is None:
            return None
        return [
            lab if isinstance(lab, NamedSettings) else NamedSettings(name=lab) for lab in self.labs
        ]


class DiscordSettings(Section):
    token_env: str = "DISCORD_TOKEN"
    # the sender's requests to Discord a second (webhooks and channels); Discord allows 50
    requests_per_second: float = Field(40.0, gt=0, le=50)
    # messages the sender has in flight at once, each to a different destination (1: one by one)
    max_in_flight: int = Field(8, ge=1, le=64)
    test_guild_id: int | None = None


DISCORD_WEBHOOK_URL = re.compile(
    r"^https://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/api(?:/v\d+)?/webhooks/\d+/[\w-]+/?$"
)
LOOPBACK_WEBHOOK_URL = re.compile(
    r"^http://127\.0\.0\.1:\d{1,5}/api(?:/v\d+)?/webhooks/\d+/[\w-]+/?$"
)


NameList = list[Annotated[str, Field(min_length=1, max_length=200)]]


def _check_pattern(value: str | None) -> str | None:
    return check_pattern(value)


# bot.styles (and with it bot.render and the digest's assembly) loads only for a config that
# styles a destination: commands like `labwatch status` start without them
def _check_template(value: str | None) -> str | None:
    from bot.styles import check_template

    return check_template(value) if value else None


def _check_kinds(value: list[str]) -> list[str]:
    return list(check_kinds(value))


def _check_roles(value: list[Any]) -> list[str]:
    from bot.styles import check_roles

    return list(check_roles(value))


def _parse_color(value: Any) -> int:
    from bot.styles import parse_color

    return parse_color(value)


def _check_snowflake(value: Any) -> str:
    from bot.styles import check_snowflake

    return check_snowflake(value)


class FilterSettings(Section):
    """Global exclusions: a story any of them matches goes to no destination."""

    exclude_keywords: NameList = Field(default_factory=list)
    exclude_labs: NameList = Field(default_factory=list)
    exclude_people: NameList = Field(default_factory=list)
    exclude_sources: NameList = Field(default_factory=list)

    def routing(self) -> Routing:
        """The exclusions as the planner applies them."""
        return Routing.of(self.model_dump())


class DestinationSettings(Section):
    """What a destination gets and how it looks (webhooks here; channels via /subscribe)."""

    kinds: Annotated[list[str], BeforeValidator(_check_kinds)] = Field(default_factory=list)
    labs: NameList = Field(default_factory=list)
    people: NameList = Field(default_factory=list)
    keywords: NameList = Field(default_factory=list)
    sources: NameList = Field(default_factory=list)
    exclude_keywords: NameList = Field(default_factory=list)
    exclude_labs: NameList = Field(default_factory=list)
    exclude_people: NameList = Field(default_factory=list)
    exclude_sources: NameList = Field(default_factory=list)
    match: Annotated[str | None, BeforeValidator(_check_pattern)] = None
    style: Literal["full", "compact"] = "full"
    template: Annotated[str | None, BeforeValidator(_check_template)] = None
    colors: dict[StoryKind, Annotated[int, BeforeValidator(_parse_color)]] = Field(
        default_factory=dict
    )
    ping_roles: Annotated[list[str], BeforeValidator(_check_roles)] = Field(default_factory=list)
    live: bool = False

    def options(self) -> dict[str, Any]:
        """The routing and style as a subscription stores them (only what differs from today)."""
        look = {
            "style": "template"
            if self.template
            else (None if self.style == "full" else self.style),
            "template": self.template,
            "colors": dict(self.colors),
            "ping_roles": list(self.ping_roles),
        }
        return {**Routing.of(self.model_dump()).to_json(), **{k: v for k, v in look.items() if v}}


class WebhookSettings(DestinationSettings):
    url: str
    name: str | None = None
    digest_at: ClockTime = "09:00"
    timezone: TimeZoneName = "UTC"
    alerts: bool = False
    send_empty: bool = False
    chart: bool = False  # the Monday digest carries the past week's talent-flow chart
    username: Annotated[str, Field(max_length=80)] | None = None
    avatar_url: str | None = None
    forum: bool = False  # the webhook's channel is a forum: each digest or alert is a post
    forum_tags: list[Annotated[str, BeforeValidator(_check_snowflake)]] = Field(
        default_factory=list, max_length=5
    )

    def options(self) -> dict[str, Any]:
        """Routing and style plus the webhook's own display name, avatar and forum posts."""
        extra = {
            "username": self.username,
            "avatar_url": self.avatar_url,
            "forum": self.forum,
            "forum_tags": list(self.forum_tags),
        }
        return {**super().options(), **{k: v for k, v in extra.items() if v}}

    @model_validator(mode="after")
    def _tags_need_a_forum(self) -> WebhookSettings:
        if self.forum_tags and not self.forum:
            raise ValueError("forum_tags are for a forum's webhook: set forum = true too")
        return self

    @field_validator("username")
    @classmethod
    def _username(cls, value: str | None) -> str | None:
        from bot.styles import check_username

        return check_username(value) if value else None

    @field_validator("avatar_url")
    @classmethod
    def _avatar(cls, value: str | None) -> str | None:
        if value and not value.strip().lower().startswith(("https://", "http://")):
            raise ValueError("avatar_url must be an http(s) URL of a picture")
        return value.strip() or None if value else None

    @field_validator("url")
    @classmethod
    def _webhook_url(cls, value: str) -> str:
        value = value.strip()
        if not (DISCORD_WEBHOOK_URL.match(value) or LOOPBACK_WEBHOOK_URL.match(value)):
            raise ValueError(
                "not a Discord webhook URL (expected https://discord.com/api/webhooks/ID/TOKEN)"
            )
        return value


def parse_listen(text: str) -> tuple[str, int]:
    """host:port ("127.0.0.1:9464", "[::1]:9464") → (host, port); ValueError says the shape."""
    host, sep, port = text.strip().rpartition(":")
    if not sep or not port.isdigit() or int(port) > 65535:
        raise ValueError(f'{text!r} is not host:port, like "127.0.0.1:9464"')
    return host.strip("[]") or "127.0.0.1", int(port)


class MetricsSettings(Section):
    listen: str | None = None  # host:port for /healthz and /metrics; None: not served

    @field_validator("listen")
    @classmethod
    def _valid_listen(cls, value: str | None) -> str | None:
        if value is not None:
            parse_listen(value)
        return value


class AlertSettings(Section):
    """When a move is news enough to post at once, and how many posts a minute are enough."""

    max_age: AlertAge = timedelta(hours=24)  # older moves wait for the digest
    per_minute: int = Field(3, ge=1, le=30)  # per destination; more are folded into one
    keywords: bool = False  # also alert on moves whose story has a watched keyword


class LoggingSettings(Section):
    format: LogFormat = "text"  # key=value lines, or one JSON object a line


class RetentionSettings(Section):
    entries_days: int = Field(90, ge=0, le=36500)  # 0: keep entries forever
    transcripts_days: int = Field(30, ge=0, le=36500)  # 0: keep caption text forever

    def entries(self) -> timedelta | None:
        """How long entries are kept (None: forever)."""
        return timedelta(days=self.entries_days) if self.entries_days else None

    def transcripts(self) -> timedelta | None:
        """How long caption text is kept (None: forever)."""
        return timedelta(days=self.transcripts_days) if self.transcripts_days else None


class ScaleSettings(Section):
    # several processes on PostgreSQL (`labwatch run --role worker|sender|gateway`)
    claim_batch: int = Field(16, ge=1, le=10_000)  # rows of each kind a process claims at once
    claim_ttl: ClaimTime = timedelta(minutes=5)  # a claim (or the sender's lease) lapses after
    worker_tick: Tick = timedelta(seconds=10)  # how often a worker looks for due work
    # requests per second to one host, summed over every worker (0: no shared budget)
    per_host_rate: float = Field(10.0, ge=0, le=10_000)


class RawSettings(Section):
    storage: StorageSettings = StorageSettings()
    http: HttpSettings = HttpSettings()
    schedule: ScheduleSettings = ScheduleSettings()
    sources: list[SourceSettings] = Field(default_factory=list)
    transcripts: TranscriptSettings = TranscriptSettings()
    watch: WatchSettings = WatchSettings()
    discord: DiscordSettings = DiscordSettings()
    webhooks: list[WebhookSettings] = Field(default_factory=list)
    metrics: MetricsSettings = MetricsSettings()
    retention: RetentionSettings = RetentionSettings()
    alerts: AlertSettings = AlertSettings()
    logging: LoggingSettings = LoggingSettings()
    filters: FilterSettings = FilterSettings()
    scale: ScaleSettings = ScaleSettings()

    @field_validator("webhooks")
    @classmethod
    def _loopback_only_when_allowed(
        cls, webhooks: list[WebhookSettings], info: ValidationInfo
    ) -> list[WebhookSettings]:
        http = info.data.get("http")
        allowed = bool(http and http.allow_private_networks)
        for n, hook in enumerate(webhooks):
            if LOOPBACK_WEBHOOK_URL.match(hook.url) and not allowed:
                raise ValueError(
                    f"webhooks[{n}].url is a loopback URL; set [http] allow_private_networks = true "
                    "to use one (for tests only)"
                )
        return webhooks

    @field_validator("sources")
    @classmethod
    def _unique_names(cls, sources: list[SourceSettings]) -> list[SourceSettings]:
        seen: set[str] = set()
        for source in sources:
            if source.name.casefold() in seen:
                raise ValueError(f"two sources are named {source.name!r}")
            seen.add(source.name.casefold())
        return sources


@dataclass(frozen=True)
class Settings:
    """Validated settings plus where they came from."""

    raw: RawSettings
    path: Path  # the config file, or where it would be
    base_dir: Path  # relative paths resolve here
    is_default: bool  # no file: running on built-in defaults

    @property
    def storage_url(self) -> str:
        """The database URL with a relative SQLite path made absolute against `base_dir`."""
        from sqlalchemy.engine import make_url  # only where a database is opened

        url = make_url(self.raw.storage.url)
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            db_path = Path(url.database)
            if not db_path.is_absolute():
                url = url.set(database=str(self.base_dir / db_path))
        return url.render_as_string(hide_password=False)

    @property
    def sqlite_file(self) -> Path | None:
        """The SQLite database file, or None for other databases (and in-memory SQLite)."""
        # read with SQLAlchemy's URL pattern, not make_url: a read-only command that finds no
        # database file to read never imports SQLAlchemy (~0.2 s); tests/test_startup.py checks
        # that this agrees with make_url on the path storage_url makes absolute
        match = _DATABASE_URL.match(self.raw.storage.url)
        if match is None or match["name"].split("+")[0] != "sqlite":
            return None
        database = unquote(match["database"] or "")
        if not database or database == ":memory:":
            return None
        return self.base_dir / database  # an absolute path replaces base_dir

    def database_missing(self) -> bool:
        """True when the database is a SQLite file not made yet (in a folder that exists)."""
        path = self.sqlite_file
        return path is not None and not path.exists() and path.parent.is_dir()

    @property
    def transcripts_dir(self) -> Path:
        return self.base_dir / self.raw.transcripts.directory

    def transcript_options(self) -> ProviderOptions:
        """What the transcript providers need, secrets read from the environment."""
        t = self.raw.transcripts
        proxy = t.proxy_url or t.proxy
        if t.proxy_url_env:
            proxy = os.environ.get(t.proxy_url_env, "").strip() or proxy
        user = os.environ.get(t.webshare_username_env, "").strip()
        password = os.environ.get(t.webshare_password_env, "").strip()
        if bool(user) != bool(password):
            missing = t.webshare_password_env if user else t.webshare_username_env
            raise ConfigError(
                f"{self.path}: '[transcripts] webshare': ${missing} is not set "
                "(Webshare needs both the proxy username and the proxy password)"
            )
        webshare = Webshare(user, password, tuple(t.webshare_locations)) if user else None
        cookies = self.base_dir / t.ytdlp_cookies if t.ytdlp_cookies else None
        return ProviderOptions(
            directory=self.transcripts_dir,
            languages=tuple(t.languages),
            proxy_url=proxy or None,
            proxy_retries=t.proxy_retries,
            webshare=webshare,
            ytdlp_cookies=cookies,
            ytdlp_po_token_url=t.ytdlp_po_token_url,
            ytdlp_sleep=t.ytdlp_sleep,
            timeout=self.raw.http.timeout,
        )

    def transcript_secrets(self) -> list[str]:
        """Proxy passwords (and a proxy URL from the environment) to keep out of log lines."""
        t = self.raw.transcripts
        names = [t.webshare_password_env, t.proxy_url_env]
        found = [v for v in (os.environ.get(n, "").strip() for n in names if n) if v]
        for url in (t.proxy_url, t.proxy, *found):
            password = urlsplit(url).password if url and "://" in url else None
            if password:
                found.append(password)
        return found

    def discord_token(self) -> str | None:
        """The bot token from the environment variable the config names, if set."""
        token = os.environ.get(self.raw.discord.token_env, "").strip()
        return token or None

    # the sections of the file, typed: settings.http, settings.sources, ...
    @property
    def storage(self) -> StorageSettings:
        return self.raw.storage

    @property
    def http(self) -> HttpSettings:
        return self.raw.http

    @property
    def scale(self) -> ScaleSettings:
        return self.raw.scale

    @property
    def schedule(self) -> ScheduleSettings:
        return self.raw.schedule

    @property
    def sources(self) -> list[SourceSettings]:
        return self.raw.sources

    @property
    def transcripts(self) -> TranscriptSettings:
        return self.raw.transcripts

    @property
    def watch(self) -> WatchSettings:
        return self.raw.watch

    @property
    def discord(self) -> DiscordSettings:
        return self.raw.discord

    @property
    def webhooks(self) -> list[WebhookSettings]:
        return self.raw.webhooks

    @property
    def metrics(self) -> MetricsSettings:
        return self.raw.metrics

    @property
    def retention(self) -> RetentionSettings:
        return self.raw.retention

    @property
    def alerts(self) -> AlertSettings:
        return self.raw.alerts

    @property
    def logging(self) -> LoggingSettings:
        return self.raw.logging

    @property
    def filters(self) -> FilterSettings:
        return self.raw.filters


def config_path(given: str | None) -> Path:
    """--config, else $LABWATCH_CONFIG, else ./config.toml."""
    return Path(given or os.environ.get("LABWATCH_CONFIG") or DEFAULT_CONFIG_NAME)


def load_settings(given: str | None = None) -> Settings:
    """Read and validate the config file; with no file, the built-in defaults."""
    path = config_path(given)
    if not path.exists():
        if given or os.environ.get("LABWATCH_CONFIG"):
            raise ConfigError(f"{path}: no such config file (labwatch init writes one)")
        raw = parse_toml(DEFAULTS_FILE.read_text(encoding="utf-8"), DEFAULTS_FILE)
        return Settings(raw, path.absolute(), Path.cwd(), is_default=True)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    raw = parse_toml(text, path)
    return Settings(raw, path.absolute(), path.absolute().parent, is_default=False)


# a file without these keys keeps the documented starter lists (`sources = []` means none)
DEFAULTED_KEYS = ("sources", "watch")


def with_defaults(data: dict[str, Any]) -> dict[str, Any]:
    """The file's settings, with the starter sources and watch list where it names none."""
    missing = [k for k in DEFAULTED_KEYS if k not in data]
    if not missing:
        return data
    defaults = tomllib.loads(DEFAULTS_FILE.read_text(encoding="utf-8"))
    return {**data, **{k: defaults[k] for k in missing}}


def parse_toml(text: str, path: Path) -> RawSettings:
    """TOML text → RawSettings, or a ConfigError naming the file and key."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    if path != DEFAULTS_FILE:
        data = with_defaults(data)
    try:
        return RawSettings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(describe_error(path, exc)) from exc


def describe_error(path: Path, exc: ValidationError) -> str:
    """The first validation error as one line: file, key, what is wrong."""
    error = exc.errors()[0]
    key = _dotted(error["loc"])
    if error["type"] == "extra_forbidden":
        return f"{path}: unknown key '{key}'"
    message = error["msg"].removeprefix("Value error, ")
    if error["type"] == "missing":
        return f"{path}: '{key}' is required"
    more = len(exc.errors()) - 1
    suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"{path}: '{key}': {message}{suffix}"


def _dotted(loc: tuple[Any, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts[-1] = f"{parts[-1]}[{item}]" if parts else f"[{item}]"
        elif item in (
            "str",
            "constrained-str",
            "NamedSettings",
            "function-before[_check_zone(), str]",
        ):
            continue  # union branch names say nothing to a user
        else:
            parts.append(str(item))
    return ".".join(parts)
