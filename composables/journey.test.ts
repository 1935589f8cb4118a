import type { Journey } from '../data/journey'
import { describe, expect, it } from 'vitest'
import { readJourney } from '../data/journey'
import { checkJourney, crossings, journeyClicks, journeyFrame } from './journey'

const rows = (frame: ReturnType<typeof journeyFrame>, side: 'container' | 'vm'): string[] => frame.reached[side].map(r => r.row)

describe('the read() journey', () => {
  it('is well formed, and needs one click per step after the start', () => {
    expect(checkJourney(readJourney)).toBe(readJourney)
    expect(journeyClicks(readJourney)).toBe(6)
  })

  it('starts with the call at the app on both sides, nothing else', () => {
    const start = journeyFrame(readJourney, 0)
    expect(rows(start, 'container')).toEqual(['app'])
    expect(rows(start, 'vm')).toEqual(['app'])
    expect(start.wall).toBe(false)
    expect(start.cost).toBe(false)
  })

  it('takes the container call straight into the host kernel in one click', () => {
    const frame = journeyFrame(readJourney, 1)
    expect(rows(frame, 'container')).toEqual(['app', 'host-kernel', 'hardware'])
    expect(rows(frame, 'vm')).toEqual(['app'])
    expect(frame.newest).toEqual(['host-kernel', 'hardware'])
  })

  it('takes the VM call through guest kernel, virtual device, hypervisor and host kernel to the hardware', () => {
    const frame = journeyFrame(readJourney, 4)
    expect(rows(frame, 'vm')).toEqual(['app', 'guest-kernel', 'virtual-device', 'middle', 'host-kernel', 'hardware'])
    expect(frame.reached.vm.map(r => r.hop)).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('ends with both paths whole, the walls and the cost shown, and the crossings the caption names', () => {
    const end = journeyFrame(readJourney, 99)
    expect(end.step).toBe(6)
    expect(end.wall && end.cost).toBe(true)
    expect(crossings(readJourney, 'container')).toBe(2)
    expect(crossings(readJourney, 'vm')).toBe(5)
    expect(end.caption).toContain('two crossings against five')
  })

  it('draws the container wall lower (at the shared kernel) than the VM wall (at the virtual devices)', () => {
    const index = (id: string): number => readJourney.rows.findIndex(r => r.id === id)
    expect(index(readJourney.wallAbove.container)).toBeGreaterThan(index(readJourney.wallAbove.vm))
  })
})

describe('checkJourney', () => {
  const broken = (change: (j: Journey) => void): Journey => {
    const copy = structuredClone(readJourney)
    change(copy)
    return copy
  }
  it('names a step that reaches a row that does not exist', () => {
    expect(() => checkJourney(broken(j => j.steps[2].reach.push('nowhere')))).toThrow('step 2 reaches "nowhere", which is not a row')
  })
  it('refuses a path through a layer the side does not have, or one it only has aside', () => {
    expect(() => checkJourney(broken(j => j.steps[1].reach.unshift('guest-kernel')))).toThrow('on the container side, which has no layer there')
    expect(() => checkJourney(broken(j => j.steps[1].reach.unshift('middle')))).toThrow('on the container side, which has no layer there')
  })
  it('refuses a row reached twice, and a wall above a missing row', () => {
    expect(() => checkJourney(broken(j => j.steps[4].reach.push('guest-kernel')))).toThrow('a second time')
    const attic = broken((j) => {
      j.wallAbove.vm = 'attic'
    })
    expect(() => checkJourney(attic)).toThrow('the vm wall sits above "attic"')
  })
})
