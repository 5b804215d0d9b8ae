#pragma once

#include <QString>

namespace Flowscope::Test {

// 2026-11-03T10:00:00Z, when the first flow map fixture contact starts.
inline constexpr qint64 FlowMapFixtureStartMs = 1793700000000;

// Creates a workspace at `path` with five contacts whose paths are, in order
// of their first event (ten seconds apart):
//   c-1 (instance-1): flow-a, then queue q-1, then flow-queue
//   c-2 (instance-1): flow-a, flow-b
//   c-3 (instance-1): flow-a, flow-a, flow-b
//   c-4 (instance-1): flow-b
//   c-1 (instance-2): flow-b
// Each event lasts one second and the next starts two seconds after the
// previous one started. flow-a is named "Main <menu>" in flow_names.
// Returns an empty string, or what failed.
QString createFlowMapFixture(const QString &path);

} // namespace Flowscope::Test
