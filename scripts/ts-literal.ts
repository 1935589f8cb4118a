/**
 * A value as a TypeScript literal in the project's style (single quotes, unquoted keys where
 * possible, trailing commas), for generated data files that lint cleanly.
 */
export function tsLiteral(value: unknown, indent = ''): string {
  const inner = `${indent}  `
  if (typeof value === 'string')
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, '\\\'').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}'`
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value)
  if (Array.isArray(value))
    return value.length === 0 ? '[]' : `[\n${value.map(v => `${inner}${tsLiteral(v, inner)},\n`).join('')}${indent}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    // Keys quoted only where needed, and then all of them (the lint rule quote-props: consistent-as-needed).
    const plain = entries.every(([k]) => /^[A-Z_$][\w$]*$/i.test(k))
    const key = (k: string): string => (plain ? k : tsLiteral(k))
    return entries.length === 0 ? '{}' : `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${tsLiteral(v, inner)},\n`).join('')}${indent}}`
  }
  throw new Error(`tsLiteral: cannot write ${typeof value}`)
}
