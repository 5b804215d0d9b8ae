#include "rowconverter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Flowscope {

namespace {

// Gives lupdate and the translation lookup the same context.
struct RowConverterText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::RowConverter)
};

// Names a newer data lake column could have. Anything else in a header (a
// spreadsheet's "Column 1", a note) is not stored.
bool isColumnIdentifier(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    static const QRegularExpression spreadsheetName(
        QStringLiteral("^(column|field|unnamed)_?[0-9]+$"));
    return pattern.match(name).hasMatch() && !spreadsheetName.match(name).hasMatch();
}

// More new columns than this in one file point at the wrong file rather than
// a newer data lake version, and SQLite allows at most 2000 columns a table.
constexpr int MaxAddedColumnsPerFile = 32;

QString repeatKey(ImportWarningKind kind, const QString &columnName)
{
    return QString::number(int(kind)) + QLatin1Char('/') + columnName;
}

QString epochUnitName(EpochUnit unit)
{
    switch (unit) {
    case EpochUnit::Seconds:
        return RowConverterText::tr("seconds");
    case EpochUnit::Milliseconds:
        return RowConverterText::tr("milliseconds");
    case EpochUnit::Microseconds:
        return RowConverterText::tr("microseconds");
    case EpochUnit::Nanoseconds:
        return RowConverterText::tr("nanoseconds");
    }
    return {};
}

} // namespace

RowConverter::RowConverter(const QString &file, InputFormat format, const ImportOptions &options)
    : m_file(file), m_format(format), m_options(options)
{}

QString RowConverter::targetName(const QString &fileColumn) const
{
    const QString trimmed = fileColumn.trimmed();
    for (auto it = m_options.columnMapping.cbegin(); it != m_options.columnMapping.cend(); ++it) {
        if (it.key().trimmed().compare(trimmed, Qt::CaseInsensitive) == 0)
            return it.value().trimmed().toLower();
    }
    return trimmed.toLower();
}

QStringList RowConverter::missingColumns(const QStringList &columns) const
{
    QSet<QString> present;
    for (const QString &column : columns)
        present.insert(targetName(column));
    QStringList missing;
    for (const ColumnSpec &column : m_table->columns) {
        if (!present.contains(column.name))
            missing.append(column.name);
    }
    return missing;
}

bool RowConverter::resolveTable(const QStringList &columns, ImportWarning *problem)
{
    QStringList targets;
    for (const QString &column : columns)
        targets.append(targetName(column));

    m_table = m_options.table.isEmpty() ? detectTable(targets) : findTableSpec(m_options.table);
    if (!m_table) {
        *problem = makeWarning(
            ImportWarningKind::TableNotDetected, ImportWarningSeverity::FileRejected, {}, 0, 0, {},
            RowConverterText::tr("The columns match neither contact_flow_events nor "
                                 "connect_test_case_execution_results. "
                                 "Choose the table, or check that the first line is the header."));
        return false;
    }

    const QStringList missing = missingColumns(columns);
    QStringList missingKeys;
    for (const QString &key : m_table->primaryKey) {
        if (missing.contains(key))
            missingKeys.append(key);
    }
    if (!missingKeys.isEmpty()) {
        *problem = makeWarning(
            ImportWarningKind::MissingKeyColumn, ImportWarningSeverity::FileRejected,
            missingKeys.first(), 0, 0, {},
            RowConverterText::tr(
                "The file has no column %1, which is part of the primary key of %2. Export "
                "the file again with every key column, or map a column to it.")
                .arg(missingKeys.join(QStringLiteral(", ")), m_table->name));
        return false;
    }

    // JSON files name a column only in the records that have a value for it,
    // so their missing columns are known only at the end.
    const bool json = m_format == InputFormat::JsonLines || m_format == InputFormat::JsonArray;
    if (!json && !missing.isEmpty()) {
        m_warnings.append(makeWarning(
            ImportWarningKind::MissingColumn, ImportWarningSeverity::Warning, missing.first(), 0, 0,
            {},
            RowConverterText::tr("The file has no column %1; those values are stored as NULL.")
                .arg(missing.join(QStringLiteral(", ")))));
    }
    return true;
}

bool RowConverter::mapColumns(const QStringList &columns, ColumnSink &staging, QString *error)
{
    if (columns.size() == m_mappedColumns.size())
        return true; // columns only ever grow, so an equal size means the same list

    QSet<int> usedTargets;
    for (const ColumnTarget &target : std::as_const(m_targets)) {
        if (target.stagingIndex >= 0)
            usedTargets.insert(target.stagingIndex);
    }

    for (qsizetype i = m_mappedColumns.size(); i < columns.size(); ++i) {
        const QString &fileColumn = columns.at(i);
        const QString name = targetName(fileColumn);
        ColumnTarget target;
        const int line = 0;

        if (name.isEmpty()) {
            if (!fileColumn.trimmed().isEmpty() || m_options.columnMapping.contains(fileColumn))
                m_targets.append(target); // mapped away on purpose
            else {
                m_warnings.append(makeWarning(
                    ImportWarningKind::UnknownColumn, ImportWarningSeverity::Warning, {},
                    int(i) + 1, line, {},
                    RowConverterText::tr("Column %1 has no name and is ignored.").arg(i + 1)));
                m_targets.append(target);
            }
            continue;
        }

        const ColumnSpec *spec = m_table->column(name);
        int index = int(staging.columns().indexOf(spec ? spec->name : name));
        if (index < 0) {
            if (!isColumnIdentifier(name)) {
                m_warnings.append(makeWarning(
                    ImportWarningKind::UnknownColumn, ImportWarningSeverity::Warning, fileColumn,
                    int(i) + 1, line, {},
                    RowConverterText::tr("Column \"%1\" is not a column of %2 and is ignored.")
                        .arg(fileColumn, m_table->name)));
                m_targets.append(target);
                continue;
            }
            if (m_addedColumns >= MaxAddedColumnsPerFile) {
                ++m_columnsOverLimit;
                m_targets.append(target);
                continue;
            }
            index = staging.addColumn(name, error);
            if (index < 0)
                return false;
            ++m_addedColumns;
            m_warnings.append(makeWarning(
                ImportWarningKind::UnknownColumn, ImportWarningSeverity::Notice, fileColumn,
                int(i) + 1, line, {},
                RowConverterText::tr("Column %1 is not in the documented schema of %2; it is "
                                     "kept as a text column, as newer data lake versions add "
                                     "columns.")
                    .arg(name, m_table->name)));
        }

        if (usedTargets.contains(index)) {
            m_warnings.append(makeWarning(
                ImportWarningKind::DuplicateColumn, ImportWarningSeverity::Warning, fileColumn,
                int(i) + 1, line, {},
                RowConverterText::tr("Column %1 appears more than once; only the first is "
                                     "imported.")
                    .arg(staging.columns().at(index))));
            m_targets.append(target);
            continue;
        }
        usedTargets.insert(index);
        target.stagingIndex = index;
        target.type = spec ? spec->type : ColumnType::Text;
        target.primaryKey = spec && spec->primaryKey;
        m_targets.append(target);
    }

    m_keyStagingIndexes.clear();
    for (const ColumnTarget &target : std::as_const(m_targets)) {
        if (target.primaryKey)
            m_keyStagingIndexes.append(target.stagingIndex);
    }
    m_values.resize(staging.columns().size());
    m_mappedColumns = columns;
    return true;
}

bool RowConverter::convert(const Record &record, ImportWarning *problem)
{
    if (m_format == InputFormat::Csv && record.fields.size() != m_mappedColumns.size()) {
        *problem = makeWarning(
            ImportWarningKind::FieldCountMismatch, ImportWarningSeverity::RowRejected, {},
            int(qMin(record.fields.size(), m_mappedColumns.size())) + 1, record.line, {},
            RowConverterText::tr(
                "Line %1: %2 fields where the header has %3. Check for an unquoted "
                "delimiter or a missing field in that line.")
                .arg(record.line)
                .arg(record.fields.size())
                .arg(m_mappedColumns.size()));
        return false;
    }

    for (StagedValue &value : m_values)
        value.kind = StagedValue::Kind::Null;

    const qsizetype fieldCount = qMin(record.fields.size(), m_targets.size());
    for (qsizetype i = 0; i < fieldCount; ++i) {
        const ColumnTarget &target = m_targets.at(i);
        if (target.stagingIndex < 0)
            continue;
        const Field &field = record.fields.at(i);
        StagedValue &value = m_values[target.stagingIndex];
        if (field.isNull())
            continue;

        switch (target.type) {
        case ColumnType::Text:
            value.kind = StagedValue::Kind::Text;
            value.text = field.text;
            break;
        case ColumnType::Timestamp:
            if (!convertTimestamp(field, m_mappedColumns.at(i), int(i) + 1, record.line, value,
                                  problem))
                return false;
            break;
        case ColumnType::TextArray:
            if (!convertArray(field, m_mappedColumns.at(i), int(i) + 1, record.line, value,
                              problem))
                return false;
            break;
        }
    }

    for (int index : std::as_const(m_keyStagingIndexes)) {
        const StagedValue &value = m_values.at(index);
        const bool missing = value.kind == StagedValue::Kind::Null ||
                             (value.kind == StagedValue::Kind::Text && value.text.isEmpty());
        if (!missing)
            continue;
        int fileColumn = 0;
        for (qsizetype i = 0; i < m_targets.size(); ++i) {
            if (m_targets.at(i).stagingIndex == index)
                fileColumn = int(i) + 1;
        }
        const QString name = fileColumn > 0 ? m_mappedColumns.at(fileColumn - 1) : QString();
        *problem = makeWarning(
            ImportWarningKind::MissingKeyValue, ImportWarningSeverity::RowRejected, name,
            fileColumn, record.line, {},
            RowConverterText::tr(
                "Line %1, column %2: the primary key column %3 is empty, so the row cannot be "
                "stored. Every row needs a value there.")
                .arg(record.line)
                .arg(fileColumn)
                .arg(name));
        return false;
    }
    return true;
}

bool RowConverter::convertTimestamp(const Field &field, const QString &columnName, int column,
                                    qint64 line, StagedValue &value, ImportWarning *problem)
{
    // A spreadsheet writes a missing time as an empty cell; an integer
    // column has no empty string to keep, so it is NULL.
    if (field.text.trimmed().isEmpty()) {
        noteOnce(
            ImportWarningKind::InvalidTimestamp, ImportWarningSeverity::Notice, columnName, column,
            line, field.text,
            RowConverterText::tr("An empty text in the timestamp column %1 was stored as NULL.")
                .arg(columnName));
        return true;
    }

    const TimestampValue parsed = parseTimestamp(field.text, m_options.timestamps);
    switch (parsed.status) {
    case TimestampValue::Status::Ok:
        break;
    case TimestampValue::Status::Ambiguous:
        *problem = makeWarning(ImportWarningKind::AmbiguousDate, ImportWarningSeverity::RowRejected,
                               columnName, column, line, field.text,
                               RowConverterText::tr("Line %1, column %2 (%3): %4")
                                   .arg(line)
                                   .arg(column)
                                   .arg(columnName, parsed.error));
        return false;
    case TimestampValue::Status::Invalid:
        *problem =
            makeWarning(ImportWarningKind::InvalidTimestamp, ImportWarningSeverity::RowRejected,
                        columnName, column, line, field.text,
                        RowConverterText::tr("Line %1, column %2 (%3): %4")
                            .arg(line)
                            .arg(column)
                            .arg(columnName, parsed.error));
        return false;
    }

    if (parsed.inferredUnit) {
        noteOnce(
            ImportWarningKind::EpochUnitInferred, ImportWarningSeverity::Notice, columnName, column,
            line, field.text,
            RowConverterText::tr(
                "The numbers in column %1 were read as epoch %2, judged by their size. Set the "
                "epoch unit if that is wrong.")
                .arg(columnName, epochUnitName(*parsed.inferredUnit)));
    }
    if (parsed.subMillisecondDropped) {
        noteOnce(ImportWarningKind::SubMillisecondDropped, ImportWarningSeverity::Warning,
                 columnName, column, line, field.text,
                 RowConverterText::tr(
                     "Column %1 has digits finer than a millisecond, which the workspace does not "
                     "store; they were dropped.")
                     .arg(columnName));
    }
    value.kind = StagedValue::Kind::Integer;
    value.integer = parsed.epochMs;
    return true;
}

bool RowConverter::convertArray(const Field &field, const QString &columnName, int column,
                                qint64 line, StagedValue &value, ImportWarning *problem)
{
    ArraySyntax syntax = ArraySyntax::Auto;
    if (field.kind == FieldKind::Json)
        syntax = ArraySyntax::Json;
    else if (m_format == InputFormat::AthenaTextFile)
        syntax = ArraySyntax::TextFile;

    const ArrayValue parsed = parseStringArray(field.text, syntax);
    if (!parsed.ok) {
        *problem = makeWarning(
            ImportWarningKind::InvalidArray, ImportWarningSeverity::RowRejected, columnName, column,
            line, field.text,
            RowConverterText::tr("Line %1, column %2 (%3): \"%4\" is not a list of strings. %5")
                .arg(line)
                .arg(column)
                .arg(columnName, abbreviatedValue(QString::fromUtf8(field.text)), parsed.error));
        return false;
    }
    if (parsed.ambiguous) {
        noteOnce(
            ImportWarningKind::AmbiguousArray, ImportWarningSeverity::Warning, columnName, column,
            line, field.text,
            RowConverterText::tr(
                "Column %1 holds lists in Athena's [a, b] form, which cannot show whether an "
                "item itself contains \", \"; items were split at every \", \". Query the column "
                "with CAST(%1 AS JSON) for exact lists.")
                .arg(columnName));
    }
    value.kind = StagedValue::Kind::Text;
    value.text = parsed.json;
    return true;
}

void RowConverter::noteOnce(ImportWarningKind kind, ImportWarningSeverity severity,
                            const QString &columnName, int column, qint64 line,
                            const QByteArray &value, const QString &message)
{
    Repeated &repeated = m_repeated[repeatKey(kind, columnName)];
    if (repeated.count++ == 0) {
        repeated.first = makeWarning(kind, severity, columnName, column, line, value, message);
        m_warnings.append(repeated.first);
    }
}

ImportWarning RowConverter::makeWarning(ImportWarningKind kind, ImportWarningSeverity severity,
                                        const QString &columnName, int column, qint64 line,
                                        const QByteArray &value, const QString &message) const
{
    ImportWarning warning;
    warning.kind = kind;
    warning.severity = severity;
    warning.file = m_file;
    warning.line = line;
    warning.column = column;
    warning.columnName = columnName;
    warning.value = abbreviatedValue(QString::fromUtf8(value));
    warning.message = message;
    return warning;
}

QList<ImportWarning> RowConverter::takeWarnings()
{
    QList<ImportWarning> warnings;
    warnings.swap(m_warnings);
    return warnings;
}

QList<ImportWarning> RowConverter::finishWarnings()
{
    QList<ImportWarning> warnings = takeWarnings();
    for (const Repeated &repeated : std::as_const(m_repeated)) {
        if (repeated.count < 2)
            continue;
        ImportWarning summary = repeated.first;
        summary.line = 0;
        summary.value.clear();
        summary.message =
            RowConverterText::tr("The same applies to %n value(s) of column %1 in all.", nullptr,
                                 int(repeated.count))
                .arg(repeated.first.columnName);
        warnings.append(summary);
    }

    if (m_columnsOverLimit > 0) {
        warnings.append(makeWarning(
            ImportWarningKind::UnknownColumn, ImportWarningSeverity::Warning, {}, 0, 0, {},
            RowConverterText::tr(
                "%n more column(s) that %1 does not have were ignored, because one file may add at "
                "most %2 columns. Check that this is a data lake export.",
                nullptr, int(m_columnsOverLimit))
                .arg(m_table->name)
                .arg(MaxAddedColumnsPerFile)));
    }

    const bool json = m_format == InputFormat::JsonLines || m_format == InputFormat::JsonArray;
    if (json && m_table) {
        const QStringList missing = missingColumns(m_mappedColumns);
        if (!missing.isEmpty()) {
            warnings.append(makeWarning(
                ImportWarningKind::MissingColumn, ImportWarningSeverity::Warning, missing.first(),
                0, 0, {},
                RowConverterText::tr("No record has a value for %1; those values are NULL.")
                    .arg(missing.join(QStringLiteral(", ")))));
        }
    }
    return warnings;
}

} // namespace Flowscope
