/**
 * Lets the browser handle input and paint before the caller goes on, so that work done in steps (loading the
 * first view) never holds the main thread for long. scheduler.yield() resumes ahead of other queued work where
 * the browser has it; a zero timeout elsewhere.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
