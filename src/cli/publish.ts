// Build the published data from a corpus folder into an output folder, as `vite build` does, without the app.
// usage: npm run publish-data -- [--strict] [--out DIR] [CORPUS_DIR]
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDataFromFolder, corpusDirFromEnv, CorpusMissingError, formatBuildSummary } from '../pipeline/build-data.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { strict: { type: 'boolean', default: false }, out: { type: 'string', default: '.cache/data' } },
});

try {
  const build = await buildDataFromFolder(positionals[0] ? path.resolve(positionals[0]) : corpusDirFromEnv());
  console.error(formatBuildSummary(build));
  if (values.strict && build.built.index.skipped.length > 0) {
    console.error(`--strict: ${build.built.index.skipped.length} problem(s); nothing written.`);
    process.exit(1);
  }
  for (const [file, content] of build.files) {
    const target = path.join(values.out, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  console.error(`wrote ${build.files.size} files to ${values.out}`);
} catch (error) {
  console.error(error instanceof CorpusMissingError ? error.message : error);
  process.exit(1);
}
