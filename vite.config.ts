import { defineConfig } from 'vite'
import { deckAddress } from './scripts/deck-address.ts'

// Slidev merges this into its Vite config.
// - The live VM (components/vm/LinuxVm.vue) loads xterm.js when its slide is shown; listing it and
//   v86 here lets the dev server pre-bundle them at start-up instead of discovering them on that
//   first visit and reloading the page.
// - The VM runs in a worker (vm/worker.ts) that imports v86 on demand: an ES-module worker, since
//   Vite's default (iife) cannot split a worker's code.
// - __DECK_ADDRESS__: the deck's address (DECK_URL), its QR code and the site's downloads, read
//   once here at build time (scripts/deck-address.ts), shown by <DeckAddress /> and the handout.
export default defineConfig({
  define: {
    __DECK_ADDRESS__: JSON.stringify(deckAddress()),
  },
  optimizeDeps: {
    include: ['v86', '@xterm/xterm'],
  },
  worker: {
    format: 'es',
  },
})
