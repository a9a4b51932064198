import { credentialsFromFragment, type LinkCredentials } from '../auth/link-fragment';
import { sessionValue } from '../auth/session-value';

const storedToken = sessionValue('renkei.phone.token');
const storedCompany = sessionValue('renkei.phone.company');

/**
 * The link's credentials move from the URL fragment into this tab's sessionStorage, and the
 * fragment is wiped from the address bar and history, so a shared screen or screenshot does
 * not show the token. A reload keeps working from sessionStorage.
 */
export function takeLinkCredentials(): LinkCredentials | null {
  const fromLink = credentialsFromFragment(window.location.hash);
  if (fromLink) {
    storedToken.set(fromLink.token);
    storedCompany.set(fromLink.company);
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromLink;
  }
  const token = storedToken.get();
  const company = storedCompany.get();
  return token && company ? { token, company } : null;
}

export function forgetLinkCredentials(): void {
  storedToken.clear();
  storedCompany.clear();
}
