import type { SourceId } from './sources'
import { isolationGoals } from './goals'

/**
 * What to remember: the chapter's four goals (data/goals.ts), each scored for VMs and for
 * containers, with one line of how. Drawn by components/Scorecard.vue. Words, not colours,
 * carry the score; the sources are those of the slides that teach each point.
 */
export type Score = 'strong' | 'good' | 'different' | 'weaker'

export interface ScoreCell {
  score: Score
  how: string
}

export interface ScoreRow {
  /** A goal id from data/goals.ts. */
  goal: string
  vm: ScoreCell
  container: ScoreCell
  sources: SourceId[]
}

export const scoreWords: Record<Score, string> = {
  strong: 'Strong',
  good: 'Good',
  different: 'Different',
  weaker: 'Weaker',
}

export const scorecard: ScoreRow[] = [
  {
    goal: 'separate',
    vm: { score: 'strong', how: 'its own OS, kernel and files' },
    container: { score: 'good', how: 'its own files (the image); one shared kernel' },
    sources: ['man-namespaces', 'docker-what-is-container'],
  },
  {
    goal: 'resources',
    vm: { score: 'good', how: 'virtual CPUs and memory set per VM' },
    container: { score: 'good', how: 'cgroups cap CPU, memory and I/O' },
    sources: ['man-cgroups', 'felter-ibm'],
  },
  {
    goal: 'portable',
    vm: { score: 'different', how: 'brings its kernel; big disk images' },
    container: { score: 'different', how: 'small OCI image; needs a matching kernel and CPU' },
    sources: ['oci-v1', 'docker-multi-platform'],
  },
  {
    goal: 'protected',
    vm: { score: 'strong', how: 'a narrow wall: a few virtual devices' },
    container: { score: 'weaker', how: 'a wide wall: the shared kernel’s system calls' },
    sources: ['venom', 'lin-container-security', 'docker-seccomp'],
  },
]

/** Throws a clear error unless every row names a goal that exists, each goal once, in order. */
export function checkScorecard(rows: ScoreRow[]): ScoreRow[] {
  const ids = isolationGoals.map(goal => goal.id)
  const named = rows.map(row => row.goal)
  const unknown = named.filter(id => !ids.includes(id))
  if (unknown.length)
    throw new Error(`Scorecard: unknown goal ${unknown.map(id => `"${id}"`).join(', ')}; goals are ${ids.join(', ')} (data/goals.ts).`)
  if (named.join() !== ids.join())
    throw new Error(`Scorecard: score every goal once, in the goals' order (${ids.join(', ')}); got ${named.join(', ')}.`)
  return rows
}
