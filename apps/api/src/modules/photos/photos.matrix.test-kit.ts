import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { nextSeq, statuses, type Env, type RouteActor, type RouteRow } from '../../test/matrix-kit';
import { Photo } from './photo.entity';
import { multipart, solidPng, tokenOf, uploadHeaders, uploadPhoto } from './photos.test-kit';
import { PHOTOS_PATH } from './photos.service';
import { seedSale } from '../sales/sales.matrix.test-kit';

const SHA_HEADER = 'x-matrix-sha256';
const participantAPhotos = new WeakMap<Env, Promise<string>>();

/** One photo uploaded by participant A through the real route, shared by the GET rows. */
function participantAPhoto(env: Env): Promise<string> {
  if (!participantAPhotos.has(env)) {
    const uploaded = (async () => {
      const token = await tokenOf(env.api, env.world.participantA.email);
      const res = await uploadPhoto(env.api, token, await solidPng(40, 30, [10, 200, 30]));
      if (res.status !== 201) throw new Error(`matrix photo upload failed: ${JSON.stringify(res.body)}`);
      return res.body.photo.id as string;
    })();
    participantAPhotos.set(env, uploaded);
  }
  return participantAPhotos.get(env)!;
}

/** Serving: participant A (the uploader) and admins get the image; every other signed-in caller a 404 exactly like a missing photo. */
const servingRow = (suffix: '' | '/thumbnail'): RouteRow => ({
  route: `GET ${PHOTOS_PATH}/:id${suffix}`,
  request: async (_actor, env) => ({ params: { id: await participantAPhoto(env) } }),
  expect: statuses({ admin: 200, participantA: 200, pendingParticipant: 404, pendingPartner: 404 }, 404),
  async verify(_actor, _env, _request, res) {
    if (res.status === 200) expect(res.body.bytes.byteLength).toBeGreaterThan(0);
    else if (res.status === 404) expect(res.body.error).toEqual({ code: 'NOT_FOUND', message: 'Photo not found', entity: 'Photo' });
  },
});

const attachedPhotos = new WeakMap<Env, Promise<string>>();

/** A photo of participant A's on their sale in brand A's promotion (partner A's participant). */
function attachedPhoto(env: Env): Promise<string> {
  if (!attachedPhotos.has(env)) {
    const attached = (async () => {
      const token = await tokenOf(env.api, env.world.participantA.email);
      const res = await uploadPhoto(env.api, token, await solidPng(36, 28, [200, 40, 90]));
      if (res.status !== 201) throw new Error(`matrix photo upload failed: ${JSON.stringify(res.body)}`);
      const saleId = await seedSale(env);
      await env.api.db.orm.em.fork().nativeUpdate(Photo, { id: res.body.photo.id }, { saleId });
      return res.body.photo.id as string;
    })();
    attachedPhotos.set(env, attached);
  }
  return attachedPhotos.get(env)!;
}

/** On a sale, the photo is seen also by the participant's partner and the promotion's brand; still 404 to the others. */
const attachedRow = (suffix: '' | '/thumbnail'): RouteRow => ({
  route: `GET ${PHOTOS_PATH}/:id${suffix}`,
  title: 'on a sale',
  request: async (_actor, env) => ({ params: { id: await attachedPhoto(env) } }),
  expect: statuses({ admin: 200, participantA: 200, partnerA: 200, brandA: 200, pendingParticipant: 404, pendingPartner: 404 }, 404),
  async verify(_actor, _env, _request, res) {
    if (res.status === 200) expect(res.body.bytes.byteLength).toBeGreaterThan(0);
    else if (res.status === 404) expect(res.body.error).toEqual({ code: 'NOT_FOUND', message: 'Photo not found', entity: 'Photo' });
  },
});

export const PHOTOS_ROUTE_ROWS: RouteRow[] = [
  {
    route: `POST ${PHOTOS_PATH}`,
    async request(actor: RouteActor) {
      // A colour of its own per call, so the row it stores (or not) is found by its SHA-256.
      const seq = nextSeq();
      const png = await solidPng(24, 16, [seq % 256, (seq * 7) % 256, actor.length * 20]);
      const { body, contentType } = multipart(png, { type: 'image/png', fileName: `matrix-${actor}.png` });
      return { headers: { ...uploadHeaders(contentType), [SHA_HEADER]: createHash('sha256').update(png).digest('hex') }, body };
    },
    expect: statuses({ participantA: 201, participantB: 201 }),
    async verify(actor, { api, world }, request, res) {
      const stored = await api.db.orm.em.fork().find(Photo, { sha256: request.headers![SHA_HEADER] });
      if (res.status !== 201) return expect(stored).toEqual([]);
      const owner = actor === 'participantA' ? world.participantA.participantId : world.participantB.participantId;
      expect(stored.map((p) => [p.id, p.owner.id])).toEqual([[res.body.photo.id, owner]]);
    },
  },
  servingRow(''),
  servingRow('/thumbnail'),
  attachedRow(''),
  attachedRow('/thumbnail'),
];
