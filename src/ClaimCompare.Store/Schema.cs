namespace ClaimCompare.Store;

/// <summary>
/// The store's tables, as migrations from one version to the next. Both databases read the same SQL: only
/// portable types (TEXT, BIGINT, DOUBLE PRECISION) and syntax (partial indexes, ON CONFLICT) are used.
/// </summary>
internal static class Schema
{
    /// <summary>The schema version this code writes; a store with a higher one is refused.</summary>
    public const int CurrentVersion = 3;

    /// <summary>The name in cc_meta that marks a database as a ClaimCompare store.</summary>
    public const string Format = "ClaimCompare.Store";

    /// <summary>Statements that take a store from version N-1 to N, for N = 1..CurrentVersion.</summary>
    public static IReadOnlyList<string[]> Migrations { get; } =
    [
        // Version 1.
        [
            "CREATE TABLE cc_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE cc_runs (id BIGINT PRIMARY KEY, committed_at BIGINT NOT NULL, added BIGINT NOT NULL, changed BIGINT NOT NULL, claims BIGINT NOT NULL)",
            // One row per article version; (id, hash) is the identity, is_current marks the latest.
            """
            CREATE TABLE cc_articles (id TEXT NOT NULL, hash TEXT NOT NULL, is_current BIGINT NOT NULL, outlet TEXT, title TEXT,
              published TEXT, path TEXT, aliases TEXT NOT NULL, claims BIGINT NOT NULL, first_run BIGINT NOT NULL, PRIMARY KEY (id, hash))
            """,
            "CREATE INDEX cc_articles_current ON cc_articles (id) WHERE is_current = 1",
            // Claims keep the comparer's block and day range, so the claims a new one can meet are found by index.
            """
            CREATE TABLE cc_claims (claim_key TEXT PRIMARY KEY, article_id TEXT NOT NULL, article_hash TEXT NOT NULL, ordinal BIGINT NOT NULL,
              is_current BIGINT NOT NULL, block TEXT, first_day BIGINT, last_day BIGINT, group_id TEXT, body TEXT NOT NULL, run BIGINT NOT NULL)
            """,
            "CREATE INDEX cc_claims_block ON cc_claims (block, first_day) WHERE is_current = 1",
            "CREATE INDEX cc_claims_article ON cc_claims (article_id, article_hash)",
            "CREATE TABLE cc_blocks (block TEXT PRIMARY KEY, max_span BIGINT NOT NULL, undated BIGINT NOT NULL)",
            """
            CREATE TABLE cc_groups (id TEXT PRIMARY KEY, block TEXT NOT NULL, members TEXT NOT NULL, members_hash TEXT NOT NULL, label TEXT,
              consensus TEXT, first_run BIGINT NOT NULL, changed_run BIGINT NOT NULL, last_run BIGINT NOT NULL, removed_run BIGINT)
            """,
            "CREATE INDEX cc_groups_changed ON cc_groups (changed_run)",
            """
            CREATE TABLE cc_discrepancies (id TEXT PRIMARY KEY, kind TEXT NOT NULL, severity DOUBLE PRECISION NOT NULL, explanation TEXT NOT NULL,
              claim_keys TEXT NOT NULL, group_id TEXT, article_key TEXT, content_hash TEXT NOT NULL, first_run BIGINT NOT NULL,
              changed_run BIGINT NOT NULL, last_run BIGINT NOT NULL, removed_run BIGINT)
            """,
            "CREATE INDEX cc_discrepancies_group ON cc_discrepancies (group_id)",
            "CREATE INDEX cc_discrepancies_article ON cc_discrepancies (article_key)",
            "CREATE INDEX cc_discrepancies_changed ON cc_discrepancies (changed_run)",
            """
            CREATE TABLE cc_sources (name_key TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, aliases TEXT NOT NULL,
              first_run BIGINT NOT NULL, changed_run BIGINT NOT NULL, last_run BIGINT NOT NULL)
            """,
            "CREATE INDEX cc_sources_changed ON cc_sources (changed_run)",
        ],

        // Version 2: resumable grouping. A claim's stored group is found by id; claims whose day range is longer
        // than LongSpanDays are found by their last day (the others by their first day, within that span); each
        // article keeps the place names it states, which grouping reads for its claims without places of their own
        // (NULL for articles stored by version 1: they are worked out from the article's claims when needed).
        [
            "CREATE INDEX cc_claims_group ON cc_claims (group_id)",
            "CREATE INDEX cc_claims_long ON cc_claims (block, last_day) WHERE is_current = 1 AND last_day - first_day > " + LongSpanText,
            "ALTER TABLE cc_articles ADD COLUMN places TEXT",
        ],

        // Version 3: groups found by the days they are open. A group keeps its first member's day and the latest
        // of its members' last days (the day it stays open from); a stretch's restore reads the groups of its block
        // open on the stretch's first day by block and last day, the claims in no group by their own index, and only
        // the members before that day (by group and first day), instead of every claim of the block's last five
        // weeks and every member of their groups. Groups stored by version 2 get their days from their claims.
        [
            "ALTER TABLE cc_groups ADD COLUMN first_day BIGINT",
            "ALTER TABLE cc_groups ADD COLUMN last_day BIGINT",
            """
            UPDATE cc_groups SET
              first_day = (SELECT MIN(c.first_day) FROM cc_claims c WHERE c.group_id = cc_groups.id AND c.is_current = 1),
              last_day = (SELECT MAX(c.last_day) FROM cc_claims c WHERE c.group_id = cc_groups.id AND c.is_current = 1)
            WHERE removed_run IS NULL
            """,
            "CREATE INDEX cc_groups_open ON cc_groups (block, last_day) WHERE removed_run IS NULL",
            "CREATE INDEX cc_claims_single ON cc_claims (block, first_day) WHERE is_current = 1 AND group_id IS NULL",
            "CREATE INDEX cc_claims_group_day ON cc_claims (group_id, first_day)",
            "DROP INDEX cc_claims_group",
        ],
    ];

    /// <summary>Claims whose last day is more than this many days after their first are "long" (their own index).</summary>
    public const int LongSpanDays = 31;

    /// <summary><see cref="LongSpanDays"/> as the literal the index and its queries share (the planner matches them as text).</summary>
    public const string LongSpanText = "31";
}
