"""The schema on PostgreSQL: the same tables, columns and indexes as the SQLite file.

SQLite's history of steps (storage/schema.py) starts in 2025; a server book starts at the
step named in BASELINE, built in one go, and every later step has its PostgreSQL form in
STEPS (a test fails when one is missing). Text keeps SQLite's order (COLLATE "C": by code
point), flags and times keep their SQLite forms (0/1 integers, ISO text), so the shared
repositories read the same values from both engines. Applied steps are recorded in
`clientbook_migrations`; what the database is, and its version, in `clientbook_meta`.
"""

from __future__ import annotations

import re

from clientbook.storage.postgres import branch_rules, search_index, visit_summaries

# The SQLite step the baseline matches: a server book starts here.
BASELINE = "m009_calendar_import"

_TABLES = r"""
CREATE TABLE clientbook_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE clientbook_migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
);
CREATE FUNCTION clientbook_next_id() RETURNS trigger LANGUAGE plpgsql AS $body$
DECLARE
    seq text := pg_get_serial_sequence(TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, 'id');
BEGIN
    -- SQLite gives a NULL id the next one; an explicit id (an import keeping its ids, a
    -- book moved from a file) moves the sequence past it, so the next NULL never clashes.
    IF NEW.id IS NULL THEN
        NEW.id := nextval(seq);
    ELSIF NEW.id > coalesce(pg_sequence_last_value(seq::regclass), 0) THEN
        PERFORM setval(seq, NEW.id);
    END IF;
    RETURN NEW;
END
$body$;
CREATE FUNCTION date(moment text, modifier text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT AS $body$
    -- SQLite's date(time, '+N days') for the ISO times ClientBook stores: the one date
    -- function the shared statements use (loyalty counts from the day after a reward).
    SELECT to_char(left(moment, 10)::date
                   + substring(modifier FROM '^\s*([+-]?[0-9]+)\s*days?\s*$')::int,
                   'YYYY-MM-DD')
$body$;
CREATE TABLE staff (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    role TEXT NOT NULL DEFAULT 'designer',
    active BIGINT NOT NULL DEFAULT 1
);
CREATE TABLE clients (
    id BIGSERIAL PRIMARY KEY,
    display_name TEXT NOT NULL CHECK (trim(display_name) <> ''),
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    address_as TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    birthday TEXT,
    birthday_md TEXT,
    notes TEXT NOT NULL DEFAULT '',
    designer_id BIGINT REFERENCES staff(id) ON DELETE SET NULL,
    archived BIGINT NOT NULL DEFAULT 0,
    name_key TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    health_consent_at TEXT,
    forgotten_at TEXT,
    language TEXT NOT NULL DEFAULT ''
);
CREATE INDEX clients_name_key ON clients(name_key);
CREATE INDEX clients_birthday_md ON clients(birthday_md) WHERE birthday_md IS NOT NULL;
CREATE INDEX clients_designer ON clients(designer_id);
CREATE INDEX clients_email ON clients(lower(email)) WHERE email <> '';
CREATE TABLE phones (
    id BIGSERIAL PRIMARY KEY,
    client_id BIGINT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    position BIGINT NOT NULL DEFAULT 0,
    number TEXT NOT NULL,
    canonical TEXT NOT NULL
);
CREATE INDEX phones_client ON phones(client_id);
CREATE INDEX phones_canonical ON phones(canonical);
CREATE TABLE preferences (
    id BIGSERIAL PRIMARY KEY,
    client_id BIGINT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    position BIGINT NOT NULL DEFAULT 0,
    category TEXT NOT NULL CHECK (category IN ('drink', 'food', 'room', 'music',
        'conversation', 'health', 'products', 'contact', 'other')),
    value TEXT NOT NULL CHECK (trim(value) <> ''),
    detail TEXT NOT NULL DEFAULT '',
    avoid BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX preferences_client ON preferences(client_id);
CREATE TABLE services (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    minutes BIGINT NOT NULL CHECK (minutes > 0),
    price_cents BIGINT,
    category TEXT NOT NULL DEFAULT '',
    active BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX services_name ON services(lower(name));
CREATE TABLE appointments (
    id BIGSERIAL PRIMARY KEY,
    client_id BIGINT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    starts_at TEXT NOT NULL,
    duration_min BIGINT NOT NULL DEFAULT 60 CHECK (duration_min > 0),
    staff_id BIGINT REFERENCES staff(id) ON DELETE SET NULL,
    service TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'booked'
        CHECK (status IN ('booked', 'arrived', 'done', 'cancelled', 'no_show')),
    notes TEXT NOT NULL DEFAULT '',
    service_id BIGINT REFERENCES services(id) ON DELETE SET NULL,
    cancel_reason TEXT
        CHECK (cancel_reason IS NULL OR cancel_reason IN ('client', 'late', 'firm'))
);
CREATE INDEX appointments_time ON appointments(starts_at);
CREATE INDEX appointments_client_time ON appointments(client_id, starts_at);
CREATE INDEX appointments_staff_time ON appointments(staff_id, starts_at);
CREATE TABLE visits (
    id BIGSERIAL PRIMARY KEY,
    client_id BIGINT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    visited_at TEXT NOT NULL,
    staff_id BIGINT REFERENCES staff(id) ON DELETE SET NULL,
    service TEXT NOT NULL DEFAULT '',
    spend_cents BIGINT NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    appointment_id BIGINT REFERENCES appointments(id) ON DELETE SET NULL
);
CREATE INDEX visits_client_time ON visits(client_id, visited_at);
CREATE INDEX visits_time ON visits(visited_at);
CREATE INDEX visits_staff_time ON visits(staff_id, visited_at, spend_cents);
CREATE INDEX visits_appointment ON visits(appointment_id) WHERE appointment_id IS NOT NULL;
CREATE TABLE promises (
    id BIGSERIAL PRIMARY KEY,
    client_id BIGINT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (trim(text) <> ''),
    due_at TEXT NOT NULL,
    done_at TEXT,
    staff_id BIGINT REFERENCES staff(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    cancelled_at TEXT
);
CREATE INDEX promises_client ON promises(client_id);
CREATE INDEX promises_open_due ON promises(due_at) WHERE done_at IS NULL;
CREATE INDEX promises_staff ON promises(staff_id);
CREATE INDEX promises_due ON promises(due_at);
CREATE TABLE contact_log (
    id BIGSERIAL PRIMARY KEY,
    client_id BIGINT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('call', 'sms', 'email', 'in_person')),
    note TEXT NOT NULL DEFAULT '',
    staff_id BIGINT REFERENCES staff(id) ON DELETE SET NULL,
    via TEXT NOT NULL DEFAULT '',
    template TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_log_client ON contact_log(client_id, at);
CREATE INDEX contact_log_staff ON contact_log(staff_id);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE client_search (
    client_id BIGINT PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
    doc TSVECTOR NOT NULL
);
CREATE INDEX client_search_doc ON client_search USING gin(doc);
CREATE TABLE imports (
    id BIGSERIAL PRIMARY KEY,
    at TEXT NOT NULL,
    source TEXT NOT NULL,
    kind TEXT NOT NULL,
    added BIGINT NOT NULL DEFAULT 0,
    merged BIGINT NOT NULL DEFAULT 0,
    undone_at TEXT
);
CREATE TABLE import_items (
    import_id BIGINT NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    table_name TEXT NOT NULL CHECK (table_name IN
        ('clients', 'visits', 'appointments', 'promises', 'staff')),
    row_id BIGINT NOT NULL,
    before TEXT,
    after TEXT,
    rowid BIGSERIAL  -- the order the items were written: SQLite's implicit rowid
);
CREATE INDEX import_items_import ON import_items(import_id);
CREATE TABLE promise_reschedules (
    id BIGSERIAL PRIMARY KEY,
    promise_id BIGINT NOT NULL REFERENCES promises(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    from_due TEXT NOT NULL,
    to_due TEXT NOT NULL
);
CREATE INDEX promise_reschedules_promise ON promise_reschedules(promise_id);
CREATE TABLE rewards (
    id BIGSERIAL PRIMARY KEY,
    client_id BIGINT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    redeemed_at TEXT NOT NULL,
    reward TEXT NOT NULL DEFAULT '',
    visit_number BIGINT NOT NULL DEFAULT 0,
    staff_id BIGINT REFERENCES staff(id) ON DELETE SET NULL
);
CREATE INDEX rewards_client ON rewards(client_id, redeemed_at);
CREATE TABLE contact_prefs (
    client_id BIGINT PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
    channel TEXT CHECK (channel IN ('call', 'sms', 'email', 'in_person')),
    do_not_contact BIGINT NOT NULL DEFAULT 0,
    quiet_days BIGINT CHECK (quiet_days IS NULL OR quiet_days >= 0),
    app TEXT NOT NULL DEFAULT ''
);
CREATE TABLE staff_hours (
    staff_id BIGINT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    weekday BIGINT NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    starts TEXT NOT NULL,
    ends TEXT NOT NULL
);
CREATE INDEX staff_hours_staff ON staff_hours(staff_id);
CREATE TABLE time_off (
    id BIGSERIAL PRIMARY KEY,
    staff_id BIGINT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    first_day TEXT NOT NULL,
    last_day TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX time_off_staff ON time_off(staff_id, first_day);
CREATE TABLE change_log (
    id BIGSERIAL PRIMARY KEY,
    client_id BIGINT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    who TEXT NOT NULL DEFAULT '',
    field TEXT NOT NULL,
    old TEXT NOT NULL DEFAULT '',
    new TEXT NOT NULL DEFAULT ''
);
CREATE INDEX change_log_client ON change_log(client_id, at);
CREATE TABLE message_templates (
    kind TEXT NOT NULL,
    language TEXT NOT NULL,
    body TEXT NOT NULL CHECK (trim(body) <> ''),
    PRIMARY KEY (kind, language)
);
CREATE TABLE calendar_links (
    uid TEXT NOT NULL,
    recurrence_id TEXT NOT NULL DEFAULT '',
    appointment_id BIGINT NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,
    PRIMARY KEY (uid, recurrence_id)
);
CREATE INDEX calendar_links_appointment ON calendar_links(appointment_id);
"""

# Tables whose id SQLite hands out: on PostgreSQL a trigger does the same.
_WITH_IDS = ("staff", "clients", "phones", "preferences", "services", "appointments", "visits",
             "promises", "contact_log", "imports", "promise_reschedules", "rewards", "time_off",
             "change_log")


def _statements(script: str) -> list[str]:
    """`script` split at the semicolons that end statements (not inside a function body)."""
    parts = re.split(r";\s*\n(?=CREATE|ALTER|DROP|INSERT|$)", script.strip() + "\n")
    return [p.strip().rstrip(";") for p in parts if p.strip()]


def baseline() -> list[str]:
    """The whole schema as of BASELINE, every text column ordered like SQLite's."""
    script = re.sub(r"\bTEXT\b(?! COLLATE)", 'TEXT COLLATE "C"', _TABLES)
    statements = _statements(script)
    statements += [
        f"CREATE TRIGGER {table}_next_id BEFORE INSERT ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION clientbook_next_id()"
        for table in _WITH_IDS
    ]
    return statements


# The channel every write's notices go to; each desk LISTENs on it (postgres/listener.py).
CHANNEL = "clientbook"
# Rows one transaction notifies of one by one; beyond them, one notice says "everything".
BULK = 200
# Tables whose rows a window shows → the column naming the client a row is about ("" for
# none). A notice says {"table": …, "client": id or null}, or {"table": "*"} once a
# transaction passed BULK rows; services/live.py reads it.
NOTICE_TABLES = {
    "clients": "id", "phones": "client_id", "preferences": "client_id",
    "contact_prefs": "client_id", "visits": "client_id", "appointments": "client_id",
    "promises": "client_id", "promise_reschedules": "", "contact_log": "client_id",
    "rewards": "client_id", "staff": "", "staff_hours": "", "time_off": "",
    "services": "", "settings": "", "message_templates": "",
}
# Tables of a later step that send notices too (m013: a branch added, a role moved).
LATER_NOTICE_TABLES = {"branches": "", "branch_members": ""}


def _live_notices() -> list[str]:
    """Every write to a table a window shows sends a notice inside its transaction, so
    other desks hear of it on commit (and never of a rolled-back one), whoever wrote it:
    this ClientBook, another desk's command line, or hand-written SQL. PostgreSQL sends
    identical notices of one transaction once."""
    function = f"""CREATE FUNCTION clientbook_notice() RETURNS trigger LANGUAGE plpgsql
    AS $body$
DECLARE
    old_client bigint;
    new_client bigint;
    sent int := coalesce(nullif(current_setting('clientbook.notices', true), ''), '0')::int;
BEGIN
    -- A bulk write (an import, a book moved here) says "everything" once instead of
    -- a notice per row: the count lasts until the end of the transaction.
    PERFORM set_config('clientbook.notices', (sent + 1)::text, true);
    IF sent >= {BULK} THEN
        IF sent = {BULK} THEN
            PERFORM pg_notify('{CHANNEL}', json_build_object('table', '*')::text);
        END IF;
        RETURN NULL;
    END IF;
    -- TG_ARGV[0] names the row's client column; each branch is compiled per table only
    -- when it runs, so a table without that column never reads it.
    IF TG_ARGV[0] = 'id' THEN
        IF TG_OP <> 'INSERT' THEN old_client := OLD.id; END IF;
        IF TG_OP <> 'DELETE' THEN new_client := NEW.id; END IF;
    ELSIF TG_ARGV[0] = 'client_id' THEN
        IF TG_OP <> 'INSERT' THEN old_client := OLD.client_id; END IF;
        IF TG_OP <> 'DELETE' THEN new_client := NEW.client_id; END IF;
    END IF;
    IF TG_OP <> 'INSERT' AND (TG_OP = 'DELETE' OR old_client IS DISTINCT FROM new_client)
    THEN
        PERFORM pg_notify('{CHANNEL}', json_build_object(
            'table', TG_TABLE_NAME, 'client', old_client)::text);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM pg_notify('{CHANNEL}', json_build_object(
            'table', TG_TABLE_NAME, 'client', new_client)::text);
    END IF;
    RETURN NULL;
END
$body$"""
    return [function, *_notice_triggers(NOTICE_TABLES)]


def _notice_triggers(tables: dict[str, str]) -> list[str]:
    """A notice trigger on each table (→ the column naming its client, "" for none)."""
    return [f"CREATE TRIGGER {table}_notice AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION clientbook_notice('{column}')"
            for table, column in tables.items()]


# Later steps: the SQLite step's name → its statements on PostgreSQL.
STEPS: dict[str, list[str]] = {
    # Visit summaries kept by triggers make a file's report fast; the server got its own
    # (trigger functions) only at m014, so it skips the file's form.
    "m010_visit_summaries": [],
    "m011_live_notices": _live_notices(),
    "m012_record_versions": [
        f"ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1, "
        "ADD COLUMN changed_by TEXT COLLATE \"C\" NOT NULL DEFAULT ''"
        for table in ("clients", "appointments", "promises", "visits", "staff")],
    # Branches and who sees which: row-level security (storage/postgres/branch_rules.py).
    "m013_branches": [*branch_rules.step(), *_notice_triggers(LATER_NOTICE_TABLES)],
    # With them, the short name prefixes that keep one- and two-letter searches quick.
    "m014_server_visit_summaries": visit_summaries.step() + search_index.prefix_step(),
}
