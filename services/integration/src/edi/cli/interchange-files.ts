import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

/** One interchange of a feed response: who sent it, its sequence number, and its text. */
export interface FetchedInterchange {
  readonly sender: string;
  readonly sequenceNumber: number;
  readonly text: string;
}

/** The folder's memory of what it holds, so `fetch` without --after resumes where it stopped. */
export const STATE_FILE = '.renkei-edi-state.json';

interface FolderState {
  readonly lastSequence: number;
  readonly url: string;
  readonly updatedAt: string;
}

/**
 * Splits a feed response into its interchanges: each begins at a line starting `ENV|` (a field's
 * line breaks are escaped, so no other line can) and runs to the next. Throws on text that is not
 * a list of interchanges, rather than writing a file nobody can read.
 */
export function splitInterchanges(text: string): FetchedInterchange[] {
  const starts: number[] = [];
  const lines = text.split('\n');
  let offset = 0;
  for (const line of lines) {
    if (line.startsWith('ENV|')) starts.push(offset);
    offset += line.length + 1;
  }
  if (text.trim() === '') return [];
  if (starts[0] !== 0) throw new Error('the answer does not begin with an ENV segment: it is not a list of interchanges');
  return starts.map((start, index) => {
    const piece = text.slice(start, starts[index + 1] ?? text.length);
    const envelope = fieldsOf(piece.slice(0, piece.indexOf('\n') < 0 ? piece.length : piece.indexOf('\n')));
    const sender = envelope[2] ?? '';
    const sequence = envelope[5] ?? '';
    // Both become a file name: nothing but a party id and digits may.
    if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,62}$/.test(sender) || !/^[0-9]{1,9}$/.test(sequence)) throw new Error(`an interchange's ENV names no usable sender and sequence number: ${piece.slice(0, 80)}`);
    return { sender, sequenceNumber: Number(sequence), text: piece };
  });
}

/** `<sender>-<sequence>.edi`, the sequence as 9 digits so a folder lists in order. */
export function interchangeFileName(interchange: FetchedInterchange): string {
  return `${interchange.sender}-${String(interchange.sequenceNumber).padStart(9, '0')}.edi`;
}

/** Next to the input, `<name>.ack.edi`, unless told where. */
export function acknowledgementPath(input: string, ackOut: string | undefined): string {
  if (ackOut !== undefined) return ackOut;
  const extension = extname(input);
  return join(dirname(input), `${basename(input, extension === '' ? undefined : extension)}.ack.edi`);
}

export async function readFolderState(dir: string): Promise<number | null> {
  let text: string;
  try {
    text = await readFile(join(dir, STATE_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const state = JSON.parse(text) as Partial<FolderState>;
  if (typeof state.lastSequence !== 'number' || !Number.isInteger(state.lastSequence) || state.lastSequence < 0) throw new Error(`${join(dir, STATE_FILE)} holds no lastSequence: delete it, or give --after`);
  return state.lastSequence;
}

export async function writeFolderState(dir: string, lastSequence: number, url: string): Promise<void> {
  const state: FolderState = { lastSequence, url, updatedAt: new Date().toISOString() };
  await writeAtomically(join(dir, STATE_FILE), `${JSON.stringify(state, null, 2)}\n`);
}

/** Written whole or not at all: a reader (or a crash) never sees half a file. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}

/** A segment's fields, tag first, unescaping nothing but `\|` boundaries (enough for ENV's ids and numbers). */
function fieldsOf(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index] as string;
    if (character === '\\' && index + 1 < line.length) {
      current += character + (line[index + 1] as string);
      index += 1;
    } else if (character === '|') {
      fields.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  fields.push(current.replace(/\r$/, ''));
  return fields;
}
