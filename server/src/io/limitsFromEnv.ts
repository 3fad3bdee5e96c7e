/**
 * The readers' limits from the environment: WORK_REPORT_LIMITS='{"readerSeconds":5}' lowers (or raises) the named
 * ones for this process and its reader workers — a CI machine with less memory, or tests that need a limit reached
 * in a second. Read once per process or worker; what cannot be used is returned, to be said.
 */
import { setLimits } from '../core';

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const raw = env.WORK_REPORT_LIMITS;
  if (!raw) return undefined;
  let values: unknown;
  try {
    values = JSON.parse(raw);
  } catch {
    return `WORK_REPORT_LIMITS is not JSON: ${raw.slice(0, 80)}`;
  }
  if (!values || typeof values !== 'object' || Array.isArray(values))
    return 'WORK_REPORT_LIMITS is not an object of limits';
  const ignored = setLimits(values as Record<string, unknown>);
  return ignored.length ? `WORK_REPORT_LIMITS: ignored ${ignored.join(', ')}` : undefined;
}
