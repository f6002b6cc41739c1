import type { Request } from 'express';
import busboy from 'busboy';
import { BadRequestError, BadUserInputError } from '../../shared/errors';

export interface OneFileLimit {
  /** The field the file comes in. */
  field: string;
  maxBytes: number;
  /** The error for a file over maxBytes. */
  tooLarge(): Error;
}

/**
 * A refused body is read on and thrown away (nothing of it is kept) up to this many bytes, so the
 * client receives the answer: closing a socket with unread data makes TCP reset it, and a client
 * still sending loses the answer with it. A body declaring more in Content-Length is refused before
 * a byte is read, and one that runs past it is cut off (the route layer closes the connection).
 */
const DRAIN_BYTES = 64 * 1024 * 1024;

/**
 * Streams a multipart/form-data body holding exactly one file (busboy) and returns the file's bytes,
 * never holding more than `maxBytes` of it: past the limit nothing more is kept, the rest of the body
 * is read and dropped (up to DRAIN_BYTES), and `tooLarge()` is thrown.
 */
export function readOneFile(req: Request, limit: OneFileLimit): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > DRAIN_BYTES) return Promise.reject(limit.tooLarge());
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: limit.maxBytes, fields: 10, fieldSize: 1024, parts: 11 } });
  } catch {
    return Promise.reject(new BadRequestError(`Send the file as multipart/form-data in the "${limit.field}" field`));
  }
  return new Promise<Buffer>((resolve, reject) => {
    let chunks: Buffer[] = [];
    let files = 0;
    let refusal: Error | null = null;
    let settled = false;
    const refuse = (error: Error) => {
      refusal ??= error;
      chunks = []; // keep nothing of a refused file while the rest is drained
    };
    const settle = () => {
      if (settled) return;
      settled = true;
      if (refusal) reject(refusal);
      else if (files === 0) reject(new BadUserInputError(`Attach the file in the "${limit.field}" field`, { [limit.field]: 'missing' }));
      else resolve(Buffer.concat(chunks));
    };
    parser.on('file', (field, stream) => {
      files += 1;
      if (field !== limit.field) refuse(new BadUserInputError(`Send the file in the "${limit.field}" field`, { [limit.field]: 'missing' }));
      stream.on('data', (chunk: Buffer) => {
        if (!refusal) chunks.push(chunk);
      });
      stream.on('limit', () => refuse(limit.tooLarge()));
      stream.on('error', () => refuse(new BadRequestError('The upload was cut off')));
    });
    parser.on('filesLimit', () => refuse(new BadUserInputError('Send one file per request', { [limit.field]: 'one file only' })));
    parser.on('partsLimit', () => refuse(new BadRequestError('Too many parts in the multipart body')));
    parser.on('fieldsLimit', () => refuse(new BadRequestError('Too many fields in the multipart body')));
    parser.on('error', () => {
      refuse(new BadRequestError('The multipart body is malformed or cut off'));
      req.unpipe(parser);
      req.resume();
      settle();
    });
    parser.on('close', settle);
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > DRAIN_BYTES) {
        // Past the drain limit: stop reading; the route layer answers and closes the connection.
        req.unpipe(parser);
        req.pause();
        refuse(limit.tooLarge());
        settle();
      }
    });
    req.on('aborted', () => {
      refuse(new BadRequestError('The upload was cut off'));
      settle();
    });
    req.pipe(parser);
  });
}
