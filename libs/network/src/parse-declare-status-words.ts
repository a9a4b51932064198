import { NETWORK_MAX_STATUS_WORDS, WORK_STATUSES, type NetworkStatusWordV1, type WorkStatus } from '@renkei/contracts';
import type { NetworkCommandMetadata } from './command-metadata';
import type { DeclareStatusWords } from './declare-status-words';
import { FieldReader, isRecord } from './parse-fields';
import type { NetworkParseResult } from './parse-result';
import { STATUS_WORD_LIST_ERROR, statusWordEntryErrors } from './status-word-rules';

const WORD_FIELDS = ['word', 'status'] as const;

/** The body is the full replacement list: `{ "words": [{ "word": "加工中", "status": "in_progress" }, ...] }`. */
export function parseDeclareStatusWords(
  target: { companyId: string },
  body: unknown,
  metadata: NetworkCommandMetadata,
): NetworkParseResult<DeclareStatusWords> {
  const reader = new FieldReader(body, '{ "words": [{ "word": "加工中", "status": "in_progress" }, ...] }');
  const companyId = reader.slug('companyId', target.companyId);
  const list = reader.input['words'];
  let words: NetworkStatusWordV1[] = [];
  if (!Array.isArray(list) || list.length > NETWORK_MAX_STATUS_WORDS) {
    reader.errors.push(STATUS_WORD_LIST_ERROR);
  } else {
    const seen = new Map<string, string>();
    words = list.map((item, index) => readStatusWord(reader, item, `words[${index}]`, seen));
  }
  reader.rejectUnknown(['words'], 'a status word declaration');

  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  return { ok: true, command: { type: 'DeclareStatusWords', data: { companyId, words }, metadata } };
}

function readStatusWord(reader: FieldReader, item: unknown, at: string, seen: Map<string, string>): NetworkStatusWordV1 {
  if (!isRecord(item)) {
    reader.fail(at, 'must be an object', `{ "word": "加工中", "status": one of ${WORK_STATUSES.join(', ')} }`);
    return { word: '', status: 'not_started' };
  }
  reader.errors.push(...statusWordEntryErrors({ word: item['word'], status: item['status'] }, at, seen));
  reader.rejectUnknown(WORD_FIELDS, 'a status word', item, `${at}.`);
  return { word: typeof item['word'] === 'string' ? item['word'].trim() : '', status: item['status'] as WorkStatus };
}
