"""multipart/form-data bodies read back into their parts (the client's uploads; boundaries differ per sender)."""

from __future__ import annotations

import email.parser
from dataclasses import dataclass


@dataclass(frozen=True)
class FormPart:
    name: str
    filename: str | None
    content_type: str | None
    content: bytes


def multipart_parts(body: bytes, content_type: str) -> list[FormPart]:
    """The parts of a multipart/form-data body (in order), whatever its boundary."""
    message = email.parser.BytesParser().parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
    parts = []
    for part in message.get_payload() if message.is_multipart() else []:
        assert not isinstance(part, str)
        payload = part.get_payload(decode=True)
        parts.append(
            FormPart(
                name=str(part.get_param("name", header="content-disposition") or ""),
                filename=part.get_filename(),
                content_type=part.get_content_type() if part.get("Content-Type") else None,
                content=payload if isinstance(payload, bytes) else b"",
            )
        )
    return parts
