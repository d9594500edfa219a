// What app/ may call in this feature: its use cases and the views they return. Shared steps stay inside lib/server.
export { closeReport } from "./close-report";
export { isMaintainer } from "./is-maintainer";
export { listOpenReports } from "./list-open-reports";
export { reportItem } from "./report-item";
