import { useMutation, useQuery } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModeratePartnerDocument, PartnerDocument } from '@motiva/schema';
import { useFormat } from '@motiva/ui';
import { ModerationDrawer, useDecide } from '../ModerationDrawer';

export function PartnerDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(PartnerDocument, { variables: { id: id ?? '' }, skip: !id });
  const [moderate] = useMutation(ModeratePartnerDocument, { refetchQueries: ['Partners', 'ModerationOverview'] });
  const partner = data?.partner && data.partner.id === id ? data.partner : undefined;
  const decide = useDecide(
    (decision, reason) => moderate({ variables: { input: { id: id!, decision, reason: reason ?? null } } }),
    partner?.legalName,
  );

  return (
    <ModerationDrawer
      statusKind="partner"
      opened={!!id}
      onClose={onClose}
      kindLabel={t('admin.drawer.partnerTitle')}
      subject={partner && { ...partner, name: partner.legalName }}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      onDecide={decide}
      details={
        partner
          ? [
              { label: t('admin.fields.taxId'), value: partner.taxId, numeric: true, testId: 'detail-tax-id' },
              ...(partner.taxIdAlsoUsedBy?.length
                ? [
                    {
                      label: t('admin.fields.taxIdAlsoUsedBy'),
                      value: (
                        <Text fz="sm" c="orange.8" fw={600} data-testid="detail-tax-id-also-used">
                          {partner.taxIdAlsoUsedBy
                            .map((holder) => t(`admin.fields.taxIdHolder.${holder.kind}`, { name: holder.name }))
                            .join('; ')}
                        </Text>
                      ),
                    },
                  ]
                : []),
              { label: t('admin.fields.kpp'), value: partner.kpp, numeric: true },
              { label: t('admin.fields.ogrn'), value: partner.ogrn, numeric: true },
              { label: t('admin.fields.participantCount'), value: format.number(partner.participantCount), numeric: true },
              { label: t('admin.fields.address'), value: partner.address },
              { label: t('admin.fields.registered'), value: format.dateTime(partner.createdAt) },
              { label: t('admin.fields.contactName'), value: partner.contactName },
              { label: t('admin.fields.contactPhone'), value: partner.contactPhone, numeric: true },
              { label: t('admin.fields.contactEmail'), value: partner.contactEmail, testId: 'detail-email' },
              { label: t('admin.fields.inviteCode'), value: partner.inviteCode },
            ]
          : []
      }
    />
  );
}
