import { draftPlaceholder } from './draftPlaceholder';
import { figureConflict } from './figureConflict';
import { figureCount } from './figureCount';
import { figurePartWhole } from './figurePartWhole';
import { figureRatio } from './figureRatio';
import { numberingGap } from './numberingGap';
import { numberingOrder } from './numberingOrder';
import { numberingReference } from './numberingReference';
import { numberingRepeat } from './numberingRepeat';
import { normDocnumber } from './normDocnumber';
import { normNumber } from './normNumber';
import { normPunctuation } from './normPunctuation';
import { numberingStyle } from './numberingStyle';
import { repeatNearParagraph } from './repeatNearParagraph';
import { repeatParagraph } from './repeatParagraph';
import { repeatSection } from './repeatSection';
import { repeatSentence } from './repeatSentence';
import { reviewChange } from './reviewChange';
import { reviewComment } from './reviewComment';
import { staleCounter } from './staleCounter';
import { staleFigure } from './staleFigure';
import { staleSession } from './staleSession';
import { staleYear } from './staleYear';
import { termFormulation } from './termFormulation';
import { termPreferred } from './termPreferred';
import { typoChar } from './typoChar';
import { typoUsage } from './typoUsage';
import type { Check } from './types';

/** Every check, in the order they run. Add a check by adding its file and listing it here. */
export const ALL_CHECKS: readonly Check[] = [
  numberingOrder,
  numberingRepeat,
  numberingGap,
  numberingStyle,
  numberingReference,
  repeatSection,
  repeatParagraph,
  repeatNearParagraph,
  repeatSentence,
  figureConflict,
  figureRatio,
  figurePartWhole,
  figureCount,
  staleYear,
  staleSession,
  staleFigure,
  staleCounter,
  normNumber,
  normPunctuation,
  normDocnumber,
  termFormulation,
  termPreferred,
  draftPlaceholder,
  reviewComment,
  reviewChange,
  typoUsage,
  typoChar,
];

export const CHECK_CODES: readonly string[] = ALL_CHECKS.map((c) => c.code);
