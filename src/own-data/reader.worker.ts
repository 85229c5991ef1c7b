// Reads a chosen file off the main thread: the bytes come in (transferred), the ReadResult goes out
// (its typed arrays transferred). One message in, one out; the page starts a worker per file.
import { readPopulationFile } from './read.ts';

interface Request {
  readonly bytes: ArrayBuffer;
  readonly name: string;
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const result = await readPopulationFile(new Uint8Array(event.data.bytes), event.data.name);
  const transfer: ArrayBuffer[] = [];
  if (result.ok && result.data.kind === 'population')
    transfer.push(result.data.population.male.buffer as ArrayBuffer, result.data.population.female.buffer as ArrayBuffer);
  (self as unknown as Worker).postMessage(result, transfer);
};
