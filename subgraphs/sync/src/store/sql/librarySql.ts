// The SQL of the library store. Ids are bound as text and cast, so a malformed id fails in validation long before;
// rows of many go as one JSON parameter through `jsonb_to_recordset` (one statement however many operations).
// Sequences and HLCs come back as text: a bigint read as a JS number is exact only below 2^53, and text says so.

/**
 * Serialises every writer of one profile's library for the rest of the transaction, so a read-apply-write never
 * loses a concurrent update, and — since each writer takes its log sequence numbers while holding it — a library's
 * operations commit in sequence order (bigserial values of *different* libraries may still commit out of order;
 * cursors are per library, so that never matters). $1 `<userId>:<profileId>`.
 */
export const lockLibrarySql = /* SQL */ `
SELECT pg_advisory_xact_lock(hashtextextended('sync.library:' || $1, 0))`;

/** Keys of operations already in the log. $1 user, $2 profile, $3 keys */
export const loggedKeysSql = /* SQL */ `
SELECT op_key FROM sync.operation
 WHERE user_id = $1::uuid AND profile_id = $2::uuid AND op_key = ANY($3::text[])`;

/** Every tag row of the watchlist. $1 user, $2 profile */
export const watchlistTagsSql = /* SQL */ `
SELECT title_id::text AS title_id, tag, added, tombstoned, priority, reason
  FROM sync.watchlist_tag
 WHERE user_id = $1::uuid AND profile_id = $2::uuid`;

/** Progress registers, all or those of $3 (null: all). $1 user, $2 profile */
export const progressSql = /* SQL */ `
SELECT title_id::text AS title_id, position_seconds, duration_seconds, completed, hlc
  FROM sync.progress
 WHERE user_id = $1::uuid AND profile_id = $2::uuid AND ($3::uuid[] IS NULL OR title_id = ANY($3::uuid[]))`;

/** Preference registers, all or those of $3 (null: all). $1 user, $2 profile */
export const preferencesSql = /* SQL */ `
SELECT key, value, hlc
  FROM sync.preference
 WHERE user_id = $1::uuid AND profile_id = $2::uuid AND ($3::text[] IS NULL OR key = ANY($3::text[]))`;

/** Appends applied operations in the order given (so sequence order is HLC order). $1 user, $2 profile, $3 rows */
export const insertOperationsSql = /* SQL */ `
INSERT INTO sync.operation (user_id, profile_id, op_key, kind, device_id, hlc, payload)
SELECT $1::uuid, $2::uuid, r.op_key, r.kind, r.device_id, r.hlc, r.payload
  FROM jsonb_to_recordset($3::jsonb) AS r(ord int, op_key text, kind text, device_id uuid, hlc text, payload jsonb)
 ORDER BY r.ord
RETURNING sequence::text AS sequence, op_key, created_at`;

/** Writes the tag rows of the titles a batch touched; unchanged rows are left alone. $1 user, $2 profile, $3 rows */
export const upsertWatchlistTagsSql = /* SQL */ `
INSERT INTO sync.watchlist_tag AS w (user_id, profile_id, title_id, tag, added, tombstoned, priority, reason, device_id, updated_at)
SELECT $1::uuid, $2::uuid, r.title_id, r.tag, r.added, r.tombstoned, r.priority, r.reason, r.device_id, now()
  FROM jsonb_to_recordset($3::jsonb)
    AS r(title_id uuid, tag text, added boolean, tombstoned boolean, priority int, reason text, device_id uuid)
ON CONFLICT (user_id, profile_id, title_id, tag) DO UPDATE
   SET added = EXCLUDED.added, tombstoned = EXCLUDED.tombstoned, priority = EXCLUDED.priority, reason = EXCLUDED.reason,
       device_id = EXCLUDED.device_id, updated_at = now()
 WHERE (w.added, w.tombstoned, w.priority, w.reason, w.device_id)
       IS DISTINCT FROM (EXCLUDED.added, EXCLUDED.tombstoned, EXCLUDED.priority, EXCLUDED.reason, EXCLUDED.device_id)`;

/** $1 user, $2 profile, $3 rows */
export const upsertProgressSql = /* SQL */ `
INSERT INTO sync.progress (user_id, profile_id, title_id, position_seconds, duration_seconds, completed, hlc, device_id, updated_at)
SELECT $1::uuid, $2::uuid, r.title_id, r.position_seconds, r.duration_seconds, r.completed, r.hlc, r.device_id, now()
  FROM jsonb_to_recordset($3::jsonb)
    AS r(title_id uuid, position_seconds float8, duration_seconds float8, completed boolean, hlc text, device_id uuid)
ON CONFLICT (user_id, profile_id, title_id) DO UPDATE
   SET position_seconds = EXCLUDED.position_seconds, duration_seconds = EXCLUDED.duration_seconds,
       completed = EXCLUDED.completed, hlc = EXCLUDED.hlc, device_id = EXCLUDED.device_id, updated_at = now()`;

/** $1 user, $2 profile, $3 rows */
export const upsertPreferencesSql = /* SQL */ `
INSERT INTO sync.preference (user_id, profile_id, key, value, hlc, device_id, updated_at)
SELECT $1::uuid, $2::uuid, r.key, r.value, r.hlc, r.device_id, now()
  FROM jsonb_to_recordset($3::jsonb) AS r(key text, value text, hlc text, device_id uuid)
ON CONFLICT (user_id, profile_id, key) DO UPDATE
   SET value = EXCLUDED.value, hlc = EXCLUDED.hlc, device_id = EXCLUDED.device_id, updated_at = now()`;

/**
 * Where the library's log stands: `head` the greatest sequence it holds or ever held, `pruned_through` the greatest
 * the retention job deleted. $1 user, $2 profile
 */
export const logPositionSql = /* SQL */ `
SELECT GREATEST(COALESCE(o.head, 0), COALESCE(l.pruned_through, 0))::text AS head,
       COALESCE(l.pruned_through, 0)::text AS pruned_through
  FROM (SELECT max(sequence) AS head FROM sync.operation WHERE user_id = $1::uuid AND profile_id = $2::uuid) o
  LEFT JOIN sync.library l ON l.user_id = $1::uuid AND l.profile_id = $2::uuid`;

/** The log after a sequence, oldest first. $1 user, $2 profile, $3 after, $4 limit */
export const operationsAfterSql = /* SQL */ `
SELECT o.sequence::text AS sequence, o.kind, o.device_id::text AS device_id, o.hlc, o.payload, o.created_at
  FROM sync.operation o
 WHERE o.user_id = $1::uuid AND o.profile_id = $2::uuid AND o.sequence > $3::bigint
 ORDER BY o.sequence -- the column, not the text alias of the same name
 LIMIT $4`;

/**
 * Deletes up to $2 log rows older than $1 and records, per library, the greatest sequence deleted, in one statement:
 * a reader's snapshot sees either both or neither, so it never misses a deleted operation unnoticed. Returns how many
 * rows went.
 */
export const pruneOperationsSql = /* SQL */ `
WITH doomed AS (
  SELECT sequence FROM sync.operation WHERE created_at < $1::timestamptz ORDER BY sequence LIMIT $2
), deleted AS (
  DELETE FROM sync.operation o USING doomed d WHERE o.sequence = d.sequence
  RETURNING o.user_id, o.profile_id, o.sequence
), marked AS (
  INSERT INTO sync.library AS l (user_id, profile_id, pruned_through)
  SELECT user_id, profile_id, max(sequence) FROM deleted GROUP BY user_id, profile_id
  ON CONFLICT (user_id, profile_id) DO UPDATE SET pruned_through = GREATEST(l.pruned_through, EXCLUDED.pruned_through)
  RETURNING 1
)
SELECT count(*)::int AS deleted FROM deleted`;

/** Records a consumer's position; never moves it back. $1 group, $2 source, $3 sequence */
export const advanceConsumerOffsetSql = /* SQL */ `
INSERT INTO sync.consumer_offset AS c (consumer_group, source, last_sequence, updated_at)
VALUES ($1, $2, $3::bigint, now())
ON CONFLICT (consumer_group, source) DO UPDATE
   SET last_sequence = greatest(c.last_sequence, EXCLUDED.last_sequence), updated_at = now()`;

/** $1 group, $2 source */
export const consumerOffsetSql = /* SQL */ `
SELECT last_sequence::text AS last_sequence FROM sync.consumer_offset WHERE consumer_group = $1 AND source = $2`;
