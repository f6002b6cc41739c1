import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ActionIcon, Anchor, Box, Group, Modal, Text, Tooltip } from '@mantine/core';
import { useElementSize, useMediaQuery, useMergedRef } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSalesStrings } from '../../i18n/sales-strings';
import { photoLayout, rotateRight, zoomIn, zoomOut, ZOOM_MAX, ZOOM_MIN } from './photoView';
import type { SalePhotoFields } from './types';
import { IconChevronLeft, IconChevronRight, IconExternal, IconRotate, IconZoomIn, IconZoomOut } from '../../icons/icons';

/**
 * A sale's photos full size: zoom in and out, rotate by quarter turns, step through them. The image
 * is the same-origin /api/photos/<id>, which the browser fetches with the session cookie.
 */
export function PhotoViewer({
  photos,
  index,
  onIndex,
  onClose,
}: {
  photos: readonly SalePhotoFields[];
  /** The photo shown; null keeps the viewer closed. */
  index: number | null;
  onIndex: (index: number) => void;
  onClose: () => void;
}) {
  useSalesStrings();
  const { t } = useTranslation();
  const [zoom, setZoom] = useState(1);
  const [quarter, setQuarter] = useState(0);
  const [failed, setFailed] = useState(false);
  const { ref: sizeRef, width, height } = useElementSize();
  const boxRef = useRef<HTMLDivElement | null>(null);
  const ref = useMergedRef(sizeRef, boxRef);
  const photo = index === null ? undefined : photos[index];
  // A phone gets the whole screen for the photo.
  const phone = useMediaQuery('(max-width: 36em)') ?? false;

  // Each photo opens upright and fitted.
  useEffect(() => {
    setZoom(1);
    setQuarter(0);
    setFailed(false);
  }, [photo?.id]);

  // A zoom or a turn keeps the middle of the photo in the middle of the box.
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    box.scrollLeft = (box.scrollWidth - box.clientWidth) / 2;
    box.scrollTop = (box.scrollHeight - box.clientHeight) / 2;
  }, [zoom, quarter, width, height]);

  const count = photos.length;
  const n = (index ?? 0) + 1;
  const layout = photo ? photoLayout(photo, { width, height }, quarter, zoom) : null;

  return (
    <Modal
      opened={photo !== undefined}
      onClose={onClose}
      size="xl"
      fullScreen={phone}
      centered
      title={t('saleDetails.photos.viewerTitle', { n, count })}
      styles={{ body: { paddingInline: 'var(--mantine-spacing-xs)' } }}
      data-testid="photo-viewer"
    >
      <Group justify="space-between" gap="xs" mb="xs" wrap="wrap">
        <Group gap={4}>
          <Tool
            label={t('saleDetails.photos.zoomOut')}
            onClick={() => setZoom(zoomOut)}
            disabled={zoom <= ZOOM_MIN}
            testId="photo-zoom-out"
          >
            <IconZoomOut />
          </Tool>
          <Text fz="sm" w={52} ta="center" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="photo-zoom">
            {Math.round(zoom * 100)}%
          </Text>
          <Tool label={t('saleDetails.photos.zoomIn')} onClick={() => setZoom(zoomIn)} disabled={zoom >= ZOOM_MAX} testId="photo-zoom-in">
            <IconZoomIn />
          </Tool>
          <Tool label={t('saleDetails.photos.rotate')} onClick={() => setQuarter(rotateRight)} testId="photo-rotate">
            <IconRotate />
          </Tool>
        </Group>
        <Group gap={4}>
          {count > 1 && (
            <>
              <Tool label={t('saleDetails.photos.previous')} onClick={() => onIndex((n - 2 + count) % count)} testId="photo-previous">
                <IconChevronLeft />
              </Tool>
              <Tool label={t('saleDetails.photos.next')} onClick={() => onIndex(n % count)} testId="photo-next">
                <IconChevronRight />
              </Tool>
            </>
          )}
          {photo && (
            <Tooltip label={t('saleDetails.photos.openOriginal')}>
              <ActionIcon
                component="a"
                href={photo.url}
                target="_blank"
                rel="noopener"
                variant="default"
                size="lg"
                aria-label={t('saleDetails.photos.openOriginal')}
              >
                <IconExternal />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Group>
      <Box
        ref={ref}
        h={phone ? 'calc(100dvh - 130px)' : 'min(70vh, 720px)'}
        bg="dark.7"
        style={{ overflow: 'auto', borderRadius: 'var(--mantine-radius-md)', display: 'grid' }}
        data-testid="photo-viewer-stage"
      >
        {photo && layout && !failed && (
          // The frame takes the rotated size, so scrolling covers the whole turned, zoomed photo;
          // margin auto centres it while it is smaller than the box.
          <Box style={{ position: 'relative', width: layout.frame.width, height: layout.frame.height, margin: 'auto' }}>
            <img
              src={photo.url}
              alt={t('saleDetails.photos.viewerTitle', { n, count })}
              onError={() => setFailed(true)}
              draggable={false}
              data-testid="photo-viewer-image"
              data-rotation={quarter * 90}
              style={{
                position: 'absolute',
                left: '50%',
                top: '50%',
                width: layout.image.width,
                height: layout.image.height,
                maxWidth: 'none',
                transform: `translate(-50%, -50%) rotate(${quarter * 90}deg)`,
              }}
            />
          </Box>
        )}
        {failed && (
          <Text c="gray.4" m="auto" p="md" ta="center">
            {t('saleDetails.photos.failed')}{' '}
            {photo && (
              <Anchor href={photo.url} target="_blank" rel="noopener" c="gray.2">
                {t('saleDetails.photos.openOriginal')}
              </Anchor>
            )}
          </Text>
        )}
      </Box>
    </Modal>
  );
}

function Tool({
  label,
  onClick,
  disabled,
  testId,
  children,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="default" size="lg" onClick={onClick} disabled={disabled} aria-label={label} data-testid={testId}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}
