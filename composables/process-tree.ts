/**
 * The process-tree model: checks a ProcessTreeSpec and says what the tree shows at each step
 * (which processes are running, which have exited, who is whose parent, how deep each sits).
 * Pure functions, tested in process-tree.test.ts; drawn by components/ProcessTree.vue.
 */
import type { ProcessNode, ProcessTreeSpec } from '../data/process-tree'
import { sources } from '../data/sources'

export type ProcessState = 'hidden' | 'current' | 'running' | 'exited'

export interface ProcessView {
  node: ProcessNode
  state: ProcessState
  /** The process that started it (its parent now), or null: a daemon asked over a socket, or the first. */
  parent: string | null
  /** Indent: a process sits one level deeper than its parent; a daemon it asks sits level with it. */
  depth: number
}

export interface ProcessFrame {
  step: number
  views: ProcessView[]
  caption: string
  syscalls: boolean
}

/** Throws an error that names the problem unless the tree is drawable. Returns the clicks it needs. */
export function checkProcessTree(spec: ProcessTreeSpec): number {
  const where = `Process tree "${spec?.id ?? '?'}"`
  if (!spec || !Array.isArray(spec.nodes) || spec.nodes.length === 0)
    throw new Error(`${where}: has no processes; list them in nodes (see data/process-tree.ts).`)
  if (!Array.isArray(spec.steps) || spec.steps.length === 0)
    throw new Error(`${where}: has no steps; step 0 is what shows before the first click.`)
  const ids = spec.nodes.map(n => n.id)
  const dup = ids.find((id, i) => ids.indexOf(id) !== i)
  if (dup)
    throw new Error(`${where}: process "${dup}" is listed twice.`)
  const known = (id: string, what: string): void => {
    if (!ids.includes(id))
      throw new Error(`${where}: ${what} names "${id}", which is not one of its processes (${ids.join(', ')}).`)
  }
  spec.nodes.forEach((node, i) => {
    if (node.from) {
      known(node.from.id, `process "${node.id}"`)
      if (ids.indexOf(node.from.id) >= i)
        throw new Error(`${where}: process "${node.id}" comes from "${node.from.id}", which is listed after it; list processes in the order they start.`)
    }
  })
  known(spec.app, 'app')
  const shownAt = new Map<string, number>()
  const exitedAt = new Map<string, number>()
  spec.steps.forEach((step, s) => {
    if (typeof step.caption !== 'string' || step.caption.trim() === '')
      throw new Error(`${where}: step ${s} has no caption.`)
    for (const id of step.show ?? []) {
      known(id, `step ${s}`)
      if (shownAt.has(id))
        throw new Error(`${where}: step ${s} shows "${id}" again; it appeared at step ${shownAt.get(id)}.`)
      const from = spec.nodes.find(n => n.id === id)!.from
      if (from && !shownAt.has(from.id) && !(step.show ?? []).includes(from.id))
        throw new Error(`${where}: step ${s} shows "${id}" before "${from.id}", which it comes from.`)
      shownAt.set(id, s)
    }
    for (const id of step.exit ?? []) {
      known(id, `step ${s}`)
      if (!shownAt.has(id) || exitedAt.has(id))
        throw new Error(`${where}: step ${s} ends "${id}", which is not running then.`)
      exitedAt.set(id, s)
    }
    for (const { id, to } of step.reparent ?? []) {
      known(id, `step ${s}`)
      known(to, `step ${s}`)
      if (!shownAt.has(to) || exitedAt.has(to))
        throw new Error(`${where}: step ${s} gives "${id}" the parent "${to}", which is not running then.`)
    }
  })
  const never = ids.filter(id => !shownAt.has(id))
  if (never.length)
    throw new Error(`${where}: no step shows ${never.map(id => `"${id}"`).join(', ')}.`)
  for (const id of spec.sources ?? []) {
    if (!Object.hasOwn(sources, id))
      throw new Error(`${where}: cites "${id}", which is not in data/sources.ts.`)
  }
  return spec.steps.length - 1
}

/** What the tree shows at a step (clamped to 0 … last). */
export function processFrameAt(spec: ProcessTreeSpec, step: number): ProcessFrame {
  const last = spec.steps.length - 1
  const s = Math.min(Math.max(0, step), last)
  const seen = spec.steps.slice(0, s + 1)
  const parent = new Map(spec.nodes.map(n => [n.id, n.from?.how === 'starts' ? n.from.id : null]))
  for (const st of seen) {
    for (const { id, to } of st.reparent ?? [])
      parent.set(id, to)
  }
  const depth = new Map<string, number>()
  for (const n of spec.nodes) {
    const p = parent.get(n.id)
    depth.set(n.id, p ? depth.get(p)! + 1 : n.from ? depth.get(n.from.id)! : 0)
  }
  const views = spec.nodes.map((node): ProcessView => {
    const shown = seen.some(st => st.show?.includes(node.id))
    const exited = seen.some(st => st.exit?.includes(node.id))
    const state: ProcessState = !shown ? 'hidden' : exited ? 'exited' : spec.steps[s].show?.includes(node.id) ? 'current' : 'running'
    return { node, state, parent: parent.get(node.id) ?? null, depth: depth.get(node.id)! }
  })
  return { step: s, views, caption: spec.steps[s].caption, syscalls: seen.some(st => st.syscalls) }
}
