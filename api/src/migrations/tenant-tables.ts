/**
 * The statements that put tenant tables under row-level security, as every one is (migration
 * row_level_security): enabled and forced, the `linli_community` policy on the caller's community,
 * and — when migrations run as a role that is not a superuser — the owner's own `linli_owner`
 * policy (the owner seeds and migrates across communities). For a migration's `addSql`.
 */
export function tenantTables(tables: readonly string[]): string[] {
  return tables.flatMap((table) => [
    `ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY;`,
    `ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY;`,
    `CREATE POLICY linli_community ON "${table}" USING (community_id = linli_current_community()) WITH CHECK (community_id = linli_current_community());`,
    `DO $$ BEGIN
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          EXECUTE format('CREATE POLICY linli_owner ON ${table} TO %I USING (true) WITH CHECK (true)', current_user);
        END IF;
      END $$;`,
  ]);
}
