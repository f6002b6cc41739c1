import { useState, type FormEvent } from 'react';
import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CreateProductDocument, UpdateProductDocument, type ProductFieldsFragment } from '@motiva/schema';
import { ErrorAlert, MoneyInput, errorCode, useForm, useFormat } from '@motiva/ui';
import { initialValues, productFieldErrors, toCreateInput, toUpdateInput, validateProduct } from './productValues';

export interface ProductFormProps {
  /** The product being edited; none for a new one. */
  product?: ProductFieldsFragment;
  onSaved: (saved: ProductFieldsFragment, previous?: ProductFieldsFragment) => void;
  onCancel: () => void;
}

/** Create or edit one product. Mount it with a key per product so its state starts afresh. */
export function ProductForm({ product, onSaved, onCancel }: ProductFormProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  // The list refetches because a saved product may move in or out of the current status filter.
  const [create, creating] = useMutation(CreateProductDocument, { refetchQueries: ['Products'] });
  const [update, updating] = useMutation(UpdateProductDocument, { refetchQueries: ['Products'] });
  const [submitError, setSubmitError] = useState<{ error: unknown; key?: string } | null>(null);
  const form = useForm(initialValues(product, locale), validateProduct(locale));
  // An edit that changes nothing is not sent: it would still cost an approved product its approval.
  // (A half-typed price does not parse, which counts as a change here; validation catches it.)
  const unchanged = !!product && toUpdateInput(product, form.values, locale) === null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitError(null);
    if (!form.validateAll()) return;
    try {
      if (product) {
        const input = toUpdateInput(product, form.values, locale);
        if (!input) return;
        const { data } = await update({ variables: { input } });
        if (data) onSaved(data.updateProduct, product);
      } else {
        const { data } = await create({ variables: { input: toCreateInput(form.values, locale) } });
        if (data) onSaved(data.createProduct);
      }
    } catch (error) {
      setSubmitError({ error, key: applyServerErrors(error) });
    }
  };

  /** Messages under their fields; returns the key for the alert above the form. */
  const applyServerErrors = (error: unknown): string | undefined => {
    const code = errorCode(error);
    const fields = productFieldErrors(error);
    if (code === 'CONFLICT' && (Object.keys(fields).length === 0 || fields.sku)) {
      form.setFieldError('sku', { key: 'brand.products.errors.skuTaken' });
      return 'brand.products.errors.skuTaken';
    }
    const matched = form.setServerErrors(fields as Record<string, string>);
    return code === 'BAD_USER_INPUT' && matched > 0 ? 'errors.BAD_USER_INPUT' : undefined;
  };

  return (
    <form onSubmit={submit} noValidate data-testid="product-form">
      <Stack gap="md">
        {submitError && <ErrorAlert error={submitError.error} messageKey={submitError.key} testId="product-form-error" />}
        <TextInput
          label={t('brand.products.fields.name')}
          required
          data-autofocus
          data-testid="product-name"
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <TextInput
            label={t('brand.products.fields.sku')}
            description={t('brand.products.form.skuHint')}
            required
            autoComplete="off"
            data-testid="product-sku"
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            {...form.getInputProps('sku')}
          />
          <TextInput
            label={t('brand.products.fields.barcode')}
            description={t('brand.products.form.barcodeHint')}
            inputMode="numeric"
            autoComplete="off"
            data-testid="product-barcode"
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            {...form.getInputProps('barcode')}
          />
          <TextInput
            label={t('brand.products.fields.category')}
            placeholder={t('brand.products.form.categoryPlaceholder')}
            data-testid="product-category"
            {...form.getInputProps('category')}
          />
          <MoneyInput
            label={t('brand.products.fields.listPrice')}
            description={t('brand.products.form.priceHint')}
            required
            amount={form.values.price}
            onAmountChange={(text) => form.setFieldValue('price', text)}
            currency={form.values.currency}
            onCurrencyChange={(currency) => form.setFieldValue('currency', currency)}
            error={form.getInputProps('price').error}
            testId="product-price"
            currencyTestId="product-currency"
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel} data-testid="product-cancel">
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={creating.loading || updating.loading}
            disabled={unchanged}
            title={unchanged ? t('brand.products.form.noChanges') : undefined}
            data-testid="product-save"
          >
            {t(product ? 'common.save' : 'brand.products.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
