"""A throw-away PostgreSQL 15 server for the tests: initdb in a temporary folder, started on a free
port of 127.0.0.1 (and a unix socket in that folder), stopped and removed at the end.

PostgreSQL refuses to run as root; as root (CI) the server runs as the ``postgres`` system user,
which owns the temporary folder. Tests that need the server are skipped, with the reason, when
the binaries or that user are missing.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

POSTGRES_BIN = Path(os.environ.get("ARTEX_POSTGRES_BIN", "/usr/lib/postgresql/15/bin"))
SERVER_USER = "postgres"
DATABASE_USER = "artex"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def why_unavailable() -> str | None:
    """Why no server can be started here, or None when one can."""
    missing = [name for name in ("initdb", "pg_ctl", "postgres")
               if not (POSTGRES_BIN / name).is_file()]
    if missing:
        return f"PostgreSQL 15 binaries not found in {POSTGRES_BIN} ({', '.join(missing)})"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return f"running as root and there is no {SERVER_USER!r} user to run PostgreSQL as"
        if shutil.which("runuser") is None:
            return "running as root and runuser is missing (needed to run PostgreSQL as postgres)"
    return None


class PostgresServer:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="artex-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self._databases = 0
        self._as_server_user: list[str] = []
        if os.geteuid() == 0:
            user = pwd.getpwnam(SERVER_USER)
            os.chown(self.root, user.pw_uid, user.pw_gid)
            self._as_server_user = ["runuser", "-u", SERVER_USER, "--"]

    def _run(self, *command: str) -> None:
        result = subprocess.run([*self._as_server_user, *command], capture_output=True, text=True,
                                timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")

    def start(self) -> None:
        self._run(str(POSTGRES_BIN / "initdb"), "-D", str(self.data), "-U", DATABASE_USER,
                  "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync")
        # Durability is not under test here: fsync off keeps the tests quick.
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        self._run(str(POSTGRES_BIN / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.root / "server.log"), "-o", options, "-w", "start")

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(str(POSTGRES_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast",
                          "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{DATABASE_USER}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """The URL of a new, empty database."""
        import psycopg

        self._databases += 1
        name = f"artex_test_{self._databases}"
        with psycopg.connect(host="127.0.0.1", port=self.port, user=DATABASE_USER,
                             dbname="postgres", autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {name}")
        return self.url(name)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    reason = why_unavailable()
    if reason:
        pytest.skip(reason)
    server = PostgresServer()
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A fresh, empty PostgreSQL database for one test."""
    return postgres_server.new_database()
