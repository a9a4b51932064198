import type { FetchOptions, SendOptions } from './edi-client';

export const USAGE = `usage:
  npm run edi -- send <file> --url <renkei url> --key <api key> [--ack-out <file>]
      uploads one interchange; writes RENKEI's acknowledgement to --ack-out, or next to <file> as <name>.ack.edi
  npm run edi -- fetch --url <renkei url> --key <api key> --dir <folder> [--after <sequence>]
      writes each interchange RENKEI sent you into <folder> as <sender>-<sequence>.edi (sequence as 9 digits),
      and remembers the last sequence in <folder>/.renkei-edi-state.json (--after overrides it)

  --url defaults to $RENKEI_URL, --key to $RENKEI_API_KEY (keeps the key out of your shell history).

exit codes:
  0  sent: every message accepted and applied (or nothing to answer); fetched
  1  sent and answered, but not everything was accepted or applied: read the acknowledgement
  2  bad arguments, or a file or folder that cannot be read
  3  refused by RENKEI (key, sender, control number reused, unreadable envelope, ...): nothing was applied
  4  no answer or a temporary failure: send the same file again later (nothing is applied twice)
  5  the answer could not be written where asked (it is printed instead)`;

export type CliCommand =
  | { readonly kind: 'send'; readonly options: SendOptions }
  | { readonly kind: 'fetch'; readonly options: FetchOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'invalid'; readonly problem: string };

const VALUED = new Set(['--url', '--key', '--ack-out', '--dir', '--after']);

/** `send <file> --url … --key … [--ack-out …]` or `fetch --url … --key … --dir … [--after N]`; `--name value` or `--name=value`. */
export function parseCliArguments(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  const named = new Map<string, string>();
  const positional: string[] = [];
  for (let index = 0; index < rest.length; index += 1) {
    const argument = rest[index] as string;
    if (argument === '--help' || argument === '-h') return { kind: 'help' };
    if (!argument.startsWith('--')) {
      positional.push(argument);
      continue;
    }
    const equals = argument.indexOf('=');
    const name = equals < 0 ? argument : argument.slice(0, equals);
    if (!VALUED.has(name)) return { kind: 'invalid', problem: `unknown option ${name}` };
    const value = equals < 0 ? rest[(index += 1)] : argument.slice(equals + 1);
    if (value === undefined || value === '') return { kind: 'invalid', problem: `${name} needs a value` };
    named.set(name, value);
  }
  const url = named.get('--url') ?? env['RENKEI_URL'];
  const key = named.get('--key') ?? env['RENKEI_API_KEY'];
  if (command !== 'send' && command !== 'fetch') return { kind: 'invalid', problem: `unknown command ${command}: send or fetch` };
  if (url === undefined || !URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) return { kind: 'invalid', problem: '--url (or RENKEI_URL) must be the http(s) address of RENKEI, e.g. http://127.0.0.1:3000' };
  if (key === undefined || key === '') return { kind: 'invalid', problem: '--key (or RENKEI_API_KEY) must be your Renkei API key' };
  if (command === 'send') {
    if (positional.length !== 1) return { kind: 'invalid', problem: 'send takes one file: the interchange to upload' };
    if (named.has('--dir') || named.has('--after')) return { kind: 'invalid', problem: '--dir and --after belong to fetch' };
    return { kind: 'send', options: { file: positional[0] as string, url, key, ackOut: named.get('--ack-out') } };
  }
  if (positional.length > 0) return { kind: 'invalid', problem: `fetch takes no file (got ${positional.join(' ')}): give the folder with --dir` };
  if (named.has('--ack-out')) return { kind: 'invalid', problem: '--ack-out belongs to send' };
  const dir = named.get('--dir');
  if (dir === undefined) return { kind: 'invalid', problem: 'fetch needs --dir: the folder to write the interchanges into' };
  const after = named.get('--after');
  if (after !== undefined && !/^[0-9]{1,9}$/.test(after)) return { kind: 'invalid', problem: '--after must be a sequence number: 0 to 999999999' };
  return { kind: 'fetch', options: { url, key, dir, after: after === undefined ? undefined : Number(after) } };
}
