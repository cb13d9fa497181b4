/**
 * Dependency direction for runloop (see README "Architecture"): everything points inward, toward
 * coach/rules. `npm run lint` runs this over the source folders; CI fails on any violation.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'rules-are-pure',
      comment: 'coach/rules imports only itself: no packages, no node:* built-ins, no other folder.',
      severity: 'error',
      from: { path: '^coach/rules/' },
      to: { pathNot: '^coach/rules/' },
    },
    {
      name: 'prompts-only-rules',
      comment: 'coach/prompts may import coach/rules and itself (plus packages such as zod/openai).',
      severity: 'error',
      from: { path: '^coach/prompts/' },
      to: { path: '^(coach/(?!rules/|prompts/)|server/|bots/|voice/|db/|cli/)' },
    },
    {
      name: 'core-not-adapters',
      comment: 'coach/ (the use cases) never imports an adapter: server, bots, voice, db or cli.',
      severity: 'error',
      from: { path: '^coach/' },
      to: { path: '^(server|bots|voice|db|cli)/' },
    },
    {
      name: 'db-not-edges',
      comment: 'db/ implements coach ports; it never imports server, bots, voice or cli.',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: '^(server|bots|voice|cli)/' },
    },
    {
      name: 'channels-not-server',
      comment: 'bots/ and voice/ are created by server/main.ts; they do not import the server or each other.',
      severity: 'error',
      from: { path: '^(bots|voice)/' },
      to: { path: '^(server|cli)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|test|bench|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
    moduleSystems: ['es6', 'cjs'],
  },
};
