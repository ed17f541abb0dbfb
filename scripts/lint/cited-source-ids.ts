/**
 * Every source id a JSON value cites: the string values of `source` keys, at
 * any depth (the `SourceRef` shape of every record and border feature).
 */
export function citedSourceIds(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) citedSourceIds(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'source' && typeof child === 'string') found.add(child);
      else citedSourceIds(child, found);
    }
  }
  return found;
}
