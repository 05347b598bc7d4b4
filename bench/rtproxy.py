"""A TCP proxy on loopback that counts round trips between a client and PostgreSQL,
and can add a fixed delay to each, as a branch office's VPN would.

A round trip is counted each time the client sends after having received something
(or for the first time): one request/response turn, however many bytes. Used by the
tests to keep each action's round trips constant, and by the benchmarks to show what
an action costs at 40-100 ms."""
from __future__ import annotations

import socket
import threading
import time
from types import TracebackType


class RoundTripProxy:
    def __init__(self, target_host: str, target_port: int, *, delay_ms: float = 0.0) -> None:
        self.target = (target_host, target_port)
        self.delay = delay_ms / 1000.0
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = int(self.listener.getsockname()[1])
        self.round_trips = 0
        self.connections = 0
        self._lock = threading.Lock()
        self._closing = False
        self._sockets: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> RoundTripProxy:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def reset(self) -> None:
        with self._lock:
            self.round_trips = 0

    def count(self) -> int:
        """Round trips so far (after the traffic has settled)."""
        time.sleep(0.05 + self.delay)
        with self._lock:
            return self.round_trips

    def close(self) -> None:
        self._closing = True
        for sock in [self.listener, *self._sockets]:
            try:
                sock.close()
            except OSError:
                pass

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._sockets += [client, server]
            with self._lock:
                self.connections += 1
            state = {"answered": True}  # the client's first message starts a turn
            threading.Thread(target=self._pump, args=(client, server, state, True),
                             daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, state, False),
                             daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, state: dict[str, bool],
              from_client: bool) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                with self._lock:
                    if from_client and state["answered"]:
                        self.round_trips += 1
                        state["answered"] = False
                    elif not from_client:
                        state["answered"] = True
                if self.delay and from_client:
                    time.sleep(self.delay)  # the whole round trip's delay, on the way out
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
