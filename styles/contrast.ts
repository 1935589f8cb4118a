/** WCAG 2.x relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  if (!/^#[0-9a-f]{6}$/i.test(hex))
    throw new Error(`luminance: expected a #rrggbb colour, got "${hex}"`)
  const [r, g, b] = [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map(v => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio between two colours (1 … 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

function channels(hex: string): [number, number, number] {
  if (!/^#[0-9a-f]{6}$/i.test(hex))
    throw new Error(`expected a #rrggbb colour, got "${hex}"`)
  return [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]
}

const toHex = (values: number[]): string => `#${values.map(v => Math.round(v).toString(16).padStart(2, '0')).join('')}`

/**
 * The grey level (0–255) a colour prints as in greyscale: Rec. 601 luma of its sRGB values,
 * the conversion printers' drivers and `pdftoppm -gray` use (not WCAG's luminance, which would
 * keep every contrast unchanged and so hide what greyscale printing loses).
 */
export function greyLevel(hex: string): number {
  const [r, g, b] = channels(hex)
  return Math.round(0.299 * r + 0.587 * g + 0.114 * b)
}

/** The colour as printed in greyscale, as #gggggg. */
export function toGrey(hex: string): string {
  const g = greyLevel(hex)
  return toHex([g, g, g])
}

/** CSS `color-mix(in srgb, a weight, b)`: `weight` (0…1) of `a`, the rest `b`. */
export function mix(a: string, b: string, weight: number): string {
  const [ca, cb] = [channels(a), channels(b)]
  return toHex(ca.map((v, i) => v * weight + cb[i] * (1 - weight)))
}
