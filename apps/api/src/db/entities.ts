import { AuditEvent } from '../modules/audit/audit-event.entity';
import { LoginFailure } from '../modules/identity/login-failure.entity';
import { PasswordResetRequest } from '../modules/identity/password-reset-request.entity';
import { Session } from '../modules/identity/session.entity';
import { PasswordToken } from '../modules/identity/password-token.entity';
import { User } from '../modules/identity/user.entity';
import { ModerationDecision } from '../modules/moderation/moderation-decision.entity';
import { Notification } from '../modules/notifications/notification.entity';
import { Brand } from '../modules/organisations/brand.entity';
import { Partner } from '../modules/organisations/partner.entity';
import { Participant } from '../modules/participants/participant.entity';
import { Product } from '../modules/products/product.entity';
import { PayoutOption, PayoutOptionProductValue } from '../modules/promotions/payout-option.entity';
import { PromotionMember } from '../modules/promotions/promotion-member.entity';
import { Promotion, PromotionAudiencePartner, PromotionProduct } from '../modules/promotions/promotion.entity';
import { ProductImport, ProductImportRow } from '../modules/product-import/product-import.entity';

/** Listed explicitly (no folder globbing) so tsc output, vitest and scripts all see the same set. */
export const entities = [
  User,
  Session,
  PasswordToken,
  LoginFailure,
  PasswordResetRequest,
  Brand,
  Partner,
  Participant,
  ModerationDecision,
  AuditEvent,
  Notification,
  Product,
  Promotion,
  PromotionProduct,
  PromotionAudiencePartner,
  PayoutOption,
  PayoutOptionProductValue,
  PromotionMember,
  ProductImport,
  ProductImportRow,
];
