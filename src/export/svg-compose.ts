// A chart as a standalone SVG file: white background, font declarations, the title, the chart (its
// SVG, styles already inlined by chart-export.ts), the legend, then the source, the scenario in one
// line, the own data's name and the link — all inside the image, so the file explains itself on a
// slide or in a report. Pure string work (tested in Node); the DOM side is chart-export.ts.
import { escapeXml } from '../charts/escape-xml.ts';

/** What the image says, as plain text (escaped here: a file name or a title is never markup). */
export interface ChartImageText {
  readonly title: string;
  readonly description?: string | null;
  /** Source and approximation notes, one paragraph each. */
  readonly notes: readonly string[];
  readonly scenario?: string | null;
  readonly dataName?: string | null;
  readonly link?: string | null;
  readonly lang: string;
}

export interface LegendEntry {
  /** An inline <svg> of the swatch, styles inlined (28 × 14). */
  readonly swatch: string;
  readonly label: string;
}

export interface ChartImage {
  /** The chart's own <svg>…</svg>, with width and height set. */
  readonly chart: string;
  readonly width: number;
  readonly height: number;
  readonly legend: readonly LegendEntry[];
  readonly text: ChartImageText;
}

/** The fonts every text of the image asks for: Japanese first, then what any system has. */
export const FONT_STACK =
  "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Kaku Gothic ProN', 'Hiragino Sans', 'Yu Gothic', Meiryo, 'Source Han Sans', sans-serif";

/** Rough text width: CJK and full-width characters 1 em, others 0.56 em. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const c of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 1 : 0.56;
  return w * fontSize;
}

/** Lines of at most `width` px (breaking at spaces where there are, anywhere in CJK text). */
export function wrap(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.split(/(?<=[\s、。，．,])|(?=[\u3040-\u30ff\u3400-\u9fff])/u)) {
    if (line && textWidth(line + token, fontSize) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

const PAD = 24;

/** The standalone SVG document. Width: the chart's (at least 640), height as needed. */
export function composeChartSvg(image: ChartImage): { svg: string; width: number; height: number } {
  const width = Math.max(640, Math.round(image.width) + 2 * PAD);
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const textLines = (lines: readonly string[], size: number, cls: string, gap = 1.35) => {
    for (const line of lines) {
      y += size;
      parts.push(`<text x="${PAD}" y="${y}" class="${cls}">${escapeXml(line)}</text>`);
      y += size * (gap - 1);
    }
  };
  const t = image.text;
  textLines(wrap(t.title, inner, 22), 22, 'title');
  if (t.description) textLines(wrap(t.description, inner, 14), 14, 'muted');
  y += 8;
  // Legend: swatch + label, flowing across the width.
  if (image.legend.length > 0) {
    let x = PAD;
    y += 4;
    for (const entry of image.legend) {
      const w = 28 + 6 + textWidth(entry.label, 14) + 18;
      if (x > PAD && x + w > width - PAD) {
        x = PAD;
        y += 22;
      }
      parts.push(
        `<g transform="translate(${x} ${y})">${entry.swatch.replace('<svg', '<svg x="0" y="0"')}<text x="34" y="12" class="legend">${escapeXml(entry.label)}</text></g>`,
      );
      x += w;
    }
    y += 26;
  }
  parts.push(`<g transform="translate(${PAD} ${y})">${image.chart}</g>`);
  y += image.height + 12;
  const notes = [...t.notes];
  if (t.dataName) notes.unshift(t.dataName);
  for (const note of notes) textLines(wrap(note, inner, 12), 12, 'note');
  if (t.scenario) textLines(wrap(t.scenario, inner, 12), 12, 'note');
  if (t.link) textLines(wrap(t.link, inner, 11), 11, 'link');
  y += PAD - 8;
  const height = Math.ceil(y);
  const svg = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" lang="${escapeXml(t.lang)}" font-family="${escapeXml(FONT_STACK)}">`,
    `<title>${escapeXml(t.title)}</title>`,
    `<style>text{font-family:${FONT_STACK}} .title{font-size:22px;font-weight:700;fill:#1a1a1a} .muted{font-size:14px;fill:#4a4a4a} .legend{font-size:14px;fill:#1a1a1a} .note{font-size:12px;fill:#4a4a4a} .link{font-size:11px;fill:#1f5fa8}</style>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    `</svg>`,
  ].join('\n');
  return { svg, width, height };
}

/** Width and height from a PNG's IHDR chunk (null: not a PNG). */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The scale for a PNG at least `minWidth` px wide, and at least twice the screen's (crisp on a projector). */
export const pngScale = (width: number, minWidth = 1200) => Math.max(2, Math.ceil(minWidth / width));
