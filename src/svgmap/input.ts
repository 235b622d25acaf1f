// Pointer, wheel and keyboard input of the SVG map turned into camera steps, hover and selection.
// Registered once on the map element; returns the function that removes every listener.
import type { Camera } from '../render';
import { KEY_PAN_PX, panBy, zoomBy } from './camera';
import { idAt } from './dom';

export interface MapInput {
  camera(): Camera;
  size(): { width: number; height: number };
  setCamera(camera: Camera): void;
  hover(id: string | null): void;
  /** A click or Enter/Space on a feature (null: on empty map). */
  choose(id: string | null): void;
  /**
   * True from a press until it is released or becomes a drag: a redraw in between would replace the
   * pressed element, and the browser then sends the click to no feature.
   */
  hold(on: boolean): void;
}

/** Movement beyond this many px turns a press into a drag (and its click is dropped). */
const DRAG_THRESHOLD_PX = 3;
/** Wheel pixels per zoom level (MapLibre zooms about one level per 450 px of wheel). */
const WHEEL_PX_PER_LEVEL = 450;

export function bindMapInput(element: HTMLElement, input: MapInput): () => void {
  let press: { id: number; x: number; y: number; camera: Camera; dragging: boolean } | null = null;
  let dragged = false;
  /** The feature pressed: a hover redraw between press and release replaces the element, and the click
   * then lands on the map element itself. */
  let pressedId: string | null = null;

  const local = (event: { clientX: number; clientY: number }): [number, number] => {
    const rect = element.getBoundingClientRect();
    return [event.clientX - rect.left, event.clientY - rect.top];
  };

  function onPointerDown(event: PointerEvent) {
    if (event.button !== 0) return;
    press = {
      id: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      camera: input.camera(),
      dragging: false,
    };
    dragged = false;
    pressedId = idAt(event.target);
    input.hold(true);
  }
  function onPointerMove(event: PointerEvent) {
    if (!press || press.id !== event.pointerId) {
      input.hover(idAt(event.target));
      return;
    }
    const dx = event.clientX - press.x;
    const dy = event.clientY - press.y;
    if (!press.dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
    if (!press.dragging) {
      press.dragging = true;
      // Captured only once it is a drag: a capture at pointerdown would retarget the click to the map.
      element.setPointerCapture?.(event.pointerId);
      element.classList.add('dragging');
      input.hold(false);
    }
    const { width, height } = input.size();
    input.setCamera(panBy(press.camera, dx, dy, width, height));
  }
  function onPointerUp(event: PointerEvent) {
    if (!press || press.id !== event.pointerId) return;
    dragged = press.dragging;
    press = null;
    element.classList.remove('dragging');
    // After this event's click has been dispatched: the click still finds the pressed element.
    setTimeout(() => input.hold(false), 0);
  }
  function onPointerLeave() {
    if (!press) input.hover(null);
  }
  function onClick(event: MouseEvent) {
    if (dragged) {
      dragged = false;
      return;
    }
    const id = idAt(event.target) ?? (event.target === element ? pressedId : null);
    pressedId = null;
    input.choose(id);
  }
  function onWheel(event: WheelEvent) {
    event.preventDefault();
    const px = event.deltaMode === 1 ? event.deltaY * 40 : event.deltaY;
    const delta = Math.max(-1, Math.min(1, -px / WHEEL_PX_PER_LEVEL));
    const { width, height } = input.size();
    input.setCamera(zoomBy(input.camera(), delta, width, height, local(event)));
  }
  function onKeyDown(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { width, height } = input.size();
    const camera = input.camera();
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [KEY_PAN_PX, 0],
      ArrowRight: [-KEY_PAN_PX, 0],
      ArrowUp: [0, KEY_PAN_PX],
      ArrowDown: [0, -KEY_PAN_PX],
    };
    const step = pan[event.key];
    if (step) input.setCamera(panBy(camera, step[0], step[1], width, height));
    else if (event.key === '+' || event.key === '=') input.setCamera(zoomBy(camera, 1, width, height));
    else if (event.key === '-' || event.key === '_') input.setCamera(zoomBy(camera, -1, width, height));
    else if ((event.key === 'Enter' || event.key === ' ') && idAt(event.target))
      input.choose(idAt(event.target));
    else return;
    event.preventDefault();
  }

  const listeners = [
    ['pointerdown', onPointerDown],
    ['pointermove', onPointerMove],
    ['pointerup', onPointerUp],
    ['pointercancel', onPointerUp],
    ['pointerleave', onPointerLeave],
    ['click', onClick],
    ['keydown', onKeyDown],
  ] as const;
  for (const [type, listener] of listeners) element.addEventListener(type, listener as EventListener);
  element.addEventListener('wheel', onWheel, { passive: false });
  return () => {
    for (const [type, listener] of listeners) element.removeEventListener(type, listener as EventListener);
    element.removeEventListener('wheel', onWheel);
  };
}
