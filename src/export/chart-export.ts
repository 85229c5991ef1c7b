// The chart frame's export, loaded on the first click (a dynamic import from ChartFrame): PNG, SVG and
// CSV of one chart, from what the page shows. The chart's SVG is cloned with every style it is drawn
// with written onto it (computed styles: the page's CSS and custom properties do not travel with a
// file), the HTML legend is redrawn in SVG, and svg-compose.ts adds the title, source, scenario and
// link. PNG: that SVG drawn on a canvas from a data: URL (no script, no network: works under a strict
// CSP with img-src data:), at least 1,200 px wide, on white. CSV: the frame's table (table-data.ts).
import { download } from './download.ts';
import { CSV_TYPE } from './csv.ts';
import { chartFileName } from './chart-names.ts';
import { composeChartSvg, pngScale, type LegendEntry } from './svg-compose.ts';
import { tableCsv } from './table-data.ts';

export type ExportKind = 'png' | 'svg' | 'csv';

export interface ExportRequest {
  readonly figure: HTMLElement;
  readonly chartId: string;
  readonly title: string;
  readonly description: string | null;
  readonly lang: string;
  /** The own data's line ("Data: file.csv (your file)") and file name, when the chart shows it. */
  readonly dataLine: string | null;
  readonly dataName: string | null;
  readonly scenarioLine: string | null;
  readonly scenarioWord: string | null;
  readonly link: string;
  readonly date?: Date;
}

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'shape-rendering',
  'letter-spacing',
] as const;

/** A copy of an SVG element with its computed styles written inline; hidden parts left out. */
export function inlinedSvg(svg: SVGSVGElement, width?: number, height?: number): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const drop: Element[] = [];
  originals.forEach((original, i) => {
    const copy = copies[i];
    const style = getComputedStyle(original);
    if (style.display === 'none' || style.visibility === 'hidden') {
      drop.push(copy);
      return;
    }
    copy.setAttribute('style', STYLE_PROPERTIES.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';'));
    copy.removeAttribute('class');
    // Presentation attributes that name the page's custom properties mean nothing in a file: the computed style above replaces them.
    for (const attr of [...copy.attributes]) if (attr.value.includes('var(')) copy.removeAttribute(attr.name);
    for (const attr of ['tabindex', 'role', 'aria-label', 'aria-valuetext', 'aria-valuenow', 'aria-valuemin', 'aria-valuemax', 'focusable'])
      copy.removeAttribute(attr);
  });
  for (const d of drop) d.remove();
  const box = svg.getBoundingClientRect();
  clone.setAttribute('width', String(Math.round(width ?? box.width)));
  clone.setAttribute('height', String(Math.round(height ?? box.height)));
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return clone;
}

/** The chart's drawing: the largest SVG in the frame's body, not a legend swatch. */
function chartSvgOf(figure: HTMLElement): SVGSVGElement | null {
  const svgs = [...figure.querySelectorAll<SVGSVGElement>('.body svg')].filter(
    (s) => !s.closest('.legend') && !s.parentElement?.closest('svg'),
  );
  const area = (s: SVGSVGElement) => {
    const b = s.getBoundingClientRect();
    return b.width * b.height;
  };
  return svgs.sort((a, b) => area(b) - area(a))[0] ?? null;
}

function legendOf(figure: HTMLElement): LegendEntry[] {
  const serializer = new XMLSerializer();
  return [...figure.querySelectorAll<HTMLLIElement>('.legend li')].map((li) => {
    const swatch = li.querySelector('svg');
    return { swatch: swatch ? serializer.serializeToString(inlinedSvg(swatch, 28, 14)) : '', label: (li.textContent ?? '').trim() };
  });
}

const notesOf = (figure: HTMLElement) => {
  const note = figure.querySelector('.note');
  if (!note) return [];
  const paragraphs = [...note.querySelectorAll('p, li')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return paragraphs.length > 0 ? paragraphs : [(note.textContent ?? '').replace(/\s+/g, ' ').trim()].filter(Boolean);
};

export function hasDrawing(figure: HTMLElement): boolean {
  return chartSvgOf(figure) !== null;
}

/** The standalone SVG of the chart, or null when the frame has no drawing. */
export function chartSvg(request: ExportRequest): { svg: string; width: number; height: number } | null {
  const svg = chartSvgOf(request.figure);
  if (!svg) return null;
  const box = svg.getBoundingClientRect();
  const chart = new XMLSerializer().serializeToString(inlinedSvg(svg));
  return composeChartSvg({
    chart,
    width: box.width,
    height: box.height,
    legend: legendOf(request.figure),
    text: {
      title: request.title,
      description: request.description,
      notes: notesOf(request.figure),
      scenario: request.scenarioLine,
      dataName: request.dataLine,
      link: request.link,
      lang: request.lang,
    },
  });
}

async function pngOf(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const scale = pngScale(width);
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
  );
}

function csvOf(figure: HTMLElement): string {
  const table = figure.querySelector<HTMLTableElement>('.table table');
  if (!table) throw new Error('this chart has no table');
  const text = (c: Element) => (c.textContent ?? '').replace(/\s+/g, ' ').trim();
  const headRows = [...table.querySelectorAll('thead tr')];
  const bodyRows = [...table.querySelectorAll('tbody tr')];
  const header =
    headRows.length > 0 ? [...headRows[headRows.length - 1].children].map(text) : [...(bodyRows.shift()?.children ?? [])].map(text);
  return tableCsv(
    header,
    bodyRows.map((r) => [...r.children].map(text)),
  );
}

/** Makes the file and hands it to the browser's download. Throws with a reason the frame shows. */
export async function exportChart(kind: ExportKind, request: ExportRequest): Promise<string> {
  const name = chartFileName({
    chartId: request.chartId,
    extension: kind,
    dataName: request.dataName,
    scenario: request.scenarioWord,
    date: request.date ?? new Date(),
  });
  if (kind === 'csv') {
    download(name, csvOf(request.figure), CSV_TYPE);
    return name;
  }
  const made = chartSvg(request);
  if (!made) throw new Error('this chart has no drawing');
  if (kind === 'svg') download(name, made.svg, 'image/svg+xml;charset=utf-8');
  else download(name, await pngOf(made.svg, made.width, made.height), 'image/png');
  return name;
}
