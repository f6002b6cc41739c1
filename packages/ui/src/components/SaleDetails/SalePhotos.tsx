import { useState } from 'react';
import { Group, Image, Text, UnstyledButton } from '@mantine/core';
import { PhotoViewer } from './PhotoViewer';
import type { SalePhotoFields } from './types';
import { useSaleDetailsT } from './useSaleDetailsT';

/** The sale's photos as thumbnails (the 320 px WebP); a click opens the viewer on that photo. */
export function SalePhotos({ photos }: { photos: readonly SalePhotoFields[] }) {
  const t = useSaleDetailsT();
  const [open, setOpen] = useState<number | null>(null);
  if (photos.length === 0)
    return (
      <Text fz="sm" c="dimmed" data-testid="sale-photos-none">
        {t('saleDetails.photos.none')}
      </Text>
    );
  return (
    <>
      <Group gap="sm" data-testid="sale-photos">
        {photos.map((photo, i) => (
          <UnstyledButton
            key={photo.id}
            onClick={() => setOpen(i)}
            aria-label={t('saleDetails.photos.open', { n: i + 1, count: photos.length })}
            data-testid="sale-photo-thumb"
            style={{
              borderRadius: 'var(--mantine-radius-md)',
              overflow: 'hidden',
              border: '1px solid var(--mantine-color-default-border)',
            }}
          >
            <Image src={photo.thumbnailUrl} alt="" w={104} h={104} fit="cover" loading="lazy" />
          </UnstyledButton>
        ))}
      </Group>
      <PhotoViewer photos={photos} index={open} onIndex={setOpen} onClose={() => setOpen(null)} />
    </>
  );
}
