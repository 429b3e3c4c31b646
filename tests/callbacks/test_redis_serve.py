"""Two `serve` processes behind one Redis Streams spool: one is killed, the other delivers everything."""

from __future__ import annotations

import json
import signal
import uuid
from pathlib import Path

from tests.callbacks.serve_support import Workdir, genuine, genuine_target, post_all, wait_until
from tests.callbacks.test_callback_serve import EVENTS, assert_each_handled_once_or_redelivered
from tests.callbacks.test_redis_spool import redis_url

__all__ = ["redis_url"]  # the module's redis-server fixture, used here too


def test_two_receivers_share_one_redis_spool_and_survive_a_kill(tmp_path: Path, redis_url: str) -> None:
    work = Workdir(tmp_path)
    spool = f"{redis_url}?name=test:{uuid.uuid4().hex}&visibility_timeout=1"
    first = work.start("--spool", spool, "--workers", "2")
    second = work.start("--spool", spool, "--workers", "2")
    try:
        numbers = range(EVENTS)
        answers = post_all(first.url, [(genuine_target(n), genuine(n)) for n in numbers if n % 2 == 0]) + post_all(
            second.url, [(genuine_target(n), genuine(n)) for n in numbers if n % 2 == 1]
        )
        assert [a.status for a in answers] == [200] * EVENTS
        assert len(work.lines()) < EVENTS, "the handlers were done before the kill: nothing was left queued"
        assert first.signal(signal.SIGKILL) == -signal.SIGKILL
        # The survivor takes the shared backlog and, after the visibility timeout, what the killed one held.
        try:
            wait_until(lambda: len(work.emails()) == EVENTS, 90, f"all {EVENTS} events handled by the survivor")
        except AssertionError as error:  # say where the missing events are (dead? in flight?), not only "timed out"
            counts = work.run("stats", "--spool", spool, "--json").stdout.strip()
            raise AssertionError(f"{error}; spool {counts}; the survivor's log:\n{second.log_text()}") from None
        assert second.signal(signal.SIGTERM) == 0
    finally:
        first.close()
        second.close()
    lines = assert_each_handled_once_or_redelivered(work, numbers)
    assert len(lines) <= EVENTS + 2  # at most the killed receiver's two in-flight events, each twice
    stats = work.run("stats", "--spool", spool, "--json")
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout) == {"pending": 0, "in_flight": 0, "done": EVENTS, "dead": 0}
