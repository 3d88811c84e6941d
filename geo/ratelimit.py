"""A limit on wrong tries (editor passwords): a few in a window, then a lock-out that doubles with each
one, up to a cap. Pure (no Streamlit), thread-safe (app sessions run on different threads), bounded in
memory, and its clock is injectable so that tests need not sleep.

Each key (a client address, or one browser session) has a bucket: the times of its recent wrong tries,
how many lock-outs it has had and until when it is locked. A bucket is forgotten ``forget`` seconds after
its last wrong try (lock-outs then start short again). At most ``max_keys`` buckets are kept; while that
many keys have recent wrong tries, any other key shares one overflow bucket, so a flood of distinct
addresses neither grows memory nor escapes the limit.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field


@dataclass
class _Bucket:
    tries: list[float] = field(default_factory=list)  # times of the wrong tries in the window
    lockouts: int = 0  # lock-outs so far: the next one lasts twice as long
    locked_until: float = float("-inf")
    last: float = float("-inf")  # the last wrong try


@dataclass(frozen=True)
class Failure:
    """What one wrong try did: ``count`` wrong tries in the window (this one included) and, when it
    started a lock-out, its length in seconds (``locked_for``; 0 when it did not)."""

    count: int
    locked_for: float = 0.0


class Limiter:
    """``max_tries`` wrong tries within ``window`` seconds lock a key out for ``lockout`` seconds, then
    twice that at the next lock-out, and so on up to ``max_lockout``.

    Callers ask :meth:`wait` before checking a password (0 means it may be checked), report a wrong one
    with :meth:`fail` and a right one with :meth:`reset`. A wrong try reported while the key is locked
    is not counted (callers refuse those without checking the password).
    """

    def __init__(
        self,
        max_tries: int = 5,
        window: float = 300.0,
        lockout: float = 30.0,
        max_lockout: float = 900.0,
        forget: float = 3600.0,
        max_keys: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ):
        if max_tries < 1 or max_keys < 1:
            raise ValueError("max_tries and max_keys must be at least 1")
        if not 0 < lockout <= max_lockout:
            raise ValueError("need 0 < lockout <= max_lockout")
        if forget < max(window, max_lockout):
            raise ValueError("forget must be at least the window and the longest lock-out")
        self.max_tries = max_tries
        self.window = float(window)
        self.lockout = float(lockout)
        self.max_lockout = float(max_lockout)
        self.forget = float(forget)
        self.max_keys = max_keys
        self.clock = clock
        self._buckets: OrderedDict[Hashable, _Bucket] = OrderedDict()  # oldest last wrong try first
        self._overflow = _Bucket()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        with self._lock:
            return len(self._buckets)

    def wait(self, key: Hashable) -> float:
        """Seconds until ``key`` may try again: 0.0 when it may try now."""
        with self._lock:
            now = self.clock()
            self._expire(now)
            bucket = self._find(key)
            return 0.0 if bucket is None else max(0.0, bucket.locked_until - now)

    def fail(self, key: Hashable) -> Failure:
        """Count a wrong try of ``key``; the fifth (``max_tries``-th) in the window locks it out."""
        with self._lock:
            now = self.clock()
            self._expire(now)
            bucket = self._find(key)
            if bucket is None:
                bucket = self._buckets[key] = _Bucket()
            if now < bucket.locked_until:  # refused unchecked: not a try
                return Failure(len(bucket.tries))
            if key in self._buckets:
                self._buckets.move_to_end(key)  # kept in order of the last wrong try
            bucket.last = now
            bucket.tries = [t for t in bucket.tries if t > now - self.window]
            bucket.tries.append(now)
            count = len(bucket.tries)
            if count < self.max_tries:
                return Failure(count)
            bucket.lockouts += 1
            length = min(self.lockout * 2 ** min(bucket.lockouts - 1, 60), self.max_lockout)
            bucket.locked_until = now + length
            bucket.tries.clear()
            return Failure(count, length)

    def reset(self, key: Hashable) -> None:
        """A right password: forget ``key``'s wrong tries and lock-outs."""
        with self._lock:
            self._buckets.pop(key, None)

    def _find(self, key: Hashable) -> _Bucket | None:
        bucket = self._buckets.get(key)
        if bucket is None and len(self._buckets) >= self.max_keys:
            return self._overflow
        return bucket

    def _expire(self, now: float) -> None:
        """Drop the buckets whose last wrong try is ``forget`` seconds old (never a locked one, since
        ``forget`` is at least the longest lock-out); they are in order of their last wrong try."""
        while self._buckets:
            key, bucket = next(iter(self._buckets.items()))
            if bucket.last + self.forget > now:
                break
            del self._buckets[key]
        if self._overflow.tries or self._overflow.lockouts:
            if self._overflow.last + self.forget <= now:
                self._overflow = _Bucket()

    # Picklable (a session may hold one, and Streamlit can be told to pickle session state).
    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()
