// Everything clickable on the map, as keyboard-reachable lists: routes, places by kind, member states.
import type { Dataset, Lang, PlaceKind } from '../data/schema';
import { compareNames } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages/en';
import { listedPlaceIds } from '../state/derive';
import { useApp, useT } from './context';

interface Item {
  id: string;
  name: string;
}

const GROUPS: { key: MessageKey; kinds: readonly PlaceKind[] }[] = [
  { key: 'list.ports', kinds: ['port', 'zone'] },
  { key: 'list.stations', kinds: ['station', 'border-crossing'] },
  { key: 'list.cities', kinds: ['capital', 'city'] },
];

function placeItems(dataset: Dataset, lang: Lang, kinds: readonly PlaceKind[]): Item[] {
  const listed = listedPlaceIds(dataset);
  return dataset.places
    .filter((p) => kinds.includes(p.properties.kind) && listed.has(p.properties.id))
    .map((p) => ({ id: p.properties.id, name: p.properties.name[lang] }))
    .sort((a, b) =>
      a.id === 'port-of-baku' ? -1 : b.id === 'port-of-baku' ? 1 : compareNames(lang, a.name, b.name),
    );
}

function Group({ title, items }: { title: string; items: Item[] }) {
  const { state, actions } = useApp();
  const selected = state.selected.value;
  if (items.length === 0) return null;
  return (
    <section class="list-group" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              class="list-item"
              data-id={item.id}
              aria-pressed={selected === item.id}
              onClick={() => actions.selectAndFocus(item.id)}
              onMouseEnter={() => actions.hover(item.id)}
              onMouseLeave={() => actions.hover(null)}
            >
              {item.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function FeatureList() {
  const { state } = useApp();
  const { lang, t } = useT();
  const dataset = state.dataset.value;
  if (!dataset) return null;
  return (
    <nav class="feature-list" aria-label={t('list.title')}>
      <h2>{t('list.title')}</h2>
      <Group title={t('list.routes')} items={dataset.routes.map((r) => ({ id: r.id, name: r.name[lang] }))} />
      {GROUPS.map((group) => (
        <Group key={group.key} title={t(group.key)} items={placeItems(dataset, lang, group.kinds)} />
      ))}
      <Group
        title={t('list.countries')}
        items={dataset.countries
          .filter((c) => c.member)
          .map((c) => ({ id: c.id, name: c.name[lang] }))
          .sort((a, b) => compareNames(lang, a.name, b.name))}
      />
    </nav>
  );
}
