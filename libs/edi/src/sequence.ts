/** Where a received interchange's sequence number stands against the last one taken from the same sender. */
export type SequenceVerdict =
  | { readonly kind: 'next' }
  /** At or below the last one: a file sent again (its control number tells whether it is the same file). */
  | { readonly kind: 'repeat' }
  /** Interchanges in between were not received: ask the sender for them. */
  | { readonly kind: 'gap'; readonly missingFrom: number; readonly missingTo: number };

/** The first interchange from a sender starts its sequence wherever it does. */
export function sequenceVerdict(lastTaken: number | null, received: number): SequenceVerdict {
  if (lastTaken === null || received === lastTaken + 1) return { kind: 'next' };
  if (received <= lastTaken) return { kind: 'repeat' };
  return { kind: 'gap', missingFrom: lastTaken + 1, missingTo: received - 1 };
}
