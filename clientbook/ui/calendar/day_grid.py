"""The day view's geometry: which minute is at which height, which designer at which x,
and side-by-side lanes for bookings that overlap in one column. Plain numbers only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

STEP = 15  # minutes per row


@dataclass(frozen=True)
class Column:
    staff_id: int | None
    name: str
    open_spans: tuple[tuple[int, int], ...]  # working minutes of the day; () = not working


@dataclass(frozen=True)
class Block:
    """A booking as the day view draws it."""

    id: int
    client_id: int
    staff_id: int | None
    start: datetime
    minutes: int
    client: str
    service: str
    status: str
    badges: tuple[str, ...] = ()
    tooltip: str = ""
    version: int = 1  # the booking's version as drawn: a move from it is checked (m012)

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)


@dataclass
class Grid:
    day: date
    columns: list[Column]
    first_minute: int = 8 * 60
    last_minute: int = 20 * 60
    gutter: int = 52
    header: int = 30
    row_height: int = 14
    width: int = 800
    lanes: dict[int, tuple[int, int]] = field(default_factory=dict)  # id -> (lane, of lanes)

    @property
    def height(self) -> int:
        return self.header + self.rows * self.row_height + 1

    @property
    def rows(self) -> int:
        return (self.last_minute - self.first_minute) // STEP

    @property
    def column_width(self) -> float:
        return max(60.0, (self.width - self.gutter) / max(1, len(self.columns)))

    def y_of(self, minute: int) -> float:
        return self.header + (minute - self.first_minute) * self.row_height / STEP

    def x_of(self, column: int) -> float:
        return self.gutter + column * self.column_width

    def minute_at(self, y: float) -> int:
        """The row's start at height y, on the 15-minute grid, inside the day shown."""
        row = int((y - self.header) // self.row_height)
        row = max(0, min(self.rows - 1, row))
        return self.first_minute + row * STEP

    def column_at(self, x: float) -> int | None:
        if x < self.gutter or not self.columns:
            return None
        index = int((x - self.gutter) // self.column_width)
        return index if index < len(self.columns) else None

    def column_of(self, staff_id: int | None) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.staff_id == staff_id), None)

    def minutes_of(self, moment: datetime) -> int:
        """Minutes from the day's midnight (negative before, over 1440 after)."""
        return int((moment - datetime.combine(self.day, time())).total_seconds() // 60)

    def at(self, minute: int) -> datetime:
        return datetime.combine(self.day, time()) + timedelta(minutes=minute)

    def rect(self, block: Block) -> tuple[float, float, float, float] | None:
        """(x, y, width, height) of a booking, cut to the hours shown; None off the grid."""
        column = self.column_of(block.staff_id)
        if column is None:
            return None
        top = max(self.minutes_of(block.start), self.first_minute)
        bottom = min(self.minutes_of(block.end), self.last_minute)
        if bottom <= top:
            return None
        lane, lanes = self.lanes.get(block.id, (0, 1))
        width = (self.column_width - 6) / lanes
        x = self.x_of(column) + 3 + lane * width
        y = self.y_of(top)
        return x, y + 1, width - 2, max(self.y_of(bottom) - y - 2, 6.0)

    def block_at(self, blocks: list[Block], x: float, y: float) -> Block | None:
        """The topmost booking under (x, y); cancelled ones lie beneath the rest."""
        for block in reversed(paint_order(blocks)):
            r = self.rect(block)
            if r and r[0] <= x <= r[0] + r[2] and r[1] <= y <= r[1] + r[3]:
                return block
        return None


def paint_order(blocks: list[Block]) -> list[Block]:
    """Cancelled and no-show bookings first (underneath), then by time."""
    return sorted(blocks, key=lambda b: (b.status not in ("cancelled", "no_show"), b.start, b.id))


def lay_out_lanes(blocks: list[Block]) -> dict[int, tuple[int, int]]:
    """Overlapping bookings of one designer side by side: id -> (lane, lanes in its group)."""
    lanes: dict[int, tuple[int, int]] = {}
    by_staff: dict[int | None, list[Block]] = {}
    for b in blocks:
        if b.status not in ("cancelled", "no_show"):
            by_staff.setdefault(b.staff_id, []).append(b)
    for column in by_staff.values():
        column.sort(key=lambda b: (b.start, b.id))
        group: list[tuple[Block, int]] = []
        group_end: datetime | None = None
        for b in [*column, None]:
            if b is None or (group_end is not None and b.start >= group_end):
                count = max((lane for _, lane in group), default=-1) + 1
                for member, lane in group:
                    lanes[member.id] = (lane, count)
                group, group_end = [], None
                if b is None:
                    break
            used = {lane for member, lane in group if member.end > b.start}
            lane = next(i for i in range(len(group) + 1) if i not in used)
            group.append((b, lane))
            group_end = b.end if group_end is None else max(group_end, b.end)
    return lanes


def hours_shown(columns: list[Column], blocks: list[Block], day: date,
                opening: tuple[tuple[int, int], ...] | None = None) -> tuple[int, int]:
    """The rows to show, in whole hours. With the firm's opening hours for the day (from
    Settings), from opening to closing; otherwise from the earliest designer's start to the
    latest finish, 08–20 at least one hour either side of work. Bookings outside are always
    shown."""
    midnight = datetime.combine(day, time())
    booked = [(max(0, int((b.start - midnight).total_seconds() // 60)),
               min(24 * 60, int((b.end - midnight).total_seconds() // 60))) for b in blocks]
    if opening:
        first = min(s for s, _ in [*opening, *booked])
        last = max(e for _, e in [*opening, *booked])
        return first // 60 * 60, min(24 * 60, (last + 59) // 60 * 60)
    starts = [s for c in columns for s, _ in c.open_spans] + [s for s, _ in booked]
    ends = [e for c in columns for _, e in c.open_spans] + [e for _, e in booked]
    first = min(starts, default=9 * 60)
    last = max(ends, default=18 * 60)
    first = max(0, min(first - 60, 8 * 60)) // 60 * 60
    last = min(24 * 60, max(last + 60, 19 * 60) + 59) // 60 * 60
    return first, last
