import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from './money';
import { formatPoints } from './points';
import { formatDate, formatDateTime, formatTime } from './date';

/** The formatters bound to the current UI language, so a language switch reformats every number. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(
    () => ({
      locale,
      money: (minor: string | bigint, currency: string) => formatMoney(minor, currency, locale),
      points: (points: string | bigint | number) => formatPoints(points, locale),
      /** Counts and other whole numbers: grouped digits, exact for bigints; a dash for a count the API does not show the caller (null). */
      number: (value: string | bigint | number | null | undefined) => (value == null ? '—' : formatPoints(value, locale)),
      date: (iso: string | Date) => formatDate(iso, locale),
      dateTime: (iso: string | Date) => formatDateTime(iso, locale),
      time: (iso: string | Date) => formatTime(iso, locale),
      /**
       * A receipt's purchase date and time: the API keeps the shop's wall clock, which a fiscal QR prints
       * without a zone, read as UTC; shown in UTC it reads as printed on the receipt, wherever the viewer is.
       */
      receiptDate: (iso: string | Date) => formatDate(iso, locale, 'UTC'),
      receiptDateTime: (iso: string | Date) => formatDateTime(iso, locale, 'UTC'),
    }),
    [locale],
  );
}
