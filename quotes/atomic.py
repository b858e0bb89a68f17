"""Putting a finished corpus folder in place of the old one in one step.

On Linux the two folders are exchanged with `renameat2(RENAME_EXCHANGE)`: at every
instant the corpus path names either the whole old corpus or the whole new one,
so a build killed at any moment (SIGKILL included) leaves a complete corpus
behind. Where the call is missing, the old folder is renamed aside first and the
new one renamed in; a build killed between the two renames leaves the old corpus
aside, and `recover` (run at the start of every build) puts it back.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
from pathlib import Path

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def aside(out: Path) -> Path:
    """Where the old corpus waits while the new one is renamed in (when folders cannot be exchanged)."""
    return out.with_name(f".{out.name}.old")


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically; False when this system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def recover(out: Path) -> None:
    """Put back an old corpus left aside by a build that was killed halfway through its swap."""
    old = aside(out)
    if old.is_dir() and not out.exists():
        old.rename(out)
    shutil.rmtree(old, ignore_errors=True)


def replace_folder(staging: Path, out: Path) -> None:
    """Make `staging` the folder `out`, replacing what `out` held; `staging` is gone afterwards."""
    if not out.exists():
        staging.rename(out)
        return
    if _exchange(staging, out):
        shutil.rmtree(staging, ignore_errors=True)  # it holds the old corpus now
        return
    old = aside(out)
    shutil.rmtree(old, ignore_errors=True)
    out.rename(old)
    try:
        staging.rename(out)
    except OSError:
        old.rename(out)
        raise
    shutil.rmtree(old, ignore_errors=True)


def remove_stale_staging(out: Path) -> None:
    """Delete what killed builds of this corpus left beside it: staging folders (named like
    `quotes.writer`'s) and temporary caches of builds run without a cache. Call it holding the lock."""
    for stale in out.parent.glob(f".{out.name}.*.tmp"):
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
    for stale in out.parent.glob(f".{out.name}.*.tmp.sqlite*"):
        stale.unlink(missing_ok=True)
