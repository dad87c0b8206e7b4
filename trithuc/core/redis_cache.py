"""Django's Redis cache, keeping one client per connection pool instead of building one per call.

Django's client makes a new `redis.Redis` on every get and set; building one fills its table of ~170 response
callbacks, which cost more CPU than the round trip to Redis. A `redis.Redis` on a connection pool is safe to
share between threads (each command takes a connection from the pool), so one per pool is enough.
"""

from typing import Any

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        base: Any = self  # django-stubs leave the client's private parts out
        pool = base._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients.setdefault(id(pool), base._client(connection_pool=pool))
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server: Any, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = RedisCacheClient

    def redis_client(self, *, write: bool = False) -> Any:
        """The shared `redis.Redis` for reads or writes (one per pool, whatever the thread)."""
        return self._cache.get_client(write=write)
