"""examples/callbacks_setup.py runs as the README shows, against a server that keeps the callback setup."""

from __future__ import annotations

import importlib.util
import json
from types import ModuleType

import httpx

from getresponse_client import GetResponse
from pipeline.paths import ROOT


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("callbacks_setup", ROOT / "examples" / "callbacks_setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_enable_read_and_disable_callbacks() -> None:
    state: dict[str, object] = {}

    def account_callbacks(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/v3/accounts/callbacks"
        if request.method == "POST":
            state.update(json.loads(request.content))
        elif request.method == "DELETE":
            state.clear()
            return httpx.Response(204)
        return httpx.Response(200, json=state or {"url": None, "actions": {}})

    example = load_example()

    def client() -> GetResponse:
        http = httpx.Client(transport=httpx.MockTransport(account_callbacks))
        return GetResponse(api_key="k", http_client=http)

    assert example.main(["https://example.com/hook"], client()) == (
        "callbacks go to https://example.com/hook: open, click, subscribe, unsubscribe, survey, goal"
    )
    assert state["actions"] == {
        "open": True,
        "click": True,
        "subscribe": True,
        "unsubscribe": True,
        "survey": True,
        "goal": True,
    }
    assert example.main(["--disable"], client()) == "callbacks disabled"
    assert state == {}
    assert example.main([], client()) == "callbacks go to None: no actions"
