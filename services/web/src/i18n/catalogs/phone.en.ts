import type { PhoneMessages } from './phone.ja';

export const phoneEn: PhoneMessages = {
  'phone.title': 'Work report',
  'phone.noLink': 'Open this page from the link you were sent.',
  'phone.linkRejected': 'This link no longer works. Ask your customer for a new one.',
  'phone.companyNotFound': 'Company {company} was not found. Please check with your customer.',
  'phone.company.id': 'Company ID',
  'phone.company.roles': 'Roles',
  'phone.company.timeZone': 'Time zone',
  'phone.company.registeredAt': 'Registered',
};
