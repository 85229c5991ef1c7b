// The wording of validation messages, shared by the scenario and the inputs.

/** "allowed 0–3", or "allowed -2 to 3" when a dash would read as a minus. */
export function allowed(min: number, max: number): string {
  return min < 0 ? `allowed ${min} to ${max}` : `allowed ${min}–${max}`;
}

/** A value as it appears in a message: numbers as they are, anything else as (shortened) JSON. */
export function show(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
