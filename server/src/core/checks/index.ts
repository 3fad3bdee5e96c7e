import { repeatNearParagraph } from './repeatNearParagraph';
import { repeatParagraph } from './repeatParagraph';
import { repeatSection } from './repeatSection';
import { repeatSentence } from './repeatSentence';
import type { Check } from './types';

/** Every check, in the order they run. Add a check by adding its file and listing it here. */
export const ALL_CHECKS: readonly Check[] = [repeatSection, repeatParagraph, repeatNearParagraph, repeatSentence];

export const CHECK_CODES: readonly string[] = ALL_CHECKS.map((c) => c.code);
