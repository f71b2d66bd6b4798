import { browser } from 'wxt/browser';
import { OCR_ASSET_DIR } from './asset-files';

type PublicPath = Parameters<typeof browser.runtime.getURL>[0];

/** The URL of a file the build copied into OCR_ASSET_DIR (WXT's path types list only `public/`). */
export const assetUrl = (file: string): string => browser.runtime.getURL(`/${OCR_ASSET_DIR}/${file}` as PublicPath);
