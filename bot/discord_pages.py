"""Paging a long answer (a digest) with Previous/Next buttons only its caller can press."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import discord

from bot.discord_common import NO_MENTIONS

PAGE_TIMEOUT = 600.0  # seconds; well inside the 15 minutes an interaction token lives
NOT_YOURS = "Only the person who asked for this can turn its pages."


@dataclass(frozen=True)
class Page:
    """One message's worth: text and embeds."""

    content: str | None = None
    embeds: list[discord.Embed] = field(default_factory=list)

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Page:
        """A page from a Discord message payload (bot.render.render_messages)."""
        embeds = [discord.Embed.from_dict(e) for e in payload.get("embeds") or []]
        return cls(payload.get("content") or None, embeds)


def message_args(page: Page) -> dict[str, Any]:
    """The message arguments of a page (a digest's pages carry their own "part i/n")."""
    return {"content": page.content, "embeds": page.embeds}


class Pager(discord.ui.View):
    """Previous/Next over pages; the caller alone may page; buttons go grey on timeout."""

    def __init__(
        self, pages: Sequence[Page], owner_id: int, *, timeout: float | None = PAGE_TIMEOUT
    ) -> None:
        super().__init__(timeout=timeout)
        if not pages:
            raise ValueError("a pager needs at least one page")
        self.pages = list(pages)
        self.owner_id = owner_id
        self.index = 0
        self.origin: discord.Interaction | None = None  # whose response carries the buttons
        self._update_buttons()

    def first_message(self) -> dict[str, Any]:
        """The arguments of the first message (with this view when there is more than one page)."""
        args = message_args(self.pages[0])
        return {**args, "view": self} if len(self.pages) > 1 else args

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """Only the caller pages; anyone else is told so, privately."""
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            NOT_YOURS, ephemeral=True, allowed_mentions=NO_MENTIONS
        )
        return False

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(
        self, interaction: discord.Interaction, _button: discord.ui.Button[Any]
    ) -> None:
        await self.show(interaction, self.index - 1)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.primary)
    async def next(self, interaction: discord.Interaction, _button: discord.ui.Button[Any]) -> None:
        await self.show(interaction, self.index + 1)

    async def show(self, interaction: discord.Interaction, index: int) -> None:
        """Turn to page `index` (clamped) by editing the message the button is on."""
        self.index = max(0, min(index, len(self.pages) - 1))
        self._update_buttons()
        args = message_args(self.pages[self.index])
        await interaction.response.edit_message(**args, view=self, allowed_mentions=NO_MENTIONS)

    async def on_timeout(self) -> None:
        """Grey out the buttons; an ephemeral message can only be edited through its interaction."""
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self.origin is not None:
            # the message may be deleted or the token expired: then nothing is left to grey out
            with contextlib.suppress(discord.HTTPException):
                await self.origin.edit_original_response(view=self, allowed_mentions=NO_MENTIONS)

    def _update_buttons(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index >= len(self.pages) - 1
