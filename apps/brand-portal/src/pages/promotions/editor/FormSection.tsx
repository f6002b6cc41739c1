import type { ReactNode } from 'react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { FieldError } from '@motiva/ui';
import type { PromotionDraft } from './formValues';

/** One titled card of the editor. */
export function FormSection({
  title,
  description,
  children,
  testId,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Paper withBorder radius="md" p="lg" data-testid={testId}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} fz="h4">
            {title}
          </Title>
          {description && (
            <Text fz="sm" c="dimmed">
              {description}
            </Text>
          )}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

/** What each section of the form gets: the draft, a setter that clears the field's error, and its error text. */
export interface SectionFields {
  draft: PromotionDraft;
  set: <K extends keyof PromotionDraft>(name: K, value: PromotionDraft[K], errorKey?: string) => void;
  err: (key: string) => string | undefined;
}

/** An error in the user's words: a translation key of ours, or the API's own message. */
export type ErrorText = (error: FieldError | undefined) => string | undefined;
