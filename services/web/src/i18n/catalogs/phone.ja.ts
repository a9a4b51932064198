/** The workshop's phone page (Japanese, the default: every key is defined here first). */
export const phoneJa = {
  'phone.title': '作業報告',
  'phone.noLink': 'このページは、送られてきたリンクから開いてください。',
  'phone.linkRejected': 'このリンクは使えなくなっています。発注元に新しいリンクを依頼してください。',
  'phone.companyNotFound': '会社 {company} が見つかりません。発注元に確認してください。',
  'phone.company.id': '会社 ID',
  'phone.company.roles': '役割',
  'phone.company.timeZone': 'タイムゾーン',
  'phone.company.registeredAt': '登録日時',
};

/** Another language's phone messages: exactly these keys, so a missing or misspelt one fails to compile. */
export type PhoneMessages = Readonly<Record<keyof typeof phoneJa, string>>;
