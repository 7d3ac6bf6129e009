import type { Credit } from '../lib/credits.ts';

export function CreditLine({ credit }: { credit: Credit }) {
  return (
    <>
      {credit.text}
      {credit.licence && (
        <>
          {', '}
          <a className="underline" href={credit.licence.url} rel="license noopener noreferrer">
            {credit.licence.name}
          </a>
        </>
      )}
    </>
  );
}
