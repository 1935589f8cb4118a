import { describe, expect, it } from 'vitest'
import { commandOutput, expandTabs, promptAtEnd, stripControl } from './vm-console'

describe('the VM console as text', () => {
  it('strips busybox\'s cursor query, colours and carriage returns', () => {
    expect(stripControl('ls\r\n\x1B[1;34mbin\x1B[0m\r\nvm:~# \x1B[6n')).toBe('ls\nbin\nvm:~# ')
  })

  it('finds the prompt at the end, with or without the cursor query after it', () => {
    expect(promptAtEnd('uname -r\r\n6.1.0\r\nvm:~# \x1B[6n')).toBe('vm:~# ')
    expect(promptAtEnd('x\r\nvm:/sys/fs/cgroup# ')).toBe('vm:/sys/fs/cgroup# ')
    expect(promptAtEnd('sleep 5\r\n')).toBeUndefined()
    expect(promptAtEnd('vm:~# ls\r\nbin')).toBeUndefined()
  })

  it('cuts one command\'s output out of the console stream', () => {
    const raw = 'echo $$\r\n1\r\nbox:~# \x1B[6n'
    expect(commandOutput(raw, 'echo $$')).toEqual({ output: '1', prompt: 'box:~# ' })
    expect(commandOutput('cd /tmp\r\nvm:/tmp# ', 'cd /tmp')).toEqual({ output: '', prompt: 'vm:/tmp# ' })
  })

  it('says what is wrong when the prompt or the echo is missing', () => {
    expect(() => commandOutput('sleep 5\r\n', 'sleep 5')).toThrow(/No prompt after "sleep 5"/)
    expect(() => commandOutput('vm:~# ', 'ls')).toThrow(/did not echo "ls"/)
  })
})

describe('expandTabs', () => {
  it('puts tabs at 8-column stops, as the terminal did', () => {
    expect(expandTabs('model name\t: Pentium III\nreal\t0m 0.31s')).toBe('model name      : Pentium III\nreal    0m 0.31s')
  })
})
