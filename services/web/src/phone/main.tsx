import { render } from 'preact';
import '../ui/base.css';
import './phone.css';
import { I18nProvider } from '../i18n/i18n-context';
import { PhoneApp } from './phone-app';
import { takeLinkCredentials } from './phone-session';

const root = document.getElementById('app') as HTMLElement;

function show(): void {
  // Before the render, so the token leaves the address bar at once.
  const credentials = takeLinkCredentials();
  render(
    <I18nProvider titleKey="phone.title">
      <PhoneApp key={credentials?.token ?? 'no-link'} credentials={credentials} />
    </I18nProvider>,
    root,
  );
}

show();
// A new link opened in the same tab changes only the fragment, which reloads nothing: take its credentials.
window.addEventListener('hashchange', () => {
  if (window.location.hash.includes('token=')) show();
});
