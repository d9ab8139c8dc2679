//! The SQL the PostgreSQL adapter runs, public so that tests can drive a raw transaction
//! through exactly the same statements (e.g. to hold a commit open on purpose).
//!
//! An append transaction is, in this order:
//! 1. [`LOCK_HEAD`] — `SELECT … FOR UPDATE` of the single `samraad_head` row. This is the
//!    serialisation point: it is held until commit, so positions are handed out in commit order.
//! 2. [`STREAM_VERSIONS`] and [`EVENTS_BY_ID`] — read in a new statement, i.e. with a snapshot
//!    taken *after* the lock was granted, so they see every earlier append.
//! 3. [`INSERT_EVENTS`] with positions `head + 1 …`, [`SET_HEAD`], [`NOTIFY`], then `COMMIT`.

/// Channel used for LISTEN/NOTIFY of new commits. The payload is only a hint.
pub const CHANNEL: &str = "samraad_events";

/// Step 1: take the position lock; returns the last assigned position (`bigint`).
pub const LOCK_HEAD: &str = "SELECT position FROM samraad_head WHERE id = 1 FOR UPDATE";

/// Step 2a: current versions of streams (`$1 text[]`) → `(stream text, version bigint)`.
/// One index probe per stream (`ORDER BY version DESC LIMIT 1` on the unique
/// `(stream, version)` index), never a scan.
pub const STREAM_VERSIONS: &str = "SELECT s.stream, (SELECT e.version FROM samraad_events e \
    WHERE e.stream = s.stream ORDER BY e.version DESC LIMIT 1) FROM unnest($1::text[]) \
    AS s(stream)";

/// Step 2b: already stored event ids (`$1 uuid[]`) → `(event_id, version, position)`.
pub const EVENTS_BY_ID: &str = "SELECT e.event_id, e.version, e.position \
    FROM unnest($1::uuid[]) AS i(id) JOIN samraad_events e ON e.event_id = i.id";

/// Step 2c: ids already claimed (`$1 uuid[]`) → `(id, kind, shared)`.
pub const CLAIMS_BY_ID: &str = "SELECT c.id, c.kind, c.shared \
    FROM unnest($1::uuid[]) AS i(id) JOIN samraad_ids c ON c.id = i.id";

/// Step 3a': record new id claims (`$1 uuid[]`, `$2 text[]` kinds, `$3 bool[]`, `$4 text[]`
/// streams).
pub const INSERT_CLAIMS: &str = "INSERT INTO samraad_ids (id, kind, shared, stream) \
    SELECT * FROM unnest($1::uuid[], $2::text[], $3::bool[], $4::text[]) \
    ON CONFLICT (id) DO NOTHING";

/// Backfill: ids already claimed (`$1 uuid[]`) → `(id, kind, shared, stream)`.
pub const CLAIMS_WITH_STREAM: &str = "SELECT c.id, c.kind, c.shared, c.stream \
    FROM unnest($1::uuid[]) AS i(id) JOIN samraad_ids c ON c.id = i.id";

/// The `id_index` fact: `pending` or `complete`.
pub const ID_INDEX: &str = "SELECT value FROM samraad_meta WHERE key = 'id_index'";

/// Records that the id index is complete.
pub const ID_INDEX_COMPLETE: &str = "INSERT INTO samraad_meta (key, value) \
    VALUES ('id_index', 'complete') ON CONFLICT (key) DO UPDATE SET value = 'complete'";

/// Step 3a: insert events, one array per column (`$1 bigint[]` positions … `$12 text[]` JSON,
/// `$13 timestamptz[]` recorded-at, null where it is the time of occurrence).
pub const INSERT_EVENTS: &str = "INSERT INTO samraad_events (position, event_id, stream, \
    version, event_type, schema_version, occurred_at, actor_person, actor_organization, \
    causation_id, correlation_id, data, recorded_at) \
    SELECT p, e, s, v, t, sv, o, ap, ao, c, co, d::jsonb, r FROM unnest($1::bigint[], \
    $2::uuid[], $3::text[], $4::bigint[], $5::text[], $6::int[], $7::timestamptz[], \
    $8::uuid[], $9::uuid[], $10::uuid[], $11::uuid[], $12::text[], $13::timestamptz[]) \
    AS u(p, e, s, v, t, sv, o, ap, ao, c, co, d, r)";

/// Step 3b: record the new head position (`$1 bigint`).
pub const SET_HEAD: &str = "UPDATE samraad_head SET position = $1 WHERE id = 1";

/// Step 3c: wake every replica's subscribers at commit (`$1 text`: the new head, a hint).
pub const NOTIFY: &str = "SELECT pg_notify('samraad_events', $1)";

/// Columns selected by every read, in the order the row decoder expects.
pub const EVENT_COLUMNS: &str = "position, event_id, stream, version, event_type, \
    schema_version, occurred_at, actor_person, actor_organization, causation_id, \
    correlation_id, data, recorded_at";

/// Events after a position (`$1 bigint`), at most `$2 bigint`, in global order.
pub const READ_ALL: &str = "SELECT position, event_id, stream, version, event_type, \
    schema_version, occurred_at, actor_person, actor_organization, causation_id, \
    correlation_id, data, recorded_at FROM samraad_events WHERE position > $1 ORDER BY position LIMIT $2";

/// Events of a stream (`$1 text`) after a version (`$2 bigint`), at most `$3 bigint`.
pub const READ_STREAM: &str = "SELECT position, event_id, stream, version, event_type, \
    schema_version, occurred_at, actor_person, actor_organization, causation_id, \
    correlation_id, data, recorded_at FROM samraad_events WHERE stream = $1 AND version > $2 \
    ORDER BY version LIMIT $3";

/// The last committed position.
pub const HEAD: &str = "SELECT position FROM samraad_head WHERE id = 1";

/// Session advisory lock key under which migrations run ("SAMR" + 1).
pub const MIGRATION_LOCK: i64 = 0x5341_4D52_0000_0001;

/// Schema migrations, in order; index + 1 is the version recorded in `samraad_schema`.
pub const MIGRATIONS: &[&str] = &[
    "
    CREATE TABLE samraad_events (
        position           bigint      PRIMARY KEY,
        event_id           uuid        NOT NULL UNIQUE,
        stream             text        NOT NULL,
        version            bigint      NOT NULL,
        event_type         text        NOT NULL,
        schema_version     integer     NOT NULL,
        occurred_at        timestamptz NOT NULL,
        actor_person       uuid        NOT NULL,
        actor_organization uuid        NOT NULL,
        causation_id       uuid        NOT NULL,
        correlation_id     uuid        NOT NULL,
        data               jsonb       NOT NULL,
        UNIQUE (stream, version)
    );
    CREATE TABLE samraad_head (
        id       integer PRIMARY KEY CHECK (id = 1),
        position bigint  NOT NULL
    );
    INSERT INTO samraad_head (id, position) VALUES (1, 0);
",
    "
    CREATE TABLE IF NOT EXISTS samraad_ids (
        id     uuid    PRIMARY KEY,
        kind   text    NOT NULL,
        shared boolean NOT NULL,
        stream text    NOT NULL
    );
",
    // 3: facts about the store; `id_index` is `pending` when events were stored before the
    // store kept its id index (backfilled on the next start), else `complete`.
    "
    CREATE TABLE samraad_meta (
        key   text PRIMARY KEY,
        value text NOT NULL
    );
    INSERT INTO samraad_meta (key, value) SELECT 'id_index',
        CASE WHEN EXISTS (SELECT 1 FROM samraad_events) THEN 'pending' ELSE 'complete' END;
",
    // 4: when an event was written, where that is not when it occurred (imported history).
    "ALTER TABLE samraad_events ADD COLUMN recorded_at timestamptz;",
];
