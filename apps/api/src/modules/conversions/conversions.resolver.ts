import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '@motiva/schema';
import type { RequestContext } from '../../context';
import { Allow } from '../../auth/policy';
import { ApiKey, CreateApiKeyInput, CreatedApiKey } from './api-key.types';
import * as keys from './api-keys.service';
import { RecordedConversion, RecordManualSaleInput, RefundConversionInput } from './conversion.types';
import { recordManualSale } from './manual-sale.service';
import { refundConversion } from './refund.service';

@Resolver()
export class ConversionsResolver {
  @Query(() => [ApiKey], { description: "The brand's API keys for conversion postbacks, newest first, revoked ones included" })
  @Allow(Permission.ManageOwnApiKeys)
  myApiKeys(@Ctx() ctx: RequestContext): Promise<ApiKey[]> {
    return keys.myApiKeys(ctx);
  }

  @Mutation(() => CreatedApiKey, { description: 'Creates an API key for the caller’s brand; the answer holds the secret this once' })
  @Allow(Permission.ManageOwnApiKeys)
  createApiKey(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateApiKeyInput, { description: 'The new key' }) input: CreateApiKeyInput,
  ): Promise<CreatedApiKey> {
    return keys.createApiKey(ctx, input);
  }

  @Mutation(() => ApiKey, { description: 'Revokes one of the brand’s API keys: requests signed with it are refused from now on' })
  @Allow(Permission.ManageOwnApiKeys)
  revokeApiKey(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'The key' }) id: string): Promise<ApiKey> {
    return keys.revokeApiKey(ctx, id);
  }

  @Mutation(() => RecordedConversion, {
    description: 'Records a sale the brand entered by hand for a member of its own promotion: approved at once, reward held',
  })
  @Allow(Permission.RecordBrandSales)
  recordManualSale(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordManualSaleInput, { description: 'The sale' }) input: RecordManualSaleInput,
  ): Promise<RecordedConversion> {
    return recordManualSale(ctx, input);
  }

  @Mutation(() => RecordedConversion, {
    description: 'Refunds (part of) one of the brand’s tracked or manual sales and takes back the matching part of the reward',
  })
  @Allow(Permission.RecordBrandSales)
  refundConversion(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RefundConversionInput, { description: 'The refund' }) input: RefundConversionInput,
  ): Promise<RecordedConversion> {
    return refundConversion(ctx, input);
  }
}
