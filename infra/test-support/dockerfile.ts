/**
 * Enough of the Dockerfile grammar to check infra/docker/Dockerfile without Docker: line continuations,
 * comments, flags (`--from=build`), exec (JSON) and shell forms, ENV pairs and global ARG defaults in FROM.
 * Anything it does not understand (heredocs, a custom escape character) is an error rather than a guess.
 */

export interface Instruction {
  readonly keyword: string;
  readonly flags: Readonly<Record<string, string>>;
  /** The arguments after the flags: the JSON array's items in exec form, else whitespace-separated words. */
  readonly args: readonly string[];
  readonly execForm: boolean;
  readonly line: number;
}

export interface Stage {
  readonly name: string | undefined;
  /** The FROM reference with global ARG defaults filled in: an image, or an earlier stage's name. */
  readonly from: string;
  readonly instructions: readonly Instruction[];
}

export interface Dockerfile {
  readonly globalArgs: Readonly<Record<string, string>>;
  readonly stages: readonly Stage[];
}

export function parseDockerfile(text: string): Dockerfile {
  const globalArgs: Record<string, string> = {};
  const stages: Array<{ name: string | undefined; from: string; instructions: Instruction[] }> = [];
  for (const { text: logical, line } of logicalLines(text)) {
    const instruction = parseInstruction(logical, line);
    if (instruction.keyword === 'FROM') {
      const [image, as, name] = instruction.args;
      if (!image || (as !== undefined && (as.toUpperCase() !== 'AS' || !name))) throw new Error(`line ${line}: FROM must be "FROM <image> [AS <name>]"`);
      stages.push({ name, from: substituteArgs(image, globalArgs, line), instructions: [] });
    } else if (stages.length === 0) {
      if (instruction.keyword !== 'ARG') throw new Error(`line ${line}: only ARG may come before the first FROM`);
      for (const arg of instruction.args) {
        const [key, ...value] = arg.split('=');
        if (key) globalArgs[key] = value.join('=');
      }
    } else {
      stages[stages.length - 1]?.instructions.push(instruction);
    }
  }
  return { globalArgs, stages };
}

/** ENV as the stage leaves it, including what it inherits from an earlier stage it is built FROM. */
export function stageEnv(dockerfile: Dockerfile, stage: Stage): Record<string, string> {
  const parent = dockerfile.stages.find((candidate) => candidate.name === stage.from && candidate !== stage);
  const env: Record<string, string> = parent ? stageEnv(dockerfile, parent) : {};
  for (const instruction of stage.instructions.filter((each) => each.keyword === 'ENV')) {
    const pairs = instruction.args.every((arg) => arg.includes('=')) ? instruction.args.map((arg) => arg.split(/=(.*)/s)) : [[instruction.args[0], instruction.args.slice(1).join(' ')]];
    for (const [key, value] of pairs) if (key) env[key] = value ?? '';
  }
  return env;
}

function logicalLines(text: string): Array<{ text: string; line: number }> {
  const logical: Array<{ text: string; line: number }> = [];
  let pending: string[] = [];
  let start = 0;
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    if (index === 0 && /^#\s*escape\s*=/i.test(raw)) throw new Error('line 1: a custom escape directive is not supported by this parser');
    const trimmed = raw.trim();
    // Comment and blank lines are dropped, also between the parts of a continued instruction (as Docker does).
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (pending.length === 0) start = index + 1;
    const continued = /\\\s*$/.test(raw);
    pending.push(continued ? raw.replace(/\\\s*$/, '') : raw);
    if (!continued) {
      logical.push({ text: pending.join(' ').trim(), line: start });
      pending = [];
    }
  }
  if (pending.length > 0) throw new Error(`line ${start}: the last instruction ends with a line continuation`);
  return logical;
}

function parseInstruction(text: string, line: number): Instruction {
  const match = /^(\S+)\s*(.*)$/s.exec(text);
  if (!match) throw new Error(`line ${line}: cannot read "${text}"`);
  const keyword = (match[1] ?? '').toUpperCase();
  let rest = match[2] ?? '';
  if (/<<-?\s*["']?\w+/.test(rest) && ['RUN', 'COPY', 'ADD'].includes(keyword)) throw new Error(`line ${line}: heredocs are not supported by this parser`);
  const flags: Record<string, string> = {};
  for (let flag = /^--([\w-]+)(?:=(\S*))?\s*/.exec(rest); flag; flag = /^--([\w-]+)(?:=(\S*))?\s*/.exec(rest)) {
    flags[flag[1] ?? ''] = flag[2] ?? 'true';
    rest = rest.slice(flag[0].length);
  }
  if (rest.startsWith('[')) {
    const parsed: unknown = JSON.parse(rest);
    if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) throw new Error(`line ${line}: ${keyword}'s exec form must be a JSON array of strings`);
    return { keyword, flags, args: parsed, execForm: true, line };
  }
  return { keyword, flags, args: shellWords(rest), execForm: false, line };
}

/** Splits on whitespace outside double or single quotes and drops the quotes (ENV a="b c"). */
function shellWords(text: string): string[] {
  const words = text.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? [];
  return words.map((word) => word.replace(/"([^"]*)"|'([^']*)'/g, (_quoted, double?: string, single?: string) => double ?? single ?? ''));
}

function substituteArgs(value: string, args: Readonly<Record<string, string>>, line: number): string {
  return value.replace(/\$\{(\w+)\}|\$(\w+)/g, (_whole, braced?: string, bare?: string) => {
    const name = braced ?? bare ?? '';
    const replacement = args[name];
    if (replacement === undefined || replacement === '') throw new Error(`line ${line}: FROM uses ARG ${name}, which has no default before the first FROM`);
    return replacement;
  });
}
