import { NotFoundView } from '../../../components/not-found-view.tsx';

// Small, so it comes with the first bundle, unlike the reader, which loads lazily.
export function ArticleNotFound() {
  return (
    <NotFoundView
      title="Article not found"
      message="No article in this corpus has this address. It may have been removed, or the link may be mistyped."
    />
  );
}
