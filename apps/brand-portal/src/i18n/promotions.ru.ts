import type { promotionsEn } from './promotions.en';
import { promotionEditorRu } from './promotions/editor.ru';
import { promotionMembersRu } from './promotions/members.ru';
import { promotionPageRu } from './promotions/page.ru';
import { promotionPreviewRu } from './promotions/preview.ru';
import { promotionTrackingRu } from './promotions/tracking.ru';
import { promotionReportRu } from './promotions/report.ru';
import type { RuTree } from './promotions/ruTree';

/** Russian strings of the brand's promotions, one file per area; «акция» is feminine. */
export const promotionsRu: RuTree<typeof promotionsEn> = {
  ...promotionPageRu,
  ...promotionEditorRu,
  ...promotionMembersRu,
  ...promotionPreviewRu,
  ...promotionTrackingRu,
  ...promotionReportRu,
};
