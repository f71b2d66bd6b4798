// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IDLE_GAP_MS, INPUT_LOOKS, INPUT_WINDOW_MS, watchPage } from '../../../lib/calendar-page/watch';

const FRAME_MS = 16;
let looks: number;
let detached: boolean;
let own: HTMLElement;
let stop: () => void;

/** Lets the observer deliver its records, then moves the clock on. */
async function pass(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

function change(): void {
  const node = document.createElement('span');
  document.querySelector('#grid')!.append(node);
  node.remove();
}

beforeEach(async () => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
  });
  document.body.innerHTML = '<div id="grid"></div><div id="ours"></div>';
  own = document.querySelector('#ours')!;
  looks = 0;
  detached = false;
  stop = watchPage(() => looks++, { isOwnNode: (n) => own.contains(n), isDetached: () => detached });
  await pass(1000); // the first look, then a quiet page
  looks = 0;
});

afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('watchPage', () => {
  test('looks once at the page when it starts', async () => {
    stop();
    let n = 0;
    stop = watchPage(() => n++, { isOwnNode: () => false, isDetached: () => false });
    await pass(FRAME_MS * 2);
    expect(n).toBe(1);
  });

  test('a change the page made on its own is looked at after the idle gap, once', async () => {
    change();
    await pass(IDLE_GAP_MS - FRAME_MS);
    expect(looks).toBe(0);
    await pass(FRAME_MS * 2);
    expect(looks).toBe(1);
    await pass(1000);
    expect(looks).toBe(1);
  });

  test('a page re-rendering every frame for a second gets a handful of looks, not one per frame', async () => {
    for (let frame = 0; frame < 60; frame++) {
      change();
      await pass(FRAME_MS);
    }
    await pass(IDLE_GAP_MS + FRAME_MS * 2);
    expect(looks).toBeGreaterThanOrEqual(1);
    expect(looks).toBeLessThanOrEqual(Math.ceil((60 * FRAME_MS) / IDLE_GAP_MS) + 1);
  });

  test("after the user's click a change is looked at in the next frame", async () => {
    window.dispatchEvent(new Event('click'));
    change();
    await pass(FRAME_MS * 2);
    expect(looks).toBe(1);
  });

  test('a key or a history step counts as input too; its window closes again', async () => {
    window.dispatchEvent(new Event('keydown'));
    change();
    await pass(FRAME_MS * 2);
    expect(looks).toBe(1);
    window.dispatchEvent(new Event('popstate'));
    change();
    await pass(FRAME_MS * 2);
    expect(looks).toBe(2);
    await pass(INPUT_WINDOW_MS);
    change();
    await pass(FRAME_MS * 2);
    expect(looks).toBe(2);
  });

  test('input while a change waits brings its look forward', async () => {
    change();
    await pass(FRAME_MS * 2);
    expect(looks).toBe(0);
    window.dispatchEvent(new Event('pointerdown'));
    await pass(FRAME_MS * 2);
    expect(looks).toBe(1);
    await pass(IDLE_GAP_MS * 2);
    expect(looks).toBe(1);
  });

  test('a change that dropped our UI gets the next frame', async () => {
    detached = true;
    change();
    await pass(FRAME_MS * 2);
    expect(looks).toBe(1);
  });

  test('after one input, the first looks come in the next frame, later changes wait for the gap', async () => {
    window.dispatchEvent(new Event('click'));
    for (let i = 0; i < INPUT_LOOKS; i++) {
      change();
      await pass(FRAME_MS * 2);
      expect(looks).toBe(i + 1);
    }
    change(); // the popup's lazy rows, say
    await pass(FRAME_MS * 2);
    expect(looks).toBe(INPUT_LOOKS);
    await pass(IDLE_GAP_MS);
    expect(looks).toBe(INPUT_LOOKS + 1);
    window.dispatchEvent(new Event('keydown')); // the next input: fast again
    change();
    await pass(FRAME_MS * 2);
    expect(looks).toBe(INPUT_LOOKS + 2);
  });

  test('changes inside our own UI are not looked at', async () => {
    own.append(document.createElement('b'));
    await pass(IDLE_GAP_MS * 2);
    expect(looks).toBe(0);
  });

  test('hidden-not-removed: a style change counts as a change', async () => {
    document.querySelector<HTMLElement>('#grid')!.style.display = 'none';
    await pass(IDLE_GAP_MS + FRAME_MS * 2);
    expect(looks).toBe(1);
  });

  test('aria-hidden alone hides nothing on screen: not a change', async () => {
    document.querySelector('#grid')!.setAttribute('aria-hidden', 'true');
    await pass(IDLE_GAP_MS * 2);
    expect(looks).toBe(0);
  });

  test('after stop nothing is looked at', async () => {
    change();
    stop();
    window.dispatchEvent(new Event('click'));
    change();
    await pass(IDLE_GAP_MS * 4);
    expect(looks).toBe(0);
  });
});

describe('a look that throws', () => {
  test('does not stop the watch: later changes are looked at', async () => {
    stop();
    let calls = 0;
    stop = watchPage(
      () => {
        calls++;
        if (calls <= 2) throw new Error('markup the adapter did not expect');
      },
      { isOwnNode: () => false, isDetached: () => false },
    );
    await pass(FRAME_MS * 2); // the first look throws
    expect(calls).toBe(1);
    change();
    await pass(IDLE_GAP_MS + FRAME_MS * 2); // and the next one
    expect(calls).toBe(2);
    change();
    await pass(IDLE_GAP_MS + FRAME_MS * 2);
    expect(calls).toBe(3);
  });
});
