import type { EdiError } from '../edi-error';
import { isSegmentTag } from '../syntax/segment-fields';
import { lexSegment, type SegmentLine } from '../syntax/segment-line';
import { segmentError } from '../syntax/segment-reader';

/** The segments of one message, MSG to END. */
export interface MessageBlock {
  readonly start: SegmentLine;
  readonly body: readonly SegmentLine[];
  /** Null when the message ran into the next MSG, the trailer or the end of the text. */
  readonly end: SegmentLine | null;
  /** Where END was due: the line of the end segment, or of whatever came instead. */
  readonly endLine: number;
}

/** The interchange cut into envelope, messages and trailer, before any field is read. */
export interface InterchangeLayout {
  readonly header: SegmentLine | null;
  readonly trailer: SegmentLine | null;
  readonly blocks: readonly MessageBlock[];
  readonly segmentCount: number;
  /** One past the last line with a segment: where something missing at the end is reported. */
  readonly endOfText: number;
  readonly errors: readonly EdiError[];
}

/**
 * Blank lines are skipped (people leave them) and do not count as segments; a byte order mark,
 * as some editors write, is dropped. Line breaks may be LF, CRLF or CR.
 */
export function layoutOf(text: string): InterchangeLayout {
  const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).split(/\r\n|\r|\n/);
  const segments = lines.flatMap((line, index) => (line.trim() === '' ? [] : [lexSegment(line, index + 1)]));
  const errors: EdiError[] = [];
  const first = segments[0];
  const last = segments[segments.length - 1];
  const endOfText = (last?.line ?? 0) + 1;
  if (first === undefined || last === undefined) {
    const missing = { code: 'SEGMENT_MISSING', line: 1, tag: 'ENV', field: null, rule: 'the text holds no segment', allowed: 'ENV, the messages, TRL' } as const;
    return { header: null, trailer: null, blocks: [], segmentCount: 0, endOfText, errors: [missing] };
  }

  const header = first.tag === 'ENV' ? first : null;
  if (header === null) {
    errors.push({ code: 'SEGMENT_MISSING', line: first.line, tag: 'ENV', field: null, rule: 'an interchange starts with its ENV segment', allowed: 'ENV|renkei-edi/1|sender|receiver|controlNumber|sequenceNumber|createdAt' });
  }
  const trailer = last.tag === 'TRL' && last !== header ? last : null;
  if (trailer === null) {
    errors.push({ code: 'SEGMENT_MISSING', line: endOfText, tag: 'TRL', field: null, rule: 'an interchange ends with its TRL segment; the text ends here', allowed: 'TRL|controlNumber|messageCount|segmentCount' });
  }
  const inside = segments.filter((segment) => segment !== header && segment !== trailer);
  const blocks = cutMessages(inside, trailer?.line ?? endOfText, errors);
  return { header, trailer, blocks, segmentCount: segments.length, endOfText, errors };
}

function cutMessages(segments: readonly SegmentLine[], endLine: number, errors: EdiError[]): MessageBlock[] {
  const blocks: MessageBlock[] = [];
  let open: { start: SegmentLine; body: SegmentLine[] } | null = null;
  for (const segment of segments) {
    if (segment.tag === 'MSG') {
      if (open !== null) blocks.push({ ...open, end: null, endLine: segment.line });
      open = { start: segment, body: [] };
    } else if (segment.tag === 'END' && open !== null) {
      blocks.push({ ...open, end: segment, endLine: segment.line });
      open = null;
    } else if (segment.tag === 'ENV' || segment.tag === 'TRL') {
      errors.push(segmentError(segment, 'SEGMENT_UNEXPECTED', `${segment.tag} appears once, ${segment.tag === 'ENV' ? 'first' : 'last'}`, 'one ENV on the first line, one TRL on the last'));
    } else if (open !== null) {
      open.body.push(segment);
    } else if (isSegmentTag(segment.tag)) {
      errors.push(segmentError(segment, 'SEGMENT_UNEXPECTED', 'is outside any message', 'segments between MSG|messageRef|messageKind and END|messageRef'));
    } else {
      errors.push(segmentError(segment, 'SEGMENT_UNKNOWN', 'is not a segment of this format, and is outside any message', 'a message: MSG, its segments, END'));
    }
  }
  if (open !== null) blocks.push({ ...open, end: null, endLine });
  return blocks;
}
