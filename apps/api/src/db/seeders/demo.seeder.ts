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
    for (const [brand, sku, name, category, price] of products) {
      em.create(Product, { brand, sku, name, category, listPriceMinor: price, status: ModerationStatus.APPROVED, barcode: null });
    }

    const technosila = em.create(Partner, {
      legalName: 'ООО "ТЕХНОСИЛА РОЗНИЦА"', taxId: '5029069967', kpp: '502901001', ogrn: '1035005516105',
      address: 'Московская обл, г Мытищи, Олимпийский пр-т, д 10', contactName: 'Сергей Иванов',
      contactEmail: DEMO_LOGINS.partners[0], contactPhone: '+79161234567', inviteCode: 'TECHNO24', status: ModerationStatus.APPROVED,
    });
    const electroset = em.create(Partner, {
      legalName: 'ООО "ЭЛЕКТРОСЕТЬ"', taxId: '7812345675', kpp: '781201001', ogrn: '1157847000011',
      address: 'г Санкт-Петербург, Невский пр-т, д 28', contactName: 'Ольга Петрова',
      contactEmail: DEMO_LOGINS.partners[1], contactPhone: '+79167654321', inviteCode: 'ELECTRO7', status: ModerationStatus.APPROVED,
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
    people.forEach(([email, name, city, partner, status], i) => {
      const u = user(email, name, Role.PARTICIPANT, { phone: `+7916000000${i}` });
      em.create(Participant, { user: u, partner, city, status });
    });
    await em.flush();
  }
}
