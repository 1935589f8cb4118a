// Loaded by Slidev on every page, on screen and in print. Fonts are bundled from @fontsource
// packages (nothing is fetched): static files, one per weight, so that PDFs embed them as real
// fonts (Chromium prints variable fonts as Type 3). Each file declares every subset with its
// unicode-range, so a page downloads only the subsets it uses; styles/fonts.test.ts checks that
// every character the deck writes is in one of them, so no glyph falls back to a system font.
import '@fontsource/inter/400.css'
import '@fontsource/inter/400-italic.css'
import '@fontsource/inter/500.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/600-italic.css'
import '@fontsource/inter/700.css'
import '@fontsource/inter/700-italic.css'
import '@fontsource/jetbrains-mono/400.css'
import '@fontsource/jetbrains-mono/700.css'
import './tokens.css'
import './motion.css'
import './deck.css'
