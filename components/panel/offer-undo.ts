import type { useUndo } from '../useUndo';

/** The panel's one undo offer (PanelApp holds it): a section reports its deletion or change here. */
export type OfferUndo = ReturnType<typeof useUndo>['offer'];
