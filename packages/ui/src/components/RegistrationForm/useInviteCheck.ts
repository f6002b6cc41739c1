import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { PartnerByInviteCodeDocument } from '@motiva/schema';

export type InviteState =
  { kind: 'empty' } | { kind: 'checking' } | { kind: 'valid'; legalName: string } | { kind: 'unknown' } | { kind: 'failed' };

/** Looks the code up once the user stops typing; an empty code is fine (the participant joins the platform). */
export function useInviteCheck(code: string): InviteState {
  const trimmed = code.trim();
  const [debounced] = useDebouncedValue(trimmed, 400);
  const { data, loading, error } = useQuery(PartnerByInviteCodeDocument, {
    variables: { code: debounced },
    skip: debounced === '',
  });

  if (trimmed === '') return { kind: 'empty' };
  if (debounced !== trimmed || loading) return { kind: 'checking' };
  if (error) return { kind: 'failed' };
  const partner = data?.partnerByInviteCode;
  if (partner) return { kind: 'valid', legalName: partner.legalName };
  return data ? { kind: 'unknown' } : { kind: 'checking' };
}
