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

registerEnumType(ProductImportStatus, { name: 'ProductImportStatus' });
registerEnumType(ProductImportOutcome, { name: 'ProductImportOutcome' });
registerEnumType(ProductImportIssueCode, {
  name: 'ProductImportIssueCode',
  valuesConfig: {
    INVALID_CHECK_DIGIT: { description: 'The barcode has a GTIN length but a wrong GS1 check digit' },
    INVALID_CHARACTERS: { description: 'Control, bidirectional-override or zero-width characters, or a line break, in a one-line value' },
  },
});

/** One uploaded CSV file of products and the progress of the job that applies it. */
@ObjectType('ProductImport')
@Entity({ tableName: 'product_import' })
@Index({ properties: ['brand', 'createdAt'] })
export class ProductImport extends BaseEntity {
  @ManyToOne(() => Brand)
  brand!: Brand;

  @ManyToOne(() => User, { index: true })
  uploadedBy!: User;

  @Field(() => String)
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

  @Field(() => ProductImportStatus)
  @Enum({ items: () => ProductImportStatus, nativeEnumName: 'product_import_status' })
  status: ProductImportStatus & Opt = ProductImportStatus.QUEUED;

  @Field(() => Int, { description: 'Data rows in the file (blank lines not counted)' })
  @Property({ type: 'integer' })
  totalRows!: number;

  /** Rows committed so far; a retried job resumes after them. */
  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  processedRows: number & Opt = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  createdRows: number & Opt = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  updatedRows: number & Opt = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  unchangedRows: number & Opt = 0;

  @Field(() => Int)
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

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  failureReason?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  startedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;

  @Field(() => Int, { description: 'Created, updated or unchanged' })
  @SignedIn() // computed fields are resolvers, and every resolver declares a policy; the import's queries scope it to its brand
  get acceptedRows(): number & Opt {
    return this.createdRows + this.updatedRows + this.unchangedRows;
  }
}

@ObjectType('ProductImportIssue')
export class ProductImportIssue {
  @Field(() => String, { description: 'The CSV column: sku, name, barcode, category, price, currency (or "row")' })
  column!: string;

  @Field(() => ProductImportIssueCode)
  code!: ProductImportIssueCode;

  @Field(() => String, { description: 'In English; portals translate the code instead' })
  message!: string;

  @Field(() => Int, { nullable: true, description: 'DUPLICATE_SKU: the row that has this SKU first' })
  row?: number | null;

  @Field(() => Int, { nullable: true, description: 'TOO_SHORT / TOO_LONG: the length limit; WRONG_FIELD_COUNT: the number expected' })
  limit?: number | null;
}

/** The outcome of one data row of an import: the report the brand reads. */
@ObjectType('ProductImportRow')
@Entity({ tableName: 'product_import_row' })
@Unique({ properties: ['productImport', 'rowNumber'] })
@Index({ properties: ['productImport', 'outcome', 'rowNumber'] })
export class ProductImportRow extends BaseEntity {
  @ManyToOne(() => ProductImport, { deleteRule: 'cascade' })
  productImport!: ProductImport;

  @Field(() => Int, { description: 'Row in the file as a spreadsheet numbers it: the header is row 1' })
  @Property({ type: 'integer' })
  rowNumber!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  sku?: string | null;

  @Field(() => ProductImportOutcome)
  @Enum({ items: () => ProductImportOutcome, nativeEnumName: 'product_import_outcome' })
  outcome!: ProductImportOutcome;

  @Field(() => ID, { nullable: true, description: 'The product created, updated or left unchanged' })
  @Property({ type: 'uuid', nullable: true })
  productId?: string | null;

  @Field(() => [ProductImportIssue])
  @Property({ type: 'json' })
  issues: ProductImportIssue[] & Opt = [];

  @Field(() => String, { nullable: true, description: 'Why the row was rejected, in English' })
  @SignedIn()
  reason(): string | null {
    return this.issues.length ? this.issues.map((i) => i.message).join('; ') : null;
  }
}
