import { Role } from '@motiva/schema';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Locale, ModerationStatus } from '../shared/enums';
import { hashPassword } from '../modules/identity/password';
import { User } from '../modules/identity/user.entity';
import { Brand } from '../modules/organisations/brand.entity';
import { Partner } from '../modules/organisations/partner.entity';
import { Participant } from '../modules/participants/participant.entity';
import { Product } from '../modules/products/product.entity';
import type { TestApi } from './test-api';
import type { GraphQLTestClient } from './graphql-client';

export const PASSWORD = 'correct horse battery';

export interface World {
  admin: { userId: string; email: string };
  brandA: { brandId: string; userId: string; email: string };
  brandB: { brandId: string; userId: string; email: string };
  partnerA: { partnerId: string; userId: string; email: string; inviteCode: string };
  partnerB: { partnerId: string; userId: string; email: string; inviteCode: string };
  participantA: { participantId: string; userId: string; email: string };
  participantB: { participantId: string; userId: string; email: string };
  pendingParticipantA: { participantId: string; userId: string; email: string };
  pendingPartner: { partnerId: string; userId: string; email: string };
  productA: { productId: string; sku: string };
  productB: { productId: string; sku: string };
}

let hashed: Promise<string> | undefined;

/** Two of every organisation, so every test can check that A never sees B's data. */
export async function createWorld(orm: MikroORM): Promise<World> {
  hashed ??= hashPassword(PASSWORD);
  const passwordHash = await hashed;
  const em = orm.em.fork();
  const user = (email: string, role: Role, extra: Partial<User> = {}) =>
    em.create(User, { email, name: email.split('@')[0], role, passwordHash, locale: Locale.EN, phone: '+79990000000', ...extra });
  const partner = (name: string, taxId: string, inviteCode: string, status = ModerationStatus.APPROVED) =>
    em.create(Partner, {
      legalName: name,
      taxId,
      address: 'Moscow',
      contactName: name,
      contactEmail: `${inviteCode.toLowerCase()}@p.test`,
      inviteCode,
      status,
    });

  const admin = user('admin@test.local', Role.ADMIN);
  const brandA = em.create(Brand, { legalName: 'Brand A' });
  const brandB = em.create(Brand, { legalName: 'Brand B' });
  const brandUserA = user('brand-a@test.local', Role.BRAND, { brand: brandA });
  const brandUserB = user('brand-b@test.local', Role.BRAND, { brand: brandB });
  const partnerA = partner('Partner A', '7707083893', 'PARTNERA');
  const partnerB = partner('Partner B', '7736207543', 'PARTNERB');
  const pendingPartner = partner('Partner Pending', '7728168971', 'PENDINGP', ModerationStatus.PENDING);
  const partnerUserA = user('partner-a@test.local', Role.PARTNER, { partner: partnerA });
  const partnerUserB = user('partner-b@test.local', Role.PARTNER, { partner: partnerB });
  const pendingPartnerUser = user('partner-pending@test.local', Role.PARTNER, { partner: pendingPartner });
  const participant = (email: string, p: Partner, status = ModerationStatus.APPROVED) => {
    const u = user(email, Role.PARTICIPANT);
    return { user: u, profile: em.create(Participant, { user: u, partner: p, city: 'Kazan', status }) };
  };
  const participantA = participant('participant-a@test.local', partnerA);
  const participantB = participant('participant-b@test.local', partnerB);
  const pendingA = participant('pending-a@test.local', partnerA, ModerationStatus.PENDING);
  const productA = em.create(Product, { brand: brandA, sku: 'A-TV55', name: 'TV 55', listPriceMinor: 5_499_000n, barcode: null });
  const productB = em.create(Product, { brand: brandB, sku: 'B-WM7', name: 'Washer', listPriceMinor: 4_290_000n, barcode: null });
  await em.flush();

  return {
    admin: { userId: admin.id, email: admin.email },
    brandA: { brandId: brandA.id, userId: brandUserA.id, email: brandUserA.email },
    brandB: { brandId: brandB.id, userId: brandUserB.id, email: brandUserB.email },
    partnerA: { partnerId: partnerA.id, userId: partnerUserA.id, email: partnerUserA.email, inviteCode: partnerA.inviteCode },
    partnerB: { partnerId: partnerB.id, userId: partnerUserB.id, email: partnerUserB.email, inviteCode: partnerB.inviteCode },
    participantA: { participantId: participantA.profile.id, userId: participantA.user.id, email: participantA.user.email },
    participantB: { participantId: participantB.profile.id, userId: participantB.user.id, email: participantB.user.email },
    pendingParticipantA: { participantId: pendingA.profile.id, userId: pendingA.user.id, email: pendingA.user.email },
    pendingPartner: { partnerId: pendingPartner.id, userId: pendingPartnerUser.id, email: pendingPartnerUser.email },
    productA: { productId: productA.id, sku: productA.sku },
    productB: { productId: productB.id, sku: productB.sku },
  };
}

export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { token viewer { id role status } }
}`;

export async function signIn(api: TestApi, email: string, password = PASSWORD): Promise<GraphQLTestClient> {
  const client = api.client();
  await client.ok(LOGIN, { email, password });
  return client;
}

/** A fresh world with both brands and the admin signed in: how the brand-side test files start. */
export async function worldWithBrandsAndAdmin(
  api: TestApi,
): Promise<{ world: World; brandA: GraphQLTestClient; brandB: GraphQLTestClient; admin: GraphQLTestClient }> {
  const world = await createWorld(api.db.orm);
  const [brandA, brandB, admin] = await Promise.all([
    signIn(api, world.brandA.email),
    signIn(api, world.brandB.email),
    signIn(api, world.admin.email),
  ]);
  return { world, brandA, brandB, admin };
}
