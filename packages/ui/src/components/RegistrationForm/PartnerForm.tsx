import { useState, type FormEvent } from 'react';
import { Alert, Button, Divider, Group, PasswordInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LookupCompanyDocument, RegisterPartnerDocument, type LookupCompanyQuery } from '@motiva/schema';
import { ErrorAlert } from '../ErrorAlert';
import { ConsentField } from './ConsentField';
import { useRegistered } from './useRegistered';
import { applySubmitError } from './submitErrors';
import { useForm, isBlank, isDigits, orNull, rules, trimmed } from '../../form';
import { asLanguage, DEFAULT_LANGUAGE, toLocale } from '../../i18n/language';
import { IconSearch } from '../../icons';

const optionalDigits = (value: string, key: string, ...lengths: number[]) =>
  isBlank(value) || isDigits(value, ...lengths) ? undefined : { key };

type OrganisationKind = LookupCompanyQuery['lookupCompany']['alreadyRegisteredAs'][number];
type Director = { name: string | null; title: string | null } | null;
type Lookup =
  | { state: 'idle' }
  | { state: 'found'; director: Director; alreadyRegisteredAs: OrganisationKind[] }
  | { state: 'notFound'; alreadyRegisteredAs: OrganisationKind[] }
  | { state: 'failed'; error: unknown };

export function PartnerForm() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const registered = useRegistered();
  const [register, { loading }] = useMutation(RegisterPartnerDocument);
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });
  const [lookingUp, setLookingUp] = useState(false);
  const [submitError, setSubmitError] = useState<{ error: unknown; key?: string } | null>(null);
  const form = useForm(
    {
      taxId: '',
      legalName: '',
      kpp: '',
      ogrn: '',
      address: '',
      contactName: '',
      phone: '',
      email: '',
      password: '',
      personalDataConsent: '',
    },
    (v) => ({
      taxId: rules.required(v.taxId) ?? (isDigits(v.taxId, 10, 12) ? undefined : { key: 'validation.taxId' }),
      legalName: rules.text(2)(v.legalName),
      kpp: optionalDigits(v.kpp, 'validation.kpp', 9),
      ogrn: optionalDigits(v.ogrn, 'validation.ogrn', 13, 15),
      address: rules.text(5)(v.address),
      contactName: rules.text(2)(v.contactName),
      phone: rules.phone(v.phone),
      email: rules.email(v.email),
      password: rules.newPassword(v.password),
      personalDataConsent: rules.consent(v.personalDataConsent),
    }),
  );

  const findCompany = async () => {
    const taxId = form.values.taxId.trim();
    if (!isDigits(taxId, 10, 12)) {
      form.setFieldError('taxId', { key: 'validation.taxId' });
      return;
    }
    setLookingUp(true);
    try {
      const { data } = await client.query({ query: LookupCompanyDocument, variables: { taxId }, fetchPolicy: 'network-only' });
      const company = data?.lookupCompany.company;
      const alreadyRegisteredAs = data?.lookupCompany.alreadyRegisteredAs ?? [];
      if (!company) {
        setLookup({ state: 'notFound', alreadyRegisteredAs });
        return;
      }
      // Everything stays editable: the registry can be out of date. The director is shown, not copied
      // into the contact person: the contact is whoever registers, usually not the director.
      form.setValues((values) => ({
        ...values,
        legalName: company.legalName,
        kpp: company.kpp ?? '',
        ogrn: company.ogrn ?? '',
        address: company.address,
      }));
      const director = company.directorName || company.directorTitle ? { name: company.directorName, title: company.directorTitle } : null;
      setLookup({ state: 'found', director, alreadyRegisteredAs });
    } catch (error) {
      setLookup({ state: 'failed', error });
    } finally {
      setLookingUp(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitError(null);
    if (!form.validateAll()) return;
    const values = trimmed(form.values);
    try {
      const { data } = await register({
        variables: {
          input: {
            taxId: values.taxId,
            legalName: values.legalName,
            kpp: orNull(values.kpp),
            ogrn: orNull(values.ogrn),
            address: values.address,
            contactName: values.contactName,
            phone: values.phone,
            email: values.email,
            password: values.password,
            locale: toLocale(asLanguage(i18n.language) ?? DEFAULT_LANGUAGE),
            personalDataConsent: form.values.personalDataConsent === 'yes',
          },
        },
      });
      if (data) registered(data.registerPartner.viewer);
    } catch (error) {
      setSubmitError({ error, key: applySubmitError(error, form) });
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="register-partner-form">
      <Stack gap="md">
        {submitError && <ErrorAlert error={submitError.error} messageKey={submitError.key} testId="register-error" />}
        <Divider label={t('registration.companySection')} labelPosition="left" />
        <Group align="flex-start" gap="sm" wrap="nowrap">
          <TextInput
            label={t('registration.taxId')}
            description={form.errors.taxId ? undefined : t('registration.taxIdHint')}
            required
            inputMode="numeric"
            style={{ flex: 1 }}
            data-testid="register-tax-id"
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            onKeyDown={(event) => {
              // Enter in the tax id field means "find", not "submit the half-filled form".
              if (event.key === 'Enter') {
                event.preventDefault();
                void findCompany();
              }
            }}
            {...form.getInputProps('taxId')}
          />
          <Button
            variant="light"
            mt={25}
            leftSection={<IconSearch size={16} />}
            loading={lookingUp}
            onClick={() => void findCompany()}
            data-testid="company-lookup"
          >
            {t('registration.find')}
          </Button>
        </Group>
        {lookup.state === 'found' && (
          <Alert color="green" variant="light" data-testid="company-lookup-found">
            {t('registration.lookupFound')}
          </Alert>
        )}
        {(lookup.state === 'found' || lookup.state === 'notFound') && <AlreadyRegistered kinds={lookup.alreadyRegisteredAs} />}
        {lookup.state === 'notFound' && (
          <Alert color="yellow" variant="light" data-testid="company-lookup-not-found">
            {t('registration.lookupNotFound')}
          </Alert>
        )}
        {lookup.state === 'failed' && <ErrorAlert error={lookup.error} testId="company-lookup-error" />}
        <TextInput label={t('registration.legalName')} required data-testid="register-legal-name" {...form.getInputProps('legalName')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('registration.kpp')} inputMode="numeric" data-testid="register-kpp" {...form.getInputProps('kpp')} />
          <TextInput label={t('registration.ogrn')} inputMode="numeric" data-testid="register-ogrn" {...form.getInputProps('ogrn')} />
        </SimpleGrid>
        <TextInput label={t('registration.address')} required data-testid="register-address" {...form.getInputProps('address')} />
        {lookup.state === 'found' && lookup.director && (
          <Text fz="sm" c="dimmed" data-testid="company-director">
            {t('registration.director')}: {[lookup.director.name, lookup.director.title].filter(Boolean).join(', ')}
          </Text>
        )}
        <Divider label={t('registration.contactSection')} labelPosition="left" mt="xs" />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <TextInput
            label={t('registration.contactName')}
            description={t('registration.contactNameHint')}
            required
            autoComplete="name"
            data-testid="register-contact-name"
            {...form.getInputProps('contactName')}
          />
          <TextInput
            label={t('registration.phone')}
            required
            type="tel"
            autoComplete="tel"
            placeholder="+7 912 345-67-89"
            data-testid="register-phone"
            {...form.getInputProps('phone')}
          />
          <TextInput
            label={t('registration.email')}
            required
            type="email"
            autoComplete="email"
            data-testid="register-email"
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('registration.password')}
            description={form.errors.password ? undefined : t('registration.passwordHint')}
            required
            autoComplete="new-password"
            data-testid="register-password"
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            {...form.getInputProps('password')}
          />
        </SimpleGrid>
        <ConsentField
          checked={form.values.personalDataConsent === 'yes'}
          onChange={(checked) => form.setFieldValue('personalDataConsent', checked ? 'yes' : '')}
          error={form.getInputProps('personalDataConsent').error}
        />
        <Button type="submit" loading={loading} fullWidth mt="xs" data-testid="register-submit">
          {t('registration.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/**
 * The tax id is already on the platform. A second partner account for it is refused when submitted;
 * a company that is a brand here may still register as a partner, and the moderator sees the match.
 */
function AlreadyRegistered({ kinds }: { kinds: OrganisationKind[] }) {
  const { t } = useTranslation();
  if (kinds.length === 0) return null;
  const key = kinds.includes('PARTNER') ? 'registration.alreadyPartner' : 'registration.alreadyBrand';
  return (
    <Alert color="orange" variant="light" data-testid="company-already-registered" data-kinds={kinds.join(',')}>
      {t(key)}
    </Alert>
  );
}
