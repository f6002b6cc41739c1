import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CreateBrandDocument, type BrandFieldsFragment } from '@motiva/schema';
import { ErrorAlert, errorCode, useForm } from '@motiva/ui';
import { EMPTY_BRAND, brandFieldErrors, toCreateBrandInput, validateBrand, type BrandFormValues } from './brandValues';

export interface CreateBrandModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (brand: BrandFieldsFragment) => void;
}

/** A new brand: legal name, tax id and address. Mounted afresh on every opening. */
export function CreateBrandModal({ opened, onClose, onCreated }: CreateBrandModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('admin.brands.create.title')} centered size="lg" data-testid="create-brand-modal">
      {opened && <CreateBrandForm onCancel={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function CreateBrandForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (brand: BrandFieldsFragment) => void }) {
  const { t } = useTranslation();
  // The list is sorted by name on the server: where the new brand lands is the server's to say.
  const [create, { loading }] = useMutation(CreateBrandDocument, { refetchQueries: ['Brands'] });
  const [submitError, setSubmitError] = useState<{ error: unknown; key?: string } | null>(null);
  const form = useForm(EMPTY_BRAND, validateBrand);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitError(null);
    if (!form.validateAll()) return;
    try {
      const { data } = await create({ variables: { input: toCreateBrandInput(form.values) } });
      if (data) onCreated(data.createBrand);
    } catch (error) {
      // Messages under their fields (legalName, taxId, address); the alert sums up.
      const fields = Object.entries(brandFieldErrors(error));
      for (const [name, fieldError] of fields) form.setFieldError(name as keyof BrandFormValues, fieldError);
      setSubmitError({ error, key: errorCode(error) === 'BAD_USER_INPUT' && fields.length > 0 ? 'errors.BAD_USER_INPUT' : undefined });
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="create-brand-form">
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          {t('admin.brands.create.text')}
        </Text>
        {submitError && <ErrorAlert error={submitError.error} messageKey={submitError.key} testId="create-brand-error" />}
        <TextInput
          label={t('admin.fields.legalName')}
          required
          data-autofocus
          data-testid="brand-legal-name"
          {...form.getInputProps('legalName')}
        />
        <TextInput
          label={t('admin.fields.taxId')}
          description={t('admin.brands.create.taxIdHint')}
          inputMode="numeric"
          autoComplete="off"
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          // Twelve digits at most: a short box, with the hint and errors free to use the full width.
          styles={{ input: { fontVariantNumeric: 'tabular-nums', maxWidth: 320 } }}
          data-testid="brand-tax-id"
          {...form.getInputProps('taxId')}
        />
        <Textarea
          label={t('admin.fields.address')}
          placeholder={t('admin.brands.create.addressPlaceholder')}
          autosize
          minRows={2}
          maxRows={5}
          data-testid="brand-address"
          {...form.getInputProps('address')}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel} data-testid="create-brand-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading} data-testid="create-brand-submit">
            {t('admin.brands.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
