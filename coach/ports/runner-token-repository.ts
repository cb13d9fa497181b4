/**
 * Runner-scoped access tokens for the HTTP API: issued by the operator (API, CLI) or the runner
 * (Telegram `/token`), stored only as a sha256, revoked one by one or all at once with the runner.
 */
export type TokenIssuer = 'operator' | 'cli' | 'telegram';

/** A token as listed and exported: never the token nor its hash. */
export interface RunnerTokenInfo {
  readonly id: string;
  readonly athleteId: string;
  readonly issuedBy: TokenIssuer;
  readonly createdAt: Date;
  readonly revokedAt?: Date;
}

export interface IssuedRunnerToken extends RunnerTokenInfo {
  /** The secret itself (`rl_…`): shown once, never stored. */
  readonly token: string;
}

export interface RunnerTokenRepository {
  /** A fresh token for the runner; only its sha256 is stored. */
  issue(athleteId: string, issuedBy: TokenIssuer): Promise<IssuedRunnerToken>;
  /** The live (not revoked) token with this secret; absent for an unknown or revoked one. */
  verify(token: string): Promise<RunnerTokenInfo | undefined>;
  /** Oldest first, revoked ones included. */
  list(athleteId: string): Promise<RunnerTokenInfo[]>;
  /** Revokes one of the runner's tokens; false when the runner has no live token with that id. */
  revoke(athleteId: string, tokenId: string): Promise<boolean>;
}
