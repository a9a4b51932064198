import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSHOP, interchangeText } from '../edi-texts.fixtures';
import { DIRECTION_OF, MESSAGE_KINDS, type MessageKind } from '../message-kinds';
import { SEGMENT_FIELDS, isSegmentTag } from '../syntax/segment-fields';
import { parseInterchange } from './parse-interchange';

// docs/edi.md is what partners read: every example in it must be what the parser accepts.
const document = readFileSync(join(__dirname, '../../../../docs/edi.md'), 'utf8');
const blocks = [...document.matchAll(/```\n([\s\S]*?)```/g)].map((match) => match[1] as string);

/** The field tables: rows `| TAG | name | position | ...`, the tag cell left empty for the segment's further fields. */
function documentedFields(): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  let tag = '';
  for (const row of document.split('\n').filter((line) => line.startsWith('| '))) {
    const [first = '', name = '', position = ''] = row.split('|').slice(1).map((cell) => cell.trim());
    const word = first.split(' ')[0] ?? '';
    if (isSegmentTag(word)) tag = word;
    else if (first !== '') tag = '';
    if (tag !== '' && /^[a-zA-Z]+$/.test(name) && /^\d+$/.test(position)) (fields[tag] ??= [])[Number(position) - 1] = name;
  }
  return fields;
}

describe('the examples of docs/edi.md', () => {
  it('include a whole interchange, which parses', () => {
    const whole = blocks.filter((block) => block.startsWith('ENV|renkei-edi/1|'));
    expect(whole.length).toBeGreaterThan(0);
    for (const block of whole) expect(parseInterchange(block)).toMatchObject({ ok: true });
  });

  it('include every message kind, each valid in the direction it travels', () => {
    const messages = blocks.filter((block) => block.startsWith('MSG|'));
    const kinds = messages.map((block) => block.split('\n')[0]?.split('|')[2] as MessageKind);
    expect(new Set(kinds)).toEqual(new Set(MESSAGE_KINDS));
    messages.forEach((block, index) => {
      const kind = kinds[index] as MessageKind;
      const toHub = DIRECTION_OF[kind] === 'to-hub';
      const text = interchangeText(toHub ? WORKSHOP : 'RENKEI', toHub ? 'RENKEI' : WORKSHOP, block.trimEnd().split('\n'));
      const result = parseInterchange(text);
      expect([kind, result.ok ? [] : result.errors]).toEqual([kind, []]);
    });
  });

  it('document every field of every segment at its position', () => {
    expect(documentedFields()).toEqual(Object.fromEntries(Object.entries(SEGMENT_FIELDS).map(([tag, names]) => [tag, [...names]])));
  });
});
