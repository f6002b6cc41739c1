/**
 * Expected failures. Each carries a stable code that clients switch on; graphql/format-error.ts
 * maps them to GraphQL errors in one place. Anything that is not a DomainError is a bug: logged, masked.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  readonly details: Record<string, unknown> = {};
}

export class BadUserInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  /** fields: input field name -> what is wrong with it, for forms to show beside the field. */
  constructor(message: string, fields: Record<string, string> = {}) {
    super(message);
    this.details.fields = fields;
  }
}

/** A request the server will not read: a required header missing, a malformed envelope. */
export class BadRequestError extends DomainError {
  readonly code = 'BAD_REQUEST';
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign in to continue') {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You are not allowed to do this') {
    super(message);
  }
}

/** Also what a caller gets for another organisation's record, so existence is not leaked. */
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string) {
    super(`${entity} not found`);
    this.details.entity = entity;
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
  constructor(message: string, field?: string) {
    super(message);
    if (field) this.details.fields = { [field]: message };
  }
}

export class InvalidCredentialsError extends DomainError {
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super('Wrong email or password');
  }
}

export class TooManyAttemptsError extends DomainError {
  readonly code = 'TOO_MANY_ATTEMPTS';
  constructor(retryAfterSeconds: number, what = 'Too many failed sign-in attempts') {
    super(`${what}; try again in ${Math.ceil(retryAfterSeconds / 60)} min`);
    this.details.retryAfterSeconds = retryAfterSeconds;
  }
}

export type InvalidFileCode =
  'FILE_TOO_LARGE' | 'UNSUPPORTED_FILE_TYPE' | 'INVALID_FILE' | 'MISSING_COLUMNS' | 'TOO_MANY_ROWS' | 'EMPTY_FILE' | 'IMAGE_TOO_LARGE';

/** An uploaded file refused as a whole (too big, not CSV, required columns missing...); nothing is stored. */
export class InvalidFileError extends DomainError {
  constructor(
    readonly code: InvalidFileCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message);
    Object.assign(this.details, details);
  }
}

export type SaleRuleCode =
  | 'DUPLICATE_RECEIPT'
  /** A manual sale whose order id the brand recorded before (the order is not entered twice). */
  | 'DUPLICATE_ORDER'
  | 'CAP_REACHED'
  | 'NOT_AN_ACTIVE_MEMBER'
  | 'PROMOTION_NOT_ACCEPTING_CLAIMS'
  | 'RECEIPT_DATE_OUTSIDE_PROMOTION'
  | 'RECEIPT_DATE_OUTSIDE_MEMBERSHIP'
  | 'RECEIPT_DATE_IN_FUTURE'
  | 'CLAIM_WINDOW_EXPIRED'
  | 'PRODUCT_NOT_IN_PROMOTION'
  | 'NOT_A_SALE_RECEIPT'
  | 'LINES_EXCEED_RECEIPT_TOTAL';

/** A sale claim the promotion's rules refuse (modules/sales); nothing is stored. */
export class SaleRuleError extends DomainError {
  constructor(
    readonly code: SaleRuleCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message);
    Object.assign(this.details, details);
  }
}

/** A debit (withdrawal, adjustment, reversal) larger than what the participant's account holds; nothing changed. */
export class InsufficientBalanceError extends DomainError {
  readonly code = 'INSUFFICIENT_BALANCE';
  constructor(message = 'The balance is too low for this', field?: string) {
    super(message);
    if (field) this.details.fields = { [field]: message };
  }
}
