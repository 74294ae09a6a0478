import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The plain text area (shown until Monaco has loaded, or if it cannot). */
export function plainEditor(page: Page): Locator {
  return page.getByTestId('yaml-input');
}

/** The Monaco pane once its editor is mounted. */
export function monacoPane(page: Page): Locator {
  return page.locator('[data-testid="monaco-pane"][data-ready="true"]');
}

export async function waitForMonaco(page: Page): Promise<Locator> {
  const pane = monacoPane(page);
  await expect(pane).toBeVisible();
  await expect(pane.locator('.view-lines')).toBeVisible();
  return pane;
}

/** Replaces the whole document with a paste, as a user pasting a file would (no auto-indent). */
export async function pasteIntoMonaco(page: Page, text: string): Promise<void> {
  const pane = await waitForMonaco(page);
  await pane.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await pane.locator('textarea.inputarea').evaluate((area, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Types at the cursor key by key (Monaco's auto-indent and auto-closing apply, as for a user). */
export async function typeInMonaco(page: Page, text: string): Promise<void> {
  await waitForMonaco(page);
  await page.keyboard.type(text);
}

/** Moves the cursor to the end of a line (1-based) by clicking the line and pressing End. */
export async function goToLineEnd(page: Page, line: number): Promise<void> {
  const pane = await waitForMonaco(page);
  await pane.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
}

/** The visible lines of Monaco's document, as text (for short documents that fit the view). */
export async function monacoVisibleText(page: Page): Promise<string> {
  const pane = await waitForMonaco(page);
  const lines = await pane.locator('.view-line').evaluateAll((nodes) =>
    nodes
      .map((node) => ({
        top: parseFloat((node as HTMLElement).style.top || '0'),
        text: node.textContent ?? '',
      }))
      .sort((a, b) => a.top - b.top)
      .map((line) => line.text.replace(/\u00a0/g, ' ')),
  );
  return lines.join('\n');
}
