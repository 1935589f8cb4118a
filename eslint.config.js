// @antfu/eslint-config 8 (its eslint-plugin-unicorn 64 still runs on Node 20; 10 does not).
// Its eslint-flat-config-utils calls Object.groupBy, new in Node 21: supply it on Node 20.
if (!Object.groupBy) {
  Object.groupBy = (items, key) => {
    const groups = Object.create(null)
    let i = 0
    for (const item of items)
      (groups[key(item, i++)] ??= []).push(item)
    return groups
  }
}

const { default: antfu } = await import('@antfu/eslint-config')

export default antfu({
  vue: true,
  typescript: true,
  // Formats slides.md and pages/*.md with Slidev's own prettier plugin.
  formatters: {
    markdown: 'prettier',
    slidev: {
      files: ['slides.md', 'talk.md', 'pages/**/*.md', 'tests/fixtures/**/slides.md'],
    },
  },
  ignores: ['dist/**', 'dist-talk/**', 'exports/**', '.slidev/**', 'README.md'],
}, {
  // A Slidev file holds many slides, each with its own # title.
  files: ['slides.md', 'talk.md', 'pages/**/*.md', 'tests/fixtures/**/slides.md'],
  rules: {
    'markdown/heading-increment': 'off',
    'markdown/no-multiple-h1': 'off',
  },
}, {
  // Every package the code imports is declared in package.json: a package that only arrives
  // through another's dependencies (Slidev's) can vanish or change with that package's update.
  files: ['**/*.{ts,mts,js,mjs,vue}'],
  rules: {
    'node/no-extraneous-import': ['error', { allowModules: [] }],
  },
})
