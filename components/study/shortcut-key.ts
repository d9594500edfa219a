/**
 * The key a shortcut means. A letter or digit is read from the key's position (`code`, KeyA…KeyZ, Digit0…9,
 * Numpad0…9) when the typed character is not one: a Korean keyboard in Hangul mode types `ㅁ` (or reports `Process`)
 * on the A key, and a French one `&` on the 1 key. A typed Latin letter or digit wins, so layouts that move the
 * letters (AZERTY, Dvorak) keep theirs. Letters come back in lower case; anything else (`Enter`, `" "`) as typed.
 */
export function shortcutKey(event: { key: string; code: string }): string {
  if (/^[A-Za-z0-9]$/.test(event.key)) return event.key.toLowerCase();
  const letter = /^Key([A-Z])$/.exec(event.code)?.[1];
  if (letter) return letter.toLowerCase();
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(event.code)?.[1];
  if (digit) return digit;
  return event.key;
}
