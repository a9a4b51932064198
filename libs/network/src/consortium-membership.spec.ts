import { deciderSpecification } from '@renkei/testing';
import { decide, evolve } from './company';
import { initialCompany } from './company-state';
import type { JoinConsortium, JoinedConsortium, LeaveConsortium, LeftConsortium } from './consortium-membership';
import { companyRegistered, coordinator, metadata, now, okada, stranger } from './network-test-fixtures';

const spec = deciderSpecification({ decide, evolve, initialState: initialCompany });

const join = (actor = okada): JoinConsortium => ({ type: 'JoinConsortium', data: { companyId: 'okada', consortiumId: 'kanto-aero' }, metadata: metadata(actor) });
const leave = (actor = okada): LeaveConsortium => ({ type: 'LeaveConsortium', data: { companyId: 'okada', consortiumId: 'kanto-aero' }, metadata: metadata(actor) });
const joined = (joinedBy = 'okada'): JoinedConsortium => ({
  type: 'JoinedConsortium',
  data: { companyId: 'okada', consortiumId: 'kanto-aero', joinedBy, joinedAt: now.toISOString() },
});
const left = (leftBy = 'okada'): LeftConsortium => ({
  type: 'LeftConsortium',
  data: { companyId: 'okada', consortiumId: 'kanto-aero', leftBy, leftAt: now.toISOString() },
});

describe('company: JoinConsortium', () => {
  it('lets the company itself join', () => {
    spec.given([companyRegistered()]).when(join()).then([joined()]);
  });

  it('lets a coordinator enrol the company', () => {
    spec.given([companyRegistered()]).when(join(coordinator)).then([joined('kanto-office')]);
  });

  it('refuses another company', () => {
    spec.given([companyRegistered()]).when(join(stranger)).thenThrows('NETWORK.NOT_ALLOWED');
  });

  it('refuses to join a consortium the company is already in', () => {
    spec.given([companyRegistered(), joined()]).when(join()).thenThrows('NETWORK.ALREADY_MEMBER');
  });

  it('accepts joining again after leaving', () => {
    spec.given([companyRegistered(), joined(), left()]).when(join()).then([joined()]);
  });
});

describe('company: LeaveConsortium', () => {
  it('lets the company itself leave', () => {
    spec.given([companyRegistered(), joined()]).when(leave()).then([left()]);
  });

  it('lets a coordinator remove the company', () => {
    spec.given([companyRegistered(), joined()]).when(leave(coordinator)).then([left('kanto-office')]);
  });

  it('refuses another company', () => {
    spec.given([companyRegistered(), joined()]).when(leave(stranger)).thenThrows('NETWORK.NOT_ALLOWED');
  });

  it('refuses to leave a consortium the company is not in', () => {
    spec.given([companyRegistered()]).when(leave()).thenThrows('NETWORK.NOT_A_MEMBER');
    spec.given([companyRegistered(), joined(), left()]).when(leave()).thenThrows('NETWORK.NOT_A_MEMBER');
  });

  it('keeps the other memberships when leaving one', () => {
    const other: JoinedConsortium = { type: 'JoinedConsortium', data: { ...joined().data, consortiumId: 'tama-proto' } };
    expect([companyRegistered(), joined(), other, left()].reduce(evolve, initialCompany)).toMatchObject({ consortia: ['tama-proto'] });
  });
});
