// <flowchart-wizard>: turns the server-rendered panels into a one-question-at-a-time walk, keeps the
// answers in `?path=`, highlights the path in the SVG (nodes and arrows carry data-node / data-edge), and
// shows the answers given as a trail of server-rendered crumbs, each a link back to its question.
import { decodePath, pathTo, withPath, PATH_PARAM, type AnswerMap } from '../lib/flowchart/url-state';

class FlowchartWizard extends HTMLElement {
  private root = '';
  private path: string[] = [];
  private answers: AnswerMap = {};

  connectedCallback() {
    const panel = this.querySelector<HTMLElement>('[data-wizard]');
    if (!panel) return;
    this.root = this.dataset.root ?? '';
    const answers: Record<string, string[]> = {};
    for (const step of this.steps()) {
      const next = [...step.querySelectorAll<HTMLElement>('[data-next]')].map((b) => b.dataset.next!);
      if (next.length) answers[step.dataset.step!] = next;
    }
    this.answers = answers;
    this.path = this.fromUrl();
    this.addEventListener('click', (event) => this.onClick(event));
    addEventListener('popstate', () => {
      this.path = this.fromUrl();
      this.render(false);
    });
    panel.hidden = false;
    this.render(false);
  }

  private steps() {
    return [...this.querySelectorAll<HTMLElement>('[data-step]')];
  }

  private fromUrl() {
    return decodePath(new URLSearchParams(location.search).get(PATH_PARAM), this.root, this.answers);
  }

  private onClick(event: Event) {
    const target = event.target as Element;
    const next = target.closest<HTMLElement>('[data-next]')?.dataset.next;
    const question = target.closest('[data-kind="question"]')?.getAttribute('data-node');
    const label = target.closest('[data-edge-label]');
    const goto = target.closest<HTMLElement>('[data-goto]')?.dataset.goto;
    let steps: string[] | undefined;
    if (next) steps = [...this.path, next];
    else if (goto) steps = this.stepsBefore(goto);
    else if (target.closest('[data-back]')) steps = this.path.slice(0, -1);
    else if (target.closest('[data-restart]')) steps = [];
    else if (question) steps = pathTo(question, this.root, this.answers);
    else if (label)
      steps = pathTo(label.getAttribute('data-from')!, this.root, this.answers)?.concat(label.getAttribute('data-to')!);
    if (!steps) return;
    event.preventDefault();
    this.path = steps;
    history.pushState(null, '', location.pathname + withPath(location.search, steps));
    this.render(true);
  }

  /** The path up to (not including) the answer given to `question`. */
  private stepsBefore(question: string): string[] {
    return question === this.root ? [] : this.path.slice(0, this.path.indexOf(question) + 1);
  }

  /** Shows the crumbs of the answers taken, in the order they were given, each linking back to its question. */
  private renderTrail(trail: string[]) {
    const nav = this.querySelector<HTMLElement>('[data-trail]');
    const list = nav?.querySelector('[data-trail-list]');
    if (!nav || !list) return;
    const crumbs = new Map(
      [...list.querySelectorAll<HTMLElement>('[data-crumb]')].map((li) => [li.dataset.crumb!, li]),
    );
    for (const li of crumbs.values()) li.hidden = true;
    for (let i = 1; i < trail.length; i++) {
      const li = crumbs.get(`${trail[i - 1]}>${trail[i]}`);
      if (!li) continue;
      li.hidden = false;
      list.append(li);
      li.querySelector('a')!.href = location.pathname + withPath(location.search, this.stepsBefore(trail[i - 1]!));
    }
    nav.hidden = trail.length < 2;
  }

  private render(focus: boolean) {
    const trail = [this.root, ...this.path];
    this.renderTrail(trail);
    const current = trail.at(-1)!;
    const taken = new Set(trail.slice(1).map((id, i) => `${trail[i]}>${id}`));
    for (const step of this.steps()) step.hidden = step.dataset.step !== current;
    for (const node of this.querySelectorAll('[data-node]')) {
      const id = node.getAttribute('data-node')!;
      if (id === current) node.setAttribute('data-state', 'current');
      else if (trail.includes(id)) node.setAttribute('data-state', 'visited');
      else node.removeAttribute('data-state');
    }
    for (const edge of this.querySelectorAll('[data-edge], [data-edge-label]')) {
      edge.toggleAttribute(
        'data-taken',
        taken.has(edge.getAttribute('data-edge') ?? edge.getAttribute('data-edge-label')!),
      );
    }
    this.querySelector<HTMLButtonElement>('[data-back]')!.disabled = !this.path.length;
    this.querySelector<HTMLButtonElement>('[data-restart]')!.disabled = !this.path.length;
    const heading = this.querySelector<HTMLElement>(`#step-${current}`);
    const live = this.querySelector('[data-live]');
    if (live && heading) live.textContent = heading.textContent;
    if (focus && heading) {
      heading.focus({ preventScroll: true });
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      heading.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
    }
  }
}

customElements.define('flowchart-wizard', FlowchartWizard);
