import { basisDates } from '../generated/basis-dates.generated.js';

/**
 * The instruments of a title's `basis` that existed on `date` (an ISO day):
 * those whose event is dated on or before it, in the record's order. The
 * first instrument always stays: the title began with it, and a title's
 * `from` is the day that first instrument took effect (the data tests prove
 * none is dated after its title's `from`). An instrument counts from its
 * event's preferred date (see `basisDates` for what that date is). Returns a
 * new frozen array; never changes `basis`.
 *
 * @throws {Error} when an id of `basis` is not an event any title rests on
 * (a record was changed without `npm run generate`).
 * @example
 * ```ts
 * basisOn(['treaty-signed', 'lithuanian-constitution-1922', 'lithuanian-constitution-1928', 'lithuanian-constitution-1938'], '1930-06-01');
 * //=> ['treaty-signed', 'lithuanian-constitution-1922', 'lithuanian-constitution-1928']
 * basisOn(['polish-sejm-resolution-wilno-land', 'wilno-sejm-resolution', 'wilno-land-statute'], '1922-03-30');
 * //=> ['polish-sejm-resolution-wilno-land', 'wilno-sejm-resolution']
 * ```
 */
export function basisOn(basis: readonly string[], date: string): readonly string[] {
  return Object.freeze(
    basis.filter((id, index) => {
      const dated = Object.hasOwn(basisDates, id) ? basisDates[id] : undefined;
      if (dated === undefined) throw new Error(`basisOn: no date for the event "${id}": run \`npm run generate\``);
      return index === 0 || dated <= date;
    }),
  );
}
