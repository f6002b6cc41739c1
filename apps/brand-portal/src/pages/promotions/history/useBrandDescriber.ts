import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { BrandPromotionMembersDocument, ProductsDocument, type BrandPromotionFieldsFragment } from '@motiva/schema';
import { useHistoryDescriber } from '@motiva/ui';

/** describe(event) in the brand's words, with the names its history needs (products, partners, options, members). */
export function useBrandDescriber(promotion: BrandPromotionFieldsFragment) {
  // Products taken out of the promotion are still the brand's: name them from its nomenclature.
  const products = useQuery(ProductsDocument, {
    variables: { sort: { field: 'NAME', direction: 'ASC' }, page: { offset: 0, limit: 100 } },
  });
  // Member events carry no name of their own; the first 100 members name most of them.
  const members = useQuery(BrandPromotionMembersDocument, { variables: { promotionId: promotion.id, page: { offset: 0, limit: 100 } } });
  const lookup = useMemo(
    () => ({
      products: new Map([...(products.data?.products.items ?? []), ...promotion.products].map((p) => [p.id, p.name])),
      partners: new Map((promotion.audiencePartners ?? []).map((p) => [p.id, p.legalName])),
      options: new Map(promotion.payoutOptions.map((o) => [o.id, { name: o.name, kind: o.kind }])),
      members: new Map(
        (members.data?.promotionMembers.items ?? []).map((m) => [m.id, { name: m.participant.name, kind: m.payoutOption.kind }]),
      ),
    }),
    [products.data, members.data, promotion],
  );
  return useHistoryDescriber('brand', promotion.currency, lookup);
}
