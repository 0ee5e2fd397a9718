// React 19 uses custom elements as they are: a prop the element has (client,
// value, region) is set as a property, any other as an attribute, and
// `on<event>` listens for the element's own event by its exact name.
// @spbe/elements/react-jsx types all of it, generated from the elements' manifest.
import '@spbe/elements/agreement-badge.js';
import '@spbe/elements/agreement-overview.js';
import '@spbe/elements/provider.js';
import '@spbe/elements/region-select.js';
import '@spbe/elements/service-finder.js';
import type { SearchDetail, SpbeRegionSelect } from '@spbe/elements';
import type {} from '@spbe/elements/react-jsx';
import type { Service, SpbeClient } from '@spbe/sdk';
import { useState, useSyncExternalStore } from 'react';

const never = () => () => {};
/**
 * False on the server and while React hydrates its HTML, true after (and from
 * the start in an app rendered only in the browser). React 19 sets no
 * custom-element property and adds no `on<event>` listener while it hydrates
 * (facebook/react#35446), and later renders apply only props whose values
 * changed: the render that follows, when this turns true, applies the inline
 * handlers (new at every render) and whatever is given only once hydrated.
 */
function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}

export interface AppProps {
  /** The API client every element uses (absent while rendering on the server). */
  client?: SpbeClient;
}

export function App(props: AppProps) {
  // An object, the same at every render: given once hydrated, so that React
  // sets it (see useHydrated). Strings and numbers go by attribute name
  // (heading-level), which the server writes as it is.
  const client = useHydrated() ? props.client : undefined;
  const [regency, setRegency] = useState('32.73');
  const [search, setSearch] = useState<SearchDetail>();
  const [chosen, setChosen] = useState<Service>();

  return (
    <spbe-provider locale="en">
      <header className="band">
        <p className="kicker">Example · React 19</p>
        <h1>Digital services of West Java's regencies</h1>
      </header>
      <main>
        <section aria-labelledby="regency-heading">
          <h2 id="regency-heading">Your regency</h2>
          <spbe-region-select
            name="regency"
            label="Regency or city"
            level="regency"
            parent="32"
            required
            value={regency}
            client={client}
            onchange={(event) => setRegency((event.currentTarget as SpbeRegionSelect).value)}
          />
          <spbe-agreement-badge region={regency} variant="full" client={client} />
        </section>

        <section aria-labelledby="services-heading">
          <h2 id="services-heading">Find a service</h2>
          <spbe-service-finder
            region={regency}
            heading-level={3}
            client={client}
            onspbe-search={(event) => setSearch(event.detail)}
            onspbe-service-select={(event) => {
              // Stay in the app: show the service here instead of following its link.
              event.preventDefault();
              setChosen(event.detail.service);
            }}
          />
          <p role="status">
            {search?.query ? `${search.total} services found for “${search.query}”` : ''}
          </p>
          {chosen && (
            <aside aria-labelledby="chosen-heading" className="chosen">
              <h3 id="chosen-heading">{chosen.name}</h3>
              <p>{chosen.summary}</p>
              <p>
                <a href={chosen.url}>Open {chosen.name}</a> · run by {chosen.provider.name}
              </p>
            </aside>
          )}
        </section>

        <section aria-labelledby="province-heading">
          <h2 id="province-heading">Every regency's agreements</h2>
          <spbe-agreement-overview
            parent="32"
            client={client}
            onspbe-regency-open={(event) => {
              // Pick the regency above instead of opening its details in the table.
              event.preventDefault();
              setRegency(event.detail.region.code);
              document.getElementById('regency-heading')?.scrollIntoView();
            }}
          />
        </section>
      </main>
    </spbe-provider>
  );
}
