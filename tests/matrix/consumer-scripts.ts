/**
 * What a user's first file does with the installed package, once as ES module
 * and once as CommonJS. Each prints one JSON line that the matrix test compares
 * across Node versions. (The fuller single-version checks live in
 * tests/package/consumer.test.ts.)
 */

/** What both scripts do once the package is loaded: print what each entry gives, as one JSON line. */
const report = `
console.log(JSON.stringify({
  node: process.versions.node,
  SIGNED_ON: data.SIGNED_ON,
  frozen: Object.isFrozen(data.treaty),
  signed: data.getEvent('treaty-signed')?.date,
  cite: data.cite().includes(data.meta.version),
  valid: schemas.validate('Treaty', data.treaty).ok,
  invalid: schemas.validate('Event', {}).ok,
  vilnius: border.containsPoint([25.2798, 54.6892]),
  minsk: border.containsPoint([27.5667, 53.9]),
  vilnius1930: history.statusOn('vilnius', '1930-06-01').controller,
  jsonEqual: JSON.stringify(treatyJson) === JSON.stringify(data.treaty),
}));
`;

/** An ES module importing every entry and a raw JSON file, printing what they give. */
export const esmScript = `
import * as data from 'lt-ru-1920';
import * as schemas from 'lt-ru-1920/schemas';
import * as border from 'lt-ru-1920/border';
import * as history from 'lt-ru-1920/history';
import treatyJson from 'lt-ru-1920/data/treaty.json' with { type: 'json' };
${report}`;

/** A CommonJS script requiring every entry and a raw JSON file, printing what they give. */
export const cjsScript = `
const data = require('lt-ru-1920');
const schemas = require('lt-ru-1920/schemas');
const border = require('lt-ru-1920/border');
const history = require('lt-ru-1920/history');
const treatyJson = require('lt-ru-1920/data/treaty.json');
${report}`;

/** What both scripts must print on every Node version (besides `node`). */
export const expectedOutput = {
  SIGNED_ON: '1920-07-12',
  frozen: true,
  signed: '1920-07-12',
  cite: true,
  valid: true,
  invalid: false,
  vilnius: true,
  minsk: false,
  vilnius1930: 'poland',
  jsonEqual: true,
} as const;
