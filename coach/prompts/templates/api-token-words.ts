/**
 * Telegram's `/token` lines: the runner's own API token (shown once, sent only in their private chat) and
 * the refusal in a group. Plain and the same for every persona: they are about the app, not about training.
 */

/** The message that hands the runner a fresh token for the HTTP API. */
export function runnerTokenText(token: string, athleteId: string, tokenId: string): string {
  return [
    'Your personal API token (keep it secret: it reads and changes your data):',
    token,
    `Send it as "Authorization: Bearer <token>" to /api/athletes/${athleteId}/…`,
    `It is shown only this once. To revoke it: DELETE /api/athletes/${athleteId}/tokens/${tokenId}. Deleting your data revokes it too.`,
  ].join('\n\n');
}

/** Why `/token` gave nothing in a group chat. */
export function tokenPrivateOnlyText(): string {
  return 'I send API tokens only in our private chat: message me directly and send /token there.';
}
