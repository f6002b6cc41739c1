import type { RequestContext } from '../../context';
import { User } from '../identity/user.entity';
import { Partner } from '../organisations/partner.entity';
import { Participant } from '../participants/participant.entity';
import { Product } from '../products/product.entity';
import { ModerationSubject } from './moderation-decision.entity';
import { brandUserIds, decideModeration, setModerationStatus, type ModerationKind } from './moderation-decision';
import type { ModerationInput } from './moderation.inputs';

const PARTICIPANT: ModerationKind<Participant> = {
  subject: ModerationSubject.PARTICIPANT,
  entity: Participant,
  label: 'Participant',
  audit: { approved: 'participant.approved', rejected: 'participant.rejected' },
  apply: setModerationStatus('Participant'),
  recipients: async (_tx, p) => [p.user.id],
};

const PARTNER: ModerationKind<Partner> = {
  subject: ModerationSubject.PARTNER,
  entity: Partner,
  label: 'Partner',
  audit: { approved: 'partner.approved', rejected: 'partner.rejected' },
  apply: setModerationStatus('Partner'),
  recipients: async (tx, partner) => (await tx.em.find(User, { partner: partner.id }, { fields: ['id'] })).map((u) => u.id),
};

const PRODUCT: ModerationKind<Product> = {
  subject: ModerationSubject.PRODUCT,
  entity: Product,
  label: 'Product',
  audit: { approved: 'product.approved', rejected: 'product.rejected' },
  apply: setModerationStatus('Product'),
  recipients: (tx, product) => brandUserIds(tx, product.brand.id),
};

export function moderateParticipant(ctx: RequestContext, input: ModerationInput): Promise<Participant> {
  return decideModeration(ctx, PARTICIPANT, input);
}

export function moderatePartner(ctx: RequestContext, input: ModerationInput): Promise<Partner> {
  return decideModeration(ctx, PARTNER, input);
}

export function moderateProduct(ctx: RequestContext, input: ModerationInput): Promise<Product> {
  return decideModeration(ctx, PRODUCT, input);
}
