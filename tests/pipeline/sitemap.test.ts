// @vitest-environment jsdom
// A browser's parser reads what the build writes, as a crawler would.
import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapFiles } from '../../src/pipeline/sitemap.ts';

const SITE = 'https://quotes.example.org';

function locs(xml: string, tag: 'url' | 'sitemap'): Array<{ loc: string; lastmod: string | null }> {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return [...doc.getElementsByTagName(tag)].map((e) => ({
    loc: e.getElementsByTagName('loc')[0]?.textContent ?? '',
    lastmod: e.getElementsByTagName('lastmod')[0]?.textContent ?? null,
  }));
}

describe('the sitemap', () => {
  it('lists every page with its absolute address and the day it last changed', () => {
    const files = sitemapFiles(
      [
        { address: '/', lastmod: '2024-03-01' },
        { address: '/articles/a-b-12345678', lastmod: '2021-01-20' },
        { address: '/speakers/x', lastmod: undefined },
      ],
      SITE,
    );
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    expect(locs(files.get('sitemap.xml')!, 'url')).toEqual([
      { loc: `${SITE}/`, lastmod: '2024-03-01' },
      { loc: `${SITE}/articles/a-b-12345678`, lastmod: '2021-01-20' },
      { loc: `${SITE}/speakers/x`, lastmod: null },
    ]);
  });

  it('escapes what XML would read as markup', () => {
    const xml = sitemapFiles([{ address: '/search?q=a&b=<c>' }], SITE).get('sitemap.xml')!;
    expect(locs(xml, 'url')[0]!.loc).toBe(`${SITE}/search?q=a&b=<c>`);
  });

  it('becomes an index of files within the limit past it, each listed with its newest day', () => {
    const entries = Array.from({ length: 5 }, (_, i) => ({ address: `/articles/a-${i}`, lastmod: `2021-01-0${i + 1}` }));
    const files = sitemapFiles(entries, SITE, 2);
    expect([...files.keys()].sort()).toEqual(['sitemap.xml', 'sitemaps/1.xml', 'sitemaps/2.xml', 'sitemaps/3.xml']);
    expect(locs(files.get('sitemap.xml')!, 'sitemap')).toEqual([
      { loc: `${SITE}/sitemaps/1.xml`, lastmod: '2021-01-02' },
      { loc: `${SITE}/sitemaps/2.xml`, lastmod: '2021-01-04' },
      { loc: `${SITE}/sitemaps/3.xml`, lastmod: '2021-01-05' },
    ]);
    const listed = ['sitemaps/1.xml', 'sitemaps/2.xml', 'sitemaps/3.xml'].flatMap((f) => locs(files.get(f)!, 'url').map((u) => u.loc));
    expect(listed).toEqual(entries.map((e) => `${SITE}${e.address}`));
  });
});

describe('robots.txt', () => {
  it('allows crawling and points at the sitemap', () => {
    expect(robotsTxt(SITE)).toMatch(/^User-agent: \*\nAllow: \/\n/);
    expect(robotsTxt(SITE)).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });
});
