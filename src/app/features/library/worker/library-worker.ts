// The library's engine, off the main thread: the reader's files are read, analysed, published and stored here, so
// the page stays responsive however many files there are. Cancelling is terminating this worker: nothing is stored
// until the very end, and the store's write order keeps the old library whole if that end is cut short.
import { buildLibrary } from './build-library.ts';
import { exportLibrary } from './export-library.ts';
import type { LibraryInput, LibraryMessage, LibraryRequest } from './protocol.ts';

const post = (message: LibraryMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

const inputs: LibraryInput[] = [];

async function handle(request: LibraryRequest): Promise<void> {
  try {
    if (request.type === 'add') inputs.push(...request.inputs);
    else if (request.type === 'build') await buildLibrary(inputs, request.today, post);
    else {
      const { zip, files } = await exportLibrary();
      post({ type: 'exported', zip, files }, [zip.buffer]);
    }
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

self.onmessage = (event: MessageEvent<LibraryRequest>) => void handle(event.data);
