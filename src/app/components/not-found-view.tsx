import { Link } from '@tanstack/react-router';
import { useAppReady } from '../lib/app-ready.ts';

export function NotFoundView({ title, message }: { title: string; message: string }) {
  useAppReady();
  return (
    <section aria-labelledby="not-found-title" className="mx-auto max-w-2xl p-6">
      <h1 id="not-found-title" className="text-2xl font-semibold">
        {title}
      </h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">{message}</p>
      <p className="mt-4">
        <Link to="/" className="font-medium text-sky-800 underline dark:text-sky-300">
          Back to the timeline
        </Link>
      </p>
    </section>
  );
}
