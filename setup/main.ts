// Slidev app setup: once the deck has loaded, mount the other slides one per idle period
// (composables/preload.ts), so no slide change pays for mounting. Not when printing or
// exporting, which render every slide anyway. In presenter mode, the notes follow the current
// click in a built deck too (composables/note-scroll.ts). A window that reloads does
// not send the other back to click 0 (composables/sync-hold.ts).
import { defineAppSetup } from '@slidev/types'
import { slides } from '#slidev/slides'
import { followActiveNoteMarker } from '../composables/note-scroll'
import { browserIdle, preloadOrder, preloadWhenIdle } from '../composables/preload'
import { holdSendWhileLoading } from '../composables/sync-hold'

export default defineAppSetup(({ router }) => {
  if (typeof window === 'undefined')
    return
  followActiveNoteMarker(document.documentElement)
  holdSendWhileLoading(router)
  window.addEventListener('load', () => {
    router.isReady().then(() => {
      const route = router.currentRoute.value
      if ('print' in route.query || /print|export/.test(route.path))
        return
      return preloadWhenIdle(preloadOrder(slides.value, Number(route.params.no) || 1), browserIdle)
    }).catch(error => console.error('preloading slides failed', error))
  }, { once: true })
})
