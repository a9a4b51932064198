/** Words both pages use (Japanese, the default: every key is defined here first). */
export const commonJa = {
  'app.name': '連携',
  'locale.label': '表示言語',
  'session.signOut': 'サインアウト',
  'status.loading': '読み込み中…',
  'error.network': 'サーバーに接続できません。通信状況を確認して、もう一度お試しください。',
  'error.server': 'サーバーでエラーが発生しました（{code}）。しばらくしてから、もう一度お試しください。',
  'action.retry': '再試行',
  'role.lead': '元請け',
  'role.workshop': '協力工場',
  'role.integrator': '連携事業者',
  'role.coordinator': '事務局',
  'delayReason.material': '材料',
  'delayReason.machine': '設備・機械',
  'delayReason.labour': '人手不足',
  'delayReason.quality': '品質',
  'delayReason.subcontractor': '外注先',
  'delayReason.customer-change': '発注側の変更',
  'delayReason.other': 'その他',
};

/** Another language's common messages: exactly these keys, so a missing or misspelt one fails to compile. */
export type CommonMessages = Readonly<Record<keyof typeof commonJa, string>>;
