import type { EdiError } from '../edi-error';
import { SEGMENT_FIELDS, isSegmentTag, type SegmentTag } from '../syntax/segment-fields';
import type { SegmentLine } from '../syntax/segment-line';
import { segmentError } from '../syntax/segment-reader';

/** A run of segments with one tag, `min` to `max` times, in the order of the slots. */
export interface Slot {
  readonly tag: SegmentTag;
  readonly min: number;
  readonly max: number;
}

export type Taken = ReadonlyMap<SegmentTag, readonly SegmentLine[]>;

/**
 * Sorts a message's body into its slots, reporting unknown, misplaced, surplus and missing
 * segments. A segment that fits no slot is dropped, so its fields raise no further errors.
 */
export function takeSlots(kind: string, body: readonly SegmentLine[], slots: readonly Slot[], endLine: number, errors: EdiError[]): Taken {
  const taken = new Map<SegmentTag, SegmentLine[]>(slots.map((slot) => [slot.tag, []]));
  const layout = slots.map((slot) => (slot.max > 1 ? `${slot.tag} ×${slot.min}-${slot.max}` : slot.min === 0 ? `${slot.tag} (optional)` : slot.tag)).join(', then ');
  let current = 0;
  const requireUpTo = (index: number, line: number) => {
    for (const slot of slots.slice(current, index)) {
      if ((taken.get(slot.tag)?.length ?? 0) < slot.min) errors.push(missingSegment(kind, slot.tag, line));
    }
  };
  for (const segment of body) {
    const tag = segment.tag;
    if (!isSegmentTag(tag)) {
      errors.push(segmentError(segment, 'SEGMENT_UNKNOWN', 'is not a segment of this format', `in a ${kind} message: ${layout}`));
      continue;
    }
    const index = slots.findIndex((slot, at) => at >= current && slot.tag === tag);
    if (index === -1) {
      const earlier = slots.some((slot) => slot.tag === tag);
      errors.push(segmentError(segment, 'SEGMENT_UNEXPECTED', earlier ? `is out of order in a ${kind} message` : `is not part of a ${kind} message`, layout));
      continue;
    }
    requireUpTo(index, segment.line);
    current = index;
    const run = taken.get(tag) as SegmentLine[];
    const slot = slots[index] as Slot;
    if (run.length >= slot.max) {
      errors.push(segmentError(segment, 'SEGMENT_UNEXPECTED', `repeats ${tag} more than the ${slot.max} allowed`, `at most ${slot.max} ${tag} in a ${kind} message`));
      continue;
    }
    run.push(segment);
  }
  requireUpTo(slots.length, endLine);
  return taken;
}

export function missingSegment(kind: string, tag: SegmentTag, line: number, rule = `a ${kind} message needs ${tag} here`): EdiError {
  return { code: 'SEGMENT_MISSING', line, tag, field: null, rule, allowed: [tag, ...SEGMENT_FIELDS[tag]].join('|') };
}

export function first(taken: Taken, tag: SegmentTag): SegmentLine | undefined {
  return taken.get(tag)?.[0];
}

export function all(taken: Taken, tag: SegmentTag): readonly SegmentLine[] {
  return taken.get(tag) ?? [];
}
