import { everyTierOneOrderDone } from './close-customer-orders';

describe('when a customer order is done', () => {
  it('is done when every tier-1 order is received in full (closed)', () => {
    expect(everyTierOneOrderDone(['Closed'])).toBe(true);
    expect(everyTierOneOrderDone(['Closed', 'Closed'])).toBe(true);
  });

  it('is done when the orders not received were cancelled or rejected (both final), as long as one was received', () => {
    expect(everyTierOneOrderDone(['Closed', 'Cancelled'])).toBe(true);
    expect(everyTierOneOrderDone(['Rejected', 'Closed'])).toBe(true);
    expect(everyTierOneOrderDone(['Cancelled', 'Rejected'])).toBe(false);
  });

  it('is not done while an order is still issued, waiting for the buyer, accepted or unknown', () => {
    for (const status of ['Issued', 'AwaitingBuyer', 'Accepted', 'None', 'OtherKind'] as const) expect(everyTierOneOrderDone(['Closed', status])).toBe(false);
    expect(everyTierOneOrderDone([])).toBe(false);
  });
});
