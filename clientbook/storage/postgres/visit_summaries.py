"""The visit summaries and month totals on a server (step m014): frozen, like a migration.

The same two tables as the SQLite file's m010 (storage/visit_summaries.py), worked out by the
same statements in PostgreSQL's words (string_agg for group_concat, a date difference for
julianday) and kept right by plpgsql trigger functions on every write, so the report reads
100,000 summaries instead of a million visits on both engines. The triggers read only the
columns they need (NEW.x, OLD.x), so later steps may add columns to visits and clients.
Two differences, for branches (m013): the month totals are kept per branch too (a visit's
own), and row-level security shows a desk its own clients' summaries and its own branches'
totals, while the functions keeping them run as the book's owner (SECURITY DEFINER), so they
count every visit whichever desk wrote.

A whole book copied in sets them aside for its transaction (`clientbook.copying` = 'on',
as the search's name-prefix trigger) and builds both tables once (`rebuild`). Never edit
what a released step ran: a change is a new step that replaces the functions (and rebuilds
the tables).
"""

from __future__ import annotations

from typing import Any

from clientbook.storage.postgres import branch_rules

# A visit's day as a day number (date.toordinal(), as the file's julianday arithmetic). A
# date that is surely valid (any month's 1st to 28th, the 29th and 30th but in February, the
# 31st of a long month) is cast at once; any other (29 February, or a damaged time copied from
# a file) goes through clientbook_visit_day, which gives NULL instead of failing the write, as
# julianday() does for what it cannot read.
_DAY = ("(CASE WHEN {v}.visited_at ~ '^[1-9][0-9]{{3}}-(0[1-9]|1[0-2])-[0-3][0-9]' "
        "AND (substr({v}.visited_at, 9, 2) BETWEEN '01' AND '28' "
        "OR substr({v}.visited_at, 9, 2) IN ('29', '30') AND substr({v}.visited_at, 6, 2) <> '02' "
        "OR substr({v}.visited_at, 9, 2) = '31' "
        "AND substr({v}.visited_at, 6, 2) IN ('01', '03', '05', '07', '08', '10', '12')) "
        "THEN left({v}.visited_at, 10)::date - DATE '0001-01-01' + 1 "
        "ELSE clientbook_visit_day({v}.visited_at) END)")


def _summarised(which: str) -> str:
    """The INSERT that works out the summaries of the clients `which` picks (a condition on
    v.client_id), as m010's refresh: each visit's day and the one before it, the gap's rank
    for the median, then one row per client."""
    day = _DAY.format(v="v")
    return f"""INSERT INTO visit_summaries (client_id, archived, designer_id, visits,
               spend_cents, kept, first_cents, first_day, second_day, last_day, median_gap,
               long_gaps)
        SELECT s.client_id, min(s.archived), min(s.designer_id), count(*), sum(s.spend_cents),
               count(*) FILTER (WHERE s.staff_id = s.designer_id),
               min(s.first_cents), min(s.day), min(s.day) FILTER (WHERE s.day > s.first_day),
               max(s.day), min(s.median),
               coalesce(string_agg(s.prev || ',' || s.day, ',' ORDER BY s.day)
                        FILTER (WHERE s.n = 2 OR s.day - s.prev > 2 * s.median), '')
        FROM (
            SELECT m.*, avg(CASE WHEN m.r IN ((m.k + 1) / 2, (m.k + 2) / 2)
                                 THEN (m.day - m.prev)::float8 END)
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
                        SELECT v.client_id, v.id, v.visited_at, v.staff_id, v.spend_cents,
                               {day} AS day, c.archived, c.designer_id
                        FROM visits AS v JOIN clients AS c ON c.id = v.client_id
                        WHERE c.forgotten_at IS NULL AND {which}) AS d
                    WINDOW w AS (PARTITION BY d.client_id ORDER BY d.visited_at, d.id)
                ) AS g
            ) AS m
        ) AS s
        GROUP BY s.client_id"""


_MONTHS = """INSERT INTO visit_months (month, staff, branch_id, visits, cents)
    SELECT substr(visited_at, 1, 7), coalesce(staff_id, 0), branch_id, count(*),
           sum(spend_cents)
    FROM visits GROUP BY 1, 2, 3"""

_FUNCTIONS = [
    """CREATE FUNCTION clientbook_visit_day(moment text) RETURNS integer
    LANGUAGE plpgsql IMMUTABLE AS $body$
BEGIN
    RETURN left(moment, 10)::date - DATE '0001-01-01' + 1;
EXCEPTION WHEN others THEN
    RETURN NULL;
END
$body$""",
    """CREATE FUNCTION clientbook_visit_summary(one_client bigint) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $body$
BEGIN
    DELETE FROM visit_summaries WHERE client_id = one_client;
    """ + _summarised("v.client_id = one_client") + """;
END
$body$""",
    """CREATE FUNCTION clientbook_visit_month(moment text, staff_member bigint, branch bigint,
    visit_count bigint, money bigint) RETURNS void LANGUAGE sql SECURITY DEFINER
    SET search_path FROM CURRENT AS $body$
    INSERT INTO visit_months AS t (month, staff, branch_id, visits, cents)
    VALUES (substr(moment, 1, 7), coalesce(staff_member, 0), branch, visit_count, money)
    ON CONFLICT (month, staff, branch_id) DO UPDATE SET visits = t.visits + excluded.visits,
                                                        cents = t.cents + excluded.cents
$body$""",
    """CREATE FUNCTION clientbook_visit_summaries_visits() RETURNS trigger
    LANGUAGE plpgsql AS $body$
BEGIN
    IF current_setting('clientbook.copying', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM clientbook_visit_month(OLD.visited_at, OLD.staff_id, OLD.branch_id, -1,
                                       -OLD.spend_cents);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM clientbook_visit_month(NEW.visited_at, NEW.staff_id, NEW.branch_id, 1,
                                       NEW.spend_cents);
        PERFORM clientbook_visit_summary(NEW.client_id);
        IF TG_OP = 'UPDATE' THEN
            IF OLD.client_id <> NEW.client_id THEN
                PERFORM clientbook_visit_summary(OLD.client_id);
            END IF;
        END IF;
    ELSE
        PERFORM clientbook_visit_summary(OLD.client_id);
    END IF;
    RETURN NULL;
END
$body$""",
    """CREATE FUNCTION clientbook_visit_summaries_clients() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $body$
BEGIN
    IF current_setting('clientbook.copying', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF OLD.forgotten_at IS DISTINCT FROM NEW.forgotten_at THEN
        PERFORM clientbook_visit_summary(NEW.id);
    ELSE
        UPDATE visit_summaries SET archived = NEW.archived, designer_id = NEW.designer_id,
            kept = (SELECT count(*) FROM visits AS v
                    WHERE v.client_id = NEW.id AND v.staff_id = NEW.designer_id)
        WHERE client_id = NEW.id;
    END IF;
    RETURN NULL;
END
$body$""",
]

_TRIGGERS = [
    """CREATE TRIGGER visit_summaries_visits
    AFTER INSERT OR DELETE OR UPDATE OF client_id, visited_at, staff_id, spend_cents, branch_id
    ON visits FOR EACH ROW EXECUTE FUNCTION clientbook_visit_summaries_visits()""",
    """CREATE TRIGGER visit_summaries_clients
    AFTER UPDATE OF archived, designer_id, forgotten_at
    ON clients FOR EACH ROW EXECUTE FUNCTION clientbook_visit_summaries_clients()""",
]


def step() -> list[str]:
    """m014 on a server: the tables, filled once from the visits, then the triggers."""
    return [
        """CREATE TABLE visit_summaries (
            client_id BIGINT PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
            archived BIGINT NOT NULL,
            designer_id BIGINT,
            visits BIGINT NOT NULL,
            spend_cents BIGINT NOT NULL,
            kept BIGINT NOT NULL,
            first_cents BIGINT NOT NULL,
            first_day BIGINT,
            second_day BIGINT,
            last_day BIGINT,
            median_gap DOUBLE PRECISION,
            long_gaps TEXT COLLATE "C" NOT NULL DEFAULT ''
        )""",
        # The file's month totals, per branch too (a visit's own branch), so a branch's
        # totals are as quick to read as the firm's.
        """CREATE TABLE visit_months (
            month TEXT COLLATE "C" NOT NULL,
            staff BIGINT NOT NULL,
            branch_id BIGINT NOT NULL,
            visits BIGINT NOT NULL,
            cents BIGINT NOT NULL,
            PRIMARY KEY (month, staff, branch_id)
        )""",
        # The report reads the forgotten clients' visits apart (they have no summary).
        "CREATE INDEX clients_forgotten ON clients(id) WHERE forgotten_at IS NOT NULL",
        *_FUNCTIONS,
        _summarised("true"),
        _MONTHS,
        *_TRIGGERS,
        # A branch's desk reads its own clients' summaries and its own branches' month
        # totals; the functions above work them out as the book's owner, from every visit,
        # whichever desk wrote.
        *branch_rules.hanging_off_clients("visit_summaries"),
        *branch_rules.by_branch("visit_months"),
    ]


def set_aside(db: Any, copying: bool = True) -> None:
    """Until the transaction ends (or `copying` is False again), the triggers of step m014
    (these and the search's name prefixes) leave their tables alone: rows are copied in."""
    db.execute("SELECT set_config('clientbook.copying', ?, true)", ["on" if copying else "off"])


def rebuild(db: Any) -> None:
    """Work both tables out again from every visit (after `set_aside`). Reuses the step's
    statements."""
    db.conn.execute("DELETE FROM visit_summaries")
    db.conn.execute("DELETE FROM visit_months")
    db.conn.execute(_summarised("true"))
    db.conn.execute(_MONTHS)
