"""`labwatch moments NAME [--format text|json]`: where a person is discussed in stored videos."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from bot.commands import add_format_argument
from bot.config import Settings

# the database side (the caption matcher, the index) is imported once there is a database to
# read (in a folder with none, the answer is known without it), and SQLAlchemy only where
# storage.lite cannot read the file or a video is to be scanned for the name
if TYPE_CHECKING:
    from jobs.watch.lists import WatchLists
    from storage.lite import AnyReader
    from storage.moment_views import MomentView


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", help='a person\'s name or alias, e.g. "Jan Leike"')
    add_format_argument(parser, "text", "json")
    parser.add_argument("--limit", type=int, default=20, help="at most this many (default 20)")


def main(args: argparse.Namespace, settings: Settings) -> int:
    """Search every stored transcript for the person, with the caption name matcher."""
    if settings.database_missing():  # reading never creates a database file
        print("[]" if args.format == "json" else render_text(args.name, []))
        return 0
    found = read_without_sqlalchemy(settings, args.name, max(args.limit, 1))
    if found is None:
        found = find_and_scan(settings, args.name, max(args.limit, 1))
    if args.format == "json":
        print(json.dumps([m.to_json() for m in found], indent=2))
    else:
        print(render_text(args.name, found))
    return 0


def read_without_sqlalchemy(settings: Settings, name: str, limit: int) -> list[MomentView] | None:
    """The moments read by storage.lite, or None where SQLAlchemy must open the database: not
    a SQLite file it can take, or videos to scan for the name first (that writes the index)."""
    from bot.lite import lite_reader
    from jobs.video.person_moments import moments_of, person_entity, unscanned_for

    with lite_reader(settings) as lite:
        if lite is None:
            return None
        person = person_entity(watch_with_servers(settings, lite), name)
        if unscanned_for(lite, person):
            return None
        return moments_of(lite, person, limit)


def find_and_scan(settings: Settings, name: str, limit: int) -> list[MomentView]:
    """The moments, the videos never scanned for the name scanned first."""
    from bot.app import open_database
    from jobs.video.moments import find_person_moments

    db = open_database(settings)
    try:
        # a transaction: names nobody watched are scanned for once and remembered (Core
        # statements on a plain connection: the command loads no ORM)
        with db.writing() as conn:
            watch = watch_with_servers(settings, conn)
            return find_person_moments(conn, name, limit, watch=watch)
    finally:
        db.dispose()


def watch_with_servers(settings: Settings, session: AnyReader) -> WatchLists:
    """The config's watch lists plus every server's people (their aliases help the matcher)."""
    from jobs.watch.lists import watch_from_settings
    from storage.watch_rows import every_watched_person

    w = settings.watch
    people = [*w.people_named(), *every_watched_person(session)]
    return watch_from_settings(people, w.keywords, w.labs_named())


def render_text(name: str, found: list[MomentView]) -> str:
    """Moments grouped by video: title, then time, link and quote."""
    if not found:
        return f"No stored transcript mentions {name}."
    lines: list[str] = []
    current = None
    for m in found:
        if m.video_id != current:
            if lines:
                lines.append("")
            lines.append(f"{m.video_title or m.video_id}")
            current = m.video_id
        lines.append(f"  {clock(m.start)}  {m.url}")
        lines.append(f'         "{m.text}"')
    return "\n".join(lines)


def clock(seconds: float) -> str:
    """12:05 or 1:02:03."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:2d}:{secs:02d}"
