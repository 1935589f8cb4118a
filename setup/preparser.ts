import { definePreparserSetup } from '@slidev/types'
import { audienceOf, notesFor } from '../composables/note-roles'

/**
 * Each entry its own notes (composables/note-roles.ts): the talk (headmatter `audience: talk`)
 * gets the say-lines, the short `Talk:` text, cues, clock marks, cuts and minutes; the study
 * deck the say-lines, the explanation and its sources. Slidev runs this on every slide it
 * parses for the entry, `src:`-imported pages included; scripts that start Slidev through its
 * API (scripts/export.ts, scripts/handout.ts, scripts/deck-structure.ts) install it with
 * `useNoteRoles()`, since only Slidev's command line installs it by itself.
 */
export default definePreparserSetup(({ headmatter }) => {
  const audience = audienceOf(headmatter)
  return [{
    name: 'note-roles',
    transformNote: async note => (note === undefined ? undefined : notesFor(note, audience)),
  }]
})
