import { InvalidArgumentError } from 'commander';

/** An option parser for a whole number in `[min, max]`, e.g. `--limit` 1–100 or `--port` 1–65535. */
export function parseInteger(min: number, max: number): (value: string) => number {
  return (value) => {
    if (!/^\s*\d+\s*$/.test(value)) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}, got ${JSON.stringify(value)}.`);
    const number = Number(value);
    if (number < min || number > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}, got ${number}.`);
    return number;
  };
}
