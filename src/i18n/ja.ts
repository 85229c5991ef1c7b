// Japanese (default). This object defines the dictionary's shape: en.ts must have exactly the same
// keys and function signatures, or the type check fails.
import type { UrlIssue } from '../state/url.ts';
import { formatSeconds } from './format.ts';

const link = (i: UrlIssue) => `リンクの「${i.param}=${i.value}」`;
const instead = (i: UrlIssue) => (i.fallback !== undefined ? `代わりに既定値「${i.fallback}」を使います。` : '');

export const ja = {
  title: '杉並区 将来人口・総合計画ダッシュボード',
  subtitle: '杉並区総合計画（2022〜2030年度）と人口の見通し',
  skipToMain: '本文へ移動',
  language: {
    /** Label of the toggle button: the language it switches TO, written in that language. */
    switchTo: 'English',
    switchHint: 'Switch to English',
  },
  nav: {
    label: '表示の切り替え',
    views: {
      outlook: '人口の見通し',
      plan: '総合計画',
      data: 'データ',
    },
  },
  placeholder: {
    notBuilt: 'この画面はまだ作成中です。',
    planned: '予定している内容',
    outlook: [
      '人口ピラミッド（男女・各歳）',
      '総人口の推移',
      '高齢化率などの年齢構成',
      '出生・死亡・転入・転出の内訳',
      '計画が公表した推計との比較',
    ],
    plan: ['総合計画の施策と指標を分野ごとにたどる画面'],
  },
  notices: {
    label: 'お知らせ',
    dismiss: '閉じる',
    dismissAll: 'すべて閉じる',
    url: (i: UrlIssue): string => {
      switch (i.problem) {
        case 'unknown-parameter':
          return `${link(i)}は使われていない項目のため、無視しました。`;
        case 'repeated':
          return `リンクに「${i.param}」が複数あります（${i.value}）。最初の「${i.fallback}」を使います。`;
        case 'unknown-value':
          return `${link(i)}は使えない値です（使える値: ${i.allowed}）。${instead(i)}`;
        case 'not-a-number':
          return `${link(i)}は数値ではありません（範囲 ${i.allowed}）。${instead(i)}`;
        case 'out-of-range':
          return `${link(i)}は範囲外です（範囲 ${i.allowed}）。${instead(i)}`;
        case 'not-integer':
          return `${link(i)}は整数ではありません（範囲 ${i.allowed}）。${instead(i)}`;
        case 'tfr-path':
          return `${link(i)}の「${i.point}」が読めません。出生率の推移は「年:値」をカンマで区切り、年の昇順に書きます（例 2030:1.1,2045:1.4、年:値 ${i.allowed}）。${instead(i)}`;
        case 'after-horizon':
          return `${link(i)}は推計の最終年より後です（範囲 ${i.allowed}）。${instead(i)}`;
      }
    },
    dataFile: (file: string, reason: string) => `データファイル ${file} を読み込めませんでした: ${reason}`,
    manifest: (reason: string) => `データファイルの一覧を読み込めませんでした: ${reason}`,
  },
  settings: {
    heading: '表示中の設定',
    note: 'この設定はすべてリンク（URL）に入っています。リンクをコピーすると、同じ画面を再現できます。',
    year: '表示する年',
    tfr: '合計特殊出生率',
    srb: '出生性比（女児100人に対する男児）',
    mortalityDecline: '死亡率の改善（年率）',
    inMigration: '転入率の倍率',
    outMigration: '転出率の倍率',
    horizon: '推計の最終年',
    times: (text: string) => `${text}倍`,
    pathPoint: (year: string, value: string) => `${year} ${value}`,
  },
  chart: {
    loading: '読み込み中…',
    empty: '表示できるデータがありません。',
    error: (reason: string): string => `表示できませんでした: ${reason}`,
    showTable: '表で見る',
  },
  base: {
    heading: '基準人口',
    label: '2021年1月1日の人口（base_population.parquet の population 列の合計）',
    approximation: '年齢別の内訳は、2022年の住民基本台帳から推計した近似値です。',
    loading: '読み込み中…',
    unavailable: 'このビルドには基準人口のデータファイルがありません。',
    error: (reason: string) => `基準人口を読み込めませんでした: ${reason}`,
  },
  duckdb: {
    label: '分析用データベース（DuckDB）',
    idle: '未起動',
    loading: '読み込み中…',
    ready: (version: string, seconds: number) => `準備完了（${version}、${formatSeconds(seconds, 'ja')}）`,
    error: (message: string) => `エラー: ${message}`,
  },
  data: {
    heading: 'データ',
    intro:
      'ダッシュボードが読み込むデータファイルの一覧です。行数はParquetファイルから数えた値と、分析用データベースにSQLで問い合わせた値を並べています。',
    caption: '読み込んだテーブル',
    columns: {
      table: 'テーブル',
      description: '内容',
      status: '状態',
      rowsFile: '行数（ファイル）',
      rowsSql: '行数（SQL）',
      size: 'サイズ',
      decode: '読込時間',
    },
    status: {
      pending: '待機中',
      unavailable: 'このビルドにはありません',
      loading: '読み込み中…',
      ready: '読み込み済み',
      error: 'エラー',
    },
    notInList: '（一覧にないファイル）',
    waitingForDb: '分析用データベースの準備を待っています…',
    sqlError: (message: string) => `SQLの実行に失敗しました: ${message}`,
    sqlShown: '使ったSQL',
    empty: 'このビルドにはデータファイルがありません。',
  },
};
