import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Role } from '@motiva/schema';
import { Locale, ModerationStatus } from '../../shared/enums';
import { hashPassword } from '../../modules/identity/password';
import { User } from '../../modules/identity/user.entity';
import { Brand } from '../../modules/organisations/brand.entity';
import { Partner } from '../../modules/organisations/partner.entity';
import { Participant } from '../../modules/participants/participant.entity';
import { Product } from '../../modules/products/product.entity';
import { PayoutOption, PayoutOptionProductValue } from '../../modules/promotions/payout-option.entity';
import { PromotionMember } from '../../modules/promotions/promotion-member.entity';
import { MemberSource, MemberStage, PayoutKind, PromotionStatus, TrackingMode } from '../../modules/promotions/promotion.enums';
import { Promotion, PromotionProduct } from '../../modules/promotions/promotion.entity';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo-data';

/**
 * The demo platform: an admin, two brands with a few products, two approved partners, four approved
 * and two pending participants. Runs once: it does nothing when the admin account already exists.
 */
export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    if (await em.count(User, { email: DEMO_LOGINS.admin })) return;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const user = (email: string, name: string, role: Role, extra: Partial<User> = {}) =>
      em.create(User, { email, name, role, passwordHash, locale: Locale.RU, phone: null, ...extra });

    user(DEMO_LOGINS.admin, 'Алиса Админова', Role.ADMIN, { locale: Locale.EN });

    const aurora = em.create(Brand, { legalName: 'ООО "Аврора Электроникс"', taxId: '7707083893', status: ModerationStatus.APPROVED });
    const nordic = em.create(Brand, { legalName: 'Nordic Home Appliances AB', taxId: null, status: ModerationStatus.APPROVED });
    user(DEMO_LOGINS.brands[0], 'Марина Брендова', Role.BRAND, { brand: aurora });
    user(DEMO_LOGINS.brands[1], 'Erik Lindqvist', Role.BRAND, { brand: nordic, locale: Locale.EN });

    const products: Array<[Brand, string, string, string, bigint]> = [
      [aurora, 'AUR-TV55', 'Телевизор Aurora 55" 4K', 'TV', 5_499_000n],
      [aurora, 'AUR-SB200', 'Саундбар Aurora SB200', 'Audio', 1_299_000n],
      [aurora, 'AUR-HP10', 'Наушники Aurora HP10', 'Audio', 499_000n],
      [nordic, 'NRD-WM7', 'Nordic washing machine WM7', 'Laundry', 4_290_000n],
      [nordic, 'NRD-DW45', 'Nordic dishwasher DW45', 'Kitchen', 3_650_000n],
    ];
    const bySku = new Map<string, Product>();
    for (const [brand, sku, name, category, price] of products) {
      bySku.set(
        sku,
        em.create(Product, { brand, sku, name, category, listPriceMinor: price, status: ModerationStatus.APPROVED, barcode: null }),
      );
    }

    const technosila = em.create(Partner, {
      legalName: 'ООО "ТЕХНОСИЛА РОЗНИЦА"',
      taxId: '5029069967',
      kpp: '502901001',
      ogrn: '1035005516105',
      address: 'Московская обл, г Мытищи, Олимпийский пр-т, д 10',
      contactName: 'Сергей Иванов',
      contactEmail: DEMO_LOGINS.partners[0],
      contactPhone: '+79161234567',
      inviteCode: 'TECHNO24',
      status: ModerationStatus.APPROVED,
    });
    const electroset = em.create(Partner, {
      legalName: 'ООО "ЭЛЕКТРОСЕТЬ"',
      taxId: '7812345675',
      kpp: '781201001',
      ogrn: '1157847000011',
      address: 'г Санкт-Петербург, Невский пр-т, д 28',
      contactName: 'Ольга Петрова',
      contactEmail: DEMO_LOGINS.partners[1],
      contactPhone: '+79167654321',
      inviteCode: 'ELECTRO7',
      status: ModerationStatus.APPROVED,
    });
    user(DEMO_LOGINS.partners[0], 'Сергей Иванов', Role.PARTNER, { partner: technosila, phone: '+79161234567' });
    user(DEMO_LOGINS.partners[1], 'Ольга Петрова', Role.PARTNER, { partner: electroset, phone: '+79167654321' });

    const people: Array<[string, string, string, Partner | null, ModerationStatus]> = [
      [DEMO_LOGINS.participants[0], 'Анна Смирнова', 'Москва', technosila, ModerationStatus.APPROVED],
      [DEMO_LOGINS.participants[1], 'Борис Кузнецов', 'Мытищи', technosila, ModerationStatus.APPROVED],
      [DEMO_LOGINS.participants[2], 'Вера Соколова', 'Санкт-Петербург', electroset, ModerationStatus.APPROVED],
      [DEMO_LOGINS.participants[3], 'Глеб Морозов', 'Казань', null, ModerationStatus.APPROVED],
      [DEMO_LOGINS.pendingParticipants[0], 'Дина Волкова', 'Химки', technosila, ModerationStatus.PENDING],
      [DEMO_LOGINS.pendingParticipants[1], 'Егор Лебедев', 'Новосибирск', electroset, ModerationStatus.PENDING],
    ];
    const profiles = people.map(([email, name, city, partner, status], i) => {
      const u = user(email, name, Role.PARTICIPANT, { phone: `+7916000000${i}` });
      return em.create(Participant, { user: u, partner, city, status });
    });
    seedDemoPromotions(em, { aurora, nordic, bySku, anna: profiles[0]!, boris: profiles[1]!, vera: profiles[2]! });
    await em.flush();
  }
}

const DAY = 86_400_000;

/** One running promotion with members at different stages, a draft, and one waiting for the admin. */
function seedDemoPromotions(
  em: EntityManager,
  d: { aurora: Brand; nordic: Brand; bySku: Map<string, Product>; anna: Participant; boris: Participant; vera: Participant },
): void {
  const now = Date.now();
  const winter = em.create(Promotion, {
    brand: d.aurora,
    name: 'Зимняя распродажа Aurora',
    description: 'Бонус за каждый проданный телевизор, саундбар и наушники Aurora до конца зимы.',
    rules: 'Один чек — одна продажа. Фото проданного товара обязательно. Начисления подтверждаются через 14 дней.',
    startsAt: new Date(now - 7 * DAY),
    endsAt: new Date(now + 60 * DAY),
    status: PromotionStatus.ACTIVE,
    trackingModes: [TrackingMode.PROMO_CODE, TrackingMode.RECEIPT_CLAIM],
    budgetCapMinor: 50_000_000n,
    perParticipantCapMinor: 2_000_000n,
    holdingDays: 14,
  });
  for (const sku of ['AUR-TV55', 'AUR-SB200', 'AUR-HP10']) em.create(PromotionProduct, { promotion: winter, product: d.bySku.get(sku)! });
  const standard = em.create(PayoutOption, {
    promotion: winter,
    name: 'Стандарт',
    kind: PayoutKind.PER_UNIT,
    value: 50_000n,
    isDefault: true,
  });
  em.create(PayoutOptionProductValue, { option: standard, product: d.bySku.get('AUR-TV55')!, value: 150_000n });
  const percent = em.create(PayoutOption, {
    promotion: winter,
    name: 'Процент с продажи',
    kind: PayoutKind.PERCENT_OF_SALE,
    value: 300n,
    position: 1,
  });
  em.create(PromotionMember, {
    promotion: winter,
    participant: d.anna,
    payoutOption: standard,
    stage: MemberStage.ACCEPTED,
    source: MemberSource.JOINED,
  });
  em.create(PromotionMember, {
    promotion: winter,
    participant: d.boris,
    payoutOption: percent,
    stage: MemberStage.ACTIVE,
    source: MemberSource.ADDED_BY_BRAND,
  });
  em.create(PromotionMember, {
    promotion: winter,
    participant: d.vera,
    payoutOption: standard,
    stage: MemberStage.INVITED,
    source: MemberSource.ADDED_BY_BRAND,
  });

  const spring = em.create(Promotion, {
    brand: d.aurora,
    name: 'Весна с наушниками Aurora',
    description: 'Черновик весенней акции.',
    startsAt: new Date(now + 70 * DAY),
    endsAt: new Date(now + 100 * DAY),
  });
  em.create(PromotionProduct, { promotion: spring, product: d.bySku.get('AUR-HP10')! });
  em.create(PayoutOption, { promotion: spring, name: 'Фикс за продажу', kind: PayoutKind.FLAT_PER_SALE, value: 30_000n, isDefault: true });

  const kitchen = em.create(Promotion, {
    brand: d.nordic,
    name: 'Nordic kitchen week',
    description: 'A week of bonuses on Nordic dishwashers.',
    rules: 'Receipts dated within the promotion only.',
    startsAt: new Date(now + 3 * DAY),
    endsAt: new Date(now + 10 * DAY),
    status: PromotionStatus.IN_REVIEW,
  });
  em.create(PromotionProduct, { promotion: kitchen, product: d.bySku.get('NRD-DW45')! });
  em.create(PayoutOption, { promotion: kitchen, name: 'Five percent', kind: PayoutKind.PERCENT_OF_SALE, value: 500n, isDefault: true });
}
