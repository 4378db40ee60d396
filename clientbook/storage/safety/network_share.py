"""Is the data folder on a network share? SQLite's locking and syncing are only as reliable
as the network, so ClientBook warns (never refuses) when it is."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path, PureWindowsPath

from clientbook.domain.words import QT_TRANSLATE_NOOP, Message

NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs",
    "ncpfs", "ceph", "fuse.ceph", "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2",
    "fuse.rclone", "lustre", "gpfs", "ocfs2", "gfs2"})


def network_share_warning(folder: Path | str, mounts: str | None = None,
                          windows: bool | None = None) -> Message | None:
    """A warning when `folder` is on a network share; None on a local disk.

    Not a refusal: SQLite's locking and syncing are only as reliable as the network, so a
    dropped connection or two computers writing can damage the file. `mounts` is the text
    of /proc/mounts (read when None; elsewhere there is none and no warning); `windows`
    applies Windows path rules (UNC paths, mapped network drives).
    """
    windows = os.name == "nt" if windows is None else windows
    kind = _windows_share(str(folder)) if windows else _posix_share(folder, mounts)
    if kind is None:
        return None
    return Message(QT_TRANSLATE_NOOP(
        "Messages", "The data folder %1 is on a network share (%2). SQLite data can be "
        "damaged there if the connection drops or two computers write at once: keep the data "
        "on this computer's own disk, and put backups on the share instead."), folder, kind)


def _windows_share(folder: str) -> str | None:
    drive = PureWindowsPath(folder).drive
    if drive.upper().startswith("\\\\?\\UNC\\") or (
            drive.startswith("\\\\") and not drive.startswith(("\\\\?\\", "\\\\.\\"))):
        return QT_TRANSLATE_NOOP("Messages", "a network path")
    if os.name == "nt" and drive.endswith(":"):  # a drive letter mapped to a share
        import ctypes

        if ctypes.windll.kernel32.GetDriveTypeW(f"{drive}\\") == 4:  # DRIVE_REMOTE
            return Message(QT_TRANSLATE_NOOP("Messages", "network drive %1"), drive)
    return None


def _posix_share(folder: Path | str, mounts: str | None) -> str | None:
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = Path(os.path.abspath(folder))
    with contextlib.suppress(OSError, RuntimeError):
        target = target.resolve()
    best: tuple[int, str, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        device, point, fstype = _unescape(fields[0]), Path(_unescape(fields[1])), fields[2]
        if (target == point or point in target.parents) and (
                best is None or len(point.parts) >= best[0]):
            best = (len(point.parts), fstype, device)
    if best is None or best[1].lower() not in NETWORK_FILESYSTEMS:
        return None
    return Message(QT_TRANSLATE_NOOP("Messages", "%1 from %2"), best[1], best[2])


def _unescape(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field
