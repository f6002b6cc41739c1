import { useRef } from 'react';
import { ActionIcon, Box, Button, Group, Image, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_PHOTOS, photoErrorKey, uploadPhoto, type UploadedPhoto } from './uploadPhoto';

export interface PhotoItem {
  key: string;
  name: string;
  /** A local preview of the file while it uploads (an object URL). */
  preview: string;
  status: 'uploading' | 'done' | 'failed';
  photo?: UploadedPhoto;
  errorKey?: string;
}

let photoCounter = 0;

/**
 * The camera button (several photos per sale: the receipt, the product sold), each photo uploaded at
 * once, shown as a thumbnail with a remove button, or with what is wrong with it.
 */
export function PhotoPicker({
  items,
  onChange,
  onQr,
}: {
  items: PhotoItem[];
  /** Called with an updater: uploads finish after other changes. */
  onChange: (update: (items: PhotoItem[]) => PhotoItem[]) => void;
  /** A receipt QR code was read off an uploaded photo. */
  onQr: (qr: NonNullable<UploadedPhoto['qr']>) => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const room = MAX_PHOTOS - items.filter((item) => item.status !== 'failed').length;

  const add = (files: FileList | null) => {
    const chosen = Array.from(files ?? []).slice(0, Math.max(room, 0));
    const added = chosen.map((file) => {
      photoCounter += 1;
      return {
        file,
        item: { key: `photo-${photoCounter}`, name: file.name, preview: URL.createObjectURL(file), status: 'uploading' as const },
      };
    });
    onChange((current) => [...current, ...added.map((a) => a.item)]);
    for (const { file, item } of added) {
      uploadPhoto(file)
        .then((photo) => {
          onChange((current) => current.map((c) => (c.key === item.key ? { ...c, status: 'done', photo } : c)));
          if (photo.qr) onQr(photo.qr);
        })
        .catch((error: unknown) =>
          onChange((current) => current.map((c) => (c.key === item.key ? { ...c, status: 'failed', errorKey: photoErrorKey(error) } : c))),
        );
    }
    if (input.current) input.current.value = '';
  };

  const remove = (key: string) =>
    onChange((current) => {
      const gone = current.find((c) => c.key === key);
      if (gone) URL.revokeObjectURL(gone.preview);
      return current.filter((c) => c.key !== key);
    });

  return (
    <Stack gap="sm">
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        hidden
        onChange={(event) => add(event.currentTarget.files)}
        data-testid="photo-input"
      />
      <Group gap="sm" wrap="wrap">
        <Button
          variant="light"
          size="md"
          onClick={() => input.current?.click()}
          disabled={room <= 0}
          data-testid="photo-button"
          w={{ base: '100%', xs: 'auto' }}
        >
          {t('participant.sales.photos.add')}
        </Button>
        <Text fz="sm" c="dimmed">
          {room <= 0 ? t('participant.sales.photos.full', { count: MAX_PHOTOS }) : t('participant.sales.photos.hint')}
        </Text>
      </Group>
      {items.length > 0 && (
        <SimpleGrid cols={{ base: 2, xs: 3, md: 4 }} spacing="sm" data-testid="photo-list">
          {items.map((item) => (
            <Paper
              key={item.key}
              withBorder
              radius="md"
              p={4}
              pos="relative"
              data-testid="photo-item"
              data-status={item.status}
              style={{ borderColor: item.status === 'failed' ? 'var(--mantine-color-red-5)' : undefined }}
            >
              <Box pos="relative">
                <Image
                  src={item.photo?.thumbnailUrl ?? item.preview}
                  alt={item.name}
                  h={110}
                  radius="sm"
                  fit="cover"
                  fallbackSrc={undefined}
                  style={{ opacity: item.status === 'uploading' ? 0.5 : 1 }}
                />
                {item.status === 'uploading' && (
                  <Loader size="sm" pos="absolute" top="50%" left="50%" style={{ transform: 'translate(-50%, -50%)' }} />
                )}
                <ActionIcon
                  variant="filled"
                  color="dark"
                  radius="xl"
                  size="md"
                  pos="absolute"
                  top={4}
                  right={4}
                  onClick={() => remove(item.key)}
                  aria-label={t('participant.sales.photos.remove', { name: item.name })}
                  data-testid="photo-remove"
                >
                  ×
                </ActionIcon>
              </Box>
              {item.status === 'failed' && item.errorKey && (
                <Text fz="xs" c="red.7" mt={4} px={2} data-testid="photo-error" style={{ overflowWrap: 'anywhere' }}>
                  {t(item.errorKey, { mb: 10 })}
                </Text>
              )}
              {item.status === 'done' && item.photo?.qr && (
                <Text fz="xs" c="teal.7" mt={4} px={2} data-testid="photo-qr">
                  {t('participant.sales.photos.qrFound')}
                </Text>
              )}
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
