import { defineConfig } from 'vite'
import { deckAddress } from './scripts/deck-address.ts'

// Slidev merges this into its Vite config. The live VM (components/LinuxVm.vue) imports v86 and
// xterm.js only when its slide is shown; listing them here lets the dev server pre-bundle them at
// start-up instead of discovering them on that first visit and reloading the page.
// __DECK_ADDRESS__: the deck's address (DECK_URL), its QR code and the site's downloads, read once
// here at build time (scripts/deck-address.ts) and shown by <DeckAddress /> and the handout.
export default defineConfig({
  define: {
    __DECK_ADDRESS__: JSON.stringify(deckAddress()),
  },
  optimizeDeps: {
    include: ['v86', '@xterm/xterm'],
  },
})
