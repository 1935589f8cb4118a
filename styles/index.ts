// Loaded by Slidev on every page. Fonts are bundled from @fontsource packages: nothing is fetched.
import '@fontsource-variable/inter'
import '@fontsource-variable/jetbrains-mono'
import './tokens.css'
import './motion.css'
import './deck.css'
