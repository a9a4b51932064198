/** What the lead chose for one RFQ line in the award form. Quantities are kept as typed until checked. */
export type LineChoice =
  | { readonly kind: 'none' }
  | { readonly kind: 'whole'; readonly workshopId: string }
  | { readonly kind: 'split'; readonly quantities: Readonly<Record<string, string>> };

export interface AwardableLine {
  readonly lineNo: number;
  readonly quantity: number;
  readonly offers: ReadonlyArray<{ readonly workshopId: string }>;
}

/** One share of the award, as `awardRfq` takes it (AwardInput). */
export interface AwardShare {
  readonly lineNo: number;
  readonly workshopId: string;
  readonly quantity: number;
}

export type AwardProblem =
  | { readonly kind: 'nothing-chosen' }
  | { readonly kind: 'not-a-quantity'; readonly lineNo: number; readonly workshopId: string }
  | { readonly kind: 'split-total'; readonly lineNo: number; readonly total: number; readonly expected: number }
  | { readonly kind: 'no-offer'; readonly lineNo: number; readonly workshopId: string };

export type AwardPlan =
  | { readonly ok: true; readonly input: { readonly awards: readonly AwardShare[]; readonly partial: boolean }; readonly unawarded: readonly number[] }
  | { readonly ok: false; readonly problems: readonly AwardProblem[] };

const WHOLE_NUMBER = /^\d+$/;

/**
 * The award the choices make, checked as the API will check it (libs/quotes award-rfq): each share a
 * whole positive quantity from a workshop that quoted the line, the shares of a line adding up to its
 * quantity, at least one line awarded. Lines left out make the award partial, which the form says first.
 */
export function planAward(lines: readonly AwardableLine[], choices: ReadonlyMap<number, LineChoice>): AwardPlan {
  const awards: AwardShare[] = [];
  const problems: AwardProblem[] = [];
  const unawarded: number[] = [];
  for (const line of lines) {
    const choice = choices.get(line.lineNo) ?? { kind: 'none' };
    const quoted = new Set(line.offers.map((offer) => offer.workshopId));
    switch (choice.kind) {
      case 'none':
        unawarded.push(line.lineNo);
        break;
      case 'whole':
        if (quoted.has(choice.workshopId)) awards.push({ lineNo: line.lineNo, workshopId: choice.workshopId, quantity: line.quantity });
        else problems.push({ kind: 'no-offer', lineNo: line.lineNo, workshopId: choice.workshopId });
        break;
      case 'split': {
        const shares: AwardShare[] = [];
        for (const [workshopId, typed] of Object.entries(choice.quantities)) {
          const text = typed.trim();
          if (text === '' || (WHOLE_NUMBER.test(text) && Number(text) === 0)) continue;
          if (!WHOLE_NUMBER.test(text)) problems.push({ kind: 'not-a-quantity', lineNo: line.lineNo, workshopId });
          else if (!quoted.has(workshopId)) problems.push({ kind: 'no-offer', lineNo: line.lineNo, workshopId });
          else shares.push({ lineNo: line.lineNo, workshopId, quantity: Number(text) });
        }
        const total = splitTotal(choice.quantities);
        if (total !== line.quantity) problems.push({ kind: 'split-total', lineNo: line.lineNo, total, expected: line.quantity });
        awards.push(...shares);
        break;
      }
      default:
        return unreachable(choice);
    }
  }
  if (awards.length === 0 && problems.length === 0) problems.push({ kind: 'nothing-chosen' });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, input: { awards, partial: unawarded.length > 0 }, unawarded };
}

/** The pieces a split hands out so far (what is not a whole number counts as 0), to show what is left. */
export function splitTotal(quantities: Readonly<Record<string, string>>): number {
  return Object.values(quantities).reduce((sum, typed) => sum + (WHOLE_NUMBER.test(typed.trim()) ? Number(typed.trim()) : 0), 0);
}

function unreachable(value: never): never {
  throw new Error(`unexpected choice ${JSON.stringify(value)}`);
}
