import { addressRefusal, classifyAddress, parseAllowList, parseIpAddress, type IpAddress } from './target-address';
import { parseTargetUrl } from './target-url';

const kind = (text: string) => classifyAddress(parseIpAddress(text) as IpAddress);
const nothingAllowed = parseAllowList([]).allowList;

describe('webhook target addresses', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.10.20', 'private'],
    ['100.64.0.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['fc00::1', 'private'],
    ['169.254.10.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['169.254.169.254', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['2002:c0a8:0101::1', 'private'],
    ['8.8.8.8', 'public'],
    ['172.32.0.1', 'public'],
    ['2001:4860:4860::8888', 'public'],
    ['::ffff:93.184.216.34', 'public'],
  ])('%s is %s', (address, expected) => {
    expect(kind(address)).toBe(expected);
  });

  it('reads only IP literals', () => {
    for (const text of ['localhost', '1.2.3', '1.2.3.256', '01.2.3.4', '1::2::3', '12345::1', 'fe80::1%eth0', '']) expect(parseIpAddress(text)).toBeNull();
    expect(parseIpAddress('1:2:3:4:5:6:7:8')).toEqual({ family: 6, value: 0x00010002000300040005000600070008n });
  });

  it('refuses every address that is not public, saying which kind it is', () => {
    expect(addressRefusal('10.0.0.7', nothingAllowed)).toBe('10.0.0.7 is a private address');
    expect(addressRefusal('169.254.169.254', nothingAllowed)).toBe('169.254.169.254 is a metadata address');
    expect(addressRefusal('93.184.216.34', nothingAllowed)).toBeNull();
  });

  it('lets the operator allow addresses and CIDR blocks, and names entries it cannot read', () => {
    const { allowList, invalid } = parseAllowList(['127.0.0.1', '10.20.0.0/16', '::1', 'fd00::/8', 'localhost', '10.0.0.0/33', '1.2.3.4/8/1']);
    expect(invalid).toEqual(['localhost', '10.0.0.0/33', '1.2.3.4/8/1']);
    expect(addressRefusal('127.0.0.1', allowList)).toBeNull();
    expect(addressRefusal('::ffff:127.0.0.1', allowList)).toBeNull();
    expect(addressRefusal('127.0.0.2', allowList)).toBe('127.0.0.2 is a loopback address');
    expect(addressRefusal('10.20.99.1', allowList)).toBeNull();
    expect(addressRefusal('10.21.0.1', allowList)).toBe('10.21.0.1 is a private address');
    expect(addressRefusal('::1', allowList)).toBeNull();
    expect(addressRefusal('fd99::1', allowList)).toBeNull();
  });
});

describe('webhook target URLs', () => {
  it('accept http and https URLs, giving the host to resolve', () => {
    const parsed = parseTargetUrl('https://erp.example.com:8443/hooks/renkei?tenant=7');
    expect(parsed).toMatchObject({ ok: true, target: { host: 'erp.example.com' } });
    expect(parseTargetUrl('http://[::1]:8080/x')).toMatchObject({ ok: true, target: { host: '::1' } });
  });

  it.each([
    [undefined, 'is required'],
    ['erp.example.com/hooks', 'must be an absolute URL'],
    ['ftp://erp.example.com/hooks', 'must use https or http, not ftp'],
    ['file:///etc/passwd', 'must use https or http, not file'],
    ['https://user:pw@erp.example.com/', 'must not carry a user name or password (the signature authenticates deliveries)'],
    ['https://erp.example.com/#top', 'must not have a fragment'],
    [`https://erp.example.com/${'x'.repeat(2048)}`, 'must be at most 2048 characters'],
  ])('refuse %s: %s', (url, rule) => {
    expect(parseTargetUrl(url)).toEqual({ ok: false, rule });
  });
});
