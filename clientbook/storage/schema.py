"""The schema, as append-only sqlite-utils migrations. Never edit a released step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clientbook.storage.migration_steps import Steps

if TYPE_CHECKING:
    from sqlite_utils import Database


MIGRATIONS = Steps("clientbook")

# "ClBk": marks a SQLite file as ClientBook's (PRAGMA application_id).
APPLICATION_ID = 0x436C426B


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    statements = """
    CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        role TEXT NOT NULL DEFAULT 'designer',
        active INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE clients (
        id INTEGER PRIMARY KEY,
        display_name TEXT NOT NULL CHECK (trim(display_name) <> ''),
        given_name TEXT NOT NULL DEFAULT '',
        family_name TEXT NOT NULL DEFAULT '',
        address_as TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        birthday TEXT,
        birthday_md TEXT,
        notes TEXT NOT NULL DEFAULT '',
        designer_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
        archived INTEGER NOT NULL DEFAULT 0,
        name_key TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX clients_name_key ON clients(name_key);
    CREATE INDEX clients_birthday_md ON clients(birthday_md) WHERE birthday_md IS NOT NULL;
    CREATE INDEX clients_designer ON clients(designer_id);
    CREATE INDEX clients_email ON clients(lower(email)) WHERE email <> '';
    CREATE TABLE phones (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        number TEXT NOT NULL,
        canonical TEXT NOT NULL
    );
    CREATE INDEX phones_client ON phones(client_id);
    CREATE INDEX phones_canonical ON phones(canonical);
    CREATE TABLE preferences (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        category TEXT NOT NULL CHECK (category IN ('drink', 'food', 'room', 'music',
            'conversation', 'health', 'products', 'contact', 'other')),
        value TEXT NOT NULL CHECK (trim(value) <> ''),
        detail TEXT NOT NULL DEFAULT '',
        avoid INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX preferences_client ON preferences(client_id);
    CREATE TABLE visits (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        visited_at TEXT NOT NULL,
        staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
        service TEXT NOT NULL DEFAULT '',
        spend_cents INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX visits_client_time ON visits(client_id, visited_at);
    CREATE INDEX visits_time ON visits(visited_at);
    CREATE INDEX visits_staff ON visits(staff_id);
    CREATE TABLE appointments (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        starts_at TEXT NOT NULL,
        duration_min INTEGER NOT NULL DEFAULT 60 CHECK (duration_min > 0),
        staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
        service TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'booked'
            CHECK (status IN ('booked', 'arrived', 'done', 'cancelled', 'no_show')),
        notes TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX appointments_time ON appointments(starts_at);
    CREATE INDEX appointments_client_time ON appointments(client_id, starts_at);
    CREATE INDEX appointments_staff ON appointments(staff_id);
    CREATE TABLE promises (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        text TEXT NOT NULL CHECK (trim(text) <> ''),
        due_at TEXT NOT NULL,
        done_at TEXT,
        staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX promises_client ON promises(client_id);
    CREATE INDEX promises_open_due ON promises(due_at) WHERE done_at IS NULL;
    CREATE INDEX promises_staff ON promises(staff_id);
    CREATE TABLE contact_log (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('call', 'sms', 'email', 'in_person')),
        note TEXT NOT NULL DEFAULT '',
        staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL
    );
    CREATE INDEX contact_log_client ON contact_log(client_id, at);
    CREATE INDEX contact_log_staff ON contact_log(staff_id);
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE client_search USING fts5(
        name, other, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4'
    );
    """
    for statement in statements.split(";"):
        if statement.strip():
            db.execute(statement)



@MIGRATIONS()
def m002_import_log(db: Database) -> None:
    """What each import added or changed, so "Undo last import" removes exactly that."""
    statements = """
    CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        source TEXT NOT NULL,
        kind TEXT NOT NULL,
        added INTEGER NOT NULL DEFAULT 0,
        merged INTEGER NOT NULL DEFAULT 0,
        undone_at TEXT
    );
    CREATE TABLE import_items (
        import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
        table_name TEXT NOT NULL CHECK (table_name IN
            ('clients', 'visits', 'appointments', 'promises', 'staff')),
        row_id INTEGER NOT NULL,
        before TEXT
    );
    CREATE INDEX import_items_import ON import_items(import_id);
    """
    for statement in statements.split(";"):
        if statement.strip():
            db.execute(statement)


@MIGRATIONS()
def m003_service_memory(db: Database) -> None:
    """Cancelled and rescheduled promises, loyalty rewards, clients' contact wishes."""
    statements = """
    ALTER TABLE promises ADD COLUMN cancelled_at TEXT;
    CREATE TABLE promise_reschedules (
        id INTEGER PRIMARY KEY,
        promise_id INTEGER NOT NULL REFERENCES promises(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        from_due TEXT NOT NULL,
        to_due TEXT NOT NULL
    );
    CREATE INDEX promise_reschedules_promise ON promise_reschedules(promise_id);
    CREATE TABLE rewards (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        redeemed_at TEXT NOT NULL,
        reward TEXT NOT NULL DEFAULT '',
        visit_number INTEGER NOT NULL DEFAULT 0,
        staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL
    );
    CREATE INDEX rewards_client ON rewards(client_id, redeemed_at);
    CREATE TABLE contact_prefs (
        client_id INTEGER PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
        channel TEXT CHECK (channel IN ('call', 'sms', 'email', 'in_person')),
        do_not_contact INTEGER NOT NULL DEFAULT 0,
        quiet_days INTEGER CHECK (quiet_days IS NULL OR quiet_days >= 0)
    );
    CREATE INDEX promises_due ON promises(due_at);
    """
    for statement in statements.split(";"):
        if statement.strip():
            db.execute(statement)


@MIGRATIONS()
def m004_privacy(db: Database) -> None:
    """Consent for health notes (special-category data), and clients forgotten on request."""
    db.execute("ALTER TABLE clients ADD COLUMN health_consent_at TEXT")
    db.execute("ALTER TABLE clients ADD COLUMN forgotten_at TEXT")


@MIGRATIONS()
def m005_visit_totals_index(db: Database) -> None:
    """Visits and spend per staff member and period, read from an index alone.

    The Reports page counts a million visits by staff member and period; with this index
    each (staff member, period) is one range of index entries: no table rows, no sorting.
    It starts with staff_id, so it does everything visits_staff did, and replaces it.
    """
    db.execute("CREATE INDEX visits_staff_time ON visits(staff_id, visited_at, spend_cents)")
    db.execute("DROP INDEX visits_staff")


@MIGRATIONS()
def m006_appointment_book(db: Database) -> None:
    """The appointment book: a services menu, staff weekly hours and time off, and why a
    booking was cancelled. Times stay 'YYYY-MM-DDTHH:MM:SS' text compared as ranges (no
    date functions), so another engine reads the same SQL. The (staff_id, starts_at) index
    keeps a designer's day and a clash check one range scan on half a million bookings."""
    statements = """
    CREATE TABLE services (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        minutes INTEGER NOT NULL CHECK (minutes > 0),
        price_cents INTEGER,
        category TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1
    );
    CREATE UNIQUE INDEX services_name ON services(lower(name));
    CREATE TABLE staff_hours (
        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
        starts TEXT NOT NULL,
        ends TEXT NOT NULL
    );
    CREATE INDEX staff_hours_staff ON staff_hours(staff_id);
    CREATE TABLE time_off (
        id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        first_day TEXT NOT NULL,
        last_day TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX time_off_staff ON time_off(staff_id, first_day);
    ALTER TABLE appointments ADD COLUMN service_id INTEGER
        REFERENCES services(id) ON DELETE SET NULL;
    ALTER TABLE appointments ADD COLUMN cancel_reason TEXT
        CHECK (cancel_reason IS NULL OR cancel_reason IN ('client', 'late', 'firm'));
    CREATE INDEX appointments_staff_time ON appointments(staff_id, starts_at);
    DROP INDEX appointments_staff
    """
    for statement in statements.split(";"):
        if statement.strip():
            db.execute(statement)



@MIGRATIONS()
def m007_history(db: Database) -> None:
    """A client's history made correctable: which appointment a visit completes (so one is
    logged once), the change log of who changed what on a client's record, and when, and a
    merged client as the import left them (so undo restores only what nobody changed since)."""
    statements = """
    ALTER TABLE visits ADD COLUMN appointment_id INTEGER
        REFERENCES appointments(id) ON DELETE SET NULL;
    CREATE INDEX visits_appointment ON visits(appointment_id) WHERE appointment_id IS NOT NULL;
    CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        who TEXT NOT NULL DEFAULT '',
        field TEXT NOT NULL,
        old TEXT NOT NULL DEFAULT '',
        new TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX change_log_client ON change_log(client_id, at);
    ALTER TABLE import_items ADD COLUMN after TEXT;
    """
    for statement in statements.split(";"):
        if statement.strip():
            db.execute(statement)



@MIGRATIONS()
def m008_messages(db: Database) -> None:
    """Messages to clients: each client's language, the firm's own templates per occasion and
    language, the messaging app a client prefers, and how each logged contact was sent."""
    statements = """
    ALTER TABLE clients ADD COLUMN language TEXT NOT NULL DEFAULT '';
    ALTER TABLE contact_prefs ADD COLUMN app TEXT NOT NULL DEFAULT '';
    ALTER TABLE contact_log ADD COLUMN via TEXT NOT NULL DEFAULT '';
    ALTER TABLE contact_log ADD COLUMN template TEXT NOT NULL DEFAULT '';
    CREATE TABLE message_templates (
        kind TEXT NOT NULL,
        language TEXT NOT NULL,
        body TEXT NOT NULL CHECK (trim(body) <> ''),
        PRIMARY KEY (kind, language)
    )
    """
    for statement in statements.split(";"):
        if statement.strip():
            db.execute(statement)


@MIGRATIONS()
def m009_calendar_import(db: Database) -> None:
    """Which booking each imported calendar event (UID, and RECURRENCE-ID for one of a
    recurring series) made, so importing the same or a newer file updates, never duplicates."""
    db.execute("""
    CREATE TABLE calendar_links (
        uid TEXT NOT NULL,
        recurrence_id TEXT NOT NULL DEFAULT '',
        appointment_id INTEGER NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,
        PRIMARY KEY (uid, recurrence_id)
    )""")
    db.execute("CREATE INDEX calendar_links_appointment ON calendar_links(appointment_id)")



@MIGRATIONS()
def m010_visit_summaries(db: Database) -> None:
    """Per client, what the report needs of their visits (count, money, first and last day,
    first return, usual interval, the gaps long enough to be lapses), and visits and money per
    month and staff member (0: nobody), both kept right by triggers on every write: a report
    reads 100,000 summaries instead of 1,000,000 visits. A forgotten client has no summary."""
    from clientbook.storage.visit_summaries import create

    create(db)


@MIGRATIONS()
def m011_live_notices(db: Database) -> None:
    """A file has one desk, so it sends no notices: on a server book every write tells the
    other desks what changed (storage/postgres/schema.py: LISTEN/NOTIFY), so this step is
    the server's only."""


@MIGRATIONS()
def m012_record_versions(db: Database) -> None:
    """Records two desks edit (clients with their phones and preferences, appointments,
    promises, visits, staff) carry a version, raised by every update, and the desk that made
    it: a save made from an older version is refused instead of overwriting (issue 23)."""
    for table in ("clients", "appointments", "promises", "visits", "staff"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
        db.execute(f"ALTER TABLE {table} ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''")


@MIGRATIONS()
def m013_branches(db: Database) -> None:
    """Branches of a chain: clients, staff, appointments, visits and imports belong to one.
    A file on one desk has the one branch "Main" (every row in it); the columns and tables
    are the server's, so a whole book copied between the engines keeps its branches and
    which desk roles belong to which (storage/postgres/schema.py enforces them there)."""
    statements = """
    CREATE TABLE branches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (trim(name) <> '')
    );
    INSERT INTO branches (id, name) VALUES (1, 'Main');
    CREATE TABLE branch_members (
        role TEXT NOT NULL,
        branch_id INTEGER NOT NULL REFERENCES branches(id) ON DELETE CASCADE,
        PRIMARY KEY (role, branch_id)
    );
    ALTER TABLE clients ADD COLUMN branch_id INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE staff ADD COLUMN branch_id INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE appointments ADD COLUMN branch_id INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE visits ADD COLUMN branch_id INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE imports ADD COLUMN branch_id INTEGER NOT NULL DEFAULT 1
    """
    for statement in statements.split(";"):
        if statement.strip():
            db.execute(statement)


@MIGRATIONS()
def m014_server_visit_summaries(db: Database) -> None:
    """A server book keeps the visit summaries and month totals of m010 too, by trigger
    functions (storage/postgres/visit_summaries.py), and its search the first letters of
    every name word (storage/postgres/search_index.py); the file has what it needs."""


# Schema version written to PRAGMA user_version: one per migration.
SCHEMA_VERSION = len(MIGRATIONS.steps)
