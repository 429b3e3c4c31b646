"""One documented event per action, as wire parameters (shared by the callback tests)."""

from __future__ import annotations

from getresponse_client.callbacks import (
    CallbackEvent,
    ClickEvent,
    GoalEvent,
    OpenEvent,
    SubscribeEvent,
    SurveyEvent,
    UnsubscribeEvent,
)

COMMON = {
    "ACCOUNT_ID": "A1",
    "account_login": "myaccount",
    "CAMPAIGN_ID": "C1",
    "campaign_name": "mycampaign",
    "CONTACT_ID": "K1",
    "contact_email": "friend+news@example.com",
    "contact_name": "Zoë Łukasiewicz & Co = 100%",
}

PER_ACTION: dict[str, dict[str, str]] = {
    "subscribe": {"contact_origin": "api", "contact_ip": "203.0.113.7"},
    "unsubscribe": {},
    "open": {"MESSAGE_ID": "M1", "message_name": "My message", "message_subject": "Some subject"},
    "click": {
        "MESSAGE_ID": "M1",
        "message_name": "My message",
        "message_subject": "Some subject",
        "LINK_ID": "L1",
        "link_url": "https://example.com/offer?a=1&b=two#top",
    },
    "goal": {
        "GOAL_ID": "G1",
        "goal_profile": "shop",
        "goal_domain": "example.com",
        "goal_name": "Checkout",
        "goal_url": "https://example.com/thanks",
    },
    "survey": {},
}

EVENT_CLASSES: dict[str, type[CallbackEvent]] = {
    "subscribe": SubscribeEvent,
    "unsubscribe": UnsubscribeEvent,
    "open": OpenEvent,
    "click": ClickEvent,
    "goal": GoalEvent,
    "survey": SurveyEvent,
}

ACTIONS = tuple(PER_ACTION)


def sample(action: str) -> dict[str, str]:
    """The wire parameters of a complete `action` event."""
    return {"action": action, **COMMON, **PER_ACTION[action]}
