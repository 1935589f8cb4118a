/**
 * The deck's address and downloads as the build defined them (vite.config.ts reads DECK_URL and
 * the rest once, in scripts/deck-address.ts, into __DECK_ADDRESS__). Shown by <DeckAddress /> on
 * the closing and how-to slides and by the handout's first page.
 */
import type { DeckAddress } from '../scripts/deck-address'

export type { DeckAddress } from '../scripts/deck-address'

/** The environment variable the deck's address is set with, and how to set it (the slides say it when unset). */
export const DECK_URL_VAR = 'DECK_URL'
export const DECK_URL_HOWTO = `${DECK_URL_VAR}=https://… npm run build`

/** What this build was given; with no define (a unit test without one), no address and no downloads. */
export const builtAddress: DeckAddress = typeof __DECK_ADDRESS__ === 'undefined'
  ? { url: null, display: null, qr: null, siteBase: '/', downloads: [] }
  : __DECK_ADDRESS__

/** Where the site's downloads are, from any page of the site (the talk is under <base>talk/). */
export function downloadsHref(address: Pick<DeckAddress, 'siteBase'>): string {
  return `${address.siteBase}downloads/`
}

/** The downloads' address as a reader types it: the deck's address with downloads/, or the site path. */
export function downloadsDisplay(address: Pick<DeckAddress, 'siteBase' | 'display'>): string {
  return address.display ? `${address.display}/downloads/` : downloadsHref(address)
}
