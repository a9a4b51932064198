import { boardEn } from './board.en';
import { commonEn } from './common.en';
import { phoneEn } from './phone.en';
import type { Catalog } from './ja';

export const en: Catalog = { ...commonEn, ...boardEn, ...phoneEn };
