"""Loyalty rewards handed over, and the visits that count towards the next one."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlite_utils import Database

from clientbook.domain.models import Reward
from clientbook.storage.convert import cents_to_money, dt_from_db, dt_to_db, money_to_cents

_REWARD = "id, client_id, redeemed_at, reward, visit_number, staff_id"

#: Visits that count towards a client's next reward: on the days after their last reward
#: (or ever) and before today. Parameters: client (or all), today.
_COUNTED = """
    SELECT v.client_id, count(*) AS visits, sum(v.spend_cents) AS spent
    FROM visits v
    LEFT JOIN (SELECT client_id, max(redeemed_at) AS at FROM rewards GROUP BY client_id) last
        ON last.client_id = v.client_id
    WHERE v.visited_at < :today
      AND (last.at IS NULL OR v.visited_at >= date(last.at, '+1 day'))"""


def _reward(r: tuple) -> Reward:
    return Reward(id=r[0], client_id=r[1], redeemed_at=dt_from_db(r[2]), reward=r[3],
                  visit_number=r[4], staff_id=r[5])


def _day(value: date) -> str:
    return value.isoformat()


class RewardRepository:
    def __init__(self, db: Database):
        self.db = db

    def add(self, reward: Reward) -> int:
        cursor = self.db.execute(
            f"INSERT INTO rewards ({_REWARD}) VALUES (?, ?, ?, ?, ?, ?)",
            [reward.id, reward.client_id, dt_to_db(reward.redeemed_at), reward.reward,
             reward.visit_number, reward.staff_id])
        reward.id = cursor.lastrowid
        return reward.id

    def get(self, reward_id: int) -> Reward | None:
        row = self.db.execute(f"SELECT {_REWARD} FROM rewards WHERE id = ?",
                              [reward_id]).fetchone()
        return None if row is None else _reward(row)

    def delete(self, reward_id: int) -> None:
        self.db.execute("DELETE FROM rewards WHERE id = ?", [reward_id])

    def history(self, client_id: int) -> list[Reward]:
        """Newest first."""
        rows = self.db.execute(
            f"SELECT {_REWARD} FROM rewards WHERE client_id = ? ORDER BY redeemed_at DESC, id DESC",
            [client_id])
        return [_reward(r) for r in rows]

    def counted(self, client_id: int, today: date) -> tuple[int, Decimal]:
        """(visits, spend) counting towards the client's next reward (one client: indexed)."""
        row = self.db.execute(
            """SELECT count(*), sum(spend_cents) FROM visits
               WHERE client_id = :client AND visited_at < :today
                 AND visited_at >= coalesce((SELECT date(max(redeemed_at), '+1 day')
                                             FROM rewards WHERE client_id = :client), '')""",
            {"today": _day(today), "client": client_id}).fetchone()
        return row[0], cents_to_money(row[1] or 0)

    def waiting(self, today: date, measure: str, threshold: int | Decimal
                ) -> list[tuple[int, str, int, Decimal, datetime | None]]:
        """Active clients whose next visit is a reward visit and who have nothing booked.

        (client id, name, visits counted, spend counted, last visit), most visits first.
        `measure` is "visits" or "spend"; it must reach `threshold`.
        """
        having = "counted.visits >= :need" if measure == "visits" else "counted.spent >= :need"
        need = threshold if measure == "visits" else money_to_cents(Decimal(threshold))
        rows = self.db.execute(
            f"""WITH counted AS ({_COUNTED} GROUP BY v.client_id)
                SELECT c.id, c.display_name, counted.visits, counted.spent,
                       (SELECT max(visited_at) FROM visits WHERE client_id = c.id)
                FROM counted JOIN clients c ON c.id = counted.client_id
                WHERE c.archived = 0 AND {having}
                  AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.client_id = c.id
                                  AND a.starts_at >= :today
                                  AND a.status IN ('booked', 'arrived'))
                ORDER BY counted.visits DESC, counted.spent DESC, c.id""",
            {"today": _day(today), "need": need})
        return [(cid, name, visits, cents_to_money(spent or 0), dt_from_db(last))
                for cid, name, visits, spent, last in rows]


    def every_nth_visit(self, first_client: int, last_client: int, n: int
                        ) -> list[tuple[int, str, int | None]]:
        """(client id, visited_at, staff id) of each client's n-th, 2n-th… visit (for the demo)."""
        return self.db.execute(
            """SELECT client_id, visited_at, staff_id FROM (
                   SELECT client_id, visited_at, staff_id,
                          row_number() OVER (PARTITION BY client_id ORDER BY visited_at) AS k
                   FROM visits WHERE client_id BETWEEN ? AND ?)
               WHERE k % ? = 0 ORDER BY client_id, visited_at""",
            [first_client, last_client, n]).fetchall()
