// Writing SVG text safely: escaping for text and attribute values, and elements from attribute records.

// Everything but the characters XML 1.0 allows (C0 controls other than tab and line breaks, lone surrogates,
// U+FFFE/U+FFFF): dropped, so a stray byte in the data cannot make the document ill-formed.
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use as element content or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** ` name="value"` pairs; null, undefined and false are left out, true writes the bare name's value "true". */
export function attrs(record: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(record)) {
    if (value === null || value === undefined || value === false) continue;
    out += ` ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}

/** An element; `children` is already-escaped markup, empty makes it self-closing. */
export function el(name: string, record: Attrs, children = ''): string {
  return children === '' ? `<${name}${attrs(record)}/>` : `<${name}${attrs(record)}>${children}</${name}>`;
}

/** The accessible name of an element, as its first child (also shown as a tooltip by browsers). */
export function titleEl(text: string): string {
  return `<title>${escapeXml(text)}</title>`;
}

/** A number rounded to 0.1, without a trailing ".0" or "-0". */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return String(r === 0 ? 0 : r);
}
