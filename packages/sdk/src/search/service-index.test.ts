// The service index on a few services written out here, one per rule
// (fields and their weights, synonyms, stems, typos, filters). @spbe/data
// tests it on the sample catalog and its labelled queries.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { SpbeInputError } from '../errors/spbe-input-error.js';
import type { Service } from '../schemas/service.js';
import { checkProperty } from '../testing/fuzz.js';
import { createServiceIndex, matchesFilter, stem } from './service-index.js';

const service = (id: string, name: string, summary: string, more: Partial<Service> = {}) =>
  ({
    id,
    name,
    summary,
    type: 'public',
    sector: 'general',
    audiences: ['citizens'],
    provider: { name: 'Pemerintah Provinsi Jawa Barat', level: 'provincial', regionCode: '32' },
    url: `https://example.go.id/${id}`,
    channels: ['web'],
    status: 'active',
    availability: 'all',
    keywords: [],
    updatedAt: '2026-01-01',
    ...more,
  }) satisfies Service;

const services: Service[] = [
  service(
    'sp4n-lapor',
    'SP4N-LAPOR!',
    'Kanal nasional pengaduan pelayanan publik: laporkan jalan rusak atau pungutan liar.',
    {
      sector: 'complaints',
      audiences: ['citizens', 'businesses'],
      keywords: ['lapor jalan rusak'],
    },
  ),
  service('sapawarga', 'Sapawarga', 'Aplikasi warga Jawa Barat: berita, bantuan dan lapor.', {
    keywords: ['aplikasi warga', 'cari lowongan'],
  }),
  service('sambara', 'Sambara', 'Bayar pajak kendaraan bermotor tahunan dari ponsel.', {
    sector: 'transport',
    keywords: ['pajak motor'],
  }),
  service('ikd-dukcapil', 'Identitas Kependudukan Digital', 'KTP di ponsel, dari Dukcapil.', {
    sector: 'population',
  }),
  service('oss-rba', 'OSS RBA', 'Perizinan berusaha berbasis risiko: NIB untuk pelaku usaha.', {
    type: 'administrative',
    sector: 'business',
    audiences: ['businesses'],
    keywords: ['urus izin usaha', 'bikin nib'],
  }),
  service('depok-single-window', 'Depok Single Window', 'Layanan perizinan Kota Depok.', {
    provider: { name: 'DPMPTSP Kota Depok', level: 'regency', regionCode: '32.76' },
    availability: ['32.76'],
    audiences: ['citizens', 'businesses'],
  }),
  service('pikobar', 'Pikobar', 'Informasi dan pelacakan covid di Jawa Barat.', {
    status: 'retired',
    sector: 'health',
  }),
  service('open-data-jabar', 'Open Data Jabar', 'Data terbuka Pemerintah Provinsi Jawa Barat.', {
    type: 'administrative',
    sector: 'open-data',
    audiences: ['governments'],
  }),
  service('m-paspor', 'M-Paspor', 'Permohonan paspor secara daring.', { sector: 'population' }),
  service('mobile-jkn', 'Mobile JKN', 'Aplikasi BPJS Kesehatan: cek kepesertaan.', {
    sector: 'health',
  }),
  service('jmo', 'JMO (Jamsostek Mobile)', 'Aplikasi BPJS Ketenagakerjaan: klaim JHT.', {
    sector: 'social-security',
  }),
  service('skck-online', 'SKCK Online', 'Pendaftaran surat keterangan catatan kepolisian.', {
    sector: 'security',
  }),
  service('cek-bansos', 'Cek Bansos', 'Cek penerima bantuan sosial dengan NIK.', {
    sector: 'social-security',
  }),
];
const index = createServiceIndex(services);
const ids = (q: string, options?: Parameters<typeof index.search>[1]) =>
  index.search(q, options).map((h) => h.item.id);

describe('service index', () => {
  it('strips one common affix pair, keeping three letters', () => {
    assert.equal(stem('perizinan'), 'izin');
    assert.equal(stem('pengaduan'), 'adu');
    assert.equal(stem('pendaftaran'), 'daftar');
    assert.equal(stem('izin'), 'izin');
    assert.equal(stem('sim'), 'sim');
  });

  it('strips a prefix alone, a suffix alone, and each kind of prefix', () => {
    const stems: [string, string][] = [
      // A suffix alone, a prefix alone.
      ['laporan', 'lapor'],
      ['mengurus', 'urus'],
      // pe-, me-, ber-, di- as they are, and me- with the nasal it takes before b.
      ['pelaporan', 'lapor'],
      ['melaporkan', 'lapor'],
      ['berusaha', 'usaha'],
      ['dilaporkan', 'lapor'],
      ['membayar', 'bayar'],
    ];
    for (const [word, expected] of stems) assert.equal(stem(word), expected, word);
  });

  it('finds services by name, keyword, summary, synonym, stem and typo', () => {
    assert.equal(ids('sambara')[0], 'sambara');
    assert.equal(ids('pajak motor')[0], 'sambara');
    // No service says "ektp": its synonym group (ktp|ektp|…|dukcapil) finds it.
    assert.deepEqual(ids('ektp'), ['ikd-dukcapil']);
    // Nor "izin": the stems of "perizinan" do.
    assert.deepEqual(ids('izin'), ['oss-rba', 'depok-single-window']);
    // Two letters swapped.
    assert.equal(ids('samabra')[0], 'sambara');
    const [hit] = index.search('sapa');
    assert.equal(hit?.item.id, 'sapawarga');
    assert.deepEqual(hit?.ranges, [[0, 4]]);
  });

  it('takes two typos in a word of eight letters or more, as MiniSearch with fuzzy 0.2 does', () => {
    // English spellings: "passport" is two letters away from "paspor", "pasport" one.
    for (const q of ['passport', 'pasport', 'bikin passport']) {
      const [hit] = index.search(q);
      assert.equal(hit?.item.id, 'm-paspor', q);
      assert.deepEqual(hit?.ranges, [[2, 8]], q);
    }
    // Seven letters take one: "pasxpor" is, "pazxpor" is not.
    assert.equal(ids('pasxpor')[0], 'm-paspor');
    assert.deepEqual(ids('pazxpor'), []);
  });

  it('lets filler words break ties but never outrank the word that names the service', () => {
    // OSS RBA has "urus" and "bikin" in its keywords; the SKCK service has neither.
    for (const q of ['urus skck', 'cara bikin skck', 'mengurus skck online', 'ingin daftar skck']) {
      assert.equal(ids(q)[0], 'skck-online', q);
    }
    // A service with only fillers may follow; one with the named word comes first.
    assert.deepEqual(ids('urus skck'), ['skck-online', 'oss-rba']);
    // A filler in a service's name still counts: Cek Bansos before Sapawarga
    // for "bantuan", which both have.
    assert.deepEqual(ids('cek bantuan').slice(0, 2), ['cek-bansos', 'sapawarga']);
    // Fillers alone are a query like any other.
    assert.equal(ids('cek')[0], 'cek-bansos');
    // "nyari" is informal for "cari", and in its synonym group.
    assert.deepEqual(ids('nyari'), ['sapawarga']);
  });

  it('finds words typed together as the spaced query does, and marks both in the name', () => {
    for (const [joined, spaced] of [
      ['izinusaha', 'izin usaha'],
      ['pajakmotor', 'pajak motor'],
      ['opendata', 'open data'],
      // The last word is being typed: its second part (three letters or
      // more) may begin a word.
      ['izinusa', 'izin usa'],
      ['bpjsket', 'bpjs ket'],
    ]) {
      assert.deepEqual(index.search(joined as string), index.search(spaced as string), joined);
    }
    assert.deepEqual(index.search('opendata')[0]?.ranges, [
      [0, 4],
      [5, 9],
    ]);
    // A word the index has, or one a term begins with as it is typed, stays
    // whole; so does a typo (no two indexed words make it).
    assert.deepEqual(index.search('sapawarga')[0]?.ranges, [[0, 9]]);
    assert.deepEqual(ids('sapawar'), ['sapawarga']);
    assert.equal(ids('samabra')[0], 'sambara');
  });

  it('filters by sector, audience, regency, status and type', () => {
    assert.deepEqual(ids('izin', { filter: { audience: 'businesses' } }).sort(), [
      'depok-single-window',
      'oss-rba',
    ]);
    assert.deepEqual(ids('covid', { filter: { status: 'active' } }), []);
    assert.deepEqual(ids('covid', { filter: { status: ['retired'] } }), ['pikobar']);
    assert.ok(ids('depok', { filter: { region: '32.76' } }).includes('depok-single-window'));
    assert.ok(!ids('depok', { filter: { region: '32.73' } }).includes('depok-single-window'));
    assert.deepEqual(ids('data', { filter: { type: 'administrative', sector: 'open-data' } }), [
      'open-data-jabar',
    ]);
  });

  it('admits any of a list of values, and services available everywhere for a region', () => {
    const byId = (id: string) => services.find((s) => s.id === id) as Service;
    const [sambara, depok] = [byId('sambara'), byId('depok-single-window')];
    assert.equal(matchesFilter(sambara, { status: ['retired', 'active'] }), true);
    assert.equal(matchesFilter(sambara, { sector: ['health', 'transport'] }), true);
    assert.equal(matchesFilter(sambara, { status: ['retired', 'pilot'] }), false);
    // Sambara is available in every regency; Depok Single Window only in Depok.
    assert.equal(matchesFilter(sambara, { region: '32.73' }), true);
    assert.equal(matchesFilter(depok, { region: '32.73' }), false);
    assert.equal(matchesFilter(depok, { region: '32.76' }), true);
  });

  it('finds a service by a synonym that it says as a phrase', () => {
    const sinar = service('sinar', 'Sinar', 'Perpanjang surat izin mengemudi dari ponsel.');
    const withSinar = createServiceIndex([...services, sinar]);
    assert.deepEqual(
      withSinar.search('sim').map((h) => h.item.id),
      ['sinar'],
    );
    // The phrase, not its words one by one: "izin" alone is no SIM.
    assert.ok(!withSinar.search('sim').some((h) => h.item.id === 'oss-rba'));
  });

  it('takes a word apart only into words the index has, the second of three letters or more', () => {
    // A first part of three letters.
    assert.deepEqual(index.search('cekbansos'), index.search('cek bansos'));
    // Only the last word is being typed: before it, "usa" must be a whole word.
    assert.deepEqual(ids('izinusa ktp'), ['ikd-dukcapil']);
    // The first part is a whole word ("sam" only begins Sambara); the second has three
    // letters or more ("mo" would begin "motor").
    assert.deepEqual(ids('sampajak'), []);
    assert.deepEqual(ids('pajakmo'), []);
  });

  it('reads only the last word as a prefix, and waits for it past one letter', () => {
    // "sam" before the last word is no prefix of Sambara: nothing in its name is marked.
    const [sambara] = index.search('sam pajak');
    assert.equal(sambara?.item.id, 'sambara');
    assert.deepEqual(sambara?.ranges, []);
    assert.deepEqual(ids('sam bansos'), ['cek-bansos']);
    // A one-letter last word narrows nothing yet…
    assert.deepEqual(index.search('pajak m'), index.search('pajak'));
    assert.deepEqual(index.search('cek bansos s'), index.search('cek bansos'));
    // …unless it is the whole query.
    assert.ok(ids('s').length > 0);
  });

  it('tolerates a typo that keeps the first letter and the second or third', () => {
    for (const [typo, id] of [
      ['kxpendudukan', 'ikd-dukcapil'], // second letter
      ['kexendudukan', 'ikd-dukcapil'], // third letter
      ['kxependudukan', 'ikd-dukcapil'], // a letter slipped in second
      ['pspor', 'm-paspor'], // the second letter left out
    ]) {
      assert.deepEqual(ids(typo as string), [id], typo);
    }
    // Second and third letters both wrong: not what a typo looks like.
    assert.deepEqual(ids('kxxendudukan'), []);
  });

  it('shows no typo neighbour of a word that matches as written', () => {
    const cities = createServiceIndex([
      service('bandung', 'Layanan Kota Bandung', 'Pelayanan warga.'),
      service('badung', 'Layanan Kabupaten Badung', 'Pelayanan warga.'),
    ]);
    // "bandung" is one letter from "badung": found only when typed so.
    for (const q of ['bandung', 'kota bandung', 'urus bandung']) {
      assert.deepEqual(
        cities.search(q).map((h) => h.item.id),
        ['bandung'],
        q,
      );
    }
    assert.deepEqual(
      cities.search('badng').map((h) => h.item.id),
      ['badung'],
    );
  });

  it('puts a service in use before a retired one that matches as well, in any order', () => {
    const current = service('e-samsat', 'E-Samsat', 'Bayar pajak kendaraan.');
    const old = service('e-samsat-lama', 'E-Samsat', 'Bayar pajak kendaraan.', {
      status: 'retired',
    });
    for (const list of [
      [current, old],
      [old, current],
    ]) {
      const both = createServiceIndex(list);
      for (const q of ['samsat', 'bayar pajak']) {
        assert.deepEqual(
          both.search(q).map((h) => h.item.id),
          ['e-samsat', 'e-samsat-lama'],
          q,
        );
      }
    }
  });

  it('gathers nothing from a two-letter word being typed while a longer word can', () => {
    // "ke" begins kendaraan, kependudukan, kesehatan…: none of those is asked for yet.
    assert.deepEqual(ids('pajak ke'), ['sambara']);
  });

  it('of services matching every word, puts the one with fewer typos first', () => {
    const cities = createServiceIndex([
      service('bandung', 'Layanan Kota Bandung', 'Pelayanan warga.'),
      service('badung', 'Layanan Kabupaten Badung', 'Pelayanan warga.'),
    ]);
    // "layann" is a typo for both; "badung" is Badung as typed, Bandung with a typo.
    assert.deepEqual(
      cities.search('layann badung').map((h) => h.item.id),
      ['badung', 'bandung'],
    );
    assert.deepEqual(
      cities.search('layann bandung').map((h) => h.item.id),
      ['bandung', 'badung'],
    );
  });

  it('of services matching every word, puts fewer typos first even against a heavier field', () => {
    const two = createServiceIndex([
      service('portal-warga', 'Portal Warga', 'Layanan Kota Bandung.'),
      service('layanan-badung', 'Layanan Badung', 'Pelayanan warga.'),
    ]);
    // "layann" is a typo for both. "bandung" is in the Portal's summary as written, and is
    // Badung only with a typo, though in the name (which would score more).
    assert.deepEqual(
      two.search('bandung layann').map((h) => h.item.id),
      ['portal-warga', 'layanan-badung'],
    );
  });

  it('scores a word by its best match in a service: as written above its stem', () => {
    const two = createServiceIndex([
      service('izin-reklame', 'Izin Reklame', 'Layanan daring.'),
      service('perizinan-reklame', 'Perizinan Reklame', 'Layanan daring.'),
    ]);
    // Perizinan Reklame's name has "perizinan" as written (and its stem "izin", a lesser
    // match tried after it); Izin Reklame's has only the stem.
    const [first, second] = two.search('perizinan reklame');
    assert.equal(first?.item.id, 'perizinan-reklame');
    assert.equal(second?.item.id, 'izin-reklame');
    assert.ok(first && second && first.score > second.score);
  });

  it('keeps the best service for one word when one place is left, a name before a summary', () => {
    const two = createServiceIndex([
      service('kanal-warga', 'Kanal Warga', 'Sapa petugas kami.'),
      service('sapawarga', 'Sapawarga', 'Aplikasi warga.'),
    ]);
    // "sapa" is a whole word in Kanal Warga's summary (weight 1), found first, and begins
    // the name Sapawarga (a prefix, over half a whole word, in a field of weight 3).
    assert.deepEqual(
      two.search('sapa').map((h) => h.item.id),
      ['sapawarga', 'kanal-warga'],
    );
    assert.deepEqual(
      two.search('sapa', { limit: 1 }).map((h) => h.item.id),
      ['sapawarga'],
    );
  });

  it('answers a search the same whatever was searched before, filtered or not', () => {
    const cities = createServiceIndex([
      service('bandung', 'Layanan Kota Bandung', 'Pelayanan warga.'),
      service('badung', 'Layanan Kabupaten Badung', 'Pelayanan warga.'),
    ]);
    const before = cities.search('layanan bandung');
    assert.deepEqual(
      before.map((h) => h.item.id),
      ['bandung', 'badung'],
    );
    // Both are turned away by this filter…
    assert.deepEqual(cities.search('layanan bandung', { filter: { sector: 'health' } }), []);
    // …and nothing of that search is carried into the next.
    assert.deepEqual(cities.search('layanan bandung'), before);
  });

  it('credits a service only with the words it has', () => {
    const three = createServiceIndex([
      service('sambara', 'Sambara', 'Bayar pajak kendaraan.'),
      service('sapawarga', 'Sapawarga', 'Aplikasi warga.'),
      service('pikobar', 'Pikobar', 'Informasi covid.'),
    ]);
    // Each says one of the two words, in its summary: neither is the better match. (In
    // the index, "warga" is the term numbered just before Pikobar's first.)
    for (const q of ['warga covid', 'warga informasi']) {
      const [first, second, ...rest] = three.search(q);
      assert.deepEqual([first?.item.id, second?.item.id].sort(), ['pikobar', 'sapawarga'], q);
      assert.equal(first?.score, second?.score, q);
      assert.deepEqual(rest, [], q);
    }
  });

  it('counts a filler word for less than any word as written', () => {
    // The same service twice, but one says "urus": "mengurus" (a filler) breaks the tie.
    const says = service('reklame-urus', 'Izin Reklame', 'Urus izin reklame.');
    const plain = service('reklame', 'Izin Reklame', 'Izin reklame.');
    const [first, second] = createServiceIndex([plain, says]).search('mengurus reklame');
    assert.equal(first?.item.id, 'reklame-urus');
    assert.equal(second?.item.id, 'reklame');
    // Less than a whole word in the lightest field (the summary) would add: 1.
    const filler = (first?.score ?? 0) - (second?.score ?? 0);
    assert.ok(filler > 0 && filler < 1, String(filler));
  });

  it('weighs a word in the name above the same word in the summary, in a query of several', () => {
    // Both are "aplikasi BPJS" in their summaries; Mobile JKN's name says JKN, of the
    // BPJS synonym group. (JMO first in the list: a tie would put it first.)
    const byId = (id: string) => services.find((s) => s.id === id) as Service;
    const two = createServiceIndex([byId('jmo'), byId('mobile-jkn')]);
    assert.deepEqual(
      two.search('aplikasi bpjs').map((h) => h.item.id),
      ['mobile-jkn', 'jmo'],
    );
  });

  it('ranks services matching more words first', () => {
    const [first, second] = index.search('lapor jalan rusak');
    assert.equal(first?.item.id, 'sp4n-lapor');
    assert.equal(second?.item.id, 'sapawarga');
    assert.ok(first && second && first.score > second.score + 500);
  });

  it('counts a word matched with typos as matched: more words first, then fewer typos', () => {
    // JMO has both words ("ketenegakerjan" two typos away); Mobile JKN only
    // "bpjs", though in its name (JKN, a synonym).
    assert.deepEqual(ids('bpjs ketenegakerjan'), ['jmo', 'mobile-jkn']);
    assert.deepEqual(ids('bpjs ketenagakerjaan'), ['jmo', 'mobile-jkn']);
  });

  it('takes extra synonym groups', () => {
    const extended = createServiceIndex(services, { synonyms: ['kir|uji kendaraan|sambara'] });
    assert.deepEqual(ids('kir'), []);
    assert.equal(extended.search('kir')[0]?.item.id, 'sambara');
  });

  function anyQueryIsWellRanked(q: string) {
    let previous = Number.POSITIVE_INFINITY;
    for (const hit of index.search(q)) {
      assert.ok(hit.score <= previous);
      previous = hit.score;
      for (const [a, b] of hit.ranges) {
        assert.ok(a >= 0 && a < b && b <= hit.item.name.length);
      }
    }
  }
  it('property: any query → no throw, best first, ranges inside the name', () => {
    const alphabet = fc.constantFrom(...'abdeijklnoprstu ', 'izin ', 'lapor ', '🙂', '-');
    return checkProperty(
      'service index: any query → no throw, best first, ranges inside the name',
      [fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: alphabet, maxLength: 20 }))],
      anyQueryIsWellRanked,
      { runs: 500 },
    );
  });

  it('refuses bad arguments with SpbeInputError', () => {
    assert.throws(() => index.search(null as unknown as string), SpbeInputError);
    assert.throws(() => index.search('ktp', { limit: 10_000 }), SpbeInputError);
    assert.throws(
      () => createServiceIndex({} as never),
      (e: unknown) => e instanceof SpbeInputError && e.argument === 'services',
    );
  });
});
