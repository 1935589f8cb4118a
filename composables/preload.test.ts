import { describe, expect, it } from 'vitest'
import { preloadOrder, preloadWhenIdle } from './preload'

function routes(n: number, preloaded: number[] = []) {
  const log: string[] = []
  const list = Array.from({ length: n }, (_, i) => ({
    no: i + 1,
    meta: { __preloaded: preloaded.includes(i + 1) } as { preload?: boolean, __preloaded?: boolean },
    load: async () => log.push(`load ${i + 1}`),
  }))
  return { list, log }
}

describe('preloading slides in idle time', () => {
  it('starts at the slide shown, then wraps round', () => {
    expect(preloadOrder(routes(5).list, 3).map(r => r.no)).toEqual([3, 4, 5, 1, 2])
    expect(preloadOrder(routes(3).list, 9).map(r => r.no)).toEqual([3, 1, 2])
  })

  it('mounts one slide per idle period, each after its chunk has loaded, skipping those already mounted or opted out', async () => {
    const { list, log } = routes(4, [2])
    list[3].meta.preload = false
    const idles: (() => void)[] = []
    const done = preloadWhenIdle(list, cb => idles.push(cb))
    const step = async (): Promise<void> => {
      await new Promise(resolve => setTimeout(resolve, 0))
      idles.shift()?.()
    }
    await new Promise(resolve => setTimeout(resolve, 0))
    expect(log).toEqual(['load 1'])
    expect(list[0].meta.__preloaded, 'not before its idle period').toBe(false)
    await step()
    expect(list[0].meta.__preloaded).toBe(true)
    expect(list[2].meta.__preloaded).toBe(false)
    await step()
    expect(await done).toBe(2)
    expect(log).toEqual(['load 1', 'load 3'])
    expect(list.map(r => !!r.meta.__preloaded)).toEqual([true, true, true, false])
  })
})
