import { defineFeature } from '../../define-feature';
import { Photo } from './photo.entity';
import { photoRoute, photoThumbnailRoute, photoUploadRoute } from './photos.routes';

/** Sale photos: the upload route (checks, EXIF-upright, thumbnail, hashes, receipt QR), storage and serving. */
export const photosFeature = defineFeature({
  name: 'photos',
  resolvers: [],
  entities: [Photo],
  routes: [photoUploadRoute, photoRoute, photoThumbnailRoute],
});
