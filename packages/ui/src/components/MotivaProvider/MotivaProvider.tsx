import '@mantine/core/styles.layer.css';
import '@mantine/notifications/styles.layer.css';
import { useState, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { ApolloProvider } from '@apollo/client/react';
import { I18nextProvider } from 'react-i18next';
import type { ApolloClient } from '@apollo/client';
import { theme } from '../../theme/theme';
import { createApolloClient } from '../../apollo/createApolloClient';
import { createI18n, type PortalMessages } from '../../i18n/i18n';

export interface MotivaProviderProps {
  children: ReactNode;
  /** The portal's own strings, merged over the kit's. */
  messages?: PortalMessages;
  /** Tests and screenshots may pass their own client; portals use the default. */
  client?: ApolloClient;
}

export function MotivaProvider({ children, messages, client }: MotivaProviderProps) {
  // Created once per mount: a new client or i18n instance on every render would drop caches and state.
  const [apollo] = useState(() => client ?? createApolloClient());
  const [i18n] = useState(() => createI18n(messages));
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        {/* Bottom right: the top right holds drawer and modal close buttons. */}
        <Notifications position="bottom-right" />
        <ApolloProvider client={apollo}>{children}</ApolloProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
