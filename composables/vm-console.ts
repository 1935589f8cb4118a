/**
 * Reading the live VM's serial console as text: pure helpers shared by the Node scripts (state,
 * transcript) and usable by the browser component.
 *
 * Busybox's shell (ash) ends every prompt with `ESC[6n`, a cursor-position query that a real
 * terminal answers; a recording has to strip it, and prompt matching has to allow for it.
 */

/** ANSI/VT control sequences (CSI, OSC, two-byte escapes), for stripping. */
// eslint-disable-next-line no-control-regex
const CONTROL = /\x1B\[[\x30-\x3F]*[\x20-\x2F]*[\x40-\x7E]|\x1B\][^\x07\x1B]*(?:\x07|\x1B\\)|\x1B[\x40-\x5A\x5C-\x5F]/g
// eslint-disable-next-line no-control-regex
const OTHER_C0 = /[\x00-\x08\x0B-\x1F\x7F]/g

/** The text a reader sees: escape sequences removed, CRLF → LF, other control bytes dropped. */
export function stripControl(raw: string): string {
  return raw.replace(CONTROL, '').replace(/\r+\n/g, '\n').replace(/\r/g, '').replace(OTHER_C0, '')
}

/** A shell prompt of the image's form, `host:dir# ` (or `$ `), at the end of the output. */
export const PROMPT_AT_END = /(?:^|\n)([\w.-]+:[^\n]*[#$] )$/

/** The prompt that ends this (raw or stripped) output, or undefined if the shell is still busy. */
export function promptAtEnd(output: string): string | undefined {
  return PROMPT_AT_END.exec(stripControl(output))?.[1]
}

/**
 * The output of one command: the stripped text after the echoed command line and before the next
 * prompt. `raw` is everything the console sent from the moment the command was typed.
 */
export function commandOutput(raw: string, command: string): { output: string, prompt: string } {
  const text = stripControl(raw)
  const prompt = PROMPT_AT_END.exec(text)?.[1]
  if (prompt === undefined)
    throw new Error(`No prompt after "${command}": the command has not finished (output so far: ${JSON.stringify(text.slice(-200))})`)
  let body = text.slice(0, text.length - prompt.length)
  const echo = body.indexOf(`${command}\n`)
  if (echo === -1)
    throw new Error(`The console did not echo "${command}" (got ${JSON.stringify(body.slice(0, 200))})`)
  body = body.slice(echo + command.length + 1)
  return { output: body.replace(/\n$/, ''), prompt }
}

/** Tabs as spaces to the next multiple of 8 columns, as a terminal shows them (line by line). */
export function expandTabs(text: string): string {
  return text.split('\n').map((line) => {
    let out = ''
    for (const ch of line)
      out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch
    return out
  }).join('\n')
}
