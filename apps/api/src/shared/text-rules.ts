/**
 * Which characters text may hold. Two kinds of field:
 * - free (multi-line) text — descriptions, rules, moderation reasons: any character except the C0
 *   control characters other than tab, line feed and carriage return (U+0000–U+0008, U+000B, U+000C,
 *   U+000E–U+001F) and DEL (U+007F). NUL in particular never reaches PostgreSQL, which refuses it.
 * - single-line text — names, phones, codes, emails, searches: free text minus tab and line breaks,
 *   bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, which make a name display
 *   differently from what it is) and zero-width characters (U+200B–U+200D, U+FEFF, invisible yet
 *   different to a comparison).
 * graphql/input-guard.ts applies the free-text rule to every string argument of every operation;
 * the field decorators in shared/validators.ts apply the single-line rule where a field is one line.
 */
export type TextKind = 'singleLine' | 'multiLine';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;
const LINE_BREAK_OR_TAB = /[\t\n\r\u0085\u2028\u2029]/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/u;

/** What is wrong with the text's characters for that kind of field, or null when nothing is. */
export function textProblem(text: string, kind: TextKind): string | null {
  if (text.includes('\u0000')) return 'must not contain the NUL character';
  if (CONTROL.test(text)) return 'must not contain control characters';
  if (kind === 'multiLine') return null;
  if (LINE_BREAK_OR_TAB.test(text)) return 'must be a single line (no line breaks or tabs)';
  if (BIDI_CONTROL.test(text)) return 'must not contain bidirectional control characters';
  if (ZERO_WIDTH.test(text)) return 'must not contain zero-width characters';
  return null;
}
