/**
 * Slidev 52.20 has each window send its slide and click to the others (a viewer only on
 * localhost: the audience window of `npm run dev`). A window that reloads sends them as its
 * router starts, before the clicks in its address apply: click 0. The other window follows, so a
 * speaker who reloads either window mid-demo would find both back at the slide's start.
 *  - A loading viewer sends nothing until its first route has settled; then it sends as the sync
 *    controls set it.
 *  - A loading presenter must send at once (its first send sets the shared state: without it, the
 *    presenter would follow a stale one), so once settled it sends its click again.
 */
import type { Router } from 'vue-router'
import { patch, sharedState } from '@slidev/client/state/shared.ts'
import { syncDirections } from '@slidev/client/state/storage.ts'

/** How long after the first route is ready a window's clicks take to apply from its address. */
export const SETTLE_MS = 1000

const clicksOf = (router: Router): number => Number(router.currentRoute.value.query.clicks ?? 0) || 0
const slideOf = (router: Router): number => Number(router.currentRoute.value.params.no ?? 1) || 1

export function holdSendWhileLoading(router: Router, settleMs = SETTLE_MS): void {
  const settled = (then: () => void): void => {
    router.isReady().then(() => setTimeout(then, settleMs), then)
  }
  if (/\/presenter(?:\/|$)/.test(location.pathname)) {
    settled(() => {
      if (!syncDirections.value.presenterSend || sharedState.page !== slideOf(router) || sharedState.clicks === clicksOf(router))
        return
      patch('clicks', clicksOf(router))
      patch('lastUpdate', { id: `${location.origin}_reloaded`, type: 'presenter', time: Date.now() })
    })
    return
  }
  if (!syncDirections.value.viewerSend)
    return
  syncDirections.value.viewerSend = false
  const release = (): void => {
    syncDirections.value.viewerSend = true
  }
  // The setting is kept in localStorage: never leave it off if the window closes while loading.
  window.addEventListener('pagehide', release, { once: true })
  settled(release)
}
