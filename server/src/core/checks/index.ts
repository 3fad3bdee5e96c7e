import { repeatParagraph } from './repeatParagraph';
import type { Check } from './types';

/** Every check, in the order they run. Add a check by adding its file and listing it here. */
export const ALL_CHECKS: readonly Check[] = [repeatParagraph];

export const CHECK_CODES: readonly string[] = ALL_CHECKS.map((c) => c.code);
