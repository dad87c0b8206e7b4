"""registry_import / registry_stats: the registry import and the leader statistics on a dedicated PostgreSQL.

1. Creates `trithuc_bench_registry` on the local PostgreSQL (dropped at the end), migrates it, seeds agencies.
2. Writes one generated 100,000-row .xlsx (openpyxl, the demo generator with a fixed seed).
3. Imports it three ways into empty tables: ours (validation, code matching, duplicate detection, COPY, cube
   rebuild; run in a child process so its peak RSS is measured), django-import-export (ModelResource,
   use_bulk=True) and the floor (python-calamine read + COPY of the raw cells, no validation); then what
   PostgreSQL alone spends writing those rows into our schema (`# registry_write_floor:`).
4. Grows the registry to 1,000,000 people (INSERT … SELECT from the imported rows, birth years shifted), rebuilds
   the cube and times every statistics query (totals and filtered: one place, one field, one workplace,
   young female minority).
Set REGISTRY_BENCH_ROWS / REGISTRY_BENCH_TOTAL to scale down (the figures line says what was run).
"""

import datetime as dt
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
DB_NAME = os.environ.get("REGISTRY_BENCH_DB", "trithuc_bench_registry")
DB_URL = f"postgres://postgres@127.0.0.1:5432/{DB_NAME}"
ROWS = int(os.environ.get("REGISTRY_BENCH_ROWS", "100000"))
TOTAL = int(os.environ.get("REGISTRY_BENCH_TOTAL", "1000000"))
IE_ROWS = int(os.environ.get("REGISTRY_BENCH_IE_ROWS", str(ROWS)))
# A second, larger file imported by our code alone, for the growth of its peak memory (0 to skip).
PEAK_ROWS = int(os.environ.get("REGISTRY_BENCH_PEAK_ROWS", "300000"))
# The machine is shared: the floor and our import are each run this many times and the best kept (the much
# longer django-import-export run once), so one busy moment does not decide a ratio.
REPEAT = max(1, int(os.environ.get("REGISTRY_BENCH_REPEAT", "2")))
TMP = Path(tempfile.mkdtemp(prefix="trithuc-bench-registry-"))
HEADERS = [
    "Họ và tên",
    "Năm sinh",
    "Giới tính",
    "Dân tộc",
    "Trình độ",
    "Năm nhận bằng",
    "Cơ sở đào tạo",
    "Chức danh",
    "Lĩnh vực",
    "Cơ quan công tác",
    "Chức vụ",
    "Nơi làm việc",
    "Địa bàn",
    "Quốc gia",
    "Thư điện tử",
    "Điện thoại",
    "Đồng ý công khai liên hệ",
]


def _setup_django() -> None:
    os.environ["DATABASE_URL"] = DB_URL
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    os.environ["MEDIA_ROOT"] = str(TMP / "media")
    os.environ["TASKS_BACKEND"] = "immediate"
    import django

    django.setup()


def _admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(sql)


def _ours(path: str) -> None:
    """Child process: our import of `path` end to end; prints seconds and peak RSS."""
    _setup_django()
    from django.core.files.uploadedfile import UploadedFile

    from trithuc.core.permissions import SYSTEM
    from trithuc.registry.services import person_import

    started = time.perf_counter()
    with open(path, "rb") as handle:
        draft = person_import.registry_import_start(
            actor=SYSTEM, upload=UploadedFile(handle, name="ds.xlsx", size=os.path.getsize(path))
        )
    assert draft.status == "preview", draft.message
    validated = time.perf_counter()
    # rows like people already stored are kept as records of their own, as an officer may choose (keep=True)
    done = person_import.registry_import_confirm(actor=SYSTEM, draft=draft, mode="valid", keep=True)
    finished = time.perf_counter()
    # The .xlsx reader runs in a child process beside this one: its peak counts too (summed, an upper bound).
    peak_mb = _peak_rss_mb() + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"{finished - started:.3f} {validated - started:.3f} {done.created_rows} {peak_mb:.0f} {len(draft.duplicates)}"
    )


def _peak_rss_mb() -> float:
    """This process's peak RSS. VmHWM belongs to the address space exec created; ru_maxrss also counts the
    forking parent's size on Linux, which made earlier runs report the parent's 300 MB."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _ours_child(path: Path) -> tuple[float, float, int, float, int]:
    """Our import in a fresh process: (seconds, validation seconds, rows, peak MB, duplicates)."""
    child = subprocess.run(
        [sys.executable, __file__, "--ours", str(path)], capture_output=True, text=True, env=os.environ
    )
    if child.returncode:
        raise SystemExit(child.stderr[-3000:])
    total, validate, rows, peak, dups = child.stdout.split()[-5:]
    return float(total), float(validate), int(rows), float(peak), int(dups)


def _write_xlsx(path: Path, count: int) -> None:
    """The demo generator's people, 100,000 at a time (a new seed for each block), so any size fits in memory."""
    from openpyxl import Workbook

    from trithuc.agencies.models import Agency
    from trithuc.registry.demo import SEED, registry_demo_people

    codes = dict(Agency.objects.values_list("pk", "code"))
    location = {"province": "Trong tỉnh", "vietnam": "Ngoài tỉnh", "abroad": "Nước ngoài"}
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Trí thức")
    sheet.append(HEADERS)
    blocks = (
        registry_demo_people(min(100_000, count - start), seed=SEED + start, today=dt.date(2026, 6, 30))
        for start in range(0, count, 100_000)
    )
    for row in (row for block in blocks for row in block):
        v, d = row["values"], (row["degrees"] or [{}])[0]
        if v.get("kind") == "pupil":
            continue
        title = row["titles"][0]["kind"] if row["titles"] else ""
        sheet.append(
            [
                v["full_name"],
                v["birth_year"],
                "Nữ" if v["gender"] == "female" else "Nam",
                v["ethnic_group"],
                d.get("kind", ""),
                d.get("year"),
                d.get("institution", ""),
                title,
                ";".join(row["fields"]),
                codes.get(v["workplace_agency"]) or v["workplace_name"],
                v["position"],
                location[v["works_in"]],
                v["locality"],
                v["country"],
                v["email"],
                v["phone"],
                "Có" if v["consent_contact"] else "Không",
            ]
        )
    workbook.save(path)


def _reset_people() -> None:
    """Empty people and every statistics cube, so each run imports into the same empty registry."""
    from django.db import connection

    from trithuc.registry.models import CUBES

    cubes = ", ".join(model._meta.db_table for model, _ in CUBES)
    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE registry_intellectual, registry_degreerecord, registry_titlerecord, "
            f"registry_intellectual_fields, registry_registryimport, {cubes} RESTART IDENTITY CASCADE"
        )


def _import_export(path: Path) -> tuple[float, int]:
    """django-import-export 4 with use_bulk=True on the same file (tablib reads .xlsx with openpyxl)."""
    import tablib
    from import_export import fields, resources

    from trithuc.registry.models import Intellectual

    class IntellectualResource(resources.ModelResource):
        full_name = fields.Field(attribute="full_name", column_name="Họ và tên", default="")
        birth_year = fields.Field(attribute="birth_year", column_name="Năm sinh")
        gender = fields.Field(attribute="gender", column_name="Giới tính", default="")
        position = fields.Field(attribute="position", column_name="Chức vụ", default="")
        locality = fields.Field(attribute="locality", column_name="Địa bàn", default="")
        country = fields.Field(attribute="country", column_name="Quốc gia", default="")
        email = fields.Field(attribute="email", column_name="Thư điện tử", default="")
        phone = fields.Field(attribute="phone", column_name="Điện thoại", default="")
        workplace_name = fields.Field(attribute="workplace_name", column_name="Cơ quan công tác", default="")

        class Meta:
            model = Intellectual
            fields = (
                "full_name",
                "birth_year",
                "gender",
                "position",
                "locality",
                "country",
                "email",
                "phone",
                "workplace_name",
            )
            use_bulk = True
            batch_size = 5000
            force_init_instance = True
            skip_diff = True
            import_id_fields = ()

    started = time.perf_counter()
    with open(path, "rb") as handle:
        dataset = tablib.Dataset().load(handle.read(), format="xlsx")
    if len(dataset) > IE_ROWS:
        dataset = dataset.subset(rows=range(IE_ROWS))
    result = IntellectualResource().import_data(dataset, dry_run=False, raise_errors=True)
    assert not result.has_errors()
    return time.perf_counter() - started, len(dataset)


def _floor(path: Path) -> tuple[float, int]:
    """python-calamine read + COPY of the raw cells into a text table: no validation, no matching."""
    from django.db import connection
    from python_calamine import CalamineWorkbook

    columns = ", ".join(f"c{i} text" for i in range(len(HEADERS)))
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS bench_floor; CREATE TABLE bench_floor ({columns})")
    started = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).iter_rows()
    next(rows)
    count = 0
    with connection.cursor() as cursor, cursor.cursor.copy("COPY bench_floor FROM STDIN") as copy:
        for row in rows:
            copy.write_row([None if c == "" else str(c) for c in row])
            count += 1
    return time.perf_counter() - started, count


def _write_floor(floor_s: float) -> None:
    """What PostgreSQL alone spends writing our import's rows into our schema (the people table with its indexes,
    degrees, titles and fields with their foreign keys checked at commit, the cubes recounted), with no reading
    and no validation: the same rows, dumped after our import and copied back in one transaction. Printed as a
    comment line, it bounds from below what any import into this schema can reach."""
    from django.db import connection, transaction

    from trithuc.registry.cube import cells_rebuild

    tables = [
        "registry_intellectual",
        "registry_degreerecord",
        "registry_titlerecord",
        "registry_intellectual_fields",
    ]
    dumps = {}
    with connection.cursor() as cursor:
        for table in tables:
            buffer = io.BytesIO()
            with cursor.cursor.copy(f"COPY {table} TO STDOUT") as copy:
                for data in copy:
                    buffer.write(data)
            dumps[table] = buffer.getvalue()
    _reset_people()
    started = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        for table in tables:
            with cursor.cursor.copy(f"COPY {table} FROM STDIN") as copy:
                copy.write(dumps[table])
        copied = time.perf_counter()
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        checked = time.perf_counter()
        cells_rebuild()
        counted = time.perf_counter()
    total = time.perf_counter() - started
    with connection.cursor() as cursor:  # the truncation restarted the sequences
        for table in tables:
            cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), MAX(id)) FROM {table}")
    print(
        f"# registry_write_floor: {total:.1f} s = {total / floor_s:.1f}x floor with no reading or validation "
        f"(COPY into the indexed tables {copied - started:.1f} s, foreign-key checks {checked - copied:.1f} s, "
        f"cube recount {counted - checked:.1f} s, commit {time.perf_counter() - counted:.1f} s)"
    )


def _grow(total: int) -> int:
    """Copy the imported people until the table holds `total`, shifting birth years so the cube grows too."""
    from django.db import connection

    from trithuc.registry.cube import cells_rebuild
    from trithuc.registry.models import Intellectual

    fields = [
        f.column
        for f in Intellectual._meta.concrete_fields
        if f.column not in ("id", "birth_year", "user_id")
    ]
    cols = ", ".join(fields)
    base = Intellectual.objects.count()
    with connection.cursor() as cursor:
        copy_round = 1
        while Intellectual.objects.count() < total:
            need = total - Intellectual.objects.count()
            cursor.execute(
                f"INSERT INTO registry_intellectual ({cols}, birth_year) SELECT {cols}, "
                f"LEAST(2001, GREATEST(1961, birth_year + ((id + {copy_round}) % 9) - 4)) FROM registry_intellectual "
                f"WHERE id <= {base} ORDER BY id LIMIT {min(need, base)}"
            )
            copy_round += 1
        cursor.execute("ANALYZE registry_intellectual")
    started = time.perf_counter()
    cells = cells_rebuild()
    print(f"# cube rebuilt: {cells} cells in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    return Intellectual.objects.count()


def _stats_timings() -> dict[str, float]:
    from django.db import connection

    from trithuc.agencies.models import Agency
    from trithuc.core.tests.factories import membership_user
    from trithuc.registry.selectors import PersonFilters, registry_stats, registry_summary

    leader = membership_user("leader", "ubnd-tinh")
    as_of = dt.date(2026, 6, 30)
    cases = {
        "totals": PersonFilters(),
        "one place": PersonFilters(locality="Bảo Lộc"),
        "one field": PersonFilters(field="4"),
        "one workplace": PersonFilters(agency=Agency.objects.get(code="so-y-te")),
        "young female minority": PersonFilters(gender="female", age_band="young", minority=True),
        "young female PhDs in agriculture": PersonFilters(
            gender="female", age_band="young", degree="doctorate", field="4"
        ),
    }
    worst: dict[str, float] = {}
    slowest: dict[str, str] = {}

    def timed(case: str, call) -> None:
        """The slowest query of one call; best of REPEAT calls (a busy moment of the shared machine)."""
        best = None
        for _ in range(REPEAT):
            run: dict[str, float] = {}

            def timer(execute, sql, params, many, context, run=run):
                started = time.perf_counter()
                try:
                    return execute(sql, params, many, context)
                finally:
                    ms = (time.perf_counter() - started) * 1000
                    if ms > run.get("ms", 0.0):
                        run.update(ms=ms, sql=sql[:60])

            with connection.execute_wrapper(timer):
                call()
            if best is None or run["ms"] < best["ms"]:
                best = run
        worst[case], slowest[case] = best["ms"], best["sql"]

    registry_stats(user=leader, filters=PersonFilters(), as_of=as_of, cached=False)  # warm-up
    for case, filters in cases.items():
        timed(case, lambda f=filters: registry_stats(user=leader, filters=f, as_of=as_of, cached=False))
    timed("summary", lambda: registry_summary(as_of=as_of))
    top = max(worst, key=worst.get)
    print(f"# slowest statistics query ({top}): {slowest[top]}…", file=sys.stderr)
    return worst


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--ours":
        return _ours(sys.argv[2])
    _admin(f"DROP DATABASE IF EXISTS {DB_NAME}")
    _admin(f"CREATE DATABASE {DB_NAME}")
    try:
        _setup_django()
        from django.core.management import call_command

        from trithuc.agencies.services import agencies_seed

        call_command("migrate", verbosity=0)
        agencies_seed()
        path = TMP / "tri-thuc.xlsx"
        started = time.perf_counter()
        _write_xlsx(path, ROWS)
        print(
            f"# wrote {path.name} ({path.stat().st_size // 1024} KB) in {time.perf_counter() - started:.1f}s",
            file=sys.stderr,
        )

        floor_s, floor_rows = min(_floor(path) for _ in range(REPEAT))
        ie_s, ie_rows = _import_export(path)
        from django.db import connection

        runs = []
        for _ in range(REPEAT):
            _reset_people()
            connection.close()
            runs.append(_ours_child(path))
        ours_s, validate_s, ours_rows, _, dups = min(runs)
        peak_mb = max(run[3] for run in runs)
        ours_rate = ours_rows / ours_s
        ie_rate, floor_rate = ie_rows / ie_s, floor_rows / floor_s
        print(
            f"registry_import: {ours_rate:,.0f} rows/s, {ours_rate / ie_rate:.1f}x django-import-export, "
            f"{floor_rate / ours_rate:.1f}x floor, peak {peak_mb:.0f} MB "
            f"(rows={ours_rows} validate_s={validate_s:.1f} total_s={ours_s:.1f} duplicates={dups}; "
            f"best of {REPEAT}: {' '.join(f'{r[0]:.1f}s' for r in runs)}; "
            f"django-import-export {ie_rate:,.0f} rows/s on {ie_rows} rows, one run; floor {floor_rate:,.0f} rows/s)"
        )
        _write_floor(floor_s)
        peak_line = ""
        if PEAK_ROWS > ROWS:
            big = TMP / "tri-thuc-lon.xlsx"
            _write_xlsx(big, PEAK_ROWS)
            connection.close()
            big_s, _, big_rows, big_peak, _ = _ours_child(big)
            peak_line = (
                f"registry_import_peak: {peak_mb:.0f} MB for {ours_rows} rows, {big_peak:.0f} MB for "
                f"{big_rows} rows ({big_rows / big_s:,.0f} rows/s on the larger file, "
                f"{big.stat().st_size // 1024} KB)"
            )
            print(peak_line)
            big.unlink()
        people = _grow(TOTAL)
        worst = _stats_timings()
        detail = " ".join(f"{k.replace(' ', '_')}={v:.1f}" for k, v in worst.items())
        print(f"registry_stats: {max(worst.values()):.1f} ms (max over queries) people={people} {detail}")
    finally:
        from django.db import connections

        connections.close_all()
        _admin(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")


if __name__ == "__main__":
    main()
