"""Facts of the OpenAPI document this package was generated from (written by the pipeline)."""

SPEC_VERSION = "3.2025-10-31T07:51:13+0000"
CLIENT_VERSION = "0.4.0"  # from pyproject.toml, without asking importlib.metadata
SPEC_SHA256 = "b328f5d9a132a4ddaa60c5ac487edc097cdd70b200ea154a9560abaa5af563d0"

# Hosts from the spec's servers; MAX hosts need the X-Domain header (a bare domain).
SERVERS: dict[str, str] = {
    "retail": "https://api.getresponse.com/v3",
    "max_us": "https://api3.getresponse360.com/v3",
    "max_pl": "https://api3.getresponse360.pl/v3",
}
SERVERS_REQUIRING_DOMAIN: frozenset[str] = frozenset(["max_us", "max_pl"])
DOMAIN_HEADER = "X-Domain"
