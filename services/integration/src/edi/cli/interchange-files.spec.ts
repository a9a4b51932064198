import { join } from 'node:path';
import { parseCliArguments } from './cli-arguments';
import { acknowledgementPath, interchangeFileName, splitInterchanges } from './interchange-files';

const one = (sequence: number) => `ENV|renkei-edi/1|RENKEI|okada-seiki|00000000${sequence}|${sequence}|2026-11-20T09:00:00Z\nMSG|1|FUNCTIONAL-ACK\nNTE|a\\|b\nEND|1\nTRL|00000000${sequence}|1|5\n`;

describe('splitInterchanges', () => {
  it('cuts a feed answer at each ENV, keeping every interchange’s text byte for byte', () => {
    const pieces = splitInterchanges(one(1) + one(2));
    expect(pieces.map(({ sender, sequenceNumber }) => [sender, sequenceNumber])).toEqual([['RENKEI', 1], ['RENKEI', 2]]);
    expect(pieces.map((piece) => piece.text)).toEqual([one(1), one(2)]);
    expect(splitInterchanges('')).toEqual([]);
  });

  it('refuses what is not a list of interchanges, and a sender that could climb out of the folder', () => {
    expect(() => splitInterchanges('<html>busy</html>')).toThrow(/ENV/);
    expect(() => splitInterchanges(one(1).replace('RENKEI', '../../etc'))).toThrow(/sender/);
  });
});

describe('file names', () => {
  it('names a fetched interchange <sender>-<sequence as 9 digits>.edi, so a folder lists in order', () => {
    expect(interchangeFileName({ sender: 'RENKEI', sequenceNumber: 12, text: '' })).toBe('RENKEI-000000012.edi');
  });

  it('puts the acknowledgement next to the input as <name>.ack.edi, unless told where', () => {
    expect(acknowledgementPath(join('out', 'po-42.edi'), undefined)).toBe(join('out', 'po-42.ack.edi'));
    expect(acknowledgementPath(join('out', 'po-42'), undefined)).toBe(join('out', 'po-42.ack.edi'));
    expect(acknowledgementPath('po-42.edi', join('acks', 'x.edi'))).toBe(join('acks', 'x.edi'));
  });
});

describe('parseCliArguments', () => {
  const env = {};
  it('reads send and fetch, with --name value or --name=value, and the key and URL from the environment', () => {
    expect(parseCliArguments(['send', 'po.edi', '--url', 'http://h:3000', '--key=k', '--ack-out', 'a.edi'], env)).toEqual({ kind: 'send', options: { file: 'po.edi', url: 'http://h:3000', key: 'k', ackOut: 'a.edi' } });
    expect(parseCliArguments(['fetch', '--dir', 'in', '--after', '7'], { RENKEI_URL: 'https://renkei.example', RENKEI_API_KEY: 'k' })).toEqual({
      kind: 'fetch',
      options: { url: 'https://renkei.example', key: 'k', dir: 'in', after: 7 },
    });
    expect(parseCliArguments([], env)).toEqual({ kind: 'help' });
  });

  it('says what is wrong with the arguments', () => {
    const problem = (argv: string[]) => {
      const parsed = parseCliArguments(argv, env);
      return parsed.kind === 'invalid' ? parsed.problem : parsed.kind;
    };
    expect(problem(['sned', '--url', 'http://h', '--key', 'k'])).toMatch(/unknown command sned/);
    expect(problem(['send', 'po.edi', '--key', 'k'])).toMatch(/--url/);
    expect(problem(['send', 'po.edi', '--url', 'ftp://h', '--key', 'k'])).toMatch(/--url/);
    expect(problem(['send', '--url', 'http://h', '--key', 'k'])).toMatch(/one file/);
    expect(problem(['fetch', '--url', 'http://h', '--key', 'k'])).toMatch(/--dir/);
    expect(problem(['fetch', '--url', 'http://h', '--key', 'k', '--dir', 'd', '--after', '-1'])).toMatch(/--after/);
    expect(problem(['fetch', '--url', 'http://h', '--key', 'k', '--dir', 'd', '--verbose'])).toMatch(/unknown option --verbose/);
    expect(problem(['send', 'po.edi', '--url', 'http://h', '--key'])).toMatch(/--key needs a value/);
  });
});
