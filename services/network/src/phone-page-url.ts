/**
 * The web page's address for a phone link. Both values travel in the fragment, which browsers never
 * send to a server, so the token stays out of access logs and Referer headers; the page reads them
 * with URLSearchParams, so they are encoded the same way.
 */
export function phonePageUrl(token: string, companyId: string): string {
  return `/phone#${new URLSearchParams({ token, company: companyId }).toString()}`;
}
