import type { EntityName } from '@mikro-orm/core';
import { getMetadataStorage as validationStorage } from 'class-validator';
import {
  getNamedType,
  getNullableType,
  GraphQLString,
  isInputObjectType,
  isListType,
  type GraphQLInputObjectType,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage as typeGraphqlStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from './build-schema';
import { User } from '../modules/identity/user.entity';
import { ModerationDecision } from '../modules/moderation/moderation-decision.entity';
import { Brand } from '../modules/organisations/brand.entity';
import { Partner } from '../modules/organisations/partner.entity';
import { Participant } from '../modules/participants/participant.entity';
import { Product } from '../modules/products/product.entity';
import { PayoutOption } from '../modules/promotions/payout-option.entity';
import { Promotion } from '../modules/promotions/promotion.entity';
import { PromoCode } from '../modules/tracking/promo-code.entity';
import { Sale } from '../modules/sales/sale.entity';
import { BrandApiKey } from '../modules/conversions/brand-api-key.entity';
import { SaleRefund } from '../modules/conversions/sale-refund.entity';
import { LedgerJournal } from '../modules/ledger/ledger-journal.entity';
import { Withdrawal } from '../modules/withdrawals/withdrawal.entities';
import { startTestApi, type TestApi } from '../test/test-api';

type Column = [EntityName<object>, string];
/** Where a String field of a mutation input ends up: columns, or why it has none. */
type Storage = Column[] | 'not stored' | 'bigint';

/**
 * Every String field of every mutation input (GraphQL type.field), and the columns it is stored in.
 * A new field must be added here: the test then checks its validator's limit against the column.
 */
const STORED_IN: Record<string, Storage> = {
  'LoginInput.email': 'not stored',
  'LoginInput.password': 'not stored',
  'RegisterParticipantInput.email': [[User, 'email']],
  'RegisterParticipantInput.password': 'not stored',
  'RegisterParticipantInput.phone': [[User, 'phone']],
  'RegisterParticipantInput.name': [[User, 'name']],
  'RegisterParticipantInput.city': [[Participant, 'city']],
  'RegisterParticipantInput.inviteCode': [[Partner, 'inviteCode']],
  'RegisterPartnerInput.email': [
    [User, 'email'],
    [Partner, 'contactEmail'],
  ],
  'RegisterPartnerInput.password': 'not stored',
  'RegisterPartnerInput.phone': [
    [User, 'phone'],
    [Partner, 'contactPhone'],
  ],
  'RegisterPartnerInput.contactName': [
    [Partner, 'contactName'],
    [User, 'name'],
  ],
  'RegisterPartnerInput.legalName': [[Partner, 'legalName']],
  'RegisterPartnerInput.taxId': [[Partner, 'taxId']],
  'RegisterPartnerInput.kpp': [[Partner, 'kpp']],
  'RegisterPartnerInput.ogrn': [[Partner, 'ogrn']],
  'RegisterPartnerInput.address': [[Partner, 'address']],
  'ModerationInput.reason': [
    [ModerationDecision, 'reason'],
    [Partner, 'rejectionReason'],
    [Participant, 'rejectionReason'],
    [Product, 'rejectionReason'],
    [Promotion, 'rejectionReason'],
  ],
  'CreateBrandInput.legalName': [[Brand, 'legalName']],
  'CreateBrandInput.taxId': [[Brand, 'taxId']],
  'CreateBrandInput.address': [[Brand, 'address']],
  'InviteBrandUserInput.email': [[User, 'email']],
  'InviteBrandUserInput.name': [[User, 'name']],
  'SetPasswordInput.token': 'not stored',
  'SetPasswordInput.password': 'not stored',
  'RequestPasswordResetInput.email': 'not stored',
  'ResetPasswordInput.token': 'not stored',
  'ResetPasswordInput.password': 'not stored',
  'ChangePasswordInput.currentPassword': 'not stored',
  'ChangePasswordInput.newPassword': 'not stored',
  'UpdateMyProfileInput.name': [[User, 'name']],
  'UpdateMyProfileInput.phone': [[User, 'phone']],
  'UpdateMyProfileInput.city': [[Participant, 'city']],
  'CreateProductInput.sku': [[Product, 'sku']],
  'CreateProductInput.name': [[Product, 'name']],
  'CreateProductInput.barcode': [[Product, 'barcode']],
  'CreateProductInput.category': [[Product, 'category']],
  'UpdateProductInput.sku': [[Product, 'sku']],
  'UpdateProductInput.name': [[Product, 'name']],
  'UpdateProductInput.barcode': [[Product, 'barcode']],
  'UpdateProductInput.category': [[Product, 'category']],
  'MoneyInput.amountMinor': 'bigint',
  'AdjustBalanceInput.amountMinor': 'bigint',
  'AdjustBalanceInput.reason': [[LedgerJournal, 'memo']],
  'UpdatePromotionTrackingInput.landingUrl': [[Promotion, 'landingUrl']],
  'UpdatePromotionTrackingInput.clickIdParam': [[Promotion, 'clickIdParam']],
  'UpdatePromotionTrackingInput.codePattern': [[Promotion, 'codePattern']],
  'ReplacePromoCodeInput.code': [[PromoCode, 'code']],
  // Kept only inside the journal's own key, `adjustment:<participant uuid>:<key>`: at most 148 of its 200 characters.
  'AdjustBalanceInput.idempotencyKey': 'not stored',
  'AddCardInput.cardNumber': 'not stored',
  'RequestWithdrawalInput.amountMinor': 'bigint',
  'RequestWithdrawalInput.idempotencyKey': [[Withdrawal, 'idempotencyKey']],
  'RejectWithdrawalsInput.reason': [[Withdrawal, 'rejectionReason']],
  'MoneyInput.currency': [[Product, 'currency']],
  'CreatePromotionInput.name': [[Promotion, 'name']],
  'CreatePromotionInput.description': [[Promotion, 'description']],
  'CreatePromotionInput.rules': [[Promotion, 'rules']],
  'CreatePromotionInput.currency': [[Promotion, 'currency']],
  'CreatePromotionInput.budgetCapMinor': 'bigint',
  'CreatePromotionInput.perParticipantCapMinor': 'bigint',
  'UpdatePromotionInput.name': [[Promotion, 'name']],
  'UpdatePromotionInput.description': [[Promotion, 'description']],
  'UpdatePromotionInput.rules': [[Promotion, 'rules']],
  'UpdatePromotionInput.budgetCapMinor': 'bigint',
  'UpdatePromotionInput.perParticipantCapMinor': 'bigint',
  'PayoutOptionInput.name': [[PayoutOption, 'name']],
  'PayoutOptionInput.value': 'bigint',
  'PayoutProductValueInput.value': 'bigint',
  'MemberChangesInput.overrideValue': 'bigint',
  'RewardPreviewInput.overrideValue': 'not stored',
  'RewardPreviewLineInput.unitPriceMinor': 'not stored',
  'SaleReceiptInput.qrText': 'not stored',
  'SaleReceiptInput.number': [[Sale, 'receiptNumber']],
  'FiscalReceiptInput.totalMinor': 'bigint',
  'FiscalReceiptInput.fn': [[Sale, 'fiscalFn']],
  'FiscalReceiptInput.i': [[Sale, 'fiscalI']],
  'FiscalReceiptInput.fp': [[Sale, 'fiscalFp']],
  'SaleLineInput.unitPriceMinor': 'bigint',
  'CreateApiKeyInput.name': [[BrandApiKey, 'name']],
  'RecordManualSaleInput.orderId': [[Sale, 'orderId']],
  'ManualSaleLineInput.unitPriceMinor': 'bigint',
  'RefundConversionInput.refundId': [[SaleRefund, 'externalId']],
  'RefundConversionInput.amountMinor': 'bigint',
  'SaleDecisionReasonInput.text': [[Sale, 'decisionText']],
};

/** PostgreSQL bigint holds 18 full digits; whole-number inputs allow at most this many. */
const BIGINT_DIGITS = 18;

describe('input lengths and column lengths come from one source (FIELD_LIMITS)', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    api = await startTestApi();
    schema = await getSchema();
  });
  afterAll(() => api?.stop());

  /** String fields of every input type a mutation takes, nested ones included. */
  function mutationStringFields(): Array<{ type: GraphQLInputObjectType; field: string }> {
    const seen = new Set<GraphQLInputObjectType>();
    const visit = (type: unknown) => {
      const named = getNamedType(type as never);
      if (!isInputObjectType(named) || seen.has(named)) return;
      seen.add(named);
      for (const f of Object.values(named.getFields())) visit(f.type);
    };
    for (const field of Object.values(schema.getMutationType()!.getFields())) for (const arg of field.args) visit(arg.type);
    return [...seen].flatMap((type) =>
      Object.values(type.getFields())
        .filter((f) => getNamedType(f.type) === GraphQLString && !isListType(getNullableType(f.type)))
        .map((f) => ({ type, field: f.name })),
    );
  }

  function maxLengthOf(inputType: string, field: string): number | undefined {
    const target = typeGraphqlStorage().inputTypes.find((t) => t.name === inputType)?.target;
    if (!target) throw new Error(`no class for ${inputType}`);
    const rules = validationStorage()
      .getTargetValidationMetadatas(target, '', true, false)
      .filter((v) => v.propertyName === field && v.name === 'maxLength');
    return rules.length ? Math.min(...rules.map((r) => r.constraints[0] as number)) : undefined;
  }

  /** The column as the entity declares it and as the migrated database has it. */
  async function columnOf([entity, property]: Column): Promise<{ name: string; type: string; declared?: number; actual: number | null }> {
    const meta = api.db.orm.getMetadata().get(entity);
    const prop = meta.properties[property as never] as { fieldNames: string[]; columnTypes: string[]; length?: number } | undefined;
    if (!prop) throw new Error(`${meta.className} has no property ${property}`);
    const [row] = await api.db.orm.em
      .fork()
      .getConnection()
      .execute(`select data_type, character_maximum_length from information_schema.columns where table_name = ? and column_name = ?`, [
        meta.tableName,
        prop.fieldNames[0],
      ]);
    return {
      name: `${meta.tableName}.${prop.fieldNames[0]}`,
      type: row.data_type,
      declared: prop.length,
      actual: row.character_maximum_length,
    };
  }

  it('lists every String field of every mutation input', () => {
    const unlisted = mutationStringFields()
      .map(({ type, field }) => `${type.name}.${field}`)
      .filter((key) => !(key in STORED_IN));
    expect(unlisted, 'add these to STORED_IN with the columns they are stored in').toEqual([]);
  });

  it('never lets an input hold more than its column, and the column is as long as the input allows', async () => {
    const mismatches: string[] = [];
    for (const { type, field } of mutationStringFields()) {
      const key = `${type.name}.${field}`;
      const storage = STORED_IN[key];
      const max = maxLengthOf(type.name, field);
      if (max === undefined) {
        mismatches.push(`${key}: no maximum length`);
        continue;
      }
      if (storage === 'not stored') continue;
      if (storage === 'bigint') {
        if (max > BIGINT_DIGITS) mismatches.push(`${key}: ${max} digits do not fit a bigint`);
        continue;
      }
      for (const column of storage) {
        const { name, type: dataType, declared, actual } = await columnOf(column);
        if (dataType === 'text') continue; // unbounded column; the input's own limit (checked above) holds
        if (actual !== declared)
          mismatches.push(`${name}: entity says ${declared}, the migrated database has ${actual} (missing migration?)`);
        if (actual !== max) mismatches.push(`${key} allows ${max} characters, ${name} holds ${actual}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
