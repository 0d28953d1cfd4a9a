"""The `willing` executable: replays `status` when nothing it reads has changed (see
`willing.cli.replay`), else runs the command line."""

from __future__ import annotations

import sys


def main() -> None:
    """Entry point of the `willing` script."""
    from willing.cli import replay

    args = sys.argv[1:]
    db = replay.replayable(args)
    recording_key = replay.key(args, db) if db is not None else None
    if db is None or recording_key is None:
        _run()
        return
    if replay.play(recording_key):
        return
    with replay.recording(args, db, recording_key):
        _run()


def _run() -> None:
    from willing.cli.main import main as run

    run()


if __name__ == "__main__":
    main()
