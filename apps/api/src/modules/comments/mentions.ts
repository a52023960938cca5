/** Someone who can be mentioned in a comment. */
export interface Mentionable {
  userId: string;
  name: string;
}

/** Lower case, without accents, single spaces: "Élodie  Dupré" → "elodie dupre". */
export function normalizeForMention(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
// `@` starts a mention at the start of the text or after something that is not part of a word
// nor an address: "mail jean@example.com" mentions nobody.
const MENTION_START = /(?<![\p{L}\p{N}_.@+-])@/gu;

/**
 * The users named with `@` in a comment, in order of first mention. A member is named by their
 * full name with spaces or dots between the words (`@Camille Durand`, `@camille.durand`), or by
 * their first name alone when no other member shares it (`@Camille`); case and accents do not
 * matter. The longest name wins, so `@Camille Durand` is not also `@Camille`.
 */
export function findMentions(body: string, candidates: readonly Mentionable[]): string[] {
  const keys = mentionKeys(candidates);
  const text = normalizeForMention(body);
  const found: string[] = [];
  for (const match of text.matchAll(MENTION_START)) {
    const rest = text.slice(match.index + 1);
    const hit = keys.find(({ key }) => rest.startsWith(key) && endsWord(rest, key.length));
    if (!hit) continue;
    for (const userId of hit.userIds) if (!found.includes(userId)) found.push(userId);
  }
  return found;
}

/** True when the name ends a word: not followed by a letter, nor by `.`/`-` and a letter. */
function endsWord(rest: string, length: number): boolean {
  const next = rest.charAt(length);
  if (next === '') return true;
  if (WORD_CHAR.test(next)) return false;
  return !(
    (next === '.' || next === '-' || next === "'") &&
    WORD_CHAR.test(rest.charAt(length + 1))
  );
}

/** Every way to write each candidate's name, longest first. */
function mentionKeys(candidates: readonly Mentionable[]): { key: string; userIds: string[] }[] {
  const byKey = new Map<string, Set<string>>();
  const add = (key: string, userId: string) => {
    if (key === '') return;
    const ids = byKey.get(key) ?? new Set<string>();
    ids.add(userId);
    byKey.set(key, ids);
  };
  const firstNames = new Map<string, Set<string>>();
  for (const { userId, name } of candidates) {
    const full = normalizeForMention(name);
    add(full, userId);
    add(full.replace(/ /g, '.'), userId);
    const first = full.split(' ')[0];
    const owners = firstNames.get(first) ?? new Set<string>();
    owners.add(userId);
    firstNames.set(first, owners);
  }
  for (const [first, owners] of firstNames) {
    if (owners.size === 1) add(first, [...owners][0]);
  }
  return [...byKey]
    .map(([key, ids]) => ({ key, userIds: [...ids] }))
    .sort((a, b) => b.key.length - a.key.length);
}
