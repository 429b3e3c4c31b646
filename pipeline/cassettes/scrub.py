"""Scrubbing recorded exchanges: credentials and personal data never reach a cassette file.

Recording runs the request and the response through `Scrubber` (vcrpy's before_record_request and
before_record_response hooks), so what vcrpy holds, and later writes, is already clean:

- credentials: X-Auth-Token, Authorization, X-Domain and cookies get placeholders, and the secret values themselves
  (API key, OAuth token, MAX domain) are replaced wherever else they appear: other headers, URLs, bodies;
- personal data in headers, query strings and JSON bodies: e-mail addresses, IP addresses (v4 and v6) and
  international phone numbers wherever they appear in text, and by key: names (firstName, lastName, fullName, and
  `name` in an object that also carries an e-mail), phones and IP addresses.

Placeholders are stable ("person@example.com", "Jane Doe", "192.0.2.1", "+48000000000"), so re-recording the same
data gives the same cassette, and they are valid values of their formats, so scrubbed responses still fit the spec.
Not detected: personal data in free text without a recognisable shape (a postal address in a note, say).
"""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, quote, quote_plus, urlencode, urlsplit, urlunsplit

from pipeline.cassettes.cassette import is_json
from pipeline.cassettes.spec_view import innermost_key

PLACEHOLDER_EMAIL = "person@example.com"
PLACEHOLDER_NAME = "Jane Doe"
PLACEHOLDER_IPV4 = "192.0.2.1"  # TEST-NET-1 (RFC 5737)
PLACEHOLDER_IPV6 = "2001:db8::1"  # documentation prefix (RFC 3849)
PLACEHOLDER_PHONE = "+48000000000"
PLACEHOLDER_SECRET = "REDACTED"
PLACEHOLDER_DOMAIN = "example.com"
PLACEHOLDER_API_KEY_HEADER = f"api-key {PLACEHOLDER_SECRET}"

# Header name (lower case) -> the value it is recorded with.
CREDENTIAL_HEADERS = {
    "x-auth-token": PLACEHOLDER_API_KEY_HEADER,
    "authorization": f"Bearer {PLACEHOLDER_SECRET}",
    "x-domain": PLACEHOLDER_DOMAIN,
    "cookie": PLACEHOLDER_SECRET,
    "set-cookie": PLACEHOLDER_SECRET,
    "proxy-authorization": PLACEHOLDER_SECRET,
}

# The local parts people have (RFC 5322 allows more, e.g. "=" or "'", which would swallow "query[email]=").
EMAIL = re.compile(r"(?<![A-Za-z0-9._+-])[A-Za-z0-9._+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+")
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
# Full eight-group addresses, or compressed ones (with "::"); times such as 12:25:55 have neither shape.
IPV6 = re.compile(
    r"(?<![0-9A-Fa-f:])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}"
    r"|(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{0,4}::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{0,4})(?![0-9A-Fa-f:])"
)
# International numbers: a "+" then 8 to 15 digits, maybe grouped by spaces, dashes, dots or brackets.
PHONE = re.compile(r"\+\d(?:[\s\-.()]{0,2}\d){7,14}(?!\d)")

ENCODED_EMAIL = re.compile(r"[A-Za-z0-9._+-]+%40[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# A whole value that is a query string (name=value&...), or a URL with one: scrubbed parameter by parameter.
QUERY_STRING = re.compile(r"[^\s=&?/]+=[^\s&]*(?:&[^\s=&]+=[^\s&]*)*")
URL_WITH_QUERY = re.compile(r"https?://[^\s?\"'<>]+\?[^\s\"'<>#]+")

NAME_KEYS = frozenset({"firstname", "lastname", "fullname", "contactname", "personname", "middlename", "surname"})
PHONE_KEY = re.compile(r"phone|mobile|msisdn", re.IGNORECASE)
IP_KEY = re.compile(r"^ip$|ipaddress|^ipv[46]$|clientip|remoteaddr", re.IGNORECASE)
EMAIL_KEY = re.compile(r"e-?mail", re.IGNORECASE)
# An object (or query) with one of these keys describes a person: its "name" is a person's name.
PERSON_EMAIL_KEYS = frozenset({"email", "e-mail", "emailaddress"})
PERSONAL_NAME_PATHS = ("/contacts", "/search-contacts")  # where query[name] filters people, not lists or tags


def _personal(value: str) -> str:
    value = EMAIL.sub(PLACEHOLDER_EMAIL, value)
    value = ENCODED_EMAIL.sub(quote(PLACEHOLDER_EMAIL, safe=""), value)
    value = IPV6.sub(_scrub_ipv6, value)
    value = IPV4.sub(_scrub_ipv4, value)
    return PHONE.sub(PLACEHOLDER_PHONE, value)


def _scrub_ipv4(match: re.Match[str]) -> str:
    try:
        ipaddress.IPv4Address(match.group(0))
    except ValueError:
        return match.group(0)  # e.g. a version number such as 999.1.1.1
    return PLACEHOLDER_IPV4


def _scrub_ipv6(match: re.Match[str]) -> str:
    text = match.group(0)
    if sum(1 for group in text.split(":") if group) < 2:
        return text  # "::" or "d::" in prose (C++'s std::string), not an address worth the name
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return text
    return PLACEHOLDER_IPV6


@dataclass(frozen=True)
class Scrubber:
    """secrets: the credential values of this recording (API key, token, domain), replaced wherever they appear;
    kept: values left alone although they look personal (the API's own host, when it is an IP address)."""

    secrets: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()

    @classmethod
    def for_credentials(cls, *values: str | None, kept: tuple[str, ...] = ()) -> Scrubber:
        # Longest first, so a secret that contains another is replaced whole.
        secrets = tuple(sorted({v for v in values if v and len(v) >= 4}, key=len, reverse=True))
        return cls(secrets, tuple(k for k in kept if k))

    # -- text -------------------------------------------------------------------------------------------------

    def text(self, value: str) -> str:
        for secret in self.secrets:
            for spelling in dict.fromkeys((secret, quote(secret, safe=""), quote_plus(secret))):
                value = value.replace(spelling, PLACEHOLDER_SECRET)
        if QUERY_STRING.fullmatch(value):
            return self._query_string(value, person=False)  # e.g. a server echoing the query it was sent
        value = URL_WITH_QUERY.sub(lambda match: self.uri(match.group(0)), value)
        if self.kept:
            pattern = "(" + "|".join(re.escape(k) for k in self.kept) + ")"
            pieces = re.split(pattern, value)  # kept values land at the odd indexes
            return "".join(piece if index % 2 else _personal(piece) for index, piece in enumerate(pieces))
        return _personal(value)

    def bytes_(self, value: bytes) -> bytes:
        """Binary content: only the secrets can be recognised."""
        for secret in self.secrets:
            value = value.replace(secret.encode(), PLACEHOLDER_SECRET.encode())
        return value

    # -- structured data ----------------------------------------------------------------------------------------

    def json_value(self, value: Any, key: str = "", person: bool = False) -> Any:
        """person: the enclosing object also carries an e-mail, so its `name` is a person's name."""
        if isinstance(value, dict):
            is_person = any(str(k).lower() in PERSON_EMAIL_KEYS for k in value)
            return {k: self.json_value(v, str(k), is_person) for k, v in value.items()}
        if isinstance(value, list):
            return [self.json_value(item, key, person) for item in value]
        if isinstance(value, str) and value:
            return self._by_key(key, value, person)
        return value

    def _by_key(self, key: str, value: str, person: bool) -> str:
        lowered = key.lower()
        if lowered in NAME_KEYS or (person and lowered == "name"):
            return PLACEHOLDER_NAME
        if PHONE_KEY.search(key):
            return PLACEHOLDER_PHONE
        if IP_KEY.search(key):
            return PLACEHOLDER_IPV6 if ":" in value else PLACEHOLDER_IPV4
        if EMAIL_KEY.search(key) and "@" in value:
            return PLACEHOLDER_EMAIL
        return self.text(value)

    def body(self, body: bytes | None, content_type: str | None) -> bytes | None:
        if not body:
            return body
        if is_json(content_type) or body.lstrip()[:1] in (b"{", b"["):
            try:
                document = json.loads(body)
            except ValueError:
                pass
            else:
                return json.dumps(self.json_value(document), ensure_ascii=False, separators=(",", ":")).encode()
        try:
            text = body.decode()
        except UnicodeDecodeError:
            return self.bytes_(body)
        return self.text(text).encode()

    def headers(self, headers: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
        scrubbed: dict[str, list[str]] = {}
        for name, values in headers.items():
            placeholder = CREDENTIAL_HEADERS.get(name.lower())
            scrubbed[name] = [placeholder if placeholder is not None else self.text(v) for v in values]
        return scrubbed

    def uri(self, uri: str) -> str:
        parts = urlsplit(uri)
        on_people = any(f"{prefix}/" in f"{parts.path}/" for prefix in PERSONAL_NAME_PATHS)
        query = self._query_string(parts.query, person=on_people) if parts.query else ""
        return urlunsplit((parts.scheme, parts.netloc, self.text(parts.path), query, parts.fragment))

    def _query_string(self, query: str, *, person: bool) -> str:
        """Scrub a query string by parameter (the innermost key of query[...][...] names the value)."""
        pairs = parse_qsl(query, keep_blank_values=True)
        person = person or any(innermost_key(name).lower() in PERSON_EMAIL_KEYS for name, _ in pairs)
        scrubbed = [(name, self._by_key(innermost_key(name), value, person)) for name, value in pairs]
        return urlencode(scrubbed, quote_via=quote, safe="")

    # -- vcrpy hooks ------------------------------------------------------------------------------------------

    def before_record_request(self, request: Any) -> Any:
        """vcrpy hook: scrub a vcr.request.Request in place of the one recorded (vcrpy passes a copy)."""
        content_type = _first(request.headers, "Content-Type")
        request.uri = self.uri(request.uri)
        body = self.body(request.body if isinstance(request.body, bytes | None) else None, content_type)
        headers = {name: values[0] for name, values in self.headers(_multi(request.headers)).items()}
        for name in headers:
            if name.lower() == "content-length":
                headers[name] = str(len(body or b""))
        request.headers = headers
        request.body = body
        return request

    def before_record_response(self, response: dict[str, Any]) -> dict[str, Any]:
        """vcrpy hook: scrub the response dict {status, headers, body: {string}} before vcrpy keeps it."""
        headers = response.get("headers") or {}
        content_type = _first(headers, "Content-Type")
        body = response.get("body") or {}
        raw = body.get("string")
        if isinstance(raw, str):
            raw = raw.encode()
        scrubbed = self.body(raw, content_type) or b""
        clean_headers = self.headers(_multi(headers))
        for name in clean_headers:
            if name.lower() == "content-length":  # the scrubbed body may be shorter or longer than the original
                clean_headers[name] = [str(len(scrubbed))]
        return {**response, "headers": clean_headers, "body": {**body, "string": scrubbed}}


def _multi(headers: Mapping[str, Any]) -> dict[str, list[str]]:
    return {str(k): [str(x) for x in (v if isinstance(v, list | tuple) else [v])] for k, v in headers.items()}


def _first(headers: Mapping[str, Any], name: str) -> str | None:
    for key, value in headers.items():
        if str(key).lower() == name.lower():
            return str(value[0] if isinstance(value, list | tuple) else value)
    return None
