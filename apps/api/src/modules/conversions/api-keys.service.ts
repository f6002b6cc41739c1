import { ownBrandId } from '../promotions/promotion-access';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { NotFoundError } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { withTransaction } from '../../shared/transaction';
import { recordAudit } from '../audit/audit.service';
import type { ApiKey, CreateApiKeyInput, CreatedApiKey } from './api-key.types';
import { newPrefix, newSecret, seal, sha256Hex } from './secrets';
import { forgetApiKey } from './postback-auth';

interface KeyRow {
  id: string;
  name: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const KEY_COLUMNS = 'id, name, prefix, created_at, last_used_at, revoked_at';
const toApiKey = (r: KeyRow): ApiKey => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  createdAt: new Date(r.created_at),
  lastUsedAt: r.last_used_at ? new Date(r.last_used_at) : null,
  revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
});

/** The brand's keys, newest first, revoked ones included. */
export async function myApiKeys(ctx: RequestContext): Promise<ApiKey[]> {
  const rows = await ctx.em.execute<KeyRow[]>(
    `select ${KEY_COLUMNS} from brand_api_key where brand_id = ? order by created_at desc, id desc`,
    [ownBrandId(ctx, Permission.ManageOwnApiKeys)],
  );
  return rows.map(toApiKey);
}

/** A new key: only its hash and its sealed secret are stored; the credential is answered this once. */
export async function createApiKey(ctx: RequestContext, input: CreateApiKeyInput): Promise<CreatedApiKey> {
  const brandId = ownBrandId(ctx, Permission.ManageOwnApiKeys);
  const prefix = newPrefix();
  const secret = newSecret();
  const name = input.name.trim();
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.em.execute<KeyRow[]>(
      `insert into brand_api_key (id, created_at, updated_at, brand_id, name, prefix, secret_hash, secret_sealed, created_by_id)
       values (gen_random_uuid(), now(), now(), ?, ?, ?, ?, ?, ?) returning ${KEY_COLUMNS}`,
      [brandId, name, prefix, sha256Hex(secret), seal(tx.app.config.secrets.key, secret), tx.viewer?.userId ?? null],
    );
    recordAudit(tx, { action: 'api_key.created', entityType: 'BrandApiKey', entityId: row!.id, scopeId: brandId, after: { name, prefix } });
    return { apiKey: toApiKey(row!), secret: `mtv_${prefix}_${secret}` };
  });
}

/** Revokes one of the brand's keys at once (another brand's key is NOT_FOUND); revoking twice keeps the first time. */
export async function revokeApiKey(ctx: RequestContext, id: string): Promise<ApiKey> {
  const brandId = ownBrandId(ctx, Permission.ManageOwnApiKeys);
  if (!isId(id)) throw new NotFoundError('ApiKey');
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.em.execute<(KeyRow & { was_revoked: boolean })[]>(
      `update brand_api_key k set revoked_at = coalesce(k.revoked_at, now()), updated_at = now()
        from (select id, revoked_at is not null as was_revoked from brand_api_key where id = ? and brand_id = ? for update) old
        where k.id = old.id returning ${KEY_COLUMNS.split(', ')
          .map((c) => `k.${c}`)
          .join(', ')}, old.was_revoked`,
      [id, brandId],
    );
    if (!row) throw new NotFoundError('ApiKey');
    if (!row.was_revoked) {
      recordAudit(tx, {
        action: 'api_key.revoked',
        entityType: 'BrandApiKey',
        entityId: row.id,
        scopeId: brandId,
        after: { name: row.name },
      });
    }
    forgetApiKey(row.prefix);
    return toApiKey(row);
  });
}
