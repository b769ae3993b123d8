/*
 * File names come from users' folders and can hold control characters, including bidirectional
 * overrides (U+202E makes "txt.exe" read as "exe.txt"). They are escaped wherever a name is
 * printed, so what a terminal or log shows is what the name is.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;

export function printable(name: string): string {
  return name.replace(UNPRINTABLE, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`);
}
