// Configuration the report script loads when run from this folder
// (`corroborate report`, `npm run report`), or with `--config FILE`.
// A config file is code you chose to run: see docs/security.md.
import {builtinMatchers} from 'corroborate'
import {inspectionRating} from './examples/inspection-rating.js'

/** @type {import('corroborate').Config} */
export default {
  matchers: [...builtinMatchers, inspectionRating]
}
