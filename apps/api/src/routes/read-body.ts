import type { IncomingMessage } from 'node:http';
import type { Response } from 'express';

export interface BodyLimit {
  /** The largest body accepted. */
  maxBytes: number;
  /**
   * A refused body is read on (and thrown away) up to this many bytes so the client gets the error
   * answer rather than a broken connection; past it the connection is cut off.
   */
  drainBytes: number;
  /** The error thrown for a body over maxBytes (a DomainError, so the route layer answers it). */
  tooLarge(): Error;
}

/**
 * Streams a raw request body into memory, never holding more than `maxBytes` of it, for routes that
 * take a file as the body (express.json() and friends are for JSON, and buffer whatever arrives).
 */
export async function readBodyWithin(req: IncomingMessage, res: Response, limit: BodyLimit): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > limit.drainBytes) throw limit.tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit.drainBytes) {
      res.setHeader('connection', 'close');
      throw limit.tooLarge();
    }
    if (size <= limit.maxBytes) chunks.push(chunk);
  }
  if (size > limit.maxBytes) throw limit.tooLarge();
  return Buffer.concat(chunks);
}
