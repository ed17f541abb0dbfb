import { describe, expect, it } from 'vitest';
import { timelineSvg } from '../scripts/site/timeline-svg.js';
import { events } from '../src/data/events.js';
import type { Event } from '../src/schemas/event.js';

describe('docs/timeline.svg', () => {
  const svg = timelineSvg(events, '0.1.0');
  it('draws every event, with its id in a tooltip and its date in the label', () => {
    for (const event of events) expect(svg, event.id).toContain(`<title>${event.id}: `);
    expect(svg).toContain('>12 Jul  Signing of the peace treaty</text>');
    expect(svg).toContain('>15 Jun 1940  Loss of force of the treaty</text>');
  });
  it('labels disputed dates with the other dates and draws them as hatched ranges', () => {
    expect(svg).toContain('6 Aug (or 8 Aug)  Ratification by Lithuania');
    const disputed = events.filter((event) => event.variants !== undefined).length;
    expect(svg.match(/fill="url\(#disputed\)"/g)).toHaveLength(disputed + 1); // + the legend
  });
  it('has a legend entry for each kind of event present, and a sources line', () => {
    for (const kind of new Set(events.map((event) => event.kind))) expect(svg).toContain(`>${kind.replace(/-/g, ' ')}</text>`);
    expect(svg).toMatch(/Sources: the \d+ works the events cite \(\d+ primary, /);
  });
  it('reads the events alone: a new event appears on the next generation', () => {
    const added: Event = {
      id: 'test-event-1935',
      date: '1935-05-01',
      kind: 'agreement',
      title: { en: 'A test agreement', lt: 'Bandymas', ru: 'Проба' },
      confidence: 'low',
      sources: [{ source: 'w-en', locator: 'lead' }],
    };
    const more = timelineSvg([...events, added], '0.1.0');
    expect(more).toContain('>1 May 1935  A test agreement</text>');
    expect(more).toContain(`${events.length + 1} dated events`);
  });
  it('draws a kind it has no style for with a spare one, and lists it in the legend', () => {
    const added = {
      id: 'test-election',
      date: '1922-01-08',
      kind: 'election' as Event['kind'],
      title: { en: 'A test election' },
      confidence: 'low',
      sources: [{ source: 'w-en', locator: 'lead' }],
    } as Event;
    const more = timelineSvg([...events, added], '0.1.0');
    expect(more).toContain('>election</text>');
    expect(more).toMatch(/<title>test-election: [^<]*<\/title>.*<circle [^>]*fill="#fff" stroke="#edc948"/);
  });
});
