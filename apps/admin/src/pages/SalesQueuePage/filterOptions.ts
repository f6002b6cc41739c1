import { useQuery } from '@apollo/client/react';
import {
  AdminSaleFilterBrandsDocument,
  AdminSaleFilterParticipantsDocument,
  AdminSaleFilterPartnersDocument,
  AdminSaleFilterPromotionsDocument,
} from '@motiva/schema';

export interface FilterOption {
  value: string;
  label: string;
  /** A second, dimmed line (the promotion's brand, the participant's email). */
  hint?: string | null;
}

export type OptionsLoader = (search: string, skip: boolean) => { options: FilterOption[]; loading: boolean };

/** The first 20 promotions whose name matches, each with its brand. */
export const usePromotionOptions: OptionsLoader = (search, skip) => {
  const { data, loading } = useQuery(AdminSaleFilterPromotionsDocument, { variables: { search: search || null }, skip });
  return {
    loading,
    options: (data?.promotions.items ?? []).map((p) => ({ value: p.id, label: p.name, hint: p.brand.legalName })),
  };
};

export const useBrandOptions: OptionsLoader = (search, skip) => {
  const { data, loading } = useQuery(AdminSaleFilterBrandsDocument, { variables: { search: search || null }, skip });
  return { loading, options: (data?.brands.items ?? []).map((b) => ({ value: b.id, label: b.legalName })) };
};

export const usePartnerOptions: OptionsLoader = (search, skip) => {
  const { data, loading } = useQuery(AdminSaleFilterPartnersDocument, { variables: { search: search || null }, skip });
  return { loading, options: (data?.partners.items ?? []).map((p) => ({ value: p.id, label: p.legalName })) };
};

export const useParticipantOptions: OptionsLoader = (search, skip) => {
  const { data, loading } = useQuery(AdminSaleFilterParticipantsDocument, { variables: { search: search || null }, skip });
  return { loading, options: (data?.participants.items ?? []).map((p) => ({ value: p.id, label: p.name, hint: p.email })) };
};
