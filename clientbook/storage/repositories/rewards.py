"""Loyalty rewards handed over, and the visits that count towards the next one."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from clientbook.domain.models import Reward
from clientbook.storage.connection import Database
from clientbook.storage.convert import (
    cents_to_money,
    dt_from_db,
    dt_or_none,
    dt_to_db,
    money_to_cents,
    one,
    readable,
)

_REWARD = "id, client_id, redeemed_at, reward, visit_number, staff_id"

# Where a client's count starts: the day after their last reward ('' = from the first visit).
# Visits that count are from there up to yesterday (see domain/care/loyalty.py).
_START = """coalesce((SELECT date(max(redeemed_at), '+1 day') FROM rewards
                      WHERE client_id = {client}), '')"""
_COUNTED = """FROM visits WHERE client_id = {client} AND visited_at < :today
              AND visited_at >= {start}"""


def _reward(r: tuple) -> Reward:
    return Reward(id=r[0], client_id=r[1], redeemed_at=dt_from_db(r[2]), reward=r[3],
                  visit_number=r[4], staff_id=r[5])


def _day(value: date) -> str:
    return value.isoformat()


class RewardRepository:
    def __init__(self, db: Database):
        self.db = db

    def add(self, reward: Reward) -> int:
        reward.id = self.db.insert_id(
            f"INSERT INTO rewards ({_REWARD}) VALUES (?, ?, ?, ?, ?, ?)",
            [reward.id, reward.client_id, dt_to_db(reward.redeemed_at), reward.reward,
             reward.visit_number, reward.staff_id])
        return reward.id

    def get(self, reward_id: int) -> Reward | None:
        row = self.db.execute(f"SELECT {_REWARD} FROM rewards WHERE id = ?",
                              [reward_id]).fetchone()
        return one(row, _reward, "reward")

    def delete(self, reward_id: int) -> None:
        self.db.execute("DELETE FROM rewards WHERE id = ?", [reward_id])

    def history(self, client_id: int) -> list[Reward]:
        """Newest first."""
        rows = self.db.execute(
            f"SELECT {_REWARD} FROM rewards WHERE client_id = ? ORDER BY redeemed_at DESC, id DESC",
            [client_id])
        return readable(rows, _reward, "reward")

    def counted(self, client_id: int, today: date) -> tuple[int, Decimal]:
        """(visits, spend) counting towards the client's next reward."""
        where = _COUNTED.format(client=":client", start=_START.format(client=":client"))
        row = self.db.execute(f"SELECT count(*), sum(spend_cents) {where}",
                              {"today": _day(today), "client": client_id}).fetchone()
        return row[0], cents_to_money(row[1] or 0)

    def counted_many(self, client_ids: list[int], today: date
                     ) -> dict[int, tuple[int, Decimal]]:
        """`counted` for several clients in one statement (the Today page's list)."""
        if not client_ids:
            return {}
        marks = ", ".join(f":c{i}" for i in range(len(client_ids)))
        where = _COUNTED.format(client="k.id", start=_START.format(client="k.id"))
        rows = self.db.execute(
            f"""SELECT k.id, (SELECT count(*) {where}), (SELECT sum(spend_cents) {where})
                FROM clients k WHERE k.id IN ({marks})""",
            {"today": _day(today), **{f"c{i}": cid for i, cid in enumerate(client_ids)}})
        return {cid: (visits, cents_to_money(cents or 0)) for cid, visits, cents in rows}

    def waiting(self, today: date, measure: str, threshold: int | Decimal
                ) -> list[tuple[int, str, int, Decimal, datetime | None]]:
        """Active clients whose next visit is a reward visit and who have nothing booked.

        (client id, name, visits counted, spend counted, last visit); most visits, then most
        spent first. `measure` is "visits" or "spend"; it must reach `threshold`. One indexed
        count per client is 3x faster than grouping every visit; the spend is summed for
        every client only when the rule is by spend, else just for those listed.
        """
        def spent(alias: str) -> str:
            where = _COUNTED.format(client=f"{alias}.id", start=f"{alias}.start")
            return f"(SELECT coalesce(sum(spend_cents), 0) {where})"

        counted = _COUNTED.format(client="c.id", start="c.start")
        if measure == "visits":
            having, need = "visits >= :need", threshold
        else:
            having, need = f"{spent('listed')} >= :need", money_to_cents(Decimal(threshold))
        rows = self.db.execute(
            f"""WITH c AS (SELECT id, display_name, {_START.format(client="clients.id")} AS start
                           FROM clients WHERE archived = 0),
                     listed AS (SELECT c.*, (SELECT count(*) {counted}) AS visits FROM c)
                SELECT id, display_name, visits, {spent("listed")} AS spent,
                       (SELECT max(visited_at) FROM visits WHERE client_id = listed.id)
                FROM listed
                WHERE {having}
                  AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.client_id = listed.id
                                  AND a.starts_at >= :today
                                  AND a.status IN ('booked', 'arrived'))
                ORDER BY visits DESC, spent DESC, id""",
            {"today": _day(today), "need": need})
        return [(cid, name, visits, cents_to_money(spent), dt_or_none(last))
                for cid, name, visits, spent, last in rows]

    def every_nth_visit(self, first_client: int, last_client: int, n: int
                        ) -> list[tuple[int, str, int | None]]:
        """(client id, visited_at, staff id) of each client's n-th, 2n-th… visit (for the demo)."""
        return self.db.execute(
            """SELECT client_id, visited_at, staff_id FROM (
                   SELECT client_id, visited_at, staff_id,
                          row_number() OVER (PARTITION BY client_id ORDER BY visited_at) AS k
                   FROM visits WHERE client_id BETWEEN ? AND ?) AS numbered
               WHERE k % ? = 0 ORDER BY client_id, visited_at""",
            [first_client, last_client, n]).fetchall()
