import { useState } from 'react';
import { Button, Drawer, Group, NumberInput, Select, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  SetBrandSiteDomainsDocument,
  UpdatePromotionTrackingDocument,
  type AttributionRule,
  type PromotionTrackingFieldsFragment,
} from '@motiva/schema';
import { ErrorAlert, notify } from '@motiva/ui';
import { previewCode } from './codePreview';

export interface TrackingSetupDrawerProps {
  opened: boolean;
  onClose: () => void;
  promotion: PromotionTrackingFieldsFragment;
  siteDomains: readonly string[];
}

const REFETCH = ['BrandPromotionTracking', 'PromotionHistory'];

/** The promotion's link and code settings, and the brand's site domains, edited without leaving the promotion. */
export function TrackingSetupDrawer({ opened, onClose, promotion, siteDomains }: TrackingSetupDrawerProps) {
  const { t } = useTranslation();
  const k = (key: string) => `brand.promotions.tracking.setup.${key}`;
  const settings = promotion.tracking;
  const usesLinks = promotion.trackingModes.includes('TRACKING_LINK');
  const usesCodes = promotion.trackingModes.includes('PROMO_CODE');
  const [domains, setDomains] = useState<string[]>([...siteDomains]);
  const [landingUrl, setLandingUrl] = useState(settings?.landingUrl ?? '');
  const [clickIdParam, setClickIdParam] = useState(settings?.clickIdParam ?? 'click_id');
  const [codePattern, setCodePattern] = useState(settings?.codePattern ?? '');
  const [codeExpiryDays, setCodeExpiryDays] = useState<number | ''>(settings?.codeExpiryDays ?? '');
  const [windowDays, setWindowDays] = useState<number | ''>(settings?.attributionWindowDays ?? 30);
  const [rule, setRule] = useState<AttributionRule>(settings?.attributionRule ?? 'CODE_FIRST');
  const [setDomainsMutation, domainsState] = useMutation(SetBrandSiteDomainsDocument, { refetchQueries: REFETCH });
  const [update, updateState] = useMutation(UpdatePromotionTrackingDocument, { refetchQueries: REFETCH });
  const preview = usesCodes && codePattern.trim() ? previewCode(codePattern) : null;
  const saving = domainsState.loading || updateState.loading;

  const save = async () => {
    try {
      if (usesLinks && domains.join() !== siteDomains.join()) await setDomainsMutation({ variables: { input: { domains } } });
      await update({
        variables: {
          input: {
            promotionId: promotion.id,
            ...(usesLinks ? { landingUrl: landingUrl.trim() || null, clickIdParam: clickIdParam.trim() } : {}),
            ...(usesCodes
              ? { codePattern: codePattern.trim() || null, codeExpiryDays: codeExpiryDays === '' ? null : codeExpiryDays }
              : {}),
            attributionWindowDays: windowDays === '' ? 30 : windowDays,
            attributionRule: rule,
          },
        },
      });
      notify.success(t(k('saved')));
      onClose();
    } catch {
      // Shown by the ErrorAlert below.
    }
  };

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      padding="lg"
      title={t(k('title'))}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      attributes={{ content: { 'data-testid': 'tracking-setup' } as Record<string, string> }}
    >
      <Stack gap="lg">
        <ErrorAlert
          error={domainsState.error ?? updateState.error}
          messageKey={k('failed')}
          withServerMessage
          testId="tracking-setup-error"
        />
        {usesLinks && (
          <Stack gap="sm">
            <Title order={3} fz="h4">
              {t(k('links'))}
            </Title>
            <TagsInput
              label={t(k('domains'))}
              description={t(k('domainsHint'))}
              value={domains}
              onChange={setDomains}
              maxTags={20}
              data-testid="tracking-domains"
            />
            <TextInput
              label={t(k('landingUrl'))}
              description={t(k('landingUrlHint'))}
              placeholder="https://"
              value={landingUrl}
              onChange={(e) => setLandingUrl(e.currentTarget.value)}
              maxLength={2000}
              data-testid="tracking-landing-url"
            />
            <TextInput
              label={t(k('clickIdParam'))}
              description={t(k('clickIdParamHint'))}
              value={clickIdParam}
              onChange={(e) => setClickIdParam(e.currentTarget.value)}
              maxLength={64}
              data-testid="tracking-click-id-param"
            />
          </Stack>
        )}
        {usesCodes && (
          <Stack gap="sm">
            <Title order={3} fz="h4">
              {t(k('codes'))}
            </Title>
            <TextInput
              label={t(k('codePattern'))}
              description={t(k('codePatternHint'))}
              placeholder="{NAME}{DIGITS:4}"
              value={codePattern}
              onChange={(e) => setCodePattern(e.currentTarget.value)}
              maxLength={64}
              error={preview && 'problem' in preview ? t(k(`problem.${preview.problem}`)) : undefined}
              data-testid="tracking-code-pattern"
            />
            {preview && 'example' in preview && (
              <Text fz="sm" c="dimmed" data-testid="tracking-code-example">
                {t(k('example'), { code: preview.example })}
              </Text>
            )}
            <NumberInput
              label={t(k('codeExpiryDays'))}
              description={t(k('codeExpiryDaysHint'))}
              value={codeExpiryDays}
              onChange={(v) => setCodeExpiryDays(typeof v === 'number' ? v : '')}
              min={1}
              max={3650}
              allowDecimal={false}
              data-testid="tracking-code-expiry"
            />
          </Stack>
        )}
        <Stack gap="sm">
          <Title order={3} fz="h4">
            {t(k('attribution'))}
          </Title>
          <NumberInput
            label={t(k('attributionWindowDays'))}
            value={windowDays}
            onChange={(v) => setWindowDays(typeof v === 'number' ? v : '')}
            min={1}
            max={365}
            allowDecimal={false}
            data-testid="tracking-window"
          />
          <Select
            label={t(k('attributionRule'))}
            value={rule}
            onChange={(v) => v && setRule(v as AttributionRule)}
            allowDeselect={false}
            data={(['CODE_FIRST', 'CLICK_FIRST'] as const).map((r) => ({ value: r, label: t(k(`rule.${r}`)) }))}
            data-testid="tracking-rule"
          />
        </Stack>
        <Group justify="flex-end">
          <Button onClick={() => void save()} loading={saving} disabled={!!preview && 'problem' in preview} data-testid="tracking-save">
            {t(k('save'))}
          </Button>
        </Group>
      </Stack>
    </Drawer>
  );
}
