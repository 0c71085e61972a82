/**
 * Bounding the text a step reads, keeping both ends.
 * @module
 */

const ELLIPSIS = ' … '

/**
 * `text` when it is at most `max` characters long; else as many of its first and last characters around " … ", `max`
 * in all. A report says first whom and what it is about and ends with what it concludes: a line listing thousands of
 * recipients before their shared reason ("Delivery has failed to these recipients: a@…, b@…, … user unknown") keeps
 * both.
 */
export function headAndTail(text: string, max: number): string {
  if (text.length <= max) return text
  const half = Math.floor((max - ELLIPSIS.length) / 2)
  return `${text.slice(0, half)}${ELLIPSIS}${text.slice(text.length - half)}`
}
