/**
 * Who exported or deleted a runner's data, and when. An entry holds the runner's id and nothing else about
 * them; the entry of a delete outlives the runner.
 */
export type AuditActor = 'operator' | 'runner-token' | 'telegram' | 'terminal' | 'cli';
export type AuditAction = 'export' | 'delete';

export interface AuditEntry {
  readonly id: string;
  readonly actor: AuditActor;
  readonly action: AuditAction;
  readonly athleteId: string;
  readonly at: Date;
}

export interface AuditLog {
  record(entry: { actor: AuditActor; action: AuditAction; athleteId: string }): Promise<void>;
  /**
   * A delete: the runner's earlier entries go with their data, and this one entry stays (their id only).
   * Call it in the unit of work of the delete.
   */
  recordDelete(actor: AuditActor, athleteId: string): Promise<void>;
  /** Oldest first. */
  list(athleteId: string): Promise<AuditEntry[]>;
}
