/** Every fact about a member company lives in one stream. */
export function companyStreamId(companyId: string): string {
  return `company-${companyId}`;
}
