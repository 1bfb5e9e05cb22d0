// sr-walkthrough.mjs — walks a screen-reader user's path through the built site with the keyboard (find a
// sleep app, then a London trust) and prints, at each step, what Chromium's accessibility tree holds for
// the focused element and what the live region says. Output is Markdown, for notes/sr-walkthrough.md.
// Run after tools/build.sh: node tools/sr-walkthrough.mjs > walkthrough.md
import { startServer, launch, openPage, waitForState, waitForIdle } from '../tests/e2e/harness.mjs';

const server = await startServer();
const browser = await launch();
const { page, context } = await openPage(browser, `${server.url}index.html#/apps`, { width: 1280, height: 800 });
await waitForState(page);
await waitForIdle(page);
const cdp = await context.newCDPSession(page);
await cdp.send('Accessibility.enable');

let step = 0;
const lines = [];
function out(s) { lines.push(s); }

// The focused node as the accessibility tree has it: role, name, description, states, and its ancestors'
// list, toolbar and landmark roles (what a screen reader says on entering them).
async function focused() {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: true });
  const node = nodes.find((n) => n.backendDOMNodeId !== undefined && (n.properties || []).some((p) => p.name === 'focused' && p.value.value)) ||
    nodes[nodes.length - 1];
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  if (!node) return '(nothing focused)';
  const states = (node.properties || []).filter((p) => ['pressed', 'level', 'expanded', 'checked'].includes(p.name))
    .map((p) => `${p.name}=${p.value.value}`);
  const context = [];
  for (let p = byId.get(node.parentId); p; p = byId.get(p.parentId)) {
    const role = p.role?.value;
    if (['list', 'listitem', 'toolbar', 'main', 'banner', 'navigation'].includes(role)) {
      context.push(p.name?.value ? `${role} “${p.name.value}”` : role);
    }
  }
  const desc = node.description?.value ? `, description “${node.description.value}”` : '';
  return `${node.role.value} “${node.name?.value ?? ''}”${desc}${states.length ? ` (${states.join(', ')})` : ''}` +
    (context.length ? ` — inside ${context.join(' › ')}` : '');
}

async function live() {
  return page.evaluate(() => document.getElementById('a11y-live').textContent);
}

async function record(action, doIt) {
  const liveBefore = await live();
  await doIt();
  await waitForIdle(page);
  // A count is said once it has settled (the layer waits 0.7 s after the last change): wait until the
  // live region has kept its text for a second.
  let said = await live();
  for (let same = 0, i = 0; same < 10 && i < 50; i++) {
    await page.waitForTimeout(100);
    const now = await live();
    same = now === said ? same + 1 : 0;
    said = now;
  }
  step++;
  out(`${step}. **${action}** — focus: ${await focused()}` + (said !== liveBefore ? `; live region says: “${said.trim()}”` : ''));
}

const key = (k) => () => page.keyboard.press(k);
async function tabUntil(test, label) {
  for (let i = 0; i < 60; i++) {
    await record(`Tab${label ? ` (${label})` : ''}`, key('Tab'));
    if (await page.evaluate(test)) return;
  }
  throw new Error(`never reached: ${label}`);
}

out('### Finding a sleep app (`#/apps`)');
await record('Tab', key('Tab'));
await record('Enter (skip link)', key('Enter'));
await record('Tab', key('Tab'));
await record('type “sleep”', () => page.keyboard.type('sleep'));
await tabUntil(() => !!document.activeElement.closest('main ul'), 'to the first result');
await record('Enter', key('Enter'));
out('');
out('### Finding a London trust');
await record('Home of the page (the script focuses the skip link, as a reload would put the first Tab there)', async () => {
  await page.focus('#skip-link');
});
await tabUntil(() => document.activeElement.getAttribute('href') === '#/trusts', 'to the Trusts tab');
await record('Enter', key('Enter'));
await tabUntil(() => (document.activeElement.closest('[role=toolbar]')?.getAttribute('aria-label') || '') === 'Region', 'to the Region filters');
for (let i = 0; i < 20; i++) {
  if (await page.evaluate(() => / London$/.test(document.activeElement.textContent))) break;
  await record('Right arrow', key('ArrowRight'));
}
await record('Space', key(' '));
await tabUntil(() => !!document.activeElement.closest('main ul'), 'to the first trust');
await record('Enter', key('Enter'));

console.log(lines.join('\n'));
await browser.close();
server.stop();
