import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPT_RULE_IDS } from '../../../../coach/rules/adapt/rule-ids.js';

const readme = readFileSync(new URL('../../../../coach/rules/adapt/README.md', import.meta.url), 'utf8');

describe('adaptation README', () => {
  it('documents every rule id (the wording layer keys its templates on them)', () => {
    for (const id of ADAPT_RULE_IDS)
      expect(readme).toMatch(new RegExp(`^\\| \`${id.replace('.', '\\.')}\` +\\|`, 'm'));
  });

  it('the CHANGELOG counts the adaptation rules there are', () => {
    const changelog = readFileSync(new URL('../../../../CHANGELOG.md', import.meta.url), 'utf8');
    expect(changelog).toMatch(
      new RegExp(`\\*\\*Adaptation\\*\\*: ${ADAPT_RULE_IDS.length} rules with stable ids`),
    );
  });
});
