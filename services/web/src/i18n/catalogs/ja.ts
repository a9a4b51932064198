/** Japanese, the default: every key the pages use is defined here first; the other catalogs must match it. */
export const ja = {
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

  'board.title': '受注ボード',
  'board.signIn.heading': 'サインイン',
  'board.signIn.keyLabel': 'API キー',
  'board.signIn.keyHint': '元請けの API キーを入力してください。このタブを閉じると消去されます。',
  'board.signIn.submit': 'サインイン',
  'board.signIn.empty': 'API キーを入力してください。',
  'board.signIn.rejected': 'この API キーは受け付けられませんでした。確認して、もう一度入力してください。',
  'board.orders.caption': '顧客注文（{count} 件）',
  'board.orders.none': '表示できる顧客注文はまだありません。',
  'board.orders.more': '新しい順に {count} 件を表示しています。',
  'board.column.order': '注文番号',
  'board.column.customer': '顧客',
  'board.column.status': '状態',
  'board.column.progress': '進捗',
  'board.column.eta': '完了予定',
  'board.column.due': '納期',
  'board.column.placed': '受注日時',
  'board.refresh': '最新の状態に更新',
  'board.live.connecting': 'ライブ更新に接続中…',
  'board.live.connected': 'ライブ更新中',
  'board.live.offline': 'ライブ更新が止まっています。「最新の状態に更新」で最新になります。',

  'order.status.open': '進行中',
  'order.status.closed': '完了',
  'order.late': '遅延',
  'order.blocked': '停止中',
  'order.noDate': '未定',

  'phone.title': '作業報告',
  'phone.noLink': 'このページは、送られてきたリンクから開いてください。',
  'phone.linkRejected': 'このリンクは使えなくなっています。発注元に新しいリンクを依頼してください。',
  'phone.companyNotFound': '会社 {company} が見つかりません。発注元に確認してください。',
  'phone.company.id': '会社 ID',
  'phone.company.roles': '役割',
  'phone.company.timeZone': 'タイムゾーン',
  'phone.company.registeredAt': '登録日時',
};

export type MessageKey = keyof typeof ja;
/** A catalog has exactly the Japanese keys: a missing or misspelt one fails to compile. */
export type Catalog = Readonly<Record<MessageKey, string>>;
