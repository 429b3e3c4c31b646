"""The README's Python examples type-check under mypy --strict and run, against a loopback GetResponse.

The server answers every operation of the client's operation table in the shape its method returns (an object, a
page of one item, nothing), so each example runs as a user would run it, only with GETRESPONSE_BASE_URL pointing
here. A program that forgets a required body field is rejected by mypy, as the README promises.
"""

from __future__ import annotations

import inspect
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline import paths
from pipeline.cassettes.calls import operation_table, resource_method
from tests.runtime._support import LoopbackServer, Reply, Seen

BLOCK = re.compile(r"```python\n(.*?)```", re.S)
OBJECT = {
    "contactId": "pV3r",
    "tagId": "T1",
    "campaignId": "V",
    "name": "vip",
    "email": "jane@example.com",
    "url": "https://example.com/hook",
    "createdOn": "2026-11-30T10:00:00+0000",  # what iter_consistent() orders by
}
NOT_FOUND = {"httpStatus": 404, "code": 1013, "codeDescription": "Resource not found", "message": "no contact"}


def readme_blocks() -> list[str]:
    return BLOCK.findall((paths.ROOT / "README.md").read_text())


def answer_shapes() -> list[tuple[str, re.Pattern[str], str]]:
    """(HTTP method, path pattern, what the method returns) for every operation of the client."""
    shapes = []
    for info in operation_table().values():
        returns = str(inspect.signature(resource_method(info)).return_annotation)
        pattern = re.compile("/v3" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(info.path)) + "$")
        shapes.append((info.method, pattern, returns))
    return shapes


@pytest.fixture(scope="module")
def getresponse() -> Iterator[LoopbackServer]:
    shapes = answer_shapes()

    def handler(seen: Seen) -> Reply:
        if seen.path.endswith("/nope"):
            return Reply(404, NOT_FOUND)
        if seen.path == "/v3/token":  # the OAuth examples' token endpoint
            return Reply(200, {"access_token": "readme-token", "refresh_token": "readme-refresh", "expires_in": 3600})
        for method, pattern, returns in shapes:
            if method == seen.method and pattern.match(seen.path):
                if returns == "None":
                    return Reply(204, b"")
                if returns.startswith(("Page[", "builtins.list[")):
                    return Reply(200, [OBJECT], {"TotalCount": "1", "TotalPages": "1", "CurrentPage": "1"})
                return Reply(200, OBJECT)
        return Reply(404, NOT_FOUND)

    server = LoopbackServer()
    server.handler = handler
    server.start()
    yield server
    server.stop()


def test_the_readme_has_examples_of_each_call_style() -> None:
    text = "\n".join(readme_blocks())
    for style in (
        'client.tags.create(name="vip")',  # body fields as keywords
        "client.lists.get_contacts(",  # list naming
        "query_list_id=",
        "tag.tag_id.upper()",  # ids typed str
        "timeout=5, extra_headers=",  # per-call options
        "with_options(",
        "async for contact in client.contacts.list(",  # async paging without await
        "with_raw_response",
    ):
        assert style in text, style


@pytest.mark.parametrize("number", range(len(readme_blocks())))
def test_readme_example_runs(number: int, getresponse: LoopbackServer, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "GETRESPONSE_BASE_URL": f"{getresponse.url}/v3",
        "GETRESPONSE_API_KEY": "readme-key",
        "PYTHONPATH": str(paths.ROOT),
    }
    env.pop("GETRESPONSE_ACCESS_TOKEN", None)
    script = tmp_path / f"readme_{number}.py"
    script.write_text(readme_blocks()[number])
    completed = subprocess.run(  # in tmp_path: an example may write a file (the OAuth one stores its token)
        [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=60, cwd=tmp_path
    )
    assert completed.returncode == 0, completed.stderr[-3000:]


def mypy(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", f"--cache-dir={paths.BUILD / 'mypy-cache'}", str(folder)],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
    )


def test_readme_examples_type_check_strictly(tmp_path: Path) -> None:
    for number, block in enumerate(readme_blocks()):
        (tmp_path / f"readme_{number}.py").write_text(block)
    completed = mypy(tmp_path)
    assert completed.returncode == 0, completed.stdout[-4000:]


def test_a_wrong_body_is_a_type_error(tmp_path: Path) -> None:
    """A missing required field, a wrong type, a misspelt key of a nested dict, a read-only field."""
    (tmp_path / "forgot_email.py").write_text(
        "from getresponse_client import GetResponse\n"
        "client = GetResponse(api_key='k')\n"
        "client.contacts.create(campaign={'campaignId': 'V'})\n"
        "client.contacts.create()\n"
        "client.tags.create(name=1)\n"
        "client.contacts.create(email='a@example.com', campaign={'campaignID': 'V'})\n"
        "client.contacts.create(email='a@example.com', campaign={'campaignId': 'V'}, contact_id='x')\n"
    )
    completed = mypy(tmp_path)
    assert completed.returncode == 1
    errors = [line for line in completed.stdout.splitlines() if ": error:" in line]
    assert sorted({line.split(":")[1] for line in errors}) == ["3", "4", "5", "6", "7"], completed.stdout
    assert all(line.endswith("[call-overload]") and '"create"' in line for line in errors), completed.stdout
