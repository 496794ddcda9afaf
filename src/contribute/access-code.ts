/**
 * The optional access code of a samenwerkingsverband. The site config holds
 * only its SHA-256 (the config is public in the repository); the code itself
 * is handed out to the network. `npm run contribute:code -- <code>` prints the hash.
 */

/** SHA-256 of the code as lower-case hex; spaces around it do not count. */
export async function accessCodeHash(code: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(code.trim()));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether `code` is the configured one; compares every character, so the time taken tells nothing. */
export async function accessCodeMatches(code: string, expectedHash: string): Promise<boolean> {
  const actual = await accessCodeHash(code);
  let difference = actual.length ^ expectedHash.length;
  for (let index = 0; index < actual.length; index += 1) difference |= actual.charCodeAt(index) ^ (expectedHash.charCodeAt(index) || 0);
  return difference === 0;
}
