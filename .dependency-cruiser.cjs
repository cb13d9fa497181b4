/**
 * Dependency direction for runloop (see README "Architecture"): everything points inward, toward
 * coach/rules. `npm run lint` runs this over the source folders; CI fails on any violation.
 */

// Layers inside coach/ (/work/shared/ARCHITECTURE.md), each importing only the ones after it:
// orchestrator → use cases → turn vocabulary → model/ports → prompts → rules. Prompts and rules are held by
// `prompts-only-rules` and `rules-are-pure`; the three rules named `coach-…` below hold the rest. The turn
// vocabulary (Turn, say, combine, events, clarify) is coach/turn/; what the coach remembers between
// messages is part of the runner-state document, so it is model (coach/model/conversation-state.ts).
// coach/conversation/ is the orchestrator (handle-message.ts, route.ts and their helpers), as is the
// channel front door, coach/channel.ts, and the phone line's front door, coach/calls/ (a call's turns).
const ORCHESTRATOR = '^coach/(channel[.]ts$|conversation/|calls/)';
const USE_CASES = '^coach/(use-cases|onboarding|adaptation)/';
const TURN = '^coach/turn/';
const MODEL_PORTS = '^coach/(model|ports)/';

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
      name: 'coach-orchestrator-on-top',
      comment:
        'Nothing in coach/ imports the orchestrator (handleMessage, route, the channel front door): it calls the use cases, and only the adapters call it.',
      severity: 'error',
      from: { path: '^coach/', pathNot: ORCHESTRATOR },
      to: { path: ORCHESTRATOR },
    },
    {
      name: 'coach-use-cases-over-turn',
      comment:
        'The turn vocabulary (Turn, say, combine, events, clarify) and the model/ports never import a use case (use-cases, onboarding, adaptation).',
      severity: 'error',
      from: { path: [TURN, MODEL_PORTS] },
      to: { path: USE_CASES },
    },
    {
      name: 'coach-turn-over-model',
      comment:
        'coach/model and coach/ports (domain types and the interfaces db/ implements) never import the turn vocabulary.',
      severity: 'error',
      from: { path: MODEL_PORTS },
      to: { path: TURN },
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
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
