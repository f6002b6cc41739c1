import { Button, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ResetPasswordDocument } from '@motiva/schema';
import { PasswordLinkPage, type PasswordLinkTexts } from './PasswordLinkPage';

const TEXTS: PasswordLinkTexts = {
  title: 'account.reset.title',
  intro: 'account.reset.intro',
  password: 'account.newPassword',
  passwordHint: 'account.passwordHint',
  confirm: 'account.confirmPassword',
  submit: 'account.reset.submit',
  done: 'account.reset.done',
  deadTitle: 'account.reset.deadTitle',
};

/**
 * The page behind the reset email (/<portal>/reset-password?token=...): pick a new password and be
 * signed in; the API ends every other session of the account. A dead link offers a new one.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [reset] = useMutation(ResetPasswordDocument);
  return (
    <PasswordLinkPage
      testIdPrefix="reset-password"
      texts={TEXTS}
      send={async (token, password) => (await reset({ variables: { input: { token, password } } })).data?.resetPassword.viewer}
      deadLink={
        <>
          <Text>{t('account.reset.deadText')}</Text>
          <Button component={Link} to="/forgot-password" data-testid="reset-password-ask-again">
            {t('account.reset.askAgain')}
          </Button>
          <Button component={Link} to="/" variant="subtle" px={0}>
            {t('account.backToSignIn')}
          </Button>
        </>
      }
    />
  );
}
