/** A lookup of interface text in one language; `{name}` placeholders are filled from `params`. */
export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

/**
 * The lookup for one language's messages. It holds no catalogue of its own, so a client component can build its
 * lookup from the messages its server component picked, and the browser never receives the other language.
 */
export function translateWith<K extends string>(messages: Readonly<Record<K, string>>): Translate<K> {
  return (key, params) => messages[key].replace(/\{(\w+)\}/g, (match, name: string) => String(params?.[name] ?? match));
}
