import { Permission } from '@motiva/schema';
import { can } from '../../auth/access';
import type { RequestContext } from '../../context';

/** The columns serving a photo needs. */
export interface VisiblePhoto {
  id: string;
  contentType: string;
  storageKey: string;
  thumbnailKey: string;
}

/**
 * THE rule of who may see a photo, in one place (serving, and any list of photos, ask it):
 * admins who moderate sales see every photo; a participant sees the photos they uploaded; once a
 * photo is on a sale, the partner company of the sale's participant (ReadPartnerSales) and the brand
 * whose promotion the sale is in (ReadBrandSales) see it too.
 * Returns null for a photo the caller may not see, exactly as for a missing one.
 */
export async function findVisiblePhoto(ctx: RequestContext, photoId: string): Promise<VisiblePhoto | null> {
  const viewer = ctx.viewer;
  if (!viewer || !UUID.test(photoId)) return null;
  const rows = await ctx.em.getConnection().execute<Array<Record<string, string>>>(
    `select p.id, p.content_type, p.storage_key, p.thumbnail_key
       from photo p
      where p.id = ?
        and (? or p.owner_participant_id = ?
             or (? and exists (select 1 from sale s join participant pt on pt.id = s.participant_id
                                where s.id = p.sale_id and pt.partner_id = ?))
             or (? and exists (select 1 from sale s where s.id = p.sale_id and s.brand_id = ?)))`,
    [
      photoId,
      can(viewer, Permission.ModerateSales),
      viewer.participantId,
      can(viewer, Permission.ReadPartnerSales) && viewer.partnerId != null,
      viewer.partnerId,
      can(viewer, Permission.ReadBrandSales) && viewer.brandId != null,
      viewer.brandId,
    ],
  );
  const row = rows[0];
  return row ? { id: row.id, contentType: row.content_type, storageKey: row.storage_key, thumbnailKey: row.thumbnail_key } : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
