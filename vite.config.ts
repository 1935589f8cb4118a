import { defineConfig } from 'vite'

// Slidev merges this into its Vite config. The live VM (components/vm/LinuxVm.vue) imports v86 and
// xterm.js only when its slide is shown; listing them here lets the dev server pre-bundle them at
// start-up instead of discovering them on that first visit and reloading the page.
export default defineConfig({
  optimizeDeps: {
    include: ['v86', '@xterm/xterm'],
  },
})
