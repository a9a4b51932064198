import { boardKo } from './board.ko';
import { commonKo } from './common.ko';
import { phoneKo } from './phone.ko';
import type { Catalog } from './ja';

export const ko: Catalog = { ...commonKo, ...boardKo, ...phoneKo };
