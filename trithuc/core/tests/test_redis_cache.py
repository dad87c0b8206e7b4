"""The production cache (Redis) with one client per connection pool, on a real Redis server."""

import socket
import threading

import pytest

from trithuc.core.redis_cache import RedisCache


def _redis_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
        return True
    except OSError:
        return False


pytestmark = pytest.mark.skipif(not _redis_up(), reason="không có Redis ở 127.0.0.1:6379 (CI khởi động sẵn)")


def test_one_client_serves_every_call_and_threads_share_it():
    cache = RedisCache("redis://127.0.0.1:6379/14", {"KEY_PREFIX": "trithuc-test-client"})
    cache.clear()
    client = cache.redis_client()
    assert cache.redis_client(write=True) is client
    cache.set("a", {"giá trị": 1}, 30)
    cache.set_many({"b": [1, 2], "c": "chữ"}, 30)
    assert cache.get("a") == {"giá trị": 1}
    assert cache.get_many(["a", "b", "c", "khong-co"]) == {"a": {"giá trị": 1}, "b": [1, 2], "c": "chữ"}
    seen, errors = [], []

    def work(n: int) -> None:
        try:
            for i in range(50):
                cache.set(f"t{n}", i, 30)
                assert cache.get(f"t{n}") == i
            seen.append(cache.redis_client())
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(seen) == 8 and all(c is client for c in seen)
    cache.delete("a")
    assert cache.get("a") is None
    cache.clear()
