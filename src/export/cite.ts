// Sources as citation records: CSL-JSON (Zotero, Pandoc, citeproc) and biblatex. Text stays UTF-8; only
// the characters BibTeX gives a meaning are escaped.
import type { Lang, Source } from '../data/schema';

type SourceType = Source['type'];
type CslType = 'article-newspaper' | 'webpage' | 'article-journal' | 'report';

export interface CslDate {
  'date-parts': [number[]];
}

/** One CSL-JSON item (the subset of the CSL 1.0.2 data schema the atlas can fill). */
export interface CslItem {
  id: string;
  type: CslType;
  title?: string;
  'container-title'?: string;
  publisher?: string;
  'original-publisher'?: string;
  URL?: string;
  issued?: CslDate;
  accessed?: CslDate;
  language: string;
  note?: string;
}

const CSL_TYPE: Readonly<Record<SourceType, CslType>> = {
  agency: 'article-newspaper',
  press: 'article-newspaper',
  official: 'webpage',
  dataset: 'webpage',
  academic: 'article-journal',
  report: 'report',
};

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD, as the schema admits) as CSL date parts. */
export function cslDate(iso: string): CslDate {
  return { 'date-parts': [iso.split('-').map(Number)] };
}

/** The sources as a CSL-JSON array; the note is in `lang`. A report's publisher is its publisher, every
 * other publisher is the container (newspaper, agency wire, web site, journal). */
export function sourcesToCsl(sources: readonly Source[], lang: Lang): CslItem[] {
  return sources.map((s) => {
    const type = CSL_TYPE[s.type];
    const item: CslItem = { id: s.id, type, language: s.language };
    if (s.title !== undefined) item.title = s.title;
    if (type === 'report') item.publisher = s.publisher;
    else item['container-title'] = s.publisher;
    if (s.originalPublisher !== undefined) item['original-publisher'] = s.originalPublisher;
    if (s.url !== undefined) item.URL = s.url;
    if (s.published !== undefined) item.issued = cslDate(s.published);
    if (s.accessed !== undefined) item.accessed = cslDate(s.accessed);
    const note = s.note?.[lang];
    if (note !== undefined) item.note = note;
    return item;
  });
}

type BibType = 'online' | 'article' | 'report';
const BIB_TYPE: Readonly<Record<SourceType, BibType>> = {
  agency: 'online',
  press: 'online',
  official: 'online',
  dataset: 'online',
  academic: 'article',
  report: 'report',
};
/** biblatex's field for who stands behind each entry type. */
const PUBLISHER_FIELD: Readonly<Record<BibType, string>> = {
  online: 'organization',
  article: 'journaltitle',
  report: 'institution',
};
/** Source languages as babel/polyglossia names, for biblatex's `langid` (hyphenation). */
const LANGID: Readonly<Record<Source['language'], string>> = {
  az: 'azerbaijani',
  ru: 'russian',
  en: 'english',
  tr: 'turkish',
  ka: 'georgian',
  de: 'ngerman',
  kk: 'kazakh',
  uz: 'uzbek',
  ar: 'arabic',
  fr: 'french',
};

const BIB_SPECIAL: Readonly<Record<string, string>> = {
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '\\': '\\textbackslash{}',
};

/** Text for a BibTeX field: special characters escaped in one pass, whitespace runs (incl. newlines,
 * which could end a paragraph) collapsed. */
export function escapeBibtex(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[&%$#_{}~^\\]/g, (c) => BIB_SPECIAL[c] ?? c);
}

/** A citation key: the id with anything BibTeX does not allow in a key replaced by '-'. */
export function bibtexKey(id: string): string {
  const key = id.replace(/[^A-Za-z0-9_:.-]/g, '-');
  return key === '' ? 'source' : key;
}

/** A URL for biblatex's verbatim `url` field: only characters that would break the braces are encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function bibtexEntry(s: Source, lang: Lang): string {
  const type = BIB_TYPE[s.type];
  const fields: [string, string][] = [];
  // Double braces keep the title's capitalisation from the style's case changes.
  if (s.title !== undefined) fields.push(['title', `{${escapeBibtex(s.title)}}`]);
  fields.push([PUBLISHER_FIELD[type], escapeBibtex(s.publisher)]);
  if (s.originalPublisher !== undefined) fields.push(['origpublisher', escapeBibtex(s.originalPublisher)]);
  if (s.published !== undefined) fields.push(['date', s.published]);
  if (s.url !== undefined) fields.push(['url', bibtexUrl(s.url)]);
  if (s.accessed !== undefined) fields.push(['urldate', s.accessed]);
  fields.push(['langid', LANGID[s.language]]);
  const note = s.note?.[lang];
  if (note !== undefined) fields.push(['note', escapeBibtex(note)]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
  return `@${type}{${bibtexKey(s.id)},\n${body}\n}\n`;
}

/** The sources as a biblatex file (UTF-8), one entry per source, notes in `lang`. */
export function sourcesToBibtex(sources: readonly Source[], lang: Lang): string {
  return sources.map((s) => bibtexEntry(s, lang)).join('\n');
}
