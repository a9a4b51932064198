import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseCliArguments, USAGE } from './cli-arguments';
import { acknowledgementPath, interchangeFileName, readFolderState, splitInterchanges, writeAtomically, writeFolderState } from './interchange-files';

/** What `npm run edi` exits with (docs/edi.md, "Transports"). */
export const EDI_CLI_EXIT_CODES = {
  /** Sent, and every message accepted and applied (or nothing needed an answer); fetched. */
  ok: 0,
  /** Sent and answered, but the acknowledgement rejects or refuses something: read it. */
  notAllApplied: 1,
  /** Bad arguments, or an input file or folder that cannot be read. */
  usage: 2,
  /** RENKEI refused the request itself (key, sender, control number reused, unreadable envelope): nothing was applied. */
  refused: 3,
  /** No answer, or a temporary failure: send the same file again later (nothing is applied twice). */
  unavailable: 4,
  /** The answer came but could not be written where asked (it is printed instead). */
  localFailure: 5,
} as const;

export type EdiCliExitCode = (typeof EDI_CLI_EXIT_CODES)[keyof typeof EDI_CLI_EXIT_CODES];

export interface SendOptions {
  readonly file: string;
  readonly url: string;
  readonly key: string;
  /** Where the acknowledgement goes; next to the input, as `<name>.ack.edi`, by default. */
  readonly ackOut?: string | undefined;
}

export interface SendReport {
  readonly exitCode: EdiCliExitCode;
  /** The HTTP status; 0 when no answer came. */
  readonly status: number;
  readonly ackFile: string | null;
  readonly ackText: string | null;
  readonly functionalStatus: string | null;
  readonly applied: number;
  readonly refused: number;
  /** The `Renkei-Edi-Sequence` header: `next`, `gap; missing=...`, `repeat; last=...`, `unread`. */
  readonly sequence: string | null;
  readonly replayed: boolean;
  /** What to tell the user, line by line; warnings start with "warning:". */
  readonly lines: readonly string[];
}

export interface FetchOptions {
  readonly url: string;
  readonly key: string;
  readonly dir: string;
  /** Start after this sequence number; by default where the folder's state file says, else at the first. */
  readonly after?: number | undefined;
}

export interface FetchReport {
  readonly exitCode: EdiCliExitCode;
  readonly files: readonly string[];
  readonly lastSequence: number;
  readonly lines: readonly string[];
}

/** A request that has not been answered in this long is given up (and reported unavailable). */
const TIMEOUT_MS = 60_000;
const FETCH_PAGE = 100;

/** `send`: uploads one interchange and writes the acknowledgement RENKEI answers with. */
export async function sendInterchangeFile(options: SendOptions): Promise<SendReport> {
  const empty = { status: 0, ackFile: null, ackText: null, functionalStatus: null, applied: 0, refused: 0, sequence: null, replayed: false };
  let body: Buffer;
  try {
    body = await readFile(options.file);
  } catch (error) {
    return { ...empty, exitCode: EDI_CLI_EXIT_CODES.usage, lines: [`cannot read ${options.file}: ${reasonOf(error)}`] };
  }
  const answer = await call(`${base(options.url)}/v1/edi/interchanges`, { method: 'POST', headers: { authorization: `Bearer ${options.key}`, 'content-type': 'text/plain; charset=utf-8' }, body });
  if (answer.kind === 'no-answer') return { ...empty, exitCode: EDI_CLI_EXIT_CODES.unavailable, lines: [`no answer from ${options.url}: ${answer.reason}; send the same file again later`] };
  const { status, headers, text } = answer;
  if (status !== 200 && status !== 204) return { ...empty, status, exitCode: failureCode(status), lines: problemLines(status, text) };
  const report = {
    status,
    functionalStatus: headers.get('renkei-edi-functional-status'),
    applied: Number(headers.get('renkei-edi-applied') ?? 0),
    refused: Number(headers.get('renkei-edi-refused') ?? 0),
    sequence: headers.get('renkei-edi-sequence'),
    replayed: headers.get('idempotent-replayed') === 'true',
  };
  const lines = [
    ...(report.replayed ? ['this interchange was already received: its first acknowledgement is given again, and nothing was applied twice'] : []),
    ...sequenceWarnings(report.sequence),
  ];
  const allGood = (report.functionalStatus === null || report.functionalStatus === 'ACCEPTED') && report.refused === 0;
  const exitCode = allGood ? EDI_CLI_EXIT_CODES.ok : EDI_CLI_EXIT_CODES.notAllApplied;
  const summary = `${options.file}: ${report.functionalStatus === null ? 'no acknowledgement due' : `functional ${report.functionalStatus}`}, ${report.applied} applied, ${report.refused} refused`;
  if (status === 204) return { ...report, exitCode, ackFile: null, ackText: null, lines: [summary, ...lines] };
  const ackFile = acknowledgementPath(options.file, options.ackOut);
  try {
    await mkdir(dirname(ackFile), { recursive: true });
    await writeAtomically(ackFile, text);
  } catch (error) {
    return { ...report, exitCode: EDI_CLI_EXIT_CODES.localFailure, ackFile: null, ackText: text, lines: [summary, ...lines, `cannot write ${ackFile} (${reasonOf(error)}); the acknowledgement follows:`, text] };
  }
  return { ...report, exitCode, ackFile, ackText: text, lines: [`${summary}; acknowledgement in ${ackFile}`, ...lines] };
}

/** `fetch`: writes every interchange RENKEI sent the key's company after the last one the folder has, and remembers the last. */
export async function fetchInterchanges(options: FetchOptions): Promise<FetchReport> {
  let after: number;
  try {
    await mkdir(options.dir, { recursive: true });
    after = options.after ?? (await readFolderState(options.dir)) ?? 0;
  } catch (error) {
    return { exitCode: EDI_CLI_EXIT_CODES.usage, files: [], lastSequence: options.after ?? 0, lines: [`cannot use ${options.dir}: ${reasonOf(error)}`] };
  }
  const files: string[] = [];
  for (;;) {
    const answer = await call(`${base(options.url)}/v1/edi/interchanges?after=${after}&limit=${FETCH_PAGE}`, { method: 'GET', headers: { authorization: `Bearer ${options.key}` } });
    if (answer.kind === 'no-answer') return { exitCode: EDI_CLI_EXIT_CODES.unavailable, files, lastSequence: after, lines: [...written(files), `no answer from ${options.url}: ${answer.reason}; fetch again later`] };
    if (answer.status !== 200) return { exitCode: failureCode(answer.status), files, lastSequence: after, lines: [...written(files), ...problemLines(answer.status, answer.text)] };
    let interchanges;
    try {
      interchanges = splitInterchanges(answer.text);
    } catch (error) {
      return { exitCode: EDI_CLI_EXIT_CODES.unavailable, files, lastSequence: after, lines: [...written(files), `the answer could not be read: ${reasonOf(error)}`] };
    }
    for (const interchange of interchanges) {
      if (interchange.sequenceNumber <= after) continue; // never step back: the folder's state only grows
      const path = join(options.dir, interchangeFileName(interchange));
      try {
        await writeAtomically(path, interchange.text);
        await writeFolderState(options.dir, interchange.sequenceNumber, options.url);
      } catch (error) {
        return { exitCode: EDI_CLI_EXIT_CODES.localFailure, files, lastSequence: after, lines: [...written(files), `cannot write ${path}: ${reasonOf(error)}`] };
      }
      files.push(path);
      after = interchange.sequenceNumber;
    }
    if (answer.headers.get('renkei-edi-has-more') !== 'true' || interchanges.length === 0) break;
  }
  return { exitCode: EDI_CLI_EXIT_CODES.ok, files, lastSequence: after, lines: files.length === 0 ? [`nothing new after ${after}`] : written(files) };
}

/** `npm run edi -- <send|fetch> ...`: prints what happened and returns the exit code. */
export async function runEdiCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env, out: (line: string) => void = console.log, err: (line: string) => void = console.error): Promise<EdiCliExitCode> {
  const parsed = parseCliArguments(argv, env);
  if (parsed.kind === 'help') {
    out(USAGE);
    return EDI_CLI_EXIT_CODES.ok;
  }
  if (parsed.kind === 'invalid') {
    err(`${parsed.problem} (npm run edi -- --help tells how to call it)`);
    return EDI_CLI_EXIT_CODES.usage;
  }
  const report = parsed.kind === 'send' ? await sendInterchangeFile(parsed.options) : await fetchInterchanges(parsed.options);
  for (const line of report.lines) (line.startsWith('warning:') || report.exitCode >= EDI_CLI_EXIT_CODES.usage ? err : out)(line);
  return report.exitCode;
}

type Answer = { kind: 'answer'; status: number; headers: Headers; text: string } | { kind: 'no-answer'; reason: string };

async function call(url: string, init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: Buffer }): Promise<Answer> {
  try {
    const response = await fetch(url, { method: init.method, headers: init.headers, ...(init.body === undefined ? {} : { body: init.body }), signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'manual' });
    return { kind: 'answer', status: response.status, headers: response.headers, text: await response.text() };
  } catch (error) {
    return { kind: 'no-answer', reason: reasonOf(error) };
  }
}

/** 409 busy, 429 and 5xx are worth the same request again later; any other refusal needs a change first. */
function failureCode(status: number): EdiCliExitCode {
  return status >= 500 || status === 429 ? EDI_CLI_EXIT_CODES.unavailable : EDI_CLI_EXIT_CODES.refused;
}

function problemLines(status: number, text: string): string[] {
  let problem: { detail?: unknown; code?: unknown; errors?: unknown } = {};
  try {
    problem = JSON.parse(text) as typeof problem;
  } catch {
    // not problem details: the status says what there is to say
  }
  const errors = Array.isArray(problem.errors) ? (problem.errors as Array<{ field?: unknown; rule?: unknown; allowed?: unknown }>) : [];
  return [
    `refused (${status}${typeof problem.code === 'string' ? ` ${problem.code}` : ''}): ${typeof problem.detail === 'string' ? problem.detail : text.slice(0, 500)}`,
    ...errors.map((error) => `  ${String(error.field)}: ${String(error.rule)} (allowed: ${String(error.allowed)})`),
  ];
}

function sequenceWarnings(sequence: string | null): string[] {
  if (sequence === null || sequence === 'next') return [];
  if (sequence.startsWith('gap')) return [`warning: sequence ${sequence}: RENKEI never received the interchange(s) missing; send them (this one was processed all the same)`];
  if (sequence.startsWith('repeat')) return [`warning: sequence ${sequence}: the sequence number is not above the last one RENKEI took from you (this one was processed all the same)`];
  return [`warning: sequence ${sequence}`];
}

function written(files: readonly string[]): string[] {
  return files.map((file) => `wrote ${file}`);
}

function base(url: string): string {
  return url.replace(/\/+$/, '');
}

function reasonOf(error: unknown): string {
  const { message, cause } = (typeof error === 'object' && error !== null ? error : {}) as { message?: unknown; cause?: { message?: unknown } };
  if (typeof message !== 'string') return String(error);
  return typeof cause?.message === 'string' ? `${message}: ${cause.message}` : message;
}
