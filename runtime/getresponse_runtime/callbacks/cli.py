"""The callback receiver's command line: serve, replay, stats (filled in by the CLI work of issue 9)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    print("usage: python -m getresponse_client.callbacks serve|replay|stats ...", file=sys.stderr)
    return 2
