import { useState } from 'react';
import { Button, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BrandPromotionMembersDocument, RewardPreviewDocument, type BrandPromotionFieldsFragment, type PayoutKind } from '@motiva/schema';
import { EmptyState, ErrorAlert, errorCode, fieldErrorPaths, isPercentKind } from '@motiva/ui';
import { AmountInput } from '../shared/AmountInput';
import { usePayoutFormat } from '../shared/payout';
import type { Preview } from './explain';
import { PreviewLines } from './PreviewLines';
import { PreviewResult } from './PreviewResult';
import { PreviewTerms } from './PreviewTerms';
import { newLine, toPreviewInput, type Basis, type LineDraft } from './previewInput';

/**
 * What a sale of these products would earn under an option (or a member's terms), explained step by
 * step. The form (terms, own value, lines) is on the left; the answer for exactly those inputs on the
 * right — changing the terms clears it, so an old answer never sits next to new terms.
 */
export function RewardPreviewTab({ promotion }: { promotion: BrandPromotionFieldsFragment }) {
  const { t } = useTranslation();
  const fmt = usePayoutFormat(promotion.currency);
  const defaultOption = promotion.payoutOptions.find((o) => o.isDefault) ?? promotion.payoutOptions[0];
  const [basis, setBasis] = useState<Basis>('option');
  const [optionId, setOptionId] = useState<string | null>(defaultOption?.id ?? null);
  const [memberId, setMemberId] = useState<string | null>(null);
  const [overrideText, setOverrideText] = useState('');
  const [lines, setLines] = useState<LineDraft[]>(() => [
    newLine(promotion.products.find((p) => p.status === 'APPROVED')?.id ?? promotion.products[0]?.id ?? null),
  ]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  /** The answer on screen and the error of the last request: both belong to the inputs they were asked with. */
  const [shown, setShown] = useState<{ preview: Preview | null; error: unknown }>({ preview: null, error: null });
  const [run, { loading }] = useLazyQuery(RewardPreviewDocument, { fetchPolicy: 'network-only' });
  const members = useQuery(BrandPromotionMembersDocument, { variables: { promotionId: promotion.id, page: { offset: 0, limit: 100 } } });
  const memberList = members.data?.promotionMembers.items ?? [];
  const member = memberList.find((m) => m.id === memberId);
  const option = promotion.payoutOptions.find((o) => o.id === optionId);
  const kind: PayoutKind | null = basis === 'member' ? (member?.payoutOption.kind ?? null) : (option?.kind ?? null);

  /** New terms: the old answer no longer applies. */
  const changeTerms = (apply: () => void) => {
    apply();
    setErrors({});
    setShown({ preview: null, error: null });
  };

  const calculate = async () => {
    const built = toPreviewInput(promotion.id, { basis, optionId, memberId, kind, overrideText, lines }, fmt, t);
    setErrors(built.errors ?? {});
    if (!built.input) return;
    const result = await run({ variables: { input: built.input } }).catch((e: unknown) => ({ data: undefined, error: e }));
    if (result.error && errorCode(result.error) === 'BAD_USER_INPUT') setErrors(fieldErrorPaths(result.error));
    setShown({ preview: result.error ? null : (result.data?.rewardPreview ?? null), error: result.error ?? null });
  };

  const error = shown.error;
  const unplaced =
    error && errorCode(error) === 'BAD_USER_INPUT' ? Object.entries(fieldErrorPaths(error)).filter(([k]) => !(k in errors)) : [];

  return (
    <Grid gap="lg" data-testid="reward-preview">
      {/* minWidth 0: a grid column must not grow to its widest content (the lines table) past the card. */}
      <Grid.Col span={{ base: 12, lg: 4 }} style={{ minWidth: 0 }}>
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
          <Stack gap="md">
            <Stack gap={2}>
              <Title order={2} fz="h4">
                {t('brand.promotions.preview.title')}
              </Title>
              <Text fz="sm" c="dimmed">
                {t('brand.promotions.preview.intro')}
              </Text>
            </Stack>
            <PreviewTerms
              promotion={promotion}
              members={memberList}
              basis={basis}
              onBasis={(v) => changeTerms(() => setBasis(v))}
              optionId={optionId}
              onOption={(v) => changeTerms(() => setOptionId(v))}
              memberId={memberId}
              onMember={(v) => changeTerms(() => setMemberId(v))}
              errors={errors}
              fmt={fmt}
            />
            <AmountInput
              label={t('brand.promotions.preview.override')}
              description={t('brand.promotions.preview.overrideHint')}
              value={overrideText}
              onChange={(v) => {
                setOverrideText(v);
                setErrors({});
              }}
              unit={kind && isPercentKind(kind) ? '%' : fmt.sign}
              error={errors.overrideValue}
              testId="preview-override"
            />
            <PreviewLines
              products={promotion.products}
              lines={lines}
              onChange={(next) => {
                setLines(next);
                setErrors({});
              }}
              errors={errors}
              fmt={fmt}
            />
            <Button onClick={() => void calculate()} loading={loading} data-testid="preview-calculate">
              {t('brand.promotions.preview.calculate')}
            </Button>
          </Stack>
        </Paper>
      </Grid.Col>

      <Grid.Col span={{ base: 12, lg: 8 }} style={{ minWidth: 0 }}>
        <Stack gap="lg">
          {/* Validation shows beside the fields; only what has no field on the form shows here. */}
          {error != null && (errorCode(error) !== 'BAD_USER_INPUT' || unplaced.length > 0) && (
            <ErrorAlert
              error={error}
              withServerMessage
              unplaced={unplaced.map(([label, message]) => ({ label, message }))}
              testId="preview-error"
            />
          )}
          {shown.preview ? (
            <PreviewResult preview={shown.preview} fmt={fmt} />
          ) : (
            <Paper withBorder radius="md" p="lg">
              <EmptyState
                title={t('brand.promotions.preview.emptyTitle')}
                description={t('brand.promotions.preview.emptyText')}
                testId="preview-empty"
              />
            </Paper>
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
