/**
 * Where photo files live, behind one interface: local disk (one API instance) or an S3-compatible
 * bucket (several instances share it). Keys are made by the photos feature from row ids only
 * ("photos/<id>.jpg"), never from anything a client sent.
 */
export interface PhotoStorage {
  readonly kind: 'local' | 's3';
  /** Writes the object, replacing one with the same key. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The object's bytes, or null when there is no such object. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
}

/** Keys are `photos/` + a UUID + an optional `.thumb` + an extension; anything else is refused before touching storage. */
const SAFE_KEY = /^photos\/[0-9a-f-]{36}(\.thumb)?\.(jpg|png|webp)$/;

export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key)) throw new Error(`refusing photo storage key ${JSON.stringify(key)}`);
}
