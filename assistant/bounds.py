"""Bounded work per file: what one file may cost to read before it is refused.

A 384 KB .docx whose XML expands to a million paragraphs once kept indexing busy for 22 minutes
while holding the write lock. Every limit here is a setting (`limits.*`); over one, the file is
refused with a message naming the setting, and the rest of the batch goes on.
"""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import PurePath

from .config import LimitSettings
from .errors import FileTooLarge, UnreadableFile

_TICK_EVERY = 256  # time checks: often enough to stop within a fraction of a second, cheap enough to ignore


class FileBudget:
    """The limits for one file, and the clock started when its reading began."""

    def __init__(self, name: str, limits: LimitSettings) -> None:
        self.name = name
        self.limits = limits
        self.deadline = time.monotonic() + limits.max_seconds_per_file
        self._ticks = 0

    def tick(self) -> None:
        """Called by the loaders for each unit of work (paragraph, page): over the time limit, refuse."""
        self._ticks += 1
        if self._ticks % _TICK_EVERY == 0 or self._ticks < _TICK_EVERY:
            if time.monotonic() > self.deadline:
                raise FileTooLarge(self.name, f"reading it took over {self.limits.max_seconds_per_file:g} s "
                                              "(limits.max_seconds_per_file)")

    def check_zip(self, data: bytes) -> None:
        """Read the sizes from the zip directory before anything is inflated: refuse an archive that
        would unpack to more than the limit, or that packs a part at a bomb's ratio."""
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                members = archive.infolist()
        except (zipfile.BadZipFile, ValueError) as err:
            kind = PurePath(self.name).suffix.lower() or "zip-based"
            raise UnreadableFile(self.name, f"corrupt or not a {kind} file ({err})") from err
        limit = self.limits.max_unpacked_mb * 2**20
        total = sum(m.file_size for m in members)
        if total > limit:
            raise FileTooLarge(self.name, f"it unpacks to {total / 2**20:.0f} MB, over the "
                                          f"{self.limits.max_unpacked_mb:g} MB limit (limits.max_unpacked_mb)")
        for m in members:
            # small parts compress well by chance; a bomb's parts are big and compress thousands of times
            ratio = m.file_size / max(m.compress_size, 1)
            if m.file_size > _RATIO_FLOOR and ratio > self.limits.max_zip_ratio:
                raise FileTooLarge(self.name, f"its part {m.filename!r} is packed {ratio:.0f} times, over the "
                                              f"ratio limit of {self.limits.max_zip_ratio:g} (limits.max_zip_ratio; "
                                              "a zip bomb?)")

    def check_chars(self, chars: int) -> None:
        if chars > self.limits.max_chars_per_file:
            raise FileTooLarge(self.name, f"its text has {chars:,} characters, over the "
                                          f"{self.limits.max_chars_per_file:,} limit (limits.max_chars_per_file)")

    def check_passages(self, passages: int) -> None:
        if passages > self.limits.max_passages_per_file:
            raise FileTooLarge(self.name, f"it makes {passages:,} passages, over the "
                                          f"{self.limits.max_passages_per_file:,} limit (limits.max_passages_per_file)")


_RATIO_FLOOR = 1 * 2**20  # parts under 1 MB unpacked are never refused for their ratio
