import type { AthleteRepository } from '../../coach/ports/athlete-repository.js';
import type { Db } from '../client.js';
import { createAthleteRepository } from './athlete.repository.js';

/** Every repository over one database. */
export interface Repositories {
  athletes: AthleteRepository;
}

export function createRepositories(db: Db): Repositories {
  return { athletes: createAthleteRepository(db) };
}
