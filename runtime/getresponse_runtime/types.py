"""The sentinel for "not given" and the file type of uploads and downloads.

`UNSET` marks a field a response left out, or an argument the caller did not pass (so it is not sent). It is
falsy; narrow a ``str | Unset`` with ``isinstance(value, Unset)`` (``value is UNSET`` does not narrow for type
checkers), or use `is_set`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, BinaryIO, Literal, TypeGuard, TypeVar

__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Unset", "is_set"]

T = TypeVar("T")


class Unset:
    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


def is_set(value: T | Unset) -> TypeGuard[T]:
    """True when ``value`` is not `UNSET`; narrows ``str | Unset`` to ``str`` for type checkers."""
    return not isinstance(value, Unset)


# What httpx accepts for a multipart part.
FileContent = IO[bytes] | bytes | str
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


@dataclass
class File:
    """A file to upload in a multipart form, or one downloaded (a thumbnail)."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The (filename, file, content type) tuple httpx takes for a multipart part."""
        return self.file_name, self.payload, self.mime_type
