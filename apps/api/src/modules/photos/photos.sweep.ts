import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config';
import { defineJob } from '../../jobs/define-job';
import { photoStorageOf } from './create-storage';

declare module '../../jobs/job-queue' {
  interface JobPayloads {
    'photos.orphan-sweep': Record<string, never>;
  }
}

/**
 * A photo is uploaded before its sale exists; one that no sale took within this long belongs to a form
 * the participant gave up on, and only costs storage (and keeps a receipt image nobody needs).
 */
export const ORPHAN_PHOTO_AGE_MS = 24 * 3_600_000;
const SWEEP_BATCH = 200;

/**
 * Deletes orphaned photos, files first and rows last, batch by batch. The rows are locked (skip
 * locked) for the batch, so a sale being submitted with one of them waits or wins; a crash between the
 * two steps leaves rows whose files are gone, which the next sweep deletes (deleting a missing file is
 * not an error). Returns how many photos went.
 */
export async function sweepOrphanPhotos(orm: MikroORM, config: AppConfig, now = new Date()): Promise<number> {
  const storage = photoStorageOf(config);
  const cutoff = new Date(now.getTime() - ORPHAN_PHOTO_AGE_MS);
  let deleted = 0;
  for (;;) {
    const batch = await orm.em.fork().transactional(async (em) => {
      const rows = await em.execute<{ id: string; storage_key: string; thumbnail_key: string }[]>(
        `select id, storage_key, thumbnail_key from photo
          where sale_id is null and created_at < ? order by created_at limit ? for update skip locked`,
        [cutoff, SWEEP_BATCH],
      );
      if (rows.length === 0) return 0;
      for (const row of rows) {
        await storage.delete(row.storage_key);
        await storage.delete(row.thumbnail_key);
      }
      await em.execute(`delete from photo where sale_id is null and id in (?)`, [rows.map((r) => r.id)]);
      return rows.length;
    });
    deleted += batch;
    if (batch < SWEEP_BATCH) return deleted;
  }
}

/** Hourly, and at boot: a crashed or stopped process catches up on restart. */
export const orphanPhotoSweepJob = defineJob({
  name: 'photos.orphan-sweep',
  async work({ orm, config, log }) {
    const deleted = await sweepOrphanPhotos(orm, config);
    if (deleted > 0) log.info({ deleted }, 'deleted photos no sale took within a day');
  },
  schedule: { cron: '17 * * * *', data: {} },
  atBoot: { data: {} },
});
