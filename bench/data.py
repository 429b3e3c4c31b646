"""Payloads shaped like GetResponse's answers: a contact of a list page, a contact's details, a list page.

Stdlib only: the loopback server and every benchmark worker use these, whatever virtualenv they run in.
"""

from __future__ import annotations

import json
from typing import Any

API = "https://api.getresponse.com/v3"
CREATED_ON = "2014-09-29T12:25:55+0000"
CHANGED_ON = "2017-12-19T13:11:48+0000"
ORIGINS = ("api", "import", "www", "panel", "email")

# Every field of a contact list element, as the models name them (for the "read every field" figures).
CONTACT_FIELDS = (
    "contact_id",
    "href",
    "name",
    "email",
    "note",
    "day_of_cycle",
    "origin",
    "created_on",
    "changed_on",
    "campaign",
    "time_zone",
    "ip_address",
    "activities",
    "scoring",
)
CAMPAIGN_FIELDS = ("campaign_id", "name", "href")


def contact_id(index: int) -> str:
    """A short id in GetResponse's style ("pV3r"), unique per index."""
    digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    number = index + 7_000_000
    while number:
        number, rest = divmod(number, len(digits))
        text = digits[rest] + text
    return text


def list_contact(index: int) -> dict[str, Any]:
    """One element of GET /contacts (contactId, href, name, email, note, dayOfCycle, origin, dates, campaign, ...)."""
    cid = contact_id(index)
    return {
        "contactId": cid,
        "href": f"{API}/contacts/{cid}",
        "name": f"Contact {index}",
        "email": f"contact{index}@example.com",
        "note": None if index % 3 else f"note {index}",
        "dayOfCycle": None if index % 2 else str(index % 365),
        "origin": ORIGINS[index % len(ORIGINS)],
        "createdOn": CREATED_ON,
        "changedOn": CHANGED_ON,
        "campaign": {"campaignId": "V", "name": "my_campaign", "href": f"{API}/campaigns/V"},
        "timeZone": "Europe/Warsaw",
        "ipAddress": f"10.0.{index // 256 % 256}.{index % 256}",
        "activities": f"{API}/contacts/{cid}/activities",
        "scoring": float(index % 20),
    }


# GET /campaigns (a page of lists): every field of a list element.
LIST_FIELDS = ("campaign_id", "name", "tech_name", "language_code", "is_default", "created_on", "href", "description")
# GET /newsletters: every field of a newsletter list element; campaign, sendSettings and sendMetrics are objects.
NEWSLETTER_FIELDS = (
    "newsletter_id",
    "href",
    "name",
    "type_",
    "status",
    "editor",
    "subject",
    "campaign",
    "send_on",
    "send_settings",
    "send_metrics",
    "created_on",
    "flags",
)
# The fields of those nested objects, where a package parses them into models.
NEWSLETTER_NESTED = {
    "campaign": CAMPAIGN_FIELDS,
    "send_settings": ("time_travel", "perfect_timing"),
    "send_metrics": (
        "status",
        "sent",
        "total",
        "delivered",
        "open_rate",
        "click_rate",
        "human_open_rate",
        "human_click_rate",
    ),
}


def list_element(index: int) -> dict[str, Any]:
    """One element of GET /campaigns (a list, in the client's words)."""
    cid = contact_id(index)
    return {
        "campaignId": cid,
        "name": f"list_{index}",
        "techName": f"list_{index}",
        "languageCode": "EN",
        "isDefault": "true" if index == 0 else "false",
        "createdOn": CREATED_ON,
        "href": f"{API}/campaigns/{cid}",
        "description": f"list_{index}",
    }


def newsletter_element(index: int) -> dict[str, Any]:
    """One element of GET /newsletters: nested campaign, send settings and send metrics."""
    nid = contact_id(index)
    sent = 1000 + index
    return {
        "newsletterId": nid,
        "href": f"{API}/newsletters/{nid}",
        "name": f"newsletter {index}",
        "type": "broadcast" if index % 4 else "draft",
        "status": "enabled",
        "editor": ("custom", "getresponse", "html2", "text")[index % 4],
        "subject": f"Our news, issue {index}",
        "campaign": {"campaignId": "V", "name": "my_campaign", "href": f"{API}/campaigns/V"},
        "sendOn": CHANGED_ON,
        "sendSettings": {"timeTravel": "false", "perfectTiming": "true" if index % 2 else "false"},
        "sendMetrics": {
            "status": "finished",
            "sent": str(sent),
            "total": str(sent),
            "delivered": str(sent - index % 7),
            "openRate": f"{(index % 50) / 100:.2f}",
            "clickRate": f"{(index % 20) / 100:.2f}",
            "humanOpenRate": f"{(index % 40) / 100:.2f}",
            "humanClickRate": f"{(index % 10) / 100:.2f}",
        },
        "createdOn": CREATED_ON,
        "flags": "openrate,clicktrack",
    }


def contact_details(cid: str) -> dict[str, Any]:
    """GET /contacts/{contactId}: a list element plus tags, custom fields and geolocation."""
    body = list_contact(1)
    body.update(
        contactId=cid,
        href=f"{API}/contacts/{cid}",
        tags=[{"tagId": "Xa", "name": "vip", "href": f"{API}/tags/Xa", "color": ""}],
        customFieldValues=[
            {
                "customFieldId": "n",
                "name": "city",
                "type": "text",
                "fieldType": "text",
                "valueType": "string",
                "value": ["Gdansk"],
                "values": ["Gdansk"],
            }
        ],
        geolocation={"latitude": "54.35", "longitude": "18.65", "city": "Gdansk", "countryCode": "PL"},
    )
    return body


def contact_page(page: int, per_page: int, total: int) -> list[dict[str, Any]]:
    """Page ``page`` (from 1) of a listing of ``total`` contacts; past the end it is empty, as GetResponse's is."""
    start = (page - 1) * per_page
    return [list_contact(index) for index in range(start, min(start + per_page, total))]


def page_bytes(kind: str, count: int = 1000) -> bytes:
    """A ``count``-item page of ``kind`` ("contacts", "lists" or "newsletters"), as the server would send it."""
    make = {"contacts": list_contact, "lists": list_element, "newsletters": newsletter_element}[kind]
    return json.dumps([make(index) for index in range(count)], separators=(",", ":")).encode()
