import { WORK_STATUSES, type WorkStatus } from '@renkei/contracts';
import type { FieldError } from './field-error';

/** A workshop's own status words ('加工中', '完了', '遅れ', ...) and the canonical status each means. */
export type StatusDialect = Readonly<Record<string, WorkStatus>>;

export type StatusWordResult = { readonly ok: true; readonly status: WorkStatus } | { readonly ok: false; readonly error: FieldError };

/**
 * Maps a workshop's status word to the canonical vocabulary at the edge. Canonical words are always
 * accepted and always mean themselves, even if a mapping lists them. Words compare after trimming
 * and NFKC normalisation, so half-width ｶﾝﾘｮｳ and full-width カンリョウ are one word.
 */
export function mapStatusWord(word: string, mapping: StatusDialect): StatusWordResult {
  const key = normalise(word);
  if (isCanonical(key)) return { ok: true, status: key };
  const status = knownWords(mapping).find(([own]) => normalise(own) === key)?.[1];
  if (status !== undefined) return { ok: true, status };
  return { ok: false, error: unknownStatusWord(`"${word}" is not a status word of this workshop`, mapping) };
}

/** The field error for a status that is not a word at all (a number, null, missing), with a dialect in force. */
export function unknownStatusWord(rule: string, mapping: StatusDialect): FieldError {
  const own = knownWords(mapping).map(([word]) => word);
  return { field: 'status', rule, allowed: `this workshop's words: ${own.length > 0 ? own.join(', ') : 'none'}; canonical: ${WORK_STATUSES.join(', ')}` };
}

/** Mappings come from configuration: an entry naming no canonical status is ignored rather than trusted. */
function knownWords(mapping: StatusDialect): Array<[string, WorkStatus]> {
  return Object.entries(mapping).filter(([, status]) => isCanonical(status));
}

function isCanonical(word: string): word is WorkStatus {
  return (WORK_STATUSES as readonly string[]).includes(word);
}

function normalise(word: string): string {
  return word.normalize('NFKC').trim();
}
