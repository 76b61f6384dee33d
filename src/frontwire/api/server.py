"""Run the API with uvicorn: in the foreground (``frontwire serve``) or in a background thread.

The thread form exists for tests and the load benchmark: they need a real HTTP server on a real
socket (so requests go through uvicorn's parser, headers and streaming exactly as in production) but
want to start and stop it from Python without a subprocess.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import uvicorn


def free_port(host: str = "127.0.0.1") -> int:
    """A port the OS says is free now (bound then released; fine for tests on loopback)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def running(
    app: Any, host: str = "127.0.0.1", port: int | None = None, timeout: float = 20.0
) -> Iterator[str]:
    """Serve ``app`` on ``host:port`` in a thread; yields the base URL; stops the server on exit."""
    port = port or free_port(host)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="frontwire-uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError(f"the API server did not start on {host}:{port}")
        if time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the API server did not start on {host}:{port} within {timeout} s")
        time.sleep(0.05)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
