import type { CommonMessages } from './common.ja';

export const commonEn: CommonMessages = {
  'app.name': 'Renkei',
  'locale.label': 'Language',
  'session.signOut': 'Sign out',
  'status.loading': 'Loading…',
  'error.network': 'Cannot reach the server. Check the connection and try again.',
  'error.server': 'The server had a problem ({code}). Please try again in a moment.',
  'action.retry': 'Try again',
  'role.lead': 'Lead contractor',
  'role.workshop': 'Workshop',
  'role.integrator': 'Integrator',
  'role.coordinator': 'Consortium office',
  'delayReason.material': 'Material',
  'delayReason.machine': 'Machine',
  'delayReason.labour': 'Staff shortage',
  'delayReason.quality': 'Quality',
  'delayReason.subcontractor': 'Subcontractor',
  'delayReason.customer-change': 'Change by the ordering side',
  'delayReason.other': 'Other',
};
