/**
 * Self-check logic, in plain TS (tested in quiz.test.ts): checks the questions in data/quiz.ts,
 * says what an answer earns, moves focus between options with the arrow keys, and finds the
 * slide that teaches a question by its title (so it survives reordering).
 */
import type { SourceId } from '../data/sources'
import { sources } from '../data/sources'

/** What kind of check a question is: each kind sits where a learner needs it. */
export type QuizKind = 'sort' | 'see-or-use' | 'predict' | 'pick' | 'first' | 'recall' | 'transfer'

export interface QuizQuestion {
  /** Unique, stable: the deck and its tests find a question by it. */
  id: string
  kind: QuizKind
  prompt: string
  /** Two to four short options, as the learner reads them. */
  options: string[]
  /** The right option, written exactly as in `options`. */
  answer: string
  /** One line: why the right answer is right. */
  why: string
  /** The title of the check slide that asks it (the answer key gives that slide's number). */
  check: string
  /** The title of the slide that teaches it (the feedback links there). */
  taughtOn: string
  /** Where the facts behind the answer come from (data/sources.ts). */
  sources: SourceId[]
}

const KINDS: QuizKind[] = ['sort', 'see-or-use', 'predict', 'pick', 'first', 'recall', 'transfer']
const TEXT_FIELDS = ['id', 'check', 'prompt', 'answer', 'why', 'taughtOn'] as const

/**
 * Throws one clear error listing everything wrong with the questions: a missing field, an
 * unknown kind, too few or repeated options, an answer that is not among the options, an
 * unknown source, a repeated id. Returns the questions unchanged when all is well.
 */
export function defineQuiz<T extends QuizQuestion[]>(questions: T): T {
  const problems: string[] = []
  const seen = new Set<string>()
  questions.forEach((q, i) => {
    const name = typeof q?.id === 'string' && q.id ? `question "${q.id}"` : `question ${i + 1}`
    for (const field of TEXT_FIELDS) {
      if (typeof q?.[field] !== 'string' || q[field].trim() === '')
        problems.push(`${name} has no "${field}": add it as a non-empty string.`)
    }
    if (!KINDS.includes(q?.kind))
      problems.push(`${name} has kind "${String(q?.kind)}"; use one of ${KINDS.join(', ')}.`)
    if (!Array.isArray(q?.options) || q.options.length < 2 || q.options.length > 4) {
      problems.push(`${name} needs 2 to 4 options, has ${Array.isArray(q?.options) ? q.options.length : 'none'}.`)
    }
    else {
      if (new Set(q.options).size !== q.options.length)
        problems.push(`${name} repeats an option: each option must differ.`)
      if (typeof q.answer === 'string' && q.answer && !q.options.includes(q.answer))
        problems.push(`${name}: the answer "${q.answer}" is not among its options (${q.options.map(o => `"${o}"`).join(', ')}); copy it exactly.`)
    }
    if (!Array.isArray(q?.sources) || q.sources.length === 0)
      problems.push(`${name} cites no sources: add at least one id from data/sources.ts.`)
    else
      q.sources.filter(id => !Object.hasOwn(sources, id)).forEach(id => problems.push(`${name} cites "${id}", which is not in data/sources.ts.`))
    if (typeof q?.id === 'string' && q.id) {
      if (seen.has(q.id))
        problems.push(`question id "${q.id}" is used twice: ids must be unique.`)
      seen.add(q.id)
    }
  })
  if (problems.length)
    throw new Error(`data/quiz.ts: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`)
  return questions
}

/** Finds a question by id, or says which ids exist. */
export function questionById(questions: QuizQuestion[], id: string): QuizQuestion {
  const found = questions.find(q => q.id === id)
  if (!found)
    throw new Error(`Quiz: no question "${id}" in data/quiz.ts; known: ${questions.map(q => q.id).join(', ')}.`)
  return found
}

export interface Feedback {
  correct: boolean
  /** "Right." or "Not quite: the answer is …", for the first line of the feedback. */
  verdict: string
  why: string
}

/** What choosing `choice` earns: right or wrong, and the one line of why. */
export function feedbackFor(question: QuizQuestion, choice: string): Feedback {
  if (!question.options.includes(choice))
    throw new Error(`Quiz "${question.id}": "${choice}" is not one of its options.`)
  const correct = choice === question.answer
  return {
    correct,
    verdict: correct ? 'Right.' : `Not quite: the answer is “${question.answer}”.`,
    why: question.why,
  }
}

/**
 * The option that gets focus after a key press on option `index` of `count`, or null when the
 * key is not one the group handles. Arrows wrap around; Home and End jump to the ends.
 */
export function focusAfterKey(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return (index + 1) % count
    case 'ArrowUp':
    case 'ArrowLeft':
      return (index - 1 + count) % count
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}

/** Slidev's slide routes as numbers and titles (a route's meta.slide holds the # heading's title). */
export function titledSlides(routes: { no: number, meta?: unknown }[]): { no: number, title?: string }[] {
  return routes.map(route => ({ no: route.no, title: (route.meta as { slide?: { title?: string } } | undefined)?.slide?.title }))
}

/** The 1-based number of the slide titled `title`, or null when no slide has that title. */
export function slideNumberOf(title: string, slides: { no: number, title?: string }[]): number | null {
  return slides.find(slide => slide.title?.trim() === title.trim())?.no ?? null
}
