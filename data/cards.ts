import type { LayerKind } from './layers'
import type { SourceId } from './sources'

/** A card revealed on a click: goals, key characteristics. Drawn by components/RevealCards.vue. */
export interface RevealCard {
  id: string
  title: string
  /** What it means, in a line or two. */
  body: string
  /** A second, smaller line with its own label: "Without it: …", "Fine print: …". */
  note?: { label: string, text: string }
  /** The layer of the stack diagrams this card is about; the card wears its colour. */
  layer?: LayerKind
  /** Where its numbers and dates come from: cited as [n] at the end of the card. */
  sources?: SourceId[]
}
