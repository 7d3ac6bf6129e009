import './styles.css';

// A page built ahead of time (see prerender.tsx) can be read before the app runs, so the browser shows it first
// and the app's code is fetched and run after that first paint; any other page starts the app straight away.
// main.tsx loads the router as a chunk of its own (to run it in a task of its own); asked for here as well, the
// two download side by side rather than one after the other.
const start = () => {
  void import('./router.tsx');
  void import('./main.tsx');
};
if (document.getElementById('root')?.dataset.view !== undefined) requestAnimationFrame(() => setTimeout(start, 0));
else start();
