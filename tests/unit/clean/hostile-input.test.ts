/**
 * Regressions from an adversarial run of `coldkit clean` (issue #17): inputs that lost or
 * corrupted rows, or crashed the run. Each test is named after what it protects; the CLI's own
 * cases (exit codes, signals, messages) are in tests/unit/cli.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { clean, linesOf } from './fixtures.ts';

describe('no row is lost, on any input', () => {
  it('a line holding only "" is a row whose email is missing, not a blank line', async () => {
    const { summary, cleaned, report } = await clean('Email,Name\r\n""\r\na@x.com,Ann\r\n\r\n"",\r\n');
    expect(summary.input.rows).toBe(3);
    expect(summary.removed.missing).toBe(2);
    expect(linesOf(cleaned)).toEqual(['Email,Name', 'a@x.com,Ann']);
    expect(linesOf(report)).toEqual(['row,reason,detail,Email,Name', '1,missing,the email cell is empty,', '3,missing,the email cell is empty,,']);
  });
});
