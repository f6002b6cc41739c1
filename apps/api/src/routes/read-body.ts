import type { IncomingMessage } from 'node:http';

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
export function readBodyWithin(
  req: IncomingMessage,
  res: { setHeader(name: string, value: string): unknown },
  limit: BodyLimit,
): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > limit.drainBytes) return Promise.reject(limit.tooLarge());
  // Events, not `for await`: the stream's async iterator costs more than the small bodies this reads.
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (error: Error | null) => {
      req.off('data', onData).off('end', onEnd).off('error', settle).off('close', onClose);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit.drainBytes) {
        res.setHeader('connection', 'close');
        req.pause();
        settle(limit.tooLarge());
      } else if (size <= limit.maxBytes) chunks.push(chunk);
    };
    const onEnd = () => settle(size > limit.maxBytes ? limit.tooLarge() : null);
    // The client went away before the end: body-parser's 'request.aborted', which the error handler answers 400.
    const onClose = () => settle(Object.assign(new Error('The request was aborted before its body arrived'), { type: 'request.aborted' }));
    req.on('data', onData).once('end', onEnd).once('error', settle).once('close', onClose);
  });
}
