import QtQuick
import Medvandrer

// «Min plan for tunge dager». A lock screen may show it as `PlanPage { readOnly: true }` (from the device store)
// or `PlanPage { source: copy }` with a copy it keeps itself (CareManager::planJson()).
CarePage {
    id: care
    // Someone else's, shared with me, is told apart from my own.
    objectName: care.ownerId === "" ? "planPage" : "sharedPlanPage"
    kind: "plan"
}
