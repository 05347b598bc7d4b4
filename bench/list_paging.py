"""What a list page costs a branch user: ``python -m bench.list_paging``.

Starts a private embedded server, fills it with N employees, and times fetching a
page behind a proxy that adds a round-trip delay (default 50 ms): a transaction per
read (BEGIN, SELECT, COMMIT) against an autocommit read, and a deep page by keyset
against the same page by OFFSET. Prints times and their ratios side by side."""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from bench.rtproxy import RoundTripProxy
from client.connection import Profile, login
from client.local_server import LocalServer
from server_schema import org, queries
from server_schema.demo_data import DEMO_PASSWORD, DemoSize, create_demo_operators, fill_demo_data
from server_schema.setup import InitOptions, init_database


def timed(action, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rtt", type=float, default=50.0, help="added round-trip delay, ms")
    parser.add_argument("--employees", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="aftersales-bench-") as folder:
        server = LocalServer(Path(folder))
        server.start()
        try:
            with create_engine(server.url()).connect().execution_options(
                    isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("CREATE DATABASE bench"))
            engine = create_engine(server.url("bench"))
            with engine.begin() as conn:
                init_database(conn, InitOptions(admin_password=DEMO_PASSWORD, role_prefix="bench_"))
                fill_demo_data(conn, DemoSize(employees=args.employees))
                create_demo_operators(conn)
            engine.dispose()
            with RoundTripProxy("127.0.0.1", server.port, delay_ms=args.rtt) as proxy:
                profile = Profile(name="b", host="127.0.0.1", port=proxy.port, database="bench",
                                  sslmode="disable", role_prefix="bench_")
                database = login(profile, "manager", DEMO_PASSWORD)
                spec = org.EMPLOYEES

                def in_transaction():
                    with database.session() as s:
                        queries.keyset_page(s, spec)

                def autocommit():
                    with database.read() as s:
                        queries.keyset_page(s, spec)

                deep_key = (f"E{args.employees - 100:05d}",)

                def keyset_deep():
                    with database.read() as s:
                        queries.keyset_page(s, spec, after=deep_key)

                def offset_deep():
                    with database.read() as s:
                        s.execute(queries.ordered(spec, queries.filtered(spec))
                                  .offset(args.employees - 100).limit(queries.PAGE_SIZE)).all()

                def filtered():
                    with database.read() as s:
                        queries.keyset_page(s, spec, text="维修")

                results = {name: timed(fn, args.repeat) for name, fn in [
                    ("page in a transaction", in_transaction), ("page, autocommit", autocommit),
                    ("deep page by OFFSET", offset_deep), ("deep page by keyset", keyset_deep),
                    ("filtered page", filtered)]}
                database.close()
        finally:
            server.stop()
    print(f"{args.employees} employees, {args.rtt:.0f} ms round trip, median of {args.repeat}")
    for name, ms in results.items():
        print(f"  {name:<24} {ms:8.1f} ms")
    ratio = results["page in a transaction"] / results["page, autocommit"]
    print(f"  transaction / autocommit: {ratio:.2f}x")
    ratio = results["deep page by OFFSET"] / results["deep page by keyset"]
    print(f"  OFFSET / keyset (deep):   {ratio:.2f}x")


if __name__ == "__main__":
    main()
