/**
 * Photo captions copied with a page: a line that ends with a picture credit
 * ("… (AP Photo/Jane Roe)", "… (File)", "… Credit: AP", "… Photo: Reuters")
 * or that describes a picture ("This handout photo … shows …", "A frame grab
 * from video … shows …"). A caption repeats or previews the article; it is
 * not a sentence of it. General rules only: the credit's shape, the
 * caption's syntax; no site is named.
 *
 * @module
 */

/**
 * A parenthesized credit at the end of the line: "(File)", "(file photo)",
 * "(AP Photo/Jane Roe)", "(Getty Images)", "(Photo: Jane Roe)", "(Reuters/Jane Roe)".
 * Case matters (no `i` flag): a credit names its source with capitals.
 */
const PAREN_CREDIT = /\((?:[Ff]ile(?: [Pp]hoto| [Pp]icture| [Ii]mage)?|(?:\p{Lu}[\p{L}.&'-]*\s){0,3}(?:Photo|Photograph|Picture|Image)s?(?:\s*(?:\/|:|by)\s*[^()]{1,60})?|[Pp]hoto(?:graph)?\s*:\s*[^()]{1,60}|\p{Lu}[\p{L}.&'-]{0,30}(?:\s\p{Lu}[\p{L}.&'-]*){0,2}\/\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,3})\)["'”’]*$/u
/** A "Credit:"-style label at the end of the line, followed by a short name. */
const LABEL_CREDIT = /(?:^|[.!?"'”’)]\s+)(?:(?:Credit|Photo|Photograph|Picture|Image|Photo credit)s?\s*:|(?:Photo|Photograph|Picture|Image|Video)s?\s+(?:via|by|courtesy of))\s*\p{Lu}[^:;!?]{0,60}$/u
/** An agency-style caption: people placed in the picture (", left,", "(right)", ", second from left,"). */
const PLACED = /(?:,|\()\s*(?:far\s+)?(?:left|right|center|centre|top|bottom|second\s+(?:from\s+)?(?:left|right)|from\s+left|(?:left|right)\s+to\s+(?:right|left))\s*(?:,|\))/
/** Attribution verbs: a sentence that reports speech is no caption. */
const SPEECH = /\b(?:said|says|told|added|according to)\b/
/** A sentence that describes a picture: "This handout photo taken … shows", "A frame grab from video … shows". */
const DESCRIBES_PICTURE = /^(?:This|A|An|In this)\s+(?:handout\s+|undated\s+|file\s+)?(?:photo|photograph|picture|image|frame grab|video grab|screen grab|screengrab|still)(?:\s+\w+)?\s+(?:of|from|taken|provided|released|made|obtained|distributed|courtesy)\b.{0,240}?\bshows?\b/

/** Is this line (whitespace-normalized) a photo caption? */
export function isCaption(text: string, words: number): boolean {
  if (words > 80) return false
  const last = LABEL_CREDIT.exec(text)
  if (last !== null && last[0].trim().split(/\s+/).length <= 9) return true
  if (PLACED.test(text) && !SPEECH.test(text)) return true
  return PAREN_CREDIT.test(text) || DESCRIBES_PICTURE.test(text)
}
