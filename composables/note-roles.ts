/**
 * Notes that know who reads them. One source (the notes under each slide in pages/) gives each
 * entry its own notes: the talk (talk.md, headmatter `audience: talk`) a speaker's short script,
 * the study deck (slides.md, and any other entry) a learner's explanation. setup/preparser.ts
 * applies `notesFor` to every slide's notes before Slidev parses them, so presenter mode, the
 * /handout route, the PDF and PPTX exports and scripts/notes.ts all see the entry's own notes.
 *
 * The notes are split at each `[click]` mark into segments, each segment into paragraphs (blank
 * lines; a fenced code block stays whole). A paragraph's role is its opening word:
 *
 *   **"…"**       say-line: the bold line to say (a segment opens with one)   talk + study
 *   Talk: …       the talk's short version, 2–3 sentences at most                talk
 *   Cue: …        for a live room: a question to the room, hands, a pause     talk
 *   Clock: …      where the speaker should be, in minutes from the start      talk
 *   Cut: …        what to drop when late                                      talk
 *   Time: N min.  the slide's minutes in the talk (the notes' last line)      talk
 *   Sources: …    the sources of the segment's explanation, at its end        study
 *   anything else the explanation, for a learner and a reader                study
 *
 * A segment of the talk without a `Talk:` paragraph shows its say-line (and cues) alone: the
 * explanation is never read out by accident. Every `[click]` mark is kept in both, so presenter
 * mode still follows the clicks.
 */

export type Audience = 'talk' | 'study'
export type Role = 'say' | 'talk' | 'cue' | 'clock' | 'cut' | 'time' | 'sources' | 'explain'

export interface NotePart {
  role: Role
  /** The paragraph as written, its label (`Talk: `) included. */
  text: string
}

/** Which roles each audience reads, in the order written. */
export const AUDIENCE_ROLES: Record<Audience, readonly Role[]> = {
  talk: ['say', 'talk', 'cue', 'clock', 'cut', 'time'],
  study: ['say', 'explain', 'sources'],
}

/** The roles a speaker does not say out loud: stage directions and the clock. */
const UNSPOKEN_ROLES: readonly Role[] = ['cue', 'clock', 'cut', 'time', 'sources']

const LABELS: [RegExp, Role][] = [
  [/^Talk:\s/, 'talk'],
  [/^Cue:\s/, 'cue'],
  [/^Clock:\s/, 'clock'],
  [/^Cut:\s/, 'cut'],
  [/^Time:\s/, 'time'],
  [/^Sources?:\s/, 'sources'],
]

/** Labels dropped from the talk's paragraphs as shown: the speaker reads the words, not the label. */
const SHOWN_WITHOUT_LABEL: Partial<Record<Role, RegExp>> = { talk: /^Talk:\s+/ }

const CLICK_MARK = /(\[click(?::\d+)?\])/

/** What only a live room hears: never in the study deck's notes, its handout or its PPTX (tests/unit/voices.test.ts, tests/deck/voices.test.ts). */
export const CUE_PHRASES: readonly RegExp[] = [/the room/i, /show of hands/i, /\bI click\b/, /before you click/i, /\bTime:/, /^(?:Cue|Clock|Cut|Talk):/]

/** The headmatter's `audience` (talk.md says `audience: talk`); the study deck's by default. */
export function audienceOf(headmatter: Record<string, unknown> | undefined): Audience {
  const value = headmatter?.audience
  if (value === undefined || value === 'study')
    return 'study'
  if (value === 'talk')
    return 'talk'
  throw new Error(`The headmatter's "audience" is ${JSON.stringify(value)}: use "talk" (a speaker's short notes) or "study" (the explanation, the default).`)
}

/** The notes split at each click mark: `segments[0]` is before the first; `marks[i]` precedes `segments[i + 1]`. */
export function splitClicks(note: string): { segments: string[], marks: string[] } {
  const pieces = note.split(CLICK_MARK)
  return { segments: pieces.filter((_, i) => i % 2 === 0), marks: pieces.filter((_, i) => i % 2 === 1) }
}

/** Paragraphs separated by blank lines; a fenced code block is never split. */
export function paragraphs(text: string): string[] {
  const out: string[] = []
  let current: string[] = []
  let fence: string | null = null
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const opener = line.trimStart().match(/^(`{3,}|~{3,})/)?.[1]
    if (fence === null && opener)
      fence = opener
    else if (fence !== null && opener && line.trimStart().startsWith(fence))
      fence = null
    if (fence === null && line.trim() === '' && !opener) {
      if (current.length)
        out.push(current.join('\n'))
      current = []
      continue
    }
    current.push(line)
  }
  if (current.length)
    out.push(current.join('\n'))
  return out.map(p => p.trim()).filter(p => p !== '')
}

const WHOLE_BOLD = /^\*\*[^*](?:[^*]|\*(?!\*))*\*\*$/
const OPENING_BOLD = /^\*\*[^*](?:[^*]|\*(?!\*))*?\*\*/

/** One segment's paragraphs with their roles. The segment's opening bold is its say-line, even with text after it on the same line. */
export function segmentParts(segment: string): NotePart[] {
  const parts: NotePart[] = []
  paragraphs(segment).forEach((text, i) => {
    const labelled = LABELS.find(([re]) => re.test(text))
    if (labelled) {
      parts.push({ role: labelled[1], text })
      return
    }
    if (WHOLE_BOLD.test(text)) {
      parts.push({ role: 'say', text })
      return
    }
    const opening = i === 0 ? text.match(OPENING_BOLD)?.[0] : undefined
    if (opening) {
      parts.push({ role: 'say', text: opening })
      const rest = text.slice(opening.length).trim()
      if (rest)
        parts.push({ role: 'explain', text: rest })
      return
    }
    parts.push({ role: 'explain', text })
  })
  return parts
}

/** Every segment's parts, in order (segment 0 before the first click). */
export function noteParts(note: string): NotePart[][] {
  return splitClicks(note).segments.map(segmentParts)
}

function shown(part: NotePart): string {
  const label = SHOWN_WITHOUT_LABEL[part.role]
  return label ? part.text.replace(label, '') : part.text
}

/** The notes as `audience` reads them: only its roles, every click mark kept. */
export function notesFor(note: string, audience: Audience): string {
  const { segments, marks } = splitClicks(note)
  const keep = AUDIENCE_ROLES[audience]
  return segments.map((segment, i) => {
    const body = segmentParts(segment).filter(p => keep.includes(p.role)).map(shown).join('\n\n')
    if (i === 0)
      return body
    return body ? `${marks[i - 1]} ${body}` : marks[i - 1]
  }).filter((piece, i) => i > 0 || piece !== '').join('\n\n').trim()
}

/** Words in a piece of notes, markdown marks aside. */
export function countWords(text: string): number {
  return text.replace(/[*`#>_[\]"“”]/g, ' ').split(/\s+/).filter(w => /\w/.test(w)).length
}

/**
 * The words a speaker says from the talk's notes as shown (`notesFor(note, 'talk')`): say-lines
 * and the `Talk:` text, not cues, clock marks, cuts or the time.
 */
export function spokenWords(talkNote: string): number {
  return noteParts(talkNote).flat().filter(p => !UNSPOKEN_ROLES.includes(p.role)).map(p => countWords(shown(p))).reduce((a, b) => a + b, 0)
}
