import { test as base, chromium, expect, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './browser';
import { cardPhotos, qrPng, type GreyPhoto } from './card-images';

// The camera on the capture page: asked for only when the user chooses it, then each shot is a
// card. Chromium fakes the camera (--use-fake-device-for-media-stream) and answers its prompt
// (--use-fake-ui-for-media-stream); the camera films a card with a QR vCard, drawn by the test
// into a Y4M file (--use-file-for-fake-video-capture). This spec launches its own Chromium for
// those flags; only extension pages in tabs are used, so the storage setting does not matter.

const VCARD =
  'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Nowak;Piotr\r\nFN:Piotr Nowak\r\nORG:Kowalski Sp. z o.o.\r\nEMAIL:p.nowak@kowalski.pl\r\nEND:VCARD';

/** One still frame as a Y4M video (4:2:0, the grey photo as luma, no colour). */
function y4m({ width, height, grey }: GreyPhoto): Buffer {
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\nFRAME\n`, 'ascii');
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  return Buffer.concat([header, Buffer.from(grey), chroma]);
}

const test = base.extend<{ camera: { context: BrowserContext; extensionId: string; errors: string[] } }>({
  camera: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'sternstunde-camera-'));
    const video = join(dir, 'card.y4m');
    const launch = (args: string[]) =>
      chromium.launchPersistentContext(join(dir, `profile-${args.length}`), {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        env: { ...process.env, LANGUAGE: 'en' },
        args: ['--lang=en', '--no-sandbox', '--no-first-run', ...args],
      });
    // The card is drawn in a plain browser first: the camera's file must exist when it starts.
    const painter = await launch([]);
    const [photo] = await cardPhotos(await painter.newPage(), [
      {
        lines: ['#Kowalski Sp. z o.o.'],
        qr: await qrPng(VCARD),
        angle: 3,
        noise: 10,
        photo: { width: 1280, height: 720 },
      },
    ]);
    await painter.close();
    writeFileSync(video, y4m(photo!));

    const context = await launch([
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    const errors: string[] = [];
    context.on('weberror', (error) => errors.push(`uncaught: ${error.error().message}`));
    context.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${msg.location().url}: ${msg.text()}`);
    });
    // Counts the page's camera requests (wrapped before any page script runs).
    await context.addInitScript(() => {
      const media = navigator.mediaDevices;
      if (!media) return;
      const real = media.getUserMedia.bind(media);
      Object.assign(window, { cameraRequests: 0 });
      media.getUserMedia = (constraints) => {
        (window as unknown as { cameraRequests: number }).cameraRequests++;
        return real(constraints);
      };
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use({ context, extensionId: new URL(worker.url()).host, errors });
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

test('the camera is asked for only when chosen; a shot of a card with a QR vCard becomes a card with its fields', async ({
  camera,
}) => {
  const page = await camera.context.newPage();
  await page.goto(`chrome-extension://${camera.extensionId}/capture.html`);
  await expect(page.getByRole('heading', { name: 'Scan business cards' })).toBeVisible();
  // Loaded and idle: no camera request yet (with the fake prompt the permission always reads
  // "granted", so the requests themselves are counted).
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { cameraRequests: number }).cameraRequests)).toBe(0);
  await expect(page.locator('video')).toHaveCount(0);

  await page.getByRole('button', { name: 'Use the camera' }).click();
  const video = page.locator('video');
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth)).toBe(1280);
  expect(await page.evaluate(() => (window as unknown as { cameraRequests: number }).cameraRequests)).toBe(1);

  await page.getByRole('button', { name: 'Take photo' }).click();
  const card = page.getByTestId('capture-card');
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute('data-status', 'read', { timeout: 30_000 });
  await expect(card.locator('[data-field="firstName"]')).toHaveValue('Piotr');
  await expect(card.locator('[data-field="lastName"]')).toHaveValue('Nowak');
  await expect(card.locator('[data-field="company"]')).toHaveValue('Kowalski Sp. z o.o.');

  // Closing the camera stops it: the video goes, the track ends.
  const track = await video.evaluateHandle((v: HTMLVideoElement) => (v.srcObject as MediaStream).getVideoTracks()[0]!);
  await page.getByRole('button', { name: 'Close camera' }).click();
  await expect(video).toHaveCount(0);
  expect(await track.evaluate((t) => t.readyState)).toBe('ended');
  expect(camera.errors).toEqual([]);
});
