import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { Public } from '../../auth/policy';
import { BadUserInputError } from '../../shared/errors';
import type { CompanyInfo } from './company-lookup.provider';
import { isValidInn } from './inn';

@ObjectType('CompanyInfo')
class CompanyInfoType implements CompanyInfo {
  @Field(() => String) taxId!: string;
  @Field(() => String, { nullable: true }) kpp!: string | null;
  @Field(() => String, { nullable: true }) ogrn!: string | null;
  @Field(() => String) legalName!: string;
  @Field(() => String, { nullable: true }) shortName!: string | null;
  @Field(() => String) address!: string;
  @Field(() => String, { nullable: true }) managerName!: string | null;
  @Field(() => String, { nullable: true }) managerTitle!: string | null;
}

@Resolver()
export class CompanyLookupResolver {
  @Query(() => CompanyInfoType, { nullable: true, description: 'Company details by tax id (INN); null when unknown' })
  @Public()
  lookupCompany(@Ctx() ctx: RequestContext, @Arg('taxId', () => String) taxId: string): Promise<CompanyInfo | null> {
    const inn = taxId.trim();
    if (!isValidInn(inn)) throw new BadUserInputError('Tax id must be a valid INN (10 or 12 digits)', { taxId: 'invalid INN' });
    return ctx.app.companyLookup.findByTaxId(inn);
  }
}
