import { lazy } from 'react';

/** Options page sections, in order; each is one component file. */
export const OPTION_SECTIONS = [
  { id: 'general', Component: lazy(() => import('./sections/GeneralSection')) },
  { id: 'sample', Component: lazy(() => import('./sections/SampleSection')) },
  { id: 'thresholds', Component: lazy(() => import('./sections/ThresholdsSection')) },
  { id: 'checklist', Component: lazy(() => import('./sections/ChecklistSection')) },
  { id: 'title', Component: lazy(() => import('./sections/TitleWordsSection')) },
  { id: 'shops', Component: lazy(() => import('./sections/ShopsSection')) },
  { id: 'rules', Component: lazy(() => import('./sections/RulesSection')) },
  { id: 'guidance', Component: lazy(() => import('./sections/GuidanceSection')) },
  { id: 'import', Component: lazy(() => import('./sections/ImportSection')) },
  { id: 'data', Component: lazy(() => import('./sections/DataSection')) },
] as const;
