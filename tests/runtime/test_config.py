"""ClientConfig: resolution from arguments and the environment, headers, and every configuration error."""

from __future__ import annotations

import copy
import pickle

import httpx
import pytest

from getresponse_runtime.config import ClientConfig
from getresponse_runtime.errors import ConfigurationError, GetResponseError

KEY = "84fsne83yrths947r6sfgg7w4he8"
TOKEN = "2YotnFZFEjr1zCsicMWpAA"
NO_ENV: dict[str, str] = {}


def test_defaults_with_an_api_key() -> None:
    config = ClientConfig(api_key=KEY, env=NO_ENV)
    assert config.server == "retail"
    assert config.base_url == "https://api.getresponse.com/v3"
    assert config.timeout == httpx.Timeout(30.0)
    assert config.max_retries == 3
    assert config.max_rate_limit_wait == 60.0
    assert config.rate_limit is False
    assert config.domain is None
    assert config.time_zone is None
    headers = config.headers()
    assert headers["X-Auth-Token"] == f"api-key {KEY}"
    assert "Authorization" not in headers
    assert "X-Domain" not in headers
    assert "X-Time-Zone" not in headers
    assert headers["User-Agent"].startswith("getresponse-client ")


def test_access_token_is_sent_as_bearer() -> None:
    config = ClientConfig(access_token=TOKEN, env=NO_ENV)
    headers = config.headers()
    assert headers["Authorization"] == f"Bearer {TOKEN}"
    assert "X-Auth-Token" not in headers
    assert config.auth_scheme == "access_token"


def test_pasted_prefixes_and_surrounding_whitespace_are_tolerated() -> None:
    assert ClientConfig(api_key=f"api-key {KEY}\n", env=NO_ENV).headers()["X-Auth-Token"] == f"api-key {KEY}"
    assert ClientConfig(access_token=f"Bearer {TOKEN}", env=NO_ENV).headers()["Authorization"] == f"Bearer {TOKEN}"


@pytest.mark.parametrize(
    ("server", "url"),
    [
        ("retail", "https://api.getresponse.com/v3"),
        ("max_us", "https://api3.getresponse360.com/v3"),
        ("max_pl", "https://api3.getresponse360.pl/v3"),
    ],
)
def test_named_servers(server: str, url: str) -> None:
    config = ClientConfig(api_key=KEY, server=server, domain="example.com", env=NO_ENV)
    assert config.base_url == url
    assert config.server == server


def test_max_server_sends_the_domain_and_time_zone() -> None:
    config = ClientConfig(api_key=KEY, server="max_pl", domain="Example.COM", time_zone="Europe/Warsaw", env=NO_ENV)
    headers = config.headers()
    assert headers["X-Domain"] == "example.com"
    assert headers["X-Time-Zone"] == "Europe/Warsaw"


def test_servers_table_can_come_from_the_spec() -> None:
    servers = {"retail": "https://retail.test/v3", "max": "https://max.test/v3/"}
    config = ClientConfig(
        api_key=KEY, server="max", domain="a.example", servers=servers, servers_requiring_domain={"max"}, env=NO_ENV
    )
    assert config.base_url == "https://max.test/v3"
    with pytest.raises(ConfigurationError, match="needs the account's domain"):
        ClientConfig(api_key=KEY, server="max", servers=servers, servers_requiring_domain={"max"}, env=NO_ENV)
    with pytest.raises(ConfigurationError, match="'max_us'"):
        ClientConfig(api_key=KEY, server="max_us", servers=servers, env=NO_ENV)


def test_environment_fallback() -> None:
    env = {
        "GETRESPONSE_API_KEY": KEY,
        "GETRESPONSE_DOMAIN": "example.com",
        "GETRESPONSE_BASE_URL": "http://127.0.0.1:8080/v3/",
    }
    config = ClientConfig(env=env)
    assert config.api_key == KEY
    assert config.domain == "example.com"
    assert config.base_url == "http://127.0.0.1:8080/v3"
    assert config.server is None

    token_config = ClientConfig(env={"GETRESPONSE_ACCESS_TOKEN": TOKEN})
    assert token_config.access_token == TOKEN


def test_arguments_win_over_the_environment() -> None:
    env = {"GETRESPONSE_ACCESS_TOKEN": TOKEN, "GETRESPONSE_BASE_URL": "http://127.0.0.1:1/v3"}
    config = ClientConfig(api_key=KEY, server="retail", env=env)
    assert config.access_token is None  # an explicit credential is not "both credentials"
    assert config.base_url == "https://api.getresponse.com/v3"


def test_os_environ_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GETRESPONSE_API_KEY", KEY)
    monkeypatch.delenv("GETRESPONSE_ACCESS_TOKEN", raising=False)
    monkeypatch.delenv("GETRESPONSE_BASE_URL", raising=False)
    monkeypatch.delenv("GETRESPONSE_DOMAIN", raising=False)
    assert ClientConfig().api_key == KEY


@pytest.mark.parametrize(
    ("kwargs", "env", "message"),
    [
        ({}, {}, "no credentials"),
        ({"api_key": "   "}, {}, "api_key is empty"),
        ({"api_key": KEY, "access_token": TOKEN}, {}, "not both"),
        ({}, {"GETRESPONSE_API_KEY": KEY, "GETRESPONSE_ACCESS_TOKEN": TOKEN}, "both set"),
        ({"api_key": "two words"}, {}, "whitespace"),
        ({"api_key": KEY, "server": "max_us"}, {}, "needs the account's domain"),
        ({"api_key": KEY, "server": "max_pl"}, {}, "X-Domain"),
        ({"api_key": KEY, "base_url": "https://api3.getresponse360.com/v3"}, {}, "needs the account's domain"),
        ({"api_key": KEY, "server": "retail", "base_url": "https://x.test/v3"}, {}, "not both"),
        ({"api_key": KEY, "server": "eu"}, {}, "unknown server 'eu'; known servers: 'retail', 'max_us', 'max_pl'"),
        ({"api_key": KEY, "base_url": "ftp://x.test"}, {}, "http"),
        ({"api_key": KEY, "base_url": "api.getresponse.com/v3"}, {}, "absolute"),
        ({"api_key": KEY, "base_url": "https://x.test/v3?x=1"}, {}, "query"),
        ({"api_key": KEY, "time_zone": "Europe Warsaw"}, {}, "'Europe Warsaw'"),
        ({"api_key": KEY, "time_zone": ""}, {}, "time_zone"),
        ({"api_key": KEY, "timeout": -1}, {}, "timeout"),
        ({"api_key": KEY, "max_retries": -1}, {}, "max_retries"),
        ({"api_key": KEY, "max_rate_limit_wait": float("inf")}, {}, "max_rate_limit_wait"),
        ({"api_key": KEY, "user_agent": "a\r\nX-Evil: 1"}, {}, "user_agent"),
    ],
)
def test_configuration_errors(kwargs: dict[str, object], env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        ClientConfig(**kwargs, env=env)  # type: ignore[arg-type]
    assert message in str(caught.value)
    assert isinstance(caught.value, GetResponseError)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("domain", "hint"),
    [
        ("https://example.com", "drop the scheme"),
        ("http://example.com/", "drop the scheme"),
        ("example.com/path", "drop the path"),
        ("example.com:443", "drop the port"),
        ("example .com", "remove the whitespace"),
        (" example.com", "remove the whitespace"),
        ("localhost", "domain name"),
        ("-bad-.com", "domain name"),
    ],
)
def test_domain_must_be_bare(domain: str, hint: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        ClientConfig(api_key=KEY, server="max_us", domain=domain, env=NO_ENV)
    assert repr(domain) in str(caught.value)
    assert hint in str(caught.value)


@pytest.mark.parametrize("zone", ["UTC", "Europe/Warsaw", "America/Argentina/Buenos_Aires", "Etc/GMT+2", "EST5EDT"])
def test_time_zone_names(zone: str) -> None:
    assert ClientConfig(api_key=KEY, time_zone=zone, env=NO_ENV).headers()["X-Time-Zone"] == zone


def test_timeout_forms() -> None:
    assert ClientConfig(api_key=KEY, timeout=5, env=NO_ENV).timeout == httpx.Timeout(5.0)
    custom = httpx.Timeout(10.0, connect=2.0)
    assert ClientConfig(api_key=KEY, timeout=custom, env=NO_ENV).timeout is custom
    assert ClientConfig(api_key=KEY, timeout=None, env=NO_ENV).timeout == httpx.Timeout(None)


def test_secrets_never_appear_in_repr_or_errors() -> None:
    config = ClientConfig(api_key=KEY, env=NO_ENV)
    assert KEY not in repr(config)
    assert KEY not in str(config)
    assert "api_key" in repr(config)
    token_config = ClientConfig(access_token=TOKEN, env=NO_ENV)
    assert TOKEN not in repr(token_config)
    with pytest.raises(ConfigurationError) as caught:
        ClientConfig(api_key="secret value", env=NO_ENV)
    assert "secret" not in str(caught.value)


def test_config_is_frozen() -> None:
    config = ClientConfig(api_key=KEY, env=NO_ENV)
    with pytest.raises(AttributeError, match="immutable: cannot set 'api_key'"):
        config.api_key = "other"
    with pytest.raises(AttributeError, match="immutable: cannot delete 'domain'"):
        del config.domain
    assert config.api_key == KEY
    assert config == ClientConfig(api_key=KEY, env=NO_ENV)
    assert hash(config) == hash(ClientConfig(api_key=KEY, env=NO_ENV))
    assert config != ClientConfig(api_key=KEY, timeout=5, env=NO_ENV)
    assert config != ClientConfig(api_key="other-key", env=NO_ENV)


def test_config_copies_and_pickles() -> None:
    config = ClientConfig(api_key=KEY, domain="example.com", timeout=7, env=NO_ENV)
    assert copy.copy(config) is config and copy.deepcopy(config) is config  # immutable: the same object serves
    restored = pickle.loads(pickle.dumps(config))
    assert restored == config and restored.timeout == httpx.Timeout(7.0) and restored.deadline == 7.0
