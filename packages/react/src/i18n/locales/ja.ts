/**
 * The kit's strings in Japanese, to pass to `StatusKitProvider` with its `locale`.
 *
 * @packageDocumentation
 * @module @statuskit/react/locales/ja
 */
import type { Messages } from '../Messages'

/**
 * Japanese strings, in the polite です/ます form with full-width punctuation. Pass them to the provider with its
 * `locale`: `<StatusKitProvider locale="ja-JP" messages={ja}>`. The times in `today` and `onDay` read "14:32",
 * "木曜日の9:00".
 */
export const ja: Messages = {
  common: {
    tryAgain: 'もう一度試す',
    tryingAgain: 'もう一度試しています…',
    goBack: '前のページに戻る',
    goHome: 'トップページへ',
    stopAutomatic: '自動で再試行しない',
    resumeAutomatic: '自動で再試行する',
    automaticStopped: '自動での再試行は行いません。時間になったら「もう一度試す」を選んでください。',
    automaticGaveUp: '自動での再試行を終了しました。準備ができたら、もう一度お試しください。',
    retryFailed: 'まだ解決していません。{time}に再試行しました。',
    retrying: '再試行しています。',
    canRetry: 'もう一度お試しいただけるようになりました。',
    partTitle: 'ページのこの部分を読み込めませんでした',
    statusCode: 'エラーコード：{code}',
    reference: 'お問い合わせ番号：{reference}',
    today: '{time}',
    onDay: '{day}の{time}',
    timeLeft: '残り{duration}',
    technicalDetails: '技術的な詳細',
  },
  badRequest: {
    title: 'このページを開けませんでした',
    description: 'リンクが間違っているか、古くなっている可能性があります。',
    reason: 'リクエストを受け付けられませんでした。',
    summaryTitle: '入力内容に問題があります',
  },
  unauthorized: {
    title: '続けるにはログインしてください',
    description: 'ログアウトされました。もう一度ログインすると、中断したところから続けられます。',
    reason: 'ログアウトされました。',
    signIn: 'ログイン',
    signingIn: 'ログインしています…',
    signInFailed: 'ログインできませんでした。もう一度お試しください。',
    dialogDescription:
      'ログアウトされました。続けるには、もう一度ログインしてください。入力した内容はそのまま残っています。',
  },
  forbidden: {
    title: 'このページへのアクセス権がありません',
    description: 'アクセス権があるはずだと思われる場合は、アカウントの管理者にお問い合わせください。',
    reason: 'このコンテンツへのアクセス権がありません。',
  },
  notFound: {
    title: 'ページが見つかりません',
    description:
      'アドレスを入力した場合は、正しいかどうか確認してください。リンクからアクセスした場合は、リンクが古くなっている可能性があります。',
    reason: '見つかりませんでした。',
  },
  rateLimited: {
    title: 'リクエストが多すぎます',
    description: '短時間に多くのリクエストがありました。',
    reason: '短時間に多くのリクエストがありました。',
    wait: 'しばらく待ってから、もう一度お試しください。',
    when: '{when}からもう一度お試しいただけます。',
    soon: '{duration}後にもう一度お試しいただけます。',
    automatic: 'その時刻になったら、自動で再試行します。',
    automaticSoon: 'まもなく自動で再試行します。',
  },
  serverError: {
    title: '申し訳ありません。サービスで問題が発生しています',
    description:
      '操作に問題があったわけではありません。もう一度お試しいただき、それでも解決しない場合は、時間をおいてからアクセスしてください。',
    reason: 'こちら側で問題が発生しています。',
  },
  serviceUnavailable: {
    title: '申し訳ありません。現在サービスをご利用いただけません',
    description: 'いつ再開できるかは、まだわかりません。',
    reason: '現在サービスをご利用いただけません。',
    when: '{when}から再びご利用いただけます。',
    soon: '{duration}後に再びご利用いただけます。',
    automatic: 'その時刻になったら、自動でもう一度確認します。',
  },
  offline: {
    title: 'インターネットに接続されていません',
    description: 'お使いの端末がインターネットに接続されているか確認してください。',
    reason: 'インターネットに接続されていません。',
    waiting: '接続が回復したら、自動で再試行します。',
  },
  unreachable: {
    title: '現在、サービスに接続できません',
    description: 'しばらくしてから、もう一度お試しください。',
    reason: 'サービスに接続できませんでした。',
  },
  timeout: {
    title: '接続がタイムアウトしました',
    description: 'サービスからの応答に時間がかかりすぎました。もう一度お試しください。',
    reason: 'サービスからの応答に時間がかかりすぎました。',
  },
  generic: {
    title: '問題が発生しました',
    description: 'もう一度お試しください。問題が続く場合は、サポートにお問い合わせください。',
    reason: '問題が発生しました。',
  },
  notice: {
    notSaved: '変更は保存されていません。入力した内容はそのまま残っています。',
    notDone: '何も変更されていません。',
    maybeNotSaved: '変更が保存されたかどうかわかりません。もう一度試す前に確認してください。',
    signInToSave: 'もう一度ログインしてから、変更を保存してください。',
    saveAgain: 'ログインし直しました。変更はまだ保存されていないので、もう一度保存してください。',
    notRefreshed: 'この内容を更新できませんでした。{time}時点の内容を表示しています。',
    dismiss: '閉じる',
  },
}
