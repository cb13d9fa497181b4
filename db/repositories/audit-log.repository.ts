import { asc, eq } from 'drizzle-orm';
import type { AuditAction, AuditActor, AuditLog } from '../../coach/ports/audit-log.js';
import type { Db } from '../client.js';
import { auditLog } from '../schema/index.js';

export function createAuditLogRepository(db: Db): AuditLog {
  return {
    async record({ actor, action, athleteId }) {
      await db.insert(auditLog).values({ actor, action, athleteId });
    },
    async recordDelete(actor, athleteId) {
      await db.delete(auditLog).where(eq(auditLog.athleteId, athleteId));
      await db.insert(auditLog).values({ actor, action: 'delete', athleteId });
    },
    async list(athleteId) {
      const found = await db
        .select()
        .from(auditLog)
        .where(eq(auditLog.athleteId, athleteId))
        .orderBy(asc(auditLog.at), asc(auditLog.id));
      return found.map((r) => ({
        id: r.id,
        actor: r.actor as AuditActor,
        action: r.action as AuditAction,
        athleteId: r.athleteId,
        at: r.at,
      }));
    },
  };
}
