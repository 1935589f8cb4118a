/**
 * The system-call journey, step by step (tested in journey.test.ts): which rows the call has
 * reached on each side, which is newest, whether the walls and the cost are shown. Pure.
 */
import type { Journey, JourneySide } from '../data/journey'

export interface JourneyFrame {
  step: number
  /** Rows reached so far on each side, in order, as `[rowId, hop number]`. */
  reached: Record<JourneySide, { row: string, hop: number }[]>
  /** Rows reached at this very step (the newest), on the side that moved. */
  newest: string[]
  wall: boolean
  cost: boolean
  caption: string
}

const SIDES: JourneySide[] = ['container', 'vm']

/** Throws a clear error unless every step reaches rows that exist on its side, once each. */
export function checkJourney(journey: Journey): Journey {
  const ids = journey.rows.map(row => row.id)
  if (journey.steps.length < 2)
    throw new Error('Journey: needs a start step and at least one click.')
  const seen: Record<JourneySide, Set<string>> = { container: new Set(), vm: new Set() }
  journey.steps.forEach((step, i) => {
    if (!step.caption)
      throw new Error(`Journey: step ${i} has no caption.`)
    for (const id of step.reach) {
      const row = journey.rows.find(r => r.id === id)
      if (!row)
        throw new Error(`Journey: step ${i} reaches "${id}", which is not a row (rows: ${ids.join(', ')}).`)
      for (const side of step.side ? [step.side] : SIDES) {
        if (!row[side] || row[side]!.aside)
          throw new Error(`Journey: step ${i} reaches "${id}" on the ${side} side, which has no layer there on the path.`)
        if (seen[side].has(id))
          throw new Error(`Journey: step ${i} reaches "${id}" on the ${side} side a second time.`)
        seen[side].add(id)
      }
    }
  })
  for (const side of SIDES) {
    if (!ids.includes(journey.wallAbove[side]))
      throw new Error(`Journey: the ${side} wall sits above "${journey.wallAbove[side]}", which is not a row.`)
  }
  return journey
}

/** Clicks the diagram registers: every step after the start. */
export function journeyClicks(journey: Journey): number {
  return journey.steps.length - 1
}

/** What the diagram shows at `step` (0 … clicks). */
export function journeyFrame(journey: Journey, step: number): JourneyFrame {
  const at = Math.max(0, Math.min(step, journey.steps.length - 1))
  const reached: JourneyFrame['reached'] = { container: [], vm: [] }
  for (const s of journey.steps.slice(0, at + 1)) {
    for (const side of s.side ? [s.side] : SIDES) {
      for (const row of s.reach)
        reached[side].push({ row, hop: reached[side].length })
    }
  }
  const current = journey.steps[at]
  return {
    step: at,
    reached,
    newest: current.reach,
    wall: journey.steps.slice(0, at + 1).some(s => s.wall),
    cost: journey.steps.slice(0, at + 1).some(s => s.cost),
    caption: current.caption,
  }
}

/** Crossings on a side's whole path: one fewer than the layers it passes through. */
export function crossings(journey: Journey, side: JourneySide): number {
  return journeyFrame(journey, journey.steps.length - 1).reached[side].length - 1
}
