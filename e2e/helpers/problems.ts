import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export interface ProblemRef {
  readonly code: string;
  readonly path: string;
  readonly severity?: 'error' | 'warning' | 'info';
}

export interface ShownProblem {
  readonly code: string;
  readonly path: string;
  readonly severity: string;
  readonly text: string;
}

export function problemsList(page: Page): Locator {
  return page.getByTestId('problems');
}

/** The list item for one problem, found by its code and formatted path. */
export function problemItem(page: Page, { code, path, severity }: ProblemRef): Locator {
  const severityAttr = severity ? `[data-severity="${severity}"]` : '';
  return problemsList(page).locator(
    `> li[data-code=${JSON.stringify(code)}][data-path=${JSON.stringify(path)}]${severityAttr}`,
  );
}

/** Every problem the page shows, in order. */
export async function readProblems(page: Page): Promise<ShownProblem[]> {
  return problemsList(page)
    .locator('> li')
    .evaluateAll((items) =>
      items.map((item) => ({
        code: item.getAttribute('data-code') ?? '',
        path: item.getAttribute('data-path') ?? '',
        severity: item.getAttribute('data-severity') ?? '',
        text: (item.textContent ?? '').trim(),
      })),
    );
}

/** Waits until the list shows this problem exactly once. */
export async function expectProblem(page: Page, ref: ProblemRef): Promise<Locator> {
  const item = problemItem(page, ref);
  await expect(item).toHaveCount(1);
  return item;
}

/** Waits until no problem of this severity is shown. */
export async function expectNoProblems(page: Page, severity: 'error' | 'warning' | 'info'): Promise<void> {
  await expect(problemsList(page).locator(`> li[data-severity="${severity}"]`)).toHaveCount(0);
}
