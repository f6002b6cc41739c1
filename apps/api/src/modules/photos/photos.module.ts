import { defineFeature } from '../../define-feature';
import { Photo } from './photo.entity';
import { photoRoute, photoThumbnailRoute, photoUploadRoute } from './photos.routes';
import { orphanPhotoSweepJob } from './photos.sweep';

/** Sale photos: the upload route (checks, EXIF-upright, thumbnail, hashes, receipt QR), storage, serving, and the sweep of abandoned uploads. */
export const photosFeature = defineFeature({
  name: 'photos',
  resolvers: [],
  entities: [Photo],
  routes: [photoUploadRoute, photoRoute, photoThumbnailRoute],
  jobs: [orphanPhotoSweepJob],
});
