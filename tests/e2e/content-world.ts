// Runs code with the rights of our content script: in the extension's isolated world of a calendar
// page (over CDP), where `chrome.runtime.sendMessage` reaches the background as a content script.
// This is what a script that got into the content script's world (or a compromised calendar page
// renderer) could do.
import type { Page } from '@playwright/test';

export interface ContentWorld {
  /** Sends a runtime message as the content script; its reply (`{ ok, value | error, refused }`). */
  send(type: string, payload: unknown): Promise<unknown>;
  /** Evaluates an expression in the content script's world; its (awaited) value. */
  evaluate(expression: string): Promise<unknown>;
}

/** The world's name is the extension's (localised) name, which starts with "Sternstunde". */
export async function contentWorld(page: Page): Promise<ContentWorld> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; type?: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) =>
    contexts.push({ id: context.id, name: context.name, type: context.auxData?.type }),
  );
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 5_000;
  let world: number | undefined;
  while (world === undefined && Date.now() < deadline) {
    world = contexts.find((c) => c.type === 'isolated' && c.name.startsWith('Sternstunde'))?.id;
    if (world === undefined) await page.waitForTimeout(50);
  }
  if (world === undefined) throw new Error(`no isolated world of Sternstunde in ${page.url()}`);
  const contextId = world;
  const evaluate = async (expression: string) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId,
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as unknown;
  };
  return {
    evaluate,
    send: (type, payload) => evaluate(`chrome.runtime.sendMessage(${JSON.stringify({ type, payload })})`),
  };
}
