/**
 * A runner who deletes themselves in conversation ("delete my data", confirmed) is written to the audit log
 * in the same unit of work as the delete: the front door hands `handleMessage` a unit of work whose
 * athlete repository records each delete it makes, as `actor`.
 */
import type { AuditActor } from '../ports/audit-log.js';
import type { Repositories, UnitOfWork } from '../ports/repositories.js';
import type { Channel } from '../prompts/persona.js';

/** Who a message's delete is recorded as when the channel does not say (HTTP passes its caller). */
export function actorOfChannel(channel: Channel): AuditActor {
  if (channel === 'telegram') return 'telegram';
  if (channel === 'terminal') return 'terminal';
  return 'operator';
}

/** `unitOfWork`, with every delete of a runner in it recorded (`audit.recordDelete`) as `actor`. */
export function auditingDeletes(unitOfWork: UnitOfWork, actor: AuditActor): UnitOfWork {
  return {
    run: (work) =>
      unitOfWork.run((repos) => {
        const athletes: Repositories['athletes'] = {
          ...repos.athletes,
          async delete(id) {
            const deleted = await repos.athletes.delete(id);
            if (deleted) await repos.audit.recordDelete(actor, id.toLowerCase());
            return deleted;
          },
        };
        return work({ ...repos, athletes });
      }),
  };
}
