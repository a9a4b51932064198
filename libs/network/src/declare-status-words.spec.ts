import type { NetworkStatusWordV1 } from '@renkei/contracts';
import { deciderSpecification } from '@renkei/testing';
import { decide, evolve } from './company';
import { initialCompany } from './company-state';
import type { DeclareStatusWords, StatusWordsDeclared } from './declare-status-words';
import { NetworkError } from './field-error';
import { companyRegistered, coordinator, metadata, now, okada, stranger } from './network-test-fixtures';

const spec = deciderSpecification({ decide, evolve, initialState: initialCompany });

const kakouchu: NetworkStatusWordV1 = { word: '加工中', status: 'in_progress' };
const kanryou: NetworkStatusWordV1 = { word: '完了', status: 'completed' };
const okure: NetworkStatusWordV1 = { word: '遅れ', status: 'delayed' };

const declare = (words: NetworkStatusWordV1[], actor = okada): DeclareStatusWords => ({
  type: 'DeclareStatusWords',
  data: { companyId: 'okada', words },
  metadata: metadata(actor),
});
const declared = (words: NetworkStatusWordV1[], declaredBy = 'okada'): StatusWordsDeclared => ({
  type: 'StatusWordsDeclared',
  data: { companyId: 'okada', words, declaredBy, declaredAt: now.toISOString() },
});
const fieldErrorsOf = (command: DeclareStatusWords) => {
  try {
    decide(command, evolve(initialCompany, companyRegistered()));
  } catch (error) {
    return error instanceof NetworkError ? error.fieldErrors.map(({ field, rule }) => `${field}: ${rule}`) : [];
  }
  return [];
};

describe('company: DeclareStatusWords', () => {
  it('lets the workshop itself declare its own status words', () => {
    spec.given([companyRegistered()]).when(declare([kakouchu, kanryou, okure])).then([declared([kakouchu, kanryou, okure])]);
  });

  it('lets a coordinator declare them on the workshop’s behalf', () => {
    spec.given([companyRegistered()]).when(declare([kakouchu], coordinator)).then([declared([kakouchu], 'kanto-office')]);
  });

  it('accepts an empty list, which withdraws every word', () => {
    spec.given([companyRegistered(), declared([kakouchu])]).when(declare([])).then([declared([])]);
  });

  it('records each word trimmed', () => {
    spec.given([companyRegistered()]).when(declare([{ word: ' 加工中 ', status: 'in_progress' }])).then([declared([kakouchu])]);
  });

  it('refuses another company, naming who may', () => {
    spec.given([companyRegistered()]).when(declare([kakouchu], stranger)).thenThrows('NETWORK.NOT_ALLOWED');
    expect(() => decide(declare([kakouchu], stranger), evolve(initialCompany, companyRegistered()))).toThrow(/only company okada itself or a coordinator/);
  });

  it('refuses an outsider for lack of rights before judging its list', () => {
    spec.given([companyRegistered()]).when(declare([{ word: 'completed', status: 'in_progress' }], stranger)).thenThrows('NETWORK.NOT_ALLOWED');
  });

  it('refuses a company that is not registered', () => {
    spec.given([]).when(declare([kakouchu], coordinator)).thenThrows('NETWORK.NOT_REGISTERED');
  });

  it('refuses a company that does not hold the workshop role', () => {
    spec.given([companyRegistered(['lead', 'integrator'])]).when(declare([kakouchu], coordinator)).thenThrows('NETWORK.ROLE_NOT_HELD');
  });

  it('refuses a canonical status as a word, in any case or width, because it always means itself', () => {
    spec.given([companyRegistered()]).when(declare([{ word: 'completed', status: 'in_progress' }])).thenThrows('NETWORK.INVALID_INPUT');
    expect(fieldErrorsOf(declare([{ word: 'ＣＯＭＰＬＥＴＥＤ', status: 'in_progress' }]))).toEqual([
      'words[0].word: "ＣＯＭＰＬＥＴＥＤ" is a canonical status, which always means itself and cannot be mapped',
    ]);
  });

  it('refuses a word twice, ignoring case and full-/half-width form', () => {
    spec.given([companyRegistered()]).when(declare([kakouchu, { word: '加工中', status: 'delayed' }])).thenThrows('NETWORK.INVALID_INPUT');
    expect(fieldErrorsOf(declare([{ word: 'ｶﾝﾘｮｳ', status: 'completed' }, { word: 'カンリョウ', status: 'completed' }, { word: 'Done', status: 'completed' }, { word: 'done', status: 'completed' }]))).toEqual([
      'words[1].word: repeats the word of words[0] (compared ignoring case and full-/half-width form)',
      'words[3].word: repeats the word of words[2] (compared ignoring case and full-/half-width form)',
    ]);
  });

  it('refuses a blank word or one over 40 characters', () => {
    spec.given([companyRegistered()]).when(declare([{ word: '  ', status: 'blocked' }])).thenThrows('NETWORK.INVALID_INPUT');
    spec.given([companyRegistered()]).when(declare([{ word: '停'.repeat(41), status: 'blocked' }])).thenThrows('NETWORK.INVALID_INPUT');
    spec.given([companyRegistered()]).when(declare([{ word: '停'.repeat(40), status: 'blocked' }])).then([declared([{ word: '停'.repeat(40), status: 'blocked' }])]);
  });

  it('refuses a status that is not canonical', () => {
    const command = declare([{ word: '休み', status: 'resting' as never }]);
    spec.given([companyRegistered()]).when(command).thenThrows('NETWORK.INVALID_INPUT');
    expect(fieldErrorsOf(command)).toEqual(['words[0].status: must be one of the canonical statuses']);
  });

  it('refuses more than 100 words', () => {
    const words = (count: number) => Array.from({ length: count }, (_, index): NetworkStatusWordV1 => ({ word: `w${index}`, status: 'in_progress' }));
    spec.given([companyRegistered()]).when(declare(words(101))).thenThrows('NETWORK.INVALID_INPUT');
    spec.given([companyRegistered()]).when(declare(words(100))).then([declared(words(100))]);
  });

  it('keeps the words in the company’s state, each declaration replacing the last', () => {
    const state = [companyRegistered(), declared([kakouchu, kanryou]), declared([okure])].reduce(evolve, initialCompany);
    expect(state).toMatchObject({ status: 'Registered', statusWords: [okure] });
    expect(evolve(initialCompany, companyRegistered())).toMatchObject({ statusWords: [] });
  });
});
