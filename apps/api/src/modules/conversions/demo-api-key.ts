import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config';
import { seal, sha256Hex } from './secrets';

/** The demo brand's API key and promo code, printed at start so README's curl example works as written. Demo data only. */
export const DEMO_API_KEY = {
  brandEmail: 'brand@aurora.example',
  prefix: 'DemoAurora01',
  secret: 'demo-secret-not-for-production-use-00000000',
  promoCode: 'DEMO10',
} as const;
export const DEMO_CREDENTIAL = `mtv_${DEMO_API_KEY.prefix}_${DEMO_API_KEY.secret}`;

/**
 * Seeds (once) the demo key for the first demo brand and, when one of its earning members has no
 * current promo code, the code DEMO10 for them. Idempotent: run on every start of the demo platform.
 */
export async function seedDemoApiKey(orm: MikroORM, config: AppConfig): Promise<void> {
  const em = orm.em.fork();
  const [brand] = await em.execute<{ brand_id: string; user_id: string }[]>(
    `select u.brand_id, u.id as user_id from app_user u where u.email = ? and u.brand_id is not null`,
    [DEMO_API_KEY.brandEmail],
  );
  if (!brand) return;
  await em.execute(
    `insert into brand_api_key (id, brand_id, name, prefix, secret_hash, secret_sealed, created_by_id)
     values (gen_random_uuid(), ?, 'Demo shop', ?, ?, ?, ?) on conflict do nothing`,
    [brand.brand_id, DEMO_API_KEY.prefix, sha256Hex(DEMO_API_KEY.secret), seal(config.secrets.key, DEMO_API_KEY.secret), brand.user_id],
  );
  await em.execute(
    `insert into promo_code (id, member_id, promotion_id, brand_id, participant_id, code)
     select gen_random_uuid(), m.id, m.promotion_id, p.brand_id, m.participant_id, ?
       from promotion_member m join promotion p on p.id = m.promotion_id
      where p.brand_id = ? and p.status = 'ACTIVE' and m.active and m.stage in ('ACCEPTED', 'ACTIVE')
        and not exists (select 1 from promo_code c where c.member_id = m.id and c.status <> 'REPLACED')
        and not exists (select 1 from promo_code c where c.brand_id = p.brand_id and upper(c.code) = ?)
      order by m.created_at limit 1
     on conflict do nothing`,
    [DEMO_API_KEY.promoCode, brand.brand_id, DEMO_API_KEY.promoCode],
  );
}
