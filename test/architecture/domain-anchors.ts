/** Anchors of docs/domain.md (`<a id="…"></a>`) and the text of each section up to the next anchor. */
export function domainSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  const re = /<a id="([^"]+)"><\/a>/g;
  const hits: { id: string; at: number }[] = [];
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) hits.push({ id: m[1], at: m.index });
  hits.forEach((h, i) => sections.set(h.id, markdown.slice(h.at, i + 1 < hits.length ? hits[i + 1].at : markdown.length)));
  return sections;
}

/**
 * The places a citation `docs/domain.md §4.3`, `docs/domain.md §2.1 A17`, `docs/domain.md A7` or
 * `docs/domain.md §1.3 T7/T8` points to, as anchors: §n.n → "sn.n", identity and table ids as is.
 */
export function citedAnchors(text: string): string[] {
  const out: string[] = [];
  const re = /docs\/domain\.md((?:[\s*,、;；–-]*(?:§\d+(?:\.\d+)*|\b[AXDTS]\d+\b)(?:\/[AXDT]\d+)*)*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const token of m[1].match(/§\d+(?:\.\d+)*|\b[AXDTS]\d+\b/g) ?? []) out.push(token.startsWith("§") ? `s${token.slice(1)}` : token);
  }
  return out;
}
