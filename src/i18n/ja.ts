// Japanese (default). This object defines the dictionary's shape: en.ts must have exactly the same
// keys and function signatures, or the type check fails.
import type { UrlIssue } from '../state/url.ts';
import { formatSeconds } from './format.ts';

/** What a briefing step's words may name: all of it computed from the step's state and the data. */
export interface StepContext {
  /** The step's year, formatted (ja 2030（令和12）年, en 2030). */
  readonly year: string;
  /** The projection's horizon, formatted. */
  readonly horizon: string;
  /** The older age group's short name (ja 65歳以上, en 65+), from the dictionary's groupsShort. */
  readonly older: string;
  /** The step's scenario: the preset's label and description (data/scenarios/presets.json). */
  readonly scenario: string;
  readonly scenarioText: string;
}

const link = (i: UrlIssue) => `リンクの「${i.param}=${i.value}」`;
const instead = (i: UrlIssue) => (i.fallback !== undefined ? `代わりに既定値「${i.fallback}」を使います。` : '');

/** The dictionary's shape (defined here, so en.ts need not import messages.ts, which imports it). */
export type Messages = typeof ja;

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
    /** On a phone, where three long names do not fit side by side. */
    short: {
      outlook: '人口の見通し',
      plan: '総合計画',
      data: 'データ',
    },
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
        case 'too-long':
          return `${link(i)}は長すぎます（${i.allowed}文字まで）。この項目は使わずに表示します。`;
      }
    },
    dataFile: (file: string, reason: string) => `データファイル ${file} を読み込めませんでした: ${reason}`,
    manifest: (reason: string) => `データファイルの一覧を読み込めませんでした: ${reason}`,
  },
  chart: {
    loading: '読み込み中…',
    empty: '表示できるデータがありません。',
    error: (reason: string): string => `表示できませんでした: ${reason}`,
    showTable: '表で見る',
  },
  outlook: {
    lead: '杉並区の将来人口を、出生・死亡・人口移動の前提を変えながら試算します。実線が選んだ前提、点線が計画の前提です。',
    computing: '将来人口を計算しています…',
    failed: (reason: string) => `将来人口を計算できませんでした: ${reason}`,
    requestFailed: (reason: string) => `この前提では計算できませんでした（直前の結果を表示しています）: ${reason}`,
    capped: (cells: string) => `転出率が大きすぎるため、${cells}か所で転出を人口の範囲内に抑えました。`,
    groups: {
      total: '総人口',
      age0_14: '年少人口（0〜14歳）',
      age15_64: '生産年齢人口（15〜64歳）',
      age65plus: '高齢人口（65歳以上）',
    },
    groupsShort: { total: '総人口', age0_14: '0〜14歳', age15_64: '15〜64歳', age65plus: '65歳以上' },
    legend: {
      scenario: '選んだ前提（実線）',
      baseline: '計画の前提（点線）',
      actual: '住民基本台帳の実績',
      actualUncertain: '実績（基準日不明、2022年10月頃と推定）',
      plan: '計画の公表値',
    },
    headline: {
      heading: (year: string) => `${year}1月1日の見通し`,
      total: '総人口',
      aging: '高齢化率',
      shares: '年齢3区分の割合',
      vsBaseline: (diff: string) => `計画の前提より ${diff}`,
      sameAsBaseline: '計画の前提と同じ',
      approximation: 'このダッシュボードの試算です。基準人口・生命表・人口移動は出典にないため近似しており、計画の公表値とは少し差があります。',
      approximationLink: '公表値との比較',
      reading: (r: {
        shape: 'peak' | 'falling' | 'rising'; peakYear: string; peakValue: string; startYear: string; startValue: string;
        endYear: string; endValue: string; fromPeak: string; agingStart: string; agingEnd: string; agingUp: boolean;
      }): string => {
        const total =
          r.shape === 'peak'
            ? `総人口は${r.peakYear}に${r.peakValue}でピークを迎え、その後は減って${r.endYear}には${r.endValue}（ピークから${r.fromPeak}）になる見通しです。`
            : r.shape === 'falling'
              ? `総人口は${r.startYear}の${r.startValue}から減り続け、${r.endYear}には${r.endValue}になる見通しです。`
              : `総人口は${r.endYear}まで増え続け、${r.endValue}になる見通しです。`;
        return `${total}65歳以上の人の割合（高齢化率）は${r.agingStart}から${r.agingEnd}に${r.agingUp ? '上がります' : '下がります'}。`;
      },
    },
    pyramid: {
      title: '人口ピラミッド',
      description: (year: string) => `${year}1月1日の男女・各歳の人口。棒が選んだ前提、黒い線が計画の前提です。`,
      male: '男性',
      female: '女性',
      year: '表示する年',
      play: '再生',
      pause: '停止',
      age: (age: number) => (age >= 100 ? '100歳以上' : `${age}歳`),
      bar: (age: string, sex: string, count: string, baseline: string | null) =>
        `${age} ${sex} ${count}${baseline ? `（計画の前提 ${baseline}）` : ''}`,
      aria: (year: string) => `${year}の人口ピラミッド。上下の矢印キーで年齢、左右で男女を選ぶと人数を読み上げます。`,
      columns: { age: '年齢', male: '男性', female: '女性', baselineMale: '男性（計画の前提）', baselineFemale: '女性（計画の前提）' },
      note: '各歳の人数は推計値です（1人未満を四捨五入）。基準人口（2021年1月1日）は、2022年10月頃の住民基本台帳から逆算した近似値です。',
    },
    trends: {
      totalTitle: '総人口の推移',
      groupsTitle: '年齢3区分別人口の推移',
      description: '各年1月1日の人口。実線が選んだ前提、点線が計画の前提、点が住民基本台帳の実績です。グラフを押すとその年を表示します。',
      peak: (value: string, year: string) => `ピーク ${year} ${value}`,
      focus: '強調する線',
      focusNone: 'なし',
      aria: (title: string) => `${title}の折れ線グラフ。左右の矢印キーで年を選ぶと値を読み上げ、Enterキーでその年を表示します。`,
      actualsNote:
        '実績は住民基本台帳の人口です: 2021年1月1日（総数）、2022年10月頃（出典に基準日の記載がなく、10月1日とみなしています。白抜きの点）、2025年1月1日と2026年1月1日（年齢3区分）。',
      columns: { year: '年', scenario: '選んだ前提', baseline: '計画の前提', date: '日付', group: '区分', count: '人数' },
      actualsCaption: '住民基本台帳の実績',
      actualDate: (date: string, certain: boolean) => (certain ? date : `${date}（推定）`),
    },
    planLinks: {
      title: '年齢層に関わる計画の施策',
      count: (n: number) => `（${n}件）`,
      note: '総合計画のうち、この年齢層に関わることがはっきりしている施策です。施策と年齢層の対応づけは本ダッシュボードによるもので、計画書にはありません。',
      none: '対応づけた施策はありません。',
      policy: (id: number, name: string) => `施策${id} ${name}`,
      loading: '計画の施策を読み込み中…',
      error: (reason: string) => `計画の施策を読み込めませんでした: ${reason}`,
    },
    aging: {
      title: '高齢化率の推移',
      description: '総人口に占める65歳以上の人の割合（各年1月1日）。',
      label: '高齢化率',
      planMark: (value: string, year: string) => `計画の公表値 ${value}（${year}）`,
    },
    shares: {
      title: '人口構成割合の推移',
      description: '年少人口（0〜14歳）・生産年齢人口（15〜64歳）・高齢人口（65歳以上）の割合。選んだ前提による試算です。',
    },
    change: {
      title: '自然増減と社会増減',
      description: '各年1年間の増減。自然増減は出生から死亡を引いた数、社会増減は転入から転出を引いた数です。',
      natural: '自然増減（出生−死亡）',
      social: '社会増減（転入−転出）',
      births: '出生',
      deaths: '死亡',
      inMigrants: '転入',
      outMigrants: '転出',
      during: (year: string) => `${year}中`,
      note: '転入・転出は、男女・年齢別の転入率・転出率（実績から補正した値）から計算した推計値です。',
    },
    published: {
      title: '計画の公表値との比較',
      description: '総合計画に載っている推計結果と、このダッシュボードの試算を並べています。',
      columns: {
        indicator: '項目',
        plan: '計画の公表値',
        baseline: '本試算（計画の前提）',
        scenario: '本試算（選んだ前提）',
        difference: '差（選んだ前提−公表値）',
      },
      peakOf: (group: string) => `${group}のピーク`,
      agingLevel: (year: string) => `高齢化率（${year}）`,
      fiscalYear: (year: string) => `${year}年度`,
      yearShift: (years: number) => (years === 0 ? '同じ年' : years > 0 ? `${years}年後` : `${-years}年前`),
      points: (points: string) => `${points}ポイント`,
      approximate: '近似',
      unavailable: '—',
      notes: [
        '計画の年は「年度」、本試算は各年1月1日の人口です。比べる年は数か月ずれます。',
        '基準人口（2021年1月1日、男女・各歳）は出典にないため、2022年10月頃の住民基本台帳から逆算した近似値です（総数は2021年1月1日の登録人口に合わせています）。',
        '生残率は、計画が使った東京都の2015年生命表・国の2019年簡易生命表の代わりに、全国の生命表（女性はHMDの2019年、男性は2018年の死亡率から作成）を使っています。',
        '出生の年齢パターンは全国（2019年）のものを使い、合計特殊出生率を0.99に合わせています。',
        '転入率・転出率は計画の数値が出典にないため、住民基本台帳の人口の変化と2024年の転入・転出から補正した値です（docs/calibration.md）。',
      ],
      source: '出典: 杉並区総合計画「人口の見通し」（推計結果の概要 ①人口ピーク）。',
    },
  },
  scenario: {
    heading: '前提を変える',
    show: '開く',
    hide: '閉じる',
    presets: '代表的な前提',
    presetsHelp: '自治体の人口ビジョンのシミュレーションでよく使われる前提です。',
    presetsError: (reason: string) => `前提の一覧を読み込めませんでした: ${reason}`,
    chosen: '（選択中）',
    reset: '計画の前提に戻す',
    params: {
      tfr: { label: '合計特殊出生率', unit: '人', help: '女性1人が一生の間に産む子どもの数の目安。計画の前提は0.99（2020年の杉並区）。' },
      srb: { label: '出生性比', unit: '人', help: '女の子100人に対する男の子の数。計画の前提は105.1。' },
      mortalityDecline: { label: '死亡率の改善', unit: '%/年', help: '毎年、すべての年齢の死亡率が何％ずつ下がるか。0で計画と同じ（生命表を固定）、マイナスは死亡率が上がる場合です。' },
      inMigration: { label: '転入率', unit: '倍', help: '年齢別の転入率に掛ける倍率。1で計画の前提と同じです。' },
      outMigration: { label: '転出率', unit: '倍', help: '年齢別の転出率に掛ける倍率。1で計画の前提と同じです。' },
      horizon: { label: '推計の最終年', unit: '年', help: '2030〜2070年。計画は2065年まで推計しています。' },
    },
    migrationHeading: '人口移動',
    migrationHelp:
      'この推計では、人口移動を男女・年齢別の転入率と転出率で計算します。転入率と転出率をどちらも0にすると、転入も転出もなくなり、どの年齢でも移動による増減（純移動）がゼロになります。',
    tfrMode: { label: '出生率の決め方', level: '一定', path: '年ごとに変える' },
    path: {
      year: '年',
      pointLabel: (year: string) => `出生率（${year}年）`,
      add: '点を追加',
      remove: (year: string) => `${year}年の点を削除`,
      help: '点と点の間は直線でつなぎます。最初の点より前と最後の点より後は、その点の値のままです。',
      order: (year: string) => `${year}年: 年は前の点より後にしてください。`,
    },
    problems: {
      empty: '空欄です',
      'not-a-number': '数値ではありません',
      'out-of-range': '範囲外です',
      'not-integer': '整数ではありません',
    },
    invalid: (label: string, text: string, problem: string, allowed: string, kept: string) =>
      `${label}: 「${text}」は${problem}（${allowed}）。${kept}のままにしています。`,
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
    filesHeading: 'データファイル',
    workbenchFailed: (reason: string) => `分析の画面を読み込めませんでした: ${reason}`,
    console: {
      heading: 'SQLで問い合わせる',
      intro:
        '読み込んだテーブルと、いま表示している推計（scenario_・baseline_で始まるテーブル）にSQL（DuckDB）で問い合わせられます。データベースはこのブラウザの中で動き、外部のファイル・URL・拡張機能は読み込めません。',
      label: 'SQL',
      hint: 'Ctrl+Enter（Macは⌘+Enter）でも実行できます。',
      run: '実行',
      running: '実行中…',
      waitingForProjection: '推計のテーブルを準備しています…',
      examples: '例（押すと実行します）',
    },
    result: {
      heading: '結果',
      none: 'まだ実行していません。SQLを書いて実行するか、例を選んでください。',
      rows: (rows: string) => `${rows}行`,
      shownFirst: (shown: string) => `先頭の${shown}行を表示`,
      took: (ms: string) => `${ms}ミリ秒`,
      caption: '問い合わせの結果（列名の下は型）',
      null: 'NULL',
      downloadCsv: 'CSVで保存',
      downloadArrow: 'Arrow（.arrow）で保存',
      downloadHint: 'CSVはUTF-8（BOM付き）で、Excelでもそのまま開けます。すべての行を保存します。',
      errorTitle: 'SQLを実行できませんでした',
      kept: '前の結果はそのまま残しています。',
      dismiss: 'エラーを閉じる',
      sql: 'この結果のSQL',
      types: {
        bigint: (columns: string) => `${columns}: BIGINTは桁をすべて表示します（グラフでは数値として扱い、±2^53を超える値は文字列のままです）。`,
        decimal: (columns: string) => `${columns}: DECIMALは桁をすべて表示します（グラフでは最も近い数値として扱います）。`,
        timestamp: (columns: string) => `${columns}: 時刻はミリ秒まで（UTC）表示します。`,
        nested: (columns: string) => `${columns}: リストや構造体はJSONで表示します。DuckDBの表記で見るにはVARCHARに変換してください。`,
        binary: (columns: string) => `${columns}: BLOBは\\xNNの形でバイトを表示します。`,
        unsupported: (columns: string) => `${columns}: この型（INTERVALなど）はここでは表示できません。SQLでVARCHARに変換してください（例 ::VARCHAR）。`,
      },
    },
    chart: {
      title: '結果のグラフ',
      description: (x: string, series: string) => `横軸は最初の列「${x}」、縦軸は数値の列（${series}）です。`,
      mark: 'グラフの種類',
      line: '折れ線',
      bar: '棒',
      none: '問い合わせを実行すると、結果をグラフにできます。',
      problems: {
        'no-rows': '結果に行がありません。',
        'too-many-rows': (max: string) => `行が多すぎるためグラフにしません（${max}行まで）。`,
        'no-x': '最初の列が数値・年・文字の列ではないため、グラフにできません。',
        'no-series': 'グラフにする数値の列がありません（最初の列のほかに、年やIDではない数値の列が必要です）。',
      },
      omitted: (columns: string) => `列が多いため、${columns}はグラフに含めていません。`,
      failed: (reason: string) => `グラフを描けませんでした: ${reason}`,
    },
    projection: {
      heading: 'いま表示している推計のテーブル',
      intro:
        'リンクに書かれた前提（選んだ前提）と計画の前提の推計を、SQLのテーブルとして使えます。前提が変わると、テーブルも置き換わります。',
      waiting: '推計を計算しています…',
      failed: (reason: string) => `推計のテーブルを作れませんでした: ${reason}`,
      scenario: '選んだ前提',
      baseline: '計画の前提',
      downloadSummary: '年ごとの概要をCSVで保存',
      downloadPopulation: '年・男女・各歳の人口をCSVで保存',
      fileNote: 'ファイル名に前提（tfr=合計特殊出生率、srb=出生性比、mortalityDecline=死亡率の改善、inMigration・outMigration=転入・転出の倍率、horizon=最終年）がすべて入ります。数値は推計値そのもの（丸めていません）です。',
      tables: {
        scenario_summary: '選んだ前提の推計：年ごとの人口と増減',
        scenario_population: '選んだ前提の推計：年・男女・各歳の人口',
        baseline_summary: '計画の前提の推計：年ごとの人口と増減',
        baseline_population: '計画の前提の推計：年・男女・各歳の人口',
        scenario_parameters: '推計の前提（1行に1つの推計）',
      },
      columns: {
        year: '年（各年1月1日の人口）',
        total: '総人口',
        male: '男性',
        female: '女性',
        age0_14: '年少人口（0〜14歳）',
        age15_64: '生産年齢人口（15〜64歳）',
        age65plus: '高齢人口（65歳以上）',
        share0_14: '年少人口の割合（％）',
        share15_64: '生産年齢人口の割合（％）',
        aging_rate: '高齢化率（65歳以上の割合、％）',
        births: 'その年1年間の出生数（最終年はNULL）',
        deaths: 'その年1年間の死亡数（最終年はNULL）',
        in_migrants: 'その年1年間の転入数（最終年はNULL）',
        out_migrants: 'その年1年間の転出数（最終年はNULL）',
        natural_change: '自然増減（出生−死亡、最終年はNULL）',
        social_change: '社会増減（転入−転出、最終年はNULL）',
        sex: '性別（male・female）',
        age: '年齢（0〜100、100は100歳以上）',
        population: '人口（推計値、1人未満を含む）',
        projection: 'scenario（選んだ前提）またはbaseline（計画の前提）',
        tfr: '合計特殊出生率（リンクの書き方: 0.99、または 年:値 の並び）',
        srb: '出生性比（女の子100人あたりの男の子）',
        mortality_decline: '死亡率の改善（％/年）',
        in_migration: '転入率の倍率',
        out_migration: '転出率の倍率',
        base_year: '基準年（2021年1月1日の人口から推計）',
        horizon: '推計の最終年',
      },
    },
    dictionary: {
      heading: 'データ辞書',
      intro: 'データベースにあるすべてのテーブルと列（型はDuckDBのinformation_schemaから）。Parquetのテーブルの詳しい説明は、リポジトリの data/README.md と docs/plan-data.md にあります。',
      columns: { column: '列', type: '型', meaning: '意味' },
      rows: (n: string) => `${n}行`,
      waiting: 'データベースの準備を待っています…',
      failed: (reason: string) => `テーブルの一覧を読めませんでした: ${reason}`,
      projectionTable: '推計',
    },
    own: {
      heading: '自分のデータで推計',
      intro:
        '推計の入力をJSONファイル（形式はリポジトリの docs/inputs.md、コマンド npm run project の --inputs と同じ）で選ぶと、このダッシュボードと同じ方法でブラウザの中で推計し、年ごとの概要を表とCSVで出します。ファイルはどこにも送られず、リンクにも入りません。',
      notWard: 'ここに出る数値は、選んだファイルの入力から推計したものです。杉並区のデータではありません。',
      file: '入力ファイル（JSON、5 MBまで）',
      horizon: '最終年',
      horizonHint: (min: number, max: number, standard: number) => `${min}〜${max}年（空欄なら${standard}年）`,
      fileName: 'ファイル',
      description: '説明（description）',
      source: '出典（source）',
      ownWords: 'ファイルに書かれたままの文です。',
      baseYear: '基準年',
      horizonShown: '最終年',
      caption: (file: string) => `${file} の入力による推計：年ごとの人口（各年1月1日）`,
      columns: {
        year: '年',
        total: '総人口',
        age0_14: '0〜14歳',
        age15_64: '15〜64歳',
        age65plus: '65歳以上',
        aging_rate: '高齢化率（％）',
      },
      rounded: '表の人数は1人未満を四捨五入しています。CSVは推計値そのもの（丸めていません）で、コマンドの --format csv と同じ列（出生・死亡・転入・転出を含む）です。',
      download: '年ごとの概要をCSVで保存',
      none: 'まだファイルを選んでいません。例として docs/examples/inputs.json（架空の数値）を使えます。',
      failed: 'このファイルでは推計できませんでした。',
      kept: '前の推計はそのまま表示しています。',
      tooLarge: (file: string, size: string, limit: string) => `${file}: ファイルが大きすぎます（${size}。${limit}まで）。`,
      unreadable: (file: string, reason: string) => `${file}: ファイルを読めませんでした（${reason}）。`,
    },
  },
  plan: {
    intro: '杉並区総合計画（2022〜2030年度）が何をするのかを、区の目指すまちの姿から分野・施策・計画事業の順にたどれます。',
    /** The ward's aim (目指すまちの姿), quoted from the plan summary (data/raw/plan-document/, line 21). */
    vision: 'みどり豊かな 住まいのみやこ',
    visionLabel: '区が目指すまちの姿',
    translationNote: '英語の名称は本ダッシュボードによる翻訳です。日本語は計画の記載どおりです。',
    counts: {
      heading: '計画の規模',
      fields: (n: string) => `${n}分野`,
      policies: (n: string) => `${n}施策`,
      projects: (n: string) => `${n}計画事業`,
      placements: (n: string) => `${n}か所に掲載`,
      priority: (stated: string) => `重点計画事業は${stated}事業と記載されていますが、どの事業かは出典にありません。`,
      source: '件数はすべてデータ（plan_counts、governance_plans）から表示しています。',
      governanceHeading: '区政経営の計画（記載と一覧の件数）',
      governanceRow: (stated: string, listed: string) => `記載 ${stated} ／ 一覧 ${listed}`,
      policiesProjects: (policies: string, projects: string) => `${policies}方針・${projects}事業`,
      policiesItems: (policies: string, items: string) => `${policies}方針・${items}項目`,
    },
    tabs: {
      label: '総合計画の表示',
      sunburst: '構造',
      sdg: 'SDGs',
      timeline: '計画期間',
      indicators: '主な指標',
    },
    unknownNode: (id: string) => `リンクの「node=${id}」はこの計画にありません。計画全体を表示します。`,
    dismiss: '閉じる',
    kinds: {
      vision: '区が目指すまちの姿',
      field: '分野',
      policy: '施策',
      placement: '計画事業',
      'governance-plan': '区政経営の基本方針',
      'governance-policy': '方針',
      'governance-item': '区政経営の取組',
    },
    policyNo: (n: number) => `施策${n}`,
    governancePolicyNo: (n: number) => `方針${n}`,
    sunburst: {
      title: '計画の構造',
      description: '中心が区の目指すまちの姿で、外側へ分野・施策・計画事業と広がります。弧を選ぶと拡大し、中心を選ぶと一つ上に戻ります。',
      ariaLabel: '計画の構造図（サンバースト）',
      keys: 'キー操作: ← → 同じ階層の前後へ、↓ または Enter 一つ下へ、↑ または Esc 一つ上へ、Home 全体へ。',
      centreHint: '選ぶと一つ上へ',
      selected: (kind: string, name: string) => `選択中: ${kind} ${name}`,
      search: '名前で検索（日本語・英語）',
      searchPlaceholder: '例: 子ども、公園、ICT',
      searchClear: '検索を消す',
      matches: (n: number) => `${n}件が一致`,
      noMatch: '一致する名前はありません',
      matchList: '一致した項目',
      governance: '区政経営の計画（区政経営改革・協働・デジタル化）も表示',
      breadcrumb: '現在の位置',
      legendRelisted: '斜線: 再掲（同じ事業の2回目以降の掲載。本ダッシュボードの判定）',
      legendHighlight: '点線の枠: 選ばれた事業が掲載されているすべての箇所',
      legendMatch: '濃い枠: 検索に一致',
      governanceError: (reason: string) => `区政経営の計画を表示できません: ${reason}`,
      note: '出典: 杉並区総合計画 概要（2022年版）。弧の大きさは、その下に掲載された計画事業の数です。再掲の判定、英語名、色は本ダッシュボードによるものです。',
      tableCaption: '分野・施策・計画事業の一覧',
      columns: { field: '分野', policy: '施策', project: '計画事業', relisted: '掲載', id: '番号' },
      home: '最初の掲載',
      relisted: '再掲',
      governanceColumns: { plan: '基本方針', policy: '方針', item: '取組' },
    },
    details: {
      heading: '詳細',
      translated: '英語名は本ダッシュボードによる翻訳',
      goalName: (n: number, name: string) => `目標${n} ${name}`,
      names: '名称',
      field: '分野',
      policy: '施策',
      futureImage: '将来像',
      children: {
        vision: '分野と区政経営の基本方針',
        field0: '分野',
        field: '施策',
        policy: '計画事業',
        'governance-plan': '方針',
        'governance-policy': '取組',
      },
      show: (name: string) => `${name}を表示`,
      alsoListed: 'ほかの掲載箇所',
      onlyHere: 'この施策だけに掲載されています。',
      firstListing: (where: string) => `最初の掲載: ${where}`,
      relistedHere: 'この箇所は再掲です（同じ事業の2回目以降の掲載。本ダッシュボードの判定）。',
      priority: '重点計画事業かどうか',
      priorityNotInSource: '出典になし（計画の記号が手元の資料に残っていません）',
      sdgHeading: 'SDGsとの対応（本ダッシュボードによる対応づけ）',
      sdgNone: '対応づけはありません。',
      sdgViaPolicy: (policy: string) => `${policy}の対応`,
      target: (target: string) => `ターゲット${target}`,
      goalOnly: '（一つのターゲットに当てはまらないため目標として対応）',
      indicator: '分野の主な指標',
      indicatorNone: '出典になし（この分野の振り返りページは保存された資料にありません）',
      outlook: (group: string) => `人口の見通しで${group}の推移を見る`,
      outlookReason: '理由（本ダッシュボードによる対応づけ）',
      note: '注記',
      noteSource: (source: string) => `出典: ${source}`,
      counts: (stated: string, listed: string) => `記載 ${stated} ／ 一覧 ${listed}`,
      headings: '見出し',
      heading_: (n: number, name: string) => `${n} ${name}`,
      category: '分類',
      alsoPlanProject: '計画事業としても掲載',
      alsoGovernance: '区政経営の計画にも掲載',
      governancePlan: '基本方針',
      noItems: 'この方針には取組の一覧がありません。',
      emptyPolicy: '取組なし',
    },
    ageGroups: {
      age0_14: '年少人口（0〜14歳）',
      age15_64: '生産年齢人口（15〜64歳）',
      age65plus: '老年人口（65歳以上）',
    },
    sdg: {
      title: (goals: string, policies: string) => `SDGsの${goals}目標と${policies}施策の対応`,
      description: 'セルの数字は、その施策とその目標を結ぶ対応の数です（施策の対応と、施策に掲載された事業の対応）。セルや見出しを選ぶと、理由と事業を表示します。',
      mappingNote:
        'この対応づけは本ダッシュボードによるもので、区によるものではありません。計画は「区の取組とSDGsとの対応関係を明示」するとしていますが、その事業とSDGsの対応表は手元の資料にありません。',
      sort: '並べ替え',
      sorts: { number: '番号順', count: '対応の多い順' },
      goal: (n: number) => `目標${n}`,
      total: '計',
      cell: (policy: string, goal: string, n: number) => `${policy} × ${goal}: ${n}件`,
      rowHeader: '施策',
      empty: 'セル、施策（行見出し）、目標（列見出し）を選ぶと、対応の理由と事業を表示します。',
      selection: '選んだ対応',
      level: { policy: '施策として', project: '計画事業として' },
      policyProjects: (n: number) => `この施策に掲載された計画事業（${n}）`,
      noLinks: 'この組み合わせに対応づけはありません。',
      tableCaption: 'SDGsとの対応の一覧（本ダッシュボードによる対応づけ）',
      columns: { policy: '施策', goal: '目標', target: 'ターゲット', level: '対象', project: '計画事業', reason: '理由' },
      showInStructure: '構造図で見る',
      sourceLabel: '対応づけの出典（データの source 列）',
      /** The source column's value in words (the value itself stays beside it, for SQL users). */
      sourceName: (source: string) =>
        source === "this dashboard's mapping (not the ward's)" ? `本ダッシュボードによる対応づけ（区によるものではありません）「${source}」` : source,
    },
    timeline: {
      title: '計画の期間',
      description: '年度は4月から翌年3月まで（2030年度 = 2030年4月〜2031年3月）。縦線が今日です。',
      today: (date: string) => `今日（${date}）`,
      fiscalAxis: '年度',
      calendarAxis: '年',
      projectionTitle: '人口推計の期間',
      projectionDescription: '計画の人口推計と、このダッシュボードの推計（年＝暦年）。',
      ourProjection: (from: string, to: string, max: string) => `このダッシュボードの推計: ${from}〜${to}（最長 ${max}）`,
      openEnd: '終わりは手元の資料になし',
      ourLane: 'このダッシュボードの推計',
      ourSource: '推計の最終年はリンクの horizon（設定で変更できます）',
      sourceOf: '出典',
      link: 'ページ',
      possible: (max: string) => `${max}年まで延長できます`,
      derived: '各期の年度は文書に明記されておらず、「3年間・3つの期間」から導いたもの',
      basis: { fiscal: '年度', calendar: '年' },
      kinds: {
        comprehensive_plan: '総合計画',
        execution_plan: '実行計画',
        plan_review: '見直しの検討',
        other_plan: '関連計画',
        population_projection: '人口推計',
        revision: '改定',
        field_review: '振り返り',
      },
      tableCaption: '計画の期間の一覧',
      columns: { name: '名称', start: '開始', end: '終了', basis: '単位', note: '記載・注記', source: '出典' },
      note: '出典: 杉並区総合計画 概要（2022年版）。改定（2024年1月決定）と分野別の振り返りは計画概要の外の資料（表の出典欄）。',
    },
    indicators: {
      title: '分野ごとの主な指標',
      description: (date: string) => `区の分野別振り返りページ（${date}更新）に記載された当初値・目標値・現状値です。`,
      notInSource: '出典になし',
      notInSourceLong: 'この分野の振り返りページは保存された資料にありません。',
      initial: '当初',
      target2026: '2026年度目標',
      target2030: '2030年度目標',
      current: '現状',
      currentNote: '「現状」がいつの値かは、ページに記載がありません。',
      unitNote: '単位はページに記載がなく、%として表示しています。',
      source: '出典ページ',
      page: (updated: string) => `区の振り返りページ（${updated}更新）`,
      scale: '棒は0から。目盛りは指標ごとに異なります。点線の棒は目標です。',
      tableCaption: '分野ごとの主な指標',
      columns: { field: '分野', indicator: '指標', unit: '単位', initial: '当初', target2026: '2026年度目標', target2030: '2030年度目標', current: '現状', source: '出典' },
      note: (missing: string) => `目標値は改定後の計画のもの（振り返りページの記載どおり）。${missing}分野はページが保存されておらず、出典になしとしています。`,
    },
  },
  /** The ward's history on the trend charts and the past outlooks (issue 10). */
  history: {
    past: '実績',
    future: '推計',
    registry: '住民基本台帳の実績（各年1月1日）',
    japaneseOnly: '2012年までは日本人のみ',
    census: '国勢調査（10月1日、年齢不詳を除く）',
    foreignRule: '2013年〜外国人を含む',
    registryRow: (japaneseOnly: boolean): string => (japaneseOnly ? '住民基本台帳（日本人のみ）' : '住民基本台帳'),
    censusRow: (preliminary: boolean): string => (preliminary ? '国勢調査（速報値）' : '国勢調査'),
    totalNote:
      '1985〜2026年の線は住民基本台帳の各年1月1日の人口です。2012年までは日本人のみ（点線）で、外国人住民が住民基本台帳の対象になった2013年からは外国人を含みます。2012年から2013年の増加（527,675人→540,021人）の大部分はこの変更によるものです。',
    groupsNote:
      '65歳以上の線は、東京都が公表する65歳以上の割合（小数2桁）に住民基本台帳の人口を掛けた近似値です（誤差は±30人程度）。0〜14歳と15〜64歳の毎年の実績は出典にないため、国勢調査（10月1日、年齢不詳を除く）を白抜きの四角で示します。年齢不詳が13.8%ある2010年は除いています。国勢調査の人口は住民基本台帳より多めです。',
    failed: (reason: string) => `実績の推移を読み込めませんでした: ${reason}`,
    tableCaption: '住民基本台帳の人口（各年1月1日）',
    censusCaption: '国勢調査の年齢3区分（10月1日、年齢不詳を除く）',
    columns: { year: '年', scope: '対象', total: '総人口', age65plus: '65歳以上（近似）', group: '区分', count: '人数' },
    scope: (japaneseOnly: boolean): string => (japaneseOnly ? '日本人のみ' : '日本人と外国人'),
    outlooks: {
      title: '過去の将来推計と実際の人口',
      description:
        '国立社会保障・人口問題研究所（社人研）がこれまでに出した杉並区の将来推計と計画の推計を、その後の国勢調査・住民基本台帳の人口と比べます。',
      names: {
        IPSS_2008: '社人研 2008年推計',
        IPSS_2013: '社人研 2013年推計',
        IPSS_2018: '社人研 2018年推計',
        IPSS_2023: '社人研 2023年推計',
        plan_2022: '計画の推計（本ダッシュボードによる再現・近似）',
      } as Record<string, string>,
      shortNames: { IPSS_2008: '社人研2008', IPSS_2013: '社人研2013', IPSS_2018: '社人研2018', IPSS_2023: '社人研2023', plan_2022: '計画（再現）' } as Record<string, string>,
      census: '国勢調査（10月1日）',
      censusPreliminary: '国勢調査 2025年（速報値）',
      registry: '住民基本台帳（1月1日）',
      past: 'これまで',
      future: 'これから',
      tableCaption: '推計の誤差（（推計 − 実際）÷ 実際）',
      columns: { outlook: '推計', base: '基準（比べる相手）', horizon: (years: number) => `${years}年後` },
      base: (base: 'census' | 'registry', year: number): string => (base === 'census' ? `国勢調査 ${year}年` : `住民基本台帳 ${year}年1月1日`),
      cell: (pct: string, year: number, projected: string, actual: string) => `${pct}（${year}年: 推計 ${projected}、実際 ${actual}）`,
      preliminary: '速報値と比較',
      notYet: (year: number) => `まだ先（${year}年）`,
      notInSource: '出典になし',
      summary: (worst: string, edition: string, years: number) =>
        `これまでの社人研の推計は、どれも実際より少なく見込んでいました。誤差が最も大きかったのは${edition}の${years}年後で、${worst}でした。`,
      summaryMixed: (worst: string, edition: string, years: number) => `誤差が最も大きかったのは${edition}の${years}年後で、${worst}でした。`,
      whyBase:
        '社人研の推計は国勢調査（10月1日）を基準に国勢調査の人口を推計しているので国勢調査と、計画の推計は住民基本台帳（2021年1月1日）を基準にしているので住民基本台帳と比べています。杉並区では国勢調査の人口が住民基本台帳より約3%多く（2020年: 591,108人と574,118人）、基準の違う数字と比べるとこの差まで誤差に数えてしまうためです。',
      preliminaryNote: '2025年の国勢調査は速報値です。確定値が出ると、2025年と比べた誤差は少し変わります。',
      planNote:
        '計画は毎年の推計値を公表していないため、計画の推計の線と誤差は、計画の方法と前提で本ダッシュボードが再現した値（近似。計画の公表値との差は約1%）です。10年後・15年後は2031年・2036年に判明します。',
      registryNote: '住民基本台帳は2012年まで日本人のみです（点線）。',
      source:
        '出典: 国立社会保障・人口問題研究所「日本の地域別将来推計人口」各版（中位推計）、総務省統計局「国勢調査」、東京都「住民基本台帳による東京都の世帯と人口」。2008年推計は2010年の値のみ、2013年推計は総数と0〜14歳のみが資料にあります。',
      dataCaption: (japaneseOnly: string) => `推計と実際の人口（*: ${japaneseOnly}、†: 速報値。国勢調査と社人研は10月1日、住民基本台帳と計画は1月1日）`,
      failed: (reason: string) => `過去の推計を読み込めませんでした: ${reason}`,
    },
  },
  briefing: {
    /** The header's button that starts the briefing at its first step. */
    start: '説明モード',
    startHint: '説明会用：決まった順に画面を進め、文字を大きくします（← → キーで移動）',
    label: '説明モード',
    /** "3 / 8": computed from the step and the number of steps. */
    position: (n: number, total: number) => `${n} / ${total}`,
    positionLong: (n: number, total: number) => `全${total}ステップ中${n}`,
    previous: '前へ',
    next: '次へ',
    exit: '終了',
    exitLabel: '説明モードを終了',
    keys: '← → キー・PageUp / PageDown で移動、Esc で終了',
    changed: '表示をこのステップから変えています。',
    restore: 'このステップの表示に戻す',
    missingPreset: (id: string) => `前提「${id}」が data/scenarios/presets.json にないため、前提は変えていません。`,
    announce: (position: string, title: string) => `${position}：${title}`,
    /** Each step's words. No number is written here: years, age groups and scenarios come in `c`. */
    steps: {
      headline: {
        title: (c: StepContext) => `計画の最終年、${c.year}の杉並区`,
        lead: (_c: StepContext) => '総人口・高齢化率・年齢別の割合を、総合計画と同じ前提で計算しています。',
      },
      total: {
        title: (_c: StepContext) => '総人口はいつピークを迎えるか',
        lead: (_c: StepContext) => '実線の山の頂点がピークです。印に年と人数が出ます。点は住民基本台帳の実績です。',
      },
      ageGroups: {
        title: (c: StepContext) => `年少・生産年齢・高齢人口：${c.older}に注目`,
        lead: (_c: StepContext) => '子ども（年少人口）、働く世代（生産年齢人口）、高齢者（高齢人口）の推移。強調した線が高齢人口です。',
      },
      aging: {
        title: (c: StepContext) => `高齢化率の推移（${c.horizon}まで）`,
        lead: (c: StepContext) => `総人口に占める${c.older}の人の割合です。見出しとピラミッドは${c.year}の姿です。`,
      },
      change: {
        title: (_c: StepContext) => '自然増減と社会増減：人口を支えるのは転入',
        lead: (_c: StepContext) => '亡くなる人が生まれる人より多い「自然減」を、転入が転出を上回る「社会増」が補っています。',
      },
      simulation: {
        title: (c: StepContext) => `${c.scenario}と計画の前提`,
        lead: (c: StepContext) => c.scenarioText,
      },
      children: {
        title: (_c: StepContext) => '区の取り組み：子ども分野',
        lead: (_c: StepContext) => '総合計画の「子ども」分野にある施策と計画事業です。項目を選ぶと内容が表示されます。',
      },
      published: {
        title: (_c: StepContext) => '計画の公表値と本試算',
        lead: (_c: StepContext) => '基準人口などに近似値を使っているため、公表値とは少し差があります。何が近似かは表の下の注記のとおりです。',
      },
    },
  },
};
