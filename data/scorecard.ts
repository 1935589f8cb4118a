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
  /**
   * The row in a few words, for the closing slides' one line on the four goals (GoalsInBrief):
   * it must agree with the scores (scorecard.test.ts): "both" only for equal scores.
   */
  brief: string
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
    brief: 'both, a VM more strongly',
    sources: ['man-namespaces', 'docker-what-is-container'],
  },
  {
    goal: 'resources',
    vm: { score: 'good', how: 'virtual CPUs and memory set per VM' },
    container: { score: 'good', how: 'cgroups cap CPU, memory and I/O' },
    brief: 'both',
    sources: ['man-cgroups', 'felter-ibm'],
  },
  {
    goal: 'portable',
    vm: { score: 'different', how: 'brings its kernel; big disk images' },
    container: { score: 'different', how: 'small OCI image; needs a matching kernel and CPU' },
    brief: 'both, in different ways',
    sources: ['oci-v1', 'docker-multi-platform'],
  },
  {
    goal: 'protected',
    vm: { score: 'strong', how: 'a narrow wall: a few virtual devices' },
    container: { score: 'weaker', how: 'a wide wall: the shared kernel’s system calls' },
    brief: 'a VM by default; a container as far as the shared kernel holds',
    sources: ['venom', 'lin-container-security', 'docker-seccomp'],
  },
]

const RANK: Partial<Record<Score, number>> = { strong: 3, good: 2, weaker: 1 }

/**
 * What a row's brief must open with, from its scores: "both" when the two score alike (", in
 * different ways" when both are "different"), "both, a VM more strongly" or "both, containers
 * more strongly" when both are good or better but one is stronger, and "a VM" or "a container"
 * first when the other is weaker.
 */
export function briefOpening(row: ScoreRow): string {
  const [vm, container] = [row.vm.score, row.container.score]
  if (vm === container)
    return vm === 'different' ? 'both, in different ways' : 'both'
  const [a, b] = [RANK[vm] ?? 0, RANK[container] ?? 0]
  if (Math.min(a, b) >= RANK.good!)
    return a > b ? 'both, a VM more strongly' : 'both, containers more strongly'
  return a > b ? 'a VM' : 'a container'
}

/** Throws a clear error unless every row names a goal that exists, each goal once, in order. */
export function checkScorecard(rows: ScoreRow[]): ScoreRow[] {
  const ids = isolationGoals.map(goal => goal.id)
  const named = rows.map(row => row.goal)
  const unknown = named.filter(id => !ids.includes(id))
  if (unknown.length)
    throw new Error(`Scorecard: unknown goal ${unknown.map(id => `"${id}"`).join(', ')}; goals are ${ids.join(', ')} (data/goals.ts).`)
  if (named.join() !== ids.join())
    throw new Error(`Scorecard: score every goal once, in the goals' order (${ids.join(', ')}); got ${named.join(', ')}.`)
  for (const row of rows) {
    if (!row.brief?.startsWith(briefOpening(row)))
      throw new Error(`Scorecard: the brief of "${row.goal}" ("${row.brief ?? ''}") disagrees with its scores (${row.vm.score} for a VM, ${row.container.score} for a container); start it with "${briefOpening(row)}".`)
  }
  return rows
}
