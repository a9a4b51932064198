import { GraphQLError } from 'graphql';
import { checkStatuses } from './status-filter';

const allowed = ['open', 'awarded', 'cancelled'];

const refusalOf = (statuses: string[]): GraphQLError => {
  try {
    checkStatuses(statuses, allowed, 'filter.status');
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('not refused');
};

describe('checkStatuses', () => {
  it('leaves the list’s default to the caller when no status is named', () => {
    expect(checkStatuses(null, allowed, 'status')).toBeNull();
    expect(checkStatuses(undefined, allowed, 'status')).toBeNull();
  });

  it('filters on the statuses named, each once', () => {
    expect(checkStatuses(['open', 'awarded', 'open'], allowed, 'status')).toEqual(['open', 'awarded']);
  });

  it('refuses an unknown status, naming the field, the bad value and every allowed one', () => {
    const refusal = refusalOf(['open', 'Awarded']);
    expect(refusal.message).toBe('filter.status must list one or more of open, awarded, cancelled; it has "Awarded" (leave it out for the default)');
    expect(refusal.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.status', rule: 'one or more of the listed statuses', allowed: 'open, awarded, cancelled' });
  });

  it('refuses an empty list rather than answer nothing', () => {
    expect(refusalOf([]).message).toMatch(/^filter.status must list one or more of .*; it is empty/);
  });
});
