"""The wrong-password limiter on a fake clock: tries, times, and whether each is allowed or locked."""

from __future__ import annotations

import pickle
import threading

import pytest

from geo.ratelimit import Failure, Limiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def limiter(clock: Clock, **kwargs) -> Limiter:
    options = dict(max_tries=5, window=300, lockout=30, max_lockout=120, forget=600)
    options.update(kwargs)
    return Limiter(clock=clock, **options)


# (seconds since start, action, expected): "fail" expects (count, locked_for) and "wait" the seconds
# left; "reset" is a right password. One key throughout.
CASES = {
    "four wrong tries are allowed": [
        *[(t, "fail", (n, 0)) for n, t in enumerate((0, 1, 2, 3), start=1)],
        (4, "wait", 0),
    ],
    "the fifth locks for 30 s": [
        *[(t, "fail", (n, 0)) for n, t in enumerate((0, 1, 2, 3), start=1)],
        (4, "fail", (5, 30)),
        (4, "wait", 30),
        (20, "wait", 14),
        (34, "wait", 0),
    ],
    "tries while locked do not count": [
        *[(0, "fail", (n, 0)) for n in range(1, 5)],
        (0, "fail", (5, 30)),
        (10, "fail", (0, 0)),
        (10, "wait", 20),
        (30, "fail", (1, 0)),  # the lock-out is over: a fresh count
    ],
    "tries older than the window drop out": [
        *[(t, "fail", (n, 0)) for n, t in enumerate((0, 100, 200, 250), start=1)],
        (301, "fail", (4, 0)),  # the try at 0 is gone
        (302, "fail", (5, 30)),
    ],
    "each lock-out doubles, up to the cap": [
        *[(0, "fail", (n, 0)) for n in range(1, 5)],
        (0, "fail", (5, 30)),
        *[(30, "fail", (n, 0)) for n in range(1, 5)],
        (30, "fail", (5, 60)),
        *[(90, "fail", (n, 0)) for n in range(1, 5)],
        (90, "fail", (5, 120)),
        *[(210, "fail", (n, 0)) for n in range(1, 5)],
        (210, "fail", (5, 120)),  # capped
        (329, "wait", 1),
    ],
    "a right password starts afresh": [
        *[(0, "fail", (n, 0)) for n in range(1, 5)],
        (0, "fail", (5, 30)),
        (40, "reset", None),
        *[(40, "fail", (n, 0)) for n in range(1, 5)],
        (40, "fail", (5, 30)),  # 30 s again, not 60
    ],
    "forgotten after a quiet spell": [
        *[(0, "fail", (n, 0)) for n in range(1, 5)],
        (0, "fail", (5, 30)),
        *[(600, "fail", (n, 0)) for n in range(1, 5)],  # 600 s after the last wrong try
        (600, "fail", (5, 30)),
    ],
}


@pytest.mark.parametrize("steps", CASES.values(), ids=CASES.keys())
def test_limiter_table(steps):
    clock = Clock()
    start = clock.now
    limit = limiter(clock)
    for at, action, expected in steps:
        clock.now = start + at
        if action == "fail":
            count, locked_for = expected
            assert limit.fail("10.0.0.1") == Failure(count, locked_for), (at, action)
        elif action == "wait":
            assert limit.wait("10.0.0.1") == pytest.approx(expected), (at, action)
        else:
            limit.reset("10.0.0.1")


def test_keys_are_separate():
    clock = Clock()
    limit = limiter(clock)
    for _ in range(5):
        limit.fail("a")
    assert limit.wait("a") == 30
    assert limit.wait("b") == 0 and limit.fail("b") == Failure(1)


def test_a_flood_of_addresses_is_bounded_and_still_limited():
    clock = Clock()
    limit = limiter(clock, max_keys=100)
    for i in range(10_000):
        limit.fail(f"10.0.{i // 256}.{i % 256}")
    assert len(limit) == 100
    assert limit.wait("192.0.2.1") > 0, "the overflow bucket is locked: new addresses share it"
    assert limit.wait("10.0.0.0") == 0, "a tracked address keeps its own bucket"
    clock.now += 600  # all forgotten
    assert limit.wait("192.0.2.1") == 0
    limit.fail("192.0.2.1")
    assert len(limit) == 1


def test_old_entries_expire_as_new_ones_come():
    clock = Clock()
    limit = limiter(clock)
    for i in range(50):
        limit.fail(i)
        clock.now += 20
    assert len(limit) == 30  # the last wrong tries of the last 600 s


def test_thread_safe_count():
    limit = Limiter(max_tries=10_000, window=300, lockout=30, max_lockout=60, forget=600)
    threads = [threading.Thread(target=lambda: [limit.fail("k") for _ in range(500)]) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert limit.fail("k").count == 4001


def test_picklable():
    limit = Limiter()
    limit.fail("k")
    copy = pickle.loads(pickle.dumps(limit))
    assert copy.fail("k").count == 2


@pytest.mark.parametrize(
    "kwargs",
    [{"max_tries": 0}, {"lockout": 0}, {"lockout": 200, "max_lockout": 100}, {"forget": 10}, {"max_keys": 0}],
)
def test_bad_settings_are_refused(kwargs):
    with pytest.raises(ValueError):
        Limiter(**kwargs)
