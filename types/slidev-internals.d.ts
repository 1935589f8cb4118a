/*
 * The few parts of Slidev's client the handout page (components/HandoutPage.vue) borrows
 * from its own print view (pages/print.vue → PrintSlide.vue): a clicks context fixed at a
 * click, a navigation context fixed on one slide, and the component that renders one slide
 * with its global layers; and the sync state and settings composables/sync-hold.ts reads and
 * writes. Not public API: checked against @slidev/client 52.20.
 */
declare module '@slidev/client/composables/useClicks.ts' {
  import type { ClicksContext, SlideRoute } from '@slidev/types'

  export function createFixedClicks(route: SlideRoute, current: number): ClicksContext
}

declare module '@slidev/client/composables/useNav.ts' {
  import type { ClicksContext, SlideRoute } from '@slidev/types'

  export interface SlidevContextNav { readonly fixed: unique symbol }
  export function useFixedNav(route: SlideRoute, clicks: ClicksContext): SlidevContextNav
}

declare module '@slidev/client/constants.ts' {
  /** The click every step is revealed by: a slide's final state. */
  export const CLICKS_MAX: number
}

declare module '@slidev/client/internals/PrintSlideClick.vue' {
  import type { SlidevContextNav } from '@slidev/client/composables/useNav.ts'
  import type { DefineComponent } from 'vue'

  const PrintSlideClick: DefineComponent<{ nav: SlidevContextNav }>
  export default PrintSlideClick
}

declare module '@slidev/client/state/shared.ts' {
  export interface SharedState {
    page: number
    clicks: number
    lastUpdate?: { id: string, type: 'presenter' | 'viewer', time: number }
  }
  export const sharedState: SharedState
  export function patch<K extends keyof SharedState>(key: K, value: SharedState[K]): void
}

declare module '@slidev/client/state/storage.ts' {
  import type { Ref } from 'vue'

  export const syncDirections: Ref<{ viewerSend: boolean, viewerReceive: boolean, presenterSend: boolean, presenterReceive: boolean }>
}
