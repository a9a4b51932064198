import { render } from 'preact';
import '../ui/base.css';
import { I18nProvider } from '../i18n/i18n-context';
import { PhoneApp } from './phone-app';
import { takeLinkCredentials } from './phone-session';

// Before the first render, so the token leaves the address bar at once.
const credentials = takeLinkCredentials();

render(
  <I18nProvider titleKey="phone.title">
    <PhoneApp credentials={credentials} />
  </I18nProvider>,
  document.getElementById('app') as HTMLElement,
);
