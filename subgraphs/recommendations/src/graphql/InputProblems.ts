import { parseRegion } from '@media-gateway/events';
import { isUuid } from '../lib/isUuid.js';

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

  region(name: string, value: string): string {
    const region = parseRegion(value);
    if (region === null) this.problems.push(`${name} must be an ISO 3166-1 alpha-2 code such as "US", got ${JSON.stringify(String(value).slice(0, 16))}`);
    return region ?? value;
  }

  integer(name: string, value: number, min: number, max: number): number {
    if (!Number.isInteger(value) || value < min || value > max) this.problems.push(`${name} must be between ${min} and ${max}, got ${String(value)}`);
    return value;
  }

  add(problem: string): void {
    this.problems.push(problem);
  }
}
