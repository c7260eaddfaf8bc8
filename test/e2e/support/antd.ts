import type { Locator, Page } from 'playwright-core';

/**
 * Picks an option of an Ant Design select: opens it (typing `search` into a searchable one), waits for the drop-down to settle (it animates in), clicks
 * the visible option with that text, then waits for the drop-down to finish closing (while it animates out, its
 * unnamed listbox is still visible to accessibility checks). antd renders the options in a portal, outside the
 * combobox.
 */
export async function chooseOption(
  page: Page,
  combobox: Locator,
  text: string | RegExp,
  options: { search?: string } = {},
): Promise<void> {
  await combobox.click();
  // Long lists are virtualised (only the visible options exist): a searchable select is narrowed first.
  if (options.search) await combobox.fill(options.search);
  const option = page.locator(
    '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
    {
      hasText: text,
    },
  );
  await option.first().waitFor({ state: 'visible' });
  await page.waitForTimeout(300);
  await option.first().click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .first()
    .waitFor({ state: 'hidden' });
}
