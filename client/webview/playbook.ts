/**
 * The playbook's one script (bundled with Mermaid into dist/webview/playbook.js): draws each
 * diagram from the Mermaid source the page carries as text, in Mermaid's strict mode, light theme.
 * The same script runs inlined in an exported HTML file (allowed by its hash) and in the Preview
 * Playbook webview (allowed by its nonce). It sends and loads nothing.
 */
import mermaid from 'mermaid';

mermaid.initialize({
  startOnLoad: false,
  securityLevel: 'strict',
  theme: 'default',
  maxTextSize: 2_000_000,
  maxEdges: 10_000,
  flowchart: { useMaxWidth: true },
});

async function drawAll(): Promise<void> {
  const figures = Array.from(document.querySelectorAll<HTMLElement>('figure.diagram'));
  for (const [i, figure] of figures.entries()) {
    const canvas = figure.querySelector<HTMLElement>('.diagram-canvas');
    const source = figure.querySelector<HTMLElement>('pre.mermaid-source')?.textContent;
    if (!canvas || !source) continue;
    try {
      const { svg } = await mermaid.render(`playbook-diagram-${i}`, source);
      // Mermaid's strict mode sanitises the SVG; the labels in the source are escaped by the service.
      canvas.innerHTML = svg;
    } catch (e) {
      document.getElementById(`dplaybook-diagram-${i}`)?.remove();
      const error = document.createElement('p');
      error.className = 'diagram-error';
      error.textContent = `${figure.dataset.couldNotDraw ?? ''} ${e instanceof Error ? e.message : String(e)}`;
      canvas.replaceChildren(error);
    }
  }
  document.body.dataset.diagrams = 'drawn';
}

void drawAll();
