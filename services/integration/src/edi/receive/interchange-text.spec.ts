import { Readable } from 'node:stream';
import { ProblemException } from '@renkei/service-kit';
import { MAX_INTERCHANGE_BYTES, interchangeDigest, interchangeTextOf } from './interchange-text';
import { sequenceHeader, sequenceReportOf } from './sequence-report';

const upload = (body: Buffer | string, contentType: string | null = 'text/plain; charset=utf-8') => ({
  headers: contentType === null ? {} : { 'content-type': contentType },
  raw: Readable.from([typeof body === 'string' ? Buffer.from(body, 'utf8') : body]),
});

async function refusal(promise: Promise<unknown>): Promise<{ status: number; fields: string[] }> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ProblemException)) throw new Error(`expected a problem, got ${String(error)}`);
  return { status: error.problem.status, fields: (error.problem.errors ?? []).map((each) => each.field) };
}

describe('interchangeTextOf', () => {
  it('reads the unparsed text/plain body as UTF-8, with or without a charset', async () => {
    await expect(interchangeTextOf(upload('ENV|renkei-edi/1|岡田|\n'))).resolves.toBe('ENV|renkei-edi/1|岡田|\n');
    await expect(interchangeTextOf(upload('ENV|', 'Text/Plain'))).resolves.toBe('ENV|');
    await expect(interchangeTextOf({ headers: { 'content-type': 'text/plain' }, body: 'parsed', raw: Readable.from([]) })).resolves.toBe('parsed');
  });

  it('refuses another media type or charset (415), bytes that are not UTF-8, an empty body (400) and more than 1 MiB (413), naming the field', async () => {
    expect(await refusal(interchangeTextOf(upload('{}', 'application/json')))).toEqual({ status: 415, fields: ['Content-Type'] });
    expect(await refusal(interchangeTextOf(upload('ENV|', 'text/plain; charset=shift_jis')))).toEqual({ status: 415, fields: ['Content-Type'] });
    expect(await refusal(interchangeTextOf(upload('ENV|', null)))).toEqual({ status: 415, fields: ['Content-Type'] });
    expect(await refusal(interchangeTextOf(upload(Buffer.from([0x45, 0x4e, 0x56, 0xff]))))).toEqual({ status: 400, fields: ['body'] });
    expect(await refusal(interchangeTextOf(upload('')))).toEqual({ status: 400, fields: ['body'] });
    expect(await refusal(interchangeTextOf(upload(Buffer.alloc(MAX_INTERCHANGE_BYTES + 1, 0x41))))).toEqual({ status: 413, fields: ['body'] });
  });
});

describe('interchangeDigest', () => {
  it('is the same for the same text whatever its line ends, final newlines and byte order mark', () => {
    const text = 'ENV|a\nMSG|1\nTRL|1\n';
    expect(interchangeDigest('\uFEFFENV|a\r\nMSG|1\r\nTRL|1')).toBe(interchangeDigest(text));
    expect(interchangeDigest('ENV|a\rMSG|1\rTRL|1\n\n')).toBe(interchangeDigest(text));
  });

  it('differs when anything a line holds differs, spaces included (they are data)', () => {
    expect(interchangeDigest('ENV|a \nMSG|1\nTRL|1\n')).not.toBe(interchangeDigest('ENV|a\nMSG|1\nTRL|1\n'));
    expect(interchangeDigest('ENV|a\n\nMSG|1\nTRL|1\n')).not.toBe(interchangeDigest('ENV|a\nMSG|1\nTRL|1\n'));
  });
});

describe('sequenceHeader', () => {
  it('says next, a gap with the numbers missing, a repeat with the last one taken, or unread', () => {
    expect(sequenceHeader(sequenceReportOf(null, 17), null)).toBe('next');
    expect(sequenceHeader(sequenceReportOf(4, 5), 4)).toBe('next');
    expect(sequenceHeader(sequenceReportOf(2, 5), 2)).toBe('gap; missing=3-4');
    expect(sequenceHeader(sequenceReportOf(2, 4), 2)).toBe('gap; missing=3');
    expect(sequenceHeader(sequenceReportOf(7, 3), 7)).toBe('repeat; last=7');
    expect(sequenceHeader(sequenceReportOf(7, null), 7)).toBe('unread');
  });
});
