import type {
  MemberStage,
  ModerationStatus,
  ProductImportStatus,
  PromotionStatus,
  ReceiptVerification,
  RiskFlagKind,
  SaleStatus,
  WithdrawalStatus,
} from '@motiva/schema';

/** The statuses each kind of record has, from the schema's enums. */
export interface StatusOf {
  participant: ModerationStatus;
  partner: ModerationStatus;
  brand: ModerationStatus;
  product: ModerationStatus;
  promotion: PromotionStatus;
  stage: MemberStage;
  import: ProductImportStatus;
  sale: SaleStatus;
  withdrawal: WithdrawalStatus;
  receipt: ReceiptVerification;
  /** A sale's risk flag: not a status, but shown the same way (a badge in the queue and the drawer). */
  riskFlag: RiskFlagKind;
}

export type StatusKind = keyof StatusOf;

type Look = { color: string; glossary: string };

/**
 * Colours carry one meaning across every portal: yellow waits for someone, green is fine or running,
 * red is refused or broken, orange needs attention, blue is about to happen, gray is history or
 * neutral. Labels are the glossary's words for each kind (an «акция» is feminine in Russian, a
 * participant or product masculine), so no portal writes its own.
 */
const MODERATION: Record<ModerationStatus, Look> = {
  PENDING: { color: 'yellow', glossary: 'moderationStatus' },
  APPROVED: { color: 'green', glossary: 'moderationStatus' },
  REJECTED: { color: 'red', glossary: 'moderationStatus' },
};

export const STATUS_LOOKS: { [K in StatusKind]: Record<StatusOf[K], Look> } = {
  participant: MODERATION,
  partner: MODERATION,
  brand: MODERATION,
  product: MODERATION,
  // A draft waits for the brand, one in review for a moderator; a scheduled one is about to run, a
  // paused one needs attention, an ended one is history.
  promotion: {
    DRAFT: { color: 'gray', glossary: 'promotionStatus' },
    IN_REVIEW: { color: 'yellow', glossary: 'promotionStatus' },
    SCHEDULED: { color: 'blue', glossary: 'promotionStatus' },
    ACTIVE: { color: 'green', glossary: 'promotionStatus' },
    PAUSED: { color: 'orange', glossary: 'promotionStatus' },
    ENDED: { color: 'gray', glossary: 'promotionStatus' },
    REJECTED: { color: 'red', glossary: 'promotionStatus' },
  },
  // The board's columns left to right, then the participant's own ways out (off the board).
  stage: {
    INVITED: { color: 'violet', glossary: 'stage' },
    ACCEPTED: { color: 'blue', glossary: 'stage' },
    ACTIVE: { color: 'green', glossary: 'stage' },
    COMPLETED: { color: 'gray', glossary: 'stage' },
    DECLINED: { color: 'orange', glossary: 'stage' },
    LEFT: { color: 'orange', glossary: 'stage' },
  },
  import: {
    QUEUED: { color: 'gray', glossary: 'importStatus' },
    RUNNING: { color: 'blue', glossary: 'importStatus' },
    DONE: { color: 'green', glossary: 'importStatus' },
    FAILED: { color: 'red', glossary: 'importStatus' },
  },
  // A reversed sale was approved once, then taken back (a refund): attention, not refusal.
  sale: {
    PENDING: { color: 'yellow', glossary: 'saleStatus' },
    APPROVED: { color: 'green', glossary: 'saleStatus' },
    REJECTED: { color: 'red', glossary: 'saleStatus' },
    REVERSED: { color: 'orange', glossary: 'saleStatus' },
  },
  // Approved means on its way to the provider (about to happen); a failed one returns the points.
  withdrawal: {
    REQUESTED: { color: 'yellow', glossary: 'withdrawalStatus' },
    APPROVED: { color: 'blue', glossary: 'withdrawalStatus' },
    PAID: { color: 'green', glossary: 'withdrawalStatus' },
    REJECTED: { color: 'red', glossary: 'withdrawalStatus' },
    FAILED: { color: 'red', glossary: 'withdrawalStatus' },
  },
  receipt: {
    PENDING: { color: 'gray', glossary: 'receiptVerification' },
    VERIFIED: { color: 'green', glossary: 'receiptVerification' },
    NOT_FOUND: { color: 'red', glossary: 'receiptVerification' },
    UNAVAILABLE: { color: 'orange', glossary: 'receiptVerification' },
    NOT_APPLICABLE: { color: 'gray', glossary: 'receiptVerification' },
  },
  // Every flag asks for a moderator's attention; the same photo twice is the strongest sign.
  riskFlag: {
    DUPLICATE_PHOTO: { color: 'red', glossary: 'riskFlag' },
    SIMILAR_PHOTO: { color: 'orange', glossary: 'riskFlag' },
    RECEIPT_NOT_FOUND: { color: 'orange', glossary: 'riskFlag' },
    HIGH_FREQUENCY: { color: 'orange', glossary: 'riskFlag' },
  },
};

/**
 * The i18n key naming a status of a kind (`glossary.promotionStatus.ACTIVE`), for selects and
 * sentences. Takes any text (a status read from an old audit snapshot); the caller gives a default.
 */
export function statusLabelKey(kind: StatusKind, status: string): string {
  const look = (STATUS_LOOKS[kind] as Record<string, Look>)[status];
  return `glossary.${look?.glossary ?? 'moderationStatus'}.${status}`;
}

/** The badge colour of a status; gray for one this build does not know yet. */
export function statusColor(kind: StatusKind, status: string): string {
  return (STATUS_LOOKS[kind] as Record<string, Look>)[status]?.color ?? 'gray';
}

/** Every status of a kind, in the order of the table above (the order a filter lists them). */
export function statusesOf<K extends StatusKind>(kind: K): StatusOf[K][] {
  return Object.keys(STATUS_LOOKS[kind]) as StatusOf[K][];
}

/** Whether text from a URL or a select is a status of the kind. */
export function isStatusOf<K extends StatusKind>(kind: K, value: string): value is StatusOf[K] & string {
  return Object.hasOwn(STATUS_LOOKS[kind], value);
}
