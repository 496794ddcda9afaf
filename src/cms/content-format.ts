/**
 * Writes content files exactly the way Decap CMS does (yaml 1.x, fields in
 * schema order, block lists), so that an edit in the CMS changes only what
 * the editor changed. `npm run format:content` applies it to content/; a
 * test keeps the sample content in this form, and a browser test checks
 * that the real CMS agrees.
 */
import matter from 'gray-matter';
import yaml from 'decap-yaml';
import { describeFields } from '../schemas/introspect.ts';
import { collections, fileSchema } from '../schemas/index.ts';
import type { CollectionName } from '../schemas/shared.ts';

/** The field order the CMS sorts keys by: the schema's order, then the body. */
export function fieldOrder(collection: CollectionName): string[] {
  return describeFields(fileSchema(collection)).map((field) => field.name);
}

/** Decap's YAML writer: keys in the given order (unknown keys keep their place), yaml 1.x defaults. */
export function decapYaml(data: Record<string, unknown>, order: string[]): string {
  const node = yaml.createNode(data) as unknown as { items: Array<{ key?: { toString(): string } }> };
  node.items.sort((a, b) => {
    const ia = order.indexOf(a.key?.toString() ?? '');
    const ib = order.indexOf(b.key?.toString() ?? '');
    return ia === -1 || ib === -1 ? 0 : ia - ib;
  });
  const document = new yaml.Document();
  document.contents = node as never;
  return document.toString();
}

/** Reads YAML as Decap does: YAML 1.2, so dates stay text. */
const parseYaml = (text: string) => yaml.parse(text) as Record<string, unknown>;

/** A whole content file, rewritten in the CMS's form. */
export function formatContentFile(collection: CollectionName, text: string): string {
  const order = fieldOrder(collection);
  if (collections[collection].kind === 'data') return decapYaml(parseYaml(text), order);
  const parsed = matter(text, { engines: { yaml: parseYaml } });
  const body = parsed.content;
  const file = matter.stringify(body, parsed.data, { engines: { yaml: { parse: parseYaml, stringify: (data: object) => decapYaml(data as Record<string, unknown>, order) } } } as never);
  // Like Decap: gray-matter adds a final line break that the body did not have.
  return body.slice(-1) !== '\n' && file.slice(-1) === '\n' ? file.slice(0, -1) : file;
}
