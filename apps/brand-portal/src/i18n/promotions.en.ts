import { promotionEditorEn } from './promotions/editor.en';
import { promotionMembersEn } from './promotions/members.en';
import { promotionPageEn } from './promotions/page.en';
import { promotionPreviewEn } from './promotions/preview.en';
import { promotionTrackingEn } from './promotions/tracking.en';
import { promotionReportEn } from './promotions/report.en';

/** English strings of the brand's promotions (brand.promotions.*), one file per area; merged into the portal's messages in ./index.ts. */
export const promotionsEn = {
  ...promotionPageEn,
  ...promotionEditorEn,
  ...promotionMembersEn,
  ...promotionPreviewEn,
  ...promotionTrackingEn,
  ...promotionReportEn,
};
