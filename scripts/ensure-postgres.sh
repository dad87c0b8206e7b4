#!/usr/bin/env bash
# Make sure PostgreSQL answers on 127.0.0.1:5432. Exit 0 when it does, 77 to mean "skip" (no server here,
# outside CI), 1 when CI=true and it cannot be had: CI must never pass without the PostgreSQL run.
set -u
ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null || (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }
if ready; then exit 0; fi
if [ -d /etc/postgresql ] && command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "PostgreSQL chưa chạy: khởi động cụm cục bộ..."
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  for _ in $(seq 1 30); do ready && exit 0; sleep 1; done
fi
if [ "${CI:-}" = "true" ]; then
  echo "LỖI: CI=true nhưng không có PostgreSQL trên 127.0.0.1:5432." >&2
  exit 1
fi
exit 77
