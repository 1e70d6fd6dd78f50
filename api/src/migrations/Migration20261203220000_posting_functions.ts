import { Migration } from '@mikro-orm/migrations';

/**
 * Posting as SQL functions, so that a caller can post inside one statement of its own.
 *
 * `ledger_post` is the ledger's one way to post: it finds (or makes) the account, inserts the
 * entry — the trigger `ledger_entry_apply` moves the balance under the account's row lock — and
 * publishes LEDGER_POSTED (the envelope `notifySql` builds, see pubsub.ts) with the commit.
 *
 * `points_redeem` is a whole redemption in one statement: the debit (account lock first), the
 * stock (reward lock second, the order every path takes them in), the voucher and its event. Run
 * on its own, outside a transaction block, the statement is its own transaction: the hot rows are
 * held for the statement and its commit only, never across a round trip to the API. When the
 * reward cannot be taken (sold out, changed or not redeemable now) it raises SQLSTATE LP001 and
 * nothing is left behind.
 *
 * Both run with the caller's rights (row-level security applies as to any statement).
 */
export class Migration20261203220000_posting_functions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE FUNCTION ledger_post(
        p_community uuid, p_kind text, p_resident uuid, p_amount bigint, p_reason text, p_source_kind text,
        p_source_id text, p_detail jsonb, p_recorded_by uuid, p_reverses uuid, p_key text)
      RETURNS ledger_entry LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
      DECLARE
        account uuid;
        made ledger_entry;
      BEGIN
        SELECT id INTO account FROM ledger_account
         WHERE community_id = p_community AND kind = p_kind AND resident_id = p_resident;
        IF NOT FOUND THEN
          -- A first use racing another: this waits for the other's insert, then the next
          -- statement (a new snapshot) finds its row.
          INSERT INTO ledger_account (id, community_id, kind, resident_id, balance, created_at)
          VALUES (gen_random_uuid(), p_community, p_kind, p_resident, 0, now())
          ON CONFLICT (community_id, kind, resident_id) DO NOTHING RETURNING id INTO account;
          IF account IS NULL THEN
            SELECT id INTO STRICT account FROM ledger_account
             WHERE community_id = p_community AND kind = p_kind AND resident_id = p_resident;
          END IF;
        END IF;
        INSERT INTO ledger_entry (id, community_id, account_id, amount, balance_after, reason, source_kind, source_id,
                                  detail, recorded_by, reverses_id, idempotency_key, at)
        VALUES (gen_random_uuid(), p_community, account, p_amount, 0, p_reason, p_source_kind, p_source_id,
                p_detail, p_recorded_by, p_reverses, p_key, now())
        RETURNING * INTO made;
        PERFORM pg_notify('linli_events', json_build_object('t', 'LEDGER_POSTED', 'd', json_strip_nulls(json_build_object(
          'kind', p_kind, 'residentId', p_resident, 'entryId', made.id, 'balance', made.balance_after)))::text);
        RETURN made;
      END $$;`);

    this.addSql(`CREATE FUNCTION points_redeem(
        p_community uuid, p_voucher uuid, p_code text, p_resident uuid, p_reward uuid, p_today date, p_name text,
        p_cost int, p_expires_at timestamptz, p_key text)
      RETURNS voucher LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
      DECLARE
        debit ledger_entry;
        made voucher;
      BEGIN
        debit := ledger_post(p_community, 'POINTS', p_resident, -p_cost, 'REWARD_REDEEMED', 'voucher', p_voucher::text,
                             jsonb_build_object('title', p_name, 'code', p_code), NULL, NULL,
                             'voucher:' || p_voucher || ':debit');
        UPDATE reward SET stock = stock - 1
         WHERE id = p_reward AND community_id = p_community AND stock > 0 AND NOT archived
           AND cost = p_cost AND name = p_name
           AND (active_from IS NULL OR active_from <= p_today) AND (active_until IS NULL OR active_until >= p_today);
        IF NOT FOUND THEN
          RAISE EXCEPTION 'the reward cannot be taken as it was read' USING ERRCODE = 'LP001';
        END IF;
        INSERT INTO voucher (id, community_id, code, resident_id, reward_id, reward_name, cost, status, issued_at,
                             expires_at, idempotency_key, debit_entry_id)
        VALUES (p_voucher, p_community, p_code, p_resident, p_reward, p_name, p_cost, 'ISSUED', now(), p_expires_at,
                p_key, debit.id)
        RETURNING * INTO made;
        PERFORM pg_notify('linli_events', json_build_object('t', 'VOUCHER_CHANGED', 'd', json_build_object(
          'voucherId', p_voucher, 'residentId', p_resident, 'status', 'ISSUED'))::text);
        RETURN made;
      END $$;`);

    for (const fn of ['ledger_post(uuid, text, uuid, bigint, text, text, text, jsonb, uuid, uuid, text)',
      'points_redeem(uuid, uuid, text, uuid, uuid, date, text, int, timestamptz, text)']) {
      this.addSql(`REVOKE EXECUTE ON FUNCTION ${fn} FROM PUBLIC;`);
      this.addSql(`GRANT EXECUTE ON FUNCTION ${fn} TO linli_app;`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`DROP FUNCTION IF EXISTS points_redeem(uuid, uuid, text, uuid, uuid, date, text, int, timestamptz, text);`);
    this.addSql(`DROP FUNCTION IF EXISTS ledger_post(uuid, text, uuid, bigint, text, text, text, jsonb, uuid, uuid, text);`);
  }
}
