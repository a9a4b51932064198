import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { lookup as dnsLookupAsync } from 'node:dns/promises';
import { addressRefusal, parseIpAddress, type AllowList, type TargetUrl } from '@renkei/webhooks';

/** A target the address rules refuse; an attempt to it fails without connecting. */
export class TargetRefused extends Error {
  readonly code = 'ETARGETREFUSED';
}

/**
 * Why a target may not receive webhooks now, or null when it may: every address its host resolves
 * to must be public or allowed by the operator (a host with one private address among public ones
 * is refused: a connection may go to any of them).
 */
export async function targetRefusal(target: TargetUrl, allowList: AllowList): Promise<string | null> {
  if (parseIpAddress(target.host) !== null) return addressRefusal(target.host, allowList);
  let addresses: LookupAddress[];
  try {
    addresses = await dnsLookupAsync(target.host, { all: true, verbatim: true });
  } catch (error) {
    return `${target.host} does not resolve (${(error as { code?: string }).code ?? 'lookup failed'})`;
  }
  return firstRefusal(target.host, addresses, allowList);
}

function firstRefusal(host: string, addresses: readonly LookupAddress[], allowList: AllowList): string | null {
  if (addresses.length === 0) return `${host} resolves to no address`;
  for (const { address } of addresses) {
    const refusal = addressRefusal(address, allowList);
    if (refusal !== null) return `${host} resolves to ${refusal.replace(/^\S+ is /, `${address}, `)}`;
  }
  return null;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A DNS lookup for the HTTP client that refuses addresses the rules refuse, so the address checked
 * is the address connected to (a host re-resolving to a private address between a check and the
 * connection — DNS rebinding — gets nowhere).
 */
export function guardedLookup(allowList: AllowList) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refusal = firstRefusal(hostname, addresses, allowList);
      if (refusal !== null) return callback(new TargetRefused(`target refused: ${refusal}`), []);
      if (options.all) return callback(null, addresses);
      const [first] = addresses as [LookupAddress];
      return callback(null, first.address, first.family);
    });
  };
}
