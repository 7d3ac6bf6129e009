import './styles.css';

// A page built ahead of time (see prerender.tsx) can be read before the app runs, so the browser shows it first
// and the app's code is fetched and run after that first paint; any other page starts the app straight away.
const start = () => void import('./main.tsx');
if (document.getElementById('root')?.dataset.view !== undefined) requestAnimationFrame(() => setTimeout(start, 0));
else start();
