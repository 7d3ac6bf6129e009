/** A button that reads as a link: "Show more", "Clear speakers". */
export const linkButton = 'text-sm font-medium text-sky-800 underline dark:text-sky-300';
