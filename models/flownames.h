#pragma once

#include "importwarning.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Flowscope {

class Workspace;

// Display names of flows and modules, which the data lake lacks, stored in
// the workspace table flow_names(resource_id TEXT PRIMARY KEY, name TEXT,
// kind TEXT). kind is "flow" or "module" when the source names it, else NULL.
struct FlowName
{
    QString resourceId;
    QString name;
    QString kind; // null when unknown
};

struct FlowNameImportResult
{
    bool ok = false;
    QString error;                 // when not ok: what failed; the workspace is unchanged
    qint64 stored = 0;             // names inserted or replaced
    QList<ImportWarning> warnings; // entries that were skipped, and why
};

// Reads name mappings and stores them in one transaction, replacing the name
// of an id that is already stored. Each file is one of:
// - the JSON that `aws connect list-contact-flows` prints (ContactFlowSummaryList
//   entries with Id, Arn, Name, ContactFlowType; kind "flow") or
//   `list-contact-flow-modules` (ContactFlowModulesSummaryList; kind "module").
//   An entry without Id takes the id from the last segment of its Arn;
// - a CSV of two columns, id then name. A first row whose first field is
//   "id" or "resource_id" (any case) is a header and is skipped.
// An entry without id or name is skipped with a warning. Files that cannot be
// read or parsed make the whole import fail.
FlowNameImportResult importFlowNames(Workspace &workspace, const QStringList &paths);

// Reads every stored name, keyed by resource id. Returns an empty hash when
// there are none or the table cannot be read.
QHash<QString, FlowName> loadFlowNames(Workspace &workspace);

} // namespace Flowscope
