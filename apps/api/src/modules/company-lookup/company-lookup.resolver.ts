import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Public } from '../../auth/policy';
import { BadUserInputError } from '../../shared/errors';
import type { CompanyInfo } from './company-lookup.provider';
import { isValidInn } from './inn';
import { findTaxIdHolders, OrganisationKind } from './tax-id-holders';

@ObjectType('CompanyInfo', { description: 'A company as the state register (or the offline directory) knows it' })
class CompanyInfoType implements CompanyInfo {
  @Field(() => String, { description: 'Tax id (INN), 10 or 12 digits' }) taxId!: string;
  @Field(() => String, { nullable: true, description: 'Tax registration reason code (KPP), 9 digits' }) kpp!: string | null;
  @Field(() => String, { nullable: true, description: 'Primary state registration number (OGRN), 13 or 15 digits' }) ogrn!: string | null;
  @Field(() => String, { description: 'Full legal name' }) legalName!: string;
  @Field(() => String, { nullable: true, description: 'Short legal name' }) shortName!: string | null;
  @Field(() => String, { description: 'Legal address' }) address!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The company’s head (director) per the register: information only, not the contact person (the registrant is)',
  })
  directorName!: string | null;
  @Field(() => String, { nullable: true, description: 'The head’s position, e.g. “Генеральный директор”' }) directorTitle!: string | null;
}

@ObjectType('CompanyLookupResult', { description: 'What registration needs to know about a tax id' })
class CompanyLookupResult {
  @Field(() => CompanyInfoType, {
    nullable: true,
    description: 'The company from the register; null when the register does not know the tax id',
  })
  company!: CompanyInfo | null;

  @Field(() => [OrganisationKind], {
    description:
      'Kinds of organisation already registered on the platform with this tax id (empty when none): the registrant is warned, the moderator sees it',
  })
  alreadyRegisteredAs!: OrganisationKind[];
}

@Resolver()
export class CompanyLookupResolver {
  @Query(() => CompanyLookupResult, { description: 'Company details by tax id (INN), and whether the platform already has it' })
  @Public()
  async lookupCompany(
    @Ctx() ctx: RequestContext,
    @Arg('taxId', () => String, { description: 'Tax id (INN), 10 or 12 digits' }) taxId: string,
  ): Promise<CompanyLookupResult> {
    const inn = taxId.trim();
    if (!isValidInn(inn)) throw new BadUserInputError('Tax id must be a valid INN (10 or 12 digits)', { taxId: 'invalid INN' });
    const [company, holders] = await Promise.all([ctx.app.companyLookup.findByTaxId(inn), findTaxIdHolders(ctx.em, [inn])]);
    return { company, alreadyRegisteredAs: [...new Set(holders.map((h) => h.kind))] };
  }
}
