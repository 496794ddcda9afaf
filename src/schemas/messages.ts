/**
 * Plain-Dutch wording for schema problems, so an editor reads a sentence
 * ("is te lang: hoogstens 120 tekens, nu 134") instead of a type error.
 * Registered globally in shared.ts, so Astro's own validation speaks Dutch too.
 * The words are in src/i18n/nl.ts (`zod`).
 */
import type { z } from 'astro/zod';
import { nl } from '../i18n/nl.ts';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const text = nl.zod;

function describeInput(input: unknown): string {
  if (input === null) return text.input.empty;
  if (Array.isArray(input)) return text.input.list;
  if (input instanceof Date) return text.input.date;
  if (typeof input === 'object') return text.input.group;
  if (typeof input === 'string') return text.input.text(input);
  return text.input.value(String(input));
}

function countOf(input: unknown): number | undefined {
  if (typeof input === 'string' || Array.isArray(input)) return input.length;
  return undefined;
}

export function dutchIssueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return text.missing;
      const expected = text.typeNames[issue.expected] ?? issue.expected;
      return text.wrongType(expected, describeInput(issue.input));
    }
    case 'too_small': {
      const now = countOf(issue.input);
      if (issue.origin === 'string') return Number(issue.minimum) === 1 ? text.emptyText : text.tooShort(issue.minimum, now);
      if (issue.origin === 'array') return Number(issue.minimum) === 1 ? text.emptyList : text.tooFewValues(issue.minimum, now);
      return text.tooSmall(issue.minimum);
    }
    case 'too_big': {
      const now = countOf(issue.input);
      if (issue.origin === 'string') return text.tooLong(issue.maximum, now);
      if (issue.origin === 'array') return text.tooManyValues(issue.maximum, now);
      return text.tooBig(issue.maximum);
    }
    case 'invalid_value': {
      if (issue.input === undefined) return text.missing;
      const options = issue.values.map((value) => `"${String(value)}"`).join(', ');
      return text.notAnOption(describeInput(issue.input), options);
    }
    case 'unrecognized_keys':
      return text.unknownKeys(issue.keys.map((key) => `"${key}"`).join(', '), issue.keys.length);
    case 'invalid_format':
    case 'invalid_union':
      return text.wrongForm(describeInput(issue.input));
    default:
      return undefined;
  }
}
