"""One writer at a time: a lock file beside the workbook, and a check that nobody else saved it.

A read-modify-write of a workbook (`apply`, `batch`, `rules remove`) runs inside
`exclusive_write(source, target)`. It first notes the source's (inode, size, mtime_ns), then
creates `.~cf-excel.<target name>.lock` beside the target with O_CREAT|O_EXCL, holding
"pid host token". A second cf-excel that finds the lock held by a live process is refused at
once (WorkbookLockedError, naming the file and the process); a lock whose process is gone
(same host, pid not alive) is taken over. Just before the rename, the writer calls the guard's
`check()`: the lock must still be its own (two runs that took over the same stale lock at
once: only one passes) and the source must be as it was read (Excel, or anything that does
not know the lock, saved it meanwhile: WorkbookChangedError). Either refusal writes nothing.
The lock is removed on the way out, success or failure, when it is still ours.
"""

from __future__ import annotations

import os
import secrets
import socket
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from cf_excel.sheets.workbook import SheetError

Fingerprint = tuple[int, int, int]  # (inode, size in bytes, mtime in ns)


class WorkbookLockedError(SheetError):
    """Another process holds the workbook's lock (nothing is written)."""


class WorkbookChangedError(SheetError):
    """The workbook changed on disk while cf-excel worked on it (nothing is written)."""


def lock_path(target: Path) -> Path:
    """The lock file beside `target` (a dot file, like Office's `~$` owner files)."""
    return target.with_name(f".~cf-excel.{target.name}.lock")


def fingerprint(path: Path) -> Fingerprint | None:
    """What changes when anyone saves `path` (an atomic save makes a new inode); None if absent."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_ino, found.st_size, found.st_mtime_ns


@dataclass(frozen=True)
class WriteGuard:
    source: Path
    seen: Fingerprint | None  # the source before it was read
    lock: Path | None  # None: no lock taken (the source is missing, and the reader says so)
    owner: str  # this writer's line in the lock file

    def check(self) -> None:
        """Refuse (nothing written) when the lock was taken over or the source changed."""
        if self.lock is not None and read_owner(self.lock) != self.owner:
            raise WorkbookLockedError(
                f"{self.source}: another cf-excel took over the lock {self.lock.name} "
                "while this one worked; nothing written"
            )
        if fingerprint(self.source) != self.seen:
            raise WorkbookChangedError(
                f"{self.source} changed while cf-excel worked on it; nothing written "
                "(run it again on the saved file)"
            )


@contextmanager
def exclusive_write(source: Path, target: Path) -> Iterator[WriteGuard]:
    """Hold `target`'s lock while the body reads `source` and writes `target`; the body calls
    the guard's `check()` just before its rename."""
    seen = fingerprint(source)  # first, so that any save after this is seen by check()
    if seen is None:  # nothing to protect: the reader refuses the missing source
        yield WriteGuard(source, None, None, "")
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = lock_path(target)
    owner = f"{os.getpid()} {socket.gethostname()} {secrets.token_hex(4)}"
    take(lock, owner, target)
    try:
        yield WriteGuard(source, seen, lock, owner)
    finally:
        if read_owner(lock) == owner:
            os.remove(lock)


def take(lock: Path, owner: str, target: Path) -> None:
    """Create the lock file holding `owner`; take over a stale one once; else refuse."""
    for _ in range(2):
        try:
            handle = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            holder = read_owner(lock)
            if holder is None or not stale(holder):
                raise WorkbookLockedError(held_message(target, lock, holder)) from None
            # Its process is gone: take it over. Another taker may remove it first, or remove
            # the lock this one then creates: check() then refuses this one, before its rename.
            with suppress(FileNotFoundError):
                os.remove(lock)
            continue
        except OSError as error:  # a read-only folder, say: the rename would fail there too
            raise SheetError(f"{target}: cannot create the lock file {lock} ({error})") from None
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(owner)
        return
    raise WorkbookLockedError(held_message(target, lock, read_owner(lock)))


def read_owner(lock: Path) -> str | None:
    try:
        return lock.read_text(encoding="utf-8")
    except OSError:
        return None


def stale(owner: str) -> bool:
    """The lock's process is gone: same host, and its pid is not alive. A lock from another
    host, or one not (yet) written, counts as held."""
    pid, _, rest = owner.partition(" ")
    host = rest.partition(" ")[0]
    if not pid.isdigit() or host != socket.gethostname():
        return False
    return not alive(int(pid))


def alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would terminate it on Windows: assume alive
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, another user's
    return True


def held_message(target: Path, lock: Path, holder: str | None) -> str:
    pid, _, rest = (holder or "").partition(" ")
    who = f"process {pid} on {rest.partition(' ')[0]}" if pid.isdigit() else "another process"
    return (
        f"{target} is being changed by another cf-excel ({who}; lock file {lock}); nothing "
        "written. Try again when it is done, or delete the lock file if no cf-excel is running"
    )
