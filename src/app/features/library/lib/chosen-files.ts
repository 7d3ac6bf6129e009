import type { LibraryInput } from '../worker/protocol.ts';

/**
 * Paths as the build names them: relative to the folder the reader chose. A chosen or dropped folder gives every
 * path its own name as the first part ("corpus/sub/a.txt"), which the build, given that folder, does not write
 * ("sub/a.txt"); it is dropped when every file shares it.
 */
export function asBuildPaths(inputs: LibraryInput[]): LibraryInput[] {
  const firsts = new Set(inputs.map((i) => (i.path.includes('/') ? i.path.slice(0, i.path.indexOf('/')) : null)));
  if (firsts.size !== 1 || firsts.has(null)) return inputs;
  return inputs.map((i) => ({ ...i, path: i.path.slice(i.path.indexOf('/') + 1) }));
}

/** The files of a file input: picked one by one (their names) or as a folder (their paths inside it). */
export function fromFileList(list: FileList): LibraryInput[] {
  return asBuildPaths([...list].map((file) => ({ path: file.webkitRelativePath || file.name, file })));
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

async function childrenOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries answers in batches (100 in Chromium) until it answers none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/**
 * The files of a drop, folders walked to the bottom. The entries are taken from the event at once, since the
 * browser empties its DataTransfer when the event handler returns.
 */
export function fromDrop(transfer: DataTransfer): Promise<LibraryInput[]> {
  const roots = [...transfer.items].map((item) => item.webkitGetAsEntry()).filter((entry): entry is FileSystemEntry => entry !== null);
  return (async () => {
    const inputs: LibraryInput[] = [];
    const walk = async (entry: FileSystemEntry): Promise<void> => {
      if (entry.isFile) inputs.push({ path: entry.fullPath.replace(/^\//, ''), file: await fileOf(entry as FileSystemFileEntry) });
      else if (entry.isDirectory) for (const child of await childrenOf(entry as FileSystemDirectoryEntry)) await walk(child);
    };
    for (const root of roots) await walk(root);
    return asBuildPaths(inputs);
  })();
}
