/** The bearer token a page acts with: a lead's API key on the board, a workshop's link token on the phone. */
export function authorizationHeader(token: string): string {
  return `Bearer ${token}`;
}
