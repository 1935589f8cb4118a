import type { DeckAddress } from '../scripts/deck-address'

declare global {
  /** Defined by vite.config.ts (and vitest.config.ts) from scripts/deck-address.ts at build time. */
  const __DECK_ADDRESS__: DeckAddress
}

export {}
