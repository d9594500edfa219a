/** A lookup of interface text in one language; `{name}` placeholders are filled from `params`. */
export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

/**
 * The lookup for one language's messages. It holds no catalogue of its own, so a client component can build its
 * lookup from the messages its server component picked, and the browser never receives the other language.
 */
export function translateWith<K extends string>(messages: Readonly<Record<K, string>>): Translate<K> {
  return (key, params) => messages[key].replace(/\{(\w+)\}/g, (match, name: string) => String(params?.[name] ?? match));
}

/** The keys of a catalogue that belong to the given groups (`"auth"` holds every `auth.*` key). */
export type GroupKey<K extends string, G extends string> = Extract<K, `${G}.${string}`>;

/**
 * The messages of the given key groups only: what a server component hands to a client component, so the browser
 * gets the texts that client shows and nothing else.
 */
export function pickGroups<K extends string, G extends string>(
  messages: Readonly<Record<K, string>>,
  groups: readonly G[],
): Record<GroupKey<K, G>, string> {
  const picked = Object.entries<string>(messages).filter(([key]) =>
    groups.some((group) => key.startsWith(`${group}.`)),
  );
  return Object.fromEntries(picked) as Record<GroupKey<K, G>, string>;
}
