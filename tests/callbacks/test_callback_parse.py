"""parse(): every action from every encoding, unknown parameters kept, each malformed input its typed error."""

from __future__ import annotations

import json
import sys
import threading
from typing import Any
from urllib.parse import quote, urlencode

import pytest

from getresponse_client.callbacks import (
    MAX_PAYLOAD_BYTES,
    CallbackError,
    ClickEvent,
    ConflictingParameter,
    ContactOrigin,
    MalformedPayload,
    MissingParameter,
    OpenEvent,
    PayloadTooLarge,
    SubscribeEvent,
    UnknownAction,
    UnsupportedContentType,
    parse,
    to_parameters,
)
from getresponse_runtime.callbacks._parser import Payload
from tests.callbacks.callback_samples import ACTIONS, COMMON, EVENT_CLASSES, sample

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


def encodings(parameters: dict[str, str]) -> dict[str, tuple[Payload, str | None]]:
    """The same parameters as each accepted payload: (payload, content type)."""
    query = urlencode(parameters)
    return {
        "query string": (query, None),
        "query string with ?": ("?" + urlencode(parameters, quote_via=quote), None),
        "form body": (query.encode(), FORM),
        "form body, charset named": (query.encode(), FORM + "; charset=UTF-8"),
        "JSON body": (json.dumps(parameters).encode(), JSON),
        "JSON body, no content type": (json.dumps(parameters, ensure_ascii=False).encode(), None),
        "JSON text": (json.dumps(parameters), "application/json; charset=utf-8"),
        "decoded JSON object": (parameters, None),
    }


CASES = [(action, name) for action in ACTIONS for name in encodings(sample(action))]


@pytest.mark.parametrize(("action", "encoding"), CASES)
def test_every_action_parses_from_every_encoding(action: str, encoding: str) -> None:
    payload, content_type = encodings(sample(action))[encoding]
    event = parse(payload, content_type)
    assert type(event) is EVENT_CLASSES[action]
    assert event.action == action
    assert event.account_id == "A1"
    assert event.campaign_id == "C1"
    assert event.contact_id == "K1"
    assert event.contact_email == COMMON["contact_email"]
    assert event.contact_name == COMMON["contact_name"]
    assert event.extra == {}
    assert to_parameters(event) == sample(action)


def test_attributes_are_snake_case_of_the_wire_names() -> None:
    event = parse(urlencode(sample("click")))
    assert isinstance(event, ClickEvent)
    assert (event.message_id, event.link_id, event.link_url) == ("M1", "L1", "https://example.com/offer?a=1&b=two#top")


def test_the_documented_example_parses() -> None:
    event = parse(
        "action=open&ACCOUNT_ID=A1&account_login=myaccount&CAMPAIGN_ID=C1&campaign_name=mycampaign&MESSAGE_ID=M1"
        "&message_name=My%20message&message_subject=Some%20subject&CONTACT_ID=C1&contact_name=Friend"
        "&contact_email=friend@example.com"
    )
    assert isinstance(event, OpenEvent)
    assert (event.message_name, event.message_subject, event.contact_name) == ("My message", "Some subject", "Friend")


def test_unknown_parameters_are_kept_by_their_wire_name() -> None:
    parameters = {
        **sample("survey"),
        "question_1": "Yes",
        "token": "s3cr3t",
        "account_id": "lower case is another name",
    }
    event = parse(urlencode(parameters))
    assert event.extra == {"question_1": "Yes", "token": "s3cr3t", "account_id": "lower case is another name"}
    assert to_parameters(event) == parameters


def test_a_parameter_of_another_action_is_kept_as_extra() -> None:
    event = parse({**sample("subscribe"), "MESSAGE_ID": "M9"})
    assert event.extra == {"MESSAGE_ID": "M9"}


def test_optional_parameters_may_be_absent() -> None:
    parameters = sample("subscribe")
    del parameters["contact_name"], parameters["contact_ip"]
    event = parse(parameters)
    assert isinstance(event, SubscribeEvent)
    assert (event.contact_name, event.contact_ip) == (None, None)


def test_documented_contact_origin_becomes_an_enum_member() -> None:
    event = parse({**sample("subscribe"), "contact_origin": "import"})
    assert isinstance(event, SubscribeEvent)
    assert event.contact_origin is ContactOrigin.IMPORT


def test_undocumented_contact_origin_keeps_the_event_and_the_raw_value() -> None:
    event = parse({**sample("subscribe"), "contact_origin": "zapier"})
    assert isinstance(event, SubscribeEvent)
    assert event.contact_origin == "zapier"
    assert not isinstance(event.contact_origin, ContactOrigin)


def test_json_numbers_and_booleans_keep_their_json_text_and_null_is_absent() -> None:
    body = json.dumps({**sample("open"), "contact_name": None}).replace('"A1"', "1200").replace('"M1"', "1.50")
    event = parse(body + " \n", JSON)
    assert isinstance(event, OpenEvent)
    assert (event.account_id, event.message_id, event.contact_name) == ("1200", "1.50", None)
    assert parse({**sample("open"), "flag": True}).extra == {"flag": "true"}


def test_form_body_in_another_named_charset() -> None:
    body = urlencode(sample("open"), encoding="iso-8859-2").encode("ascii")
    event = parse(body, "application/x-www-form-urlencoded; charset=ISO-8859-2")
    assert event.contact_name == COMMON["contact_name"]


def test_plus_is_a_space_and_a_name_without_value_is_empty() -> None:
    event = parse(urlencode(sample("unsubscribe")) + "&flag&&note=a+b%2Bc")
    assert event.extra == {"flag": "", "note": "a b+c"}


def test_a_repeated_parameter_with_the_same_value_is_accepted() -> None:
    event = parse(urlencode(sample("unsubscribe")) + "&ACCOUNT_ID=A1")
    assert event.account_id == "A1"


def test_json_byte_order_mark_is_accepted() -> None:
    assert parse(b"\xef\xbb\xbf" + json.dumps(sample("goal")).encode()).action == "goal"


def test_size_limit_is_the_documented_default_and_adjustable() -> None:
    padding = "&pad=" + "x" * (MAX_PAYLOAD_BYTES - len(urlencode(sample("open"))) - 5)
    payload = urlencode(sample("open")) + padding
    assert len(payload) == MAX_PAYLOAD_BYTES
    assert parse(payload).action == "open"
    with pytest.raises(PayloadTooLarge, match="65536 bytes"):
        parse(payload + "x")
    with pytest.raises(PayloadTooLarge):
        parse(urlencode(sample("open")).encode(), max_bytes=100)


def test_size_counts_utf8_bytes_of_text() -> None:
    payload = urlencode(sample("open")) + "&note=" + "é" * 40_000  # 40 000 characters, 80 000 bytes
    with pytest.raises(PayloadTooLarge):
        parse(payload)


def valid_query(action: str = "open") -> str:
    return urlencode(sample(action))


MALFORMED: list[tuple[str, Payload, str | None, type[CallbackError], str]] = [
    ("empty payload", "", None, MissingParameter, "action"),
    ("no action", urlencode(COMMON), None, MissingParameter, "action"),
    ("unknown action", valid_query().replace("action=open", "action=bounce"), None, UnknownAction, "'bounce'"),
    ("action is case-sensitive", valid_query().replace("action=open", "action=Open"), None, UnknownAction, "Open"),
    ("required parameter missing", valid_query().replace("MESSAGE_ID=M1&", ""), None, MissingParameter, "MESSAGE_ID"),
    (
        "parameter name is case-sensitive",
        valid_query().replace("ACCOUNT_ID", "account_id"),
        None,
        MissingParameter,
        "ACCOUNT_ID",
    ),
    ("survey without common parameters", "action=survey", None, MissingParameter, "contact_email"),
    ("percent not followed by hex", valid_query() + "&x=%zz", None, MalformedPayload, "percent-encoding"),
    ("truncated percent escape", valid_query() + "&x=%4", None, MalformedPayload, "percent-encoding"),
    ("bad escape in a name", valid_query() + "&%G1=x", None, MalformedPayload, "percent-encoding"),
    ("escape of invalid UTF-8", valid_query() + "&x=%ff%fe", None, MalformedPayload, "utf-8"),
    ("raw invalid UTF-8 bytes", valid_query().encode() + b"&x=\xc3\x28", FORM, MalformedPayload, "utf-8"),
    ("lone surrogate in text", valid_query() + "&x=\ud800", None, MalformedPayload, "Unicode"),
    ("lone surrogate in JSON", json.dumps({**sample("open"), "x": "\ud800"}), JSON, MalformedPayload, "Unicode"),
    ("conflicting repeated parameter", valid_query() + "&ACCOUNT_ID=A2", None, ConflictingParameter, "ACCOUNT_ID"),
    ("invalid JSON", b'{"action": "open",', JSON, MalformedPayload, "invalid JSON"),
    ("sniffed invalid JSON", b"{action=open}", None, MalformedPayload, "invalid JSON"),
    ("form sent as JSON", valid_query().encode(), JSON, MalformedPayload, "invalid JSON"),
    ("JSON array", b'[{"action": "open"}]', None, MalformedPayload, "array"),
    ("JSON string", b'"action=open"', JSON, MalformedPayload, "expected an object"),
    ("JSON null", b"null", JSON, MalformedPayload, "expected an object"),
    ("JSON nested value", json.dumps({**sample("open"), "x": {"y": 1}}), JSON, MalformedPayload, "'x' is an object"),
    ("JSON list value", json.dumps({**sample("open"), "x": [1]}), JSON, MalformedPayload, "'x' is an array"),
    ("JSON NaN", json.dumps(sample("open"))[:-1] + ', "x": NaN}', JSON, MalformedPayload, "NaN"),
    ("JSON duplicate key", b'{"action": "open", "action": "click"}', JSON, ConflictingParameter, "action"),
    ("JSON nesting too deep", b"[" * 50_000, JSON, MalformedPayload, "JSON"),
    ("JSON in invalid UTF-8", b'{"action": "\xff"}', JSON, MalformedPayload, "utf-8"),
    ("multipart body", b"--x\r\n", "multipart/form-data; boundary=x", UnsupportedContentType, "multipart/form-data"),
    ("unknown charset", valid_query().encode(), FORM + "; charset=no-such-charset", MalformedPayload, "charset"),
    (
        "charset that is not a text encoding",
        valid_query() + "&x=%41",
        FORM + "; charset=base64",
        MalformedPayload,
        "base64",
    ),
    ("oversized bytes", b"a" * (MAX_PAYLOAD_BYTES + 1), FORM, PayloadTooLarge, "limit"),
    ("non-string name in a mapping", {1: "x", **sample("open")}, None, MalformedPayload, "not a string"),  # type: ignore[dict-item]
    ("non-finite number in a mapping", {**sample("open"), "x": float("inf")}, None, MalformedPayload, "'x'"),
]


@pytest.mark.parametrize(
    ("payload", "content_type", "error", "named"),
    [case[1:] for case in MALFORMED],
    ids=[case[0] for case in MALFORMED],
)
def test_malformed_input_raises_its_typed_error(
    payload: Payload, content_type: str | None, error: type[CallbackError], named: str
) -> None:
    with pytest.raises(error) as raised:
        parse(payload, content_type)
    assert named in str(raised.value)
    assert isinstance(raised.value, ValueError)  # callers catching ValueError see them too


def test_errors_carry_what_they_name() -> None:
    with pytest.raises(MissingParameter) as missing:
        parse("action=goal&ACCOUNT_ID=A1")
    assert missing.value.action == "goal"
    assert missing.value.names[:2] == ("account_login", "CAMPAIGN_ID")
    assert "GOAL_ID" in missing.value.names
    with pytest.raises(UnknownAction) as unknown:
        parse("action=" + "x" * 5000)
    assert unknown.value.action == "x" * 5000
    assert len(str(unknown.value)) < 100  # a reason quotes an excerpt, not the whole payload
    with pytest.raises(ConflictingParameter) as conflicting:
        parse("a=1&a=2")
    assert conflicting.value.name == "a"


def test_a_payload_of_another_type_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        parse(12)  # type: ignore[arg-type]


def test_event_classes_are_found_once_whatever_else_is_loaded() -> None:
    """A subclass of a generated event does not replace it; a flood of unknown actions does not rescan."""
    import dataclasses

    from getresponse_client.callbacks import OpenEvent, UnknownAction, parse
    from getresponse_runtime.callbacks import _parser
    from getresponse_runtime.callbacks._base import event_models

    @dataclasses.dataclass(frozen=True, kw_only=True)
    class MyOpen(OpenEvent):
        pass

    query = (
        "action=open&ACCOUNT_ID=A1&account_login=me&CAMPAIGN_ID=C1&campaign_name=news&MESSAGE_ID=M1"
        "&message_name=Hello&message_subject=Hi&CONTACT_ID=K1&contact_email=a@example.com"
    )
    assert type(parse(query)) is OpenEvent
    scans: list[int] = []

    def counting() -> dict[str, type[Any]]:
        scans.append(1)
        return event_models()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_parser, "event_models", counting)
        for number in range(50):
            with pytest.raises(UnknownAction):
                parse(f"action=bogus{number}")
    assert len(scans) <= 1


def test_threads_parsing_their_first_events_at_once_all_find_the_action() -> None:
    """The spool's worker threads parse the first events of a fresh process together: none may call a known action
    unknown (the worker would keep that event as dead, never handled)."""
    from getresponse_runtime.callbacks import _parser

    threads, failures = 4, list[UnknownAction]()

    def parse_first(barrier: threading.Barrier, action: str) -> None:
        barrier.wait()
        try:
            parse(urlencode(sample(action)))
        except UnknownAction as error:
            failures.append(error)

    saved_models, saved_scanned, saved_interval = dict(_parser._MODELS), _parser._SCANNED[0], sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads switch inside the registry's look, as on a loaded machine
    try:
        for _ in range(20):
            _parser._MODELS.clear()  # the registry of a process that has parsed nothing yet
            _parser._SCANNED[0] = 0
            barrier = threading.Barrier(threads)
            started = [
                threading.Thread(target=parse_first, args=(barrier, ACTIONS[n % len(ACTIONS)])) for n in range(threads)
            ]
            for thread in started:
                thread.start()
            for thread in started:
                thread.join()
    finally:
        sys.setswitchinterval(saved_interval)
        _parser._MODELS.clear()
        _parser._MODELS.update(saved_models)
        _parser._SCANNED[0] = saved_scanned
    assert failures == []
