// Brand portal, Settings > API keys: the list, the secret shown once after creating, the revoke confirmation, empty.
import { viewers } from './fixtures.mjs';

const key = (n, name, prefix, createdAt, lastUsedAt, revokedAt = null) => ({
  __typename: 'ApiKey',
  id: `c4000000-0000-4000-8000-0000000000${n}`,
  name,
  prefix,
  createdAt,
  lastUsedAt,
  revokedAt,
});
const keys = [
  key('03', 'Shop checkout (new)', 'mk_7Hq2xP9a', '2026-12-02T09:12:00.000Z', '2026-12-03T11:40:00.000Z'),
  key('02', 'CRM refunds', 'mk_Lw81ZcQe', '2026-11-20T14:00:00.000Z', null),
  key(
    '01',
    'Shop checkout — leaked in a support ticket',
    'mk_a0B3kT5y',
    '2026-10-01T08:30:00.000Z',
    '2026-12-02T09:00:00.000Z',
    '2026-12-02T09:15:00.000Z',
  ),
];
const ops = {
  Me: { me: viewers.brand },
  MyApiKeys: { myApiKeys: keys },
  CreateApiKey: {
    createApiKey: {
      __typename: 'CreatedApiKey',
      apiKey: key('04', 'Mobile app', 'mk_Qp4Rt7Vw', '2026-12-03T11:50:00.000Z', null),
      secret: 'mk_Qp4Rt7Vw.9f3c1e0b7a2d4c6e8f1a3b5c7d9e0f2a4b6c8d0e1f3a5b7c9d1e3f5a7b9c1d3e',
    },
  },
};
const path = '/brand/settings/api-keys';

export const apiKeyScenarios = [
  { name: 'brand-api-keys', path, ops, waitFor: '[data-testid=api-keys] tbody tr' },
  {
    name: 'brand-api-keys-secret',
    path,
    ops,
    waitFor: '[data-testid=api-keys] tbody tr',
    act: async (p) => {
      await p.getByTestId('api-key-create').click();
      await p.getByTestId('api-key-name').fill('Mobile app');
      await p.getByTestId('api-key-create-submit').click();
      await p.getByTestId('api-key-secret').waitFor();
      await p.waitForTimeout(300);
    },
  },
  {
    name: 'brand-api-keys-revoke-mobile',
    path,
    ops,
    waitFor: '[data-testid=api-keys] tbody tr',
    viewport: { width: 390, height: 844 },
    fullPage: false,
    act: async (p) => {
      await p.getByTestId('api-key-revoke-mk_7Hq2xP9a').click();
      await p.getByTestId('api-key-revoke-confirm').waitFor();
      await p.waitForTimeout(300);
    },
  },
  {
    name: 'brand-api-keys-empty-mobile',
    path,
    ops: { ...ops, MyApiKeys: { myApiKeys: [] } },
    waitFor: '[data-testid=api-keys-page]',
    viewport: { width: 390, height: 844 },
  },
];
