/**
 * Writes pages/11-references.md from data/sources.ts: the references slides, split to fit, each
 * with notes that name exactly the sources it shows. Run it (`npm run refs`) after changing
 * data/sources.ts; tests/unit/references.test.ts fails until you do.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { referencePages, referencesMarkdown } from '../composables/references'

export const REFERENCES_FILE = 'pages/11-references.md'

if (import.meta.url === `file://${process.argv[1]}`) {
  const pages = referencePages()
  writeFileSync(resolve(process.cwd(), REFERENCES_FILE), referencesMarkdown(pages))
  console.log(`${REFERENCES_FILE}: ${pages.length} references slides, ${pages.flat().length} sources.`)
}
