"""python -m getresponse_client.callbacks serve | replay | stats (see getresponse_runtime.callbacks.cli)."""

import sys

from getresponse_runtime.callbacks.cli import main

import getresponse_client.callbacks  # noqa: F401  (loads the event classes the receiver parses into)

if __name__ == "__main__":
    sys.exit(main())
