/**
 * Small pieces of page furniture that a line rule recognises by shape: a
 * breadcrumb trail ("Home » Business » Markets"), a comment counter ("7
 * Comments - Add comment"), a republication or archive note ("This article originally
 * appeared in The Harbour Gazette on 2006-01-23", "This article is from the archive of …"). General rules only.
 *
 * @module
 */

/** What a furniture rule decides. */
export interface FurnitureVerdict {
  rule: string
  reason: string
}

/** "Home » …", "Home > News > …", "Home / Business / …": a breadcrumb starts at Home. */
const BREADCRUMB = /^(?:Home|HOME)\s*(?:»|›|>|\/|\||→)\s*\S/
/** "7 Comments", "12 comments - Add comment", "Comments (3)", "Leave a comment", "No comments yet". */
const COMMENTS = /^(?:\d[\d,]*\s+comments?|comments?\s*\(\d[\d,]*\)|no comments(?: yet)?|(?:leave|add|post|write|view|show|read|see) (?:a |all |the )?comments?)(?:\s*[-–—|•·:]\s*(?:(?:leave|add|post|write|view|show|read|see|join) (?:a |all |the )?(?:comments?|conversation|discussion)|\d[\d,]*\s+comments?))?\s*[.!]?$/i
/** "This article originally appeared in … on …", "This story was first published by …". */
const REPUBLISHED = /^This\s+(?:article|story|post|piece)\s+(?:(?:was\s+)?(?:originally|first)\s+(?:appeared|published|ran|posted)|(?:originally\s+|first\s+)?appeared)\s+(?:in|on|by|at)\s+/i
/** "This article is from the archive of …": a note on the page, whose dates are not the article's. */
const ARCHIVED = /^This\s+(?:article|story|post|piece|page)\s+is\s+(?:from|part of)\s+(?:the|our)\s+(?:\S+\s+)?archives?\b/i

/** Classify one whitespace-normalized line; `null` when it is no furniture. */
export function furnitureVerdict(text: string, words: number): FurnitureVerdict | null {
  if (words <= 40 && BREADCRUMB.test(text)) return {rule: 'chrome/navigation', reason: 'a breadcrumb trail ("Home » …"): site navigation, not article text'}
  if (words <= 10 && COMMENTS.test(text)) return {rule: 'chrome/social', reason: 'a comment counter or comment prompt'}
  if (words <= 30 && REPUBLISHED.test(text)) return {rule: 'chrome/dateline', reason: 'a note saying where and when the article first appeared: page furniture, not a sentence of the article'}
  if (words <= 80 && ARCHIVED.test(text)) return {rule: 'chrome/prompt', reason: 'a note to the reader that the page comes from the site\'s archive, not article text'}
  return null
}
