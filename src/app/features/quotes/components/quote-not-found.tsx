import { NotFoundView } from '../../../components/not-found-view.tsx';

// Small, so it comes with the first bundle, unlike the quote's page, which loads lazily.
export function QuoteNotFound() {
  return <NotFoundView title="Quote not found" message="No quote in this corpus has this address. It may have been removed, or the link may be mistyped." />;
}
