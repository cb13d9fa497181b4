/** Row ↔ domain mapping for activities, check-ins, decisions, fitness snapshots and goals. */
import type { Activity, ActivitySource, Lap, NewActivity } from '../../coach/model/activity.js';
import type { Checkin, NewCheckin } from '../../coach/model/checkin.js';
import type { FitnessSnapshot, FitnessSource, NewFitnessSnapshot } from '../../coach/model/fitness.js';
import type { Goal } from '../../coach/model/goal.js';
import type { DecisionStatus, NewDecision, StoredDecision } from '../../coach/model/stored-decision.js';
import type { Reason } from '../../coach/rules/decision.js';
import type { RunAssessment } from '../../coach/rules/assess/run-assessment.js';
import type { activities, checkins, decisions, fitnessSnapshots, goals } from '../schema/index.js';
import { optional } from './optional.js';

type Row<T extends { $inferSelect: unknown }> = T['$inferSelect'];
type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

export function activityFromRow(row: Row<typeof activities>): Activity {
  return {
    id: row.id,
    athleteId: row.athleteId,
    date: row.localDate,
    ...optional('startedAt', row.startedAt?.toISOString()),
    ...optional('distanceMeters', row.distanceMeters),
    ...optional('durationSeconds', row.durationSeconds),
    ...optional('avgHr', row.avgHr),
    ...optional('maxHr', row.maxHr),
    ...optional('cadence', row.cadence),
    ...optional('elevationGainMeters', row.elevationGainMeters),
    ...optional('rpe', row.rpe),
    ...optional('feel', row.feel),
    ...(row.race ? { race: true } : {}),
    ...optional('laps', row.laps as Lap[] | null),
    source: row.source as ActivitySource,
    ...optional('plannedSessionId', row.plannedSessionId),
    ...optional('rawFileRef', row.rawFileRef),
    ...optional('assessment', row.assessment as RunAssessment | null),
    createdAt: row.createdAt.toISOString(),
  };
}

export function activityToInsert(a: NewActivity): Insert<typeof activities> {
  return {
    athleteId: a.athleteId,
    localDate: a.date,
    startedAt: a.startedAt ? new Date(a.startedAt) : null,
    distanceMeters: a.distanceMeters ?? null,
    durationSeconds: a.durationSeconds ?? null,
    avgHr: a.avgHr ?? null,
    maxHr: a.maxHr ?? null,
    cadence: a.cadence ?? null,
    elevationGainMeters: a.elevationGainMeters ?? null,
    rpe: a.rpe ?? null,
    feel: a.feel ?? null,
    race: a.race ?? false,
    laps: a.laps ?? null,
    source: a.source,
    plannedSessionId: a.plannedSessionId ?? null,
    rawFileRef: a.rawFileRef ?? null,
    assessment: a.assessment ?? null,
  };
}

export function checkinFromRow(row: Row<typeof checkins>): Checkin {
  return {
    id: row.id,
    athleteId: row.athleteId,
    date: row.date,
    ...optional('sleepHours', row.sleepHours),
    ...optional('sleepQuality', row.sleepQuality),
    ...optional('restingHr', row.restingHr),
    ...optional('hrv', row.hrv),
    ...optional('soreness', row.soreness),
    ...optional('stress', row.stress),
    ...optional('mood', row.mood),
    ...optional('illness', row.illness),
    ...(row.painScore === null
      ? {}
      : { pain: { score: row.painScore, ...optional('location', row.painLocation) } }),
    redFlags: (row.redFlags as string[] | null) ?? [],
    ...optional('notes', row.notes),
    createdAt: row.createdAt.toISOString(),
  };
}

export function checkinToInsert(c: NewCheckin): Insert<typeof checkins> {
  return {
    athleteId: c.athleteId,
    date: c.date,
    sleepHours: c.sleepHours ?? null,
    sleepQuality: c.sleepQuality ?? null,
    restingHr: c.restingHr ?? null,
    hrv: c.hrv ?? null,
    soreness: c.soreness ?? null,
    stress: c.stress ?? null,
    mood: c.mood ?? null,
    illness: c.illness ?? null,
    painLocation: c.pain?.location ?? null,
    painScore: c.pain?.score ?? null,
    redFlags: c.redFlags ?? [],
    notes: c.notes ?? null,
  };
}

export function decisionFromRow(row: Row<typeof decisions>): StoredDecision {
  return {
    id: row.id,
    athleteId: row.athleteId,
    rule: row.rule,
    date: row.date,
    action: row.action,
    before: row.before,
    after: row.after,
    reasons: (row.reasons as Reason[] | null) ?? [],
    status: row.status as DecisionStatus,
    inputs: (row.inputs as Record<string, unknown> | null) ?? {},
    createdAt: row.createdAt.toISOString(),
  };
}

export function decisionToInsert(d: NewDecision): Insert<typeof decisions> {
  return {
    athleteId: d.athleteId,
    rule: d.rule,
    date: d.date,
    action: d.action,
    before: d.before ?? null,
    after: d.after ?? null,
    reasons: d.reasons,
    status: d.status ?? 'applied',
    inputs: d.inputs ?? {},
  };
}

export function fitnessFromRow(row: Row<typeof fitnessSnapshots>): FitnessSnapshot {
  return {
    id: row.id,
    athleteId: row.athleteId,
    date: row.onDate,
    vdot: row.vdot,
    source: row.source as FitnessSource,
    evidence: (row.evidence as Record<string, unknown> | null) ?? {},
    createdAt: row.createdAt.toISOString(),
  };
}

export function fitnessToInsert(s: NewFitnessSnapshot): Insert<typeof fitnessSnapshots> {
  return {
    athleteId: s.athleteId,
    onDate: s.date,
    vdot: s.vdot,
    source: s.source,
    evidence: s.evidence ?? {},
  };
}

export function goalFromRow(row: Row<typeof goals>): Goal {
  return {
    id: row.id,
    athleteId: row.athleteId,
    distance: row.distance,
    ...optional('distanceMeters', row.distanceMeters),
    ...optional('raceDate', row.raceDate),
    ...optional('targetSeconds', row.targetSeconds),
    priority: row.priority as Goal['priority'],
    active: row.active,
    createdAt: row.createdAt.toISOString(),
  };
}
