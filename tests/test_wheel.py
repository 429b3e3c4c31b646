"""The built wheel installs into a fresh virtualenv and makes a call there through a local transport."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import venv
import zipfile
from pathlib import Path

import pytest

from pipeline import paths

pytestmark = pytest.mark.slow

CALL_THROUGH_LOCAL_TRANSPORT = textwrap.dedent(
    """
    import json, httpx, getresponse_client
    from getresponse_client import GetResponse

    seen = []
    def answer(request):
        seen.append(request)
        return httpx.Response(200, json={"campaignId": "V", "name": "my_list", "isDefault": "true"})

    client = GetResponse(api_key="secret", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    result = client.lists.get(list_id="V")
    print(json.dumps({
        "version": getresponse_client.SPEC_VERSION,
        "type": type(result).__name__,
        "name": result.name,
        "url": str(seen[0].url),
        "auth": seen[0].headers["X-Auth-Token"],
    }))
    """
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(paths.ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("getresponse_client-*.whl")
    return built


def test_wheel_carries_the_typed_package(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "getresponse_client/py.typed" in names
    assert "getresponse_client/_spec.py" in names
    assert "getresponse_client/resources/lists.py" in names
    assert "getresponse_runtime/py.typed" in names  # the hand-written runtime ships in the same wheel, once
    assert "getresponse_runtime/transport.py" in names
    assert not [n for n in names if "/api/" in n or n.startswith("getresponse_client/_runtime/")]
    assert not [n for n in names if n.startswith(("pipeline/", "tests/", "runtime/", "generated/"))]


def test_wheel_installs_and_calls_in_a_clean_venv(wheel: Path, tmp_path: Path) -> None:
    environment = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(environment)
    python = environment / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)
    completed = subprocess.run(
        [str(python), "-c", CALL_THROUGH_LOCAL_TRANSPORT], capture_output=True, text=True, cwd=tmp_path
    )
    assert completed.returncode == 0, completed.stderr
    import json

    result = json.loads(completed.stdout)
    assert result == {
        "version": "3.2025-10-31T07:51:13+0000",
        "type": "ListDetails",
        "name": "my_list",
        "url": "https://api.getresponse.com/v3/campaigns/V",
        "auth": "api-key secret",
    }
