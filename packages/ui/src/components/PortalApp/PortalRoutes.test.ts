import { createElement as h, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router-dom';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { Observable } from 'rxjs';
import { Role } from '@motiva/schema';
import { MotivaProvider } from '../MotivaProvider';
import { createI18n, i18nReady } from '../../i18n/i18n';
import { PortalInfoProvider } from '../../viewer/PortalContext';
import { Gate } from './Gate';
import { PortalRoutes } from './PortalRoutes';

/** A client whose requests never answer: the gate stays on its loader, as it does before `me` arrives. */
const silentClient = () => new ApolloClient({ link: new ApolloLink(() => new Observable(() => undefined)), cache: new InMemoryCache() });

/** The kit's strings loaded before rendering: renderToString cannot wait for them. */
const i18n = createI18n(undefined, 'en');
await i18nReady(i18n);

/** The tree PortalApp builds, with a memory router at `path` instead of the browser's address bar. */
function render(path: string, children: ReactNode = h('p', null, 'portal page')) {
  return renderToString(
    h(MotivaProvider, {
      client: silentClient(),
      i18n,
      children: h(PortalInfoProvider, {
        value: { role: Role.BRAND, titleKey: 'brand.title', registration: false },
        children: h(MemoryRouter, {
          initialEntries: [path],
          children: h(PortalRoutes, {
            publicRoutes: [{ path: '/set-password', element: h('p', null, 'public page') }],
            children: h(Gate, { nav: [], children }),
          }),
        }),
      }),
    }),
  );
}

describe('PortalRoutes', () => {
  it('shows a public route without asking the gate who is signed in', () => {
    const html = render('/set-password?token=abc');
    expect(html).toContain('public page');
    expect(html).not.toContain('portal page');
    expect(html).not.toContain('data-testid="page-loading"');
  });

  it('sends every other path through the gate, which waits for `me` first', () => {
    for (const path of ['/', '/products', '/set-password/extra']) {
      const html = render(path);
      expect(html).not.toContain('public page');
      expect(html).not.toContain('portal page');
      expect(html).toContain('data-testid="page-loading"');
    }
  });
});
