/**
 * Vega-Lite → Vega → SVG, in Node, with no browser and no network: the HTML page holds the
 * plain SVG. The libraries are loaded here only, so the action and the analysis never load them.
 */
import type { VegaLiteSpec } from './figures.js';

export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  // One after the other: Jest's ES-module loader fails when two imports share dependencies in flight.
  const vega = await import('vega');
  const vl = await import('vega-lite');
  // The spec is our own; Vega-Lite checks it as it compiles.
  const compiled = vl.compile(spec as unknown as Parameters<typeof vl.compile>[0]).spec;
  // No loader: the data is inline, so nothing may be fetched.
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader: { load: () => Promise.reject(new Error('no network')), sanitize: () => Promise.reject(new Error('no network')), http: () => Promise.reject(new Error('no network')), file: () => Promise.reject(new Error('no files')) } as never });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
