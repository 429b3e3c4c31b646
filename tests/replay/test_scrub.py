"""The scrubber on its own: what it replaces, and what it leaves alone."""

from __future__ import annotations

import json

import pytest

from pipeline.cassettes.scrub import (
    PLACEHOLDER_EMAIL,
    PLACEHOLDER_IPV4,
    PLACEHOLDER_IPV6,
    PLACEHOLDER_NAME,
    PLACEHOLDER_PHONE,
    PLACEHOLDER_SECRET,
    Scrubber,
)

SCRUBBER = Scrubber.for_credentials("s3cret-api-key", None, "shop.example.org")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail anna.nowak+news@corp.example.pl now", f"mail {PLACEHOLDER_EMAIL} now"),
        ("from 203.0.113.9", f"from {PLACEHOLDER_IPV4}"),
        ("from fe80::1ff:fe23:4567:890a", f"from {PLACEHOLDER_IPV6}"),
        ("call +48 601-234-567", f"call {PLACEHOLDER_PHONE}"),
        ("call +1 (415) 555 2671", f"call {PLACEHOLDER_PHONE}"),
        ("key s3cret-api-key at shop.example.org", f"key {PLACEHOLDER_SECRET} at {PLACEHOLDER_SECRET}"),
        ("query%5Bemail%5D=anna%40corp.example", f"query%5Bemail%5D={PLACEHOLDER_EMAIL.replace('@', '%40')}"),
    ],
)
def test_text(text: str, expected: str) -> None:
    assert SCRUBBER.text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2014-09-29T12:25:55+0000",  # an offset is not a phone number
        "12:25:55",  # a time is not an IPv6 address
        "std::string",
        "version 1.2.3",
        "https://api.getresponse.com/v3/contacts/V",
        "+0000",
    ],
)
def test_text_left_alone(text: str) -> None:
    assert SCRUBBER.text(text) == text


def test_json_by_key() -> None:
    document = {
        "contactId": "V",
        "name": "Anna Nowak",  # a person: the object carries an e-mail
        "email": "anna@corp.example",
        "ipAddress": "2a02:a311::1",
        "phoneNumber": "601 234 567",  # no "+": recognised by its key
        "campaign": {"campaignId": "V", "name": "Spring sale"},  # a list's name, not a person's
        "firstName": "Anna",
        "customFieldValues": [{"value": ["+48601234567"]}],
    }
    assert SCRUBBER.json_value(document) == {
        "contactId": "V",
        "name": PLACEHOLDER_NAME,
        "email": PLACEHOLDER_EMAIL,
        "ipAddress": PLACEHOLDER_IPV6,
        "phoneNumber": PLACEHOLDER_PHONE,
        "campaign": {"campaignId": "V", "name": "Spring sale"},
        "firstName": PLACEHOLDER_NAME,
        "customFieldValues": [{"value": [PLACEHOLDER_PHONE]}],
    }


def test_headers() -> None:
    headers = {
        "X-Auth-Token": ["api-key s3cret-api-key"],
        "Authorization": ["Bearer abc.def"],
        "X-Domain": ["shop.example.org"],
        "Set-Cookie": ["sid=1"],
        "X-Debug": ["user anna@corp.example from 203.0.113.9"],
        "Content-Type": ["application/json"],
    }
    assert SCRUBBER.headers(headers) == {
        "X-Auth-Token": ["api-key REDACTED"],
        "Authorization": ["Bearer REDACTED"],
        "X-Domain": ["example.com"],
        "Set-Cookie": [PLACEHOLDER_SECRET],
        "X-Debug": [f"user {PLACEHOLDER_EMAIL} from {PLACEHOLDER_IPV4}"],
        "Content-Type": ["application/json"],
    }


def test_uri_scrubs_by_parameter_and_keeps_the_rest() -> None:
    uri = "https://api.getresponse.com/v3/contacts?query[email]=anna@corp.example&query[name]=Anna&perPage=2"
    assert SCRUBBER.uri(uri) == (
        "https://api.getresponse.com/v3/contacts?query%5Bemail%5D=person%40example.com"
        "&query%5Bname%5D=Jane%20Doe&perPage=2"
    )
    # A list's name is no one's name.
    assert "query%5Bname%5D=Spring" in SCRUBBER.uri("https://api.getresponse.com/v3/campaigns?query[name]=Spring")


def test_body_and_binary() -> None:
    body = json.dumps({"email": "anna@corp.example", "note": "token s3cret-api-key"}).encode()
    assert json.loads(SCRUBBER.body(body, "application/json") or b"") == {
        "email": PLACEHOLDER_EMAIL,
        "note": f"token {PLACEHOLDER_SECRET}",
    }
    assert SCRUBBER.body(b"\x89PNG s3cret-api-key \xff", "image/png") == b"\x89PNG REDACTED \xff"


def test_kept_host_is_not_an_ip_to_scrub() -> None:
    scrubber = Scrubber.for_credentials("s3cret-api-key", kept=("127.0.0.1",))
    assert scrubber.text("http://127.0.0.1:8080/v3 seen from 203.0.113.9") == (
        f"http://127.0.0.1:8080/v3 seen from {PLACEHOLDER_IPV4}"
    )
