import { Entity, Enum, Index, ManyToOne, Opt, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SignedIn } from '../../auth/policy';
import { BaseEntity } from '../../shared/base.entity';
import { User } from '../identity/user.entity';
import { Brand } from '../organisations/brand.entity';

export enum ProductImportStatus {
  /** Stored and waiting for the job. */
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  /** The job gave up (after its retries); the rows it committed before that stay committed. */
  FAILED = 'FAILED',
}

export enum ProductImportOutcome {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  REJECTED = 'REJECTED',
}

/** What is wrong with one value of a rejected row; `column` says which. Portals translate the code. */
export enum ProductImportIssueCode {
  REQUIRED = 'REQUIRED',
  TOO_SHORT = 'TOO_SHORT',
  TOO_LONG = 'TOO_LONG',
  INVALID_FORMAT = 'INVALID_FORMAT',
  INVALID_PRICE = 'INVALID_PRICE',
  NEGATIVE_PRICE = 'NEGATIVE_PRICE',
  PRICE_TOO_LARGE = 'PRICE_TOO_LARGE',
  TOO_MANY_DECIMALS = 'TOO_MANY_DECIMALS',
  UNKNOWN_CURRENCY = 'UNKNOWN_CURRENCY',
  DUPLICATE_SKU = 'DUPLICATE_SKU',
  WRONG_FIELD_COUNT = 'WRONG_FIELD_COUNT',
  /** The barcode has a GTIN length but its last digit is not the GS1 check digit of the others. */
  INVALID_CHECK_DIGIT = 'INVALID_CHECK_DIGIT',
  /** Control, bidirectional-override or zero-width characters, or a line break in a one-line value. */
  INVALID_CHARACTERS = 'INVALID_CHARACTERS',
}

registerEnumType(ProductImportStatus, {
  name: 'ProductImportStatus',
  description: 'Where a product import is',
  valuesConfig: {
    DONE: { description: 'Every row processed' },
    FAILED: { description: 'The import stopped; failureReason says why' },
    QUEUED: { description: 'Waiting for a worker' },
    RUNNING: { description: 'Being processed' },
  },
});
registerEnumType(ProductImportOutcome, {
  name: 'ProductImportOutcome',
  description: 'What one import row did',
  valuesConfig: {
    CREATED: { description: 'Created a new product' },
    REJECTED: { description: 'Rejected with issues; nothing changed' },
    UNCHANGED: { description: 'Matched an existing product exactly' },
    UPDATED: { description: 'Updated an existing product' },
  },
});
registerEnumType(ProductImportIssueCode, {
  name: 'ProductImportIssueCode',
  description: 'What is wrong with one value of a rejected import row; `column` says which, portals translate the code',
  valuesConfig: {
    REQUIRED: { description: 'The value is empty but required (sku, name, price)' },
    TOO_SHORT: { description: 'The value is shorter than allowed; `limit` is the minimum length in characters' },
    TOO_LONG: { description: 'The value is longer than allowed; `limit` is the maximum length in characters' },
    INVALID_FORMAT: {
      description: 'The value does not have the expected form (e.g. a SKU with other characters, a barcode not of 8, 12, 13 or 14 digits)',
    },
    INVALID_PRICE: { description: 'The price is not a number such as 1299.90 or 1299,90' },
    NEGATIVE_PRICE: { description: 'The price is below zero' },
    PRICE_TOO_LARGE: { description: 'The price does not fit in 15 digits of minor units' },
    TOO_MANY_DECIMALS: {
      description: 'The price has more decimal places than the currency has minor units; `limit` is the number allowed',
    },
    UNKNOWN_CURRENCY: { description: 'The currency is not an ISO 4217 code in use' },
    DUPLICATE_SKU: { description: 'An earlier row of the file has the same SKU; `row` is that row' },
    WRONG_FIELD_COUNT: { description: 'The row has a different number of fields than the header; `limit` is the number expected' },
    INVALID_CHECK_DIGIT: { description: 'The barcode has a GTIN length but a wrong GS1 check digit' },
    INVALID_CHARACTERS: { description: 'Control, bidirectional-override or zero-width characters, or a line break, in a one-line value' },
  },
});

/** One uploaded CSV file of products and the progress of the job that applies it. */
@ObjectType('ProductImport', { description: "A CSV upload of a brand's products, processed in the background" })
@Entity({ tableName: 'product_import' })
@Index({ properties: ['brand', 'createdAt'] })
export class ProductImport extends BaseEntity {
  @ManyToOne(() => Brand)
  brand!: Brand;

  @ManyToOne(() => User, { index: true })
  uploadedBy!: User;

  @Field(() => String, { description: "The uploaded file's name" })
  @Property({ type: 'string' })
  fileName!: string;

  @Field(() => Int, { description: 'Bytes' })
  @Property({ type: 'integer' })
  fileSize!: number;

  /** The file as uploaded (UTF-8 text), kept until the job is done; lazy so lists never load it. */
  @Property({ type: 'text', nullable: true, lazy: true })
  content?: string | null;

  @Property({ type: 'string', length: 1 })
  delimiter!: string;

  @Field(() => ProductImportStatus, { description: 'Where the import is: queued, running, done or failed' })
  @Enum({ items: () => ProductImportStatus, nativeEnumName: 'product_import_status' })
  status: ProductImportStatus & Opt = ProductImportStatus.QUEUED;

  @Field(() => Int, { description: 'Data rows in the file (blank lines not counted)' })
  @Property({ type: 'integer' })
  totalRows!: number;

  /** Rows committed so far; a retried job resumes after them. */
  @Field(() => Int, { description: 'Data rows processed so far' })
  @Property({ type: 'integer', default: 0 })
  processedRows: number & Opt = 0;

  @Field(() => Int, { description: 'Rows that created a product' })
  @Property({ type: 'integer', default: 0 })
  createdRows: number & Opt = 0;

  @Field(() => Int, { description: 'Rows that updated an existing product' })
  @Property({ type: 'integer', default: 0 })
  updatedRows: number & Opt = 0;

  @Field(() => Int, { description: 'Rows that matched an existing product exactly' })
  @Property({ type: 'integer', default: 0 })
  unchangedRows: number & Opt = 0;

  @Field(() => Int, { description: 'Rows rejected with issues' })
  @Property({ type: 'integer', default: 0 })
  rejectedRows: number & Opt = 0;

  /** Runs that claimed this import; a run whose number is no longer the latest has been superseded. */
  @Property({ type: 'integer', default: 0 })
  attempts: number & Opt = 0;

  /**
   * Set by the running job when it claims the import, with every batch commit and every few seconds
   * while it runs; cleared when a run fails into a retry. A RUNNING import whose heartbeat is older
   * than HEARTBEAT_STALE_SECONDS lost its process (a crash, kill -9) and the sweep starts it again.
   */
  @Property({ type: 'datetime', nullable: true })
  heartbeatAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the whole import failed, in English; null unless FAILED' })
  @Property({ type: 'text', nullable: true })
  failureReason?: string | null;

  @Field(() => Date, { nullable: true, description: 'When processing started (UTC); null while queued' })
  @Property({ type: 'datetime', nullable: true })
  startedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When processing finished (UTC); null until it has' })
  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;

  @Field(() => Int, { description: 'Created, updated or unchanged' })
  @SignedIn() // computed fields are resolvers, and every resolver declares a policy; the import's queries scope it to its brand
  get acceptedRows(): number & Opt {
    return this.createdRows + this.updatedRows + this.unchangedRows;
  }
}

@ObjectType('ProductImportIssue', { description: 'One problem with one value in an import row' })
export class ProductImportIssue {
  @Field(() => String, { description: 'The CSV column: sku, name, barcode, category, price, currency (or "row")' })
  column!: string;

  @Field(() => ProductImportIssueCode, { description: 'What is wrong; portals translate it' })
  code!: ProductImportIssueCode;

  @Field(() => String, { description: 'In English; portals translate the code instead' })
  message!: string;

  @Field(() => Int, { nullable: true, description: 'DUPLICATE_SKU: the row that has this SKU first' })
  row?: number | null;

  @Field(() => Int, { nullable: true, description: 'TOO_SHORT / TOO_LONG: the length limit; WRONG_FIELD_COUNT: the number expected' })
  limit?: number | null;
}

/** The outcome of one data row of an import: the report the brand reads. */
@ObjectType('ProductImportRow', { description: 'The outcome of one data row of an import' })
@Entity({ tableName: 'product_import_row' })
@Unique({ properties: ['productImport', 'rowNumber'] })
@Index({ properties: ['productImport', 'outcome', 'rowNumber'] })
export class ProductImportRow extends BaseEntity {
  @ManyToOne(() => ProductImport, { deleteRule: 'cascade' })
  productImport!: ProductImport;

  @Field(() => Int, { description: 'Row in the file as a spreadsheet numbers it: the header is row 1' })
  @Property({ type: 'integer' })
  rowNumber!: number;

  @Field(() => String, { nullable: true, description: "The row's SKU as written; null when empty" })
  @Property({ type: 'string', nullable: true })
  sku?: string | null;

  @Field(() => ProductImportOutcome, { description: 'Created, updated, unchanged or rejected' })
  @Enum({ items: () => ProductImportOutcome, nativeEnumName: 'product_import_outcome' })
  outcome!: ProductImportOutcome;

  @Field(() => ID, { nullable: true, description: 'The product created, updated or left unchanged' })
  @Property({ type: 'uuid', nullable: true })
  productId?: string | null;

  @Field(() => [ProductImportIssue], { description: 'What is wrong with the row; empty unless REJECTED' })
  @Property({ type: 'json' })
  issues: ProductImportIssue[] & Opt = [];

  @Field(() => String, { nullable: true, description: 'Why the row was rejected, in English' })
  @SignedIn()
  reason(): string | null {
    return this.issues.length ? this.issues.map((i) => i.message).join('; ') : null;
  }
}
