/** The chapter's four goals of application isolation, each with the trouble it prevents. */
export interface IsolationGoal {
  id: string
  /** The goal, as the chapter states it. */
  title: string
  /** What it means in practice, in one line. */
  means: string
  /** What goes wrong on a shared server without it. */
  without: string
}

export const isolationGoals: IsolationGoal[] = [
  {
    id: 'separate',
    title: 'Keep it separate',
    means: 'Its files, libraries and settings are its own.',
    without: 'Another team upgrades a shared library, and your server no longer starts.',
  },
  {
    id: 'resources',
    title: 'Give it consistent resources',
    means: 'A dependable share of CPU and memory, whatever the neighbours do.',
    without: 'A nightly batch job eats all the memory; your pages time out.',
  },
  {
    id: 'portable',
    title: 'Make it easy to move',
    means: 'Package it once; run it on another server unchanged.',
    without: '“It works on the old box”: the new one lacks a dozen hand-made tweaks.',
  },
  {
    id: 'protected',
    title: 'Protect it, both ways',
    means: 'A break-in stays where it happened, in either direction.',
    without: 'An attacker gets into the other app, then reads your server’s keys.',
  },
]
