/**
 * Mounting slides ahead of time without blocking the main thread. Slidev mounts the current
 * slide and its neighbours at once, and every other slide 3 s after load, all in one go (a long
 * task), so whichever slide change came near that moment paid for it. Here the slides are
 * loaded and mounted one per idle period, starting at the slide shown: by the time Slidev's
 * timer fires there is nothing left for it to do.
 */
export interface PreloadableRoute {
  no: number
  meta: { preload?: boolean, __preloaded?: boolean }
  load: () => Promise<unknown>
}

/** Calls back when the main thread is idle. */
export type WhenIdle = (callback: () => void) => void

/** The slides from `current` to the end, then the ones before it: the next ones are needed first. */
export function preloadOrder<T extends PreloadableRoute>(routes: T[], current: number): T[] {
  const at = Math.min(Math.max(current, 1), routes.length) - 1
  return [...routes.slice(at), ...routes.slice(0, at)]
}

/** Loads each route's chunk, then marks it preloaded (Slidev mounts it, hidden) in an idle period of its own. */
export async function preloadWhenIdle(routes: PreloadableRoute[], whenIdle: WhenIdle): Promise<number> {
  const idle = (): Promise<void> => new Promise(resolve => whenIdle(resolve))
  let mounted = 0
  for (const route of routes) {
    if (route.meta.preload === false || route.meta.__preloaded)
      continue
    await route.load()
    await idle()
    route.meta.__preloaded = true
    mounted++
  }
  return mounted
}

/** requestIdleCallback where the browser has it (with a timeout, so a busy page still progresses), else a short timer. */
export const browserIdle: WhenIdle = callback => typeof requestIdleCallback === 'function'
  ? requestIdleCallback(() => callback(), { timeout: 500 })
  : setTimeout(callback, 16)
