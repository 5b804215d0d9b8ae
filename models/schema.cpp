#include "schema.h"

#include <QSet>

namespace Flowscope {

namespace {

ColumnSpec text(const char *name, bool primaryKey = false)
{
    return {QString::fromLatin1(name), ColumnType::Text, primaryKey};
}

ColumnSpec timestamp(const char *name, bool primaryKey = false)
{
    return {QString::fromLatin1(name), ColumnType::Timestamp, primaryKey};
}

ColumnSpec textArray(const char *name)
{
    return {QString::fromLatin1(name), ColumnType::TextArray, false};
}

const QString VersionColumn = QStringLiteral("data_lake_last_processed_timestamp");

} // namespace

const ColumnSpec *TableSpec::column(const QString &columnName) const
{
    const int index = columnIndex(columnName);
    return index < 0 ? nullptr : &columns.at(index);
}

int TableSpec::columnIndex(const QString &columnName) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name.compare(columnName, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QStringList TableSpec::columnNames() const
{
    QStringList names;
    names.reserve(columns.size());
    for (const ColumnSpec &spec : columns)
        names.append(spec.name);
    return names;
}

// Columns in the order of the data lake's table documentation.
const TableSpec &contactFlowEventsSpec()
{
    static const TableSpec spec = [] {
        TableSpec table;
        table.name = QString::fromLatin1(TableNames::ContactFlowEvents);
        table.columns = {
            text("instance_id", true),
            text("event_id", true),
            text("aws_account_id"),
            text("instance_arn"),
            text("contact_id"),
            text("flow_resource_id"),
            text("module_resource_id"),
            text("resource_version"),
            text("resource_type"),
            text("channel"),
            timestamp("start_timestamp"),
            timestamp("end_timestamp"),
            text("next_flow_resource_id"),
            text("next_queue_resource_id"),
            text("next_resource_type"),
            text("flow_language_version"),
            text("flow_outcome"),
            text("sub_type"),
            text("flow_type"),
            text("initiation_method"),
            timestamp("resource_published_timestamp"),
            timestamp("data_lake_last_processed_timestamp"),
        };
        table.primaryKey = {QStringLiteral("event_id"), QStringLiteral("instance_id")};
        table.versionColumn = VersionColumn;
        return table;
    }();
    return spec;
}

// The documented columns, plus data_lake_last_processed_timestamp, which newer
// data lake versions add to this table as well.
const TableSpec &testCaseExecutionResultsSpec()
{
    static const TableSpec spec = [] {
        TableSpec table;
        table.name = QString::fromLatin1(TableNames::TestCaseExecutionResults);
        table.columns = {
            text("instance_id"),
            text("instance_arn"),
            text("aws_account_id"),
            text("connect_test_case_resource_arn", true),
            text("connect_test_case_resource_name"),
            timestamp("connect_test_case_execution_start_timestamp", true),
            timestamp("connect_test_case_execution_end_timestamp"),
            text("connect_test_case_status"),
            text("connect_test_case_result"),
            text("connect_test_case_execution_id", true),
            textArray("connect_test_case_failure_reasons"),
            text("connect_test_case_type"),
            text("connect_test_case_execution_method"),
            text("connect_test_case_execution_channel"),
            text("connect_test_case_execution_channel_subtype"),
            text("connect_test_case_associated_initial_contact_id"),
            textArray("connect_test_case_associated_contact_ids"),
            text("connect_test_case_initiating_flow_id"),
            timestamp("record_creation_timestamp"),
            timestamp("data_lake_last_processed_timestamp"),
        };
        table.primaryKey = {QStringLiteral("connect_test_case_resource_arn"),
                            QStringLiteral("connect_test_case_execution_start_timestamp"),
                            QStringLiteral("connect_test_case_execution_id")};
        table.versionColumn = VersionColumn;
        return table;
    }();
    return spec;
}

QList<const TableSpec *> dataLakeTables()
{
    return {&contactFlowEventsSpec(), &testCaseExecutionResultsSpec()};
}

const TableSpec *findTableSpec(const QString &name)
{
    for (const TableSpec *table : dataLakeTables()) {
        if (table->name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return table;
    }
    return nullptr;
}

const TableSpec *detectTable(const QStringList &columns)
{
    QSet<QString> present;
    for (const QString &column : columns)
        present.insert(column.trimmed().toLower());

    const TableSpec *best = nullptr;
    bool bestHasKey = false;
    int bestShared = 0;
    bool tie = false;
    for (const TableSpec *table : dataLakeTables()) {
        bool hasKey = true;
        for (const QString &key : table->primaryKey)
            hasKey = hasKey && present.contains(key);

        int shared = 0;
        for (const ColumnSpec &column : table->columns)
            shared += present.contains(column.name) ? 1 : 0;

        // instance_id, aws_account_id and friends are common to both tables,
        // so a complete key outweighs any count of shared names.
        const bool better =
            (hasKey && !bestHasKey) || (hasKey == bestHasKey && shared > bestShared);
        if (shared > 0 && better) {
            best = table;
            bestHasKey = hasKey;
            bestShared = shared;
            tie = false;
        } else if (shared > 0 && hasKey == bestHasKey && shared == bestShared) {
            tie = true;
        }
    }
    return tie ? nullptr : best;
}

} // namespace Flowscope
