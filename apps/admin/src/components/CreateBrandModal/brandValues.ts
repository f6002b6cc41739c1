import type { CreateBrandInput } from '@motiva/schema';
import { fieldErrors, isBlank, isDigits, orNull, type FieldError, type FormErrors } from '@motiva/ui';

export interface BrandFormValues extends Record<string, string> {
  legalName: string;
  taxId: string;
  address: string;
}

export const EMPTY_BRAND: BrandFormValues = { legalName: '', taxId: '', address: '' };

/** The API's rules (CreateBrandInput), repeated so its English messages rarely need to show. */
export function validateBrand(values: BrandFormValues): FormErrors<BrandFormValues> {
  const legalName = values.legalName.trim();
  const taxId = values.taxId.trim();
  const invalid = (key: string): FieldError => ({ key });
  return {
    legalName: isBlank(legalName)
      ? invalid('validation.required')
      : legalName.length < 2 || legalName.length > 500
        ? invalid('admin.brands.validation.legalName')
        : undefined,
    // The check digits are the API's to judge (see brandFieldErrors).
    taxId: taxId === '' || isDigits(taxId, 10, 12) ? undefined : invalid('validation.taxId'),
    address: values.address.trim().length > 500 ? invalid('admin.brands.validation.address') : undefined,
  };
}

export function toCreateBrandInput(values: BrandFormValues): CreateBrandInput {
  return { legalName: values.legalName.trim(), taxId: orNull(values.taxId), address: orNull(values.address) };
}

/**
 * The API's field messages for this form. Its tax id message is English and, with the length
 * checked here first, only ever about the check digits: that one is said in the user's language.
 */
export function brandFieldErrors(error: unknown): FormErrors<BrandFormValues> {
  const result: FormErrors<BrandFormValues> = {};
  for (const [field, message] of Object.entries(fieldErrors(error))) {
    if (field === 'taxId') result.taxId = { key: 'admin.brands.validation.taxIdCheck' };
    else if (field === 'legalName' || field === 'address') result[field] = { message };
  }
  return result;
}
