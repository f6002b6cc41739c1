import type { CreateProductInput, ProductFieldsFragment, UpdateProductInput } from '@motiva/schema';
import { fieldErrors, isBlank, minorToInputText, orNull, parseMoneyToMinor, rules, type FieldError, type FormErrors } from '@motiva/ui';

/** The form keeps text only; the price is turned into minor units once, when the input is built. */
export interface ProductFormValues extends Record<string, string> {
  sku: string;
  name: string;
  barcode: string;
  category: string;
  price: string;
  currency: string;
}

// The API's rules (products.inputs.ts), repeated so its English messages rarely need to show.
const SKU = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,63}$/;
const BARCODE = /^\d{8,14}$/;

export function initialValues(product: ProductFieldsFragment | undefined, locale: string): ProductFormValues {
  if (!product) return { sku: '', name: '', barcode: '', category: '', price: '', currency: 'RUB' };
  return {
    sku: product.sku,
    name: product.name,
    barcode: product.barcode ?? '',
    category: product.category ?? '',
    price: minorToInputText(product.listPrice.amountMinor, locale),
    currency: product.listPrice.currency,
  };
}

export function validateProduct(locale: string) {
  return (v: ProductFormValues): FormErrors<ProductFormValues> => {
    const sku = v.sku.trim();
    const name = v.name.trim();
    const barcode = v.barcode.trim();
    const invalid = (key: string): FieldError => ({ key });
    return {
      sku: isBlank(sku) ? invalid('validation.required') : SKU.test(sku) ? undefined : invalid('brand.products.validation.sku'),
      name: isBlank(name)
        ? invalid('validation.required')
        : name.length < 2 || name.length > 200
          ? invalid('brand.products.validation.name')
          : undefined,
      barcode: barcode === '' || BARCODE.test(barcode) ? undefined : invalid('brand.products.validation.barcode'),
      category: v.category.trim().length > 100 ? invalid('brand.products.validation.category') : undefined,
      price: rules.money(locale)(v.price),
    };
  };
}

/** Sent only after validateProduct passed, so the price parses; before that it only feeds the "changed?" check. */
function listPrice(values: ProductFormValues, locale: string) {
  return { amountMinor: parseMoneyToMinor(values.price, locale) ?? '', currency: values.currency };
}

export function toCreateInput(values: ProductFormValues, locale: string): CreateProductInput {
  return {
    sku: values.sku.trim(),
    name: values.name.trim(),
    barcode: orNull(values.barcode),
    category: orNull(values.category),
    listPrice: listPrice(values, locale),
  };
}

/**
 * Only what changed, so an untouched field is never "changed" by re-sending it; a cleared optional
 * field is sent as null (the API clears it). Null when nothing changed: there is nothing to save,
 * and saving would still cost an approved product its approval.
 */
export function toUpdateInput(product: ProductFieldsFragment, values: ProductFormValues, locale: string): UpdateProductInput | null {
  const input: UpdateProductInput = { id: product.id };
  const sku = values.sku.trim();
  const name = values.name.trim();
  const barcode = orNull(values.barcode);
  const category = orNull(values.category);
  const price = listPrice(values, locale);
  if (sku !== product.sku) input.sku = sku;
  if (name !== product.name) input.name = name;
  if (barcode !== product.barcode) input.barcode = barcode;
  if (category !== product.category) input.category = category;
  if (price.amountMinor !== product.listPrice.amountMinor || price.currency !== product.listPrice.currency) input.listPrice = price;
  return Object.keys(input).length > 1 ? input : null;
}

/**
 * The API names fields by input path ("listPrice.amountMinor", "sku"); fieldErrors keeps the last
 * segment. The amount and currency both belong to the one price field here.
 */
export function productFieldErrors(error: unknown): Partial<Record<keyof ProductFormValues, string>> {
  const result: Partial<Record<keyof ProductFormValues, string>> = {};
  for (const [field, message] of Object.entries(fieldErrors(error))) {
    if (field === 'amountMinor' || field === 'listPrice' || field === 'currency') {
      result.price = result.price ? `${result.price} ${message}` : message;
    } else if (field === 'sku' || field === 'name' || field === 'barcode' || field === 'category') {
      result[field] = message;
    }
  }
  return result;
}
