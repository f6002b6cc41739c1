import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Role } from '@motiva/schema';
import type { AppServices, RequestContext } from '../../context';
import { effectivePermissions, type Viewer } from '../../auth/viewer';
import { createLoaders } from '../../loaders/loaders';
import { ModerationStatus } from '../../shared/enums';
import { User } from '../../modules/identity/user.entity';
import { Participant } from '../../modules/participants/participant.entity';
import { Product } from '../../modules/products/product.entity';
import { Promotion } from '../../modules/promotions/promotion.entity';
import { Sale } from '../../modules/sales/sale.entity';
import { SaleRejectionCode } from '../../modules/sales/sale.enums';
import { submitSale } from '../../modules/sales/submit-sale.service';
import { approveSales, rejectSales } from '../../modules/sales/sale-decision.service';
import { adjustBalance } from '../../modules/ledger/ledger.service';
import { AdjustmentDirection } from '../../modules/ledger/ledger.inputs';
import { DEMO_LOGINS } from './demo-data';

const HOUR = 3_600_000;

/**
 * The demo's money: Boris (an active member of the Aurora winter promotion) has logged sales — two
 * approved (points held for the promotion's holding period), one rejected, two waiting for the admin —
 * and a welcome credit he can withdraw. Made through the same services a request uses, so sales carry
 * their reward explanation and the ledger its balanced journals. Runs once: nothing when a sale exists.
 */
export async function seedDemoActivity(orm: MikroORM, services: AppServices): Promise<void> {
  const em = orm.em.fork();
  if ((await em.count(Sale)) > 0) return;
  const winter = await em.findOne(Promotion, { name: 'Зимняя распродажа Aurora' });
  const boris = await em.findOne(Participant, { user: { email: DEMO_LOGINS.participants[1] } }, { populate: ['user'] });
  const admin = await em.findOne(User, { email: DEMO_LOGINS.admin });
  if (!winter || !boris || !admin) return; // not the demo database
  const skus = await em.find(Product, { sku: { $in: ['AUR-TV55', 'AUR-SB200', 'AUR-HP10'] } });
  const product = (sku: string) => skus.find((p) => p.sku === sku)!.id;

  const asBoris = contextFor(orm, services, {
    userId: boris.user.id,
    role: Role.PARTICIPANT,
    participantId: boris.id,
  });
  const receipts = [
    { number: 'A-10231', hoursAgo: 120, lines: [{ sku: 'AUR-TV55', quantity: 1, unitPriceMinor: '5499000' }] },
    { number: 'A-10388', hoursAgo: 96, lines: [{ sku: 'AUR-SB200', quantity: 2, unitPriceMinor: '1299000' }] },
    { number: 'A-10415', hoursAgo: 72, lines: [{ sku: 'AUR-HP10', quantity: 1, unitPriceMinor: '499000' }] },
    { number: 'A-10502', hoursAgo: 30, lines: [{ sku: 'AUR-TV55', quantity: 1, unitPriceMinor: '5299000' }] },
    {
      number: 'A-10577',
      hoursAgo: 5,
      lines: [
        { sku: 'AUR-SB200', quantity: 1, unitPriceMinor: '1299000' },
        { sku: 'AUR-HP10', quantity: 2, unitPriceMinor: '459000' },
      ],
    },
  ];
  const saleIds: string[] = [];
  for (const r of receipts) {
    const sale = await submitSale(asBoris(), {
      promotionId: winter.id,
      receipt: { number: r.number, date: new Date(Date.now() - r.hoursAgo * HOUR) },
      lines: r.lines.map((l) => ({ productId: product(l.sku), quantity: l.quantity, unitPriceMinor: l.unitPriceMinor })),
      photoIds: [],
    });
    saleIds.push(sale.id);
  }

  const asAdmin = contextFor(orm, services, { userId: admin.id, role: Role.ADMIN });
  await approveSales(asAdmin(), saleIds.slice(0, 2));
  await rejectSales(asAdmin(), [saleIds[2]!], {
    code: SaleRejectionCode.UNREADABLE_RECEIPT,
    text: 'Чек на фото не читается — пришлите, пожалуйста, фото при хорошем освещении.',
  });
  await adjustBalance(asAdmin(), {
    participantId: boris.id,
    direction: AdjustmentDirection.CREDIT,
    amountMinor: '500000',
    reason: 'Приветственный бонус за участие в зимней акции',
  });
}

/** A request context for a demo account, fresh per call (one EntityManager per unit of work, as a request has). */
function contextFor(
  orm: MikroORM,
  services: AppServices,
  who: { userId: string; role: Role; participantId?: string },
): () => RequestContext {
  const viewer: Viewer = {
    userId: who.userId,
    sessionId: randomUUID(),
    role: who.role,
    status: ModerationStatus.APPROVED,
    brandId: null,
    partnerId: null,
    participantId: who.participantId ?? null,
    permissions: effectivePermissions(who.role, ModerationStatus.APPROVED, false),
  };
  return () => {
    const em = orm.em.fork();
    return {
      app: services,
      requestId: randomUUID(),
      em,
      loaders: createLoaders(em),
      viewer,
      sessionToken: null,
      ip: '127.0.0.1',
      userAgent: 'demo-seed',
      transport: { setSessionCookie: () => undefined, clearSessionCookie: () => undefined },
      log: services.logger,
    };
  };
}
