/** Where a view goes while its code or data is on the way: in the router, and in the app shell's first paint. */
export function PendingView() {
  return (
    <p role="status" className="p-6 text-stone-700 dark:text-stone-300">
      Loading…
    </p>
  );
}
