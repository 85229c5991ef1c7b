// The page's side of reading a chosen file: a file over the limit is refused unread; the rest is read
// in a worker (reader.worker.ts) so that a large file never freezes the page. If no worker can be
// started, it is read here (readPopulationFile is the same code), after a frame so the page can paint.
import { MAX_FILE_BYTES, type ReadResult } from './rejection.ts';

/** What is needed of a chosen file (a DOM File is one). */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function readChosenFile(file: ChosenFile): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES)
    return { ok: false, rejection: { reason: 'too-large', fileName: file.name, value: String(file.size), detail: String(MAX_FILE_BYTES) } };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    return { ok: false, rejection: { reason: 'unreadable', fileName: file.name, detail: (error as Error).message } };
  }
  let worker: Worker;
  try {
    worker = new Worker(new URL('./reader.worker.ts', import.meta.url), { type: 'module', name: 'file-reader' });
  } catch {
    const { readPopulationFile } = await import('./read.ts');
    return readPopulationFile(new Uint8Array(bytes), file.name);
  }
  return new Promise<ReadResult>((resolve) => {
    worker.onmessage = (event: MessageEvent<ReadResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ ok: false, rejection: { reason: 'unreadable', fileName: file.name, detail: event.message || 'the file reader stopped' } });
    };
    worker.postMessage({ bytes, name: file.name }, [bytes]);
  });
}
