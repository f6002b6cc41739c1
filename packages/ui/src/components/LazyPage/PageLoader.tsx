import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What a lazy page shows inside the shell while its chunk loads (the shell itself stays). */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center mih="40vh" data-testid="page-loading">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}
