// The searchable documents: every route, place and member state once, and each event pointing at its first
// member state (the panel it opens).
import { describe, expect, it } from 'vitest';
import { buildDocuments } from '../../src/search/documents';
import { selectableIds } from '../../src/state/store';
import { fixtureDataset } from '../fixtures/world';

const docs = buildDocuments(fixtureDataset);

describe('buildDocuments', () => {
  it('has one document per route, place and member state', () => {
    const targets = docs.filter((d) => d.kind !== 'event').map((d) => d.target);
    expect(new Set(targets)).toEqual(selectableIds(fixtureDataset));
    expect(targets.length).toBe(selectableIds(fixtureDataset).size);
  });

  it('gives every document a unique id', () => {
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });

  it('only opens selectable ids', () => {
    const ids = selectableIds(fixtureDataset);
    for (const doc of docs) expect(ids.has(doc.target)).toBe(true);
  });

  it('makes an event open its first member state, titled in three languages', () => {
    const members = new Set(fixtureDataset.countries.filter((c) => c.member).map((c) => c.id));
    const event = fixtureDataset.events.find((e) => e.countries.some((c) => members.has(c)));
    if (!event) throw new Error('the fixture world needs an event about a member state');
    const doc = docs.find((d) => d.id === `event:${event.id}`);
    expect(doc?.target).toBe(event.countries.find((c) => members.has(c)));
    expect(doc?.name).toEqual(event.title);
    expect(doc?.date).toBe(event.date);
  });

  it('calls ports ports and other places places', () => {
    const port = fixtureDataset.places.find((p) => p.properties.kind === 'port');
    const city = fixtureDataset.places.find((p) => p.properties.kind !== 'port');
    expect(docs.find((d) => d.target === port?.properties.id)?.kind).toBe('port');
    expect(docs.find((d) => d.target === city?.properties.id)?.kind).toBe('place');
  });
});
