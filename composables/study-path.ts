/**
 * The study deck's paths, as the slide's corner shows them (slide-top.vue): every slide of
 * slides.md is on the **core** path (what someone with about 40 minutes should see), is a
 * **deep** dive (what to skip first), or is **reference** (answers, glossary, sources: for looking
 * up). slides.md sets `path:` on each `src:` import, and Slidev gives an import's frontmatter to
 * every slide it imports; the talk sets none. Minutes per path: scripts/study-path.ts.
 */
/** 'reference': the answer key, glossary and references, for looking things up, on neither path. */
export type StudyPath = 'core' | 'deep' | 'reference'
export const STUDY_PATHS: readonly StudyPath[] = ['core', 'deep', 'reference']

/** What the corner says for each path. */
export const pathLabel: Record<StudyPath, string> = { core: 'core', deep: 'deep dive', reference: 'reference' }

export function isStudyPath(value: unknown): value is StudyPath {
  return typeof value === 'string' && (STUDY_PATHS as readonly string[]).includes(value)
}
