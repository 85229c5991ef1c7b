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
      town: 'わたしのまち',
    },
    /** On a phone, where three long names do not fit side by side. */
    short: {
      outlook: '人口の見通し',
      plan: '総合計画',
      data: 'データ',
      town: 'わたしのまち',
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
      approximation:
        'このダッシュボードの試算です。基準人口・生命表・人口移動は出典にないため近似しており、計画の公表値とは少し差があります。',
      approximationLink: '公表値との比較',
      reading: (r: {
        shape: 'peak' | 'falling' | 'rising';
        peakYear: string;
        peakValue: string;
        startYear: string;
        startValue: string;
        endYear: string;
        endValue: string;
        fromPeak: string;
        agingStart: string;
        agingEnd: string;
        agingUp: boolean;
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
    presetsAbout: '各前提の説明',
    showHelp: '説明を表示',
    hideHelp: '説明を隠す',
    presetsError: (reason: string) => `前提の一覧を読み込めませんでした: ${reason}`,
    chosen: '（選択中）',
    reset: '計画の前提に戻す',
    params: {
      tfr: { label: '合計特殊出生率', unit: '人', help: '女性1人が一生の間に産む子どもの数の目安。計画の前提は0.99（2020年の杉並区）。' },
      srb: { label: '出生性比', unit: '人', help: '女の子100人に対する男の子の数。計画の前提は105.1。' },
      mortalityDecline: {
        label: '死亡率の改善',
        unit: '%/年',
        help: '毎年、すべての年齢の死亡率が何％ずつ下がるか。0で計画と同じ（生命表を固定）、マイナスは死亡率が上がる場合です。',
      },
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
    workbenchLoading:
      '分析用データベース（DuckDB）の起動にあわせて、分析の画面を準備しています…（下のデータファイルの一覧は先に見られます）',
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
        bigint: (columns: string) =>
          `${columns}: BIGINTは桁をすべて表示します（グラフでは数値として扱い、±2^53を超える値は文字列のままです）。`,
        decimal: (columns: string) => `${columns}: DECIMALは桁をすべて表示します（グラフでは最も近い数値として扱います）。`,
        timestamp: (columns: string) => `${columns}: 時刻はミリ秒まで（UTC）表示します。`,
        nested: (columns: string) => `${columns}: リストや構造体はJSONで表示します。DuckDBの表記で見るにはVARCHARに変換してください。`,
        binary: (columns: string) => `${columns}: BLOBは\\xNNの形でバイトを表示します。`,
        unsupported: (columns: string) =>
          `${columns}: この型（INTERVALなど）はここでは表示できません。SQLでVARCHARに変換してください（例 ::VARCHAR）。`,
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
      fileNote:
        'ファイル名に前提（tfr=合計特殊出生率、srb=出生性比、mortalityDecline=死亡率の改善、inMigration・outMigration=転入・転出の倍率、horizon=最終年）がすべて入ります。数値は推計値そのもの（丸めていません）です。',
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
      intro:
        'データベースにあるすべてのテーブルと列（型はDuckDBのinformation_schemaから）。Parquetのテーブルの詳しい説明は、リポジトリの data/README.md と docs/plan-data.md にあります。',
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
      rounded:
        '表の人数は1人未満を四捨五入しています。CSVは推計値そのもの（丸めていません）で、コマンドの --format csv と同じ列（出生・死亡・転入・転出を含む）です。',
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
      description:
        'セルの数字は、その施策とその目標を結ぶ対応の数です（施策の対応と、施策に掲載された事業の対応）。セルや見出しを選ぶと、理由と事業を表示します。',
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
        source === "this dashboard's mapping (not the ward's)"
          ? `本ダッシュボードによる対応づけ（区によるものではありません）「${source}」`
          : source,
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
      columns: {
        field: '分野',
        indicator: '指標',
        unit: '単位',
        initial: '当初',
        target2026: '2026年度目標',
        target2030: '2030年度目標',
        current: '現状',
        source: '出典',
      },
      note: (missing: string) =>
        `目標値は改定後の計画のもの（振り返りページの記載どおり）。${missing}分野はページが保存されておらず、出典になしとしています。`,
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
      shortNames: {
        IPSS_2008: '社人研2008',
        IPSS_2013: '社人研2013',
        IPSS_2018: '社人研2018',
        IPSS_2023: '社人研2023',
        plan_2022: '計画（再現）',
      } as Record<string, string>,
      census: '国勢調査（10月1日）',
      censusPreliminary: '国勢調査 2025年（速報値）',
      registry: '住民基本台帳（1月1日）',
      past: 'これまで',
      future: 'これから',
      tableCaption: '推計の誤差（（推計 − 実際）÷ 実際）',
      columns: { outlook: '推計', base: '基準（比べる相手）', horizon: (years: number) => `${years}年後` },
      base: (base: 'census' | 'registry', year: number): string =>
        base === 'census' ? `国勢調査 ${year}年` : `住民基本台帳 ${year}年1月1日`,
      cell: (pct: string, year: number, projected: string, actual: string) => `${pct}（${year}年: 推計 ${projected}、実際 ${actual}）`,
      preliminary: '速報値と比較',
      notYet: (year: number) => `まだ先（${year}年）`,
      notInSource: '出典になし',
      summary: (worst: string, edition: string, years: number) =>
        `これまでの社人研の推計は、どれも実際より少なく見込んでいました。誤差が最も大きかったのは${edition}の${years}年後で、${worst}でした。`,
      summaryMixed: (worst: string, edition: string, years: number) =>
        `誤差が最も大きかったのは${edition}の${years}年後で、${worst}でした。`,
      whyBase:
        '社人研の推計は国勢調査（10月1日）を基準に国勢調査の人口を推計しているので国勢調査と、計画の推計は住民基本台帳（2021年1月1日）を基準にしているので住民基本台帳と比べています。杉並区では国勢調査の人口が住民基本台帳より約3%多く（2020年: 591,108人と574,118人）、基準の違う数字と比べるとこの差まで誤差に数えてしまうためです。',
      preliminaryNote: '2025年の国勢調査は速報値です。確定値が出ると、2025年と比べた誤差は少し変わります。',
      planNote:
        '計画は毎年の推計値を公表していないため、計画の推計の線と誤差は、計画の方法と前提で本ダッシュボードが再現した値（近似。計画の公表値との差は約1%）です。10年後・15年後は2031年・2036年に判明します。',
      registryNote: '住民基本台帳は2012年まで日本人のみです（点線）。',
      source:
        '出典: 国立社会保障・人口問題研究所「日本の地域別将来推計人口」各版（中位推計）、総務省統計局「国勢調査」、東京都「住民基本台帳による東京都の世帯と人口」。2008年推計は2010年の値のみ、2013年推計は総数と0〜14歳のみが資料にあります。',
      dataCaption: (japaneseOnly: string) =>
        `推計と実際の人口（*: ${japaneseOnly}、†: 速報値。国勢調査と社人研は10月1日、住民基本台帳と計画は1月1日）`,
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
        lead: (_c: StepContext) =>
          '基準人口などに近似値を使っているため、公表値とは少し差があります。何が近似かは表の下の注記のとおりです。',
      },
    },
  },
  /** Scenario B and the comparison (issue 9): the compare chooser, labels, the 影響度 table, the family chart. */
  compare: {
    heading: '比較（シナリオB）',
    help: 'いまの前提（A）を別の前提（B）と並べます。Bはピラミッドの線とグラフの点線になり、表に差と影響度（A÷B）が出ます。',
    choose: 'Bにする前提',
    none: '比較しない',
    pin: 'いまの前提をBに固定',
    end: '比較をやめる',
    presetsGroup: '代表的な前提',
    savedGroup: '保存した前提',
    fromLink: 'リンクで指定した前提',
    pinned: '指定した前提',
    nameA: 'A（選んだ前提）',
    nameB: (name: string) => `B（${name}）`,
    legendA: 'A：選んだ前提（実線）',
    legendB: (name: string) => `B：${name}（点線）`,
    short: 'B',
    vsB: (diff: string) => `Bより ${diff}`,
    sameAsB: 'Bと同じ',
    pyramidDescription: (year: string) => `${year}1月1日の男女・各歳の人口。棒がA（選んだ前提）、黒い線がBです。`,
    trendsDescription: '各年1月1日の人口。実線がA（選んだ前提）、点線がB、点が住民基本台帳の実績です。グラフを押すとその年を表示します。',
    pyramidBar: (age: string, sex: string, count: string, b: string | null) => `${age} ${sex} ${count}${b ? `（B ${b}）` : ''}`,
    columnsB: { male: '男性（B）', female: '女性（B）', series: 'B' },
    loading: '比較の表とグラフを読み込み中…',
    loadFailed: (reason: string) => `比較の表示を読み込めませんでした: ${reason}`,
    difference: {
      title: '差の推移（A−B）',
      description: 'AからBを引いた人数（各年1月1日）。0より上ならAの方が多い年です。',
      aria: '差（A−B）の折れ線グラフ。左右の矢印キーで年を選ぶと値を読み上げます。',
    },
    table: {
      title: 'AとBの比較（影響度）',
      description: '人口ビジョンと同じ形で、計画の最終年・10年ごと・推計の最終年の値を並べます。',
      versus: (a: string, b: string) => `${a}と${b}を比べます。`,
      quantity: '項目',
      year: '年',
      a: 'A',
      b: 'B',
      difference: 'A−B',
      ratio: 'A÷B（影響度）',
      agingRate: '高齢化率',
      points: (p: string) => `${p}ポイント`,
      note: '影響度はA÷Bです。人口ビジョンでは、出生率や人口移動の前提を変えたシミュレーションの人口を、基準となる推計の人口で割ってその影響の大きさを表します。1.05ならAがBより5%多く、1未満ならAの方が少ないことを表します。高齢化率の差はポイントです。',
    },
    family: {
      title: '前提ごとの総人口',
      description:
        '代表的な前提それぞれと、いま選んだ前提（A）の総人口（各年1月1日）。人口ビジョンのパターン・シミュレーションを並べた図と同じ形です。',
      current: 'いまの前提（A）',
      aria: '前提ごとの総人口の折れ線グラフ。左右の矢印キーで年を選ぶと値を読み上げます。',
      columns: { year: '年' },
    },
  },
  /** Saved scenarios in this browser (issue 9): the list, rename, delete with undo, export and import, and the store's problems. */
  saved: {
    heading: '保存した前提',
    help: 'このブラウザだけに保存されます。ファイルに書き出せば、ほかの人が読み込めます。',
    name: '名前',
    defaultName: (n: number) => `前提${n}`,
    save: 'いまの前提を保存',
    empty: 'まだ保存した前提はありません。',
    saved: (name: string) => `「${name}」を保存しました。`,
    load: 'Aにする',
    asB: 'Bにする',
    rename: '名前を変える',
    renameTo: (name: string) => `「${name}」の新しい名前`,
    renameDone: '決定',
    cancel: 'やめる',
    remove: '削除',
    removeLabel: (name: string) => `「${name}」を削除`,
    removed: (name: string) => `「${name}」を削除しました。`,
    undo: '元に戻す',
    export: 'ファイルに書き出す',
    import: 'ファイルから読み込む',
    imported: (n: number, file: string) => `${file}から${n}件を読み込みました。`,
    nameMissing: '名前を入れてください。',
    nameTooLong: (max: number) => `名前は${max}文字までです。`,
    savedAt: (date: string) => `${date}保存`,
    problems: {
      corrupt: (key: string, aside: string) =>
        `保存した前提（${key}）が壊れていて読めませんでした。中身は消さずに「${aside}」に移し、空の一覧から始めます。`,
      newer: (version: number, aside: string) =>
        `保存した前提は、この版より新しい形式（版${version}）です。中身は消さずに「${aside}」に移し、空の一覧から始めます。`,
      notMoved: '退避もできなかったため、元の場所にそのまま残しています。この画面での変更は保存されません。',
      migrated: (from: number, to: number) => `保存した前提を古い形式（版${from}）から新しい形式（版${to}）に移しました。`,
      quota:
        'ブラウザの保存領域がいっぱいで、保存できませんでした。一覧はこの画面を閉じるまで残ります。ファイルに書き出して保管してください。',
      unavailable: 'このブラウザでは保存できません（保存領域が使えません）。一覧はこの画面を閉じるまで残ります。',
      importFailed: (file: string, reason: string) => `${file}を読み込めませんでした: ${reason}。いまの一覧はそのままです。`,
      asideDownload: '退避した中身を書き出す',
    },
  },
  /** The outlook's workspace layout (issue 9). */
  workspace: {
    approximation: '近似を含む試算です（基準人口・生命表・人口移動は出典にないため近似）。',
  },
  bands: {
    toggle: '不確実性の帯を表示',
    legend80: '10回に8回入る範囲（80%）',
    legend95: '20回に19回入る範囲（95%）',
    /** The one plain sentence for residents, under each chart with bands. */
    meaning:
      '帯は、子どもの生まれ方・長生きの進み方・転入と転出の見通しを1,000通りに変えて計算した範囲です。濃い帯には10回に8回はこの範囲に入る見込み、薄い帯には20回に19回は入る見込みです。',
    centre: '帯は選んだ前提（実線）を中心にした幅で、前提そのものが外れる分は含みません。',
    check: (band: readonly string[], errors: readonly string[]) =>
      `帯の幅（80%の範囲の半分）は5年後±${band[0]}、10年後±${band[1]}、15年後±${band[2]}。過去の将来推計の外れ（絶対値の平均）は5年後${errors[0]}、10年後${errors[1]}、15年後${errors[2]}でした。`,
    allLow: (outlooks: number, scores: number) =>
      `過去の推計${outlooks}件は、比べた${scores}時点のいずれでも実際より少なく見込んでいました。`,
    notScored: '記録なし',
    computing: '帯を計算しています…',
    preview: (runs: string) => `操作中は${runs}通りで仮に表示しています。`,
    failed: (reason: string) => `帯を計算できませんでした（線はそのまま表示しています）: ${reason}`,
    errorsFailed: (reason: string) => `過去の推計の外れを読み込めませんでした: ${reason}`,
    readout80: '80%の範囲',
    readout95: '95%の範囲',
    range: (lo: string, hi: string) => `${lo}〜${hi}`,
  },
  /** Your own data (src/own-data/): the data view's upload, the outlook's banner, every reader's problem. */
  ownData: {
    heading: '自分のデータで推計',
    intro:
      '男女・年齢別の人口の表を選ぶと、区のデータと同じ方法でブラウザの中で推計し、人口の見通しに表示します。ファイルはどこにも送られず、リンクにも入りません。',
    accepts:
      '使えるファイル：CSV・TSV（UTF-8〔BOMの有無は問いません〕またはShift_JIS）、Excel（.xlsx、最初のシート）、Parquet、推計の入力ファイル（JSON、docs/inputs.md）。50 MBまで。列の名前で読み取ります：年齢（age）、男（male）、女（female）。総数・合計の行は検算に使います。',
    file: 'データファイル',
    baseYear: '人口の時点（1月1日）',
    baseYearHint: (min: number, max: number) => `ファイルの人口が何年1月1日のものか（${min}〜${max}年）`,
    reading: (file: string) => `${file} を読んでいます…`,
    show: '人口の見通しで見る',
    shown: '人口の見通しに表示中です。',
    read: {
      format: '形式',
      formats: { csv: 'CSV', tsv: 'TSV', xlsx: 'Excel（.xlsx）', parquet: 'Parquet', json: '推計の入力ファイル（JSON）' },
      encodings: { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8（BOMつき）', shift_jis: 'Shift_JIS', 'utf-16': 'UTF-16' },
      sheet: (name: string) => `シート「${name}」`,
      columns: '使った列',
      columnList: (age: string, male: string, female: string, total: string | null) =>
        `年齢「${age}」、男「${male}」、女「${female}」${total ? `、総数「${total}」（検算）` : ''}`,
      ignored: '使わなかった列',
      ages: '年齢',
      single: '各歳（1歳ごと）',
      groups:
        '5歳階級など年齢の幅のある区分を、各歳に分けて推計しました。方法：累積人口（その年齢未満の人数）を単調な3次補間（PCHIP）でなめらかにつなぎ、各歳の人数はその差とします。各区分の合計はファイルの人数と一致し、負の人数は出ません。各歳の値は推定です。',
      totalChecked: '総数の行と各年齢の合計が一致しました。',
      unknownAge: (n: string) => `年齢不詳の${n}人は推計に含めていません。`,
      fromFile: 'ファイルから',
      fromWard: '区の推計の値を使ったもの',
      partly: '片方の性別だけファイルから（もう片方は区の値）',
      noneFromWard: 'すべてファイルから',
      parts: {
        population: '基準人口',
        survival: '生残率',
        birthSurvival: '出生児の生残率',
        fertility: '出生率の年齢パターン',
        srb: '出生性比',
        inMigration: '転入率',
        outMigration: '転出率',
      },
      wardNote: '区の値は杉並区向けに推計・補正したものです。ほかの地域の人口に使う場合、結果はその分だけ近似になります。',
    },
    banner: (file: string) => `自分のデータ「${file}」で推計しています（杉並区のデータではありません）。`,
    back: '区のデータに戻る',
    chartSource: (file: string) => `データ：${file}（利用者のファイル）`,
    failed: 'このファイルは使えませんでした。',
    kept: '表示中のデータはそのままです。',
    where: (row?: number, column?: string, age?: string) =>
      [row !== undefined ? `${row}行目` : '', column ? `列「${column}」` : '', age ? `年齢「${age}」` : ''].filter(Boolean).join('・'),
    problems: {
      'too-large': (size: string, limit: string) => `ファイルが大きすぎます（${size}。${limit}まで）。読み込んでいません。`,
      empty: () => 'ファイルが空です。',
      'no-rows': () => '見出しの行だけで、データの行がありません。',
      image: (type: string) => `画像ファイル（${type}）です。表のファイルではありません。`,
      binary: (type: string) => `表のファイルではありません（${type === 'unknown' ? 'バイナリ' : type}）。`,
      'old-excel': () => '古い形式のExcel（.xls）は読めません。.xlsx かCSVで保存し直してください。',
      'zip-not-xlsx': () => 'ZIPファイルですが、Excel（.xlsx）ではありません。',
      encoding: (byte: string) => `文字コードがUTF-8でもShift_JISでもありません（${byte} のバイト）。UTF-8で保存し直してください。`,
      'corrupt-parquet': (detail: string) => `Parquetファイルが壊れているか、読めない形式です（${detail}）。`,
      'corrupt-xlsx': (detail: string) => `Excelファイルが壊れているか、読めない形式です（${detail}）。`,
      'invalid-inputs': (detail: string) => `推計の入力ファイル（JSON）として正しくありません：${detail}`,
      'no-header': (found: string, missing: string) =>
        `年齢・男・女の列が見つかりません（見つからない列：${missing}）。最初の行：「${found}」。列の名前を確かめてください。`,
      'ambiguous-column': (columns: string) => `どの列を使うか決められません：${columns}。1つにしてください。`,
      'not-a-number': (value: string) => `数値ではありません：「${value}」。`,
      negative: (value: string) => `人数が負の値です：${value}。`,
      'empty-cell': () => '値が空です。',
      'unknown-age': (value: string) => `年齢として読めません：「${value}」。`,
      'duplicate-age': (age: string, otherRow: string) => `年齢 ${age} が2回あります（${otherRow}行目にも）。`,
      'missing-ages': (ages: string) => `年齢 ${ages} の行がありません（0歳から100歳以上まで必要です）。`,
      'open-group': () =>
        '100歳より下で始まる「以上」の区分、または100歳をまたぐ区分は分けられません。99歳までの区分と100歳以上にしてください。',
      'total-mismatch': (value: string, sum: string) => `合計が合いません：ファイルは ${value}、各年齢（または男女）の合計は ${sum}。`,
      'rate-out-of-range': (value: string, range: string) => `率が範囲外です：${value}（${range}）。`,
      unreadable: (detail: string) => `ファイルを読めませんでした（${detail}）。`,
      engine: (message: string) => `推計に使えません：${message}`,
    },
  },
  /** Taking charts away (src/export/): the chart frame's export menu, embedding, printing. */
  exporting: {
    menu: '書き出し',
    menuLabel: (title: string) => `「${title}」を書き出す`,
    png: 'PNG',
    svg: 'SVG',
    csv: 'CSV',
    embed: '埋め込み',
    pngHint: '画像（PNG、幅1,200ピクセル以上、白背景）',
    svgHint: '画像（SVG、拡大しても粗くならない）',
    csvHint: 'グラフのデータ（CSV、UTF-8 BOMつき）',
    embedHint: '区のページなどに埋め込むHTML',
    embedCode: '埋め込み用のコード（iframe）',
    copy: 'コピー',
    copied: 'コピーしました',
    close: '閉じる',
    working: '作成中…',
    failed: (reason: string) => `書き出せませんでした：${reason}`,
    source: '出典',
    scenarioLine: (summary: string) => `前提：${summary}`,
    link: 'リンク',
    madeWith: '杉並区 将来人口・総合計画ダッシュボード',
    printedAt: (date: string) => `印刷日：${date}`,
    openFull: 'ダッシュボードで開く',
    embedTitle: (title: string) => `${title}（杉並区 将来人口ダッシュボード）`,
    projection: {
      summary: '年ごとの概要をParquetで保存',
      population: '年・男女・各歳の人口をParquetで保存',
    },
  },
  /** The town view (わたしのまち): 町丁目 by the registry of about October 2022. */
  town: {
    intro: '町丁目ごとの年齢構成を、杉並区全体と比べて見られます。地図・検索・一覧のどれからでも町丁目を選べます。',
    dataNote:
      '人数は住民基本台帳の町丁目別人口で、2022年10月頃のものです（出典に基準日の記載はありません）。将来推計ではありません。境界は2020年国勢調査の町丁・字等境界を簡略化したもので、2022年の町丁目と完全に一致するとは限りません。',
    creditLabel: '境界データ',
    measureLabel: '地図の色と一覧の順位',
    measures: {
      aging_rate: '高齢化率（65歳以上の割合）',
      children_share: '年少人口の割合（0〜14歳）',
      population: '人口',
      median_age: '年齢の中央値',
    },
    measuresShort: { aging_rate: '高齢化率', children_share: '0〜14歳の割合', population: '人口', median_age: '年齢の中央値' },
    /** The measure's value with its unit. */
    value: (measure: 'aging_rate' | 'children_share' | 'population' | 'median_age', text: string) =>
      measure === 'population' ? `${text}人` : measure === 'median_age' ? `${text}歳` : `${text}%`,
    unit: { aging_rate: '%', children_share: '%', population: '人', median_age: '歳' },
    search: {
      label: '町丁目を探す',
      placeholder: '例：阿佐谷南、あさがや、asagaya',
      none: (q: string) => `「${q}」に当たる町丁目はありません。`,
      count: (n: number) => `${n}件見つかりました`,
      more: (n: number) => `ほかに${n}件以上あります。続けて入力してください。`,
    },
    map: {
      title: '町丁目の地図',
      description: (measure: string) =>
        `139の町丁目を${measure}で色分けしています。地図を押すとその町丁目を選びます（キーボードでは下の一覧から）。`,
      legend: (measure: string, unit: string) => `${measure}（${unit}）`,
      range: (from: string, to: string) => `${from}〜${to}`,
      hover: (name: string, value: string) => `${name} ${value}`,
      selected: '選んだ町丁目',
    },
    ward: '杉並区全体',
    backToWard: '区全体に戻る',
    unknownTown: (code: string) => `リンクの町丁目コード「${code}」は139の町丁目にありません。区全体を表示しています。`,
    dismiss: '閉じる',
    details: {
      title: (name: string) => `${name}の年齢構成`,
      wardTitle: '杉並区全体の年齢構成',
      pick: '地図・検索・一覧から町丁目を選ぶと、区全体と比べた年齢構成と順位を表示します。',
      sentence: (p: {
        name: string;
        measure: 'aging_rate' | 'children_share' | 'median_age';
        label: string;
        value: string;
        ward: string;
        higher: boolean | null;
        rank: number;
        total: number;
      }) =>
        `${p.name}の${p.label}は${p.value}で、区全体（${p.ward}）${p.higher === null ? 'と同じです' : p.higher ? 'より高くなっています' : 'より低くなっています'}。${p.total}の町丁目のうち、高いほうから${p.rank}番目です。`,
      population: (p: { name: string; value: string; share: string; rank: number; total: number; households: string }) =>
        `${p.name}には${p.value}（区全体の${p.share}）、${p.households}世帯が住んでいます。${p.total}の町丁目のうち、人口が多いほうから${p.rank}番目です。`,
      wardSentence: (p: { population: string; aging: string; children: string; median: string }) =>
        `杉並区全体では${p.population}が住み、65歳以上の割合は${p.aging}、0〜14歳の割合は${p.children}、年齢の中央値は${p.median}です。`,
      caption: (name: string) => `${name}と区全体の比較`,
      columns: { measure: '指標', town: 'この町丁目', ward: '区全体', rank: '順位（139中、高い順）' },
      rank: (r: number) => `${r}位`,
    },
    pyramid: {
      title: '人口ピラミッド（割合）',
      description: (name: string) => `${name}の男女・各歳の人口を、その総人口に対する割合（%）で表しています。黒い線は区全体です。`,
      wardDescription: '杉並区全体の男女・各歳の人口を、総人口に対する割合（%）で表しています。',
      male: '男性',
      female: '女性',
      bar: (age: string, sex: string, value: string, ward: string | null) => `${age} ${sex} ${value}${ward ? `（区全体 ${ward}）` : ''}`,
      aria: (name: string) => `${name}の人口ピラミッド（割合）。上下の矢印キーで年齢、左右で男女を選ぶと割合を読み上げます。`,
      columns: { age: '年齢', male: '男性', female: '女性', wardMale: '男性（区全体）', wardFemale: '女性（区全体）' },
      note: '割合にしているので、人口の違う町丁目と区全体の形を比べられます。各歳の人数が少ない町丁目では、形が年ごとの偶然で大きく揺れます。',
    },
    list: {
      title: '139の町丁目の一覧',
      description: (measure: string) =>
        `${measure}の高い順（順位は139の町丁目の中での位置）。見出しのボタンで並べ替え、町丁目名で選びます。`,
      columns: {
        rank: '順位',
        name: '町丁目',
        population: '人口',
        aging_rate: '高齢化率',
        children_share: '0〜14歳',
        median_age: '中央値',
      },
      sort: (column: string, direction: 'ascending' | 'descending' | 'none') =>
        `${column}で並べ替え${direction === 'ascending' ? '（いまは小さい順）' : direction === 'descending' ? '（いまは大きい順）' : ''}`,
      region: '町丁目の一覧（横にスクロールできます）',
    },
  },
  /** My generation, on the outlook: a birth year followed through the pyramid (born=…). */
  cohort: {
    legend: 'わたしの世代',
    born: '生まれ年',
    age: 'または今年の年齢',
    ageHint: (year: number) => `${year}年の誕生日を迎えた後の年齢から、生まれ年を計算します。`,
    show: '表示',
    clear: '解除',
    mark: (born: number) => `${born}年生まれ`,
    invalid: (min: number, max: number) => `${min}〜${max}年の生まれ年を入れてください。`,
    invalidAge: '0〜105歳の年齢を入れてください。',
    groups: { age0_14: '年少人口（0〜14歳）', age15_64: '生産年齢人口（15〜64歳）', age65plus: '高齢人口（65歳以上）' },
    sentence: (c: {
      year: number;
      born: number;
      age: number;
      count: string;
      refYear: number | null;
      ratio: string | null;
      group: string;
    }) =>
      `${c.year}年1月1日、${c.born}年生まれの人は${c.age}歳（この年に${c.age + 1}歳）。杉並区の同い年は約${c.count}人` +
      (c.refYear !== null && c.ratio !== null && c.refYear !== c.year ? `（${c.refYear}年の${c.ratio}）` : '') +
      `で、${c.group}にあたります。`,
    open: (c: { year: number; born: number; age: number; count: string }) =>
      `${c.year}年1月1日、${c.born}年生まれの人は${c.age}歳。推計は100歳以上をまとめて数えるため、同い年だけの人数は出せません（100歳以上は合わせて約${c.count}人）。`,
    notBorn: (c: { year: number; born: number; firstYear: number }) =>
      `${c.year}年1月1日には、${c.born}年生まれの人はまだ生まれていません（推計に0歳で現れるのは${c.firstYear}年1月1日です）。`,
    note: '人数は選んだ前提での推計値です。1月1日の人口なので、年齢はその日の満年齢です。',
  },
  /** A new build has installed and waits for a reload (src/offline/, src/ui/UpdateNotice.svelte). */
  offline: {
    ready: '新しい版があります',
    reload: '再読み込み',
    reloading: '再読み込み中…',
  },
  /** Failures and recovery (issue 12): a crashed worker, DuckDB that did not load. */
  resilience: {
    workerRestarted: (reason: string) =>
      `計算用のワーカーが止まったため、新しく起動し直しました。表示中のグラフは直前の結果のままで、最新の前提で計算し直しています。（${reason}）`,
    workerStopped: (reason: string, crashes: number) =>
      `計算用のワーカーが短い間に${crashes}回止まったため、起動し直すのをやめました。グラフは最後に計算できた結果のままです。ページを再読み込みすると、もう一度試せます。（${reason}）`,
    dismiss: 'このお知らせを閉じる',
    database: {
      title: '分析用データベース（DuckDB）を読み込めませんでした',
      kept: '将来人口の見通しと総合計画の画面は、このデータベースなしで動いています。下のデータファイルの一覧もそのまま見られます。',
      retry: 'もう一度読み込む',
      retrying: '読み込み中…',
    },
  },
};
