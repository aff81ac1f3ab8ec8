// Turning untrusted article text into inert Markdown. Kept free of `vscode` so it is unit-tested in Node.

// Bidi controls (U+202A–U+202E, U+2066–U+2069, LRM/RLM/ALM) can make a name read as something else.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
// Other invisible or line-breaking characters that could reshape the hover.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/g;

/** Bidi controls shown visibly as ⟦U+202E⟧; other control characters dropped; whitespace runs collapsed. */
export function visibleText(text: string, maxLength = 200): string {
  let s = text
    .replace(BIDI_CONTROLS, (ch) => `⟦U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟧`)
    .replace(CONTROL, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length > maxLength) s = s.slice(0, maxLength - 1) + '…';
  return s;
}

/**
 * Article text as an inline code span: inside a code span Markdown renders no links, autolinks, images, HTML
 * or theme icons. The fence is one backtick longer than the longest run in the text, so the text cannot
 * close it; a space pads text that starts or ends with a backtick.
 */
export function inlineCode(text: string, maxLength = 200): string {
  const s = visibleText(text, maxLength);
  if (s === '') return '';
  let longest = 0;
  for (const run of s.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** A command link built only from our own constants; args are JSON, URI-encoded. */
export function commandLink(label: string, commandId: string, args: unknown[]): string {
  if (!/^[A-Za-z0-9 .,…'-]+$/.test(label)) throw new Error('command link labels must be plain constants');
  // encodeURIComponent leaves ( ) ' ! * alone; a ")" in an argument would end the Markdown link early.
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${label}](command:${commandId}?${encoded})`;
}
