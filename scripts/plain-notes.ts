/**
 * Speaker notes as plain text, for tools that show notes verbatim (PowerPoint's notes pane):
 * no Markdown markup, no [click] marks (each click's part starts a new paragraph), no HTML.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: ' ' }

export function plainNotes(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/\s*\[click(?::\d+)?\]\s*/g, '\n\n')
    .replace(/```[^\n]*\n([\s\S]*?)```/g, '$1')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((\S+?)\)/g, (_, text: string, url: string) => text === url ? url : `${text} (${url})`)
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name])
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*\B/g, '$1$2')
    .replace(/(^|\W)_(?=\S)([^_\n]*?\S)_\b/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^(\s*)[-*+]\s+/gm, '$1• ')
    .replace(/^>\s?/gm, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
