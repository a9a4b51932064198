import type { EdiError } from '../edi-error';
import type { SegmentLine } from '../syntax/segment-line';
import { SegmentReader } from '../syntax/segment-reader';
import type { SegmentTag } from '../syntax/segment-fields';

/** What a message's reader needs besides its segments. */
export interface MessageContext {
  /** The envelope's receiver, when it could be read: orders name it as supplier, acknowledgements answer it. */
  readonly receiver: string | null;
  /** Where a segment missing at the end of the message is reported. */
  readonly endLine: number;
  readonly errors: EdiError[];
}

type LineReader = SegmentReader<'LIN'> | SegmentReader<'CLN'> | SegmentReader<'SHL'>;

/** Line numbers name lines: one line number twice in a message is refused on the second. */
export function refuseRepeatedLineNos(lines: ReadonlyArray<{ readonly reader: LineReader; readonly lineNo: number }>): void {
  const seen = new Set<number>();
  for (const { reader, lineNo } of lines) {
    if (lineNo > 0 && seen.has(lineNo)) reader.fail('lineNo', 'DUPLICATE', 'names a line already given in this message', 'each line number once');
    seen.add(lineNo);
  }
}

export function readersOf<Tag extends SegmentTag>(segments: readonly SegmentLine[], tag: Tag, errors: EdiError[]): Array<SegmentReader<Tag>> {
  return segments.map((segment) => new SegmentReader(segment, tag, errors));
}
