/**
 * A short tour of lt-ru-1920, run by `npm run demo` against the built
 * package (the same files a user installs).
 */
import { cite, citeRecord, getSignatory, meta, SIGNED_ON, timeline, treaty } from 'lt-ru-1920';
import { containsPoint } from 'lt-ru-1920/border';
import { statusOn } from 'lt-ru-1920/history';
import { validate } from 'lt-ru-1920/schemas';

console.log(`${treaty.names.find((name) => name.language === 'en')?.name}, signed ${SIGNED_ON} (version ${meta.version})\n`);

console.log('Timeline 1920:');
for (const event of timeline({ from: '1920-01-01', to: '1920-12-31' })) {
  const variants = event.variants ? `  (also given: ${event.variants.map((variant) => variant.value).join(', ')})` : '';
  console.log(`  ${event.date}  ${event.title.en}${variants}`);
}

console.log('\nSignatories:');
for (const person of treaty.signatories) console.log(`  ${person.side.padEnd(9)} ${person.names.printed} — ${person.names.native}`);
console.log(`  head of the Lithuanian delegation: ${getSignatory('tomas-narusevicius')?.names.native}`);

const good = {
  id: 'treaty-signed',
  date: '1920-07-12',
  kind: 'signing',
  title: { en: 'Treaty signed', lt: 'Sutartis pasirašyta', ru: 'Договор подписан' },
  confidence: 'high',
  sources: [{ source: 'bfsp-1121', locator: 'p. 1121, heading' }],
};
const bad = { ...good, id: 'Treaty Signed', date: 'June 12, 1920', sources: [] };
console.log('\nValidating a good event record:', validate('Event', good).ok ? 'ok' : 'invalid');
const result = validate('Event', bad);
console.log('Validating a bad one:', result.ok ? 'ok' : 'invalid');
if (!result.ok) for (const issue of result.issues) console.log(`  - ${issue.message}`);

console.log('\nIs Vilnius inside the territory the treaty recognized?', containsPoint([25.2798, 54.6892]));
console.log('Is Minsk?', containsPoint([27.5667, 53.9]));

for (const date of ['1920-09-01', '1930-06-01', '1939-11-15']) {
  const status = statusOn('vilnius', date);
  const views = status.titles
    .map((title) => `${title.view} view: ${title.holder ?? `no claim (left to ${title.leftTo.join(' and ')})`} by ${title.basis.join(' + ')}`)
    .join('; ');
  console.log(`Who held Vilnius on ${date}? ${status.controller ?? 'not known'}; title: ${views}`);
}
const hrodna = statusOn('hrodna', '1930-06-01').titles.find((title) => title.view === 'soviet');
console.log(`The Soviet view of Hrodna in 1930: ${hrodna?.holder ?? `no claim, left to ${hrodna?.leftTo.join(' and ')}`} (by ${hrodna?.basis.join(', ')})`);

console.log(`\nCite as:\n  ${cite()}`);
console.log(`\nCite one fact:\n  ${citeRecord('ratification-lithuania').slice(0, 160)}…`);
