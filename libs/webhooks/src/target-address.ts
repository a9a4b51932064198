/**
 * Which network addresses a webhook may be delivered to. A subscription names a URL; its host must
 * resolve only to public addresses, so an integrator cannot make the backbone call into its own
 * network (loopback, private ranges, link-local, cloud metadata). An operator may allow some of
 * them (a receiver in the same private network, a test receiver on loopback) by address or CIDR.
 */

/** An IP address as a number, with its family; IPv4-mapped IPv6 addresses are read as IPv4. */
export interface IpAddress {
  readonly family: 4 | 6;
  readonly value: bigint;
}

export type AddressKind = 'public' | 'loopback' | 'private' | 'link-local' | 'unspecified' | 'metadata' | 'multicast' | 'reserved';

interface Range {
  readonly family: 4 | 6;
  readonly base: bigint;
  readonly bits: number;
}

export type AllowList = readonly Range[];

const V4_BITS = 32;
const V6_BITS = 128;

function parseV4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return null;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseV6(text: string): bigint | null {
  let input = text;
  // An embedded IPv4 tail (::ffff:1.2.3.4) stands for the last two groups.
  const v4Tail = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(input);
  if (v4Tail) {
    const v4 = parseV4(v4Tail[2] as string);
    if (v4 === null) return null;
    input = `${v4Tail[1]}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = input.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (half: string) => (half === '' ? [] : half.split(':'));
  const head = groupsOf(halves[0] as string);
  const tail = halves.length === 2 ? groupsOf(halves[1] as string) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let value = 0n;
  for (const group of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return null;
    value = (value << 16n) | BigInt(`0x${group}`);
  }
  return value;
}

const MAPPED_V4_PREFIX = 0xffffn << 32n;

/** Parses an IPv4 or IPv6 literal (no zone id, no brackets); null when it is not one. */
export function parseIpAddress(text: string): IpAddress | null {
  const v4 = parseV4(text);
  if (v4 !== null) return { family: 4, value: v4 };
  if (!text.includes(':')) return null;
  const v6 = parseV6(text);
  if (v6 === null) return null;
  // ::ffff:a.b.c.d is the IPv4 address a.b.c.d to every socket API: judge it as such.
  if (v6 >> 32n === MAPPED_V4_PREFIX >> 32n) return { family: 4, value: v6 & 0xffffffffn };
  return { family: 6, value: v6 };
}

function range(cidr: string): Range {
  const [text, bits] = cidr.split('/') as [string, string];
  const address = parseIpAddress(text) as IpAddress;
  return { family: address.family, base: address.value, bits: Number(bits) };
}

function inRange(address: IpAddress, candidate: Range): boolean {
  if (address.family !== candidate.family) return false;
  const width = address.family === 4 ? V4_BITS : V6_BITS;
  const shift = BigInt(width - candidate.bits);
  return address.value >> shift === candidate.base >> shift;
}

/** First match wins: the specific metadata addresses before the ranges that contain them. */
const CLASSIFIED: ReadonlyArray<readonly [AddressKind, Range]> = [
  ['metadata', range('169.254.169.254/32')], // AWS, GCP, Azure, OpenStack instance metadata
  ['metadata', range('169.254.170.2/32')], // AWS ECS task metadata
  ['metadata', range('100.100.100.200/32')], // Alibaba Cloud metadata
  ['metadata', range('fd00:ec2::254/128')], // AWS instance metadata over IPv6
  ['unspecified', range('0.0.0.0/8')],
  ['private', range('10.0.0.0/8')],
  ['private', range('100.64.0.0/10')], // carrier-grade NAT, shared address space
  ['loopback', range('127.0.0.0/8')],
  ['link-local', range('169.254.0.0/16')],
  ['private', range('172.16.0.0/12')],
  ['reserved', range('192.0.0.0/24')],
  ['reserved', range('192.0.2.0/24')],
  ['private', range('192.168.0.0/16')],
  ['reserved', range('198.18.0.0/15')],
  ['reserved', range('198.51.100.0/24')],
  ['reserved', range('203.0.113.0/24')],
  ['multicast', range('224.0.0.0/4')],
  ['reserved', range('240.0.0.0/4')], // includes 255.255.255.255
  ['unspecified', range('::/128')],
  ['loopback', range('::1/128')],
  ['reserved', range('::/96')], // deprecated IPv4-compatible addresses
  ['reserved', range('100::/64')], // discard-only
  ['reserved', range('2001:db8::/32')],
  ['private', range('fc00::/7')], // unique local addresses
  ['link-local', range('fe80::/10')],
  ['multicast', range('ff00::/8')],
];

/** Prefixes that carry an IPv4 address in their last 32 bits (NAT64) or bits 16–48 (6to4): judged by that address. */
const NAT64 = range('64:ff9b::/96');
const SIX_TO_FOUR = range('2002::/16');

export function classifyAddress(address: IpAddress): AddressKind {
  if (address.family === 6 && inRange(address, NAT64)) return classifyAddress({ family: 4, value: address.value & 0xffffffffn });
  if (address.family === 6 && inRange(address, SIX_TO_FOUR)) return classifyAddress({ family: 4, value: (address.value >> 80n) & 0xffffffffn });
  return CLASSIFIED.find(([, candidate]) => inRange(address, candidate))?.[0] ?? 'public';
}

/**
 * The operator's allow-list (`allowedTargets`): IP addresses or CIDR blocks, e.g. `127.0.0.1`,
 * `10.20.0.0/16`, `::1`. Returns the entries it could not read, so start-up can name them.
 */
export function parseAllowList(entries: readonly string[]): { allowList: AllowList; invalid: string[] } {
  const allowList: Range[] = [];
  const invalid: string[] = [];
  for (const entry of entries) {
    const [text, bitsText, ...rest] = entry.trim().split('/');
    const address = parseIpAddress(text ?? '');
    const width = address?.family === 6 ? V6_BITS : V4_BITS;
    const bits = bitsText === undefined ? width : /^\d{1,3}$/.test(bitsText) ? Number(bitsText) : NaN;
    if (address === null || rest.length > 0 || !(bits >= 0 && bits <= width)) {
      invalid.push(entry);
      continue;
    }
    allowList.push({ family: address.family, base: address.value, bits });
  }
  return { allowList, invalid };
}

/** Why an address may not be a webhook target, or null when it may (public, or allowed by the operator). */
export function addressRefusal(text: string, allowList: AllowList): string | null {
  const address = parseIpAddress(text);
  if (address === null) return `${text} is not an IP address`;
  if (allowList.some((allowed) => inRange(address, allowed))) return null;
  const kind = classifyAddress(address);
  return kind === 'public' ? null : `${text} is a ${kind} address`;
}
