"""Branches on a server book (step m013): who may see and change which rows, enforced by
PostgreSQL's row-level security, not by the app.

A desk logs in as a PostgreSQL role; `branch_members` lists which roles belong to which
branch (a role also belongs through any group role it is a member of). Clients, staff,
appointments, visits and imports carry a `branch_id`; every row that hangs off one of them
(phones, preferences, promises, contacts, rewards, the change log, the search index, staff
hours, calendar links, import items …) is visible exactly when the row it hangs off is.
Members of the NOLOGIN role `clientbook_owner`, the database's owner, the tables' owner and
superusers see every branch. Settings, the services menu and message templates are the
firm's, shared by every branch.

New rows need no branch in the shared INSERT statements: clients, staff and imports take the
desk's home branch (its first), appointments and visits their client's. Desk roles get the
table privileges through the group role `clientbook_desk` (`clientbook desk grant` makes a
role its member); both group roles are made here when the user upgrading the book may
create roles, else by the administrator (README).
"""

from __future__ import annotations

# Tables with a branch of their own.
BRANCHED = ("clients", "staff", "appointments", "visits", "imports")
# Tables whose rows hang off another table's: (table, its column, the table it refers to).
HANGING = (
    ("phones", "client_id", "clients"), ("preferences", "client_id", "clients"),
    ("promises", "client_id", "clients"), ("contact_log", "client_id", "clients"),
    ("contact_prefs", "client_id", "clients"), ("rewards", "client_id", "clients"),
    ("change_log", "client_id", "clients"), ("client_search", "client_id", "clients"),
    ("promise_reschedules", "promise_id", "promises"), ("staff_hours", "staff_id", "staff"),
    ("time_off", "staff_id", "staff"), ("calendar_links", "appointment_id", "appointments"),
    ("import_items", "import_id", "imports"),
)

_FUNCTIONS = [
    """CREATE FUNCTION clientbook_sees_all() RETURNS boolean LANGUAGE sql STABLE AS $body$
    -- Superusers, the database's and the tables' owner, and clientbook_owner's members.
    SELECT pg_has_role(current_user,
                       (SELECT datdba FROM pg_database WHERE datname = current_database()),
                       'MEMBER')
        OR pg_has_role(current_user,
                       (SELECT relowner FROM pg_class WHERE oid = 'branches'::regclass),
                       'MEMBER')
        OR EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = 'clientbook_owner'
                   AND pg_has_role(current_user, r.oid, 'MEMBER'))
    $body$""",
    """CREATE FUNCTION clientbook_my_branches() RETURNS SETOF bigint LANGUAGE sql STABLE
    AS $body$
    -- A role dropped since it was granted a branch is skipped (pg_has_role would fail).
    SELECT m.branch_id FROM branch_members m JOIN pg_roles r ON r.rolname = m.role
    WHERE pg_has_role(current_user, r.oid, 'MEMBER')
    $body$""",
    """CREATE FUNCTION clientbook_home_branch() RETURNS bigint LANGUAGE plpgsql STABLE
    AS $body$
    DECLARE
        home bigint;
    BEGIN
        SELECT min(branch_id) INTO home FROM branch_members WHERE role = current_user;
        IF home IS NULL THEN
            SELECT min(b) INTO home FROM clientbook_my_branches() AS b;
        END IF;
        IF home IS NULL AND clientbook_sees_all() THEN
            SELECT min(id) INTO home FROM branches;
        END IF;
        IF home IS NULL THEN
            RAISE EXCEPTION 'the user % belongs to no branch of this book', current_user
                USING ERRCODE = 'insufficient_privilege',
                      HINT = 'clientbook desk grant ROLE --branch NAME';
        END IF;
        RETURN home;
    END
    $body$""",
    """CREATE FUNCTION clientbook_client_branch() RETURNS trigger LANGUAGE plpgsql AS $body$
    BEGIN
        -- An appointment or a visit belongs where its client does, unless told otherwise.
        IF NEW.branch_id IS NULL THEN
            SELECT branch_id INTO NEW.branch_id FROM clients WHERE id = NEW.client_id;
            IF NEW.branch_id IS NULL THEN
                NEW.branch_id := clientbook_home_branch();
            END IF;
        END IF;
        RETURN NEW;
    END
    $body$""",
]

_SEES_ALL = "(SELECT clientbook_sees_all())"
_MINE = f"({_SEES_ALL} OR branch_id IN (SELECT clientbook_my_branches()))"


def _branch_tables() -> list[str]:
    out = [
        """CREATE TABLE branches (
            id BIGSERIAL PRIMARY KEY,
            name TEXT COLLATE "C" NOT NULL UNIQUE CHECK (trim(name) <> '')
        )""",
        "CREATE TRIGGER branches_next_id BEFORE INSERT ON branches "
        "FOR EACH ROW EXECUTE FUNCTION clientbook_next_id()",
        "INSERT INTO branches (id, name) VALUES (1, 'Main')",
        """CREATE TABLE branch_members (
            role TEXT COLLATE "C" NOT NULL,
            branch_id BIGINT NOT NULL REFERENCES branches(id) ON DELETE CASCADE,
            PRIMARY KEY (role, branch_id)
        )""",
    ]
    for table in BRANCHED:
        out.append(f"ALTER TABLE {table} ADD COLUMN branch_id BIGINT NOT NULL DEFAULT 1 "
                   "REFERENCES branches(id)")
        out.append(f"CREATE INDEX {table}_branch ON {table}(branch_id)")
    return out


def _defaults() -> list[str]:
    out = [f"ALTER TABLE {table} ALTER COLUMN branch_id SET DEFAULT clientbook_home_branch()"
           for table in ("clients", "staff", "imports")]
    for table in ("appointments", "visits"):
        out.append(f"ALTER TABLE {table} ALTER COLUMN branch_id DROP DEFAULT")
        out.append(f"CREATE TRIGGER {table}_branch BEFORE INSERT ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION clientbook_client_branch()")
    return out


def _hanging(table: str, column: str, parent: str) -> str:
    """The policy of a table whose rows hang off `parent`'s. The parent's own policy filters
    the subquery: visible when the parent is."""
    seen = f"({_SEES_ALL} OR EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {column}))"
    return f"CREATE POLICY branch ON {table} USING {seen} WITH CHECK {seen}"


def _secured(table: str) -> list[str]:
    return [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"]


def hanging_off_clients(table: str) -> list[str]:
    """For a later step's table of per-client rows (a `client_id`): seen and written
    exactly when the client is."""
    return [*_secured(table), _hanging(table, "client_id", "clients")]


def by_branch(table: str) -> list[str]:
    """For a later step's table with a `branch_id` of its own: seen and written by the
    desks of that branch."""
    return [*_secured(table), f"CREATE POLICY branch ON {table} USING {_MINE} "
                              f"WITH CHECK {_MINE}"]


def _policies() -> list[str]:
    out = []
    for table in (*BRANCHED, *(t for t, _, _ in HANGING), "branches", "branch_members"):
        out.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        out.append(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    for table in ("clients", "staff", "imports"):
        out.append(f"CREATE POLICY branch ON {table} USING {_MINE} WITH CHECK {_MINE}")
    for table in ("appointments", "visits"):
        # Written only for a client the desk sees, so no row points at a hidden client.
        out.append(f"CREATE POLICY branch ON {table} USING {_MINE} WITH CHECK ({_MINE} AND "
                   "EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id))")
    for table, column, parent in HANGING:
        out.append(_hanging(table, column, parent))
    out.append(f"CREATE POLICY branch ON branches USING ({_SEES_ALL} OR id IN "
               f"(SELECT clientbook_my_branches())) WITH CHECK ({_SEES_ALL})")
    out.append(f"""CREATE POLICY branch ON branch_members USING ({_SEES_ALL} OR EXISTS (
        SELECT 1 FROM pg_roles r WHERE r.rolname = role
        AND pg_has_role(current_user, r.oid, 'MEMBER'))) WITH CHECK ({_SEES_ALL})""")
    return out


# The group roles, made when this user may (roles are the whole server's, shared by every
# book on it), and what desks may do with the tables: everything but the branches, their
# members and the book's own records, which only the owner changes.
_ROLES = r"""
DO $body$
DECLARE
    here text := quote_ident(current_schema());
BEGIN
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'clientbook_desk') THEN
            CREATE ROLE clientbook_desk NOLOGIN;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'clientbook_owner') THEN
            CREATE ROLE clientbook_owner NOLOGIN;
        END IF;
    EXCEPTION WHEN insufficient_privilege OR duplicate_object OR unique_violation THEN
        NULL;  -- not allowed to make roles (the administrator does), or another book did
    END;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'clientbook_desk') THEN
        EXECUTE 'GRANT USAGE ON SCHEMA ' || here || ' TO clientbook_desk';
        EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ' || here
                || ' TO clientbook_desk';
        EXECUTE 'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ' || here
                || ' TO clientbook_desk';
        REVOKE INSERT, UPDATE, DELETE ON branches, branch_members, clientbook_meta,
            clientbook_migrations FROM clientbook_desk;
        -- Tables and sequences later steps make reach the desks too.
        EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA ' || here
                || ' GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO clientbook_desk';
        EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA ' || here
                || ' GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO clientbook_desk';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'clientbook_owner') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON branches, branch_members TO clientbook_owner;
        BEGIN
            GRANT clientbook_desk TO clientbook_owner WITH ADMIN OPTION;
        EXCEPTION WHEN OTHERS THEN
            NULL;  -- no clientbook_desk, or not this user's to grant
        END;
    END IF;
END
$body$
"""


def step() -> list[str]:
    """Step m013_branches on PostgreSQL."""
    return [*_branch_tables(), *_FUNCTIONS, *_defaults(), *_policies(),
            _ROLES.strip()]
