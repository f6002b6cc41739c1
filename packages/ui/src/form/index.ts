export { useForm, type FieldError, type FormErrors, type Validator } from './useForm';
export { isBlank, isEmail, isDigits, isPhone, isShorterThan, trimmed, orNull, MIN_PASSWORD_LENGTH } from './validators';
export { rules } from './rules';
