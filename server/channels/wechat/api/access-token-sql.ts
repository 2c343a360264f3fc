/**
 * The statements of `AccessTokenStore` over `wechat_access_tokens` (RawSql: times travel as epoch
 * milliseconds in float8, the same on both drivers).
 */
export const accessTokenSql = {
  /** Held until the transaction ends: one refresher per app across all processes. */
  lock: 'select pg_advisory_xact_lock($1::bigint)',
  select: `select token_encrypted, secret_hash, generation,
      extract(epoch from expires_at)::float8 * 1000 as expires_at_ms,
      extract(epoch from refreshed_at)::float8 * 1000 as refreshed_at_ms
    from wechat_access_tokens where api_base = $1 and app_id = $2`,
  upsert: `insert into wechat_access_tokens
      (api_base, app_id, token_encrypted, secret_hash, expires_at, refreshed_at, generation)
    values ($1, $2, $3, $4, to_timestamp($5::float8 / 1000), to_timestamp($6::float8 / 1000), 1)
    on conflict (api_base, app_id) do update set
      token_encrypted = excluded.token_encrypted,
      secret_hash = excluded.secret_hash,
      expires_at = excluded.expires_at,
      refreshed_at = excluded.refreshed_at,
      generation = wechat_access_tokens.generation + 1
    returning generation`,
} as const;

export interface AccessTokenRow {
  token_encrypted: string;
  secret_hash: string;
  generation: number;
  expires_at_ms: number;
  refreshed_at_ms: number;
}
