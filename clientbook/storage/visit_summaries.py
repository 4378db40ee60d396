"""The SQL of migration m010 (visit summaries and month totals kept by triggers): frozen.

Like a migration, never edit what a released step ran: a change is a new migration that drops
and re-creates the triggers (and rebuilds the tables), and `table.transform()` on visits or
clients drops these triggers too (re-create them after it). On PostgreSQL the same statements
go in trigger functions (string_agg for group_concat, a date difference for julianday).
"""

from __future__ import annotations

from typing import Any

# A visit's day as a day number (date.toordinal(), as storage/repositories/reports.py).
_DAY = ("(CAST(julianday(CASE WHEN length({v}.visited_at) = 19 THEN {v}.visited_at "
        "ELSE substr({v}.visited_at, 1, 10) END) + 0.5 AS INTEGER) - 1721425)")


def refresh(which: str) -> list[str]:
    """Statements that work out again the summaries of the clients `which` picks (a condition
    on v.client_id: a trigger's NEW.client_id or OLD.client_id, or every client): one pass
    over their visits, in time order, and a few sorts in SQLite's window functions.

    Innermost: each visit's day, the day before it, the client's first day and first spend
    (time order, then id: the first of two at the same time is the one logged first). Then
    each gap's rank among the client's gaps (for the median) and the client's visit count,
    then the median itself; the last level keeps time order so the long gaps are listed in it.
    """
    day = _DAY.format(v="v")
    mine = which.replace("v.client_id", "visit_summaries.client_id")
    return [
        f"DELETE FROM visit_summaries WHERE {mine}",
        f"""INSERT INTO visit_summaries (client_id, archived, designer_id, visits, spend_cents,
               kept, first_cents, first_day, second_day, last_day, median_gap, long_gaps)
            SELECT s.client_id, min(s.archived), min(s.designer_id), count(*),
                   sum(s.spend_cents),
                   sum(CASE WHEN s.staff_id = s.designer_id THEN 1 ELSE 0 END),
                   min(s.first_cents), min(s.day),
                   min(CASE WHEN s.day > s.first_day THEN s.day END), max(s.day), min(s.median),
                   coalesce(group_concat(CASE WHEN s.n = 2 OR s.day - s.prev > 2 * s.median
                                              THEN s.prev || ',' || s.day END), '')
            FROM (
                SELECT m.*, avg(CASE WHEN m.r IN ((m.k + 1) / 2, (m.k + 2) / 2)
                                     THEN m.day - m.prev END)
                            OVER (PARTITION BY m.client_id) AS median
                FROM (
                    SELECT g.*,
                           row_number() OVER (PARTITION BY g.client_id, g.prev IS NULL
                                              ORDER BY g.day - g.prev) AS r,
                           count(g.prev) OVER (PARTITION BY g.client_id) AS k,
                           count(*) OVER (PARTITION BY g.client_id) AS n
                    FROM (
                        SELECT d.*, lag(d.day) OVER w AS prev,
                               first_value(d.spend_cents) OVER w AS first_cents,
                               first_value(d.day) OVER w AS first_day
                        FROM (
                            SELECT v.client_id, v.id, v.visited_at, v.staff_id,
                                   v.spend_cents, {day} AS day, c.archived, c.designer_id
                            FROM visits AS v JOIN clients AS c ON c.id = v.client_id
                            WHERE c.forgotten_at IS NULL AND {which}) AS d
                        WINDOW w AS (PARTITION BY d.client_id ORDER BY d.visited_at, d.id)
                    ) AS g
                ) AS m
                ORDER BY m.client_id, m.day
            ) AS s
            GROUP BY s.client_id""",
    ]


def month_total(row: str, sign: str) -> str:
    """Add (sign '+') or take away ('-') one visit in the month totals."""
    return f"""INSERT INTO visit_months (month, staff, visits, cents)
        VALUES (substr({row}.visited_at, 1, 7), coalesce({row}.staff_id, 0), {sign}1,
                {sign}{row}.spend_cents)
        ON CONFLICT (month, staff) DO UPDATE SET visits = visits + excluded.visits,
                                                  cents = cents + excluded.cents"""


def create(db: Any) -> None:
    """The tables, filled from the visits, and the triggers that keep them right."""
    db.execute("""
    CREATE TABLE visit_summaries (
        client_id INTEGER PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
        archived INTEGER NOT NULL,
        designer_id INTEGER,
        visits INTEGER NOT NULL,
        spend_cents INTEGER NOT NULL,
        kept INTEGER NOT NULL,
        first_cents INTEGER NOT NULL,
        first_day INTEGER,
        second_day INTEGER,
        last_day INTEGER,
        median_gap REAL,
        long_gaps TEXT NOT NULL DEFAULT ''
    )""")
    db.execute("""
    CREATE TABLE visit_months (
        month TEXT NOT NULL,
        staff INTEGER NOT NULL,
        visits INTEGER NOT NULL,
        cents INTEGER NOT NULL,
        PRIMARY KEY (month, staff)
    )""")
    # The report reads the forgotten clients' visits apart (they have no summary).
    db.execute("CREATE INDEX clients_forgotten ON clients(id) WHERE forgotten_at IS NOT NULL")
    for statement in refresh("1 = 1"):
        db.execute(statement)
    db.execute("""INSERT INTO visit_months (month, staff, visits, cents)
                  SELECT substr(visited_at, 1, 7), coalesce(staff_id, 0), count(*),
                         sum(spend_cents)
                  FROM visits GROUP BY 1, 2""")
    new, old = "v.client_id = NEW.client_id", "v.client_id = OLD.client_id"
    triggers = {
        "visit_summaries_insert": ("AFTER INSERT ON visits",
                                   [*refresh(new), month_total("NEW", "+")]),
        "visit_summaries_delete": ("AFTER DELETE ON visits",
                                   [*refresh(old), month_total("OLD", "-")]),
        "visit_summaries_update": (
            "AFTER UPDATE OF client_id, visited_at, staff_id, spend_cents ON visits",
            [*refresh(new), month_total("OLD", "-"), month_total("NEW", "+")]),
        "visit_summaries_move": (
            "AFTER UPDATE OF client_id ON visits WHEN OLD.client_id <> NEW.client_id",
            refresh(old)),
        "visit_summaries_client": (
            "AFTER UPDATE OF archived, designer_id ON clients",
            ["""UPDATE visit_summaries SET archived = NEW.archived,
                    designer_id = NEW.designer_id, kept = (
                        SELECT count(*) FROM visits AS v
                        WHERE v.client_id = NEW.id AND v.staff_id = NEW.designer_id)
                WHERE client_id = NEW.id"""]),
        "visit_summaries_forget": (
            "AFTER UPDATE OF forgotten_at ON clients",
            [s.replace("NEW.client_id", "NEW.id") for s in refresh(new)]),
    }
    for name, (when, body) in triggers.items():
        db.execute(f"CREATE TRIGGER {name} {when} BEGIN {'; '.join(body)}; END")


def rebuild(db: Any) -> None:
    """Work both tables out again from every visit (after rows were copied in with the
    triggers set aside). Not part of the frozen migration: it only reuses its statements."""
    db.execute("DELETE FROM visit_months")
    for statement in refresh("1 = 1"):
        db.execute(statement)
    db.execute("""INSERT INTO visit_months (month, staff, visits, cents)
                  SELECT substr(visited_at, 1, 7), coalesce(staff_id, 0), count(*),
                         sum(spend_cents)
                  FROM visits GROUP BY 1, 2""")
