// Mantine's global layers only: each component's own CSS comes with the chunk that renders it
// (mantineComponentCss in vite/portalConfig.ts), not the whole stylesheet on every first load.
import '@mantine/core/styles/baseline.layer.css';
import '@mantine/core/styles/default-css-variables.layer.css';
import '@mantine/core/styles/global.layer.css';
import { Suspense, useState, type ReactNode } from 'react';
import { Center, Loader, MantineProvider } from '@mantine/core';
import { ApolloProvider } from '@apollo/client/react';
import { I18nextProvider } from 'react-i18next';
import type { ApolloClient } from '@apollo/client';
import type { i18n as I18n } from 'i18next';
import { theme } from '../../theme/theme';
import { createApolloClient } from '../../apollo/createApolloClient';
import { createI18n, type PortalMessageLoaders } from '../../i18n/i18n';
import { ToastHost } from '../../notify/ToastHost';

export interface MotivaProviderProps {
  children: ReactNode;
  /** The portal's own strings, one loader per language, merged over the kit's. */
  messages?: PortalMessageLoaders;
  /** Tests and screenshots may pass their own client; portals use the default. */
  client?: ApolloClient;
  /** Tests may pass an instance whose language has loaded already; portals use the default. */
  i18n?: I18n;
}

export function MotivaProvider({ children, messages, client, i18n: givenI18n }: MotivaProviderProps) {
  // Created once per mount: a new client or i18n instance on every render would drop caches and state.
  const [apollo] = useState(() => client ?? createApolloClient());
  const [i18n] = useState(() => givenI18n ?? createI18n(messages));
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <ToastHost />
        <ApolloProvider client={apollo}>
          {/* Until the language's strings (a chunk of their own) arrive: the full-page loader, without words. */}
          <Suspense fallback={<LanguageLoader />}>{children}</Suspense>
        </ApolloProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}

/** FullPageLoader's look, with no label to translate yet. */
function LanguageLoader() {
  return (
    <Center mih="100vh" data-testid="page-loading" aria-busy="true">
      <Loader />
    </Center>
  );
}
