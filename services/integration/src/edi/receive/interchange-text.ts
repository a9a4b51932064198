import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { PROBLEM_BASE, ProblemException } from '@renkei/service-kit';

/** Interchanges are small (a few hundred lines); the same cap as a JSON request. */
export const MAX_INTERCHANGE_BYTES = 1024 * 1024;

/** The parts of a Fastify request read here: the headers, a body a parser may have read, and the raw stream otherwise. */
export interface UploadRequest {
  readonly headers: IncomingHttpHeaders;
  readonly body?: unknown;
  readonly raw: AsyncIterable<Buffer | string>;
}

/**
 * The uploaded interchange as text: `Content-Type: text/plain` (UTF-8, the only charset of the
 * format), at most 1 MiB of valid UTF-8. The backbone's platform leaves text bodies unread (only
 * JSON is parsed), so the stream is read here; a platform that parses text hands over a string.
 */
export async function interchangeTextOf(request: UploadRequest): Promise<string> {
  checkContentType(request.headers['content-type']);
  const bytes = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : Buffer.isBuffer(request.body) ? request.body : await readAll(request.raw);
  if (bytes.length === 0) throw invalidBody('must hold an interchange', 'ENV|renkei-edi/1|<your company>|RENKEI|... through TRL|..., one segment per line');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidBody('must be UTF-8 text', 'an interchange saved as UTF-8 (a byte order mark is allowed)');
  }
}

/**
 * What makes two uploads "the same interchange": the text, whatever the line ends and a byte order
 * mark (a file copied between systems), so line numbers in the stored acknowledgement still hold.
 */
export function interchangeDigest(text: string): string {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}

function checkContentType(header: string | undefined): void {
  const [mediaType = '', ...parameters] = (header ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charset = parameters.find((parameter) => parameter.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (mediaType === 'text/plain' && (charset === undefined || charset === 'utf-8' || charset === 'utf8')) return;
  throw new ProblemException({
    type: `${PROBLEM_BASE}unsupported-media-type`,
    title: 'Unsupported media type',
    status: 415,
    detail: `an interchange is sent as text/plain in UTF-8, not ${header === undefined ? 'without a Content-Type' : `as ${header}`}`,
    code: 'EDI.UNSUPPORTED_MEDIA_TYPE',
    errors: [{ field: 'Content-Type', rule: 'must be text/plain in UTF-8', allowed: 'text/plain; charset=utf-8' }],
  });
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    size += bytes.length;
    if (size > MAX_INTERCHANGE_BYTES) {
      throw new ProblemException({
        type: `${PROBLEM_BASE}http-413`,
        title: 'Payload Too Large',
        status: 413,
        detail: `an interchange may have at most ${MAX_INTERCHANGE_BYTES} bytes; split the messages over several interchanges`,
        code: 'EDI.TOO_LARGE',
        errors: [{ field: 'body', rule: `must be at most ${MAX_INTERCHANGE_BYTES} bytes`, allowed: 'several smaller interchanges' }],
      });
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

function invalidBody(rule: string, allowed: string): ProblemException {
  return new ProblemException({ type: `${PROBLEM_BASE}invalid-input`, title: 'The interchange cannot be read', status: 400, detail: `the body ${rule}`, code: 'EDI.INVALID_INPUT', errors: [{ field: 'body', rule, allowed }] });
}
