/** The lead's order board (Japanese, the default: every key is defined here first). */
export const boardJa = {
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
};

/** Another language's board messages: exactly these keys, so a missing or misspelt one fails to compile. */
export type BoardMessages = Readonly<Record<keyof typeof boardJa, string>>;
