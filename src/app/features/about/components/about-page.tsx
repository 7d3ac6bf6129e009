import { lazy, Suspense } from 'react';
import type { InputIssue } from '../../../../core/model.ts';
import { CreditLine } from '../../../components/credit-line.tsx';
import { useAbout } from '../api/about.ts';
import { useCorpusIndex } from '../../../data/corpus-index.ts';
import { OPEN_LIBRARY_HREF } from '../../../lib/corpus.ts';
import { creditsForSources } from '../../../lib/credits.ts';
import { formatDate, plural } from '../../../lib/format.ts';
import { useAppReady } from '../../../lib/app-ready.ts';
import { useCorpus } from '../../../lib/routing.ts';
import { OfflineSection } from './offline-section.tsx';

// Only the library's About page reads this browser's storage: the bundled corpus's never loads that code.
const LibraryAbout = lazy(() => import('./library-about.tsx'));

/** Input problems as a person fixes them: the file, the line, the reason. */
function IssueList({ label, issues }: { label: string; issues: InputIssue[] }) {
  return (
    <ul className="mt-2 list-disc pl-6" aria-label={label}>
      {issues.map((s, i) => (
        <li key={`${s.file}:${s.line}:${i}`}>
          <code className="break-all">{s.file}</code>
          {s.line > 0 ? `, line ${s.line}` : ''}: {s.reason}
        </li>
      ))}
    </ul>
  );
}

export function AboutPage() {
  useAppReady();
  const index = useCorpusIndex();
  const { corpus } = index;
  const { skipped, warnings } = useAbout();
  const credits = creditsForSources(corpus.sources.map((s) => s.source));
  const library = useCorpus() === 'library';
  return (
    <div className="max-w-3xl space-y-8">
      <section aria-labelledby="about-title">
        <h1 id="about-title" className="text-2xl font-semibold">
          {library ? 'About your library' : 'About this corpus'}
        </h1>
        <p className="mt-2">
          Quoteline shows news articles by who said what, and when. Quotes and their speakers are found
          automatically {library ? 'in this browser' : 'at build time'}; an attribution can be wrong, and the reader shows why each was made.
        </p>
        <p className="mt-2">
          {library ? 'Add more of your articles: ' : 'Read your own articles the same way, analysed in this browser and kept on this device: '}
          <a href={OPEN_LIBRARY_HREF} className="font-medium text-sky-800 underline dark:text-sky-300">
            Open your articles
          </a>
          .
        </p>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt className="font-semibold">Articles</dt>
          <dd data-testid="article-count">{corpus.articleCount.toLocaleString('en')}</dd>
          <dt className="font-semibold">Quotes</dt>
          <dd>{corpus.quoteCount.toLocaleString('en')}</dd>
          <dt className="font-semibold">Speakers</dt>
          <dd>{index.speakers.length.toLocaleString('en')}</dd>
          <dt className="font-semibold">Dates</dt>
          <dd>{corpus.from && corpus.to ? `${formatDate(corpus.from)} to ${formatDate(corpus.to)}` : 'none'}</dd>
        </dl>
      </section>
      {library && (
        <Suspense fallback={<p role="status">Loading your library&apos;s details…</p>}>
          <LibraryAbout />
        </Suspense>
      )}
      <section aria-labelledby="sources-title">
        <h2 id="sources-title" className="text-xl font-semibold">
          Sources and credits
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {corpus.sources.map((s) => (
            <li key={s.source}>
              {s.source}: {plural(s.articles, 'article')}
            </li>
          ))}
        </ul>
        {credits.map((credit) => (
          <p key={credit.host} className="mt-2">
            Articles from {credit.host}: <CreditLine credit={credit} />.
          </p>
        ))}
      </section>
      <OfflineSection />
      <section aria-labelledby="skipped-title">
        <h2 id="skipped-title" className="text-xl font-semibold">
          Files not published
        </h2>
        {skipped.length === 0 ? (
          <p className="mt-2">Every input file was published.</p>
        ) : (
          <>
            <p className="mt-2">{plural(new Set(skipped.map((s) => s.file)).size, 'file')} could not be read as an article:</p>
            <IssueList label="Skipped files" issues={skipped} />
          </>
        )}
        {warnings.length > 0 && (
          <>
            <h3 className="mt-4 font-semibold">Published with a note</h3>
            <IssueList label="Warnings" issues={warnings} />
          </>
        )}
      </section>
    </div>
  );
}
