"""Test helpers: a stored video row, as the poll stage would leave it, and YouTube's address
sent to a loopback server."""

from __future__ import annotations

from datetime import datetime

import requests
from requests.adapters import HTTPAdapter

from storage.db import Database
from storage.videos import upsert_video


def add_video(db: Database, video_id: str, published: datetime, title: str = "") -> None:
    """Store a video with no source, description or channel."""
    with db.transaction() as session:
        upsert_video(
            session,
            video_id,
            source_id=None,
            title=title,
            description="",
            channel_title=None,
            channel_id=None,
            published_at=published,
        )


class ToYouTube(HTTPAdapter):
    """https://www.youtube.com/... goes to `target` (the loopback server, or a proxy's URL)."""

    def __init__(self, target: str) -> None:
        super().__init__()
        self.target = target

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: float | tuple[float | None, float | None] | None = None,
        verify: bool | str = True,
        cert: str | tuple[str, str] | None = None,
        proxies: dict[str, str] | None = None,
    ) -> requests.Response:
        assert request.url is not None
        request.url = request.url.replace("https://www.youtube.com", self.target)
        return super().send(request, stream, timeout, verify, cert, proxies)
