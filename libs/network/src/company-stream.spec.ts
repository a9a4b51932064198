import { contextOfStream } from '@renkei/contracts';
import { companyStreamId } from './company-stream';

describe('companyStreamId', () => {
  it('names the company’s stream so the backbone routes it to the network context', () => {
    expect(companyStreamId('okada')).toBe('company-okada');
    expect(contextOfStream(companyStreamId('okada'))).toBe('network');
  });
});
