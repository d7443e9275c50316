/**
 * An input problem found while reading or parsing one article. Callers turn
 * it into an {@link InputError} (`code`, `message`, plus the path), so one
 * bad file never stops a run.
 *
 * Codes: `empty`, `binary`, `invalid-utf8`, `front-matter`, `unreadable`,
 * `no-articles`, `too-large`, `too-deep` (see docs/ingestion.md).
 */
export class IngestError extends Error {
  /** Machine-readable error code, as in `InputError.code`. */
  readonly code: string

  /**
   * @param code Machine-readable code (`front-matter`, `binary`, …).
   * @param message A human sentence saying what is wrong and where.
   */
  constructor(code: string, message: string) {
    super(message)
    this.name = 'IngestError'
    this.code = code
  }
}
