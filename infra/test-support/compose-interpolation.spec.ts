import { interpolate } from './compose-interpolation';

const none = { env: {}, placeholders: {} };

describe('interpolate (compose variable substitution)', () => {
  it('uses the shell value, else the default, and keeps $$ as a literal dollar', () => {
    const file = { a: '${A:-fallback}', b: 'x-${B-}-y', c: 'cost: $$5', d: ['${A:+set}'] };
    expect(interpolate(file, none).value).toEqual({ a: 'fallback', b: 'x--y', c: 'cost: $5', d: [''] });
    expect(interpolate(file, { env: { A: 'shell', B: '' }, placeholders: {} }).value).toEqual({ a: 'shell', b: 'x--y', c: 'cost: $5', d: ['set'] });
  });

  it('tells apart ":-" (unset or empty) from "-" (unset only)', () => {
    const env = { env: { EMPTY: '' }, placeholders: {} };
    expect(interpolate({ x: '${EMPTY:-d}', y: '${EMPTY-d}' }, env).value).toEqual({ x: 'd', y: '' });
  });

  it('names a variable without a default, and a required one without a placeholder, by where it is used', () => {
    const { problems } = interpolate({ services: { api: { image: 'app:${TAG}', secret: '${KEY:?set KEY}' } } }, none);
    expect(problems).toEqual([
      'services.api.image: TAG has no default; give it one ("${TAG:-...}") or mark it required ("${TAG:?...}")',
      'services.api.secret: KEY is required ("${KEY:?set KEY}") and the check has no placeholder for it',
    ]);
  });

  it('fills a required variable from the placeholders', () => {
    expect(interpolate({ s: '${KEY:?set KEY}' }, { env: {}, placeholders: { KEY: 'placeholder' } })).toEqual({ value: { s: 'placeholder' }, problems: [] });
  });
});
