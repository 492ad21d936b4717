/**
 * Pan and zoom of the diagram with a CSS transform: buttons, the mouse wheel (zooms around the
 * pointer), dragging, and fit to view. The view survives redraws and is reported for setState.
 */
export interface View {
  scale: number;
  x: number;
  y: number;
}

const MIN_SCALE = 0.05;
const MAX_SCALE = 8;
const DRAG_THRESHOLD = 4;

export class PanZoom {
  private current: View;
  private drag: { id: number; startX: number; startY: number; x: number; y: number; moved: boolean } | undefined;
  private dragged = false;

  constructor(
    private readonly viewport: HTMLElement,
    private readonly content: HTMLElement,
    initial: View | undefined,
    private readonly onChange: (view: View) => void,
  ) {
    this.current = initial ?? { scale: 1, x: 0, y: 0 };
    viewport.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    viewport.addEventListener('pointerdown', (e) => this.onDown(e));
    viewport.addEventListener('pointermove', (e) => this.onMove(e));
    viewport.addEventListener('pointerup', (e) => this.onUp(e));
    viewport.addEventListener('pointercancel', (e) => this.onUp(e));
    this.apply();
  }

  view(): View {
    return { ...this.current };
  }

  /** True (once) when the pointer interaction that just ended was a drag, not a click. */
  wasDrag(): boolean {
    const d = this.dragged;
    this.dragged = false;
    return d;
  }

  apply(): void {
    const { scale, x, y } = this.current;
    this.content.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
    this.content.dataset.scale = String(scale);
  }

  zoomBy(factor: number, cx = this.viewport.clientWidth / 2, cy = this.viewport.clientHeight / 2): void {
    const scale = clamp(this.current.scale * factor, MIN_SCALE, MAX_SCALE);
    const k = scale / this.current.scale;
    this.set({ scale, x: cx - (cx - this.current.x) * k, y: cy - (cy - this.current.y) * k });
  }

  /** Scales the whole diagram into the viewport (never above 100 %) and centres it. */
  fit(): void {
    const svg = this.content.querySelector('svg');
    if (!svg) return;
    const w = svg.getBoundingClientRect().width / this.current.scale;
    const h = svg.getBoundingClientRect().height / this.current.scale;
    const vw = this.viewport.clientWidth;
    const vh = this.viewport.clientHeight;
    if (!w || !h || !vw || !vh) return;
    const pad = 16;
    const scale = clamp(Math.min((vw - 2 * pad) / w, (vh - 2 * pad) / h, 1), MIN_SCALE, MAX_SCALE);
    this.set({ scale, x: (vw - w * scale) / 2, y: Math.max(pad, (vh - h * scale) / 2) });
  }

  reset(): void {
    this.set({ scale: 1, x: 0, y: 0 });
  }

  private set(view: View): void {
    this.current = view;
    this.apply();
    this.onChange(this.view());
  }

  private onWheel(e: WheelEvent): void {
    e.preventDefault();
    const rect = this.viewport.getBoundingClientRect();
    // Pixel deltas from trackpads are small and many; scale the factor to the delta.
    const delta = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
    this.zoomBy(Math.exp(-clamp(delta, -200, 200) / 300), e.clientX - rect.left, e.clientY - rect.top);
  }

  private onDown(e: PointerEvent): void {
    if (e.button !== 0 || (e.target instanceof Element && e.target.closest('#toolbar'))) return;
    this.dragged = false;
    this.drag = { id: e.pointerId, startX: e.clientX, startY: e.clientY, x: this.current.x, y: this.current.y, moved: false };
  }

  private onMove(e: PointerEvent): void {
    const d = this.drag;
    if (!d || d.id !== e.pointerId) return;
    const dx = e.clientX - d.startX;
    const dy = e.clientY - d.startY;
    if (!d.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    if (!d.moved) {
      d.moved = true;
      this.viewport.setPointerCapture(e.pointerId);
      this.viewport.classList.add('dragging');
    }
    this.current = { ...this.current, x: d.x + dx, y: d.y + dy };
    this.apply();
  }

  private onUp(e: PointerEvent): void {
    const d = this.drag;
    if (!d || d.id !== e.pointerId) return;
    this.drag = undefined;
    this.dragged = d.moved;
    if (d.moved) {
      this.viewport.classList.remove('dragging');
      this.onChange(this.view());
    }
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
