/**
 * Plain-Dutch wording for schema problems, so an editor reads a sentence
 * ("is te lang: hoogstens 120 tekens, nu 134") instead of a type error.
 * Registered globally in shared.ts, so Astro's own validation speaks Dutch too.
 */
import type { z } from 'astro/zod';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const typeNames: Record<string, string> = {
  string: 'een tekst',
  number: 'een getal',
  boolean: 'ja of nee (true of false)',
  array: 'een lijst',
  object: 'een groep velden',
  date: 'een datum',
};

function describeInput(input: unknown): string {
  if (input === null) return 'een leeg veld';
  if (Array.isArray(input)) return 'een lijst';
  if (input instanceof Date) return 'een datum';
  if (typeof input === 'object') return 'een groep velden';
  if (typeof input === 'string') return `de tekst "${input}"`;
  return `de waarde ${String(input)}`;
}

function countOf(input: unknown): number | undefined {
  if (typeof input === 'string' || Array.isArray(input)) return input.length;
  return undefined;
}

export function dutchIssueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'ontbreekt: dit veld is verplicht';
      const expected = typeNames[issue.expected] ?? issue.expected;
      return `moet ${expected} zijn, maar is ${describeInput(issue.input)}`;
    }
    case 'too_small': {
      const now = countOf(issue.input);
      const suffix = now === undefined ? '' : `, nu ${now}`;
      if (issue.origin === 'string') {
        return Number(issue.minimum) === 1
          ? 'is leeg: vul dit veld in'
          : `is te kort: minstens ${issue.minimum} tekens${suffix}`;
      }
      if (issue.origin === 'array') {
        return Number(issue.minimum) === 1
          ? 'is leeg: kies of vul minstens één waarde in'
          : `heeft te weinig waarden: minstens ${issue.minimum}${suffix}`;
      }
      return `is te klein: minstens ${issue.minimum}`;
    }
    case 'too_big': {
      const now = countOf(issue.input);
      const suffix = now === undefined ? '' : `, nu ${now}`;
      if (issue.origin === 'string') return `is te lang: hoogstens ${issue.maximum} tekens${suffix}`;
      if (issue.origin === 'array') return `heeft te veel waarden: hoogstens ${issue.maximum}${suffix}`;
      return `is te groot: hoogstens ${issue.maximum}`;
    }
    case 'invalid_value': {
      if (issue.input === undefined) return 'ontbreekt: dit veld is verplicht';
      const options = issue.values.map((value) => `"${String(value)}"`).join(', ');
      return `${describeInput(issue.input)} is geen geldige keuze; kies uit ${options}`;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return issue.keys.length === 1
        ? `onbekend veld ${keys}: is het een tikfout?`
        : `onbekende velden ${keys}: zijn het tikfouten?`;
    }
    case 'invalid_format':
      return `heeft niet de goede vorm (${describeInput(issue.input)})`;
    case 'invalid_union':
      return `heeft niet de goede vorm (${describeInput(issue.input)})`;
    default:
      return undefined;
  }
}
