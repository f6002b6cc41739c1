import { randomBytes } from 'node:crypto';
import { Role } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors';
import { ModerationStatus } from '../../shared/enums';
import { assertId } from '../../shared/ids';
import { normalizeEmail } from '../../shared/normalize';
import type { Page, PageInput } from '../../shared/pagination';
import { containsPattern } from '../../shared/search';
import { withTransaction } from '../../shared/transaction';
import { recordAudit } from '../audit/audit.service';
import { isValidInn } from '../company-lookup/inn';
import { hashPassword } from '../identity/password';
import { PasswordTokenPurpose } from '../identity/password-token.entity';
import { issuePasswordToken } from '../identity/password-token.service';
import { User } from '../identity/user.entity';
import { notify } from '../notifications/notification.service';
import { Brand } from '../organisations/brand.entity';
import type { BrandFilter, CreateBrandInput, InviteBrandUserInput } from './brands.inputs';

export async function listBrands(ctx: RequestContext, filter: BrandFilter, page: PageInput): Promise<Page<Brand>> {
  const search = filter.search?.trim();
  const like = search ? containsPattern(search) : null;
  const [items, total] = await ctx.em.findAndCount(
    Brand,
    like ? { $or: [{ legalName: { $ilike: like } }, { taxId: { $ilike: like } }] } : {},
    { orderBy: [{ legalName: 'asc' }, { id: 'asc' }], limit: page.limit, offset: page.offset },
  );
  return { items, total };
}

/** Brands are created by the platform's admins, already approved (they signed a contract offline). */
export async function createBrand(ctx: RequestContext, input: CreateBrandInput): Promise<Brand> {
  if (input.taxId && !isValidInn(input.taxId))
    throw new BadUserInputError('Tax id is not a valid INN', { taxId: 'INN check digits do not match' });
  return withTransaction(ctx, async (tx) => {
    const brand = tx.em.create(Brand, {
      legalName: input.legalName.trim(),
      taxId: input.taxId ?? null,
      address: input.address?.trim() || null,
      status: ModerationStatus.APPROVED,
    });
    recordAudit(tx, {
      action: 'brand.created',
      entityType: 'Brand',
      entityId: brand.id,
      after: { legalName: brand.legalName, taxId: brand.taxId ?? null },
    });
    await tx.em.flush();
    return brand;
  });
}

/**
 * Creates the brand user with no usable password and sends a one-time set-password link through the
 * outbox. The account, the token, the audit event and the email commit together.
 */
export async function inviteBrandUser(ctx: RequestContext, input: InviteBrandUserInput): Promise<User> {
  const brandId = assertId(input.brandId, 'Brand');
  const email = normalizeEmail(input.email);
  // A random password nobody knows until the link sets a real one.
  const placeholderHash = await hashPassword(randomBytes(32).toString('base64url'));
  return withTransaction(ctx, async (tx) => {
    const brand = await tx.em.findOne(Brand, { id: brandId });
    if (!brand) throw new NotFoundError('Brand');
    if (await tx.em.count(User, { email })) throw new ConflictError('This email is already registered', 'email');
    const user = tx.em.create(User, { email, name: input.name.trim(), role: Role.BRAND, brand, passwordHash: placeholderHash });
    const token = issuePasswordToken(tx, user.id, PasswordTokenPurpose.INVITE);
    recordAudit(tx, { action: 'brand.user_invited', entityType: 'Brand', entityId: brand.id, after: { userId: user.id, email } });
    await tx.em.flush();
    await notify(tx, {
      recipientId: user.id,
      template: 'brand.invite',
      payload: { brandName: brand.legalName, link: `${ctx.app.config.publicUrl}/brand/set-password?token=${token}` },
    });
    return user;
  });
}
