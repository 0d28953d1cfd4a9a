"""Runs the real `willing` entry point many times without paying its start-up each time.

The corpus runs over a thousand commands; starting a fresh interpreter for each (the CLI
imports SQLAlchemy, pydantic, NumPy, SciPy and the solvers) would take most of an hour. This
server imports `willing.cli.main` once, then for each request forks a child process that
sets its argument vector and environment, points its standard output and error at files,
and calls `main()` exactly as the `willing` console script does. Each command is therefore a
real, separate process with its own descriptors, killed when it overruns its time limit; an
uncaught exception prints Python's own traceback, as it would from the console script.

Protocol: one JSON request per line on stdin ({"argv", "env", "stdout", "stderr", "timeout"}),
one JSON reply per line on stdout ({"code", "timed_out", "seconds"}).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
import traceback


def _child(request: dict[str, object]) -> None:
    out = os.open(str(request["stdout"]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    err = os.open(str(request["stderr"]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(out, 1)
    os.dup2(err, 2)
    env = request.get("env") or {}
    assert isinstance(env, dict)
    os.environ.update({str(k): str(v) for k, v in env.items()})
    argv = request["argv"]
    assert isinstance(argv, list)
    sys.argv = ["willing", *(os.fsdecode(os.fsencode(str(a))) for a in argv)]
    code = 0
    try:
        from willing.cli.main import main

        main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:  # what the console script would print
        traceback.print_exc()
        code = 1
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def serve() -> None:
    """Answer requests until stdin closes."""
    from willing.cli.main import every_command

    # the root loads a command's module only when it runs: load them all once, before any
    # fork, so that no child pays for its command's imports
    every_command()

    for line in sys.stdin:
        request = json.loads(line)
        started = time.monotonic()
        pid = os.fork()
        if pid == 0:
            _child(request)
        deadline = started + float(request.get("timeout", 60))
        timed_out = False
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if time.monotonic() > deadline:
                timed_out = True
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                status = 0
                break
            time.sleep(0.01)
        code = os.waitstatus_to_exitcode(status) if not timed_out else None
        reply = {"code": code, "timed_out": timed_out, "seconds": time.monotonic() - started}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    serve()
