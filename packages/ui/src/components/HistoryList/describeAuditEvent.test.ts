import { describe, expect, it } from 'vitest';
import type { PayoutKind } from '@motiva/schema';
import { formatDateTime } from '../../format/date';
import { createI18n, i18nReady } from '../../i18n/i18n';
import { formatMinorOrRaw, formatPayoutValue } from '../../payout/payoutText';
import { auditLogSentence, describeAuditEvent, type AuditLogRow } from './describeAuditEvent';
import { ensureHistoryMessages } from './historyMessages';
import type { HistoryEvent, HistoryLookup, HistoryWords, Translate } from './types';

// Strings load on demand: wait for English, then fetch Russian too (getFixedT reads either).
const i18n = createI18n(undefined, 'en');
await i18nReady(i18n);
await i18n.loadLanguages('ru');
ensureHistoryMessages(i18n);
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function words(language: 'en' | 'ru'): HistoryWords {
  const t = i18n.getFixedT(language) as Translate;
  return {
    t,
    dateTime: (iso) => formatDateTime(iso, language),
    days: (n) => `${n}d`,
    payout: {
      withUnit: (kind: PayoutKind, raw: string) =>
        t(`glossary.payoutValue.${kind}`, { value: formatPayoutValue(kind, raw, 'RUB', language) }),
      kind: (kind: PayoutKind) => t(`glossary.payoutKind.${kind}`),
      money: (minor: string) => formatMinorOrRaw(minor, 'RUB', language),
    },
  };
}

const lookup: HistoryLookup = {
  products: new Map([
    ['tv', 'Aurora TV'],
    ['sb', 'Soundbar'],
  ]),
  partners: new Map(),
  options: new Map([
    ['std', { name: 'Standard', kind: 'PER_UNIT' }],
    ['pct', { name: 'Premium', kind: 'PERCENT_OF_SALE' }],
  ]),
  members: new Map([['anna', { name: 'Anna', kind: 'PER_UNIT' }]]),
};
const event = (over: Partial<HistoryEvent>): HistoryEvent => ({
  id: 'e',
  action: 'promotion.updated',
  entityId: 'p',
  actorName: 'Bob',
  before: null,
  after: null,
  createdAt: '2026-11-20T10:00:00Z',
  ...over,
});
const say = (language: 'en' | 'ru', voice: 'admin' | 'brand' | 'participant', over: Partial<HistoryEvent>) => {
  const d = describeAuditEvent(event(over), voice, words(language), lookup);
  return {
    sentence: d.sentence,
    changes: d.changes.map((c) => plain(`${c.label}: ${c.before === null ? '' : `${c.before} → `}${c.after}`)),
  };
};

describe('describeAuditEvent', () => {
  it('says the same event in each reader’s words', () => {
    const moved = { action: 'member.stage_changed', entityId: 'anna', before: { stage: 'ACCEPTED' }, after: { stage: 'ACTIVE' } };
    expect(say('en', 'admin', moved).sentence).toBe('Anna moved from Accepted to Active');
    expect(say('en', 'brand', moved).sentence).toBe('Moved Anna: Accepted → Active');
    expect(say('ru', 'participant', moved).sentence).toBe('Этап участия изменён: «Принято» → «В работе»');
    // The sentence names the stages: no "Stage: Accepted → Active" line under it.
    expect(say('en', 'admin', moved).changes).toEqual([]);
  });

  it('lists a changed field once, unless the sentence already quotes it', () => {
    const rejected = {
      action: 'promotion.rejected',
      before: { status: 'IN_REVIEW', rejectionReason: null },
      after: { status: 'REJECTED', rejectionReason: 'No budget cap' },
    };
    expect(say('en', 'admin', rejected)).toEqual({ sentence: 'Rejected: “No budget cap”', changes: ['Status: In review → Rejected'] });
    expect(say('en', 'brand', rejected)).toEqual({
      sentence: 'Rejected the promotion',
      changes: ['Status: In review → Rejected', 'Rejection reason: — → No budget cap'],
    });
  });

  it('reads values in human form: money, percentages of the option’s kind, names for ids, what was added to a list', () => {
    const updated = say('en', 'admin', {
      action: 'promotion.updated',
      before: { budgetCapMinor: null, productIds: ['tv'], holdingDays: 7 },
      after: { budgetCapMinor: '5000000', productIds: ['tv', 'sb', 'gone'], holdingDays: 14 },
    });
    expect(updated.changes).toEqual([
      'Budget cap: No cap → RUB 50,000.00',
      'Products: + Soundbar, a product no longer listed',
      'Holding period: 7d → 14d',
    ]);
    expect(
      say('ru', 'admin', { action: 'payout_option.updated', entityId: 'pct', before: { value: '500' }, after: { value: '750' } }),
    ).toEqual({
      sentence: 'Изменён вариант выплаты «Premium»',
      changes: ['Размер: 5 % от суммы продажи → 7,5 % от суммы продажи'],
    });
    expect(
      say('en', 'brand', {
        action: 'member.updated',
        entityId: 'anna',
        before: { overrideValue: null, active: true },
        after: { overrideValue: '70000', active: false },
      }).changes,
    ).toEqual(['Own payout value: none (the option’s value applies) → RUB 700.00 per unit', 'Tracking: On → Paused']);
  });

  it('lists what a new record was created with, and names a member it cannot find', () => {
    expect(
      say('en', 'admin', {
        action: 'member.joined',
        entityId: 'nobody',
        after: { payoutOptionName: 'Standard', stage: 'ACCEPTED', payoutOptionId: 'std' },
      }),
    ).toEqual({
      sentence: 'A member joined',
      changes: ['Payout option: Standard', 'Stage: Accepted'],
    });
  });

  it('has words for the schedule ending a promotion, and still shows an action it does not know', () => {
    expect(
      say('en', 'admin', {
        action: 'promotion.ended',
        actorName: null,
        before: { status: 'ACTIVE' },
        after: { status: 'ENDED', by: 'schedule' },
      }).sentence,
    ).toBe('Ended on its end date');
    expect(say('en', 'participant', { action: 'promotion.paused' }).sentence).toBe('Your membership changed');
    expect(say('en', 'brand', { action: 'sale.teleported' }).sentence).toBe('Event “sale.teleported”');
  });
});

describe('auditLogSentence', () => {
  const row = (over: Partial<AuditLogRow>): AuditLogRow => ({ ...event({}), subjectName: null, subject: null, ...over });
  const log = (language: 'en' | 'ru', over: Partial<AuditLogRow>) =>
    auditLogSentence(row(over), i18n.getFixedT(language) as Translate, String);
  const winter = { kind: 'PROMOTION' as const, name: 'Winter sale' };

  it('names the record and its promotion, with the glossary’s stage names', () => {
    const moved = {
      action: 'member.stage_changed',
      subjectName: 'Anna',
      subject: winter,
      before: { stage: 'INVITED' },
      after: { stage: 'ACTIVE' },
    };
    expect(log('en', moved)).toBe('Anna moved from Invited to Active in “Winter sale”');
    expect(log('ru', moved)).toBe('Участник Anna переведён с этапа «Приглашение» на «В работе» в акции «Winter sale»');
  });

  it('falls back to the snapshot’s name for a record that is gone, and to the key for an unknown action', () => {
    expect(log('en', { action: 'payout_option.removed', subject: winter, before: { name: 'Premium' } })).toBe(
      'Payout option “Premium” removed from “Winter sale”',
    );
    expect(
      log('ru', { action: 'product_import.completed', subjectName: 'spring.csv', after: { created: 3, updated: 1, rejected: 0 } }),
    ).toBe('Импорт «spring.csv» завершён: создано 3, обновлено 1, отклонено 0');
    expect(log('en', { action: 'brand.user_invited', subjectName: 'Acme', after: { email: 'bob@acme.example' } })).toBe(
      'bob@acme.example invited to brand Acme',
    );
    expect(log('en', { action: 'sale.teleported' })).toBe('Recorded “sale.teleported”');
  });
});
