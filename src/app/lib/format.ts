const dateFormat = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "8 December 2021" style, from YYYY-MM-DD, in UTC so a date never shifts by the reader's time zone. */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

export function formatDay(iso: string): string {
  return dayFormat.format(new Date(`${iso}T00:00:00Z`));
}

// One formatter for every count: toLocaleString builds a new one on each call, which shows in a long list.
const countFormat = new Intl.NumberFormat('en');

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${countFormat.format(n)} ${n === 1 ? one : many}`;
}

const BYTE_UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'];

/** "1.4 MB": a size as a reader compares it (decimal units, as file managers show them), with its exact bytes. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const shown = unit === 0 ? countFormat.format(value) : value.toFixed(value < 10 ? 1 : 0);
  return `${shown} ${BYTE_UNITS[unit]}`;
}
