import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { DomainError } from '../shared/errors';
import { textProblem } from '../shared/text-rules';

/**
 * The one error-code-to-status table. Every error a non-GraphQL route answers (the route layer's
 * DomainErrors, body-parser failures, unknown paths) is `{ error: { code, message, ...details } }`
 * with a stable code, never an HTML page and never a stack trace; GraphQL errors keep their own shape
 * (graphql/format-error.ts) and take their HTTP status from here where they set one (input-guard.ts).
 * A DomainError code not listed here is a 400.
 */
export const HTTP_STATUS: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  INVALID_JSON: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INSUFFICIENT_BALANCE: 409,
  FILE_TOO_LARGE: 413,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_FILE_TYPE: 415,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_ATTEMPTS: 429,
  DUPLICATE_RECEIPT: 409,
  DUPLICATE_ORDER: 409,
  CAP_REACHED: 409,
  NOT_AN_ACTIVE_MEMBER: 403,
  PROMOTION_NOT_ACCEPTING_CLAIMS: 422,
  RECEIPT_DATE_OUTSIDE_PROMOTION: 422,
  RECEIPT_DATE_OUTSIDE_MEMBERSHIP: 422,
  RECEIPT_DATE_IN_FUTURE: 422,
  CLAIM_WINDOW_EXPIRED: 422,
  PRODUCT_NOT_IN_PROMOTION: 422,
  NOT_A_SALE_RECEIPT: 422,
  LINES_EXCEED_RECEIPT_TOTAL: 422,
  INTERNAL_SERVER_ERROR: 500,
  /** An image with more pixels than PHOTO_MAX_PIXELS (a decompression bomb is refused, not decoded). */
  IMAGE_TOO_LARGE: 413,
  /** The receipt-check provider could not answer; retried by the job, never a refusal of the sale. */
  RECEIPT_CHECK_UNAVAILABLE: 503,
  /** Signed postbacks (modules/conversions): the key, the signature, its age, a replay. */
  UNKNOWN_KEY: 401,
  BAD_SIGNATURE: 401,
  STALE_SIGNATURE: 401,
  REPLAYED: 401,
  NOT_ATTRIBUTED: 422,
  CURRENCY_MISMATCH: 422,
  OVER_REFUND: 422,
  ALREADY_REFUNDED: 422,
};

/** The HTTP status of an error code: HTTP_STATUS, or 400 for a code it does not list. */
export function statusOf(code: string): number {
  return HTTP_STATUS[code] ?? 400;
}

export function sendJsonError(res: Response, status: number, code: string, message: string, details: Record<string, unknown> = {}): void {
  if (res.headersSent) return;
  res.status(status).json({ error: { code, message, ...details } });
}

/** A DomainError as the JSON error; its code picks the status (400 for codes without one). */
export function sendDomainError(res: Response, error: DomainError): void {
  sendJsonError(res, statusOf(error.code), error.code, error.message, error.details);
}

/** For paths no route serves: /api/* always, and anything the portals do not serve. */
export const jsonNotFound: RequestHandler = (req, res) => {
  sendJsonError(res, 404, 'NOT_FOUND', `No route for ${req.method} ${req.originalUrl.split('?')[0]}`);
};

/** body-parser tags what went wrong with the body in `type`; each becomes a stable code. */
const BODY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  'entity.parse.failed': { status: 400, code: 'INVALID_JSON', message: 'The request body is not valid JSON' },
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' },
  'encoding.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body uses an unsupported content encoding' },
  'charset.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body uses an unsupported charset' },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: 'The request was aborted before its body arrived' },
  'request.size.invalid': { status: 400, code: 'BAD_REQUEST', message: 'The request body is shorter or longer than its Content-Length' },
};

/** What an error answers: its status and JSON error; `unexpected` when it is a bug (logged, masked as 500). */
export interface ErrorAnswer {
  status: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
  unexpected?: true;
}

/** The one mapping of anything thrown in an HTTP route to its answer (express's error handler and direct routes). */
export function errorAnswer(error: unknown): ErrorAnswer {
  const tagged = error as { type?: unknown; status?: unknown; statusCode?: unknown } | null;
  const known = typeof tagged?.type === 'string' ? BODY_ERRORS[tagged.type] : undefined;
  if (known) return known;
  if (error instanceof DomainError)
    return { status: statusOf(error.code), code: error.code, message: error.message, details: error.details };
  const status = Number(tagged?.status ?? tagged?.statusCode);
  if (status >= 400 && status < 500) return { status, code: 'BAD_REQUEST', message: 'The request is not valid' };
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', unexpected: true };
}

/**
 * The final express error handler: whatever a middleware or route passed on (a body-parser failure,
 * a route's DomainError, a bug) answers JSON. Unexpected errors are logged with the request id and
 * masked as INTERNAL_SERVER_ERROR, as GraphQL masks them.
 */
export const jsonErrorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const answer = errorAnswer(error);
  if (answer.unexpected) req.log?.error({ err: error }, 'unexpected error in an HTTP route');
  sendJsonError(res, answer.status, answer.code, answer.message, answer.details);
};

/**
 * The REST routes' edge rule, the counterpart of graphql/input-guard.ts: a query-string parameter is
 * one line of text without control characters (a percent-encoded %00 would otherwise reach
 * PostgreSQL). Header values cannot carry them: Node's HTTP parser refuses such a request itself.
 */
export const refuseControlCharactersInQuery: RequestHandler = (req, res, next) => {
  // /graphql checks its inputs itself (graphql/input-guard.ts), and a GET query may span lines.
  if (req.path === '/graphql') return next();
  const fields: Record<string, string> = {};
  const check = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      const problem = textProblem(value, 'singleLine');
      if (problem) fields[path] = `${path} ${problem}`;
    } else if (Array.isArray(value)) value.forEach((v, i) => check(v, `${path}.${i}`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) check(v, `${path}.${k}`);
  };
  for (const [name, value] of Object.entries(req.query)) check(value, name);
  if (Object.keys(fields).length === 0) return next();
  sendJsonError(res, 400, 'BAD_USER_INPUT', 'Some parameters are not valid', { fields });
};

/**
 * Requests Node's HTTP parser refuses before express sees them (a control character in a header, a
 * malformed request line, headers too large) get a JSON error too, instead of Node's empty 400.
 */
export function answerClientErrorsAsJson(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, reason, code] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'HEADERS_TOO_LARGE']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout', 'REQUEST_TIMEOUT']
          : [400, 'Bad Request', 'BAD_REQUEST'];
    const body = JSON.stringify({ error: { code, message: 'The request is not valid HTTP' } });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
}
