"""When a request is "the same" as a recorded one: method, path, query and body compared by meaning, not bytes.

- query: decoded pairs compared as a multiset, so order and the spelling of brackets (query[email] or
  query%5Bemail%5D) do not matter;
- body: JSON compared as parsed JSON, multipart forms part by part whatever their boundary, anything else
  byte for byte; an empty body equals no body.

`request_differences` says what differs in words (for test failures); `MATCHERS` are the same comparisons as
vcrpy matchers (each raises AssertionError naming the difference), registered by `register_matchers`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from pipeline.cassettes.cassette import is_json
from pipeline.cassettes.forms import multipart_parts

MATCH_ON = ("method", "getresponse_path", "getresponse_query", "getresponse_body")


def query_pairs(uri: str) -> Counter[tuple[str, str]]:
    return Counter(parse_qsl(urlsplit(uri).query, keep_blank_values=True))


def body_meaning(body: bytes | None, content_type: str | None) -> Any:
    """What a body says: parsed JSON, the parts of a form, or its bytes."""
    if not body:
        return None
    if is_json(content_type):
        try:
            return json.loads(body)
        except ValueError:
            return body
    if content_type and content_type.lower().startswith("multipart/form-data"):
        return [(p.name, p.filename, p.content_type, p.content) for p in multipart_parts(body, content_type)]
    return body


def _content_type(headers: Mapping[str, Any]) -> str | None:
    for name, value in headers.items():
        if name.lower() == "content-type":
            return str(value[0] if isinstance(value, list | tuple) else value)
    return None


def path_difference(recorded_uri: str, sent_uri: str) -> str | None:
    recorded, sent = unquote(urlsplit(recorded_uri).path), unquote(urlsplit(sent_uri).path)
    return None if recorded == sent else f"path: recorded {recorded}, sent {sent}"


def query_difference(recorded_uri: str, sent_uri: str) -> str | None:
    recorded, sent = query_pairs(recorded_uri), query_pairs(sent_uri)
    if recorded == sent:
        return None
    missing = sorted((recorded - sent).elements())
    extra = sorted((sent - recorded).elements())
    parts = [
        f"not sent {_pairs(missing)}" if missing else "",
        f"sent but not recorded {_pairs(extra)}" if extra else "",
    ]
    return "query: " + "; ".join(part for part in parts if part)


def _pairs(pairs: list[tuple[str, str]]) -> str:
    return ", ".join(f"{name}={value}" for name, value in pairs)


def body_difference(
    recorded: bytes | None, recorded_type: str | None, sent: bytes | None, sent_type: str | None
) -> str | None:
    recorded_meaning, sent_meaning = body_meaning(recorded, recorded_type), body_meaning(sent, sent_type)
    if recorded_meaning == sent_meaning:
        return None
    if isinstance(recorded_meaning, dict | list) and isinstance(sent_meaning, dict | list):
        return f"body: {json_difference(recorded_meaning, sent_meaning)}"
    return f"body: recorded {_short(recorded_meaning)}, sent {_short(sent_meaning)}"


def json_difference(recorded: Any, actual: Any, where: str = "$") -> str:
    """The first place two JSON documents differ, as a JSONPath-like location and both values."""
    if isinstance(recorded, dict) and isinstance(actual, dict):
        for key in [*recorded, *(k for k in actual if k not in recorded)]:
            if key not in actual:
                return f"{where}.{key} recorded {_short(recorded[key])}, missing"
            if key not in recorded:
                return f"{where}.{key} not recorded, got {_short(actual[key])}"
            if recorded[key] != actual[key]:
                return json_difference(recorded[key], actual[key], f"{where}.{key}")
    if isinstance(recorded, list) and isinstance(actual, list):
        if len(recorded) != len(actual):
            return f"{where} recorded {len(recorded)} items, got {len(actual)}"
        for index, (left, right) in enumerate(zip(recorded, actual, strict=True)):
            if left != right:
                return json_difference(left, right, f"{where}[{index}]")
    return f"{where} recorded {_short(recorded)}, got {_short(actual)}"


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, bytes) else repr(value)
    return text if len(text) <= 120 else text[:117] + "..."


# -- vcrpy ----------------------------------------------------------------------------------------------------------


def _raise_if(difference: str | None) -> None:
    if difference is not None:
        raise AssertionError(difference)


def match_path(sent: Any, recorded: Any) -> None:
    _raise_if(path_difference(recorded.uri, sent.uri))


def match_query(sent: Any, recorded: Any) -> None:
    _raise_if(query_difference(recorded.uri, sent.uri))


def match_body(sent: Any, recorded: Any) -> None:
    _raise_if(body_difference(recorded.body, _content_type(recorded.headers), sent.body, _content_type(sent.headers)))


MATCHERS: dict[str, Callable[[Any, Any], None]] = {
    "getresponse_path": match_path,
    "getresponse_query": match_query,
    "getresponse_body": match_body,
}


def register_matchers(vcr: Any) -> Any:
    """Register MATCHERS on a vcr.VCR and return it (use match_on=MATCH_ON)."""
    for name, matcher in MATCHERS.items():
        vcr.register_matcher(name, matcher)
    return vcr
