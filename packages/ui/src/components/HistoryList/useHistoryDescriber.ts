import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat';
import { usePayoutText } from '../../payout/usePayoutText';
import { describeAuditEvent } from './describeAuditEvent';
import { ensureHistoryMessages } from './historyMessages';
import type { DescribedEvent, HistoryEvent, HistoryLookup, HistoryVoice, HistoryWords, Translate } from './types';

const EMPTY: HistoryLookup = { products: new Map(), partners: new Map(), options: new Map(), members: new Map() };

/** The reader's formatters for a history of one promotion (values are money of its currency). */
export function useHistoryWords(currency: string): HistoryWords {
  const { t, i18n } = useTranslation();
  ensureHistoryMessages(i18n);
  const format = useFormat();
  const payout = usePayoutText(currency);
  return useMemo(
    () => ({
      t: t as Translate,
      dateTime: format.dateTime,
      // "14 days" / "14 дней": Intl knows each language's plural forms.
      days: (days: number) => new Intl.NumberFormat(format.locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days),
      payout,
    }),
    [t, format, payout],
  );
}

/**
 * describe(event) for one promotion's history in one reader's voice, with the names the page knows
 * (products, partners, options, members); anything missing reads as "a product no longer listed".
 */
export function useHistoryDescriber(
  voice: Exclude<HistoryVoice, 'auditLog'>,
  currency: string,
  lookup: Partial<HistoryLookup>,
): (event: HistoryEvent) => DescribedEvent {
  const words = useHistoryWords(currency);
  const { products, partners, options, members } = { ...EMPTY, ...lookup };
  return useMemo(() => {
    const names: HistoryLookup = { products, partners, options, members };
    return (event: HistoryEvent) => describeAuditEvent(event, voice, words, names);
  }, [voice, words, products, partners, options, members]);
}
