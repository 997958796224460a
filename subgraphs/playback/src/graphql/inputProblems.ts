import { parseRegion } from '@media-gateway/events';
import { isUuid } from '../lib/isUuid.js';

/** Longer than any film or episode; a bigger duration is a client bug, not a title (the bound sync uses too). */
export const MAX_DURATION_SECONDS = 24 * 60 * 60;
const PLATFORM_ID = /^[a-z0-9][a-z0-9_.+-]{0,63}$/;

/**
 * Collects every problem of an input (STYLE.md: report them all, not the first), each check returning the cleaned
 * value so a resolver reads `const id = check.uuid('titleId', args.titleId)` and throws once at the end.
 */
export class InputProblems {
  readonly problems: string[] = [];

  uuid(name: string, value: string): string {
    if (!isUuid(value)) this.problems.push(`${name} must be a UUID, got ${JSON.stringify(String(value).slice(0, 64))}`);
    return String(value).toLowerCase();
  }

  duration(name: string, value: number): number {
    if (!Number.isFinite(value) || value <= 0 || value > MAX_DURATION_SECONDS) {
      this.problems.push(`${name} must be in (0, ${MAX_DURATION_SECONDS}], got ${String(value)}`);
    }
    return value;
  }

  position(name: string, value: number): number {
    if (!Number.isFinite(value) || value < 0) this.problems.push(`${name} must be a non-negative number, got ${String(value)}`);
    return value;
  }

  region(name: string, value: string): string {
    const region = parseRegion(value);
    if (region === null) this.problems.push(`${name} must be an ISO 3166-1 alpha-2 code such as "US", got ${JSON.stringify(value.slice(0, 16))}`);
    return region ?? value;
  }

  platform(name: string, value: string | null | undefined): string | null {
    if (value == null) return null;
    const platform = value.trim().toLowerCase();
    if (!PLATFORM_ID.test(platform)) this.problems.push(`${name} must be a catalogue platform id such as "netflix", got ${JSON.stringify(value.slice(0, 64))}`);
    return platform;
  }

  count(name: string, value: number, max: number): number {
    if (!Number.isInteger(value) || value < 1 || value > max) this.problems.push(`${name} must be between 1 and ${max}, got ${String(value)}`);
    return value;
  }

  add(problem: string): void {
    this.problems.push(problem);
  }
}
