import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hash53, type KeyHash } from '../../../src/core/ids.ts';
import { buildCorpus } from '../../../src/core/publish.ts';
import { DATA_VERSION, manifestPath, type DataManifest } from '../../../src/core/schema.ts';
import { serializeCorpus } from '../../../src/core/serialize.ts';
import { articleFile, renderApp } from '../render-app.tsx';

const files = [
  articleFile('geneva.txt', 'Leaders meet in Geneva', '20210616', 'https://example.org/geneva', ['"The talks were constructive," President Joe Biden said.']),
  articleFile('kremlin.txt', 'Kremlin issues a statement', '20211208', 'https://example.org/kremlin', ['"There is no alternative," the Kremlin said in a statement.']),
];
// The same data renderApp serves (the build is deterministic), to tamper with.
const data = serializeCorpus(buildCorpus(files));
const manifest = JSON.parse(data.get(manifestPath())!) as DataManifest;
const fileLike = (pattern: RegExp) => [...data.keys()].find((name) => pattern.test(name))!;
const tampered = (path: string, change: (json: any) => void) => () => {
  const json = JSON.parse(data.get(path)!);
  change(json);
  return new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/json' } });
};

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.querySelector('meta[name="quoteline-data"]')?.remove();
});

async function errorText(): Promise<string> {
  expect(await screen.findByRole('heading', { name: 'The data could not be loaded' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  return screen.getByRole('alert').textContent ?? '';
}

describe('a damaged or tampered data file', () => {
  it('an index whose counts are not numbers is refused, not shown as zeros', async () => {
    renderApp('/', files, { [manifest.index]: tampered(manifest.index, (wire) => (wire.articles.quotes[1] = 'many')) });
    const text = await errorText();
    expect(text).toContain(`${manifest.index} is not valid Quoteline data`);
    expect(text).toContain('articles.quotes: expected counts at [1], received "many"');
  });

  it('an index naming a speaker that does not exist is refused', async () => {
    renderApp('/', files, { [manifest.index]: tampered(manifest.index, (wire) => (wire.articles.speakers[0] = [99])) });
    expect(await errorText()).toContain('articles.speakers[0] names speaker 99');
  });

  // Last of the index's tests: once the good index has loaded, the app keeps it decoded (by its file name).
  it('an index with a column one row short shows the error view naming the file and the column, and a retry recovers', async () => {
    let broken = true;
    const damaged = tampered(manifest.index, (wire) => wire.articles.quotes.pop());
    renderApp('/', files, { [manifest.index]: () => (broken ? damaged() : null) });
    const text = await errorText();
    expect(text).toContain(manifest.index);
    expect(text).toContain('articles.quotes has 1 rows, articles.key has 2');
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect((await screen.findAllByRole('heading', { level: 3 })).map((h) => h.textContent)).toEqual(['Kremlin issues a statement', 'Leaders meet in Geneva']);
  });

  it('an article whose quote points past its body names the article file', async () => {
    const path = fileLike(/\/articles\//);
    const article = JSON.parse(data.get(path)!);
    renderApp(`/articles/${article.id}`, files, { [path]: tampered(path, (a) => (a.quotes[0].spans[0].end = 10_000)) });
    const text = await errorText();
    expect(text).toContain(path);
    expect(text).toContain('quotes[0] has a span outside the body');
  });

  it('a speaker page with a field of the wrong type names the file and the field', async () => {
    const path = fileLike(/\/speakers\/joe-biden\./);
    renderApp('/speakers/joe-biden', files, { [path]: tampered(path, (page) => (page.speaker.quoteCount = '1')) });
    const text = await errorText();
    expect(text).toContain(path);
    expect(text).toContain('speaker.quoteCount');
  });

  it('a lookup shard with a key that is not a key is refused', async () => {
    const path = fileLike(/\/lookup\//);
    const lookup = JSON.parse(data.get(path)!);
    const [key] = Object.keys(lookup.files);
    const id = buildCorpus(files).articles.find((a) => a.id.endsWith(key!))!.id;
    renderApp(`/articles/${id}`, files, { [path]: tampered(path, (l) => (l.files['../../etc'] = 'abcdefghij')) });
    expect(await errorText()).toContain(path);
  });
});

describe('the search data', () => {
  it('with a speaker list that does not match the quotes shows the error view naming the meta file', async () => {
    const path = fileLike(/\/search\/meta\./);
    renderApp('/search?q=talks', files, { [path]: tampered(path, (meta) => (meta.quoteSpeakers = '')) });
    const text = await errorText();
    expect(text).toContain(path);
    expect(text).toContain('quote speakers do not match the quotes');
  });
});

describe('the manifest in the page', () => {
  const inPage = (content: unknown) => {
    const meta = document.createElement('meta');
    meta.name = 'quoteline-data';
    meta.content = JSON.stringify(content);
    document.head.append(meta);
  };

  it('is used when it is valid, with no request for manifest.json', async () => {
    inPage(manifest);
    const { fetchMock } = renderApp('/', files);
    await screen.findAllByRole('heading', { level: 3 });
    expect(fetchMock.mock.calls.map(([url]) => String(url))).not.toContain(`/${manifestPath()}`);
  });

  it('of another data version (a page cached from an older deploy) is not trusted: manifest.json is asked instead', async () => {
    inPage({ ...manifest, version: DATA_VERSION - 1, index: 'data/v2/index.old.json' });
    const { fetchMock } = renderApp('/', files);
    expect((await screen.findAllByRole('heading', { level: 3 })).length).toBe(2);
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain(`/${manifestPath()}`);
  });

  it('damaged (pointing outside the data) is not trusted either', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    inPage({ ...manifest, index: 'https://elsewhere.example/index.json' });
    const { fetchMock } = renderApp('/', files);
    expect((await screen.findAllByRole('heading', { level: 3 })).length).toBe(2);
    expect(fetchMock.mock.calls.map(([url]) => String(url))).not.toContain('/https://elsewhere.example/index.json');
  });
});

describe('an article whose key collided with another’s', () => {
  it('opens by its longer key, as a deep link would', async () => {
    const keyHash: KeyHash = (text, seed) => (seed === 0 ? 4242 : hash53(text, seed));
    const built = buildCorpus(files, { keyHash });
    const longer = built.articles.find((a) => /-[0-9a-z]{12}$/.test(a.id))!;
    expect(longer.title).toBe('Kremlin issues a statement'); // the newer of the two
    renderApp(`/articles/${longer.id}`, files, {}, () => false, { keyHash });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kremlin issues a statement' })).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('mark[data-quote-id]')).not.toBeNull());
  });
});
