/**
 * The side-by-side model: checks a StackComparison (each side through the stack model's own
 * checks) and says what each click lights and which empty slots it reveals. Tested in
 * compare.test.ts.
 */
import type { LayerKind } from '../data/layers'
import type { CompareStep, StackComparison, StackRow } from '../data/stacks'
import type { StackLayer } from './stack'
import { buildStackModel } from './stack'

export type Side = 'vm' | 'container'

export interface CompareModel {
  id: string
  intro: string
  columns: string[]
  /** Per side, per row (bottom-up): its layers, or null for an empty slot. */
  rows: Record<Side, (StackLayer[] | null)[]>
  /** A layer drawn dashed beside one side's columns, from row `from` to the top; null if none. */
  aside: { side: Side, from: number, layer: StackLayer } | null
  missing: (string | null)[]
  steps: CompareStep[]
  /** For each empty container slot, the click that reveals it (the first to light the VM layer it lacks). */
  revealAt: (number | null)[]
}

function sideModel(spec: StackComparison, side: Side): { rows: (StackLayer[] | null)[], aside: StackLayer | null } {
  const aside = spec.aside?.side === side ? spec.aside : null
  const present: StackRow[] = []
  spec.rows.forEach((row, r) => {
    if (aside && r === aside.from)
      present.push({ aside: aside.layer })
    if (row[side] !== null)
      present.push(row[side])
  })
  const model = buildStackModel({
    id: `${spec.id} (${side} side)`,
    title: spec.id,
    alt: spec.alt,
    columns: spec.columns,
    rows: present,
    highlights: spec.steps.filter(step => step[side].length > 0).map(step => ({ kinds: step[side], caption: step.caption })),
  })
  const layers = model.rows.filter(row => !row[0].aside)
  let next = 0
  return {
    rows: spec.rows.map(row => (row[side] === null ? null : layers[next++].map(layer => ({ ...layer })))),
    aside: model.rows.find(row => row[0].aside)?.[0] ?? null,
  }
}

export function buildCompareModel(spec: StackComparison): CompareModel {
  if (!spec?.rows?.length)
    throw new Error(`Comparison "${spec?.id ?? '?'}": has no rows (see data/stacks.ts).`)
  if (!spec.steps?.length)
    throw new Error(`Comparison "${spec.id}": has no steps; each click needs a caption and the layers it lights.`)
  spec.rows.forEach((row, r) => {
    if (row.vm === null && row.container === null)
      throw new Error(`Comparison "${spec.id}", row ${r + 1}: both sides are empty; remove the row.`)
    if (row.container === null && !row.missing)
      throw new Error(`Comparison "${spec.id}", row ${r + 1}: the container side is empty; say what is missing (missing: 'no …').`)
  })
  if (spec.aside && !(Number.isInteger(spec.aside.from) && spec.aside.from >= 0 && spec.aside.from < spec.rows.length))
    throw new Error(`Comparison "${spec.id}": its aside starts at row ${spec.aside.from}, which is not one of its rows (0 … ${spec.rows.length - 1}, bottom-up).`)
  const vm = sideModel(spec, 'vm')
  const container = sideModel(spec, 'container')
  const rows = { vm: vm.rows, container: container.rows }
  const asideLayer = vm.aside ?? container.aside
  const aside = spec.aside && asideLayer ? { side: spec.aside.side, from: spec.aside.from, layer: asideLayer } : null
  const revealAt = spec.rows.map((row, r) => {
    if (row.container !== null)
      return null
    const kinds = new Set((rows.vm[r] ?? []).map(layer => layer.kind))
    const step = spec.steps.findIndex(s => s.vm.some(kind => kinds.has(kind)))
    if (step < 0)
      throw new Error(`Comparison "${spec.id}", row ${r + 1}: no step lights the VM layer the containers lack, so "${row.missing}" would never show.`)
    return step + 1
  })
  return { id: spec.id, intro: spec.intro, columns: spec.columns, rows, aside, missing: spec.rows.map(row => row.missing ?? null), steps: spec.steps, revealAt }
}

/** The lit kinds on one side at a click (none at click 0, when both stacks are simply shown). */
export function litAt(model: CompareModel, side: Side, step: number): LayerKind[] {
  return step >= 1 ? model.steps[Math.min(step, model.steps.length) - 1][side] : []
}

/** The caption under the stacks: the question before the first click, then each step's point. */
export function captionAt(model: CompareModel, step: number): string {
  return step >= 1 ? model.steps[Math.min(step, model.steps.length) - 1].caption : model.intro
}

/** Whether the empty slot of row `row` on the container side is shown at a click. */
export function slotShown(model: CompareModel, row: number, step: number): boolean {
  const at = model.revealAt[row]
  return at !== null && step >= at
}
