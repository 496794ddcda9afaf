/**
 * Decap's YAML writer (yaml 1.x, fields in schema order), on its own so that
 * code running outside Node (the /delen/ endpoint on Cloudflare) can write
 * files in the CMS's form without the file-reading parts of content-format.ts.
 */
import jsYaml from 'js-yaml';
import yaml from 'decap-yaml';
import { describeFields } from '../schemas/introspect.ts';
import { fileSchema } from '../schemas/index.ts';
import type { CollectionName } from '../schemas/shared.ts';

/** The field order the CMS sorts keys by: the schema's order, then the body. */
export function fieldOrder(collection: CollectionName): string[] {
  return describeFields(fileSchema(collection)).map((field) => field.name);
}

interface YamlNode {
  items?: YamlNode[];
  key?: unknown;
  value?: unknown;
  type?: string;
}

const keyOf = (pair: YamlNode) => String((pair.key as YamlNode | undefined)?.value ?? pair.key);

/** True when yaml 1.x would write `text` without quotes, but js-yaml would read it back as something else (a date). */
function misreadWhenPlain(text: string): boolean {
  const written = yaml.stringify(text);
  if (/^["'|>]/.test(written)) return false;
  try {
    return jsYaml.load(written) !== text;
  } catch {
    return true;
  }
}

/**
 * Quotes every text in `node` that was text in the original file (`meaning`,
 * as js-yaml read it) but would turn into a date or number unquoted, such as
 * a title "2024-01-01". A real date written as 2026-01-02 stays unquoted.
 */
function keepTextsText(node: YamlNode | undefined, meaning: unknown): void {
  if (!node || meaning === null || meaning === undefined) return;
  if (Array.isArray(node.items)) {
    node.items.forEach((item, index) => {
      if (item && 'key' in item) keepTextsText(item.value as YamlNode, (meaning as Record<string, unknown>)[keyOf(item)]);
      else keepTextsText(item, (meaning as unknown[])[index]);
    });
    return;
  }
  if (typeof node.value === 'string' && typeof meaning === 'string' && misreadWhenPlain(node.value)) node.type = 'QUOTE_DOUBLE';
}

/**
 * Decap's YAML writer: keys in the given order (unknown keys keep their place), yaml 1.x defaults.
 * `meaning` is the data as js-yaml read the original, so texts that must stay quoted do.
 */
export function decapYaml(data: Record<string, unknown>, order: string[], meaning: unknown = data): string {
  const node = yaml.createNode(data) as unknown as { items: Array<{ key?: { toString(): string } }> };
  node.items.sort((a, b) => {
    const ia = order.indexOf(a.key?.toString() ?? '');
    const ib = order.indexOf(b.key?.toString() ?? '');
    return ia === -1 || ib === -1 ? 0 : ia - ib;
  });
  keepTextsText(node as YamlNode, meaning);
  const document = new yaml.Document();
  document.contents = node as never;
  return document.toString();
}

