"""`labwatch transcripts [retry VIDEO_ID]`: recent videos with their transcript status, provider
and next try; `retry` makes one video's transcript due at the next round."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from bot.commands import add_format_argument
from bot.commands.sources import iso, until, utcnow
from bot.config import Settings

# the database side is imported once there is a database to read, and SQLAlchemy only where
# storage.lite cannot read it
if TYPE_CHECKING:
    from storage.video_list import VideoRow

STYLES = {"ok": None, "pending": None, "no_captions": "yellow", "unavailable": "dim"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "action", nargs="?", choices=("list", "retry"), default="list", help="list (default)"
    )
    parser.add_argument("video_id", nargs="?", metavar="VIDEO_ID", help="for retry")
    parser.add_argument("--limit", type=int, default=30, help="how many videos (default 30)")
    add_format_argument(parser, "table", "json")


def main(args: argparse.Namespace, settings: Settings) -> int:
    """List the newest videos, or make one due again."""
    if args.action == "retry" and not args.video_id:
        print("labwatch transcripts retry: give a VIDEO_ID", file=sys.stderr)
        return 2
    if args.action == "list" and args.video_id:
        print(
            f"labwatch transcripts: unexpected {args.video_id!r} (retry VIDEO_ID?)", file=sys.stderr
        )
        return 2
    if settings.database_missing():  # reading never creates a database file
        return show_videos(args, [], None) if args.action == "list" else no_video(args.video_id)
    from storage.provider_states import provider_status
    from storage.video_list import recent_videos

    if args.action == "list":
        from bot.lite import lite_reader

        with lite_reader(settings) as lite:  # a SQLite file: read without SQLAlchemy
            if lite is not None:
                read = recent_videos(lite, max(1, args.limit)), provider_status(lite, utcnow())
        if lite is not None:
            return show_videos(args, *read)
    from bot.app import open_database

    db = open_database(settings)
    try:
        if args.action == "retry":
            return retry(db, args.video_id)
        with db.reading() as conn:  # Core: listing loads no ORM
            videos = recent_videos(conn, max(1, args.limit))
            note = provider_status(conn, utcnow())
    finally:
        db.dispose()
    return show_videos(args, videos, note)


def show_videos(args: argparse.Namespace, videos: list[VideoRow], note: str | None) -> int:
    if args.format == "json":
        print(json.dumps([video_to_json(v) for v in videos], indent=2))
    else:
        Console().print(videos_table(videos))
    if note:
        print(f"note: {note}", file=sys.stderr if args.format == "json" else sys.stdout)
    return 0


def no_video(video_id: str) -> int:
    print(f"labwatch transcripts retry: no video {video_id!r} is stored", file=sys.stderr)
    return 1


def retry(db: Any, video_id: str) -> int:
    """Reset one video to pending; 1 when no such video is stored."""
    from storage.transcripts import retry_video  # the ORM: only a retry writes

    with db.transaction() as session:
        found = retry_video(session, video_id)
    if not found:
        return no_video(video_id)
    print(f"{video_id}: transcript due at the next round (labwatch poll fetches it now)")
    return 0


def video_to_json(v: VideoRow) -> dict[str, Any]:
    """One video's transcript state as a JSON object."""
    return {
        "video_id": v.video_id,
        "title": v.title,
        "published_at": iso(v.published_at),
        "status": v.transcript_status,
        "provider": v.transcript_provider,
        "attempts": v.transcript_attempts,
        "next_try_at": iso(v.transcript_next_at),
        "error": v.transcript_error,
    }


def videos_table(videos: list[VideoRow]) -> Table:
    """The human view: one row a video, blocked and failing ones in red."""
    table = Table(title=f"{len(videos)} newest videos", title_justify="left")
    for column in ("video", "published", "status", "provider", "next try"):
        table.add_column(column, no_wrap=True)
    table.add_column("title", overflow="ellipsis", no_wrap=True, max_width=30)
    table.add_column("why", overflow="fold")
    now = utcnow()
    for v in videos:
        waiting = v.transcript_next_at is not None or v.transcript_status == "pending"
        published = f"{v.published_at:%Y-%m-%d}" if v.published_at else "?"
        table.add_row(
            v.video_id, published, v.transcript_status, v.transcript_provider or "-",
            until(v.transcript_next_at, now) if waiting else "never", (v.title or "")[:40],
            (v.transcript_error or "")[:120], style=STYLES.get(v.transcript_status, "red"),
        )  # fmt: skip
    return table
